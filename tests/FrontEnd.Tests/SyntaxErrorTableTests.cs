using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;
using Xunit.Abstractions;

namespace PyAot.FrontEnd.Tests;

/// <summary>
/// Cases/syntax_errors.json: invalid snippets (most harvested from CPython's own test suite, the rest written
/// by hand) with the error CPython 3.12's ast.parse raises. Reports how many we reproduce exactly.
/// </summary>
public class SyntaxErrorTableTests
{
    private readonly ITestOutputHelper _out;

    public SyntaxErrorTableTests(ITestOutputHelper output) => _out = output;

    public sealed class Case
    {
        [JsonPropertyName("source")] public string Source { get; set; } = "";
        [JsonPropertyName("kind")] public string Kind { get; set; } = "";
        [JsonPropertyName("message")] public string Message { get; set; } = "";
        [JsonPropertyName("line")] public int Line { get; set; }
        [JsonPropertyName("column")] public int Column { get; set; }
        [JsonPropertyName("end_line")] public int? EndLine { get; set; }
        [JsonPropertyName("end_column")] public int? EndColumn { get; set; }
    }

    public static List<Case> Load() =>
        JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(Path.Combine(TestFiles.CasesDir, "syntax_errors.json")))!;

    [Fact]
    public void FirstErrorMatchesCPython()
    {
        var cases = Load();
        int exact = 0, messageOnly = 0;
        foreach (var c in cases)
        {
            var r = PythonParser.Parse(c.Source);
            if (!r.HasErrors)
            {
                _out.WriteLine($"MISSING  {Show(c.Source)}: expected {c.Message} ({c.Line}:{c.Column})");
                continue;
            }
            var e = r.Errors[0];
            bool sameMessage = e.Message == c.Message && e.Kind == c.Kind;
            if (sameMessage && e.Line == c.Line && e.Column == c.Column)
                exact++;
            else
            {
                if (sameMessage)
                    messageOnly++;
                _out.WriteLine($"DIFFERS  {Show(c.Source)}: expected {c.Kind}: {c.Message} ({c.Line}:{c.Column}), got {e.Kind}: {e.Message} ({e.Line}:{e.Column})");
            }
        }
        double percent = 100.0 * exact / cases.Count;
        _out.WriteLine($"{exact}/{cases.Count} errors exact ({percent:F1}%), {messageOnly} more with the right message at another position");
        Assert.True(percent >= MinimumPercent, $"{percent:F1}% exact");
    }

    /// <summary>The share of the table reproduced exactly must not fall below this.</summary>
    private const double MinimumPercent = 95.0;

    private static string Show(string s) => JsonSerializer.Serialize(s);
}
