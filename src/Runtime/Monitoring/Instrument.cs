using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// What generated code calls at its instrumentation points. While no tool has any event enabled, a point costs one
/// test of the static flag <see cref="Active"/>. Once one has, each point of a code object has one byte,
/// <see cref="PyCode.Armed"/>: the tools that want its event there (0 when none does, or every one that did returned
/// DISABLE here). The point tests that byte, <see cref="On"/>; only when it is set does it call the out-of-line method
/// that builds the arguments and calls the callbacks.
/// </summary>
public static partial class Instrument
{
    /// <summary>Whether any tool enabled any event, globally or locally: the first test at every point. Fast paths that
    /// run Python code without passing its points (a typed twin) are taken only while it is false. Not volatile: a
    /// change made by another thread is seen at the next call or loop back-edge that rereads it, as CPython's threads see
    /// instrumentation at their next eval-breaker check.</summary>
    public static bool Active;

    /// <summary>Events are not raised while a callback runs (CPython's <c>tstate->tracing</c>).</summary>
    [ThreadStatic]
    private static int t_inCallback;

    /// <summary>Calls <paramref name="function"/> of the module <paramref name="module"/> returns (importing it) with
    /// no event raised on this thread meanwhile: what CPython does in C (an intrinsic) and PyAot's library does in
    /// Python, such as making a PEP 695 type parameter.</summary>
    public static PyValue Unobserved(Func<PyValue> module, string function, ReadOnlySpan<PyValue> args)
    {
        t_inCallback++;
        try
        {
            return PyOps.Call(PyOps.GetAttr(module(), function), args, null);
        }
        finally
        {
            t_inCallback--;
        }
    }

    /// <summary>Whether the event of <paramref name="point"/> is to be raised now: a tool wants it there, and no callback
    /// is running on this thread (a callback's own code raises no event; tested before any work, as callbacks are
    /// compiled Python whose points are armed like any other).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Raising([NotNullWhen(true)] byte[]? armed, int point) => On(armed, point) && t_inCallback == 0;

    /// <summary>Whether any tool wants the event of <paramref name="point"/>: the one test on the fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool On([NotNullWhen(true)] byte[]? armed, int point) =>
        // The generator only emits points below the array's length (the code object was created with that count), so
        // the test needs no bounds check. Null: the module's code objects do not exist yet (C# called a function of a
        // module it never imported), so no tool can have asked for its events.
        armed is not null && Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(armed), point) != 0;

    /// <summary>Whether any tool wants the event of <paramref name="point"/>, tested where no fast path may run instead
    /// (a call site): <see cref="Active"/>, then the point's byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Watching(byte[]? armed, int point) => Active && On(armed, point);

    // The out-of-line calls take the code object's Armed array, which the point has at hand; the code object is found
    // from it only here, off the fast path (PyCode.OfArmed).

    /// <summary>Whether nothing would be observed of running the code whose Armed array this is: no tool is active, or no
    /// point of it is armed (its summary byte, <see cref="PyCode.QuietOffset"/>, is 0) and no tool wants the exception events,
    /// which any code may raise. Code that runs without its points
    /// (a typed twin, a fused loop) runs only then. Null (the code objects do not exist yet): only while no tool is active.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Quiet(byte[]? armed) =>
        !Active || (!ExceptionsActive && armed is not null && (armed.Length == 0 || armed[armed.Length - PyCode.QuietOffset] == 0));

    /// <summary>PY_START: a function's body begins (after its arguments are bound), or a generator's first resume.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Start(ref byte[]? armed, int point)
    {
        // Fire(ref armed...)'s body, not a call of it: one call less per function entry is 5% of a PY_START+PY_RETURN
        // tool's time on recursive code (mon_fib mode c, 0.52 s against 0.49 s).
        if (Raising(armed, point))
            Fire(PyCode.OfArmed(armed), point, MonitoringEvent.PyStart, default);
    }

    /// <summary>PY_RESUME: a generator resumes after a yield.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Resume(ref byte[]? armed, int point) => Fire(ref armed, point, MonitoringEvent.PyResume, default);

    /// <summary>A generator resumes at a yield: by <c>throw()</c> or <c>close()</c> when <paramref name="thrown"/> is set
    /// (PY_THROW with the exception, at the yield), else by <c>next()</c> or <c>send()</c> (PY_RESUME).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Resume(ref byte[]? armed, int point, PyException? thrown)
    {
        if (thrown is null)
            Fire(ref armed, point, MonitoringEvent.PyResume, default);
        else
            Throw(ref armed, point, thrown);
    }

    /// <summary>An exception came out of the delegate of a <c>yield from</c> or <c>await</c> that <c>throw()</c> or
    /// <c>close()</c> reached: the delegating frame resumes with it (PY_THROW at the resume point). True: for filters.</summary>
    public static bool DelegateRaised(ref byte[]? armed, int point, PyException e)
    {
        if (Active)
            Throw(ref armed, point, e);
        return true;
    }

    /// <summary>PY_THROW: an exception thrown into a generator at <paramref name="point"/> (its yield, or its start when it
    /// had not started). Not a located event: the tools that enabled it globally get it, and none can disable it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Throw(ref byte[]? armed, int point, PyException thrown)
    {
        if (armed is not null && armed.Length > 0)
            FireUnlocated(PyCode.OfArmed(armed), point, MonitoringEvent.PyThrow, thrown.Value);
    }

    /// <summary>
    /// A point where line <paramref name="line"/> may begin (a statement, a loop's head): LINE when it differs from the line
    /// of the point the frame passed last (<paramref name="previous"/>, a local of the generated method, -1 on entry), as
    /// CPython raises LINE when execution reaches an instruction of another line than the one before it. Called only
    /// while <see cref="Active"/>; <paramref name="previous"/> is kept only then.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Line(ref byte[]? armed, int point, int line, ref int previous)
    {
        if (previous == line)
        {
            // The statement is an instruction still (INSTRUCTION), though not a new line.
            if (InstructionsActive)
                Instruction(armed, point);
            return;
        }
        int was = previous;
        previous = line;
        if (Raising(armed, point))
        {
            if (InstructionsActive && t_returnedInto)
                ReturnedInto(armed, was);
            Fire(PyCode.OfArmed(armed), point, MonitoringEvent.Line, default);
        }
    }

    /// <summary>The line a frame's line local (<see cref="Line"/>'s <c>previous</c>) holds: kept complemented by a
    /// generator resumed on it, having passed no point since (-1: none yet).</summary>
    private static int LineOf(int local) => local < -1 ? ~local : local;

    /// <summary>Whether any tool enabled INSTRUCTION, globally or locally.</summary>
    public static bool InstructionsActive;

    /// <summary>INSTRUCTION alone at a point: a statement passed again on its line, a call site when its call returns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Instruction(byte[]? armed, int point)
    {
        if (Raising(armed, point))
            RaiseInstruction(PyCode.OfArmed(armed), point, PyCode.OffsetOf(point));
    }

    /// <summary>A Python frame returned (or yielded) into the code that called it, and no point has raised INSTRUCTION
    /// since: the caller's next instruction, which takes the result, has not been reported. A call site reports it
    /// (<see cref="CallReturned"/>), as does any point of the caller's line; an implicit call (a dunder method, a
    /// property, <c>__enter__</c>, a generator unpacked), whose statement has no point after it, has it reported
    /// when the caller's next point starts another line (<see cref="Line"/>). Any INSTRUCTION raised clears it: one of
    /// the caller's line stands for that instruction; one in another frame means the frame returned into C code that
    /// called Python again (<c>sorted</c> calling its key), whose last return sets it again.</summary>
    [ThreadStatic]
    private static bool t_returnedInto;

    /// <summary>A frame returns or yields to its caller (a PY_RETURN or PY_YIELD point, armed or not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LeavingFrame()
    {
        if (InstructionsActive && t_inCallback == 0)
            t_returnedInto = true;
    }

    /// <summary>The caller's instruction after an implicit call, on the line it was on (<paramref name="line"/>), reported
    /// before its next line begins.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReturnedInto(byte[]? armed, int line)
    {
        t_returnedInto = false;
        if (armed is null || armed.Length == 0 || t_inCallback != 0 || line == -1)
            return;
        var code = PyCode.OfArmed(armed);
        if (code.InstructionOnLine(LineOf(line)) is int point)
            RaiseInstruction(code, point, PyCode.OffsetOf(point));
    }

    /// <summary>INSTRUCTION at <paramref name="point"/> (offset <paramref name="offset"/>) for the tools that want it there
    /// (one test of a static flag while no tool wants INSTRUCTION anywhere).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RaiseInstruction(PyCode code, int point, int offset)
    {
        if (InstructionsActive)
            RaiseInstructionSlow(code, point, offset);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseInstructionSlow(PyCode code, int point, int offset)
    {
        t_returnedInto = false;
        int tools = code.InstructionTools[point];
        if (tools != 0)
            Call(code, tools, offset, MonitoringEvent.Instruction, default, default, disarmPoint: point);
    }

    /// <summary>A loop's head as a condition that is always true, for <c>At(...) &amp;&amp; it.MoveNext(...)</c>: the
    /// <see cref="Line"/> point of the loop's line, passed each time round before the step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool At(ref byte[]? armed, int point, int line, ref int previous)
    {
        if (Active)
            Line(ref armed, point, line, ref previous);
        return true;
    }

    /// <summary><paramref name="value"/>, the result of a call of <paramref name="callee"/> from which control falls
    /// through into a join (the last operand of <c>and</c>/<c>or</c>, a conditional expression's <c>else</c>): CPython
    /// 3.12 raises LINE there again, on the same line, when the callee was a Python function (its frame returned to the
    /// CALL's cache entry, which has no line), and so does this point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Rejoin(ref byte[]? armed, int point, int line, ref int previous, PyValue callee, PyValue value)
    {
        if (Active && IsPythonFunction(callee))
        {
            previous = -1;
            Line(ref armed, point, line, ref previous);
        }
        return value;
    }

    /// <summary><paramref name="value"/>, evaluated after <paramref name="point"/> (a LINE point inside a statement that
    /// spans lines, where its evaluation moves to another line: <see cref="At"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Before<T>(bool point, T value) => value;

    /// <summary><paramref name="value"/>, evaluated before <paramref name="point"/> (a LINE point where an instruction of
    /// the expression around it runs, on another line than the value's last).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T After<T>(T value, bool point) => value;

    /// <summary>PY_RETURN with the value returned; returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Return(ref byte[]? armed, int point, PyValue value)
    {
        // By reference: the field is read only once a tool is active, out of line.
        if (Active)
            Fire(ref armed, point, MonitoringEvent.PyReturn, value);
        return value;
    }

    /// <summary>PY_RETURN at the implicit end of a function's body: CPython places it on the line the frame ran last
    /// (<paramref name="previousLine"/>, the frame's line local; -1 when not kept), so its offset is a point of that line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue ReturnAt(ref byte[]? armed, int point, PyValue value, int previousLine)
    {
        if (Active)
            ReturnAtSlow(ref armed, point, value, previousLine);
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReturnAtSlow(ref byte[]? armed, int point, PyValue value, int previousLine)
    {
        if (!Raising(armed, point))
        {
            LeavingFrame();
            return;
        }
        var code = PyCode.OfArmed(armed);
        int line = LineOf(previousLine);
        Fire(code, point, MonitoringEvent.PyReturn, value, code.PointOnLine(line) ?? point);
        LeavingFrame();
    }

    /// <summary>PY_RETURN of None, where a module or class body ends.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ReturnNone(ref byte[]? armed, int point) => Fire(ref armed, point, MonitoringEvent.PyReturn, PyValue.None);

    /// <summary>PY_YIELD with the value yielded; returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Yield(ref byte[]? armed, int point, PyValue value)
    {
        if (Active)
            Fire(ref armed, point, MonitoringEvent.PyYield, value);
        return value;
    }

    /// <summary>PY_YIELD of a value an asynchronous generator yields itself, which CPython reports wrapped
    /// (<see cref="AsyncGenWrappedValue"/>); returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue AsyncYield(ref byte[]? armed, int point, PyValue value)
    {
        if (Active)
            Fire(ref armed, point, MonitoringEvent.PyYield, PyValue.FromObject(new AsyncGenWrappedValue(value)));
        return value;
    }

    /// <summary>A loop's step over an iterator: <paramref name="more"/>, the step's result. When it is false because a
    /// compiled Python generator returned in that step, STOP_ITERATION with <c>StopIteration(value)</c>, where CPython's
    /// loop ends on the generator's StopIteration (not for other iterators, nor for a generator finished before).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Step(bool more, ref byte[]? armed, int point, in IterLoop loop)
    {
        if (!more && Active)
            Exhausted(ref armed, point, loop.Iterator);
        return more;
    }

    /// <summary>A <c>yield from</c> or <c>await</c> ended: STOP_ITERATION when the Python generator it delegated to
    /// returned <paramref name="value"/> in the step that ended it; RAISE when the Python code of another delegate raised
    /// <paramref name="stop"/> (its <c>__next__</c>, <c>send</c> or <c>throw</c>), as CPython's SEND reports it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void DelegateReturned(ref byte[]? armed, int point, bool generatorFinished, PyValue value, PyException? stop = null)
    {
        if (generatorFinished && Raising(armed, point))
            Fire(PyCode.OfArmed(armed), point, MonitoringEvent.StopIteration, PyException.StopIterationOf(value).Value);
        else if (stop is not null && armed is not null && armed.Length > 0)
            FireUnlocated(PyCode.OfArmed(armed), point, MonitoringEvent.Raise, stop.Value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Exhausted(ref byte[]? armed, int point, PyIterator? iterator)
    {
        if (iterator is PyGenerator { JustFinished: true } g && Raising(armed, point) && !ForIterInstrumented(PyCode.OfArmed(armed)))
            Fire(PyCode.OfArmed(armed), point, MonitoringEvent.StopIteration, PyException.StopIterationOf(g.ReturnedValue).Value);
        // A StopIteration a Python __next__ raised: RAISE in the loop's frame, on the loop's line (then cleared).
        else if (iterator is NextMethodIterator { RaisedStop: { } stop } && armed is not null && armed.Length > 0)
            FireUnlocated(PyCode.OfArmed(armed), point, MonitoringEvent.Raise, stop.Value);
    }

    /// <summary>Whether CPython's loops in <paramref name="code"/> run INSTRUMENTED_FOR_ITER: a tool watches its BRANCH
    /// events, or sys.settrace (whose tool has BRANCH in CPython; here its LINE stands for it). That instruction ends a
    /// loop over an exhausted generator without END_FOR, so without STOP_ITERATION; the specialized FOR_ITER_GEN
    /// returns into END_FOR, which raises it.</summary>
    private static bool ForIterInstrumented(PyCode code) =>
        code.ToolsOf(MonitoringEvent.Branch) != 0 || (code.ToolsOf(MonitoringEvent.Line) & (1 << Tools.TraceToolId)) != 0;

    /// <summary>Raises the event of <paramref name="point"/> if it is armed (the out-of-line part of a point).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fire(ref byte[]? armed, int point, MonitoringEvent e, PyValue argument)
    {
        if (Raising(armed, point))
            Fire(PyCode.OfArmed(armed), point, e, argument);
        if (e is MonitoringEvent.PyReturn or MonitoringEvent.PyYield)
            LeavingFrame();
    }

    /// <summary>
    /// An event without a location of its own (PY_THROW; later RAISE, PY_UNWIND...): the tools that enabled it globally
    /// get it. A callback that returns DISABLE for it is removed and ValueError raised, as CPython 3.12 does.
    /// </summary>
    private static void FireUnlocated(PyCode code, int point, MonitoringEvent e, PyValue argument) =>
        Call(code, Tools.Global[(int)e], PyCode.OffsetOf(point), e, argument, default, disarmPoint: -1);

    /// <summary>Raises the event of point <paramref name="point"/> for the tools armed there; its offset is that of
    /// <paramref name="offsetPoint"/> when given (an implicit return placed on the line run last).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fire(PyCode code, int point, MonitoringEvent e, PyValue argument, int offsetPoint = -1)
    {
        if (InstructionsActive)
        {
            FireWithInstruction(code, point, e, argument, offsetPoint);
            return;
        }
        int offset = e == MonitoringEvent.Line ? code.PointLine(point) : PyCode.OffsetOf(offsetPoint < 0 ? point : offsetPoint);
        Call(code, code.Armed[point], offset, e, argument, default, disarmPoint: point);
    }

    /// <summary><see cref="Fire(PyCode, int, MonitoringEvent, PyValue, int)"/> while a tool wants INSTRUCTION: it comes
    /// before the instruction's own event, and after LINE (as CPython's INSTRUMENTED_LINE runs before the instruction it
    /// wraps); the point's byte is then the union of both events' tools.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FireWithInstruction(PyCode code, int point, MonitoringEvent e, PyValue argument, int offsetPoint)
    {
        int offset = PyCode.OffsetOf(offsetPoint < 0 ? point : offsetPoint);
        if (e != MonitoringEvent.Line)
            RaiseInstruction(code, point, offset);
        int tools = code.EventTools[point];
        if (tools != 0)
            Call(code, tools, e == MonitoringEvent.Line ? code.PointLine(point) : offset, e, argument, default, disarmPoint: point);
        if (e == MonitoringEvent.Line)
            RaiseInstruction(code, point, offset);
    }

    /// <summary>Calls, in CPython's order (highest tool id first), the callback of each of <paramref name="tools"/>, with
    /// the event's arguments (<paramref name="argument2"/>: the second, for CALL, C_RETURN and C_RAISE; else unbound). A
    /// callback's DISABLE disarms its tool at <paramref name="disarmPoint"/>; for an event without a location (-1) it
    /// removes the callback and raises ValueError. An exception from a callback propagates from the point. Events are not
    /// raised while a callback runs.</summary>
    private static void Call(PyCode code, int tools, int offset, MonitoringEvent e, PyValue argument, PyValue argument2, int disarmPoint)
    {
        if (t_inCallback != 0)
            return;
        // sys.settrace / sys.setprofile follow the frames by their tools' events, once per event.
        bool legacy = (tools & LegacyTracing.ToolsMask) != 0;
        if (legacy)
            LegacyTracing.Track(e, code, offset);
        t_inCallback = 1;
        try
        {
            // Highest tool id first; one tool armed (the usual case) costs one step.
            while (tools != 0)
            {
                int tool = 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)tools);
                tools &= ~(1 << tool);
                if (Tools.Callback(tool, e) is not { } callback || !callback.Invoke(e, code, offset, argument, argument2))
                    continue;
                if (disarmPoint >= 0)
                {
                    code.Disarm(disarmPoint, tool, e);
                    continue;
                }
                Tools.RegisterCallback(tool, e, null);
                throw PyException.ValueError($"Cannot disable {MonitoringEvents.Name(e)} events. Callback removed.");
            }
        }
        finally
        {
            t_inCallback = 0;
        }
        if (legacy)
            LegacyTracing.Untrack(e, code);
    }
}
