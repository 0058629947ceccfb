namespace PyAot.FrontEnd.Diagnostics;

/// <summary>
/// Converts between the column conventions in play: CPython reports syntax-error columns in code points
/// (1-based) and tree columns in UTF-8 bytes (0-based); Roslyn wants UTF-16 offsets.
/// </summary>
public static class SourcePositions
{
    /// <summary>The UTF-16 offset where a 1-based line starts; the text length when the line is past the end.</summary>
    public static int LineStart(string text, int line)
    {
        int offset = 0;
        for (int current = 1; current < line; current++)
        {
            int next = NextLineStart(text, offset);
            if (next < 0)
                return text.Length;
            offset = next;
        }
        return offset;
    }

    /// <summary>The UTF-16 offset of a (1-based line, 0-based code-point column) position, clamped to the line.</summary>
    public static int OffsetOfCodePointColumn(string text, int line, int codePointColumn)
    {
        int i = LineStart(text, line);
        for (int col = 0; col < codePointColumn && i < text.Length && text[i] != '\n' && text[i] != '\r'; col++)
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        return i;
    }

    /// <summary>The UTF-16 offset of a (1-based line, 0-based UTF-8 byte column) position, clamped to the line.</summary>
    public static int OffsetOfUtf8Column(string text, int line, int byteColumn)
    {
        int i = LineStart(text, line);
        int bytes = 0;
        while (bytes < byteColumn && i < text.Length && text[i] != '\n' && text[i] != '\r')
        {
            char c = text[i];
            if (c < 0x80)
                bytes += 1;
            else if (c < 0x800)
                bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
            i++;
        }
        return i;
    }

    private static int NextLineStart(string text, int offset)
    {
        for (int i = offset; i < text.Length; i++)
        {
            if (text[i] == '\n')
                return i + 1;
            if (text[i] == '\r')
                return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return -1;
    }
}
