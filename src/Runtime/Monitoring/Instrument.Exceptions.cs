using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// RAISE, RERAISE, EXCEPTION_HANDLED and PY_UNWIND, as CPython 3.12's eval loop raises them (<c>monitor_raise</c>,
/// <c>monitor_reraise</c>, <c>monitor_handled</c>, <c>monitor_unwind</c> in <c>ceval.c</c>): an error in a frame raises
/// RAISE; unwinding to a handler of the frame's exception table raises EXCEPTION_HANDLED at the handler; the handler's
/// RERAISE raises RERAISE; leaving the frame raises PY_UNWIND. Generated code calls these from the C# catch blocks that
/// stand for CPython's handlers (each guarded by <see cref="ExceptionsActive"/>, so that they catch nothing while no tool
/// wants these events) and from the frame's outermost filter or catch.
/// <para>Each frame keeps, in a local, the point of the RAISE or RERAISE it raised for the exception in flight (-1: none
/// yet). An exception that reaches a handler or the frame's end without one came from an operation or a call of the
/// frame: RAISE is raised there first, at a point of the line the frame is on (the raising statement's). These events
/// have no location of their own: the tools that enabled them globally get them, and none can disable them.</para>
/// </summary>
public static partial class Instrument
{
    /// <summary>Whether any tool enabled RAISE, RERAISE, EXCEPTION_HANDLED or PY_UNWIND: the filter of every catch the
    /// generated code has only for these events.</summary>
    public static bool ExceptionsActive;

    /// <summary>A callback's exception that is to replace the one in flight, from a frame's filter (a filter cannot
    /// throw: it returns true and the catch throws this).</summary>
    [ThreadStatic]
    private static PyException? t_replacement;

    /// <summary>EXCEPTION_HANDLED: control entered the handler at <paramref name="handler"/> with <paramref name="e"/>,
    /// after RAISE if the frame (on <paramref name="line"/>) had raised none for it. <paramref name="instruction"/>
    /// false: the handler's first instruction begins a line, and the point of that line that follows raises LINE and
    /// then its INSTRUCTION (a <c>with</c>'s handler), as CPython's INSTRUMENTED_LINE wraps the instruction.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Handled(ref byte[]? armed, int handler, PyException e, int line, ref int raisedAt, bool instruction = true)
    {
        if (armed is null || armed.Length == 0)
        {
            raisedAt = -1;
            return;
        }
        var code = PyCode.OfArmed(armed);
        RaiseOnce(code, e, line, ref raisedAt);
        raisedAt = -1;
        FireUnlocated(code, handler, MonitoringEvent.ExceptionHandled, e.Value);
        // The handler's first instruction (PUSH_EXC_INFO) runs after the event, as CPython raises it while unwinding.
        if (instruction)
            RaiseInstruction(code, handler, PyCode.OffsetOf(handler));
    }

    /// <summary>A handler that only cleans up and raises the exception again (an <c>except ... as</c> name's, the
    /// handlers' own, a comprehension's, a generator's): EXCEPTION_HANDLED at <paramref name="handler"/>, then RERAISE at
    /// <paramref name="reraise"/> (-1: a point of <paramref name="line"/>). A comprehension's handler has a LINE between
    /// them (<paramref name="restoreLine"/>, -1: none): its first instructions have no location, and the restore of the
    /// names it hid begins the comprehension's line again.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Cleanup(ref byte[]? armed, int handler, int reraise, PyException e, int line, ref int raisedAt, int restoreLine = -1)
    {
        Handled(ref armed, handler, e, line, ref raisedAt);
        if (restoreLine >= 0 && Raising(armed, restoreLine))
            Fire(PyCode.OfArmed(armed), restoreLine, MonitoringEvent.Line, default);
        Reraised(ref armed, reraise, e, line, ref raisedAt);
    }

    /// <summary><see cref="Cleanup"/> in the filter of the catch that stands for the cleanup handler, as the exception
    /// passes (the handler runs no Python code, so .NET's first pass is the right time). False (the filter does not
    /// catch) unless a callback raised an exception, which then replaces <paramref name="e"/> (<see cref="Replacement"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool CleanupFilter(ref byte[]? armed, int handler, int reraise, PyException e, int line, ref int raisedAt, int restoreLine = -1) =>
        InFilter(ref armed, e, line, ref raisedAt, handler, reraise, leaves: false, restoreLine);

    /// <summary>RERAISE at <paramref name="point"/> (-1: a point of <paramref name="line"/>, the frame's line): a bare
    /// <c>raise</c>, no except clause matched, a finally block or a <c>with</c> that lets the exception go on.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Reraised(ref byte[]? armed, int point, PyException e, int line, ref int raisedAt)
    {
        if (armed is null || armed.Length == 0)
            return;
        var code = PyCode.OfArmed(armed);
        if (point < 0)
            point = PointOfLine(code, line);
        raisedAt = point;
        RaiseInstruction(code, point, PyCode.OffsetOf(point));
        FireUnlocated(code, point, MonitoringEvent.Reraise, e.Value);
    }

    /// <summary>The frame's filter as <paramref name="e"/> leaves it: RAISE if the frame raised none for it, the
    /// generator's cleanup handler (<paramref name="handler"/>, <paramref name="reraise"/>; -1: none), then PY_UNWIND
    /// where it was raised last. False (the filter does not catch) unless a callback raised an exception, which then
    /// replaces <paramref name="e"/> (<see cref="Replacement"/>), as in CPython.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool Unwinding(ref byte[]? armed, PyException e, int line, ref int raisedAt, int handler = -1, int reraise = -1) =>
        InFilter(ref armed, e, line, ref raisedAt, handler, reraise, leaves: true);

    /// <summary>A filter's events: the cleanup handler's (<see cref="Cleanup"/>), or the frame's end
    /// (<paramref name="leaves"/>, <see cref="Unwound"/>). A callback's exception is kept for <see cref="Replacement"/>
    /// and the filter then catches (a filter cannot throw).</summary>
    private static bool InFilter(ref byte[]? armed, PyException e, int line, ref int raisedAt, int handler, int reraise, bool leaves, int restoreLine = -1)
    {
        try
        {
            if (leaves)
                Unwound(ref armed, e, line, ref raisedAt, handler, reraise);
            else
                Cleanup(ref armed, handler, reraise, e, line, ref raisedAt, restoreLine);
            return false;
        }
        catch (PyException raised)
        {
            t_replacement = raised;
            return true;
        }
    }

    /// <summary>What the catch whose filter caught (<see cref="Unwinding"/>, <see cref="CleanupFilter"/>) throws: the
    /// callback's exception.</summary>
    public static PyException Replacement(PyException e)
    {
        var r = t_replacement ?? e;
        t_replacement = null;
        return r;
    }

    private static void Unwound(ref byte[]? armed, PyException e, int line, ref int raisedAt, int handler = -1, int reraise = -1)
    {
        if (armed is null || armed.Length == 0)
            return;
        var code = PyCode.OfArmed(armed);
        if (handler >= 0)
            Cleanup(ref armed, handler, reraise, e, line, ref raisedAt);
        RaiseOnce(code, e, line, ref raisedAt);
        int point = raisedAt;
        raisedAt = -1;
        FireUnlocated(code, point, MonitoringEvent.PyUnwind, e.Value);
    }

    /// <summary>An exception thrown into a generator that had not started: PY_THROW at its start, then, as it leaves the
    /// frame there (before the handler around the body), RAISE and PY_UNWIND at the same point.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrownBeforeStart(ref byte[]? armed, int point, PyException thrown)
    {
        Throw(ref armed, point, thrown);
        if (!ExceptionsActive || armed is null || armed.Length == 0)
            return;
        var code = PyCode.OfArmed(armed);
        FireUnlocated(code, point, MonitoringEvent.Raise, thrown.Value);
        FireUnlocated(code, point, MonitoringEvent.PyUnwind, thrown.Value);
    }

    /// <summary>A generator's body let <paramref name="stop"/>, a StopIteration, out (PEP 479): its handler is entered with
    /// it (EXCEPTION_HANDLED, after RAISE), then raises <paramref name="converted"/>, the RuntimeError it becomes
    /// (RERAISE), which leaves the frame (PY_UNWIND), as CPython 3.12's generator handler does.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void GeneratorStopped(ref byte[]? armed, int handler, int reraise, PyException stop, PyException converted,
                                        int line, ref int raisedAt)
    {
        Handled(ref armed, handler, stop, line, ref raisedAt);
        Reraised(ref armed, reraise, converted, line, ref raisedAt);
        Unwound(ref armed, converted, line, ref raisedAt);
    }

    /// <summary>RAISE at a point of <paramref name="line"/>, unless the frame raised RAISE or RERAISE for the exception
    /// already (<paramref name="raisedAt"/>).</summary>
    private static void RaiseOnce(PyCode code, PyException e, int line, ref int raisedAt)
    {
        if (raisedAt >= 0)
            return;
        raisedAt = PointOfLine(code, line);
        FireUnlocated(code, raisedAt, MonitoringEvent.Raise, e.Value);
    }

    /// <summary>A point of <paramref name="line"/> (kept complemented by a resumed generator), or the code's first.</summary>
    private static int PointOfLine(PyCode code, int line) => code.PointOnLine(LineOf(line)) ?? 0;
}
