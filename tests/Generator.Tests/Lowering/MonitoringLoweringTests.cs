using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PyAot.Generator.Lowering;
using PyAot.Generator.Model;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>
/// PEP 669 monitoring in generated code: each point is a test of <c>Instrument.Active</c> guarding the point's byte, the
/// code objects carry their points, and <c>PyAotMonitoring=false</c> compiles all of it out (the baseline the cost of an
/// unused event is measured against).
/// </summary>
public sealed class MonitoringLoweringTests
{
    private const string Source = "def f(x):\n    if x > 1:\n        return x * 2\n    return 0\n\nclass C:\n    y = 1\n\ndef h(xs):\n    for x in xs:\n        pass\n\nprint(f(3), sum(i for i in range(3)))\n";

    private static string Lower(bool monitoring)
    {
        var r = ModuleLowering.Lower(new ModuleInput("m", "m.py", Source, new EquatableArray<string>(new[] { "m" }), monitoring),
            CancellationToken.None);
        Assert.Empty(r.Diagnostics);
        return r.CSharp!;
    }

    [Fact]
    public void EveryPointIsOneFlagTest()
    {
        string cs = Lower(monitoring: true);
        Assert.Contains("if (Instrument.Active) Instrument.Start(ref Points.f, 0);", cs);
        // LINE: the point's line, and the frame's last line, which it is compared with.
        Assert.Contains("int pyaotLine = -1;", cs);
        Assert.Contains("if (Instrument.Active) Instrument.Line(ref Points.f, 4, 2, ref pyaotLine);", cs);
        Assert.Contains("return Instrument.Return(ref Points.f, 6, PyOps.Mul(x, PyValue.FromInt(2)));", cs);
        // The code objects know their points: kinds and lines (co_lines), for the module, the class body, the generator
        // expression and the function. After PY_START come the jumps CPython 3.12's bytecode has and their
        // destinations, in its order: the if's test (B) and where it goes (d, d).
        Assert.Contains("points: \"SBddLLrLrr\", lines: new int[] { 1, 2, 3, 4, 2, 3, 3, 4, 4, 4 }, flow: new int[] { 1, 1, 2, 1, 1, 3 }", cs);
        // BRANCH: the test passes the flow sequence of either outcome (true: to line 3, false: to line 4).
        Assert.Contains("if (Instrument.Branch(ref Points.f, 0, 3, PyOps.GtBool(x, PyValue.FromInt(1))))", cs);
        // A for loop's step is a BRANCH; the end of its body a JUMP back.
        Assert.Contains("Instrument.Branch(ref Points.h, 0, 3, (Instrument.At(ref Points.h, 6, 10, ref pyaotLine) && Instrument.Step(iter.MoveNext(ref x), ref Points.h, 7, in iter)))", cs);
        // (with the frame's line, which places INSTRUCTION for a jump to another line)
        Assert.Contains("if (Instrument.FlowActive) Instrument.Flow(ref Points.h, 6, pyaotLine);", cs);
        Assert.Contains("new PyCode(\"<module>\", \"<module>\"", cs);
        Assert.Contains("new PyCode(\"C\", \"C\"", cs);
        Assert.Contains("new PyCode(\"<genexpr>\", \"<genexpr>\"", cs);
        // A typed twin runs the function without its points: only while no tool watches it.
        Assert.Contains("a0.IsInt && Instrument.Quiet(Points.f) ? f_Typed(a0)", cs);
        // A loop's head is a LINE point, passed each time round before the step (above);
        // ... and the step raises STOP_ITERATION when it finished a generator.
    }

    [Fact]
    public void ACallSiteChoosesItsFormOnOneTest()
    {
        string cs = Lower(monitoring: true);
        // The fast form (a guarded direct call of the module function) runs unless a tool watches CALL at the site, which
        // raises CALL; the generic form runs only when the callee is not Python code, to raise C_RETURN/C_RAISE after it.
        Assert.Matches(@"\(Instrument\.Calls\(ref Points\.module, (\d+), Globals\.f, PyValue\.FromInt\(3\)\) \? Instrument\.Returning\(ref Points\.module, \1, Globals\.f, \[PyValue\.FromInt\(3\)\], null\) : Functions\.f_Call\(Globals\.f, PyValue\.FromInt\(3\)\)\)", cs);
        // A generator expression's creation is a call of its function in CPython (CALL with the iterator).
        Assert.Contains("Instrument.GeneratorCall(ref Points.module, ", cs);
        // A class statement is a call of __build_class__: the body runs inside the events' try.
        Assert.Contains("PyValue pyaotBuild1 = Instrument.Watching(Points.module, ", cs);
        Assert.Contains("if (!pyaotBuild1.IsUnbound) Instrument.ClassBuilt(ref Points.module, ", cs);
        // Compiled out: the fast form alone.
        Assert.Contains("Functions.f_Call(Globals.f, PyValue.FromInt(3))", Lower(monitoring: false));
    }

    [Fact]
    public void TheSwitchCompilesMonitoringOut()
    {
        string cs = Lower(monitoring: false);
        Assert.DoesNotContain("Instrument.", cs);
        Assert.DoesNotContain("Points", cs);
        Assert.DoesNotContain("points:", cs);
    }

    [Fact]
    public void PointsNumberedDenselyPerCodeObject()
    {
        string cs = Lower(monitoring: true);
        // Every point of f is named, by the code (the point argument of each call but Branch, whose arguments are flow
        // sequences) or by its flow table (each sequence: count, then point and destination pairs).
        static int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var direct = System.Text.RegularExpressions.Regex.Matches(cs, @"Instrument\.(?!Branch|Flow)\w+\(ref Points\.f, (\d+)[,)]").Select(m => Int(m.Groups[1].Value));
        var table = System.Text.RegularExpressions.Regex.Match(cs, @"new PyCode\(""f"".*?flow: new int\[\] \{ ([\d, ]+) \}").Groups[1].Value.Split(", ").Select(Int).ToList();
        var viaFlow = new List<int>();
        for (int at = 0; at < table.Count; at += 1 + 2 * table[at])
            viaFlow.AddRange(table.Skip(at + 1).Take(2 * table[at]));
        Assert.Equal(Enumerable.Range(0, 10).ToList(), direct.Concat(viaFlow).Distinct().OrderBy(i => i).ToList());
    }
}
