using System;

namespace PyAot.Runtime.Monitoring;

/// <summary>What a callback asks of the location that raised the event.</summary>
public enum MonitoringResult
{
    /// <summary>Keep raising this event here.</summary>
    Continue,

    /// <summary>Stop raising this event for this tool at this location, until <see cref="Tools.RestartEvents"/>
    /// (<c>sys.monitoring.DISABLE</c>).</summary>
    Disable,
}

/// <summary>One event as a C# tool sees it: the code object, the offset, and the event's own arguments.</summary>
public readonly struct MonitoringEventData
{
    internal MonitoringEventData(MonitoringEvent e, PyCode code, int offset, PyValue argument, PyValue argument2)
    {
        Argument2 = argument2;
        Event = e;
        Code = code;
        Offset = offset;
        Argument = argument;
    }

    public MonitoringEvent Event { get; }

    public PyCode Code { get; }

    /// <summary>The offset of the instrumentation point (what <c>co_lines()</c> maps to a line); for LINE, the line.</summary>
    public int Offset { get; }

    /// <summary>The event's argument: the returned or yielded value (PY_RETURN, PY_YIELD), the exception (PY_THROW,
    /// STOP_ITERATION), the callable (CALL, C_RETURN, C_RAISE); unbound when it has none.</summary>
    public PyValue Argument { get; }

    /// <summary>The event's second argument: for CALL, C_RETURN and C_RAISE, the call's first argument
    /// (<c>sys.monitoring.MISSING</c> when it has none); else unbound.</summary>
    public PyValue Argument2 { get; }

    /// <summary>The source line of the point.</summary>
    public int Line => Event == MonitoringEvent.Line ? Offset : Code.LineOfOffset(Offset);
}

/// <summary>A C# tool's callback (no Python involved; safe under NativeAOT).</summary>
public delegate MonitoringResult MonitoringHandler(in MonitoringEventData data);

/// <summary>A callback registered for one tool and event: a Python callable or a C# <see cref="MonitoringHandler"/>.</summary>
public abstract class MonitoringCallback
{
    /// <summary>The callback as <c>register_callback</c> returns it to Python.</summary>
    public abstract PyValue AsPython { get; }

    /// <summary>Calls it; true when it returned DISABLE.</summary>
    internal abstract bool Invoke(MonitoringEvent e, PyCode code, int offset, PyValue argument, PyValue argument2);

    /// <summary>A C# callback.</summary>
    public static MonitoringCallback FromHandler(MonitoringHandler handler) => new NativeCallback(handler);

    private sealed class NativeCallback(MonitoringHandler handler) : MonitoringCallback
    {
        public override PyValue AsPython =>
            PyValue.FromObject(new PyBuiltinFunction(handler.Method.Name, (args, kw) =>
                throw PyException.TypeError("a C# monitoring callback cannot be called from Python")));

        internal override bool Invoke(MonitoringEvent e, PyCode code, int offset, PyValue argument, PyValue argument2) =>
            handler(new MonitoringEventData(e, code, offset, argument, argument2)) == MonitoringResult.Disable;
    }
}

/// <summary>A Python callable registered with <c>sys.monitoring.register_callback</c>.</summary>
internal sealed class PythonCallback(PyValue callable) : MonitoringCallback
{
    /// <summary>The callback when it is a compiled Python function (the usual case): called with no dispatch on its kind.</summary>
    private readonly PyFunction? _function = callable.Ref as PyFunction;

    public override PyValue AsPython => callable;

    internal override bool Invoke(MonitoringEvent e, PyCode code, int offset, PyValue argument, PyValue argument2)
    {
        // The fixed-arity calls: a compiled callback is called directly, with no argument array.
        var codeValue = PyValue.FromObject(code);
        var offsetValue = PyValue.FromInt(offset);
        PyValue result;
        if (argument.IsUnbound)
            result = _function is { } f2 ? f2.Call2(codeValue, offsetValue) : PyOps.Call2(callable, codeValue, offsetValue);
        else if (argument2.IsUnbound)
            result = _function is { } f3 ? f3.Call3(codeValue, offsetValue, argument) : PyOps.Call3(callable, codeValue, offsetValue, argument);
        else
            result = _function is { } f4 ? f4.Call4(codeValue, offsetValue, argument, argument2) : PyOps.Call(callable, [codeValue, offsetValue, argument, argument2], null);
        return ReferenceEquals(result.Ref, MonitoringModule.Disable);
    }
}
