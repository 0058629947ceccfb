using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Model;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Maps CPython positions (1-based lines, 0-based UTF-8 byte columns) to what Roslyn wants (0-based lines,
/// UTF-16 columns, character offsets), and gives each line's text for the comments in generated code.
/// </summary>
internal sealed class SourceMap
{
    private readonly string _text;
    private readonly List<int> _lineStarts = new() { 0 };

    public SourceMap(string text)
    {
        _text = text;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int LineCount => _lineStarts.Count;

    /// <summary>The text of 1-based line <paramref name="line"/>, without its terminator.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Count)
            return "";
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Count ? _lineStarts[line] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            end--;
        return _text.Substring(start, end - start);
    }

    /// <summary>(0-based line, UTF-16 column, char offset) of a CPython position.</summary>
    public (int Line, int Column, int Offset) Map(int line1, int utf8Col)
    {
        if (line1 < 1)
            return (0, 0, 0);
        if (line1 > _lineStarts.Count)
            return (_lineStarts.Count - 1, 0, _text.Length);
        int start = _lineStarts[line1 - 1];
        int end = line1 < _lineStarts.Count ? _lineStarts[line1] : _text.Length;
        int bytes = 0;
        int i = start;
        while (i < end && bytes < utf8Col)
        {
            char c = _text[i];
            if (c < 0x80)
                bytes += 1;
            else if (c < 0x800)
                bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(_text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
            i++;
        }
        return (line1 - 1, i - start, i);
    }

    public DiagnosticInfo Diagnostic(string id, string message, string filePath, Node? node)
    {
        if (node is null || node.Lineno <= 0)
            return new DiagnosticInfo(id, message, filePath, 0, 0, 0, 0, 0, 0);
        var (l1, c1, o1) = Map(node.Lineno, node.ColOffset);
        var (l2, c2, o2) = node.EndLineno > 0 ? Map(node.EndLineno, node.EndColOffset) : (l1, c1, o1);
        if (o2 < o1)
            (l2, c2, o2) = (l1, c1, o1);
        return new DiagnosticInfo(id, message, filePath, o1, o2 - o1, l1, c1, l2, c2);
    }
}
