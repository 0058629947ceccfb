using System.Linq;
using System.Threading;
using PyAot.Generator.Lowering;
using PyAot.Generator.Model;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>PyAot's library (src/Generator/Library: standard-library modules written in Python): each module compiles
/// clean, is compiled only for a program that imports it, yields to a project module of its name, and refuses at
/// build time what CPython's module has and it lacks.</summary>
public sealed class LibraryModulesTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in LibraryModules.Names)
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EachModuleCompilesWithoutADiagnostic(string name)
    {
        var file = LibraryModules.File(name);
        var lowered = ModuleLowering.Lower(new ModuleInput(name, file.FilePath, file.Text, EquatableArray<string>.Empty), CancellationToken.None);
        Assert.Empty(lowered.Diagnostics);
        Assert.NotNull(lowered.CSharp);
    }

    [Fact]
    public void NoLibraryModuleHasARuntimeModulesName() =>
        Assert.Empty(LibraryModules.Names.Intersect(ImportResolver.BuiltinModules));

    [Fact]
    public void TheModulesAProgramNeedsAreWhatItImportsLessWhatItHas()
    {
        var imports = new[] { LibraryModules.ImportsOf("import math\ndef f():\n    from random import choice\n") };
        Assert.Equal(new[] { "random" }, LibraryModules.Needed(imports, new EquatableArray<string>(new[] { "main" })));
        // A project module named random is the one imported, as the script's directory comes first on sys.path.
        Assert.Empty(LibraryModules.Needed(imports, new EquatableArray<string>(new[] { "main", "random" })));
        Assert.Empty(LibraryModules.ImportsOf("import mathx\nfrom . import random\n"));
    }

    [Fact]
    public void ANameCPythonsModuleHasAndTheLibrarysLacksIsRefused()
    {
        var d = Assert.Single(LoweringHarness.Lower("m", "from random import SystemRandom\n").Diagnostics);
        Assert.Equal(("PY2001", "'random.SystemRandom' is not supported yet"), (d.Id, d.Message));
        d = Assert.Single(LoweringHarness.Lower("m", "import random\nprint(random.SystemRandom)\n").Diagnostics);
        Assert.Equal(("PY2001", "'random.SystemRandom' is not supported yet"), (d.Id, d.Message));
        Assert.Empty(LoweringHarness.Lower("m", "from random import choice, Random, randrange\n").Diagnostics);
    }
}
