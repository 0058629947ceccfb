using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.Cli;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// The generated C# for each Snapshots/NAME.py, compared with Baselines/NAME.py.g.cs.txt.
/// The module is compiled under a fixed, machine-independent root so the #line paths in the baseline are stable.
/// </summary>
public sealed class SnapshotTests
{
    private const string Root = "/project";

    public static IEnumerable<object[]> Snapshots() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "Snapshots"), "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void GeneratedCodeMatchesBaseline(string name)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "Snapshots", name + ".py"));
        var build = InMemoryBuild.Compile(new[] { new InMemoryBuild.SourceFile($"{Root}/{name}.py", text) }, Root, mainModule: name);
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        var (hint, source) = Assert.Single(build.GeneratedSources);
        Baseline.AssertMatches(hint + ".txt", source);
    }
}
