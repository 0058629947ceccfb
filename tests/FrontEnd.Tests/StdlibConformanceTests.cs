using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace PyAot.FrontEnd.Tests;

/// <summary>
/// Parses CPython's own standard library and compares every tree (with positions) with CPython's. A sample of
/// files always runs; the whole library runs when PYAOT_STDLIB_CONFORMANCE=1 (about a minute, mostly CPython).
/// </summary>
public class StdlibConformanceTests
{
    private readonly ITestOutputHelper _out;

    public StdlibConformanceTests(ITestOutputHelper output) => _out = output;

    [CPythonFact]
    public void SampleOfStdlibMatchesCPython() => Compare(everyNth: 25, minimumPercent: 98.0);

    [CPythonFact]
    public void WholeStdlibMatchesCPython()
    {
        if (Environment.GetEnvironmentVariable("PYAOT_STDLIB_CONFORMANCE") != "1")
        {
            _out.WriteLine("set PYAOT_STDLIB_CONFORMANCE=1 to compare the whole standard library");
            return;
        }
        Compare(everyNth: 1, minimumPercent: 99.0);
    }

    private void Compare(int everyNth, double minimumPercent)
    {
        var all = CPython.StdlibFiles();
        var files = new List<string>();
        for (int i = 0; i < all.Count; i += everyNth)
            files.Add(all[i]);
        var expected = CPython.Dumps(files, positions: true);
        int same = 0;
        long bytes = 0;
        var parseTime = new Stopwatch();
        var mismatches = new List<string>();
        foreach (var f in files)
        {
            var source = File.ReadAllBytes(f);
            bytes += source.Length;
            parseTime.Start();
            var result = PythonParser.Parse(source, f);
            parseTime.Stop();
            string actual = result.HasErrors
                ? $"SyntaxError: {result.Errors[0].Message} ({result.Errors[0].Line}:{result.Errors[0].Column})"
                : PyAot.FrontEnd.Ast.AstDumper.Dump(result.Module, positions: true);
            if (expected.TryGetValue(f, out var e) && e == actual)
                same++;
            else
                mismatches.Add(f);
        }
        double percent = 100.0 * same / files.Count;
        _out.WriteLine($"{same}/{files.Count} files identical to CPython ({percent:F2}%); " +
                       $"parsed {bytes / 1e6:F1} MB in {parseTime.ElapsedMilliseconds} ms ({bytes / 1e6 / Math.Max(parseTime.Elapsed.TotalSeconds, 1e-9):F0} MB/s)");
        foreach (var m in mismatches)
            _out.WriteLine("differs: " + m);
        Assert.True(percent >= minimumPercent, $"{percent:F2}% identical, expected at least {minimumPercent}%");
    }
}
