using System;
using System.Collections.Generic;
using PyAot.Runtime.Monitoring;
using Xunit;

namespace PyAot.Runtime.Tests;

/// <summary>
/// The C# face of PEP 669 monitoring (<see cref="Tools"/>, <see cref="MonitoringCallback.FromHandler"/>): a .NET tool
/// observes compiled code without Python. The points are driven here as generated code drives them
/// (<see cref="Instrument"/>), on a code object made by hand.
/// </summary>
public sealed class MonitoringApiTests : IDisposable
{
    private const int Tool = Tools.ProfilerId;
    private readonly PyCode _code = new("work", "work", "work.py", 10, Array.Empty<string>(),
        points: "SLLLr", lines: new[] { 10, 11, 12, 11, 13 });

    public void Dispose()
    {
        if (Tools.GetTool(Tool) is null)
            Tools.UseToolId(Tool, "cleanup");
        Tools.SetLocalEvents(Tool, _code, 0);
        Tools.SetEvents(Tool, 0);
        foreach (MonitoringEvent e in Enum.GetValues<MonitoringEvent>())
            Tools.RegisterCallback(Tool, e, null);
        Tools.RestartEvents();
        Tools.FreeToolId(Tool);
        Assert.False(Instrument.Active);
    }

    /// <summary>What generated code does for one call of the code object: start, three lines, return 7.</summary>
    private void RunOnce()
    {
        byte[]? armed = _code.Armed;
        int previousLine = -1;
        if (Instrument.Active) Instrument.Start(ref armed, 0);
        for (int k = 1; k <= 3; k++)
        {
            if (Instrument.Active) Instrument.Line(ref armed, k, _code.PointLine(k), ref previousLine);
        }
        Instrument.Return(ref armed, 4, PyValue.FromInt(7));
    }

    private List<string> Record(MonitoringResult result = MonitoringResult.Continue)
    {
        var log = new List<string>();
        Tools.UseToolId(Tool, "csharp-profiler");
        foreach (var e in new[] { MonitoringEvent.PyStart, MonitoringEvent.Line, MonitoringEvent.PyReturn })
        {
            Tools.RegisterCallback(Tool, e, MonitoringCallback.FromHandler((in MonitoringEventData d) =>
            {
                log.Add($"{MonitoringEvents.Name(d.Event)} {d.Code.Name} line {d.Line}" + (d.Argument.IsUnbound ? "" : " " + PyOps.Repr(d.Argument)));
                return d.Event == MonitoringEvent.Line ? result : MonitoringResult.Continue;
            }));
        }
        return log;
    }

    /// <summary>BRANCH and JUMP from a code object's flow table: a test passes both outcomes' sequences, each a BRANCH
    /// (point, destination) and the JUMPs after it; only the outcome's run, with the destinations' offsets; a tool
    /// watching other events leaves <see cref="Instrument.FlowActive"/> false, the test's only cost.</summary>
    [Fact]
    public void BranchAndJumpFromTheFlowTable()
    {
        // points: S, B (line 11), d (line 12), J (line 13), d (line 11); sequences: [BRANCH 1->2] at 0, [BRANCH 1->4, JUMP 3->4] at 3
        var code = new PyCode("flow", "flow", "flow.py", 10, Array.Empty<string>(), points: "SBdJd",
            lines: new[] { 10, 11, 12, 13, 11 }, flow: new[] { 1, 1, 2, 2, 1, 4, 3, 4 });
        var seen = new List<string>();
        Tools.UseToolId(Tool, "flow");
        MonitoringResult Record(in MonitoringEventData d)
        {
            seen.Add($"{d.Event} {d.Offset}->{d.Argument.AsLong} line {d.Line}");
            return MonitoringResult.Continue;
        }
        Tools.RegisterCallback(Tool, MonitoringEvent.Branch, MonitoringCallback.FromHandler(Record));
        Tools.RegisterCallback(Tool, MonitoringEvent.Jump, MonitoringCallback.FromHandler(Record));
        byte[]? armed = code.Armed;
        Tools.SetEvents(Tool, 1 << (int)MonitoringEvent.Line);
        Assert.True(Instrument.Active);
        Assert.False(Instrument.FlowActive);
        Assert.True(Instrument.Branch(ref armed, 0, 3, true));
        Assert.Empty(seen);
        Tools.SetEvents(Tool, (1 << (int)MonitoringEvent.Branch) | (1 << (int)MonitoringEvent.Jump));
        Assert.True(Instrument.FlowActive);
        Assert.True(Instrument.Branch(ref armed, 0, 3, true));
        Assert.False(Instrument.Branch(ref armed, 0, 3, false));
        Assert.Equal(new[] { "Branch 2->4 line 11", "Branch 2->8 line 11", "Jump 6->8 line 13" }, seen);
        Tools.SetEvents(Tool, 0);
        Tools.SetLocalEvents(Tool, code, 1 << (int)MonitoringEvent.Jump);
        Assert.True(Instrument.FlowActive);
        Tools.SetLocalEvents(Tool, code, 0);
        Assert.False(Instrument.FlowActive);
    }

    /// <summary>RAISE, EXCEPTION_HANDLED, RERAISE and PY_UNWIND through the calls generated code makes from its
    /// handlers' catches and its frame's filter: RAISE once per frame for an exception no handler raised again (on the
    /// frame's line), the handler's and the re-raise's offsets, PY_UNWIND where the frame raised last; a callback's
    /// exception replaces the one in flight; only <see cref="Instrument.ExceptionsActive"/> tells generated code to call.</summary>
    [Fact]
    public void ExceptionEventsFromHandlersAndTheFrameEnd()
    {
        // points: S (line 20), L (line 21), H (none), E (line 22)
        var code = new PyCode("exc", "exc", "exc.py", 20, Array.Empty<string>(), points: "SLHE", lines: new[] { 20, 21, -1, 22 });
        var seen = new List<string>();
        Tools.UseToolId(Tool, "exceptions");
        MonitoringResult Record(in MonitoringEventData d)
        {
            seen.Add($"{d.Event} {d.Offset} line {d.Line} {((PyObject)d.Argument.Ref!).Repr()}");
            return MonitoringResult.Continue;
        }
        foreach (var e in new[] { MonitoringEvent.Raise, MonitoringEvent.ExceptionHandled, MonitoringEvent.Reraise, MonitoringEvent.PyUnwind })
            Tools.RegisterCallback(Tool, e, MonitoringCallback.FromHandler(Record));
        byte[]? armed = code.Armed;
        var error = PyException.ValueError("v");
        Tools.SetEvents(Tool, 1 << (int)MonitoringEvent.Line);
        Assert.False(Instrument.ExceptionsActive);
        Tools.SetEvents(Tool, (1 << (int)MonitoringEvent.Raise) | (1 << (int)MonitoringEvent.ExceptionHandled) |
                              (1 << (int)MonitoringEvent.Reraise) | (1 << (int)MonitoringEvent.PyUnwind));
        Assert.True(Instrument.ExceptionsActive);
        Assert.False(Instrument.Quiet(armed));
        int raised = -1;
        Instrument.Handled(ref armed, 2, error, 21, ref raised); // an error on line 21 reaches a handler
        Assert.Equal(-1, raised);
        Instrument.Reraised(ref armed, 3, error, 21, ref raised); // which raises it again
        Assert.Equal(3, raised);
        Assert.False(Instrument.Unwinding(ref armed, error, 21, ref raised)); // and it leaves the frame
        Assert.Equal(new[]
        {
            "Raise 2 line 21 ValueError('v')", "ExceptionHandled 4 line -1 ValueError('v')",
            "Reraise 6 line 22 ValueError('v')", "PyUnwind 6 line 22 ValueError('v')",
        }, seen);
        seen.Clear();
        // A callback that raises replaces the exception: the filter catches, the catch throws the callback's.
        var replacement = PyException.KeyError(PyValue.FromString("k"));
        Tools.RegisterCallback(Tool, MonitoringEvent.PyUnwind, MonitoringCallback.FromHandler((in MonitoringEventData d) => throw replacement));
        Assert.True(Instrument.Unwinding(ref armed, error, 21, ref raised));
        Assert.Same(replacement, Instrument.Replacement(error));
        Assert.Equal(new[] { "Raise 2 line 21 ValueError('v')" }, seen);
        Tools.SetEvents(Tool, 0);
        Assert.False(Instrument.ExceptionsActive);
    }

    [Fact]
    public void NoEventsNoCallbacks()
    {
        var log = Record();
        RunOnce();
        Assert.Empty(log);
        Assert.False(Instrument.Active);
    }

    [Fact]
    public void GlobalEventsReachACSharpTool()
    {
        var log = Record();
        Tools.SetEvents(Tool, 1 << (int)MonitoringEvent.PyStart | 1 << (int)MonitoringEvent.Line | 1 << (int)MonitoringEvent.PyReturn);
        Assert.True(Instrument.Active);
        RunOnce();
        Assert.Equal(new[] { "PY_START work line 10", "LINE work line 11", "LINE work line 12", "LINE work line 11", "PY_RETURN work line 13 7" }, log);
    }

    [Fact]
    public void CallEventsGiveTheCallableAndArg0()
    {
        // A code object with two call sites (kind C), driven as generated code drives a call of a callable value.
        var code = new PyCode("calls", "calls", "work.py", 40, Array.Empty<string>(), points: "CC", lines: new[] { 41, 42 });
        var log = new List<string>();
        Tools.UseToolId(Tool, "csharp-calls");
        foreach (var e in new[] { MonitoringEvent.Call, MonitoringEvent.CReturn, MonitoringEvent.CRaise })
        {
            Tools.RegisterCallback(Tool, e, MonitoringCallback.FromHandler((in MonitoringEventData d) =>
            {
                log.Add($"{MonitoringEvents.Name(d.Event)} line {d.Line} {PyOps.Repr(d.Argument)} {PyOps.Repr(d.Argument2)}");
                return MonitoringResult.Continue;
            }));
        }
        Tools.SetEvents(Tool, 1 << (int)MonitoringEvent.Call);
        byte[]? armed = code.Armed;
        var len = Rt.Builtin("len");
        var list = PyValue.FromObject(new PyList(new[] { PyValue.FromInt(1), PyValue.FromInt(2) }));
        PyValue n = Instrument.Calls(ref armed, 0, len, list) ? Instrument.Returning(ref armed, 0, len, [list], null) : default;
        Assert.Equal(2, n.AsLong);
        Assert.Throws<PyException>(() =>
        {
            byte[]? a = code.Armed;
            var zero = PyValue.FromInt(0);
            return Instrument.Calls(ref a, 1, len, zero) ? Instrument.Returning(ref a, 1, len, [zero], null) : default;
        });
        Assert.Equal(new[]
        {
            "CALL line 41 <built-in function len> [1, 2]", "C_RETURN line 41 <built-in function len> [1, 2]",
            "CALL line 42 <built-in function len> 0", "C_RAISE line 42 <built-in function len> 0",
        }, log);
    }

    [Fact]
    public void DisableSwitchesOffOneLocationUntilRestart()
    {
        var log = Record(MonitoringResult.Disable);
        Tools.SetEvents(Tool, 1 << (int)MonitoringEvent.Line);
        RunOnce();
        RunOnce();
        Assert.Equal(new[] { "LINE work line 11", "LINE work line 12", "LINE work line 11" }, log);
        Assert.All(new[] { 1, 2, 3 }, k => Assert.False(Instrument.On(_code.Armed, k)));
        Assert.True(Instrument.Quiet(_code.Armed)); // nothing armed anywhere in it: its fast paths may run
        Assert.Equal(1 << (int)MonitoringEvent.Line, Tools.GetEvents(Tool)); // DISABLE leaves the tool's events as they are
        Tools.RestartEvents();
        RunOnce();
        Assert.Equal(6, log.Count);
    }

    [Fact]
    public void LocalEventsArmOnlyTheirCodeObject()
    {
        var other = new PyCode("other", "other", "work.py", 20, Array.Empty<string>(), points: "L", lines: new[] { 21 });
        var log = Record();
        Tools.SetLocalEvents(Tool, _code, 1 << (int)MonitoringEvent.Line);
        Assert.Equal(1 << (int)MonitoringEvent.Line, Tools.GetLocalEvents(Tool, _code));
        Assert.Equal(0, Tools.GetEvents(Tool));
        Assert.True(Instrument.On(_code.Armed, 1));
        Assert.False(Instrument.On(other.Armed, 0));
        Assert.False(Instrument.Quiet(_code.Armed));
        Assert.True(Instrument.Quiet(other.Armed));
        RunOnce();
        Assert.Equal(3, log.Count);
    }

    [Fact]
    public void CodeObjectsMadeWhileEventsAreOnAreArmed()
    {
        Record();
        Tools.SetEvents(Tool, 1 << (int)MonitoringEvent.Line);
        var late = new PyCode("late", "late", "work.py", 30, Array.Empty<string>(), points: "SL", lines: new[] { 30, 31 });
        Assert.False(Instrument.On(late.Armed, 0)); // PY_START is not enabled
        Assert.True(Instrument.On(late.Armed, 1));
    }

    [Fact]
    public void ErrorsAreCPythons()
    {
        static string Error(Action a) => Assert.Throws<PyException>(a).Message;
        Assert.Equal("ValueError: invalid tool 6 (must be between 0 and 5)", Error(() => Tools.UseToolId(6, "x")));
        Assert.Equal("ValueError: tool 2 is not in use", Error(() => Tools.SetEvents(Tool, 1)));
        Tools.UseToolId(Tool, "first");
        Assert.Equal("ValueError: tool 2 is already in use", Error(() => Tools.UseToolId(Tool, "second")));
        Assert.Equal("ValueError: invalid event set 0x20000", Error(() => Tools.SetEvents(Tool, 1 << 17)));
        Assert.Equal("ValueError: cannot set C_RETURN or C_RAISE events independently", Error(() => Tools.SetEvents(Tool, 1 << 15)));
        Assert.Equal("ValueError: invalid local event set 0x400", Error(() => Tools.SetLocalEvents(Tool, _code, 1 << 10)));
    }

    [Fact]
    public void CoLinesMapsEachOffsetToItsPointsLine()
    {
        Assert.Equal(new[] { (0, 2, 10), (2, 4, 11), (4, 6, 12), (6, 8, 11), (8, 10, 13) }, _code.Lines());
        Assert.Equal(12, _code.LineOfOffset(4));
        Assert.Equal(-1, _code.LineOfOffset(10));
    }
}
