using System;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// <c>sys.monitoring</c>, the Python face of <see cref="Tools"/>: the same functions, constants and error messages as
/// CPython 3.12 (argument checks included), reached as <c>sys.monitoring</c> or <c>from sys import monitoring</c>.
/// </summary>
public static class MonitoringModule
{
    /// <summary><c>sys.monitoring.DISABLE</c>: a callback returns it to switch its event off at that location.</summary>
    public static readonly object Disable = new PySentinel();

    /// <summary><c>sys.monitoring.MISSING</c>: the <c>arg0</c> of a CALL with no arguments.</summary>
    public static readonly object Missing = new PySentinel();

    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("sys.monitoring");
        m.Add("DISABLE", PyValue.FromObject(Disable));
        m.Add("MISSING", PyValue.FromObject(Missing));
        m.Add("DEBUGGER_ID", PyValue.FromInt(Tools.DebuggerId));
        m.Add("COVERAGE_ID", PyValue.FromInt(Tools.CoverageId));
        m.Add("PROFILER_ID", PyValue.FromInt(Tools.ProfilerId));
        m.Add("OPTIMIZER_ID", PyValue.FromInt(Tools.OptimizerId));
        var events = new PyNamespace();
        for (int e = 0; e < MonitoringEvents.Count; e++)
            events.Set(MonitoringEvents.Name((MonitoringEvent)e), PyValue.FromInt(1L << e));
        events.Set("NO_EVENTS", PyValue.FromInt(0));
        m.Add("events", PyValue.FromObject(events));

        m.AddFunction("use_tool_id", (args, kw) =>
        {
            Positional("use_tool_id", args, kw, 2);
            int tool = CInt(args[0]);
            Tools.CheckValid(tool);
            if (args[1].Ref is not string name)
                throw PyException.ValueError("tool name must be a str");
            Tools.UseToolId(tool, name);
            return PyValue.None;
        });
        m.AddFunction("free_tool_id", (args, kw) =>
        {
            One("free_tool_id", args, kw);
            Tools.FreeToolId(CInt(args[0]));
            return PyValue.None;
        });
        m.AddFunction("get_tool", (args, kw) =>
        {
            One("get_tool", args, kw);
            return Tools.GetTool(CInt(args[0])) is { } name ? PyValue.FromString(name) : PyValue.None;
        });
        m.AddFunction("register_callback", (args, kw) =>
        {
            Positional("register_callback", args, kw, 3);
            int tool = CInt(args[0]);
            int ev = CInt(args[1]);
            Tools.CheckValid(tool);
            if (System.Numerics.BitOperations.PopCount((uint)ev) != 1)
                throw PyException.ValueError("The callback can only be set for one event at a time");
            int id = System.Numerics.BitOperations.Log2((uint)ev);
            if (id >= MonitoringEvents.Count)
                throw PyException.ValueError($"invalid event {ev}");
            var callback = args[2].IsNone ? null : new PythonCallback(args[2]);
            var previous = Tools.RegisterCallback(tool, (MonitoringEvent)id, callback);
            return previous is null ? PyValue.None : previous.AsPython;
        });
        m.AddFunction("get_events", (args, kw) =>
        {
            One("get_events", args, kw);
            return PyValue.FromInt(Tools.GetEvents(CInt(args[0])));
        });
        m.AddFunction("set_events", (args, kw) =>
        {
            Positional("set_events", args, kw, 2);
            Tools.SetEvents(CInt(args[0]), CInt(args[1]));
            return PyValue.None;
        });
        m.AddFunction("get_local_events", (args, kw) =>
        {
            Positional("get_local_events", args, kw, 2);
            int tool = CInt(args[0]);
            var code = CodeArg(args[1]);
            return PyValue.FromInt(Tools.GetLocalEvents(tool, code));
        });
        m.AddFunction("set_local_events", (args, kw) =>
        {
            Positional("set_local_events", args, kw, 3);
            int tool = CInt(args[0]);
            var code = CodeArg(args[1]);
            Tools.SetLocalEvents(tool, code, CInt(args[2]));
            return PyValue.None;
        });
        m.AddFunction("restart_events", (args, kw) =>
        {
            NoArgs("restart_events", args, kw);
            Tools.RestartEvents();
            return PyValue.None;
        });
        m.AddFunction("_all_events", (args, kw) =>
        {
            NoArgs("_all_events", args, kw);
            var d = new PyDict();
            foreach (var (name, tools) in Tools.AllEvents())
                d.SetItem(PyValue.FromString(name), PyValue.FromInt(tools));
            return PyValue.FromObject(d);
        });
        return m;
    }

    private static PyCode CodeArg(PyValue v) =>
        v.Ref as PyCode ?? throw PyException.TypeError("code must be a code object");

    /// <summary>An argument converted as CPython's clinic converts to a C int.</summary>
    private static int CInt(PyValue v)
    {
        if (v.IsFloat)
            throw PyException.TypeError("'float' object cannot be interpreted as an integer");
        if (!PyOps.TryIndex(v, out var n))
            throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        if (n < int.MinValue || n > int.MaxValue)
            throw PyException.OverflowError("Python int too large to convert to C int");
        return (int)n;
    }

    private static void NoKeywords(string name, string[]? kw) => ArgCheck.NoKeywords("sys.monitoring." + name, kw);

    private static void Positional(string name, ReadOnlySpan<PyValue> args, string[]? kw, int count)
    {
        NoKeywords(name, kw);
        ArgCheck.Range(name, args, kw, count, count);
    }

    private static void One(string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        NoKeywords(name, kw);
        ArgCheck.ExactlyOne("sys.monitoring." + name, args, kw);
    }

    private static void NoArgs(string name, ReadOnlySpan<PyValue> args, string[]? kw) =>
        ArgCheck.None("sys.monitoring." + name, args, kw);

    /// <summary>DISABLE and MISSING: plain objects, as in CPython.</summary>
    private sealed class PySentinel : PyObject
    {
        public override PyType Type => PyTypes.Object;
    }
}
