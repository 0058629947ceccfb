using System;
using System.Diagnostics;

namespace PyAot.Runtime;

/// <summary>The <c>time</c> module: time, perf_counter, monotonic, process_time and their _ns forms, sleep; the calendar
/// functions (struct_time, gmtime, localtime, mktime, strftime...) are in TimeModule.Calendar.cs.</summary>
public static partial class TimeModule
{
    public static readonly BuiltinModule Instance = Create();

    public static PyValue Time() => PyValue.FromFloat((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7);
    public static PyValue TimeNs() => PyValue.FromInt((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100);
    public static PyValue PerfCounter() => PyValue.FromFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency);
    public static PyValue PerfCounterNs() => PyValue.FromInt((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency)));
    public static PyValue ProcessTime() => PyValue.FromFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7);

    public static PyValue Sleep(PyValue seconds)
    {
        double s = MathModule.ToFloat(seconds);
        if (s < 0)
            throw PyException.ValueError("sleep length must be non-negative");
        PyStdio.Flush();
        System.Threading.Thread.Sleep(TimeSpan.FromSeconds(s));
        return PyValue.None;
    }

    private static BuiltinModule M => Instance;
    public static PyValue Call_time(PyValue m) => M.Is(m) ? Time() : PyOps.CallMethod(m, "time");
    public static PyValue Call_perf_counter(PyValue m) => M.Is(m) ? PerfCounter() : PyOps.CallMethod(m, "perf_counter");
    public static PyValue Call_monotonic(PyValue m) => M.Is(m) ? PerfCounter() : PyOps.CallMethod(m, "monotonic");

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("time");
        void F0(string name, Func<PyValue> f) => m.AddFunction(name, (args, kw) =>
        {
            ArgCheck.None(name, args, kw);
            return f();
        });
        F0("time", Time);
        F0("time_ns", TimeNs);
        F0("perf_counter", PerfCounter);
        F0("perf_counter_ns", PerfCounterNs);
        F0("monotonic", PerfCounter);
        F0("monotonic_ns", PerfCounterNs);
        F0("process_time", ProcessTime);
        m.AddFunction("sleep", (args, kw) => Sleep(BuiltinModule.Arg1("sleep", args, kw)));
        AddCalendar(m);
        return m;
    }
}
