using System.Collections.Generic;

namespace PyAot.FrontEnd.Lexing;

/// <summary>
/// The source with newlines normalised to '\n' (CPython translates "\r\n" and "\r" before tokenizing), plus a
/// line table to turn character indices into CPython's positions: UTF-8 byte columns for the tree, code-point
/// columns for syntax errors.
/// </summary>
public sealed class SourceText
{
    private readonly List<int> _lineStarts = new();
    private readonly List<bool> _lineIsAscii = new();

    public SourceText(string text)
    {
        if (text.IndexOf('\r') >= 0)
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        Text = text;
        _lineStarts.Add(0);
        bool ascii = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                _lineIsAscii.Add(ascii);
                _lineStarts.Add(i + 1);
                ascii = true;
            }
            else if (c >= 0x80)
                ascii = false;
        }
        _lineIsAscii.Add(ascii);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    /// <summary>Index of the first character of 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => line - 1 < _lineStarts.Count ? _lineStarts[line - 1] : Text.Length;

    /// <summary>Index just past the last character of the line (before its '\n').</summary>
    public int LineEnd(int line)
    {
        if (line < _lineStarts.Count)
            return _lineStarts[line] - 1;
        return Text.Length;
    }

    /// <summary>0-based UTF-8 byte column of <paramref name="index"/> on 1-based <paramref name="line"/>.</summary>
    public int ByteColumn(int line, int index)
    {
        int start = LineStart(line);
        if (line - 1 < _lineIsAscii.Count && _lineIsAscii[line - 1])
            return index - start;
        int bytes = 0;
        for (int i = start; i < index && i < Text.Length; i++)
        {
            char c = Text[i];
            if (c < 0x80)
                bytes += 1;
            else if (c < 0x800)
                bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        return bytes;
    }

    /// <summary>0-based column in code points of <paramref name="index"/> on 1-based <paramref name="line"/>.</summary>
    public int CharColumn(int line, int index)
    {
        int start = LineStart(line);
        int n = 0;
        for (int i = start; i < index && i < Text.Length; i++)
        {
            if (char.IsHighSurrogate(Text[i]) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]))
                i++;
            n++;
        }
        return n;
    }

    /// <summary>Converts a UTF-8 byte column on a line to a code-point column (for error offsets).</summary>
    public int ByteToCharColumn(int line, int byteCol)
    {
        int start = LineStart(line);
        int bytes = 0, chars = 0;
        for (int i = start; i < Text.Length && bytes < byteCol && Text[i] != '\n'; i++)
        {
            char c = Text[i];
            if (c < 0x80)
                bytes += 1;
            else if (c < 0x800)
                bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
            chars++;
        }
        return chars + (byteCol > bytes ? byteCol - bytes : 0);
    }

    /// <summary>1-based line containing <paramref name="index"/>.</summary>
    public int LineOf(int index)
    {
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_lineStarts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
