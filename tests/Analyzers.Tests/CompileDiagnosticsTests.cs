using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PyAot.Analyzers.Tests;

/// <summary>
/// <see cref="PythonCompileAnalyzer"/>: what the generator reports about a module (PY2001, PY1005, PY0001 after
/// parsing), reported live, at the generator's locations and with its messages (the CLI prints the same for these files).
/// </summary>
public sealed class CompileDiagnosticsTests
{
    private static async Task Verify((string Path, string Python)[] files, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<PythonCompileAnalyzer, DefaultVerifier> { TestCode = "" };
        foreach (var file in files)
            test.TestState.AdditionalFiles.Add(file);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Error(string id, int location, string message) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location).WithMessage(message);

    [Fact]
    public async Task NotSupportedYetAndNoSuchModule()
    {
        const string main = """
            import helper
            from helper import thing
            import {|#2:nump|}


            def f(y):
                return {|#0:eval(y)|}


            def g():
                {|#1:try:
                    yield 1
                except* ValueError:
                    pass|}
            """;
        await Verify(new[] { ("/app/main.py", main), ("/app/helper.py", "thing = 1\n") },
            Error("PY2001", 0, "the builtin 'eval' is not supported yet"),
            Error("PY2001", 1, "'yield' or 'await' inside a 'try' with 'except*' is not supported yet"),
            Error("PY1005", 2, "ModuleNotFoundError: No module named 'nump'"));
    }

    [Fact]
    public async Task SyntaxErrorsCPythonRaisesAfterParsing()
    {
        const string python = """
            def f():
                pass
            {|#0:return 1|}
            """;
        await Verify(new[] { ("/app/main.py", python) }, Error("PY0001", 0, "SyntaxError: 'return' outside function"));
    }

    [Fact]
    public async Task LeavingAnExceptStarBlockIsCPythonsSyntaxError()
    {
        const string python = """
            def f(xs):
                for x in xs:
                    try:
                        pass
                    except* ValueError:
                        for y in xs:
                            break
                        {|#0:continue|}
                    except* TypeError:
                        {|#1:return 1|}
            """;
        await Verify(new[] { ("/app/main.py", python) },
            Error("PY0001", 0, "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block"),
            Error("PY0001", 1, "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block"));
    }

    [Fact]
    public async Task AnAsynchronousComprehensionOutsideAnAsyncFunctionIsCPythonsSyntaxError()
    {
        const string python = """
            def f(y):
                return {|#0:[x async for x in y]|}


            def g(y):
                return {|#1:{await v for v in y}|}


            async def h(y):
                return [x async for x in y], [await v for v in y]


            # An asynchronous generator expression is allowed anywhere, with what it inlines; not its first iterable.
            def k(y):
                return (x async for x in y), (await v for v in y), ([x async for x in v] for v in y)


            def m(y):
                return (v for v in {|#2:[x async for x in y]|})


            n = (await v for v in range(3)), {|#3:[await v for v in range(3)]|}
            """;
        await Verify(new[] { ("/app/main.py", python) },
            Error("PY0001", 0, "SyntaxError: asynchronous comprehension outside of an asynchronous function"),
            Error("PY0001", 1, "SyntaxError: asynchronous comprehension outside of an asynchronous function"),
            Error("PY0001", 2, "SyntaxError: asynchronous comprehension outside of an asynchronous function"),
            Error("PY0001", 3, "SyntaxError: asynchronous comprehension outside of an asynchronous function"));
    }

    [Fact]
    public async Task ReturnWithAValueInAnAsyncGeneratorIsCPythonsSyntaxError()
    {
        const string python = """
            async def f():
                yield 1
                {|#0:return 2|}


            async def g():
                return 2
            """;
        await Verify(new[] { ("/app/main.py", python) }, Error("PY0001", 0, "SyntaxError: 'return' with value in async generator"));
    }

    [Fact]
    public async Task AwaitWhereCPythonsCompilerRefusesIt()
    {
        const string python = """
            async def ok(x):
                return await x


            def plain(x):
                return {|#0:await x|}


            async def delegates(x):
                {|#1:yield from x|}


            class C:
                value = {|#2:await ok(1)|}


            f = lambda x: {|#3:await x|}
            """;
        await Verify(new[] { ("/app/main.py", python) },
            Error("PY0001", 0, "SyntaxError: 'await' outside async function"),
            Error("PY0001", 1, "SyntaxError: 'yield from' inside async function"),
            Error("PY0001", 2, "SyntaxError: 'await' outside function"),
            Error("PY0001", 3, "SyntaxError: 'await' outside async function"));
    }

    [Fact]
    public async Task AModuleThatCompilesHasNone()
    {
        const string python = """
            import helper
            from helper import thing


            def f(n: int) -> int:
                return sum(i * thing for i in range(n))


            print(f(3))
            """;
        await Verify(new[] { ("/app/main.py", python), ("/app/helper.py", "thing = 1\n") });
    }
}
