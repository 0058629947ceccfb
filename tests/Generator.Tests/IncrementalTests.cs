using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// Roslyn's incremental rules, checked through the tracked steps: editing one .py file re-lowers only that
/// module, and editing C# re-lowers nothing.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    [Fact]
    public void EditingOneModuleRelowersOnlyThatModule()
    {
        var a = new PyText("/project/a.py", "x = 1\nprint(x)\n");
        var b = new PyText("/project/b.py", "y = 2\nprint(y)\n");
        var driver = CreateDriver(a, b);
        var compilation = EmptyCompilation();
        driver = driver.RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(a, new PyText(a.Path, "x = 10\nprint(x)\n"));
        driver = driver.RunGenerators(compilation);

        var lowered = LoweredSteps(driver);
        Assert.Equal(2, lowered.Length);
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(lowered, "a"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "b"));
    }

    [Fact]
    public void ALibraryModuleIsLoweredOnceWhileItsImportersChange()
    {
        // random (PyAot's library, written in Python) is compiled because a imports it; editing a leaves it cached,
        // and so does editing b to import it too; editing b to import nothing else of the library leaves it too.
        var a = new PyText("/project/a.py", "import random\nprint(random.random())\n");
        var b = new PyText("/project/b.py", "y = 2\n");
        var driver = CreateDriver(a, b);
        var compilation = EmptyCompilation();
        driver = driver.RunGenerators(compilation);
        Assert.Contains(LoweredSteps(driver), s => ((Model.LoweredModule)s.Outputs.Single().Value).ModuleName == "random");

        driver = driver.ReplaceAdditionalText(a, new PyText(a.Path, "import random\nprint(random.random(), 1)\n"));
        driver = driver.RunGenerators(compilation);
        var lowered = LoweredSteps(driver);
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(lowered, "a"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "b"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "random"));

        driver = driver.ReplaceAdditionalText(b, new PyText(b.Path, "from random import choice\ny = choice([2])\n"));
        driver = driver.RunGenerators(compilation);
        lowered = LoweredSteps(driver);
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "a"));
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(lowered, "b"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "random"));
    }

    [Fact]
    public void ALibraryModuleIsNotLoweredUnlessImported()
    {
        var driver = CreateDriver(new PyText("/project/a.py", "print('no imports')\n"));
        driver = driver.RunGenerators(EmptyCompilation());
        Assert.Equal(new[] { "a" }, LoweredSteps(driver).Select(s => ((Model.LoweredModule)s.Outputs.Single().Value).ModuleName));
    }

    [Fact]
    public void AStarImportRelowersOnlyWhenTheExportsItReadsChange()
    {
        // b does `from a import *`: an edit of a that leaves its exported names alone re-lowers a only; one that changes
        // them re-lowers b too; c, which star-imports nothing, stays cached throughout.
        var a = new PyText("/project/a.py", "__all__ = ['x']\nx = 1\n_y = 2\n");
        var b = new PyText("/project/b.py", "from a import *\nprint(x)\n");
        var c = new PyText("/project/c.py", "print(3)\n");
        var driver = CreateDriver(a, b, c);
        var compilation = EmptyCompilation();
        driver = driver.RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(a, a = new PyText(a.Path, "__all__ = ['x']\nx = 10\n_y = 2\nz = 3\n"));
        driver = driver.RunGenerators(compilation);
        var lowered = LoweredSteps(driver);
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(lowered, "a"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "b"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "c"));

        driver = driver.ReplaceAdditionalText(a, new PyText(a.Path, "__all__ = ['x', 'z']\nx = 10\n_y = 2\nz = 3\n"));
        driver = driver.RunGenerators(compilation);
        lowered = LoweredSteps(driver);
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(lowered, "a"));
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(lowered, "b"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(lowered, "c"));
        Assert.Contains("\"z\"", ((Model.LoweredModule)lowered.Single(s => ((Model.LoweredModule)s.Outputs.Single().Value).ModuleName == "b").Outputs.Single().Value).CSharp);
    }

    [Fact]
    public void AStarImportOfAModuleWithoutAllFollowsItsPublicNames()
    {
        // Without __all__, a new underscore name changes nothing b can see; a new public name does.
        var a = new PyText("/project/a.py", "x = 1\n");
        var b = new PyText("/project/b.py", "from a import *\nprint(x)\n");
        var driver = CreateDriver(a, b);
        var compilation = EmptyCompilation();
        driver = driver.RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(a, a = new PyText(a.Path, "x = 1\n_hidden = 2\n"));
        driver = driver.RunGenerators(compilation);
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(LoweredSteps(driver), "b"));

        driver = driver.ReplaceAdditionalText(a, new PyText(a.Path, "x = 1\n_hidden = 2\nshown = 3\n"));
        driver = driver.RunGenerators(compilation);
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(LoweredSteps(driver), "b"));
    }

    [Fact]
    public void EditingCSharpRelowersNothing()
    {
        var driver = CreateDriver(new PyText("/project/a.py", "print(1)\n"), new PyText("/project/b.py", "print(2)\n"));
        var compilation = EmptyCompilation();
        driver = driver.RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", ParseOptions));
        driver = driver.RunGenerators(edited);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { PythonGenerator.Steps.PythonFiles, PythonGenerator.Steps.LoweredModules })
        {
            foreach (var step in steps[name])
                Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    private static GeneratorDriver CreateDriver(params AdditionalText[] texts) =>
        CSharpGeneratorDriver.Create(
            new[] { new PythonGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static CSharpCompilation EmptyCompilation() =>
        CSharpCompilation.Create("Incremental", references: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

    private static ImmutableArray<IncrementalGeneratorRunStep> LoweredSteps(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps[PythonGenerator.Steps.LoweredModules];

    private static IncrementalStepRunReason ReasonFor(ImmutableArray<IncrementalGeneratorRunStep> steps, string module) =>
        steps.Single(s => ((Model.LoweredModule)s.Outputs.Single().Value).ModuleName == module).Outputs.Single().Reason;

    private sealed class PyText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
