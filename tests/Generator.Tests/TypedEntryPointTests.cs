using System.Linq;
using PyAot.Cli;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// C# calling Python with C# types (the generated <c>Typed</c> class): a C# program compiled with the modules calls
/// annotated functions; what it prints is checked against what CPython 3.12 computes for the same calls (written
/// out here: the Python functions' results, printed as C# prints them). samples/CallingPython runs the same way
/// under NativeAOT in CI.
/// </summary>
public sealed class TypedEntryPointTests
{
    private const string Library = """"
        def scale(values: list[float], by: float = 2.0) -> list[float]:
            return [v * by for v in values]

        def count_words(text: str) -> dict[str, int]:
            counts = {}
            for word in text.split():
                counts[word] = counts.get(word, 0) + 1
            return counts

        def lookup(table: dict[str, int], key: str) -> int | None:
            return table.get(key)

        def pair(flag: bool, n: int) -> tuple[bool, int]:
            return (not flag, n * 10 ** 3)

        def wrong() -> int:
            return "not an int"

        def huge() -> int:
            return 2 ** 70

        def decorated_target(x: int) -> int:
            return x

        def twice(f):
            return lambda x: f(x) * 2

        decorated_target = twice(decorated_target)

        def fails(n: int) -> int:
            return 10 // n

        class Counter:
            """Counts."""
            def __init__(self, start: int = 0):
                self.value = start

            def add(self, n: int) -> int:
                self.value += n
                return self.value

            def pair(self, other: "Counter") -> int:
                return self.value + other.value

        def larger(a: Counter, b: Counter) -> Counter:
            return a if a.value >= b.value else b

        def not_a_counter() -> Counter:
            return 5
        """";

    private const string Program = """
        using System;
        using System.Collections.Generic;
        using PyAot.Modules;
        using PyAot.Runtime;

        public static class Program
        {
            public static void Main()
            {
                Console.WriteLine(string.Join(",", lib.Typed.scale([1.5, 2.0])) + " " + string.Join(",", lib.Typed.scale([1.0], by: 0.5)));
                foreach (var (word, n) in lib.Typed.count_words("a b a c a"))
                    Console.WriteLine($"{word}={n}");
                var table = new Dictionary<string, long> { ["x"] = 1 };
                Console.WriteLine($"{lib.Typed.lookup(table, "x")} {lib.Typed.lookup(table, "y")?.ToString() ?? "null"}");
                Console.WriteLine(lib.Typed.pair(true, 7));
                Console.WriteLine(lib.Typed.decorated_target(21));
                var c1 = new lib.Typed.Counter();
                var c2 = new lib.Typed.Counter(start: 10);
                Console.WriteLine($"{c1.add(5)} {c2.add(1)} {lib.Typed.larger(c1, c2).add(0)} {PyOps.Repr(lib.Typed.larger(c1, c2).Instance)[..13]}");
                foreach (Func<long> call in new Func<long>[] { lib.Typed.wrong, lib.Typed.huge, () => lib.Typed.fails(0), () => lib.Typed.not_a_counter().add(1) })
                {
                    try { call(); }
                    catch (PyException e) { Console.WriteLine(e.Message); }
                }
            }
        }
        """;

    [Fact]
    public void CSharpCallsAnnotatedFunctionsWithCSharpTypes()
    {
        var build = InMemoryBuild.Compile([new InMemoryBuild.SourceFile("/app/lib.py", Library)], "/app", mainModule: null, csharpProgram: Program);
        Assert.True(build.Succeeded, string.Join("\n", build.Errors.Select(d => d.ToString())));
        var run = ProgramRunner.Execute(build, "/app/Program.cs");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            3,4 0.5
            a=3
            b=1
            c=1
            1 null
            (False, 7000)
            42
            5 11 11 <lib.Counter 
            TypeError: expected int, got str
            OverflowError: Python int too large to convert to C long
            ZeroDivisionError: integer division or modulo by zero
            TypeError: expected Counter, got int

            """.Replace("\r\n", "\n"), run.Stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void NamesThatAreCSharpKeywordsAreEscaped()
    {
        const string library = "class string:\n    def __init__(self, v: int):\n        self.v = v\n\n    def get(self) -> int:\n        return self.v\n\n\ndef object(x: int) -> string:\n    return string(x)\n";
        const string program = "public static class Program { public static void Main() { System.Console.WriteLine(PyAot.Modules.kw.Typed.@object(3).get() + new PyAot.Modules.kw.Typed.@string(4).get()); } }";
        var build = InMemoryBuild.Compile([new InMemoryBuild.SourceFile("/app/kw.py", library)], "/app", mainModule: null, csharpProgram: program);
        Assert.True(build.Succeeded, string.Join("\n", build.Errors.Select(d => d.ToString())));
        var run = ProgramRunner.Execute(build, "/app/Program.cs");
        Assert.Equal("7\n", run.Stdout.Replace("\r\n", "\n"));
    }
}
