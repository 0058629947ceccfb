using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using PyAot.Cli;
using PyAot.Generator;

namespace PyAot.Benchmarks;

/// <summary>
/// The benchmark suite: `dotnet run -c Release --project benchmarks/Runner [-- OPTIONS] [PROGRAM...]`.
/// Each benchmarks/programs/NAME.py is built with PyAot's `build` verb (a Release publish of the generated C#,
/// like a user's build), its stdout checked against NAME.expected (recorded from CPython 3.12), and timed beside
/// CPython 3.12 and PyPy in the same run. Every contender is timed the same way: wall clock of the whole process,
/// start-up included, best of N runs, the contenders interleaved within each repetition. `--monitoring` runs the
/// PEP 669 cost benchmark of benchmarks/monitoring instead (<see cref="MonitoringBench"/>).
/// </summary>
public static class Program
{
    private const int DefaultRuns = 5;

    public static int Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
            return 2;
        if (IsDebugBuild(typeof(PyAot.Runtime.PyValue).Assembly))
        {
            Console.Error.WriteLine("pyaot-bench: the PyAot runtime was compiled in Debug; run with `dotnet run -c Release --project benchmarks/Runner` for honest numbers.");
            return 2;
        }

        string root = FindBenchmarksDir();
        if (options.Monitoring)
            return MonitoringBench.Run(options, root);
        // The suite: the project's own programs, then pyperformance's (run unmodified, with benchmarks/pyperformance/
        // pyperf.py in place of pyperf). A program has its NAME.expected; a module they import has none.
        var where = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string dir in SuiteDirectories.Select(d => Path.Combine(root, d)))
        {
            foreach (string p in Directory.GetFiles(dir, "*.py").Where(p => File.Exists(Path.ChangeExtension(p, ".expected"))))
                where[Path.GetFileNameWithoutExtension(p)] = dir;
        }
        var programs = where.Keys.OrderBy(n => where[n] == Path.Combine(root, SuiteDirectories[0]) ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal).ToList();
        if (options.Programs.Count > 0)
        {
            var unknown = options.Programs.Where(p => !programs.Contains(p)).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"pyaot-bench: no such program: {string.Join(", ", unknown)} (have: {string.Join(", ", programs)})");
                return 2;
            }
            programs = programs.Where(options.Programs.Contains).ToList();
        }
        if (options.List)
        {
            programs.ForEach(Console.WriteLine);
            return 0;
        }

        var cpython = options.NoCPython ? null : Interpreter.FindCPython(options.Python);
        var pypy = options.NoPyPy ? null : Interpreter.FindPyPy(options.PyPy);
        Log(cpython is null ? "CPython 3.12: not found (try --python CMD); its columns are skipped and no ratios can be given"
                            : $"CPython: {cpython.Describe()}");
        Log(pypy is null ? "PyPy: pypy3 not found (apt-get install -y pypy3); its columns are skipped"
                         : $"PyPy: {pypy.Describe()}");

        string buildRoot = Path.Combine(root, ".build");
        var rows = new List<Row>();
        foreach (string name in programs)
        {
            string py = Path.Combine(where[name], name + ".py");
            string expected = File.ReadAllText(Path.Combine(where[name], name + ".expected"));
            var row = new Row(name);
            rows.Add(row);

            Log($"{name}: compiling");
            row.NotCompiled = Diagnose(py);
            if (row.NotCompiled is null)
            {
                row.Jit = Contender.Build(buildRoot, py, aot: false, out string? err);
                row.BuildError ??= err;
                if (options.Aot && row.Jit is not null)
                {
                    row.Aot = Contender.Build(buildRoot, py, aot: true, out err);
                    row.BuildError ??= err;
                }
            }
            var contenders = new List<(Contender C, Func<Measurement> Get, Action<Measurement> Set)>();
            if (row.Jit is not null)
                contenders.Add((row.Jit, () => row.JitTime, m => row.JitTime = m));
            if (row.Aot is not null)
                contenders.Add((row.Aot, () => row.AotTime, m => row.AotTime = m));
            if (cpython is not null)
                contenders.Add((cpython.For(py), () => row.CPythonTime, m => row.CPythonTime = m));
            if (pypy is not null)
                contenders.Add((pypy.For(py), () => row.PyPyTime, m => row.PyPyTime = m));

            for (int rep = 0; rep < options.Runs; rep++)
            {
                foreach (var (c, get, set) in contenders)
                {
                    var previous = get();
                    if (previous.Failure is not null)
                        continue;
                    var m = c.Time(expected, options.TimeoutSeconds);
                    set(Measurement.Best(previous, m));
                }
            }
            Log($"{name}: {row.Summary()}");
        }

        Console.WriteLine();
        Console.WriteLine(Table.Render(rows, options, cpython, pypy));
        if (!options.Cpu && rows.Any(r => r.JitTime.CpuSeconds is not null))
        {
            // The same runs by CPU time: steadier than wall clock when other work shares the machine.
            options.Cpu = true;
            Console.WriteLine("By CPU time (user+system of each process, same runs):");
            Console.WriteLine();
            Console.WriteLine(Table.Render(rows, options, cpython, pypy));
        }
        if (rows.Any(r => r.CPythonTime.PeakKiB is not null))
        {
            Console.WriteLine("Peak memory (same runs):");
            Console.WriteLine();
            Console.WriteLine(Table.RenderMemory(rows, options, cpython, pypy));
        }
        return rows.Any(r => r.JitTime.Failure is not null || r.AotTime.Failure is not null || r.BuildError is not null) ? 1 : 0;
    }

    /// <summary>The suite's folders under benchmarks/: the project's programs, and pyperformance's.</summary>
    private static readonly string[] SuiteDirectories = { "programs", "pyperformance" };

    internal static void Log(string message) => Console.Error.WriteLine("pyaot-bench: " + message);

    /// <summary>The compile errors of the program (PY2001 and the like) as one line, or null when it compiles.</summary>
    internal static string? Diagnose(string py)
    {
        var sources = PythonSources.Beside(py);
        var files = sources.Files.Select(f => new InMemoryBuild.SourceFile(f, File.ReadAllText(f))).ToList();
        var result = InMemoryBuild.Compile(files, sources.Root, ModuleNames.FromPath(sources.Root, sources.MainFile));
        if (result.Succeeded)
            return null;
        var errors = result.Errors.ToList();
        var first = errors.GroupBy(d => d.Id + ": " + d.GetMessage()).Select(g =>
        {
            var span = g.First().Location.GetLineSpan();
            string where = $"line {span.StartLinePosition.Line + 1}";
            return g.Count() == 1 ? $"{g.Key} ({where})" : $"{g.Key} ({where} and {g.Count() - 1} more)";
        }).ToList();
        return string.Join("; ", first);
    }

    private static bool IsDebugBuild(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is { IsJITOptimizerDisabled: true };

    private static string FindBenchmarksDir()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "benchmarks", "programs")))
                return Path.Combine(dir.FullName, "benchmarks");
            if (dir.Name == "benchmarks" && Directory.Exists(Path.Combine(dir.FullName, "programs")))
                return dir.FullName;
        }
        // Fall back on the source location of this project (bin/<config>/<tfm>/ under benchmarks/Runner).
        string fromBinary = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
        if (Directory.Exists(Path.Combine(fromBinary, "programs")))
            return fromBinary;
        throw new DirectoryNotFoundException("benchmarks/programs not found; run from the repository");
    }

    internal sealed class Options
    {
        public int Runs = DefaultRuns;
        public bool Aot;
        public bool Cpu;
        public bool Monitoring;
        public string Modes = MonitoringBench.AllModes;
        public bool List;
        public bool NoCPython;
        public bool NoPyPy;
        public string? Python;
        public string? PyPy;
        public double TimeoutSeconds = 120;
        public readonly HashSet<string> Programs = new(StringComparer.Ordinal);

        public static Options? Parse(string[] args)
        {
            var o = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                string? Next() => i + 1 < args.Length ? args[++i] : null;
                switch (a)
                {
                    case "--quick":
                        o.Runs = 1;
                        break;
                    case "--runs" when int.TryParse(Next(), out int n) && n > 0:
                        o.Runs = n;
                        break;
                    case "--aot":
                        o.Aot = true;
                        break;
                    case "--monitoring":
                        o.Monitoring = true;
                        break;
                    case "--modes" when i + 1 < args.Length:
                        string modes = new(Next()!.Where(char.IsLetter).Select(char.ToLowerInvariant).Distinct().ToArray());
                        if (modes.Length == 0 || modes.Any(m => !MonitoringBench.AllModes.Contains(m)))
                        {
                            Console.Error.WriteLine($"pyaot-bench: --modes takes letters among {MonitoringBench.AllModes}\n{Usage}");
                            return null;
                        }
                        o.Modes = modes;
                        break;
                    case "--list":
                        o.List = true;
                        break;
                    case "--cpu":
                        o.Cpu = true;
                        break;
                    case "--no-cpython":
                        o.NoCPython = true;
                        break;
                    case "--no-pypy":
                        o.NoPyPy = true;
                        break;
                    case "--python" when i + 1 < args.Length:
                        o.Python = Next();
                        break;
                    case "--pypy" when i + 1 < args.Length:
                        o.PyPy = Next();
                        break;
                    case "--timeout" when double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out double t):
                        o.TimeoutSeconds = t;
                        break;
                    case "-h" or "--help":
                        Console.WriteLine(Usage);
                        return null;
                    default:
                        if (a.StartsWith('-'))
                        {
                            Console.Error.WriteLine($"pyaot-bench: unknown option {a}\n{Usage}");
                            return null;
                        }
                        foreach (string p in a.Split(',', StringSplitOptions.RemoveEmptyEntries))
                            o.Programs.Add(p.EndsWith(".py", StringComparison.Ordinal) ? p[..^3] : p);
                        break;
                }
            }
            return o;
        }

        private const string Usage = """
            usage: dotnet run -c Release --project benchmarks/Runner -- [options] [PROGRAM ...]
              PROGRAM        names in benchmarks/programs and benchmarks/pyperformance (nbody, bm_go, ... or a,b,c); default: all
              --quick        one run of each contender instead of the best of 5
              --runs N       best of N runs (default 5)
              --aot          also build NativeAOT binaries: the primary PyAot column (the JIT build becomes the second)
              --cpu          only the table by user+system CPU time (default: by wall clock, then by CPU time)
              --python CMD   the CPython 3.12 to compare with (default: python3.12, else python3 with PYENV_VERSION=3.12.1)
              --pypy CMD     the PyPy to compare with (default: pypy3 when on PATH)
              --no-cpython, --no-pypy   leave a column out
              --timeout S    seconds before a run is killed (default 120)
              --list         list the programs
              --monitoring   the PEP 669 cost benchmark instead (programs in benchmarks/monitoring): each program built
                             with monitoring compiled in and with --no-monitoring, timed in modes a..i beside CPython 3.12
              --modes LETTERS  with --monitoring, only these modes (default abcdefghi; a is always run)
            """;
    }
}

/// <summary>A timing: the best wall-clock seconds, or why there is none.</summary>
internal readonly record struct Measurement(double? Seconds, string? Failure, double? CpuSeconds = null, string? LastErrorLine = null,
    long? PeakKiB = null)
{
    /// <summary>The better of two runs of one contender: the shorter times, the smaller peak resident set.</summary>
    public static Measurement Best(Measurement previous, Measurement m) =>
        m.Failure is not null || previous.Seconds is null ? m
        : new Measurement(Math.Min(previous.Seconds.Value, m.Seconds!.Value), null,
            previous.CpuSeconds is { } pc && m.CpuSeconds is { } mc ? Math.Min(pc, mc) : m.CpuSeconds,
            PeakKiB: previous.PeakKiB is { } pk && m.PeakKiB is { } mk ? Math.Min(pk, mk) : m.PeakKiB);

    /// <summary>The time the table compares: wall clock, or (--cpu) the process's user+system CPU time.</summary>
    public double? Metric(bool cpu) => cpu ? CpuSeconds : Seconds;
}

/// <summary>CPU time of terminated children (getrusage(RUSAGE_CHILDREN)); null where not available.</summary>
internal static class ChildCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
        public long M0, M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, M13;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    public static double? Now()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return null;
        try
        {
            if (GetRUsage(-1 /* RUSAGE_CHILDREN */, out var u) != 0)
                return null;
            return u.UtimeSec + u.UtimeUsec / 1e6 + u.StimeSec + u.StimeUsec / 1e6;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }
}

internal sealed class Row(string name)
{
    public string Name { get; } = name;
    public string? NotCompiled;
    public string? BuildError;
    public Contender? Jit;
    public Contender? Aot;
    public Measurement JitTime, AotTime, CPythonTime, PyPyTime;

    public string Summary()
    {
        if (NotCompiled is not null)
            return "not compiled yet (" + NotCompiled + ")";
        static string F(string label, Measurement m) => m.Failure is not null ? $"{label} {m.Failure}" : m.Seconds is { } s ? $"{label} {s:F3}s" + (m.CpuSeconds is { } c ? $" (cpu {c:F3}s)" : "") : "";
        return string.Join("  ", new[] { F("pyaot", JitTime), F("pyaot-aot", AotTime), F("cpython", CPythonTime), F("pypy", PyPyTime) }
            .Where(s => s.Length > 0));
    }
}

/// <summary>One way to run a program: a command line, timed as a whole process.</summary>
internal sealed class Contender(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
{
    /// <summary>The same command with one more argument at the end (the program's own sys.argv[1], ...).</summary>
    public Contender WithArgument(string argument) => new(file, [.. arguments, argument], environment);

    public Measurement Time(string expected, double timeoutSeconds)
    {
        // The peak resident set of the process (not of the runner), as GNU time reports it from wait4's rusage.
        string? peakFile = File.Exists(GnuTime) ? Path.GetTempFileName() : null;
        var psi = new ProcessStartInfo(peakFile is null ? file : GnuTime)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (peakFile is not null)
        {
            foreach (string a in new[] { "-f", "%M", "-o", peakFile, file })
                psi.ArgumentList.Add(a);
        }
        foreach (string a in arguments)
            psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment)
                psi.Environment[k] = v;
        double? cpuBefore = ChildCpu.Now();
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            p.Kill(entireProcessTree: true);
            return new Measurement(null, $"timed out after {timeoutSeconds:0} s");
        }
        p.WaitForExit();
        double seconds = sw.Elapsed.TotalSeconds;
        double? cpuAfter = ChildCpu.Now();
        double? cpu = cpuBefore is { } before && cpuAfter is { } after ? after - before : null;
        string output = stdout.Result;
        if (p.ExitCode != 0)
            return new Measurement(null, $"exit code {p.ExitCode}: {FirstLines(stderr.Result)}",
                LastErrorLine: stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim());
        if (output != expected)
            return new Measurement(null, "wrong output: " + FirstDifference(expected, output));
        return new Measurement(seconds, null, cpu, PeakKiB: ReadPeak(peakFile));
    }

    private const string GnuTime = "/usr/bin/time";

    private static long? ReadPeak(string? peakFile)
    {
        if (peakFile is null)
            return null;
        try
        {
            var last = File.ReadAllLines(peakFile).LastOrDefault(l => l.Trim().Length > 0);
            return long.TryParse(last?.Trim(), out long kib) ? kib : null;
        }
        finally
        {
            File.Delete(peakFile);
        }
    }

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" | ", lines.TakeLast(2)).Trim();
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (el != al)
                return $"line {i + 1}: expected '{el}', got '{al}'";
        }
        return "differs";
    }

    /// <summary>
    /// Builds NAME.py with the CLI's `build` verb (a Release publish; --aot: NativeAOT) into .build/NAME[-aot]
    /// (monitoring: false, `build --no-monitoring`: .build/NAME-nomon[-aot]), reusing a previous build when the
    /// program and the compiler/runtime assemblies are unchanged.
    /// </summary>
    public static Contender? Build(string buildRoot, string py, bool aot, out string? error, bool monitoring = true)
    {
        error = null;
        string name = Path.GetFileNameWithoutExtension(py);
        string outDir = Path.Combine(buildRoot, name + (monitoring ? "" : "-nomon") + (aot ? "-aot" : ""));
        string exe = Path.Combine(outDir, name + (OperatingSystem.IsWindows() ? ".exe" : ""));
        string stampFile = Path.Combine(outDir, ".pyaot-bench-stamp");
        string stamp = Stamp(py, aot, monitoring);
        if (File.Exists(exe) && File.Exists(stampFile) && File.ReadAllText(stampFile) == stamp)
            return new Contender(exe, []);

        if (Directory.Exists(outDir))
            Directory.Delete(outDir, recursive: true);
        string variant = string.Join(", ", new[] { aot ? "NativeAOT" : null, monitoring ? null : "--no-monitoring" }.OfType<string>());
        Console.Error.WriteLine($"pyaot-bench: {name}: building{(variant.Length > 0 ? $" ({variant})" : "")}");
        string cli = Path.Combine(AppContext.BaseDirectory, "pyaot.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { cli, "build", py, "-o", outDir }.Concat(aot ? ["--aot"] : Array.Empty<string>())
                     .Concat(monitoring ? Array.Empty<string>() : ["--no-monitoring"]))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0 || !File.Exists(exe))
        {
            string log = stdout.Result + stderr.Result;
            var errorLines = log.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            error = $"build{(aot ? " --aot" : "")}{(monitoring ? "" : " --no-monitoring")} failed: " + (errorLines.Count > 0 ? string.Join(" | ", errorLines).Trim() : $"exit code {p.ExitCode}");
            Console.Error.WriteLine("pyaot-bench: " + name + ": " + error);
            return null;
        }
        File.WriteAllText(stampFile, stamp);
        return new Contender(exe, []);
    }

    private static string Stamp(string py, bool aot, bool monitoring)
    {
        using var sha = SHA256.Create();
        var data = new List<byte>(File.ReadAllBytes(py));
        foreach (string dll in new[] { "PyAot.Runtime.dll", "PyAot.Generator.dll", "PyAot.FrontEnd.dll", "PyAot.Analyzers.dll", "pyaot.dll" })
            data.AddRange(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, dll)));
        data.AddRange(Encoding.UTF8.GetBytes(aot ? "aot" : "jit"));
        if (!monitoring)
            data.AddRange(Encoding.UTF8.GetBytes("no-monitoring"));
        return Convert.ToHexString(sha.ComputeHash(data.ToArray()));
    }
}

/// <summary>A Python implementation found on this machine.</summary>
internal sealed class Interpreter(string command, IReadOnlyDictionary<string, string>? environment, string version)
{
    public string Describe() => $"{version} (`{(environment is null ? "" : string.Join(" ", environment.Select(kv => kv.Key + "=" + kv.Value)) + " ")}{command}`)";

    public Contender For(string py) => new(command, [py], environment);

    public static Interpreter? FindCPython(string? explicitCommand)
    {
        var pyenv = new Dictionary<string, string> { ["PYENV_VERSION"] = "3.12.1" };
        var candidates = explicitCommand is not null
            ? new[] { (explicitCommand, (Dictionary<string, string>?)null) }
            : new[] { ("python3.12", (Dictionary<string, string>?)null), ("python3", pyenv), ("python3", null) };
        foreach (var (cmd, env) in candidates)
        {
            string? v = Version(cmd, env);
            if (v is not null && v.StartsWith("Python 3.12", StringComparison.Ordinal))
                return Direct(cmd, env, v);
            if (v is not null && explicitCommand is not null)
                Console.Error.WriteLine($"pyaot-bench: warning: {cmd} is {v}, not CPython 3.12");
        }
        return null;
    }

    public static Interpreter? FindPyPy(string? explicitCommand)
    {
        string cmd = explicitCommand ?? "pypy3";
        string? v = Version(cmd, null);
        return v is null ? null : Direct(cmd, null, v);
    }

    /// <summary>
    /// The interpreter's own executable (sys.executable), run directly: a version manager's shim (pyenv's is a
    /// shell script) would add its own start-up, ~0.15 s, to every CPython time and flatter the ratios.
    /// </summary>
    private static Interpreter Direct(string cmd, IReadOnlyDictionary<string, string>? env, string version)
    {
        string? exe = Query(cmd, env, "import sys; print(sys.executable)");
        return exe is not null && File.Exists(exe) ? new Interpreter(exe, null, version) : new Interpreter(cmd, env, version);
    }

    private static string? Version(string cmd, IReadOnlyDictionary<string, string>? env)
    {
        string? output = Query(cmd, env, "import sys, platform; print(platform.python_implementation(), sys.version.split()[0])");
        // "CPython 3.12.1" -> "Python 3.12.1" for CPython (what the 3.12 test looks for); "PyPy 3.9.18" stays.
        return output is not null && output.StartsWith("CPython ", StringComparison.Ordinal) ? output[1..] : output;
    }

    private static string? Query(string cmd, IReadOnlyDictionary<string, string>? env, string code)
    {
        try
        {
            var psi = new ProcessStartInfo(cmd) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(code);
            if (env is not null)
                foreach (var (k, v) in env)
                    psi.Environment[k] = v;
            using var p = Process.Start(psi)!;
            string output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode != 0 || output.Length == 0 ? null : output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }
    }
}

/// <summary>The Markdown table.</summary>
internal static class Table
{
    private static bool s_cpu;

    public static string Render(List<Row> rows, Program.Options options, Interpreter? cpython, Interpreter? pypy)
    {
        bool aot = options.Aot;
        s_cpu = options.Cpu;
        var sb = new StringBuilder();
        // With --aot the NativeAOT build (the product's deployment mode) is the primary PyAot column and the
        // geometric mean's; the JIT build (framework-dependent publish) follows as a second column.
        var header = new List<string> { "program", aot ? "PyAot (NativeAOT)" : "PyAot (JIT)" };
        if (cpython is not null)
        {
            header.Add("CPython 3.12");
            header.Add("CPython / PyAot");
        }
        if (aot)
        {
            header.Add("PyAot (JIT)");
            if (cpython is not null)
                header.Add("CPython / JIT");
        }
        if (pypy is not null)
        {
            header.Add("PyPy");
            if (cpython is not null)
                header.Add("CPython / PyPy");
        }
        sb.AppendLine("| " + string.Join(" | ", header) + " |");
        sb.AppendLine("|" + string.Concat(header.Select((_, i) => i == 0 ? "---|" : "---:|")));

        var primaryRatios = new List<double>();
        var jitRatios = new List<double>();
        var pypyRatios = new List<double>();
        int excluded = 0;
        foreach (var r in rows)
        {
            var cells = new List<string> { r.Name };
            string? notBuilt = r.NotCompiled is not null ? $"not compiled yet ({Escape(r.NotCompiled)})"
                : r.Jit is null || (aot && r.Aot is null) ? Escape(r.BuildError ?? "build failed") : null;
            var primary = aot ? r.AotTime : r.JitTime;
            if (notBuilt is not null || primary.Seconds is null)
                excluded++;
            cells.Add(notBuilt ?? Time(primary));
            if (cpython is not null)
            {
                cells.Add(Time(r.CPythonTime));
                cells.Add(notBuilt is null ? Ratio(r.CPythonTime, primary, primaryRatios) : "");
            }
            if (aot)
            {
                cells.Add(r.Jit is null ? "" : Time(r.JitTime));
                if (cpython is not null)
                    cells.Add(r.Jit is null ? "" : Ratio(r.CPythonTime, r.JitTime, jitRatios));
            }
            if (pypy is not null)
            {
                cells.Add(Time(r.PyPyTime));
                if (cpython is not null)
                    cells.Add(Ratio(r.CPythonTime, r.PyPyTime, pypyRatios));
            }
            sb.AppendLine("| " + string.Join(" | ", cells) + " |");
        }

        if (cpython is not null)
        {
            var cells = new List<string> { "**geometric mean**", "", "", GeoMean(primaryRatios) };
            if (aot)
            {
                cells.Add("");
                cells.Add(GeoMean(jitRatios));
            }
            if (pypy is not null)
            {
                cells.Add("");
                cells.Add(GeoMean(pypyRatios));
            }
            sb.AppendLine("| " + string.Join(" | ", cells) + " |");
        }
        sb.AppendLine();
        string method = options.Runs == 1 ? "one run" : $"best of {options.Runs} runs";
        sb.Append(options.Cpu
            ? $"Times: user+system CPU time of the whole process (start-up, JIT and GC threads included), {method}, contenders interleaved. "
            : $"Times: wall clock of the whole process (start-up included), {method}, contenders interleaved. ");
        sb.Append("Ratios: CPython time / other time (higher is faster than CPython). ");
        sb.Append(aot ? "PyAot: the NativeAOT build (`pyaot build --aot`); PyAot (JIT): the framework-dependent build. " : "PyAot: the framework-dependent (JIT) build; add --aot for the NativeAOT build. ");
        sb.Append($"Geometric mean over the {primaryRatios.Count} programs PyAot compiles and runs correctly; {excluded} of {rows.Count} excluded (not compiled yet or failed).");
        if (cpython is null)
            sb.Append(options.NoCPython ? " CPython left out (--no-cpython): no ratios." : " CPython 3.12 was not found: no ratios.");
        if (pypy is null)
            sb.Append(options.NoPyPy ? " PyPy left out (--no-pypy)." : " PyPy was not found (pypy3): no PyPy column.");
        sb.AppendLine();
        sb.Append($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}");
        if (cpython is not null)
            sb.Append($"; {cpython.Describe().Split(" (`")[0]}");
        if (pypy is not null)
            sb.Append($"; {pypy.Describe().Split(" (`")[0]}");
        sb.AppendLine(".");
        return sb.ToString();
    }

    /// <summary>Peak resident set of each program's process (the best run of each contender), and PyAot's over
    /// CPython's: the issue's memory goal is at most 1.00 on every program.</summary>
    public static string RenderMemory(List<Row> rows, Program.Options options, Interpreter? cpython, Interpreter? pypy)
    {
        bool aot = options.Aot;
        var sb = new StringBuilder();
        var header = new List<string> { "program", aot ? "PyAot (NativeAOT)" : "PyAot (JIT)" };
        if (cpython is not null)
            header.AddRange(new[] { "CPython 3.12", "PyAot / CPython" });
        if (pypy is not null)
            header.Add("PyPy");
        sb.AppendLine("| " + string.Join(" | ", header) + " |");
        sb.AppendLine("|" + string.Concat(header.Select((_, i) => i == 0 ? "---|" : "---:|")));
        var ratios = new List<double>();
        int above = 0;
        foreach (var r in rows)
        {
            var primary = aot ? r.AotTime : r.JitTime;
            var cells = new List<string> { r.Name, MiB(primary) };
            if (cpython is not null)
            {
                cells.Add(MiB(r.CPythonTime));
                string ratio = "";
                if (primary.PeakKiB is { } p && r.CPythonTime.PeakKiB is { } c && c > 0)
                {
                    double q = (double)p / c;
                    ratios.Add(q);
                    if (q > 1.0)
                        above++;
                    ratio = q.ToString("F2", CultureInfo.InvariantCulture) + "x";
                }
                cells.Add(ratio);
            }
            if (pypy is not null)
                cells.Add(MiB(r.PyPyTime));
            sb.AppendLine("| " + string.Join(" | ", cells) + " |");
        }
        if (cpython is not null)
            sb.AppendLine("| **geometric mean** |  |  | " + (ratios.Count == 0 ? "" : "**" + Math.Exp(ratios.Average(Math.Log)).ToString("F2", CultureInfo.InvariantCulture) + "x**") + " |" + (pypy is not null ? "  |" : ""));
        sb.AppendLine();
        sb.AppendLine($"Peak resident set size of each process (GNU time's %M, from wait4), smallest of the runs. PyAot / CPython: lower uses less memory; {above} of {ratios.Count} programs above CPython.");
        return sb.ToString();
    }

    private static string MiB(Measurement m) =>
        m.PeakKiB is { } k ? (k / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB" : "";

    private static string Escape(string s) => s.Replace("|", "\\|");

    private static string Time(Measurement m) =>
        m.Failure is not null ? "**" + Escape(m.Failure) + "**" : m.Metric(s_cpu) is { } s ? s.ToString("F3", CultureInfo.InvariantCulture) + " s" : "";

    private static string Ratio(Measurement baseline, Measurement other, List<double> collect)
    {
        if (baseline.Metric(s_cpu) is not { } b || other.Metric(s_cpu) is not { } o || o <= 0)
            return "";
        double r = b / o;
        collect.Add(r);
        return r.ToString("F2", CultureInfo.InvariantCulture) + "x";
    }

    private static string GeoMean(List<double> ratios) =>
        ratios.Count == 0 ? "" : "**" + Math.Exp(ratios.Average(Math.Log)).ToString("F2", CultureInfo.InvariantCulture) + "x**";
}
