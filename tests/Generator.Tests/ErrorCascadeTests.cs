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
            new InMemoryBuild.SourceFile("/app/util.py", "def f():\n    return 1\n\n\ndef forward[**P](): pass\n"));
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

    [Fact]
    public void CSharpUsingTheTypedApiOfAModuleThatDidNotCompile()
    {
        // The module's annotations still declare its Typed API: the C# that calls it brings no errors of its own.
        var build = InMemoryBuild.Compile(
            [new InMemoryBuild.SourceFile("/app/util.py", "def area(w: int, h: int) -> int:\n    return w * h\n\n\nclass Box:\n    def __init__(self, size: int):\n        self.size: int = size\n\n    def grow(self, by: int) -> int:\n        return self.size + by\n\n\ndef forward[**P](): pass\n")],
            "/app", mainModule: null, csharpProgram: "public static class Program { public static void Main() { long a = PyAot.Modules.util.Typed.area(2, 3); long b = new PyAot.Modules.util.Typed.Box(1).grow(2); } }");
        Assert.False(build.Succeeded);
        Assert.NotEmpty(build.Errors);
        Assert.All(build.Errors.Select(d => d.Id), id => Assert.StartsWith("PY", id));
    }
}
