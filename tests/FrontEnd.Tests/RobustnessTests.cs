using System;
using System.Diagnostics;
using System.Text;
using Xunit;

namespace PyAot.FrontEnd.Tests;

/// <summary>Hostile inputs: the parser returns errors or a tree quickly, never throws, never overflows.</summary>
public class RobustnessTests
{
    private static ParseResult Timed(string source, int maxMs = 5000)
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
            Timed(Encoding.Latin1.GetString(bytes), 2000);
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
            Timed(sb.ToString(), 2000);
        }
    }

    [Fact]
    public void TruncatedFiles()
    {
        string src = "def f(a, b=[1, 2, {3: 4}]):\n    return f\"{a!r:>{b}}\" + '''x\n''' if a else (b, c)\nclass C:\n    pass\n";
        for (int i = 0; i <= src.Length; i++)
            Timed(src.Substring(0, i), 1000);
    }

    [Fact]
    public void EmptyAndWhitespace()
    {
        Assert.False(Timed("").HasErrors);
        Assert.False(Timed("\n\n  \n# comment").HasErrors);
        Assert.False(PythonParser.Parse(new byte[] { 0xEF, 0xBB, 0xBF }).HasErrors);
    }
}
