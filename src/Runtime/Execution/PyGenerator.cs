using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using PyAot.Runtime.Monitoring;

namespace PyAot.Runtime;

/// <summary>
/// A generator object: the base of the state machine classes the compiler generates for generator functions and
/// generator expressions.
/// <para>
/// The generated class holds the function's locals as fields and overrides <see cref="Resume"/>: its body is the
/// function's, with each <c>yield</c> lowered to <c>return YieldValue(k, v, out yielded); resume_k: Resumed();</c> and a
/// <c>switch (State)</c> at the top (and at the top of every <c>try</c> block that contains a yield, since C# cannot
/// jump into one) that jumps back to the label of the yield it stopped at. Loops and <c>if</c>s that contain a
/// yield are lowered to labels and gotos so the labels stay reachable.
/// </para>
/// <para>
/// Iteration (<c>for</c>, <c>list()</c>, <c>sum()</c>, ...) goes through <see cref="MoveNext"/>, which never throws at
/// the end; only the Python-visible protocol (<c>__next__</c>, <c>send</c>, <c>throw</c>) raises StopIteration,
/// carrying the generator's return value. <c>throw()</c> and <c>close()</c> set <see cref="Pending"/>, which
/// <see cref="Resumed"/> raises at the yield, so Python's except and finally blocks around it run; a C# finally
/// around a yield skips the Python finally body while <see cref="Suspending"/> (the generator is only pausing).
/// </para>
/// </summary>
public abstract partial class PyGenerator : PyIterator
{
    public static readonly PyType GeneratorType = new("generator", PyTypes.Object) { IsBaseType = false };

    /// <summary>
    /// 0: created, not started; 1: running (gi_running); k ≥ 2: suspended at the yield numbered k; -1: finished.
    /// The body sets 1 at its start and at every resume label, so an exception leaving it leaves State at 1.
    /// </summary>
    protected int State;
    /// <summary>The value of the current <c>yield</c> expression (what <c>send</c> passed; None for <c>next</c>).</summary>
    protected PyValue Sent = PyValue.None;
    /// <summary>An exception to raise at the yield when resuming (<c>throw</c>, <c>close</c>).</summary>
    protected PyException? Pending;
    /// <summary>True while the body returns from a yield: C# finally blocks skip the Python finally body.</summary>
    protected bool Suspending;
    /// <summary>The exceptions the body was handling when it suspended (<see cref="HandledExceptions.Suspend"/>).</summary>
    protected HandledExceptions.Entry[]? SuspendedHandlers;
    /// <summary>The value <c>return x</c> set (StopIteration.value).</summary>
    protected PyValue ReturnValue = PyValue.None;
    /// <summary>The iterator a <c>yield from</c> delegates to (gi_yieldfrom), and the value it returned.</summary>
    protected PyIterator? Delegate;
    protected PyValue DelegateResult = PyValue.None;

    /// <summary>Whether the <c>yield from</c> (or <c>await</c>) that just ended did so because the Python generator or
    /// coroutine it delegated to returned, in that step or before it (monitoring's STOP_ITERATION in the delegating
    /// generator, which CPython's END_SEND raises for any generator receiver, an exhausted one with None).</summary>
    protected bool DelegateGeneratorReturned;

    /// <summary>The StopIteration that Python code of a delegate that is not a generator raised to end the <c>yield from</c>
    /// or <c>await</c> in the step just taken (monitoring's RAISE in the delegating frame, as CPython's SEND raises it).</summary>
    protected PyException? DelegateStop;

    /// <summary>Whether the step of a <c>yield from</c> passed a <c>throw()</c> or <c>close()</c> on to its delegate: a
    /// value the delegate then yields goes straight out of <c>throw()</c>, the delegating frame raising no PY_YIELD.</summary>
    protected bool DelegateThrownInto;

    /// <summary>The <see cref="Delegate"/> when <c>yield from</c> found a compiled generator (not a coroutine): the fast
    /// path of <see cref="YieldFrom"/> steps it while it is still the delegate.</summary>
    private PyGenerator? _plainDelegate;

    /// <summary>Whether <see cref="_plainDelegate"/> is a compiled coroutine an <c>await</c> found (stepped by
    /// <see cref="Step"/>: a coroutine has no iteration protocol), not a generator of <c>yield from</c>.</summary>
    private bool _plainIsCoroutine;

    /// <summary><c>__name__</c> and <c>__qualname__</c>: the function's (or the generator expression's), which the
    /// generated class returns as constants, so that no generator object carries them.</summary>
    protected abstract string GeneratorName { get; }

    protected abstract string GeneratorQualName { get; }

    public override PyType Type => GeneratorType;

    /// <summary>The code object of the function or generator expression whose body this runs (<c>gi_code</c>).</summary>
    public virtual PyCode? Code => null;

    /// <summary>Not started yet: none of its body has run.</summary>
    internal bool Unstarted => State == 0;

    /// <summary>What CPython's messages call this object: "generator" (a coroutine says "coroutine").</summary>
    private protected virtual string Kind => "generator";

    /// <summary>
    /// The compiled body: runs from the current state to the next yield (true, the value in
    /// <paramref name="yielded"/>) or to the end (false); an exception leaving it finishes the generator. The
    /// generated class implements it as its <see cref="MoveNext"/> (the state is checked by <see cref="Step"/>).
    /// </summary>
    protected abstract bool Resume(out PyValue yielded);

    /// <summary><c>yield value</c>: records where the body stopped; the body returns the result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected bool YieldValue(int state, PyValue value, out PyValue yielded)
    {
        State = state;
        Suspending = true;
        yielded = value;
        return true;
    }

    /// <summary>Called at each resume label: raises what <c>throw()</c>/<c>close()</c> sent in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void Resumed()
    {
        State = 1;
        if (Pending is not null)
            RaisePending();
    }

    private void RaisePending()
    {
        var p = Pending!;
        Pending = null;
        throw p;
    }

    /// <summary>
    /// The iteration protocol (<c>for</c>, <c>sum()</c>, <c>list()</c>, a generator consuming another). The generated
    /// class overrides it with its body fused in (one call per item, not two):
    /// <code>
    /// if (State &lt; 0 || State == 1) return NextSlow(out yielded);
    /// PyProgram.CheckStack();
    /// try { switch (State) { ... } State = 1; body...; return false; }
    /// catch (PyException e) when (e.Matches(PyTypes.StopIteration)) { throw StopIterationRaised(e); }
    /// finally { if (State == 1) Abandon(); }
    /// </code>
    /// and <see cref="Resume"/> as a call of it. A filter, not catch-and-rethrow: a rethrow from a catch block runs on
    /// top of the stack of the original throw, so deep recursion through generators would overflow the stack while an
    /// exception unwinds. The finally sees State still 1 when the body ended (<c>return false</c>) or an exception left
    /// it (a yield sets k ≥ 2): the generator is finished. <see cref="Sent"/> is None between steps
    /// (<see cref="Step"/> clears what <c>send</c> passed), so a plain next leaves it alone.
    /// </summary>
    public abstract override bool MoveNext(out PyValue yielded);

    /// <summary>The slow case of <see cref="MoveNext"/>: the generator is running or finished.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected bool NextSlow(out PyValue item) => Step(PyValue.None, null, out item);

    /// <summary>
    /// Stores a local kept in a field: an int (or float, bool) replacing one of the same kind writes only the
    /// payload, without the write barrier of the tag reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static void StoreField(ref PyValue field, PyValue value) => PyOps.StoreSlot(ref field, value);

    /// <summary><c>yield value</c> in a body without a C# finally around a yield: records where the body stopped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected bool Yield(int state, PyValue value, out PyValue yielded)
    {
        State = state;
        yielded = value;
        return true;
    }

    public override PyException Exhausted()
    {
        var value = ReturnValue;
        ReturnValue = PyValue.None;
        return PyException.StopIterationOf(value);
    }

    private bool Step(PyValue sent, PyException? pending, out PyValue item)
    {
        if (State < 0)
        {
            // The return value belongs to the StopIteration of the step that finished the generator only.
            ReturnValue = PyValue.None;
            if (this is PyCoroutine)
                throw PyException.RuntimeError("cannot reuse already awaited coroutine");
            JustFinished = false;
            if (pending is not null)
                throw pending;
            item = default;
            return false;
        }
        if (State == 1)
            throw PyException.ValueError(Kind + " already executing");
        if (State == 0 && pending is not null)
        {
            // Thrown into a generator that never started: it ends there, without running its body.
            State = -1;
            ThrownBeforeStart(pending);
            throw pending;
        }
        Pending = pending;
        if (sent.IsNone)
            return Resume(out item);
        Sent = sent;
        try
        {
            return Resume(out item);
        }
        finally
        {
            Sent = PyValue.None;
        }
    }

    /// <summary>An exception was thrown into the generator before it started (its body never runs): what monitoring
    /// reports of it (PY_THROW, generated where monitoring is compiled in).</summary>
    protected virtual void ThrownBeforeStart(PyException pending)
    {
    }

    protected void Abandon()
    {
        State = -1;
        Delegate = null;
        JustFinished = true;
    }

    /// <summary>True from the step that finished the generator until the next step (which finds it finished): monitoring's
    /// STOP_ITERATION is raised by the loop whose step finished it, not by one that steps it once it has finished.</summary>
    internal bool JustFinished { get; private set; }

    /// <summary>The value the generator returned, as its StopIteration carries it (for STOP_ITERATION).</summary>
    internal PyValue ReturnedValue => ReturnValue;

    /// <summary>PEP 479: a StopIteration leaving a generator's body becomes RuntimeError.</summary>
    protected PyException StopIterationRaised(PyException e) => RaisedInBody(e, Kind + " raised StopIteration");

    /// <summary>The RuntimeError that replaces <paramref name="e"/> when it left the body (PEP 479, PEP 525): caused by it,
    /// its context shown only as the cause.</summary>
    private protected static PyException RaisedInBody(PyException e, string message)
    {
        var err = PyException.RuntimeError(message);
        err.Instance.Cause = e.Value;
        err.Instance.Context = e.Value;
        err.Instance.SuppressContext = true;
        return err;
    }

    private bool DropDelegate()
    {
        Delegate = null;
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // yield from

    /// <summary>Starts <c>yield from iterable</c>.</summary>
    protected void StartYieldFrom(PyValue iterable)
    {
        var d = PyOps.GetIter(iterable);
        Delegate = d;
        _plainDelegate = d is PyGenerator g && g is not PyCoroutine ? g : null;
        _plainIsCoroutine = false;
        DelegateResult = PyValue.None;
        Sent = PyValue.None;
    }

    /// <summary>Starts <c>await awaitable</c> (GET_AWAITABLE, then the <c>yield from</c> machinery).</summary>
    protected void StartAwait(PyValue awaitable, AwaitContext context = AwaitContext.Await)
    {
        var d = PyCoroutine.AwaitableIterator(awaitable, context);
        Delegate = d;
        _plainDelegate = d as PyCoroutine;
        _plainIsCoroutine = true;
        DelegateResult = PyValue.None;
        Sent = PyValue.None;
    }

    /// <summary>The iterator of an <c>await</c> or <c>yield from</c> in progress (cr_await, gi_yieldfrom).</summary>
    internal PyIterator? Delegating => Delegate;

    /// <summary>
    /// The step of a generator suspended in <c>yield from</c> a compiled generator, taken without going on into the
    /// body: the body's dispatch calls it first for such a state (on the yield from's line, so that a frame read off
    /// the stack meanwhile is there). A value the delegate yields is this generator's too, and
    /// nothing of the body runs between (no tool is active, no handled exceptions to put back), so each level of a
    /// chain of delegating generators costs a call and a few tests rather than a pass through its body's dispatch. When
    /// the delegate returns or raises, or a tool became active while it ran, the outcome is kept
    /// (<see cref="_ahead"/>) and the body, entered as usual, takes it at its <see cref="YieldFrom"/>: an exception
    /// is raised there again with its traceback so far (<see cref="ExceptionDispatchInfo"/>), so the body's handlers,
    /// its frame in the traceback and its events are as if the delegate had been stepped from the body.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected bool StepDelegateAhead(out PyValue yielded)
    {
        if (_plainDelegate is null)
        {
            yielded = default;
            return false;
        }
        return StepDelegateAheadSlow(out yielded);
    }

    private bool StepDelegateAheadSlow(out PyValue yielded)
    {
        var g = _plainDelegate!;
        if (!CanStepAhead(g) || Instrument.Active)
        {
            yielded = default;
            return false;
        }
#if NET9_0_OR_GREATER
        if (g.IsChainLevel)
            return StepChain(out yielded);
#endif
        return StepOneLevel(g, out yielded);
    }

    /// <summary>Whether this generator, suspended in <c>yield from</c> the compiled generator <paramref name="g"/>, may
    /// have its delegate stepped without a pass through its body (what <see cref="StepDelegateAhead"/> says, bar tools).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool CanStepAhead(PyGenerator g) =>
        ReferenceEquals(Delegate, g) && !_plainIsCoroutine && Pending is null && Sent.IsNone && SuspendedHandlers is null
        && _ahead == Ahead.None;

    /// <summary>Steps the delegate <paramref name="g"/> once for this generator (one level of a chain).</summary>
    private bool StepOneLevel(PyGenerator g, out PyValue yielded)
    {
        int suspendedAt = State;
        State = 1;
        bool passed = StepDelegate(g, out yielded);
        State = suspendedAt;
        return passed;
    }

    /// <summary>Steps <paramref name="g"/>, this generator's delegate: true with the value it yielded when no tool is
    /// active (this generator's value too); otherwise false, the outcome (returned, raised, or yielded with a tool now
    /// active, whose PY_YIELD the body raises) kept for the body's <see cref="YieldFrom"/>.</summary>
    private bool StepDelegate(PyGenerator g, out PyValue yielded)
    {
        bool stepped;
        try
        {
            stepped = g.MoveNext(out yielded);
        }
        catch (Exception e)
        {
            KeepAhead(e);
            yielded = default;
            return false;
        }
        if (stepped && !Instrument.Active)
            return true;
        if (stepped)
            KeepAhead(yielded);
        else
            _ahead = Ahead.Returned;
        yielded = default;
        return false;
    }

    /// <summary>Keeps a value the delegate yielded for the body (<see cref="TakeAhead"/>).</summary>
    private void KeepAhead(PyValue yielded)
    {
        _ahead = Ahead.Yielded;
        DelegateResult = yielded; // (None while the delegation runs: it holds the delegate's return value once it ends)
    }

    /// <summary>Keeps an exception the delegate raised for the body, to raise again with its traceback so far.</summary>
    private void KeepAhead(Exception e)
    {
        _ahead = Ahead.Raised;
        _aheadRaised = ExceptionDispatchInfo.Capture(e);
    }

    /// <summary>What <see cref="StepDelegateAhead"/> left for the body: the delegate's step, taken already.</summary>
    private enum Ahead : byte { None, Yielded, Returned, Raised }

    private Ahead _ahead;
    private ExceptionDispatchInfo? _aheadRaised;

    /// <summary>Whether the body is entered with the delegate's step taken by <see cref="StepDelegateAhead"/>: the frame
    /// resumed before that step, so its resume point raises no PY_RESUME.</summary>
    protected bool SteppedAhead => _ahead != Ahead.None;

    /// <summary>The delegate's step <see cref="StepDelegateAhead"/> took, for <see cref="YieldFrom"/>: true with the value
    /// it yielded, false when it returned; raises what it raised.</summary>
    private bool TakeAhead(out PyValue yielded)
    {
        var ahead = _ahead;
        _ahead = Ahead.None;
        if (ahead == Ahead.Raised)
        {
            var raised = _aheadRaised!;
            _aheadRaised = null;
            DropDelegate();
            raised.Throw();
        }
        yielded = ahead == Ahead.Yielded ? DelegateResult : default;
        DelegateResult = PyValue.None;
        return ahead == Ahead.Yielded;
    }

    /// <summary>One step, as send (<paramref name="pending"/> null) or throw: true with the value yielded, false at the end.</summary>
    internal bool StepWith(PyValue sent, PyException? pending, out PyValue item) => Step(sent, pending, out item);

    /// <summary>
    /// One step of <c>yield from</c>: passes on what was sent or thrown in (the first step, right after
    /// <see cref="StartYieldFrom"/>, is a plain next). True when the delegate yielded (this generator yields the same value, at
    /// <paramref name="state"/>); false when it finished (its return value is in <see cref="DelegateResult"/>).
    /// </summary>
    protected bool YieldFrom(int state, out PyValue yielded)
    {
        var d = Delegate!;
        if (_plainDelegate is { } g && ReferenceEquals(d, g) && Pending is null && Sent.IsNone)
        {
            // The per-item path of a compiled generator stepped by a plain next, or of a compiled coroutine awaited
            // (what the general path below does for them, without its type tests): one test of the delegate, then its
            // MoveNext (a coroutine's Step), unless the dispatch took that step already.
            State = 1;
            DelegateStop = null;
            DelegateThrownInto = false;
            bool stepped;
            if (_ahead != Ahead.None)
            {
                stepped = TakeAhead(out yielded);
            }
            else
            {
                try
                {
                    stepped = _plainIsCoroutine ? g.Step(PyValue.None, null, out yielded) : g.MoveNext(out yielded);
                }
                catch (PyException) when (DropDelegate())
                {
                    throw; // never reached: the filter is false
                }
            }
            if (stepped)
                return YieldValue(state, yielded, out yielded);
            return Finish(g, more: false, default, PyValue.None, state, out yielded);
        }
        return YieldFromGeneral(d, state, out yielded);
    }

    private bool YieldFromGeneral(PyIterator d, int state, out PyValue yielded)
    {
        bool more;
        PyValue item, stopValue = PyValue.None;
        State = 1;
        DelegateStop = null;
        DelegateThrownInto = Pending is not null;
        if (Pending is { } p)
        {
            Pending = null;
            if (p.Matches(PyTypes.GeneratorExit))
            {
                Delegate = null;
                if (Steppable(d) is { } dg)
                    dg.Close();
                else if (PyOps.TryGetAttr(DelegateObject(d), "close", out var close))
                    PyOps.Call(close, ReadOnlySpan<PyValue>.Empty, null);
                throw p;
            }
            if (Steppable(d) is { } tg)
            {
                try
                {
                    more = tg.Step(PyValue.None, p, out item);
                }
                catch (PyException) when (DropDelegate())
                {
                    throw; // never reached: the filter is false
                }
            }
            else if (PyOps.TryGetAttr(DelegateObject(d), "throw", out var throwMethod))
            {
                // An iterator with a throw method of its own gets the exception (_gen_throw); its StopIteration ends the delegation.
                try
                {
                    // (CPython resumes this frame after such a StopIteration rather than raising it in the frame: no RAISE)
                    more = CallDelegate(throwMethod, p.Value, out item, out stopValue, raises: false);
                }
                catch (PyException) when (DropDelegate())
                {
                    throw; // never reached: the filter is false
                }
            }
            else
            {
                Delegate = null;
                throw p;
            }
            return Finish(d, more, item, stopValue, state, out yielded);
        }
        var sent = Sent;
        try
        {
            if (sent.IsNone && d is PyGenerator next && next is not PyCoroutine)
            {
                // The per-item path of a compiled generator (its MoveNext is Step(None) with the state checks fused in).
                more = next.MoveNext(out item);
            }
            else if (Steppable(d) is { } g)
            {
                more = g.Step(sent, null, out item);
            }
            else if (sent.IsNone)
            {
                more = d.MoveNext(out item);
            }
            else
            {
                more = CallDelegate(PyOps.GetAttr(DelegateObject(d), "send"), sent, out item, out stopValue, raises: true);
            }
        }
        catch (PyException) when (DropDelegate())
        {
            throw; // never reached: the filter is false
        }
        if (!more && d is NextMethodIterator { RaisedStop: { } stop })
        {
            DelegateStop = stop;
            stopValue = StopValue(stop);
        }
        else if (!more && d is AsyncGenAwaitable awaitable && Monitoring.Instrument.Active)
        {
            // (An async generator's __anext__() ends with StopIteration, which CPython's SEND reports: RAISE.)
            DelegateStop = PyException.StopIterationOf(awaitable.Result);
        }
        return Finish(d, more, item, stopValue, state, out yielded);
    }

    /// <summary>The object a <c>yield from</c> delegates to as Python sees it (the one whose <c>__next__</c> a wrapper calls).</summary>
    private static PyValue DelegateObject(PyIterator d) => d is NextMethodIterator nm ? nm.Iterator : PyValue.FromObject(d);

    /// <summary>The delegate's send or throw method: true with what it yielded, false (with StopIteration's value) when it ended.</summary>
    private bool CallDelegate(PyValue method, PyValue argument, out PyValue item, out PyValue stopValue, bool raises)
    {
        stopValue = PyValue.None;
        try
        {
            item = PyOps.Call(method, [argument], null);
            return true;
        }
        catch (PyException e) when (e.Matches(PyTypes.StopIteration))
        {
            item = default;
            if (raises)
                DelegateStop = e;
            stopValue = StopValue(e);
            return false;
        }
    }

    private static PyValue StopValue(PyException stop) =>
        stop.Instance.TryGetAttr("value", out var v) ? v : PyValue.None;

    /// <summary>The generator or coroutine a delegate steps (a coroutine's <c>__await__()</c> wrapper steps its coroutine).</summary>
    private static PyGenerator? Steppable(PyIterator d) => d as PyGenerator ?? (d as CoroutineWrapper)?.Coroutine;

    private bool Finish(PyIterator d, bool more, PyValue item, PyValue stopValue, int state, out PyValue yielded)
    {
        if (more)
            return YieldValue(state, item, out yielded);
        yielded = default;
        Delegate = null;
        _plainDelegate = null;
        DelegateGeneratorReturned = Steppable(d) is not null;
        if (Steppable(d) is { } g)
        {
            DelegateResult = g.ReturnValue;
            g.ReturnValue = PyValue.None;
        }
        else
        {
            DelegateResult = d is AsyncGenAwaitable awaitable ? awaitable.TakeResult() : stopValue;
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The Python-visible protocol

    public PyValue Send(PyValue value)
    {
        if (State == 0 && !value.IsNone)
            throw PyException.TypeError($"can't send non-None value to a just-started {Kind}");
        if (Step(value, null, out var item))
            return item;
        throw Exhausted();
    }

    public PyValue Throw(ReadOnlySpan<PyValue> args)
    {
        if (Step(PyValue.None, ThrowArguments(args, "throw"), out var item))
            return item;
        throw Exhausted();
    }

    /// <summary>The exception <c>throw(type[, value[, traceback]])</c> (or <c>athrow</c>, <paramref name="method"/>) throws in,
    /// from its arguments, with CPython's TypeErrors.</summary>
    internal static PyException ThrowArguments(ReadOnlySpan<PyValue> args, string method)
    {
        if (args.Length == 0)
            throw PyException.TypeError($"{method} expected at least 1 argument, got 0");
        if (args.Length > 3)
            throw PyException.TypeError($"{method} expected at most 3 arguments, got {args.Length}");
        PyTraceback? tb = null;
        if (args.Length == 3 && !args[2].IsNone)
            tb = args[2].Ref as PyTraceback ?? throw PyException.TypeError("throw() third argument must be a traceback object");
        PyValue thrown;
        var typ = args[0];
        var val = args.Length > 1 ? args[1] : PyValue.None;
        if (typ.Ref is PyType t && t.IsException)
        {
            thrown = val.Ref is PyBaseException made && made.Type.IsSubtypeOf(t)
                ? val
                : val.IsNone ? PyOps.Call(typ, [], null) : PyOps.Call(typ, val.Ref is PyTuple tup ? tup.AsSpan() : [val], null);
        }
        else if (typ.Ref is PyBaseException)
        {
            if (!val.IsNone)
                throw PyException.TypeError("instance exception may not have a separate value");
            thrown = typ;
        }
        else
        {
            throw PyException.TypeError($"exceptions must be classes or instances deriving from BaseException, not {PyOps.TypeName(typ)}");
        }
        // (throw() restores the exception rather than raising it: no implicit __context__, as in CPython; a traceback
        // argument becomes the one it is thrown with)
        if (tb is not null && thrown.Ref is PyBaseException inst)
        {
            inst.HasSetTraceback = true;
            inst.SetTraceback = tb;
        }
        var exc = PyException.Restored(thrown);
        return exc;
    }

    public void Close()
    {
        if (State == 0)
        {
            State = -1;
            return;
        }
        if (State < 0)
            return;
        try
        {
            if (Step(PyValue.None, PyException.Create(PyTypes.GeneratorExit, (string?)null), out _))
                throw PyException.RuntimeError(Kind + " ignored GeneratorExit");
        }
        catch (PyException e) when (e.Matches(PyTypes.GeneratorExit) || e.Matches(PyTypes.StopIteration))
        {
        }
        ReturnValue = PyValue.None;
    }

    public override string Repr() =>
        $"<{Kind} object {GeneratorQualName} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x12}>";

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "__next__":
                ArgCheck.NoKeywords(name, kwNames);
                if (Step(PyValue.None, null, out result))
                    return true;
                throw Exhausted();
            case "send":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 1)
                    throw PyException.TypeError($"generator.send() takes exactly one argument ({args.Length} given)");
                result = Send(args[0]);
                return true;
            case "throw":
                ArgCheck.NoKeywords(name, kwNames);
                result = Throw(args);
                return true;
            case "close":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 0)
                    throw PyException.TypeError($"generator.close() takes no arguments ({args.Length} given)");
                Close();
                result = PyValue.None;
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "send" or "throw" or "close":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
            case "__name__":
                value = PyValue.FromString(GeneratorName);
                return true;
            case "__qualname__":
                value = PyValue.FromString(GeneratorQualName);
                return true;
            case "gi_running":
                value = PyValue.FromBool(State == 1);
                return true;
            case "gi_yieldfrom":
                // (only while suspended: a running generator's frame is past the yield, as CPython's _PyGen_yf sees it)
                value = Delegate is null || State == 1 ? PyValue.None : PyValue.FromObject(Delegate);
                return true;
            case "gi_suspended":
                value = PyValue.FromBool(State >= 2);
                return true;
            case "gi_code" when Code is { } code:
                value = PyValue.FromObject(code);
                return true;
            case "gi_frame":
                // No frame objects: a truthy stand-in while the generator can still run, None once it finished.
                value = State < 0 ? PyValue.None : PyValue.FromObject(this);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
