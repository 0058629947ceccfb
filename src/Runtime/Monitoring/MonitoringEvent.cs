namespace PyAot.Runtime.Monitoring;

/// <summary>
/// The PEP 669 events, numbered as CPython 3.12 numbers them (<c>sys.monitoring.events.X == 1 &lt;&lt; (int)X</c>).
/// The first <see cref="MonitoringEvents.Ungrouped"/> can be set with <c>set_events</c>; C_RETURN and C_RAISE come
/// with CALL.
/// </summary>
public enum MonitoringEvent
{
    PyStart = 0,
    PyResume = 1,
    PyReturn = 2,
    PyYield = 3,
    Call = 4,
    Line = 5,
    Instruction = 6,
    Jump = 7,
    Branch = 8,
    StopIteration = 9,
    Raise = 10,
    ExceptionHandled = 11,
    PyUnwind = 12,
    PyThrow = 13,
    Reraise = 14,
    CReturn = 15,
    CRaise = 16,
}

/// <summary>Facts about the events: their names, which can be set per code object, which are located.</summary>
public static class MonitoringEvents
{
    /// <summary>Every event (CPython's PY_MONITORING_EVENTS).</summary>
    public const int Count = 17;

    /// <summary>Events with their own tool set (CPython's PY_MONITORING_UNGROUPED_EVENTS): all but C_RETURN and C_RAISE.</summary>
    public const int Ungrouped = 15;

    /// <summary>Events that have a location in the code and can be local or disabled there (PY_MONITORING_INSTRUMENTED_EVENTS).</summary>
    public const int Instrumented = 10;

    /// <summary>C_RETURN | C_RAISE, which follow CALL.</summary>
    public const int CReturnEvents = (1 << (int)MonitoringEvent.CReturn) | (1 << (int)MonitoringEvent.CRaise);

    private static readonly string[] s_names =
    {
        "PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION", "JUMP", "BRANCH",
        "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE",
    };

    /// <summary>The event's name in <c>sys.monitoring.events</c>.</summary>
    public static string Name(MonitoringEvent e) => s_names[(int)e];
}
