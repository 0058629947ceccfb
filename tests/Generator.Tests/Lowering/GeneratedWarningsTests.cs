using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>The generated C# of every corpus program compiles without a warning: the generator suppresses only the
/// warnings it means to, each with a targeted pragma and its reason, never all of them.</summary>
public sealed class GeneratedWarningsTests
{
    [Theory]
    [InlineData("programs")]
    [InlineData("benchmarks")]
    [InlineData("sample")]
    public void CorpusCompilesWithoutWarnings(string suite)
    {
        var sources = LoweringCorpusTests.ByKey.Values.Where(e => e.Suite == suite)
            .Select(e => (e, code: LoweringCorpus.Lower(e)))
            .Where(x => !x.code.StartsWith("// no C#"))
            .ToList();
        var library = LoweringCorpus.LibraryFor(sources.Select(s => s.e)).ToList();
        var diagnostics = LoweringHarness.Diagnostics(sources.Select(s => s.code).Concat(library), "warnings_" + suite);
        // (Only the generated files' own: the harness's references draw an assembly-version warning, CS1701.)
        var report = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.IsInSource)
            .GroupBy(d => d.Id)
            .Select(g => $"{g.Key} x{g.Count()}: {g.First()}")
            .ToList();
        Assert.True(report.Count == 0, string.Join("\n", report));
    }
}
