namespace PyAot.FrontEnd.Lexing;

/// <summary>
/// One token. Start/End are indices into the (newline-normalised) source text; Line/EndLine are 1-based;
/// Col/EndCol are 0-based UTF-8 byte columns, as CPython reports them.
/// <see cref="Text"/> is the identifier (NFKC-normalised) for names, the literal text for numbers and strings,
/// and the raw text for f-string middles.
/// </summary>
public readonly struct Token
{
    public Token(TokenKind kind, int start, int end, int line, int col, int endLine, int endCol, string? text)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
        Col = col;
        EndLine = endLine;
        EndCol = endCol;
        Text = text;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int End { get; }
    public int Line { get; }
    public int Col { get; }
    public int EndLine { get; }
    public int EndCol { get; }
    public string? Text { get; }

    public override string ToString() => $"{Kind} '{Text}' {Line}:{Col}-{EndLine}:{EndCol}";
}
