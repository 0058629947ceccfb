using System;
using System.Collections.Generic;
using System.IO;
using PyAot.FrontEnd;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Tests;

/// <summary>Locating the committed cases and printing a parse the way the `ast` command does.</summary>
internal static class TestFiles
{
    public static string CasesDir => Path.Combine(AppContext.BaseDirectory, "Cases");

    public static IEnumerable<object[]> PyCases()
    {
        foreach (var f in Directory.GetFiles(CasesDir, "*.py"))
            yield return new object[] { Path.GetFileName(f) };
    }

    /// <summary>The one line `ast [--positions]` prints for a file (after its "# FILE" line).</summary>
    public static string DumpLine(byte[] source, bool positions)
    {
        var result = PythonParser.Parse(source);
        if (result.HasErrors)
        {
            var e = result.Errors[0];
            return $"SyntaxError: {e.Message} ({e.Line}:{e.Column})";
        }
        return AstDumper.Dump(result.Module, positions);
    }
}
