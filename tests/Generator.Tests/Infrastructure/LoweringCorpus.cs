using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PyAot.Generator.Lowering;
using PyAot.Generator.Model;

namespace PyAot.Generator.Tests.Infrastructure;

/// <summary>
/// Every Python program the repository holds (the conformance programs and their helpers, the benchmark programs,
/// the sample), each lowered as a module of its folder's project under a fixed, machine-independent root, so that
/// the generated C# can be kept as a baseline (<c>LoweringCorpusTests</c>) and the generator timed on it
/// (<c>ParserBenchmark lowering</c>).
/// </summary>
public static class LoweringCorpus
{
    /// <summary>The fixed project root the modules are lowered under (it shows in the <c>#line</c> paths).</summary>
    public const string Root = "/project";

    /// <summary>A suite's name (its folder in the baselines) and its folder relative to the repository.</summary>
    public static readonly (string Suite, string Folder)[] Suites =
    {
        ("programs", "tests/Generator.Tests/Programs"),
        ("benchmarks", "benchmarks/programs"),
        ("sample", "samples/HelloPython"),
    };

    public sealed record Entry(string Suite, string Name, ModuleInput Input)
    {
        /// <summary>Where the entry's baseline lives under <c>Baselines/</c>.</summary>
        public string BaselinePath => $"corpus/{Suite}/{Name}.g.cs.txt";

        public override string ToString() => Suite + "/" + Name;
    }

    public static IEnumerable<Entry> Entries(string repositoryRoot)
    {
        foreach (var (suite, folder) in Suites)
        {
            var files = Directory.EnumerateFiles(Path.Combine(repositoryRoot, folder), "*.py")
                .Select(Path.GetFileNameWithoutExtension)
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToList();
            var modules = new EquatableArray<string>(files.ToArray()!);
            var sources = files
                .Select(name => new PythonFile(name!, $"{Root}/{suite}/{name}.py",
                    File.ReadAllText(Path.Combine(repositoryRoot, folder, name + ".py")).Replace("\r\n", "\n")))
                .ToList();
            // What each module's star imports may bind, as the generator's ModuleExports step works it out.
            var exports = sources.Select(f => Analysis.StarExports.Of(f, CancellationToken.None)).ToList();
            foreach (var file in sources)
            {
                yield return new Entry(suite, file.ModuleName, new ModuleInput(file.ModuleName, file.FilePath, file.Text, modules,
                    StarNames: Analysis.StarExports.NamesFor(file.ModuleName, exports, modules)));
            }
        }
    }

    /// <summary>The C# of the library modules (PyAot's standard library in Python) that <paramref name="entries"/>
    /// import, which the generator compiles with them.</summary>
    public static IEnumerable<string> LibraryFor(IEnumerable<Entry> entries)
    {
        var needed = LibraryModules.Needed(entries.Select(e => LibraryModules.ImportsOf(e.Input.Text)),
            new EquatableArray<string>(entries.Select(e => e.Input.ModuleName).ToArray()));
        foreach (var name in needed)
        {
            var file = LibraryModules.File(name);
            yield return ModuleLowering.Lower(new ModuleInput(name, file.FilePath, file.Text, EquatableArray<string>.Empty), CancellationToken.None).CSharp!;
        }
    }

    /// <summary>What the generator makes of one entry: its C#, or its diagnostics when it refuses the module.</summary>
    public static string Lower(Entry entry)
    {
        var lowered = ModuleLowering.Lower(entry.Input, CancellationToken.None);
        if (lowered.CSharp is not null)
            return lowered.CSharp;
        return "// no C#: the generator reported\n" +
               string.Join("\n", lowered.Diagnostics.Select(d => $"// {d.Id} ({d.StartLine},{d.StartColumn}): {d.Message}")) + "\n";
    }
}
