using System.Collections.Generic;
using System.Linq;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// The generated C# of every program in the repository (<see cref="LoweringCorpus"/>), compared with its baseline
/// under <c>Baselines/corpus/</c>. A refactoring of the lowering keeps these byte-identical; a change to generated
/// code on purpose updates them (<c>PYAOT_ACCEPT_BASELINES=1</c>) in the commit that says why, so the diff shows
/// what changed.
/// </summary>
public sealed class LoweringCorpusTests
{
    /// <summary>The corpus, read once for every test that walks it ("suite/name" → entry).</summary>
    internal static readonly Dictionary<string, LoweringCorpus.Entry> ByKey =
        LoweringCorpus.Entries(TestPaths.RepositoryRoot).ToDictionary(e => e.ToString());

    public static IEnumerable<object[]> Entries() => ByKey.Keys.OrderBy(k => k, System.StringComparer.Ordinal).Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Entries))]
    public void GeneratedCodeMatchesBaseline(string entry)
    {
        var e = ByKey[entry];
        Baseline.AssertMatches(e.BaselinePath, LoweringCorpus.Lower(e));
    }

    [Fact]
    public void EveryBaselineHasItsProgram()
    {
        // A baseline left behind by a deleted or renamed program would silently stop being checked.
        string dir = System.IO.Path.Combine(TestPaths.ProjectDirectory, "Baselines", "corpus");
        var expected = ByKey.Values.Select(e => e.BaselinePath).ToHashSet();
        var stale = System.IO.Directory.EnumerateFiles(dir, "*.txt", System.IO.SearchOption.AllDirectories)
            .Select(p => "corpus/" + System.IO.Path.GetRelativePath(dir, p).Replace('\\', '/'))
            .Where(p => !expected.Contains(p))
            .ToList();
        Assert.Empty(stale);
    }
}
