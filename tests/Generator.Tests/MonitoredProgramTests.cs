using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PyAot.Cli;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// Monitoring must not change what a program does. Each conformance program (Programs/NAME.py with NAME.expected, that
/// ends normally and is not itself about monitoring) runs again with a tool watching every event PyAot raises, globally:
/// a main module switches the tool on, then imports the program, which must print exactly what CPython printed. This
/// runs every program's code on its instrumented paths (the typed twins and fused loops off, LINE tracked per frame),
/// and checks that callbacks were called.
/// </summary>
public sealed class MonitoredProgramTests
{
    private const string Watcher = """
        import sys

        mon = sys.monitoring
        E = mon.events
        calls = [0]


        def count(*args):
            calls[0] += 1


        mon.use_tool_id(5, "watch everything")
        EVENTS = (E.PY_START, E.PY_RESUME, E.PY_RETURN, E.PY_YIELD, E.PY_THROW, E.LINE, E.STOP_ITERATION, E.CALL,
                  E.C_RETURN, E.C_RAISE)
        for event in EVENTS:
            mon.register_callback(5, event, count)
        mon.set_events(5, sum(EVENTS))
        import {0}
        mon.set_events(5, 0)
        assert calls[0] > 0
        """;

    public static IEnumerable<object[]> Programs()
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        return Directory.EnumerateFiles(dir, "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => File.Exists(Path.Combine(dir, n + ".expected")) && !File.Exists(Path.Combine(dir, n + ".expected_err")))
            .Where(n => !n!.StartsWith("monitoring_", System.StringComparison.Ordinal))
            // Run as an imported module, a program that looks at how it was started would print otherwise.
            .Where(n => !Regex.IsMatch(File.ReadAllText(Path.Combine(dir, n + ".py")), @"__main__|sys\.argv|__file__"))
            .Where(n => !File.ReadAllText(Path.Combine(dir, n + ".expected")).Contains("__main__", System.StringComparison.Ordinal))
            // Known difference (docs/monitoring.md): these catch a RecursionError from deep recursion, and a C# catch
            // block runs on the stack the exception was thrown on, so a callback called from the handler's LINE point
            // finds no stack left and raises RecursionError again.
            .Where(n => n is not ("recursion_typed" or "gen_edge"))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => new object[] { n! });
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsTheSameWhileEveryEventIsWatched(string name)
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        var result = ProgramRunner.Run(Path.Combine(dir, "watch_" + name + ".py"), Watcher.Replace("{0}", name), ProgramFiles(name));

        string expected = File.ReadAllText(Path.Combine(dir, name + ".expected")).Replace("\r\n", "\n");
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}, stderr:\n{result.Stderr}");
        Assert.Equal(expected, result.Stdout.Replace("\r\n", "\n"));
    }

    /// <summary>A conformance program and its helper modules.</summary>
    private static List<InMemoryBuild.SourceFile> ProgramFiles(string name)
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        string path = Path.Combine(dir, name + ".py");
        var files = HelperModules.Of(path);
        files.Add(new InMemoryBuild.SourceFile(path, File.ReadAllText(path)));
        return files;
    }

    /// <summary>The programs with CPython 3.12's BRANCH and JUMP trace recorded (BranchTraces/NAME.trace, by
    /// BranchTraces/record_traces.py).</summary>
    public static IEnumerable<object[]> TracedPrograms() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "BranchTraces"), "*.trace")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    /// <summary>
    /// BRANCH, JUMP and the exception events as CPython 3.12 raises them: each program runs under a tool watching them
    /// (BranchTraces/watcher.py.txt),
    /// prints what CPython printed, and the events in its file (the first 400, and how many of each) are CPython's. A
    /// program with code the compiler does not lay out is refused with NotImplementedError instead (the list of them is
    /// <see cref="RefusedProgramsAreTheKnownOnes"/>'s).
    /// </summary>
    [Theory]
    [MemberData(nameof(TracedPrograms))]
    public void RaisesCPythonsBranchAndJumpEvents(string name)
    {
        var (stdout, refused) = RunTraced(name);
        if (refused is not null)
        {
            Assert.Contains(name, KnownRefused());
            return;
        }
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        string expected = File.ReadAllText(Path.Combine(dir, name + ".expected")).Replace("\r\n", "\n");
        string trace = File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "BranchTraces", name + ".trace")).Replace("\r\n", "\n");
        if (!DroppedGenerators().Contains(name))
        {
            Assert.Equal(expected + trace, stdout);
            return;
        }
        // CPython closes these programs' generators when their last reference goes (reference counting): GeneratorExit
        // raised in them, which PyAot, closing a generator only when told to, does not raise. The rest must be equal;
        // and the difference must still be there (when PyAot closes them too, the program leaves the list).
        Assert.StartsWith(expected, stdout);
        var (cpythonEvents, cpythonCounts, cpythonCloses) = WithoutCloses(trace);
        var (events, counts, _) = WithoutCloses(stdout.Substring(expected.Length));
        Assert.True(ExceptionEvents(stdout.Substring(expected.Length)) < ExceptionEvents(trace),
            $"{name} raises CPython's GeneratorExit events now: take it off dropped_generators.txt");
        Assert.Equal(cpythonCounts, counts);
        if (cpythonEvents.Count + cpythonCloses >= TraceLimit)
            events = events.Take(cpythonEvents.Count).ToList(); // (the first 400 events: later ones moved up in PyAot's)
        Assert.Equal(cpythonEvents, events);
    }

    /// <summary>How many events the watcher lists (the counts cover all).</summary>
    private const int TraceLimit = 400;

    /// <summary>A trace without the exception events of GeneratorExit (counted) and with only the BRANCH and JUMP counts.</summary>
    private static (List<string> Events, string Counts, int Closes) WithoutCloses(string trace)
    {
        var lines = trace.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).ToList();
        string counts = string.Join(" ", lines[0].Split(' ').Take(3));
        var events = lines.Skip(1).ToList();
        int closes = events.Count(l => l.StartsWith('X') && l.EndsWith(" GeneratorExit", System.StringComparison.Ordinal));
        return (events.Where(l => !(l.StartsWith('X') && l.EndsWith(" GeneratorExit", System.StringComparison.Ordinal))).ToList(), counts, closes);
    }

    /// <summary>The programs with what a CPython 3.12 trace function sees recorded (SettraceTraces/NAME.trace).</summary>
    public static IEnumerable<object[]> SettracePrograms() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "SettraceTraces"), "*.trace")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    /// <summary>
    /// <c>sys.settrace</c> as in CPython 3.12: each program runs under a trace function that records every 'call',
    /// 'line', 'return' and 'exception' of its file with <c>f_lineno</c> (SettraceTraces/watcher.py.txt), prints what
    /// CPython printed, and the records are CPython's; the programs listed in SettraceTraces/differing.txt (each for a
    /// reason given there) must still differ, so that one that starts to match leaves the list.
    /// </summary>
    [Theory]
    [MemberData(nameof(SettracePrograms))]
    public void TraceFunctionsSeeCPythonsEvents(string name)
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        string watcher = File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "SettraceTraces", "watcher.py.txt")).Replace("{0}", name);
        var result = ProgramRunner.Run(Path.Combine(dir, "trace_" + name + ".py"), watcher, ProgramFiles(name));
        string expected = File.ReadAllText(Path.Combine(dir, name + ".expected")).Replace("\r\n", "\n")
                          + File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "SettraceTraces", name + ".trace")).Replace("\r\n", "\n");
        string stdout = result.Stdout.Replace("\r\n", "\n");
        bool known = File.ReadAllLines(Path.Combine(TestPaths.ProjectDirectory, "SettraceTraces", "differing.txt"))
            .Select(l => l.Split('#')[0].Trim()).Contains(name);
        if (known)
        {
            Assert.True(result.ExitCode != 0 || stdout != expected, $"{name} gives CPython's trace now: take it off SettraceTraces/differing.txt");
            return;
        }
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}, stderr:\n{result.Stderr}");
        Assert.Equal(expected, stdout);
    }

    /// <summary>The programs with CPython 3.12's LINE and INSTRUCTION records (InstructionTraces/NAME.trace).</summary>
    public static IEnumerable<object[]> InstructionPrograms() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "InstructionTraces"), "*.trace")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    /// <summary>
    /// INSTRUCTION as CPython 3.12 raises it, up to the offsets (each compiler numbers its own instructions): each program
    /// runs under a tool watching LINE and INSTRUCTION (InstructionTraces/watcher.py.txt), prints what CPython printed,
    /// and its records, a run of INSTRUCTION events on one line being one, are CPython's. Programs with code the compiler
    /// does not lay out are refused, as for BRANCH and JUMP (BranchTraces/refused.txt); those listed in
    /// InstructionTraces/differing.txt (each for a reason given there) must still differ.
    /// </summary>
    [Theory]
    [MemberData(nameof(InstructionPrograms))]
    public void RaisesCPythonsInstructionEvents(string name)
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        string traces = Path.Combine(TestPaths.ProjectDirectory, "InstructionTraces");
        string watcher = File.ReadAllText(Path.Combine(traces, "watcher.py.txt")).Replace("{0}", name);
        var result = ProgramRunner.Run(Path.Combine(dir, "instr_" + name + ".py"), watcher, ProgramFiles(name));
        string stdout = result.Stdout.Replace("\r\n", "\n");
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}, stderr:\n{result.Stderr}");
        if (stdout.Contains("==refused==", System.StringComparison.Ordinal))
        {
            Assert.Contains(name, KnownRefused());
            return;
        }
        string expected = File.ReadAllText(Path.Combine(dir, name + ".expected")).Replace("\r\n", "\n")
                          + File.ReadAllText(Path.Combine(traces, name + ".trace")).Replace("\r\n", "\n");
        bool known = File.ReadAllLines(Path.Combine(traces, "differing.txt"))
            .Select(l => l.Split('#')[0].Trim()).Contains(name);
        if (known)
        {
            Assert.True(stdout != expected, $"{name} gives CPython's records now: take it off InstructionTraces/differing.txt");
            return;
        }
        Assert.Equal(expected, stdout);
    }

    /// <summary>The count of exception events a trace's first line gives (after BRANCH's and JUMP's).</summary>
    private static int ExceptionEvents(string trace) =>
        trace.Substring(0, trace.IndexOf('\n')).Split(' ').Skip(3).Sum(int.Parse);

    /// <summary>BranchTraces/dropped_generators.txt: programs whose CPython trace has a generator closed by reference counting.</summary>
    private static List<string> DroppedGenerators() =>
        File.ReadAllLines(Path.Combine(TestPaths.ProjectDirectory, "BranchTraces", "dropped_generators.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>The traced programs refused (BranchTraces/refused.txt): one newly refused, or one that now runs, changes it.</summary>
    [Fact]
    public void RefusedProgramsAreTheKnownOnes()
    {
        var refused = TracedPrograms().Select(p => (string)p[0]).Where(n => RunTraced(n).Refused is not null).ToList();
        Assert.Equal(KnownRefused(), refused);
    }

    private static List<string> KnownRefused() =>
        File.ReadAllLines(Path.Combine(TestPaths.ProjectDirectory, "BranchTraces", "refused.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string, string?)> s_traced = new();

    private static (string Stdout, string? Refused) RunTraced(string name) => s_traced.GetOrAdd(name, n =>
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        string watcher = File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "BranchTraces", "watcher.py.txt")).Replace("{0}", n);
        var result = ProgramRunner.Run(Path.Combine(dir, "flow_" + n + ".py"), watcher, ProgramFiles(n));
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}, stderr:\n{result.Stderr}");
        string stdout = result.Stdout.Replace("\r\n", "\n");
        int refused = stdout.IndexOf("==refused==", System.StringComparison.Ordinal);
        return (stdout, refused < 0 ? null : stdout.Substring(refused));
    });
}
