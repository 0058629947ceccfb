using System;
using Xunit;
using Xunit.Abstractions;

namespace PyAot.FrontEnd.Tests;

/// <summary>
/// Mutated standard-library files and random bytes (fixed seed): every case gives a tree or diagnostics within
/// the bound. The longer run: <c>dotnet run -c Release --project benchmarks/ParserBenchmark -- fuzz</c>.
/// </summary>
public class FuzzTests
{
    private readonly ITestOutputHelper _out;

    public FuzzTests(ITestOutputHelper output) => _out = output;

    [Fact]
    public void MutatedFilesGiveATreeOrDiagnostics()
    {
        var (corpus, source) = Fuzzer.Corpus();
        _out.WriteLine("fuzz corpus: " + source);
        if (CPython.Path is null)
            Console.Error.WriteLine("WARNING: " + CPython.SkipReason + "; fuzzing the committed test cases only");
        // A generous bound: a case is at most a few hundred KB, parsed in milliseconds; the bound only catches hangs.
        var report = Fuzzer.Run(corpus, seed: 20240601, count: 3000, bound: TimeSpan.FromSeconds(20));
        _out.WriteLine($"{report.Cases} cases ({report.Bytes / 1e6:F1} MB): {report.Trees} trees, {report.Rejected} rejected, slowest {report.SlowestMs:F0} ms");
        foreach (var f in report.Failures)
            _out.WriteLine(f);
        Assert.Empty(report.Failures);
    }
}
