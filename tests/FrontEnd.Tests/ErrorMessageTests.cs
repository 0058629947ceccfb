using Xunit;

namespace PyAot.FrontEnd.Tests;

/// <summary>Syntax errors people meet, with CPython 3.12's message and position (line, 1-based column).</summary>
public class ErrorMessageTests
{
    [Theory]
    [InlineData("x = (1,\n2\ny = 3", "SyntaxError", "'(' was never closed", 1, 5)]
    [InlineData("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1)]
    [InlineData("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4)]
    [InlineData("a\n  b\n", "IndentationError", "unexpected indent", 2, 2)]
    [InlineData("x = \"abc\ny", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("print \"hi\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [InlineData("if x = 3:\n pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4)]
    [InlineData("x = 5 = 6", "SyntaxError", "cannot assign to literal", 1, 5)]
    [InlineData("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("f\"a}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 4)]
    [InlineData("f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 5)]
    [InlineData("f\"{}\"", "SyntaxError", "f-string: valid expression required before '}'", 1, 4)]
    [InlineData("(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2)]
    [InlineData("x)", "SyntaxError", "unmatched ')'", 1, 2)]
    [InlineData("a b", "SyntaxError", "invalid syntax", 1, 3)]
    public void ReportsCPythonsFirstError(string source, string kind, string message, int line, int column)
    {
        var r = PythonParser.Parse(source);
        Assert.True(r.HasErrors);
        var e = r.Errors[0];
        Assert.Equal((kind, message, line, column), (e.Kind, e.Message, e.Line, e.Column));
    }

    [Fact]
    public void ReportsLaterIndependentErrors()
    {
        var r = PythonParser.Parse("x = = 1\ny = 2\nif z:\n    z = = 3\nw = 4 5\n");
        Assert.Equal(new[] { 1, 4, 5 }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(r.Errors, e => e.Line)));
    }
}
