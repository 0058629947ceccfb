// A call profiler written in C# on PyAot's typed monitoring API (PEP 669 events, no Python involved), observing the
// Python of workload.py in the same NativeAOT process: calls and inclusive time per Python function.
using System.Diagnostics;
using PyAot.Runtime.Monitoring;

var profile = new Dictionary<string, (int Calls, long Ticks)>();
var started = new Stack<long>();

Tools.UseToolId(Tools.ProfilerId, "csharp-call-profiler");
Tools.RegisterCallback(Tools.ProfilerId, MonitoringEvent.PyStart, MonitoringCallback.FromHandler((in MonitoringEventData e) =>
{
    started.Push(Stopwatch.GetTimestamp());
    return MonitoringResult.Continue;
}));
Tools.RegisterCallback(Tools.ProfilerId, MonitoringEvent.PyReturn, MonitoringCallback.FromHandler((in MonitoringEventData e) =>
{
    long elapsed = Stopwatch.GetTimestamp() - started.Pop();
    profile.TryGetValue(e.Code.QualName, out var entry);
    profile[e.Code.QualName] = (entry.Calls + 1, entry.Ticks + elapsed);
    return MonitoringResult.Continue;
}));
// A generator returns to its caller at each yield (PY_YIELD) and comes back (PY_RESUME): time only its own steps.
Tools.RegisterCallback(Tools.ProfilerId, MonitoringEvent.PyYield, MonitoringCallback.FromHandler((in MonitoringEventData e) =>
{
    started.Pop();
    return MonitoringResult.Continue;
}));
Tools.RegisterCallback(Tools.ProfilerId, MonitoringEvent.PyResume, MonitoringCallback.FromHandler((in MonitoringEventData e) =>
{
    started.Push(Stopwatch.GetTimestamp());
    return MonitoringResult.Continue;
}));

int events = 1 << (int)MonitoringEvent.PyStart | 1 << (int)MonitoringEvent.PyReturn |
             1 << (int)MonitoringEvent.PyYield | 1 << (int)MonitoringEvent.PyResume;
Tools.SetEvents(Tools.ProfilerId, events);
int exit = PyAot.Modules.workload.Run(args);
Tools.SetEvents(Tools.ProfilerId, 0);
Tools.FreeToolId(Tools.ProfilerId);

Console.WriteLine("calls  function");
foreach (var (name, (calls, ticks)) in profile.OrderByDescending(p => p.Value.Calls).ThenBy(p => p.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"{calls,5}  {name}");
    // Times vary from run to run: on stderr, so stdout can be compared with CPython's.
    Console.Error.WriteLine($"{name}: {calls} calls, {ticks * 1000.0 / Stopwatch.Frequency:F3} ms inclusive");
}
return exit;
