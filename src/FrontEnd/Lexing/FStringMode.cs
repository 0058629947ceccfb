using System.Collections.Generic;

namespace PyAot.FrontEnd.Lexing;

/// <summary>
/// One open f-string on the tokenizer's mode stack (PEP 701). While no replacement field is open, or the
/// innermost open field is in its format spec, the tokenizer scans literal text (FSTRING_MIDDLE); inside a
/// field's expression it tokenizes normally.
/// </summary>
internal sealed class FStringMode
{
    public FStringMode(char quote, int quoteSize, bool raw, int startIndex, int startLine)
    {
        Quote = quote;
        QuoteSize = quoteSize;
        Raw = raw;
        StartIndex = startIndex;
        StartLine = startLine;
    }

    public char Quote { get; }
    public int QuoteSize { get; }
    public bool Raw { get; }
    /// <summary>Index of the f-string's first character (its prefix), for error positions.</summary>
    public int StartIndex { get; }
    public int StartLine { get; }

    /// <summary>Open replacement fields, innermost last.</summary>
    public List<Field> Fields { get; } = new();

    public bool InExpression => Fields.Count > 0 && !Fields[Fields.Count - 1].InSpec;

    public bool InFormatSpec => Fields.Count > 0 && Fields[Fields.Count - 1].InSpec;

    internal sealed class Field
    {
        /// <summary>Bracket nesting level just inside the field's '{'.</summary>
        public int Level;
        public bool InSpec;
    }
}
