using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace PyAot.FrontEnd.Tests;

/// <summary>
/// The conformance figure: parses every .py file of CPython 3.12's standard library (tests included) and compares
/// each tree, positions included, with CPython's own; every file CPython rejects must be rejected. Needs CPython
/// 3.12 and is skipped, with the reason shown, without it. The same figure, printed:
/// <c>dotnet run -c Release --project benchmarks/ParserBenchmark -- conformance</c>.
/// </summary>
public class StdlibConformanceTests
{
    private readonly ITestOutputHelper _out;

    public StdlibConformanceTests(ITestOutputHelper output) => _out = output;

    [CPythonFact]
    public void WholeStdlibMatchesCPython() => Compare(everyNth: 1, minimumPercent: 100.0);

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
            if (!result.HasErrors && expected.TryGetValue(f, out var rejected) && !rejected.StartsWith("Module(", StringComparison.Ordinal))
                _out.WriteLine("accepted although CPython rejects it: " + f);
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
