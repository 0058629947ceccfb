using System;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// The process-wide state of <c>sys.monitoring</c>, as CPython 3.12 keeps it per interpreter
/// (<c>Python/instrumentation.c</c>): the tools in use, their callbacks, and for each event the set of tools that
/// enabled it globally (one bit per tool, 8 tools: ids 0-5 for <c>use_tool_id</c>, 6 and 7 for <c>sys.setprofile</c>
/// and <c>sys.settrace</c>). Changing it re-arms every code object (<see cref="PyCode"/>), so that generated code only
/// ever tests its per-point byte (<see cref="Instrument.On"/>).
/// </summary>
public static class Tools
{
    /// <summary>Tool ids a program may claim with <c>use_tool_id</c> (0-5).</summary>
    public const int UserToolCount = 6;

    /// <summary>All tool ids, the two legacy ones (sys.setprofile, sys.settrace) included.</summary>
    public const int Count = 8;

    public const int DebuggerId = 0;
    public const int CoverageId = 1;
    public const int ProfilerId = 2;
    public const int OptimizerId = 5;

    private static readonly object s_lock = new();
    private static readonly string?[] s_names = new string?[Count];
    /// <summary>Callbacks by <c>tool * MonitoringEvents.Count + event</c> (a flat array: one bounds check per lookup).</summary>
    private static readonly MonitoringCallback?[] s_callbacks = new MonitoringCallback?[Count * MonitoringEvents.Count];

    /// <summary>For each ungrouped event, the tools that enabled it globally.</summary>
    internal static readonly byte[] Global = new byte[MonitoringEvents.Ungrouped];

    /// <summary>The events this compiler can raise; a tool that asks for another is refused rather than left waiting.</summary>
    internal const int Supported =
        (1 << (int)MonitoringEvent.PyStart) | (1 << (int)MonitoringEvent.PyResume) | (1 << (int)MonitoringEvent.PyReturn) |
        (1 << (int)MonitoringEvent.PyYield) | (1 << (int)MonitoringEvent.Line) | (1 << (int)MonitoringEvent.StopIteration) |
        (1 << (int)MonitoringEvent.PyThrow) | (1 << (int)MonitoringEvent.Call) | LaidOutEvents | ExceptionEvents;

    /// <summary>RAISE | RERAISE | EXCEPTION_HANDLED | PY_UNWIND, raised from the catch blocks generated code has for
    /// them (<see cref="Instrument.ExceptionsActive"/>).</summary>
    internal const int ExceptionEvents = (1 << (int)MonitoringEvent.Raise) | (1 << (int)MonitoringEvent.Reraise) |
        (1 << (int)MonitoringEvent.ExceptionHandled) | (1 << (int)MonitoringEvent.PyUnwind);

    /// <summary>BRANCH | JUMP, which code the compiler does not lay out as CPython does cannot raise.</summary>
    internal const int FlowEvents = (1 << (int)MonitoringEvent.Branch) | (1 << (int)MonitoringEvent.Jump);

    /// <summary>FlowEvents and INSTRUCTION, which is raised at the points of the jumps too (and so is refused with them).</summary>
    internal const int LaidOutEvents = FlowEvents | (1 << (int)MonitoringEvent.Instruction);

    /// <summary>Claims <paramref name="toolId"/> for a tool named <paramref name="name"/>.</summary>
    public static void UseToolId(int toolId, string name)
    {
        CheckValid(toolId);
        lock (s_lock)
        {
            if (s_names[toolId] is not null)
                throw PyException.ValueError($"tool {toolId} is already in use");
            s_names[toolId] = name;
        }
    }

    /// <summary>Releases <paramref name="toolId"/> (its events and callbacks stay as they are, as in CPython 3.12).</summary>
    public static void FreeToolId(int toolId)
    {
        CheckValid(toolId);
        lock (s_lock)
            s_names[toolId] = null;
    }

    /// <summary>The name the tool was claimed with, or null.</summary>
    public static string? GetTool(int toolId)
    {
        CheckValid(toolId);
        return s_names[toolId];
    }

    /// <summary>Sets the callback of <paramref name="toolId"/> for <paramref name="e"/> (null: none); returns the previous one.</summary>
    public static MonitoringCallback? RegisterCallback(int toolId, MonitoringEvent e, MonitoringCallback? callback)
    {
        CheckValid(toolId);
        lock (s_lock)
        {
            var previous = s_callbacks[toolId * MonitoringEvents.Count + (int)e];
            s_callbacks[toolId * MonitoringEvents.Count + (int)e] = callback;
            return previous;
        }
    }

    internal static MonitoringCallback? Callback(int toolId, MonitoringEvent e) => s_callbacks[toolId * MonitoringEvents.Count + (int)e];

    /// <summary>The events <paramref name="toolId"/> enabled globally (a <c>sys.monitoring.events</c> bit set).</summary>
    public static int GetEvents(int toolId)
    {
        CheckValid(toolId);
        return EventsOf(Global, toolId);
    }

    /// <summary>Enables exactly <paramref name="events"/> for <paramref name="toolId"/> in every code object.</summary>
    public static void SetEvents(int toolId, int events)
    {
        CheckValid(toolId);
        events = CheckEventSet(events, local: false);
        lock (s_lock)
        {
            CheckInUse(toolId);
            if (EventsOf(Global, toolId) == events)
                return;
            if ((events & LaidOutEvents) != 0)
            {
                foreach (var code in PyCode.All())
                    CheckFlow(code, events);
            }
            Assign(Global, toolId, events);
            PyCode.RearmAll();
        }
    }

    /// <summary>The tool ids <c>sys.setprofile</c> and <c>sys.settrace</c> use (CPython's PY_MONITORING_SYS_PROFILE_ID
    /// and PY_MONITORING_SYS_TRACE_ID), which <c>sys.monitoring</c> does not hand out.</summary>
    internal const int ProfileToolId = 6, TraceToolId = 7;

    /// <summary>Sets the callback of a system tool (<see cref="ProfileToolId"/>, <see cref="TraceToolId"/>).</summary>
    internal static void RegisterSystemCallback(int toolId, MonitoringEvent e, MonitoringCallback? callback)
    {
        lock (s_lock)
            s_callbacks[toolId * MonitoringEvents.Count + (int)e] = callback;
    }

    /// <summary>Enables exactly <paramref name="events"/> for a system tool everywhere. Unlike a tool's own
    /// <see cref="SetEvents"/>, code whose jumps the compiler does not lay out is not refused: settrace watches JUMP only
    /// for a loop's backward jumps to its own line.</summary>
    internal static void SetSystemEvents(int toolId, int events)
    {
        events = CheckEventSet(events, local: false);
        lock (s_lock)
        {
            if (EventsOf(Global, toolId) == events)
                return;
            Assign(Global, toolId, events);
            PyCode.RearmAll();
        }
    }

    /// <summary>The events <paramref name="toolId"/> enabled for <paramref name="code"/> alone.</summary>
    public static int GetLocalEvents(int toolId, PyCode code)
    {
        CheckValid(toolId);
        return code.LocalTools is { } local ? EventsOf(local, toolId) : 0;
    }

    /// <summary>Enables exactly <paramref name="events"/> for <paramref name="toolId"/> in <paramref name="code"/> (not in
    /// the code objects nested in it).</summary>
    public static void SetLocalEvents(int toolId, PyCode code, int events)
    {
        CheckValid(toolId);
        events = CheckEventSet(events, local: true);
        lock (s_lock)
        {
            CheckInUse(toolId);
            CheckFlow(code, events);
            var local = code.LocalTools ??= new byte[MonitoringEvents.Ungrouped];
            if (EventsOf(local, toolId) == events)
                return;
            Assign(local, toolId, events);
            code.Rearm();
            UpdateFlags();
        }
    }

    /// <summary>Re-enables every event that a callback switched off at its location by returning DISABLE.</summary>
    public static void RestartEvents()
    {
        lock (s_lock)
            PyCode.RearmAll(restart: true);
    }

    /// <summary>The events enabled globally, by name, with their tool bit sets (<c>sys.monitoring._all_events()</c>).</summary>
    public static (string Event, int Tools)[] AllEvents()
    {
        var list = new System.Collections.Generic.List<(string, int)>();
        for (int e = 0; e < MonitoringEvents.Ungrouped; e++)
        {
            if (Global[e] != 0)
                list.Add((MonitoringEvents.Name((MonitoringEvent)e), Global[e]));
        }
        return list.ToArray();
    }

    /// <summary>Sets the flags generated code tests from the event sets: <see cref="Instrument.Active"/> (any event),
    /// <see cref="Instrument.FlowActive"/> (BRANCH, JUMP, INSTRUCTION), <see cref="Instrument.InstructionsActive"/>,
    /// <see cref="Instrument.ExceptionsActive"/>.</summary>
    internal static void UpdateFlags()
    {
        Instrument.Active = AnyEnabled();
        Instrument.FlowActive = AnyEnabled(LaidOutEvents);
        Instrument.InstructionsActive = AnyEnabled(1 << (int)MonitoringEvent.Instruction);
        // (INSTRUCTION too: handlers' entries and re-raises are instructions, raised where the exception events are.)
        Instrument.ExceptionsActive = AnyEnabled(ExceptionEvents | (1 << (int)MonitoringEvent.Instruction));
    }

    /// <summary>Whether any tool enabled any of <paramref name="events"/> (default: any event) anywhere, globally or
    /// locally.</summary>
    internal static bool AnyEnabled(int events = -1)
    {
        for (int e = 0; e < Global.Length; e++)
        {
            if (Global[e] != 0 && ((events >> e) & 1) != 0)
                return true;
        }
        return PyCode.AnyLocalEvents(events);
    }

    private static int EventsOf(byte[] tools, int toolId)
    {
        int events = 0;
        for (int e = 0; e < MonitoringEvents.Ungrouped; e++)
        {
            if (((tools[e] >> toolId) & 1) != 0)
                events |= 1 << e;
        }
        return events;
    }

    private static void Assign(byte[] tools, int toolId, int events)
    {
        for (int e = 0; e < MonitoringEvents.Ungrouped; e++)
        {
            int bit = (events >> e) & 1;
            tools[e] = (byte)((tools[e] & ~(1 << toolId)) | (bit << toolId));
        }
    }

    /// <summary>CPython's checks of an event set, in its order and words; returns the set without C_RETURN/C_RAISE,
    /// which follow CALL.</summary>
    private static int CheckEventSet(int events, bool local)
    {
        if (!local && (events < 0 || events >= (1 << MonitoringEvents.Count)))
            throw PyException.ValueError($"invalid event set 0x{(uint)events:x}");
        const int callEvents = MonitoringEvents.CReturnEvents | (1 << (int)MonitoringEvent.Call);
        if ((events & MonitoringEvents.CReturnEvents) != 0 && (events & callEvents) != callEvents)
            throw PyException.ValueError("cannot set C_RETURN or C_RAISE events independently");
        events &= ~MonitoringEvents.CReturnEvents;
        if (local && (events & ~((1 << MonitoringEvents.Instrumented) - 1)) != 0)
            throw PyException.ValueError($"invalid local event set 0x{(uint)events:x}");
        int unsupported = events & ~Supported;
        if (unsupported != 0)
        {
            int e = System.Numerics.BitOperations.TrailingZeroCount(unsupported);
            throw PyException.NotImplementedError(
                $"sys.monitoring: the {MonitoringEvents.Name((MonitoringEvent)e)} event is not supported by PyAot yet");
        }
        return events;
    }

    /// <summary>
    /// Refuses BRANCH, JUMP and INSTRUCTION for code whose jumps the compiler does not place as CPython 3.12 does (a
    /// construct its flow model does not follow yet), rather than let a tool miss them: <c>NotImplementedError</c>,
    /// naming the code.
    /// </summary>
    private static void CheckFlow(PyCode code, int events)
    {
        if ((events & LaidOutEvents) == 0 || code.FlowUnsupported is not { } why)
            return;
        int e = System.Numerics.BitOperations.TrailingZeroCount(events & LaidOutEvents);
        throw PyException.NotImplementedError(
            $"sys.monitoring: the {MonitoringEvents.Name((MonitoringEvent)e)} event is not supported by PyAot yet in " +
            $"{code.QualName} (\"{code.FileName}\", line {code.FirstLineNo}): {why}");
    }

    /// <summary>Before a module's body runs (its code objects just made): BRANCH or JUMP enabled globally cannot cover
    /// code of it that the compiler does not lay out (<see cref="CheckFlow"/>); the import raises.</summary>
    public static void CheckFlowOf(Type module)
    {
        int enabled = 0;
        for (int e = 0; e < MonitoringEvents.Ungrouped; e++)
        {
            // (sys.settrace's tool watches JUMP only for loops on one line: not refused, SetSystemEvents)
            if ((Global[e] & ((1 << UserToolCount) - 1)) != 0)
                enabled |= 1 << e;
        }
        if ((enabled & LaidOutEvents) == 0)
            return;
        foreach (var code in PyCode.OfOwner(module))
            CheckFlow(code, enabled);
    }

    internal static void CheckValid(int toolId)
    {
        if (toolId < 0 || toolId >= UserToolCount)
            throw PyException.ValueError($"invalid tool {toolId} (must be between 0 and 5)");
    }

    private static void CheckInUse(int toolId)
    {
        if (toolId < UserToolCount && s_names[toolId] is null)
            throw PyException.ValueError($"tool {toolId} is not in use");
    }
}
