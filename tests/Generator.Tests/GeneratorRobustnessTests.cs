using System;
using System.Linq;
using PyAot.Cli;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// Inputs at the front end's limits must give C# or diagnostics through the whole generator and analyzer, never an
/// exception or a stack overflow (which would take the compiler server down with it).
/// </summary>
public sealed class GeneratorRobustnessTests
{
    [Theory]
    [InlineData("deep_unary", 2900)]
    [InlineData("deep_not", 2900)]
    [InlineData("deep_sum", 2900)]
    [InlineData("deep_sum_lines", 2900)]
    public void DeepTreesDoNotCrashTheGenerator(string shape, int depth)
    {
        string source = shape switch
        {
            "deep_unary" => "x = " + new string('-', depth) + "1\nprint(x)\n",
            "deep_not" => "x = " + string.Concat(Enumerable.Repeat("not ", depth)) + "1\nprint(x)\n",
            "deep_sum" => "x = " + string.Join("+", Enumerable.Repeat("1", depth)) + "\nprint(x)\n",
            // (across lines: the lines of its instructions are followed, ExpressionLines and ConstantFolding)
            "deep_sum_lines" => "x = (" + string.Join("+\n", Enumerable.Repeat("y", depth)) + ")\nprint(x)\n",
            _ => shape + "\n",
        };
        var build = InMemoryBuild.Compile(new[] { new InMemoryBuild.SourceFile("/project/deep.py", source) }, "/project", mainModule: null);
        // Either it compiled or it said why; reaching here without an exception is the point.
        Assert.True(build.Succeeded || build.Errors.Any(), "no assembly and no errors");
    }

    [Fact]
    public void EveryIndependentSyntaxErrorIsReported()
    {
        string source = "x = = 2\n\nprint \"hello\"\n\nclass C\n    pass\n";
        var build = InMemoryBuild.Compile(new[] { new InMemoryBuild.SourceFile("/project/errors.py", source) }, "/project", mainModule: null);
        var syntax = build.Errors.Where(d => d.Id == "PY0001").ToList();
        Assert.Equal(new[] { 1, 3, 5 }, syntax.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Contains(syntax, d => d.GetMessage().Contains("Missing parentheses in call to 'print'"));
        Assert.All(syntax, d => Assert.EndsWith("errors.py", d.Location.GetLineSpan().Path, StringComparison.Ordinal));
        Assert.False(build.Succeeded);
    }
}
