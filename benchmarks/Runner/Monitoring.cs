using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace PyAot.Benchmarks;

/// <summary>
/// `--monitoring`: what PEP 669 monitoring costs (docs/monitoring.md). Each benchmarks/monitoring/NAME.py takes a
/// mode letter as sys.argv[1] and sets up that mode's tool before its workload. The program is built twice with the
/// CLI's `build` verb — monitoring compiled in, and `--no-monitoring` (compiled out, the baseline) — and every mode is
/// timed on the instrumented build and on CPython 3.12; the compiled-out build runs mode (a) only, as it raises no
/// event. Best of N runs, every mode and contender interleaved within each repetition; the same output check as the
/// suite (NAME.expected, recorded from CPython 3.12, is the same in every mode).
/// </summary>
internal static class MonitoringBench
{
    public const string AllModes = "abcdefghi";

    private static readonly Dictionary<char, string> ModeNames = new()
    {
        ['a'] = "no tool",
        ['b'] = "callbacks for every event, none set",
        ['c'] = "PY_START + PY_RETURN",
        ['d'] = "CALL + C_RETURN + C_RAISE",
        ['e'] = "LINE",
        ['f'] = "LINE returning DISABLE",
        ['g'] = "BRANCH + JUMP",
        ['h'] = "sys.settrace, no-op local tracer",
        ['i'] = "sys.setprofile, no-op",
    };

    /// <summary>The goals of the issue: these ratios at most 1.01, and CPython / PyAot at least 5 in every mode.</summary>
    private const double WithinOnePercent = 1.01;
    private const double FasterThanCPython = 5.0;

    private sealed class Bench(string name)
    {
        public string Name { get; } = name;
        public string? NotCompiled;
        public string? BuildError;
        public Contender? CompiledOut;
        public Contender? Instrumented;
        public Measurement CompiledOutTime;
        public readonly Dictionary<char, Measurement> PyAot = new();
        public readonly Dictionary<char, Measurement> CPython = new();

        /// <summary>Why the PyAot cells are empty (not compiled yet, a build failed), or null.</summary>
        public string? NotBuilt => NotCompiled is not null ? $"not compiled yet ({NotCompiled})"
            : CompiledOut is null || Instrumented is null ? BuildError ?? "build failed" : null;
    }

    public static int Run(Program.Options options, string root)
    {
        string dir = Path.Combine(root, "monitoring");
        // A program has its NAME.expected; monitoring_tool.py, which they import, has none.
        var programs = Directory.GetFiles(dir, "*.py").Select(p => Path.GetFileNameWithoutExtension(p))
            .Where(n => File.Exists(Path.Combine(dir, n + ".expected")))
            .OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (options.Programs.Count > 0)
        {
            var unknown = options.Programs.Where(p => !programs.Contains(p)).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"pyaot-bench: no such monitoring program: {string.Join(", ", unknown)} (have: {string.Join(", ", programs)})");
                return 2;
            }
            programs = programs.Where(options.Programs.Contains).ToList();
        }
        if (options.List)
        {
            programs.ForEach(Console.WriteLine);
            return 0;
        }
        // Mode (a) is every ratio's baseline: always run.
        string modes = new(AllModes.Where(m => m == 'a' || options.Modes.Contains(m)).ToArray());

        var cpython = options.NoCPython ? null : Interpreter.FindCPython(options.Python);
        Program.Log(cpython is null ? "CPython 3.12: not found (try --python CMD); its columns are skipped and no ratios can be given"
                                    : $"CPython: {cpython.Describe()}");

        string buildRoot = Path.Combine(root, ".build");
        var benches = new List<Bench>();
        foreach (string name in programs)
        {
            string py = Path.Combine(dir, name + ".py");
            string expected = File.ReadAllText(Path.Combine(dir, name + ".expected"));
            var b = new Bench(name);
            benches.Add(b);

            Program.Log($"{name}: compiling");
            b.NotCompiled = Program.Diagnose(py);
            if (b.NotCompiled is null)
            {
                b.Instrumented = Contender.Build(buildRoot, py, options.Aot, out string? err);
                b.BuildError ??= err;
                b.CompiledOut = Contender.Build(buildRoot, py, options.Aot, out err, monitoring: false);
                b.BuildError ??= err;
            }

            // One repetition runs every mode of every contender once; the best of the repetitions is kept.
            var runs = new List<(Contender C, Func<Measurement> Get, Action<Measurement> Set)>();
            foreach (char mode in modes)
            {
                string arg = mode.ToString();
                if (mode == 'a' && b.CompiledOut is not null && b.Instrumented is not null)
                    runs.Add((b.CompiledOut.WithArgument(arg), () => b.CompiledOutTime, m => b.CompiledOutTime = m));
                if (b.Instrumented is not null && b.CompiledOut is not null)
                    runs.Add((b.Instrumented.WithArgument(arg), () => b.PyAot.GetValueOrDefault(mode), m => b.PyAot[mode] = m));
                if (cpython is not null)
                    runs.Add((cpython.For(py).WithArgument(arg), () => b.CPython.GetValueOrDefault(mode), m => b.CPython[mode] = m));
            }
            for (int rep = 0; rep < options.Runs; rep++)
            {
                Program.Log($"{name}: run {rep + 1} of {options.Runs}");
                foreach (var (c, get, set) in runs)
                {
                    var previous = get();
                    if (previous.Failure is not null)
                        continue;
                    var m = c.Time(expected, options.TimeoutSeconds);
                    set(Measurement.Best(previous, m));
                }
            }
            Program.Log($"{name}: " + (b.NotBuilt ?? string.Join("  ", modes.Select(mode =>
                $"{mode}: pyaot {Short(b.PyAot.GetValueOrDefault(mode))}" + (cpython is null ? "" : $" cpython {Short(b.CPython.GetValueOrDefault(mode))}")))));
        }

        Console.WriteLine();
        bool cpuAvailable = benches.Any(b => b.PyAot.Values.Concat(b.CPython.Values).Any(m => m.CpuSeconds is not null));
        if (!options.Cpu)
        {
            Console.WriteLine(Render(benches, modes, options, cpython, cpu: false));
            if (cpuAvailable)
            {
                // The same runs by CPU time: steadier than wall clock when other work shares the machine.
                Console.WriteLine("By CPU time (user+system of each process, same runs):");
                Console.WriteLine();
            }
        }
        if (cpuAvailable)
            Console.WriteLine(Render(benches, modes, options, cpython, cpu: true));

        // A mode PyAot does not support yet is expected; a build failure, a crash or a wrong output is not.
        bool failed = benches.Any(b => b.NotBuilt is not null
            || b.CompiledOutTime.Failure is not null
            || b.PyAot.Values.Any(m => m.Failure is not null && NotSupported(m) is null)
            || b.CPython.Values.Any(m => m.Failure is not null));
        return failed ? 1 : 0;
    }

    private static string Short(Measurement m) =>
        m.Failure is not null ? (NotSupported(m) is not null ? "not supported yet" : "failed") : m.Seconds is { } s ? $"{s:F3}s" : "-";

    /// <summary>
    /// "not supported yet: LAST STDERR LINE" when the program stopped on NotImplementedError or AttributeError (an
    /// event, sys.settrace or sys.setprofile PyAot does not have yet), else null.
    /// </summary>
    private static string? NotSupported(Measurement m) =>
        m.Failure is not null && m.LastErrorLine is { } line
        && (line.StartsWith("NotImplementedError", StringComparison.Ordinal) || line.StartsWith("AttributeError", StringComparison.Ordinal))
            ? "not supported yet: " + line : null;

    private static string Render(List<Bench> benches, string modes, Program.Options options, Interpreter? cpython, bool cpu)
    {
        var sb = new StringBuilder();
        var header = new List<string> { "program", "mode", "PyAot compiled out", "PyAot", "PyAot mode / (a)" };
        if (cpython is not null)
            header.AddRange(["CPython 3.12", "CPython mode / (a)", "CPython / PyAot"]);
        sb.AppendLine("| " + string.Join(" | ", header) + " |");
        sb.AppendLine("|" + string.Concat(header.Select((_, i) => i < 2 ? "---|" : "---:|")));
        foreach (var b in benches)
        {
            foreach (char mode in modes)
            {
                var cells = new List<string> { b.Name, $"{mode}: {ModeNames[mode]}" };
                var pyaot = b.PyAot.GetValueOrDefault(mode);
                var cp = b.CPython.GetValueOrDefault(mode);
                if (b.NotBuilt is { } why)
                    cells.AddRange([mode == 'a' ? Escape(why) : "", mode == 'a' ? Escape(why) : "", ""]);
                else
                    cells.AddRange([mode == 'a' ? Time(b.CompiledOutTime, cpu) : "", Time(pyaot, cpu), Ratio(pyaot, b.PyAot.GetValueOrDefault('a'), cpu)]);
                if (cpython is not null)
                {
                    cells.Add(Time(cp, cpu));
                    cells.Add(Ratio(cp, b.CPython.GetValueOrDefault('a'), cpu));
                    cells.Add(b.NotBuilt is null ? Ratio(cp, pyaot, cpu) : "");
                }
                sb.AppendLine("| " + string.Join(" | ", cells) + " |");
            }
        }
        sb.AppendLine();
        string method = options.Runs == 1 ? "one run" : $"best of {options.Runs} runs";
        sb.Append(cpu
            ? $"Times: user+system CPU time of the whole process (start-up included), {method}, every mode and contender interleaved. "
            : $"Times: wall clock of the whole process (start-up included), {method}, every mode and contender interleaved. ");
        sb.Append(options.Aot ? "PyAot: the NativeAOT build (`pyaot build --aot`); " : "PyAot: the framework-dependent (JIT) build, add --aot for NativeAOT; ");
        sb.Append("compiled out: the same build with `--no-monitoring` (mode a only: it raises no event). ");
        sb.Append("Mode / (a): time in the mode over the same build's time with no tool (higher costs more). ");
        sb.Append("CPython / PyAot: higher is faster than CPython. ");
        sb.Append("A mode PyAot cannot run yet shows the error it stopped on.");
        if (cpython is null)
            sb.Append(options.NoCPython ? " CPython left out (--no-cpython): no ratios to it." : " CPython 3.12 was not found: no ratios to it.");
        sb.AppendLine();
        sb.Append($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}");
        if (cpython is not null)
            sb.Append($"; {cpython.Describe().Split(" (`")[0]}");
        sb.AppendLine(".");
        sb.AppendLine();
        sb.Append(Goals(benches, modes, cpython is not null, cpu));
        return sb.ToString();
    }

    /// <summary>The issue's goals, met or not, with the ratios they were judged on.</summary>
    private static string Goals(List<Bench> benches, string modes, bool haveCPython, bool cpu)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Goals ({(cpu ? "by CPU time" : "by wall clock")}; 1% is close to run-to-run noise, so judge those with --runs 10 or more):");
        sb.AppendLine("- " + Within("(a) with monitoring compiled in, within 1% of compiled out", benches,
            b => (b.PyAot.GetValueOrDefault('a'), b.CompiledOutTime), cpu));
        foreach (char mode in "bf")
        {
            sb.AppendLine("- " + (modes.Contains(mode)
                ? Within($"({mode}) within 1% of (a)", benches, b => (b.PyAot.GetValueOrDefault(mode), b.PyAot.GetValueOrDefault('a')), cpu)
                : $"({mode}) within 1% of (a): not measured (--modes)"));
        }
        if (!haveCPython)
        {
            sb.AppendLine("- at least 5x faster than CPython 3.12 in every mode: not measured (no CPython)");
            return sb.ToString();
        }
        var below = new List<string>();
        var unsupported = new List<string>();
        int cells = 0;
        double? lowest = null;
        string lowestAt = "";
        foreach (var b in benches)
        {
            foreach (char mode in modes)
            {
                cells++;
                var pyaot = b.PyAot.GetValueOrDefault(mode);
                if (b.NotBuilt is not null || NotSupported(pyaot) is not null || pyaot.Failure is not null)
                {
                    unsupported.Add($"{b.Name} {mode}");
                    continue;
                }
                if (b.CPython.GetValueOrDefault(mode).Metric(cpu) is not { } c || pyaot.Metric(cpu) is not { } p || p <= 0)
                {
                    unsupported.Add($"{b.Name} {mode}");
                    continue;
                }
                double r = c / p;
                if (lowest is null || r < lowest)
                    (lowest, lowestAt) = (r, $"{b.Name} {mode}");
                if (r < FasterThanCPython)
                    below.Add($"{b.Name} {mode} {F(r)}");
            }
        }
        bool met = below.Count == 0 && unsupported.Count == 0;
        var detail = new List<string>();
        if (unsupported.Count > 0)
            detail.Add($"{unsupported.Count} of {cells} not run by PyAot (not supported yet or failed): {string.Join(", ", unsupported)}");
        if (below.Count > 0)
            detail.Add($"{below.Count} of {cells - unsupported.Count} measured below 5x: {string.Join(", ", below)}");
        if (lowest is not null)
            detail.Add($"lowest {F(lowest.Value)} ({lowestAt})");
        sb.AppendLine($"- at least 5x faster than CPython 3.12 in every mode: {(met ? "met" : "**not met**")} — {string.Join("; ", detail)}");
        return sb.ToString();
    }

    private static string Within(string goal, List<Bench> benches, Func<Bench, (Measurement Value, Measurement Baseline)> pick, bool cpu)
    {
        var parts = new List<string>();
        bool met = benches.Count > 0;
        foreach (var b in benches)
        {
            var (v, baseline) = pick(b);
            if (b.NotBuilt is null && v.Metric(cpu) is { } x && baseline.Metric(cpu) is { } y && y > 0)
            {
                parts.Add($"{b.Name} {F(x / y)}");
                met &= x / y <= WithinOnePercent;
            }
            else
            {
                parts.Add($"{b.Name} {(NotSupported(v) is not null ? "not supported yet" : "not measured")}");
                met = false;
            }
        }
        return $"{goal}: {(met ? "met" : "**not met**")} — {string.Join(", ", parts)}";
    }

    private static string F(double ratio) => ratio.ToString("F3", CultureInfo.InvariantCulture) + "x";

    private static string Escape(string s) => s.Replace("|", "\\|");

    private static string Time(Measurement m, bool cpu) =>
        NotSupported(m) is { } ns ? Escape(ns)
        : m.Failure is not null ? "**" + Escape(m.Failure) + "**"
        : m.Metric(cpu) is { } s ? s.ToString("F3", CultureInfo.InvariantCulture) + " s" : "";

    /// <summary>value / baseline (mode / (a), or CPython / PyAot), or empty when either has no time.</summary>
    private static string Ratio(Measurement value, Measurement baseline, bool cpu) =>
        value.Metric(cpu) is { } v && baseline.Metric(cpu) is { } b && b > 0
            ? (v / b).ToString("F2", CultureInfo.InvariantCulture) + "x" : "";
}
