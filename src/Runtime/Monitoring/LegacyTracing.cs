using System;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// <c>sys.settrace</c> and <c>sys.setprofile</c> on top of the monitoring events, as CPython 3.12 builds them
/// (<c>Python/legacy_tracing.c</c>): each is a tool of its own (<see cref="Tools.TraceToolId"/>,
/// <see cref="Tools.ProfileToolId"/>) whose callbacks turn events into the calls of the trace or profile function:
/// PY_START, PY_RESUME and PY_THROW are 'call'; PY_RETURN and PY_YIELD 'return' with the value, PY_UNWIND 'return' with
/// None; for a trace function, LINE is 'line' (and a backward JUMP to the same line too), RAISE is 'exception' with
/// <c>(type, value, traceback)</c>; for a profile function, CALL, C_RETURN and C_RAISE of a builtin are 'c_call',
/// 'c_return' and 'c_exception'. A trace function's result for 'call' becomes the frame's local trace function, which
/// gets the frame's other events (none when it returned None).
/// <para>Frames: compiled code keeps none, so while either function is set this class keeps a stack per thread (its
/// top frame, linked down by f_back), pushed at each start or resume and popped at each return, yield or unwind that
/// the tools see (<see cref="Track"/>, from <see cref="Instrument"/> once per event, before the callbacks;
/// <see cref="Untrack"/> after them). A frame running
/// when the function was set is found at its first event, without a 'call' (no local trace function, as in CPython)
/// and without the frames below it.</para>
/// </summary>
public static class LegacyTracing
{
    /// <summary>The tools whose events <see cref="Track"/> follows.</summary>
    internal const int ToolsMask = (1 << Tools.ProfileToolId) | (1 << Tools.TraceToolId);

    /// <summary>A thread's functions and frames (null: neither function set on the thread), in one thread-static so that
    /// an event reads it once.</summary>
    private sealed class ThreadState
    {
        public PyValue Trace;
        public PyValue Profile;

        /// <summary>The top of the thread's stack of frames (each links to the one below, its <c>f_back</c>).</summary>
        public PyFrame? Top;
    }

    [ThreadStatic]
    private static ThreadState? t_state;

    private static readonly object s_lock = new();
    private static int s_tracingThreads, s_profilingThreads;
    private static bool s_traceCallbacks, s_profileCallbacks;

    private const int TraceEvents =
        (1 << (int)MonitoringEvent.PyStart) | (1 << (int)MonitoringEvent.PyResume) | (1 << (int)MonitoringEvent.PyReturn) |
        (1 << (int)MonitoringEvent.PyYield) | (1 << (int)MonitoringEvent.Raise) | (1 << (int)MonitoringEvent.Line) |
        (1 << (int)MonitoringEvent.Jump) | (1 << (int)MonitoringEvent.PyUnwind) | (1 << (int)MonitoringEvent.PyThrow) |
        (1 << (int)MonitoringEvent.StopIteration);

    private const int ProfileEvents =
        (1 << (int)MonitoringEvent.PyStart) | (1 << (int)MonitoringEvent.PyResume) | (1 << (int)MonitoringEvent.PyReturn) |
        (1 << (int)MonitoringEvent.PyYield) | (1 << (int)MonitoringEvent.Call) | (1 << (int)MonitoringEvent.PyUnwind) |
        (1 << (int)MonitoringEvent.PyThrow);

    /// <summary><c>sys.gettrace()</c>: this thread's trace function (None: none).</summary>
    public static PyValue GetTrace() => t_state is { Trace.IsUnbound: false } st ? st.Trace : PyValue.None;

    /// <summary><c>sys.getprofile()</c>.</summary>
    public static PyValue GetProfile() => t_state is { Profile.IsUnbound: false } st ? st.Profile : PyValue.None;

    /// <summary><c>sys.settrace(function)</c> for this thread (None: off).</summary>
    public static void SetTrace(PyValue function) =>
        Set(ref (t_state ??= new ThreadState()).Trace, ref s_tracingThreads, ref s_traceCallbacks, function, Tools.TraceToolId,
            TraceEvents, 0, TraceEvent);

    /// <summary><c>sys.setprofile(function)</c> for this thread (None: off).</summary>
    public static void SetProfile(PyValue function) =>
        Set(ref (t_state ??= new ThreadState()).Profile, ref s_profilingThreads, ref s_profileCallbacks, function, Tools.ProfileToolId, ProfileEvents,
            MonitoringEvents.CReturnEvents, ProfileEvent);

    /// <summary>Sets this thread's function in <paramref name="slot"/>; the tool's callbacks are registered the first
    /// time (for <paramref name="events"/> and <paramref name="alsoCallbacks"/>, which follow them), and its events are
    /// on while any thread has a function.</summary>
    private static void Set(ref PyValue slot, ref int threads, ref bool registered, PyValue function, int tool, int events,
                            int alsoCallbacks, MonitoringHandler handler)
    {
        lock (s_lock)
        {
            if (!registered)
            {
                registered = true;
                var callback = MonitoringCallback.FromHandler(handler);
                for (int e = 0; e < MonitoringEvents.Count; e++)
                {
                    if ((((events | alsoCallbacks) >> e) & 1) != 0)
                        Tools.RegisterSystemCallback(tool, (MonitoringEvent)e, callback);
                }
            }
            bool was = !slot.IsUnbound;
            slot = function.IsNone ? default : function;
            threads += (slot.IsUnbound ? 0 : 1) - (was ? 1 : 0);
            Tools.SetSystemEvents(tool, threads > 0 ? events : 0);
            ForgetFrames();
        }
    }

    /// <summary>With neither function set on this thread, its frames are no longer followed.</summary>
    private static void ForgetFrames()
    {
        if (t_state is { Trace.IsUnbound: true, Profile.IsUnbound: true })
            t_state = null;
    }

    /// <summary>Before the callbacks of an event that goes to the trace or profile tool: a start or resume pushes a
    /// frame; any other event finds its frame on top (or pushes one found running) and sets its line.</summary>
    internal static void Track(MonitoringEvent e, PyCode code, int offset)
    {
        if (t_state is not { } st)
            return;
        var top = st.Top;
        int line = e == MonitoringEvent.Line ? offset : code.LineOfOffset(offset);
        if (e is MonitoringEvent.PyStart or MonitoringEvent.PyResume or MonitoringEvent.PyThrow)
        {
            st.Top = new PyFrame(code, top, line);
            return;
        }
        if (top is null || !ReferenceEquals(top.Code, code))
            st.Top = top = new PyFrame(code, top, line);
        if (line >= 0)
            top.Line = line;
    }

    /// <summary>After the callbacks: a return, yield or unwind pops the frame.</summary>
    internal static void Untrack(MonitoringEvent e, PyCode code)
    {
        if (e is not (MonitoringEvent.PyReturn or MonitoringEvent.PyYield or MonitoringEvent.PyUnwind))
            return;
        if (t_state is { Top: { } top } st && ReferenceEquals(top.Code, code))
            st.Top = top.Back;
    }

    // The trace function (sys_trace_* in legacy_tracing.c, trace_trampoline in sysmodule.c).

    private static MonitoringResult TraceEvent(in MonitoringEventData d)
    {
        if (t_state is not { Trace.IsUnbound: false, Top: { } frame } st)
            return MonitoringResult.Continue;
        switch (d.Event)
        {
            case MonitoringEvent.PyStart or MonitoringEvent.PyResume or MonitoringEvent.PyThrow:
                CallTrace(frame, st.Trace, "call", PyValue.None);
                break;
            case MonitoringEvent.Line:
                if (frame.TraceLines)
                    CallTrace(frame, frame.Trace, "line", PyValue.None);
                break;
            case MonitoringEvent.Jump:
            {
                // A backward jump to the same line is a 'line' of its own (a loop on one line); a forward one never is.
                int to = (int)d.Argument.AsLong;
                if (to > d.Offset)
                    return MonitoringResult.Disable;
                int toLine = d.Code.LineOfOffset(to);
                if (toLine != d.Code.LineOfOffset(d.Offset))
                    return MonitoringResult.Disable;
                if (frame.TraceLines && toLine >= 0)
                {
                    frame.Line = toLine;
                    CallTrace(frame, frame.Trace, "line", PyValue.None);
                }
                break;
            }
            case MonitoringEvent.PyReturn or MonitoringEvent.PyYield:
                CallTrace(frame, frame.Trace, "return", d.Argument);
                break;
            case MonitoringEvent.PyUnwind:
                CallTrace(frame, frame.Trace, "return", PyValue.None);
                break;
            case MonitoringEvent.Raise or MonitoringEvent.StopIteration: // (both sys_trace_exception_func in CPython)
                CallTrace(frame, frame.Trace, "exception", ExceptionTuple(d.Argument));
                break;
        }
        return MonitoringResult.Continue;
    }

    /// <summary>Calls <paramref name="function"/> (the global trace function for 'call', else the frame's) with the
    /// frame, the event and its argument; a result other than None becomes the frame's trace function. An exception from
    /// it switches tracing off and propagates, as in CPython.</summary>
    private static void CallTrace(PyFrame frame, PyValue function, string what, PyValue arg)
    {
        if (function.IsUnbound)
            return;
        PyValue result;
        try
        {
            result = PyOps.Call3(function, PyValue.FromObject(frame), PyValue.FromString(what), arg);
        }
        catch (PyException)
        {
            SetTrace(PyValue.None);
            frame.Trace = default;
            throw;
        }
        if (!result.IsNone)
            frame.Trace = result;
    }

    /// <summary>'exception''s argument: <c>(type, value, traceback)</c>.</summary>
    private static PyValue ExceptionTuple(PyValue exception)
    {
        var tb = PyOps.TryGetAttr(exception, "__traceback__", out var t) ? t : PyValue.None;
        return PyValue.FromObject(new PyTuple(new[] { PyValue.FromObject(PyOps.TypeOf(exception)), exception, tb }));
    }

    // The profile function (sys_profile_* in legacy_tracing.c, profile_trampoline in sysmodule.c).

    private static MonitoringResult ProfileEvent(in MonitoringEventData d)
    {
        if (t_state is not { Profile.IsUnbound: false, Top: { } frame } st)
            return MonitoringResult.Continue;
        switch (d.Event)
        {
            case MonitoringEvent.PyStart or MonitoringEvent.PyResume or MonitoringEvent.PyThrow:
                CallProfile(st.Profile, frame, "call", PyValue.None);
                break;
            case MonitoringEvent.PyReturn or MonitoringEvent.PyYield:
                CallProfile(st.Profile, frame, "return", d.Argument);
                break;
            case MonitoringEvent.PyUnwind:
                CallProfile(st.Profile, frame, "return", PyValue.None);
                break;
            case MonitoringEvent.Call or MonitoringEvent.CReturn or MonitoringEvent.CRaise:
                if (BuiltinCallee(d.Argument, d.Argument2) is { } callee)
                {
                    string what = d.Event == MonitoringEvent.Call ? "c_call" : d.Event == MonitoringEvent.CReturn ? "c_return" : "c_exception";
                    CallProfile(st.Profile, frame, what, callee);
                }
                break;
        }
        return MonitoringResult.Continue;
    }

    /// <summary>The callable a 'c_call' names: a builtin function or bound builtin method as it is; a builtin type's
    /// method descriptor bound to the call's first argument; null for anything else (Python code, a class).</summary>
    private static PyValue? BuiltinCallee(PyValue callable, PyValue arg0)
    {
        switch (callable.Ref)
        {
            case PyBuiltinFunction { MethodOf: null }:
            case PyBuiltinMethod:
                return callable;
            case PyBuiltinFunction { MethodOf: not null } descriptor:
                if (arg0.Ref == MonitoringModule.Missing || arg0.IsUnbound)
                    return null;
                return PyValue.FromObject(new PyBuiltinMethod(arg0, descriptor.Name));
            default:
                return null;
        }
    }

    private static void CallProfile(PyValue function, PyFrame frame, string what, PyValue arg)
    {
        try
        {
            PyOps.Call3(function, PyValue.FromObject(frame), PyValue.FromString(what), arg.IsUnbound ? PyValue.None : arg);
        }
        catch (PyException)
        {
            SetProfile(PyValue.None);
            throw;
        }
    }
}
