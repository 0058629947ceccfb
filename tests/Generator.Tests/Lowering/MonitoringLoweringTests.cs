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
        Assert.Contains("if (Instrument.Active) Instrument.Line(ref Points.f, 1, 2, ref pyaotLine);", cs);
        Assert.Contains("return Instrument.Return(ref Points.f, 3, PyOps.Mul(x, PyValue.FromInt(2)));", cs);
        // The code objects know their points: kinds and lines (co_lines), for the module, the class body, the generator
        // expression and the function.
        Assert.Contains("points: \"SLLrLrr\", lines: new int[] { 1, 2, 3, 3, 4, 4, 4 }", cs);
        Assert.Contains("new PyCode(\"<module>\", \"<module>\"", cs);
        Assert.Contains("new PyCode(\"C\", \"C\"", cs);
        Assert.Contains("new PyCode(\"<genexpr>\", \"<genexpr>\"", cs);
        // A typed twin runs the function without its points: only while no tool watches it.
        Assert.Contains("a0.IsInt && Instrument.Quiet(Points.f) ? f_Typed(a0)", cs);
        // A loop's head is a LINE point, passed each time round before the step.
        // ... and the step raises STOP_ITERATION when it finished a generator.
        Assert.Contains("(Instrument.At(ref Points.h, 2, 10, ref pyaotLine) && Instrument.Step(iter.MoveNext(ref x), ref Points.h, 3, in iter))", cs);
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
        var indexes = System.Text.RegularExpressions.Regex.Matches(cs, @"Points\.f, (\d+)[,)]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().OrderBy(i => i).ToList();
        Assert.Equal(Enumerable.Range(0, 7).ToList(), indexes);
    }
}
