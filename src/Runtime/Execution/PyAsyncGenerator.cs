using System;

namespace PyAot.Runtime;

/// <summary>
/// An asynchronous generator object, what calling an <c>async def</c> with <c>yield</c> in it makes. The generated class
/// is the state machine of a coroutine (<see cref="PyCoroutine"/>'s: <c>await</c> is a delegation whose yields pass
/// out to the event loop), whose <c>yield v</c> is lowered to <see cref="AsyncYield"/>: it marks the value as the
/// generator's own (CPython wraps it, INTRINSIC_ASYNC_GEN_WRAP), so that the awaitable <c>__anext__()</c> returned ends
/// with it (StopIteration carrying the value) instead of passing it out. Genobject.c's async_gen_* functions, read and
/// written again: <see cref="AsyncGenASend"/> (<c>__anext__</c>, <c>asend</c>) and <see cref="AsyncGenAThrow"/>
/// (<c>athrow</c>, <c>aclose</c>), the <c>ag_running</c> and closed flags, and <c>sys.set_asyncgen_hooks</c>' first-iteration
/// hook. Its finalizer hook is kept but never called: compiled code does not close a generator when its last reference
/// goes (as with generators, docs/monitoring.md).
/// </summary>
public abstract class PyAsyncGenerator : PyGenerator
{
    public static readonly PyType AsyncGeneratorType = new PyType("async_generator", PyTypes.Object) { IsBaseType = false }
        .WithMethods("__aiter__", "__anext__", "asend", "athrow", "aclose");

    /// <summary>Whether the step just taken ended at a <c>yield</c> of the generator (not at an await passing through).</summary>
    private bool _valueYielded;

    /// <summary>ag_running_async: an <c>__anext__()</c>, <c>asend()</c>, <c>athrow()</c> or <c>aclose()</c> is in progress.</summary>
    internal bool RunningAsync;

    /// <summary>ag_closed: the generator ended with StopAsyncIteration or GeneratorExit, or <c>aclose()</c> began.</summary>
    internal bool Closed;

    private bool _hooksInitialized;

    public override PyType Type => AsyncGeneratorType;

    private protected override string Kind => "async generator";

    public sealed override bool MoveNext(out PyValue yielded) =>
        throw PyException.TypeError("'async_generator' object is not an iterator");

    public override PyIterator Iter() => throw PyException.TypeError("'async_generator' object is not iterable");

    /// <summary><c>yield value</c> in the body (no C# finally around it).</summary>
    protected bool AsyncYield(int state, PyValue value, out PyValue yielded)
    {
        _valueYielded = true;
        return Yield(state, value, out yielded);
    }

    /// <summary><c>yield value</c> in the body inside a resumable try (its C# finally must know the body only pauses).</summary>
    protected bool AsyncYieldValue(int state, PyValue value, out PyValue yielded)
    {
        _valueYielded = true;
        return YieldValue(state, value, out yielded);
    }

    /// <summary>The generator's body raised StopIteration or StopAsyncIteration: CPython's RuntimeError (PEP 479 and
    /// PEP 525).</summary>
    protected PyException AsyncStopRaised(PyException e) =>
        e.Matches(PyTypes.StopAsyncIteration) ? RaisedInBody(e, "async generator raised StopAsyncIteration") : StopIterationRaised(e);

    /// <summary>What one step yielded: the body's own <c>yield</c> (<see cref="Outcome.Yielded"/>, the value in the out
    /// parameter) or a value an await passes out (<see cref="Outcome.Awaiting"/>).</summary>
    internal enum Outcome { Awaiting, Yielded }

    /// <summary>gen_send_ex or gen_throw, then async_gen_unwrap_value: a step of the body that ends at an await passing
    /// a value out, or at a <c>yield</c>; the end of the body is StopAsyncIteration, and an exception leaving it is raised,
    /// each clearing <see cref="RunningAsync"/> (and setting <see cref="Closed"/> for StopAsyncIteration and
    /// GeneratorExit).</summary>
    internal Outcome Step(PyValue sent, PyException? thrown, out PyValue item)
    {
        bool more;
        _valueYielded = false;
        try
        {
            more = StepWith(sent, thrown, out item);
        }
        catch (PyException e)
        {
            if (e.Matches(PyTypes.StopAsyncIteration) || e.Matches(PyTypes.GeneratorExit))
                Closed = true;
            RunningAsync = false;
            throw;
        }
        if (!more)
        {
            Closed = true;
            RunningAsync = false;
            throw PyException.Create(PyTypes.StopAsyncIteration, (string?)null);
        }
        if (_valueYielded)
        {
            RunningAsync = false;
            return Outcome.Yielded;
        }
        return Outcome.Awaiting;
    }

    /// <summary>Whether the body has finished (gi_frame_state ≥ FRAME_COMPLETED).</summary>
    internal bool Finished => State < 0;

    /// <summary>Whether the body has not started yet.</summary>
    internal bool NotStarted => State == 0;

    /// <summary>async_gen_init_hooks: the first <c>__anext__</c>, <c>asend</c>, <c>athrow</c> or <c>aclose</c> calls the
    /// thread's firstiter hook with the generator.</summary>
    private void InitHooks()
    {
        if (_hooksInitialized)
            return;
        _hooksInitialized = true;
        var (firstIter, _) = AsyncGenHooks.Current;
        if (!firstIter.IsNone)
            PyOps.Call(firstIter, [PyValue.FromObject(this)], null);
    }

    public PyValue ANext()
    {
        InitHooks();
        return PyValue.FromObject(new AsyncGenASend(this, PyValue.None));
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "__aiter__":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 0)
                    throw PyException.TypeError($"async_generator.__aiter__() takes no arguments ({args.Length} given)");
                result = PyValue.FromObject(this);
                return true;
            case "__anext__":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 0)
                    throw PyException.TypeError($"async_generator.__anext__() takes no arguments ({args.Length} given)");
                result = ANext();
                return true;
            case "asend":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 1)
                    throw PyException.TypeError($"async_generator.asend() takes exactly one argument ({args.Length} given)");
                InitHooks();
                result = PyValue.FromObject(new AsyncGenASend(this, args[0]));
                return true;
            case "athrow":
                ArgCheck.NoKeywords(name, kwNames);
                InitHooks();
                result = PyValue.FromObject(new AsyncGenAThrow(this, args.ToArray()));
                return true;
            case "aclose":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 0)
                    throw PyException.TypeError($"async_generator.aclose() takes no arguments ({args.Length} given)");
                InitHooks();
                result = PyValue.FromObject(new AsyncGenAThrow(this, null));
                return true;
            case "__next__" or "send" or "throw" or "close" or "__iter__":
                result = default;
                return false;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "__aiter__" or "__anext__" or "asend" or "athrow" or "aclose":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
            case "ag_running":
                value = PyValue.FromBool(RunningAsync);
                return true;
            case "ag_await":
                return base.TryGetAttr("gi_yieldfrom", out value);
            case "ag_suspended":
                return base.TryGetAttr("gi_suspended", out value);
            case "ag_frame":
                return base.TryGetAttr("gi_frame", out value);
            case "ag_code":
                return base.TryGetAttr("gi_code", out value);
            case "gi_running" or "gi_yieldfrom" or "gi_suspended" or "gi_frame" or "gi_code" or "send" or "throw" or "close"
                or "__next__" or "__iter__":
                value = default;
                return false;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>
/// An awaitable step of an asynchronous generator (CPython's <c>async_generator_asend</c>): what <c>__anext__()</c> and
/// <c>asend(v)</c> return. Awaiting it runs the generator to its next <c>yield</c>, whose value ends the await
/// (StopIteration carrying it); what the generator's awaits pass out passes through. Usable once.
/// </summary>
public sealed class AsyncGenASend(PyAsyncGenerator generator, PyValue sendValue) : AsyncGenAwaitable
{
    public static readonly PyType ASendType = new PyType("async_generator_asend", PyTypes.Object) { IsBaseType = false }
        .WithMethods(AwaitableMethods);

    public override PyType Type => ASendType;

    private protected override string ReuseMessage => "cannot reuse already awaited __anext__()/asend()";

    private protected override bool Send(PyValue arg, out PyValue item)
    {
        if (State == AwaitableState.Closed)
            throw PyException.RuntimeError(ReuseMessage);
        if (State == AwaitableState.Init)
        {
            if (generator.RunningAsync)
            {
                State = AwaitableState.Closed;
                throw PyException.RuntimeError("anext(): asynchronous generator is already running");
            }
            if (arg.IsNone)
                arg = sendValue;
            State = AwaitableState.Iter;
        }
        generator.RunningAsync = true;
        return Step(arg, null, out item);
    }

    private protected override bool Throw(PyException exc, out PyValue item)
    {
        if (State == AwaitableState.Closed)
            throw PyException.RuntimeError(ReuseMessage);
        return Step(PyValue.None, exc, out item);
    }

    /// <summary>A step of the generator as this awaitable's: a value passed out (true), or its end with the generator's
    /// yielded value (false, <see cref="AsyncGenAwaitable.Result"/>); an exception closes it.</summary>
    private bool Step(PyValue arg, PyException? thrown, out PyValue item)
    {
        PyAsyncGenerator.Outcome outcome;
        try
        {
            outcome = generator.Step(arg, thrown, out item);
        }
        catch (PyException)
        {
            State = AwaitableState.Closed;
            throw;
        }
        if (outcome == PyAsyncGenerator.Outcome.Awaiting)
            return true;
        State = AwaitableState.Closed;
        Result = item;
        item = default;
        return false;
    }
}

/// <summary>
/// What <c>athrow(...)</c> and <c>aclose()</c> of an asynchronous generator return (CPython's
/// <c>async_generator_athrow</c>): awaiting it throws the exception (GeneratorExit for <c>aclose</c>) in at the
/// generator's <c>yield</c>. For <c>athrow</c> the await ends with the value the generator yields next; <c>aclose</c>
/// ends when the generator finishes, and a <c>yield</c> instead is "async generator ignored GeneratorExit".
/// </summary>
public sealed class AsyncGenAThrow(PyAsyncGenerator generator, PyValue[]? args) : AsyncGenAwaitable
{
    public static readonly PyType AThrowType = new PyType("async_generator_athrow", PyTypes.Object) { IsBaseType = false }
        .WithMethods(AwaitableMethods);

    public override PyType Type => AThrowType;

    private protected override string ReuseMessage => "cannot reuse already awaited aclose()/athrow()";

    /// <summary>aclose() mode (CPython's agt_args NULL).</summary>
    private bool IsClose => args is null;

    private protected override bool Send(PyValue arg, out PyValue item)
    {
        if (State == AwaitableState.Closed)
            throw PyException.RuntimeError(ReuseMessage);
        if (generator.Finished)
        {
            State = AwaitableState.Closed;
            item = default;
            return false;
        }
        if (State != AwaitableState.Init)
            return Step(arg, null, out item, first: false, viaThrow: false);
        if (generator.RunningAsync)
        {
            State = AwaitableState.Closed;
            throw PyException.RuntimeError(IsClose
                ? "aclose(): asynchronous generator is already running"
                : "athrow(): asynchronous generator is already running");
        }
        if (generator.Closed)
        {
            State = AwaitableState.Closed;
            throw PyException.Create(PyTypes.StopAsyncIteration, (string?)null);
        }
        if (!arg.IsNone)
            throw PyException.RuntimeError("can't send non-None value to a just-started coroutine");
        State = AwaitableState.Iter;
        generator.RunningAsync = true;
        PyException thrown;
        if (IsClose)
        {
            generator.Closed = true;
            thrown = PyException.Create(PyTypes.GeneratorExit, (string?)null);
        }
        else
        {
            thrown = PyGenerator.ThrowArguments(args!, "athrow");
        }
        return Step(PyValue.None, thrown, out item, first: true, viaThrow: false);
    }

    private protected override bool Throw(PyException exc, out PyValue item)
    {
        if (State == AwaitableState.Closed)
            throw PyException.RuntimeError(ReuseMessage);
        return Step(PyValue.None, exc, out item, first: false, viaThrow: true);
    }

    /// <summary>The ends of async_gen_athrow_send and async_gen_athrow_throw: athrow's outcome is the generator's
    /// (this awaitable closes when its first step ends it); aclose's ends at StopAsyncIteration or GeneratorExit (its
    /// await done) and refuses a <c>yield</c>.</summary>
    private bool Step(PyValue arg, PyException? thrown, out PyValue item, bool first, bool viaThrow)
    {
        PyAsyncGenerator.Outcome outcome;
        try
        {
            outcome = generator.Step(arg, thrown, out item);
        }
        catch (PyException e)
        {
            if (!viaThrow && (first || IsClose))
            {
                generator.RunningAsync = false;
                State = AwaitableState.Closed;
            }
            if (IsClose && (e.Matches(PyTypes.StopAsyncIteration) || e.Matches(PyTypes.GeneratorExit)))
            {
                item = default;
                return false;
            }
            throw;
        }
        if (outcome == PyAsyncGenerator.Outcome.Awaiting)
            return true;
        if (IsClose)
        {
            generator.RunningAsync = false;
            State = AwaitableState.Closed;
            throw PyException.RuntimeError("async generator ignored GeneratorExit");
        }
        if (first && !viaThrow)
            State = AwaitableState.Closed;
        Result = item;
        item = default;
        return false;
    }
}

/// <summary>What <see cref="AsyncGenASend"/> and <see cref="AsyncGenAThrow"/> share: an iterator that is its own
/// awaitable (<c>__await__</c> returns it), with send, throw and close; its end carries <see cref="Result"/> as
/// StopIteration's value.</summary>
public abstract class AsyncGenAwaitable : PyIterator
{
    private protected enum AwaitableState { Init, Iter, Closed }

    private protected static readonly string[] AwaitableMethods = ["__await__", "__iter__", "__next__", "send", "throw", "close"];

    private protected AwaitableState State;

    /// <summary>The value the await ends with (what the generator yielded); taken by the delegating frame.</summary>
    internal PyValue Result = PyValue.None;

    private protected abstract string ReuseMessage { get; }

    private protected abstract bool Send(PyValue arg, out PyValue item);

    private protected abstract bool Throw(PyException exc, out PyValue item);

    public override bool MoveNext(out PyValue item) => Send(PyValue.None, out item);

    /// <summary>The value the await ended with, as the delegating frame takes it (the StopIteration's value).</summary>
    internal PyValue TakeResult()
    {
        var r = Result;
        Result = PyValue.None;
        return r;
    }

    // (Result stays for the delegating frame, which takes it when its send or next of this awaitable ended.)
    public override PyException Exhausted() => PyException.StopIterationOf(Result);

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "__await__" or "__iter__":
                ArgCheck.NoKeywords(name, kwNames);
                result = PyValue.FromObject(this);
                return true;
            case "__next__":
                ArgCheck.NoKeywords(name, kwNames);
                if (Send(PyValue.None, out result))
                    return true;
                throw Exhausted();
            case "send":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 1)
                    throw PyException.TypeError($"{Type.Name}.send() takes exactly one argument ({args.Length} given)");
                if (Send(args[0], out result))
                    return true;
                throw Exhausted();
            case "throw":
                ArgCheck.NoKeywords(name, kwNames);
                if (Throw(PyGenerator.ThrowArguments(args, "throw"), out result))
                    return true;
                throw Exhausted();
            case "close":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 0)
                    throw PyException.TypeError($"{Type.Name}.close() takes no arguments ({args.Length} given)");
                State = AwaitableState.Closed;
                result = PyValue.None;
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name is "__await__" or "send" or "throw" or "close")
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary><c>sys.set_asyncgen_hooks</c>' hooks, per thread as in CPython (None when unset).</summary>
public static class AsyncGenHooks
{
    [ThreadStatic]
    private static PyValue t_firstIter;

    [ThreadStatic]
    private static PyValue t_finalizer;

    public static (PyValue FirstIter, PyValue Finalizer) Current =>
        (t_firstIter.IsUnbound ? PyValue.None : t_firstIter, t_finalizer.IsUnbound ? PyValue.None : t_finalizer);

    public static void Set(PyValue firstIter, PyValue finalizer)
    {
        t_firstIter = firstIter;
        t_finalizer = finalizer;
    }
}
