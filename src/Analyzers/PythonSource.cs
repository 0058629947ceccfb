using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PyAot.FrontEnd;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Diagnostics;

namespace PyAot.Analyzers;

/// <summary>A .py additional file as the analyzers read it: its text, its parse, and locations in it.</summary>
internal sealed class PythonSource
{
    private PythonSource(AdditionalText file, SourceText text, ParseResult parse)
    {
        File = file;
        Text = text;
        Source = text.ToString();
        Parse = parse;
    }

    public AdditionalText File { get; }

    public SourceText Text { get; }

    public string Source { get; }

    public ParseResult Parse { get; }

    /// <summary>The file of <paramref name="context"/> parsed, or null when it is not a .py file or has no text.</summary>
    public static PythonSource? Read(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || file.GetText(context.CancellationToken) is not { } text)
            return null;
        return new PythonSource(file, text, PythonParser.Parse(text.ToString(), file.Path, context.CancellationToken));
    }

    /// <summary>The location from character offset <paramref name="start"/> to <paramref name="end"/> (clamped to the text).</summary>
    public Location Location(int start, int end)
    {
        int from = Math.Min(start, Text.Length);
        var span = TextSpan.FromBounds(from, Math.Max(from, Math.Min(end, Text.Length)));
        return Microsoft.CodeAnalysis.Location.Create(File.Path, span, Text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>The location of a node (CPython's positions: 1-based lines, UTF-8 byte columns).</summary>
    public Location Location(Node node) =>
        Location(SourcePositions.OffsetOfUtf8Column(Source, node.Lineno, node.ColOffset),
                 SourcePositions.OffsetOfUtf8Column(Source, node.EndLineno, node.EndColOffset));
}
