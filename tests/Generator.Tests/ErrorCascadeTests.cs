using System.Linq;
using PyAot.Cli;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>One error per mistake: a module that does not compile brings no C# errors with it, neither in the app's
/// C# that runs it nor in the modules that import it.</summary>
public sealed class ErrorCascadeTests
{
    private static string[] ErrorIds(params InMemoryBuild.SourceFile[] files)
    {
        var build = InMemoryBuild.Compile(files, "/app", mainModule: "main");
        Assert.False(build.Succeeded);
        return build.Errors.Select(d => d.Id).ToArray();
    }

    [Fact]
    public void SyntaxErrorInTheMainModule()
    {
        var ids = ErrorIds(new InMemoryBuild.SourceFile("/app/main.py", "x = (\n"));
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("PY", id));
    }

    [Fact]
    public void UnsupportedPythonInAnImportedModule()
    {
        var ids = ErrorIds(
            new InMemoryBuild.SourceFile("/app/main.py", "import util\nprint(util.f())\n"),
            new InMemoryBuild.SourceFile("/app/util.py", "async def f():\n    pass\n"));
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("PY", id));
    }

    [Fact]
    public void SyntaxErrorInAnImportedModule()
    {
        var ids = ErrorIds(
            new InMemoryBuild.SourceFile("/app/main.py", "from util import f\nprint(f())\n"),
            new InMemoryBuild.SourceFile("/app/util.py", "def f(:\n"));
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("PY", id));
    }
}
