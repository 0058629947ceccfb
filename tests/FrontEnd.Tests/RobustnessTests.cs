using System;
using System.Diagnostics;
using System.Text;
using Xunit;

namespace PyAot.FrontEnd.Tests;

/// <summary>Hostile inputs: the parser returns errors or a tree quickly, never throws, never overflows.</summary>
public class RobustnessTests
{
    // The bounds catch hangs, not slowness: generous enough for a Debug build on a loaded 2-core machine.
    // (Parse time is linear in the input: the benchmark's `linearity` command reports it; no timed test here.)
    private static ParseResult Timed(string source, int maxMs = 20000)
    {
        var sw = Stopwatch.StartNew();
        var r = PythonParser.Parse(source);
        sw.Stop();
        Assert.True(sw.ElapsedMilliseconds < maxMs, $"took {sw.ElapsedMilliseconds} ms");
        return r;
    }

    [Fact]
    public void TenThousandNestedParentheses()
    {
        var r = Timed(new string('(', 10000) + new string(')', 10000));
        Assert.True(r.HasErrors);
        Assert.Equal("too many nested parentheses", r.Errors[0].Message);
    }

    [Fact]
    public void ManyUnaryOperators()
    {
        var r = Timed(new string('-', 100000) + "1");
        Assert.True(r.HasErrors);
    }

    [Fact]
    public void DeeplyNestedBlocks()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 150; i++)
            sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 150).Append("pass\n");
        var r = Timed(sb.ToString());
        Assert.True(r.HasErrors);
        Assert.Equal("IndentationError", r.Errors[0].Kind);
        Assert.Equal("too many levels of indentation", r.Errors[0].Message);
    }

    [Fact]
    public void NestedBlocksWithinLimit()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 90; i++)
            sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 90).Append("pass\n");
        var r = Timed(sb.ToString());
        Assert.False(r.HasErrors);
    }

    [Fact]
    public void DeeplyNestedFStrings()
    {
        var s = new StringBuilder();
        for (int i = 0; i < 300; i++)
            s.Append("f\"{");
        s.Append('1');
        for (int i = 0; i < 300; i++)
            s.Append("}\"");
        Timed(s.ToString());
    }

    [Fact]
    public void RandomBytes()
    {
        var rng = new Random(12345);
        for (int n = 0; n < 300; n++)
        {
            var bytes = new byte[rng.Next(1, 400)];
            rng.NextBytes(bytes);
            Timed(Encoding.Latin1.GetString(bytes), 10000);
            PythonParser.Parse(bytes);
        }
    }

    [Fact]
    public void RandomPythonishText()
    {
        var rng = new Random(42);
        string[] pieces = { "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "if ", "x", "=", "f\"", "\"", "'", "{x}", "lambda", ",", "*", "**",
            "def f", "class C", "match", "case", "1", "1.5", "\\", "#", "async ", "await ", "yield", "for ", " in ", "\t", "\"\"\"", "!r", ".", "@" };
        for (int n = 0; n < 2000; n++)
        {
            var sb = new StringBuilder();
            int len = rng.Next(1, 60);
            for (int i = 0; i < len; i++)
                sb.Append(pieces[rng.Next(pieces.Length)]);
            Timed(sb.ToString(), 10000);
        }
    }

    [Fact]
    public void TruncatedFiles()
    {
        string src = "def f(a, b=[1, 2, {3: 4}]):\n    return f\"{a!r:>{b}}\" + '''x\n''' if a else (b, c)\nclass C:\n    pass\n";
        for (int i = 0; i <= src.Length; i++)
            Timed(src.Substring(0, i), 10000);
    }

    [Fact]
    public void EmptyAndWhitespace()
    {
        Assert.False(Timed("").HasErrors);
        Assert.False(Timed("\n\n  \n# comment").HasErrors);
        Assert.False(PythonParser.Parse(new byte[] { 0xEF, 0xBB, 0xBF }).HasErrors);
    }

    [Theory]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("*")]
    public void LongLeftRecursiveChainsAreRefusedLikeCPython(string op)
    {
        // CPython 3.12: "maximum recursion depth exceeded during ast construction" (a RecursionError).
        string src = "x = " + string.Join(op, System.Linq.Enumerable.Repeat("a", 100000)) + "\n";
        var r = Timed(src);
        Assert.True(r.HasErrors);
        Assert.Equal(("RecursionError", "maximum recursion depth exceeded during ast construction"), (r.Errors[0].Kind, r.Errors[0].Message));
        Assert.Empty(r.Module.Body);
    }

    [Fact]
    public void ChainsUpToCPythonsDepthGiveATree()
    {
        // 2,993 BinOps + the Name + Assign + Module: depth 2,996, the deepest CPython builds.
        Assert.False(Timed("x = " + string.Join("+", System.Linq.Enumerable.Repeat("a", 2994))).HasErrors);
        Assert.True(Timed("x = " + string.Join("+", System.Linq.Enumerable.Repeat("a", 2995))).HasErrors);
        var calls = Timed("f" + string.Concat(System.Linq.Enumerable.Repeat("()", 50000)));
        Assert.Equal("RecursionError", calls.Errors[0].Kind);
        var subscripts = Timed("a" + string.Concat(System.Linq.Enumerable.Repeat("[0]", 50000)));
        Assert.Equal("RecursionError", subscripts.Errors[0].Kind);
    }

    [Fact]
    public void FiveMegabyteFile()
    {
        var sb = new StringBuilder();
        int n = 0;
        while (sb.Length < 5_000_000)
            sb.Append("def f").Append(n++).Append("(a, b=[1, 2], *c, d: int = 3, **e) -> str:\n")
              .Append("    \"\"\"Doc.\"\"\"\n    return f\"{a!r:>{b}} {c}\" + 'x' * (d - 1) if a else [i for i in c if i]\n\n");
        var r = Timed(sb.ToString(), 60000);
        Assert.False(r.HasErrors);
        Assert.Equal(n, r.Module.Body.Count);
        Assert.NotEmpty(Ast.AstDumper.Dump(r.Module, positions: true));
    }

    [Fact]
    public void HundredThousandLineFunction()
    {
        var sb = new StringBuilder("def f(x):\n");
        for (int i = 0; i < 100_000; i++)
            sb.Append("    x = x + ").Append(i).Append(i % 7 == 0 ? "  # comment\n" : "\n");
        sb.Append("    return x\n");
        var r = Timed(sb.ToString(), 60000);
        Assert.False(r.HasErrors);
        Assert.Equal(100_001, ((Ast.FunctionDef)r.Module.Body[0]).Body.Count);
    }

    [Fact]
    public void DeepestTreeDumpsOnAOneMegabyteStack()
    {
        // The generator runs on threads with small stacks (1 MB on Windows): the dumper must cope with the deepest tree.
        string? dump = null;
        var t = new System.Threading.Thread(() =>
        {
            var r = PythonParser.Parse("x = " + string.Join(".", System.Linq.Enumerable.Repeat("a", 2994)));
            Assert.False(r.HasErrors);
            dump = Ast.AstDumper.Dump(r.Module, positions: true);
        }, 1024 * 1024);
        t.Start();
        t.Join();
        Assert.NotNull(dump);
    }

    [Fact]
    public void NestingToCPythonsLimits()
    {
        // CPython 3.12 parses 2,993 nested unary operators and refuses 2,994 (RecursionError building the tree);
        // past the parser's own limit it gives MemoryError "Parser stack overflowed".
        Assert.False(Timed(new string('-', 2993) + "1").HasErrors);
        Assert.Equal("RecursionError", Timed(new string('-', 2994) + "1").Errors[0].Kind);
        var tooDeep = Timed(string.Concat(System.Linq.Enumerable.Repeat("not ", 10000)) + "x");
        Assert.Equal(("MemoryError", "Parser stack overflowed - Python source too complex to parse"), (tooDeep.Errors[0].Kind, tooDeep.Errors[0].Message));
        Assert.False(Timed(string.Concat(System.Linq.Enumerable.Repeat("lambda: ", 2000)) + "x").HasErrors);
    }
}
