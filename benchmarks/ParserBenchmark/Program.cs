using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PyAot.FrontEnd;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Tests;

namespace PyAot.FrontEnd.Benchmark;

/// <summary>
/// dotnet run -c Release --project benchmarks/ParserBenchmark [-- speed|conformance|fuzz|linearity] ...
///   speed (default)        parse throughput over CPython 3.12's standard library, ours beside CPython's ast.parse
///   conformance [--diff DIR]  stdlib trees identical to CPython's (positions included), and the error table figure
///   fuzz [CASES] [SEED]    the long fuzz run (default 500,000 cases, seed 1)
///   linearity              parse time for n, 2n, 4n... copies of a file
///   lowering [PASSES]      the generator (parse, scopes, lowering) over every program of the repository
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string mode = args.Length > 0 ? args[0] : "speed";
        string[] rest = args.Skip(1).ToArray();
        switch (mode)
        {
            case "speed": return Speed(rest);
            case "conformance": return Conformance(rest);
            case "fuzz": return Fuzz(rest);
            case "linearity": return Linearity();
            case "phases": return Phases();
            case "lowering": return Lowering(rest);
            default:
                Console.Error.WriteLine("usage: ParserBenchmark [speed [PASSES] | conformance [--diff DIR] | fuzz [CASES] [SEED] | linearity | lowering [PASSES]]");
                return 2;
        }
    }

    private static bool RequireCPython()
    {
        if (CPython.Path is not null)
            return true;
        Console.Error.WriteLine("CPython 3.12 not found (set PYAOT_CPYTHON to a python3.12): the standard library and the oracle come from it.");
        return false;
    }

    // ---------------------------------------------------------------- lowering

    /// <summary>The whole generator on the corpus the lowering baselines cover: best and median of the passes
    /// (after two warm-up passes) and the bytes one pass allocates (exact, where the times are noisy), so a change to
    /// the lowering can show it stays within its budget. Run with DOTNET_TieredCompilation=0 so that no pass is
    /// timed while methods are recompiled in the background.</summary>
    private static int Lowering(string[] args)
    {
        int passes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "AotCompiler.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        var entries = PyAot.Generator.Tests.Infrastructure.LoweringCorpus.Entries(root).ToList();
        long chars = entries.Sum(e => (long)e.Input.Text.Length);
        var times = new List<double>();
        long allocated = 0;
        for (int pass = -2; pass < passes; pass++)
        {
            GC.Collect();
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Stopwatch.GetTimestamp();
            long output = 0;
            foreach (var e in entries)
                output += PyAot.Generator.Tests.Infrastructure.LoweringCorpus.Lower(e).Length;
            double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - a0;
            if (pass >= 0)
                times.Add(ms);
            if (pass == -2)
                Console.WriteLine($"{entries.Count} modules, {chars / 1024} KiB of Python, {output / 1024} KiB of C#");
        }
        times.Sort();
        Console.WriteLine($"lowering the corpus: best {times[0]:F1} ms, median {times[times.Count / 2]:F1} ms over {passes} passes, {allocated / 1024.0 / 1024.0:F1} MiB allocated a pass");
        return 0;
    }

    // ---------------------------------------------------------------- speed

    // CPython times one pass over the files each time it reads a line, so that its passes and ours alternate
    // and see the same machine load.
    private const string CPythonTiming = @"
import ast, sys, time, warnings
warnings.simplefilter('ignore')
paths = []
for line in sys.stdin:
    if not line.strip():
        break
    paths.append(line.rstrip('\n'))
data = [open(p, 'rb').read() for p in paths]
print(sum(map(len, data)), flush=True)
for line in sys.stdin:
    t = time.perf_counter()
    for d in data:
        try:
            ast.parse(d)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    print(time.perf_counter() - t, flush=True)
";

    private static int Speed(string[] args)
    {
        if (!RequireCPython())
            return 1;
        int passes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var files = CPython.StdlibFiles();
        var data = files.Select(File.ReadAllBytes).ToList();
        long bytes = data.Sum(d => (long)d.Length);
        Console.WriteLine($"{files.Count} files of CPython 3.12's standard library, {bytes / 1e6:F1} MB; {passes} passes each, " +
                          "ours and CPython's alternating; the best pass of each counts");
        Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, latency mode {System.Runtime.GCSettings.LatencyMode}");

        var psi = new ProcessStartInfo(CPython.Path!) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(CPythonTiming);
        if (Environment.GetEnvironmentVariable("PYENV_VERSION") is null)
            psi.Environment["PYENV_VERSION"] = "3.12.1";
        using var cpython = Process.Start(psi)!;
        foreach (var f in files)
            cpython.StandardInput.WriteLine(f);
        cpython.StandardInput.WriteLine();
        cpython.StandardInput.Flush();
        long cpyBytes = long.Parse(cpython.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);

        for (int w = 0; w < 3; w++) // warm-up: JIT and tiering
            foreach (var d in data)
                PythonParser.Parse(d);
        double best = double.MaxValue, cpyBest = double.MaxValue;
        for (int p = 0; p < passes; p++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long allocated = GC.GetTotalAllocatedBytes(true);
            int gcs = GC.CollectionCount(0);
            var sw = Stopwatch.StartNew();
            foreach (var d in data)
                PythonParser.Parse(d);
            sw.Stop();
            allocated = GC.GetTotalAllocatedBytes(true) - allocated;
            gcs = GC.CollectionCount(0) - gcs;
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            cpython.StandardInput.WriteLine("pass");
            cpython.StandardInput.Flush();
            double t = double.Parse(cpython.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);
            cpyBest = Math.Min(cpyBest, t);
            Console.WriteLine($"  pass {p + 1}: ours {bytes / 1e6 / sw.Elapsed.TotalSeconds,6:F1} MB/s ({allocated / (double)bytes:F1} bytes allocated a source byte, {gcs} GCs), " +
                              $"CPython {cpyBytes / 1e6 / t,5:F1} MB/s");
        }
        cpython.StandardInput.Close();
        cpython.WaitForExit();
        double ours = bytes / 1e6 / best, cpy = cpyBytes / 1e6 / cpyBest;
        Console.WriteLine($"PyAot front end:        {ours,6:F1} MB/s  ({best * 1000:F0} ms a pass)");
        Console.WriteLine($"CPython 3.12 ast.parse: {cpy,6:F1} MB/s  ({cpyBest * 1000:F0} ms a pass)");
        Console.WriteLine($"ratio: {ours / cpy:F1}x CPython");
        return 0;
    }

    // ---------------------------------------------------------------- conformance

    private static int Conformance(string[] args)
    {
        string? diffDir = args.Length >= 2 && args[0] == "--diff" ? args[1] : null;
        int status = 0;
        if (RequireCPython())
        {
            var files = CPython.StdlibFiles();
            var expected = CPython.Dumps(files, positions: true);
            int same = 0, cpythonRejects = 0, weRejectToo = 0;
            var differs = new List<string>();
            foreach (var f in files)
            {
                string actual = TestFiles.DumpLine(File.ReadAllBytes(f), positions: true);
                expected.TryGetValue(f, out var e);
                e ??= "(no output from CPython)";
                bool rejected = !e.StartsWith("Module(", StringComparison.Ordinal);
                if (rejected)
                {
                    cpythonRejects++;
                    if (!actual.StartsWith("Module(", StringComparison.Ordinal))
                        weRejectToo++;
                }
                if (e == actual)
                    same++;
                else
                {
                    differs.Add(f);
                    if (diffDir is not null)
                    {
                        Directory.CreateDirectory(diffDir);
                        string name = f.Replace('/', '_').Replace('\\', '_');
                        File.WriteAllText(Path.Combine(diffDir, name + ".expected"), e + "\n");
                        File.WriteAllText(Path.Combine(diffDir, name + ".actual"), actual + "\n");
                    }
                }
            }
            foreach (var d in differs)
                Console.WriteLine("differs: " + d);
            Console.WriteLine($"stdlib: {same}/{files.Count} files identical to CPython 3.12, positions included ({100.0 * same / files.Count:F2}%); " +
                              $"CPython rejects {cpythonRejects}, we reject {weRejectToo} of them");
            if (differs.Count > 0)
                status = 1;
        }

        var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.CasesDir, "syntax_errors.json")));
        int exact = 0, total = 0;
        foreach (var c in table.RootElement.EnumerateArray())
        {
            total++;
            var r = PythonParser.Parse(c.GetProperty("source").GetString() ?? "");
            if (!r.HasErrors)
                continue;
            var e = r.Errors[0];
            if (e.Kind == c.GetProperty("kind").GetString() && e.Message == c.GetProperty("message").GetString()
                && e.Line == c.GetProperty("line").GetInt32() && e.Column == c.GetProperty("column").GetInt32())
                exact++;
        }
        Console.WriteLine($"error table: {exact}/{total} syntax errors exact, message, line and column ({100.0 * exact / total:F1}%)");
        return status;
    }

    // ---------------------------------------------------------------- fuzz

    private static int Fuzz(string[] args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500_000;
        int seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        var (corpus, source) = Fuzzer.Corpus();
        Console.WriteLine($"fuzz: {count} cases, seed {seed}, corpus: {source}");
        var sw = Stopwatch.StartNew();
        var report = Fuzzer.Run(corpus, seed, count, TimeSpan.FromSeconds(10), Console.WriteLine);
        Console.WriteLine($"{report.Cases} cases ({report.Bytes / 1e6:F0} MB) in {sw.Elapsed.TotalSeconds:F0} s: {report.Trees} trees, " +
                          $"{report.Rejected} rejected, slowest {report.SlowestMs:F0} ms, {report.Failures.Count} failures");
        foreach (var f in report.Failures.Take(50))
            Console.WriteLine("FAILURE " + f);
        return report.Failures.Count == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------- phases

    /// <summary>Time and allocation of each phase over the standard library (for work on the parser's speed).</summary>
    private static int Phases()
    {
        if (!RequireCPython())
            return 1;
        var data = CPython.StdlibFiles().Select(File.ReadAllBytes).ToList();
        long bytes = data.Sum(d => (long)d.Length);
        var texts = new List<string>();
        var sources = new List<Lexing.SourceText>();
        var toks = new List<Lexing.Tokenizer>();
        for (int round = 0; round < 3; round++)
        {
            texts.Clear();
            sources.Clear();
            toks.Clear();
            GC.Collect();
            var (t0, a0) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(true));
            foreach (var d in data)
                texts.Add(SourceDecoder.TryDecode(d, out string text, out _) ? text : "");
            var (t1, a1) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(true));
            foreach (var t in texts)
                sources.Add(new Lexing.SourceText(t));
            var (t2, a2) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(true));
            foreach (var s in sources)
                toks.Add(Lexing.Tokenizer.Run(s, default));
            var (t3, a3) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(true));
            int tokens = 0;
            for (int i = 0; i < sources.Count; i++)
            {
                tokens += toks[i].Count;
                new Parsing.Parser(sources[i], toks[i].Tokens, toks[i].Count, default).ParseModule(new List<PySyntaxError>());
            }
            var (t4, a4) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(true));
            double f = 1000.0 / Stopwatch.Frequency;
            Console.WriteLine($"decode {(t1 - t0) * f,5:F0} ms {(a1 - a0) / (double)bytes,5:F1} B/B | lines {(t2 - t1) * f,5:F0} ms {(a2 - a1) / (double)bytes,5:F1} B/B | " +
                              $"tokens {(t3 - t2) * f,5:F0} ms {(a3 - a2) / (double)bytes,5:F1} B/B ({tokens} tokens) | tree {(t4 - t3) * f,5:F0} ms {(a4 - a3) / (double)bytes,5:F1} B/B");
        }
        return 0;
    }

    // ---------------------------------------------------------------- linearity

    private static int Linearity()
    {
        // A unit of ordinary code: the committed test cases, or the standard library's largest files when present.
        var unit = new StringBuilder();
        if (CPython.Path is not null)
        {
            foreach (var f in CPython.StdlibFiles().Where(f => f.EndsWith("/_pydecimal.py", StringComparison.Ordinal)
                                                             || f.EndsWith("/typing.py", StringComparison.Ordinal)))
                unit.Append(Encoding.UTF8.GetString(File.ReadAllBytes(f))).Append('\n');
        }
        if (unit.Length == 0)
            foreach (var f in Directory.GetFiles(TestFiles.CasesDir, "*.py").OrderBy(f => f, StringComparer.Ordinal))
            {
                var text = File.ReadAllText(f);
                if (!PythonParser.Parse(text).HasErrors)
                    unit.Append(text).Append('\n');
            }
        string u = unit.ToString();
        for (int i = 0; i < 30; i++) // warm-up: JIT tiers
            PythonParser.Parse(u);
        Console.WriteLine($"unit: {u.Length / 1e6:F2} M characters; time to parse n copies (best of 5)");
        double previous = 0;
        for (int n = 1; n <= 32; n *= 2)
        {
            string text = string.Concat(Enumerable.Repeat(u, n));
            double best = double.MaxValue;
            for (int k = 0; k < 5; k++)
            {
                GC.Collect();
                var sw = Stopwatch.StartNew();
                var r = PythonParser.Parse(text);
                sw.Stop();
                if (r.HasErrors)
                    Console.WriteLine("  (errors: " + r.Errors[0].Message + ")");
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"n={n,3}  {text.Length / 1e6,7:F1} M chars  {best,8:F0} ms  {text.Length / 1e3 / best,6:F1} M chars/s" +
                              (previous > 0 ? $"  x{best / previous:F2} for 2x input" : ""));
            previous = best;
        }
        return 0;
    }
}
