using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Tests;

/// <summary>
/// Mutation fuzzing of the front end: cases made from real Python files (CPython's standard library when it is
/// installed, else the committed test cases) by deleting, duplicating, swapping and corrupting pieces of them,
/// plus random bytes. Every case must give a tree or diagnostics within a time bound, never an exception, a
/// hang (the parse is cancelled at the bound) or an internal parser error. Deterministic for a given seed.
/// Shared by the test suite (a few thousand cases) and the benchmark's <c>fuzz</c> command (a longer run).
/// </summary>
internal static class Fuzzer
{
    public sealed class Report
    {
        public int Cases;
        public int Trees;
        public int Rejected;
        public long Bytes;
        public double SlowestMs;
        public readonly List<string> Failures = new();
    }

    private static readonly string[] Tokens =
    {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "->", "*", "**", "@", "\\\n", "\n", "\r\n", "\r",
        "    ", "\t", " ", "#", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rb'", "{x!r:>{w}}", "}", "{", "lambda", "yield",
        "await", "async", "def", "class", "if", "else", "elif", "while", "for", "in", "not", "is", "match", "case", "type",
        "try", "except*", "finally", "with", "as", "return", "global", "nonlocal", "del", "pass", "import", "from", "0x",
        "1_000", "1e", "1j", "0o8", "\\N{", "\\x", "\u00e9", "\U0001F600", "\0", "\ufeff", "\u2028", "\x0c", "_", "__debug__",
    };

    /// <summary>The files to mutate, and a description of where they come from.</summary>
    public static (List<byte[]> Files, string Source) Corpus(int maxFiles = int.MaxValue)
    {
        var files = new List<byte[]>();
        if (CPython.Path is not null)
        {
            foreach (var f in CPython.StdlibFiles())
            {
                if (files.Count >= maxFiles)
                    break;
                files.Add(File.ReadAllBytes(f));
            }
            if (files.Count > 0)
                return (files, $"{files.Count} files of CPython 3.12's standard library");
        }
        foreach (var f in Directory.GetFiles(TestFiles.CasesDir, "*.py"))
            files.Add(File.ReadAllBytes(f));
        using (var table = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.CasesDir, "syntax_errors.json"))))
            foreach (var c in table.RootElement.EnumerateArray())
                files.Add(Encoding.UTF8.GetBytes(c.GetProperty("source").GetString() ?? ""));
        return (files, $"{files.Count} committed test cases (CPython 3.12 NOT FOUND: its standard library is not fuzzed)");
    }

    /// <summary>Runs <paramref name="count"/> cases made with <paramref name="seed"/>.</summary>
    public static Report Run(List<byte[]> corpus, int seed, int count, TimeSpan bound, Action<string>? progress = null)
    {
        var rng = new Random(seed);
        var report = new Report();
        for (int i = 0; i < count; i++)
        {
            byte[] input = Make(rng, corpus);
            Check(input, bound, report, $"seed {seed} case {i}");
            if (progress is not null && (i + 1) % 10000 == 0)
                progress($"{i + 1} cases, slowest {report.SlowestMs:F0} ms, {report.Failures.Count} failures");
        }
        return report;
    }

    public static void Check(byte[] input, TimeSpan bound, Report report, string name)
    {
        report.Cases++;
        report.Bytes += input.Length;
        using var cts = new CancellationTokenSource(bound);
        var sw = Stopwatch.StartNew();
        try
        {
            var r = PythonParser.Parse(input, "<fuzz>", cts.Token);
            if (!r.HasErrors)
            {
                AstDumper.Dump(r.Module, positions: true);
                report.Trees++;
            }
            else
            {
                report.Rejected++;
                foreach (var e in r.Errors)
                    if (e.Message.StartsWith("internal parser error", StringComparison.Ordinal) || e.Line < 0 || (e.Line == 0 && e.Column != -1))
                    {
                        report.Failures.Add($"{name}: {e.Kind}: {e.Message} ({e.Line}:{e.Column})");
                        break;
                    }
            }
        }
        catch (OperationCanceledException)
        {
            report.Failures.Add($"{name}: no answer within {bound.TotalMilliseconds} ms ({input.Length} bytes)");
        }
        catch (Exception e)
        {
            report.Failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
        }
        report.SlowestMs = Math.Max(report.SlowestMs, sw.Elapsed.TotalMilliseconds);
    }

    /// <summary>One case: random bytes, or a window of a corpus file with a few mutations.</summary>
    public static byte[] Make(Random rng, List<byte[]> corpus)
    {
        if (rng.Next(20) == 0)
        {
            var noise = new byte[rng.Next(0, 2000)];
            rng.NextBytes(noise);
            return noise;
        }
        byte[] file = corpus[rng.Next(corpus.Count)];
        var data = new List<byte>(Window(rng, file));
        int mutations = 1 + rng.Next(6);
        for (int m = 0; m < mutations; m++)
            Mutate(rng, data, corpus);
        return data.ToArray();
    }

    // A run of up to 300 lines (whole small files), so that thousands of cases stay fast.
    private static byte[] Window(Random rng, byte[] file)
    {
        if (file.Length < 8000 || rng.Next(10) == 0 && file.Length < 200_000)
            return file;
        var starts = new List<int> { 0 };
        for (int i = 0; i < file.Length; i++)
            if (file[i] == '\n' && i + 1 < file.Length)
                starts.Add(i + 1);
        int first = rng.Next(starts.Count);
        int last = Math.Min(starts.Count, first + 1 + rng.Next(300));
        int end = last < starts.Count ? starts[last] : file.Length;
        var w = new byte[end - starts[first]];
        Array.Copy(file, starts[first], w, 0, w.Length);
        return w;
    }

    private static void Mutate(Random rng, List<byte> d, List<byte[]> corpus)
    {
        int n = d.Count;
        int pos = n == 0 ? 0 : rng.Next(n + 1);
        switch (rng.Next(10))
        {
            case 0: // delete a span
                if (n > 0)
                    d.RemoveRange(Math.Min(pos, n - 1), Math.Min(n - Math.Min(pos, n - 1), 1 + rng.Next(40)));
                break;
            case 1: // duplicate a span
                if (n > 0)
                {
                    int s = rng.Next(n);
                    int len = Math.Min(n - s, 1 + rng.Next(200));
                    d.InsertRange(pos, d.GetRange(s, len));
                }
                break;
            case 2: // flip one byte
                if (n > 0)
                    d[rng.Next(n)] = (byte)rng.Next(256);
                break;
            case 3: // insert random bytes
                {
                    var b = new byte[1 + rng.Next(8)];
                    rng.NextBytes(b);
                    d.InsertRange(pos, b);
                }
                break;
            case 4: // truncate
                if (n > 0)
                    d.RemoveRange(pos == n ? n - 1 : pos, n - (pos == n ? n - 1 : pos));
                break;
            case 5: // swap two lines
                SwapLines(rng, d);
                break;
            case 6: // splice a piece of another file
                {
                    byte[] other = corpus[rng.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        int s = rng.Next(other.Length);
                        int len = Math.Min(other.Length - s, 1 + rng.Next(400));
                        var piece = new byte[len];
                        Array.Copy(other, s, piece, 0, len);
                        d.InsertRange(pos, piece);
                    }
                }
                break;
            case 7: // change the indentation at a line start
                {
                    int ls = pos;
                    while (ls > 0 && d[ls - 1] != '\n')
                        ls--;
                    if (rng.Next(2) == 0)
                        d.InsertRange(ls, Encoding.ASCII.GetBytes(rng.Next(3) == 0 ? "\t" : new string(' ', 1 + rng.Next(8))));
                    else
                        while (ls < d.Count && (d[ls] == ' ' || d[ls] == '\t') && rng.Next(4) != 0)
                            d.RemoveAt(ls);
                }
                break;
            default: // insert a Python token
                d.InsertRange(pos, Encoding.UTF8.GetBytes(Tokens[rng.Next(Tokens.Length)]));
                break;
        }
    }

    private static void SwapLines(Random rng, List<byte> d)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < d.Count; i++)
            if (d[i] == '\n')
                starts.Add(i + 1);
        if (starts.Count < 3)
            return;
        var lines = new List<List<byte>>();
        for (int i = 0; i < starts.Count; i++)
        {
            int end = i + 1 < starts.Count ? starts[i + 1] : d.Count;
            lines.Add(d.GetRange(starts[i], end - starts[i]));
        }
        int a = rng.Next(lines.Count - 1), b = rng.Next(lines.Count - 1);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        d.Clear();
        foreach (var l in lines)
            d.AddRange(l);
    }
}
