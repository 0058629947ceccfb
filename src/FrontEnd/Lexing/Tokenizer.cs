using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyAot.FrontEnd.Lexing;

/// <summary>
/// CPython 3.12's tokenizer: INDENT/DEDENT, implicit line joining in brackets, PEP 701 f-strings through a mode
/// stack. Tokenizes the whole source up front and stops at the first error, which it records in
/// <see cref="Error"/> (CPython lets a tokenizer error anywhere in the file win over a parser error, so the
/// parser consults it). Comments and non-logical newlines are dropped.
/// </summary>
public sealed partial class Tokenizer
{
    private const int MaxParenLevel = 200;
    private const int MaxIndent = 100;
    private const int MaxFStringNesting = 150;
    private const int TabSize = 8;

    private readonly SourceText _src;
    private readonly string _s;
    // Tokens in a growable array (not List<T>): the parser reads this array directly, and slots past
    // Count read as default(Token), whose kind is EndMarker.
    private Token[] _tokens;
    private int _count;
    private readonly NameTable _names = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    // Open brackets: the character, its line and its index.
    private readonly char[] _parenChar = new char[MaxParenLevel + 1];
    private readonly int[] _parenLine = new int[MaxParenLevel + 1];
    private readonly int[] _parenIndex = new int[MaxParenLevel + 1];
    private int _level;

    private readonly int[] _indents = new int[MaxIndent + 1];
    private readonly int[] _altIndents = new int[MaxIndent + 1];
    private int _indent;
    private bool _atLineStart = true;

    private readonly List<FStringMode> _modes = new();

    private Tokenizer(SourceText src)
    {
        _src = src;
        _s = src.Text;
        int estimate = _s.Length / 5 + 16;
        var cached = t_cachedTokens;
        if (cached is not null && cached.Length >= estimate)
        {
            t_cachedTokens = null;
            _tokens = cached;
        }
        else
            _tokens = new Token[estimate];
    }

    // One token array per thread, reused from one parse to the next: the tokens are dropped once the tree is built.
    [System.ThreadStatic]
    private static Token[]? t_cachedTokens;

    private const int MaxCachedTokens = 1 << 17; // at most 5 MB kept per thread

    /// <summary>Gives the token array back for the next parse on this thread; the tokens must not be used after.</summary>
    public void ReleaseTokens()
    {
        var tokens = _tokens;
        _tokens = System.Array.Empty<Token>();
        System.Array.Clear(tokens, 0, _count); // drop the references to token texts
        _count = 0;
        if (tokens.Length <= MaxCachedTokens && (t_cachedTokens is null || t_cachedTokens.Length < tokens.Length))
            t_cachedTokens = tokens;
    }

    /// <summary>The first error, if tokenizing stopped on one.</summary>
    public PySyntaxError? Error { get; private set; }

    /// <summary>
    /// Whether a parser error found before the tokenizer's stopping point should be reported first: CPython
    /// raises some tokenizer errors only when the parser reaches them (bad indentation, a stray backslash), and
    /// lets errors in an f-string's expression win over the tokenizer's.
    /// </summary>
    public bool ErrorDefersToParser { get; private set; }

    /// <summary>When the error is an unclosed bracket at end of input: its line (CPython reports it specially).</summary>
    public Token[] Tokens => _tokens;

    public int Count => _count;

    /// <summary>Brackets still open at the end (or at the error): (char, line, index), innermost last.</summary>
    public int OpenBracketCount => _level;

    public (char Char, int Line, int Index) OpenBracket(int i) => (_parenChar[i], _parenLine[i], _parenIndex[i]);

    /// <summary>True when input ended inside brackets (no error recorded: the parser reports it).</summary>
    public bool EndedInsideBrackets { get; private set; }

    public static Tokenizer Run(SourceText src, System.Threading.CancellationToken ct = default)
    {
        var t = new Tokenizer(src);
        t.TokenizeAll(ct);
        return t;
    }

    private void TokenizeAll(System.Threading.CancellationToken ct)
    {
        int guard = 0;
        while (Error is null)
        {
            if ((++guard & 0xFFF) == 0)
                ct.ThrowIfCancellationRequested();
            if (_modes.Count > 0 && !_modes[_modes.Count - 1].InExpression)
            {
                ScanFStringText(_modes[_modes.Count - 1]);
                continue;
            }
            if (!NextRegularToken())
                break;
        }
        if (Error is not null)
            Add(TokenKind.Error, _pos, _pos, null);
    }

    private char Peek(int offset = 0)
    {
        int i = _pos + offset;
        return i < _s.Length ? _s[i] : '\0';
    }

    private bool AtEnd => _pos >= _s.Length;

    private void NewLineAt(int indexOfNewline)
    {
        _line++;
        _lineStart = indexOfNewline + 1;
    }

    private void Add(TokenKind kind, int start, int end, string? text) =>
        Add(kind, start, start >= _lineStart ? _line : _src.LineOf(start), end, text);

    private void Add(TokenKind kind, int start, int startLine, int end, string? text)
    {
        int col = _src.ByteColumn(startLine, start);
        int endCol = _src.ByteColumn(_line, end);
        if (_count == _tokens.Length)
            System.Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[_count++] = new Token(kind, start, end, startLine, col, _line, endCol, text);
    }

    private TokenKind LastKind => _count == 0 ? TokenKind.Newline : _tokens[_count - 1].Kind;

    /// <summary>Records the error at the character index <paramref name="at"/> (CPython's <c>tok->cur</c>).</summary>
    private void Fail(string message, int at, string kind = "SyntaxError", bool soft = false)
    {
        if (Error is not null)
            return;
        ErrorDefersToParser = soft || _modes.Count > 0;
        int line = _src.LineOf(at <= _s.Length ? at : _s.Length);
        int col = _src.CharColumn(line, at);
        Error = new PySyntaxError(kind, message, line, col, line, col);
    }

    private void FailRange(string message, int line, int column, int endColumn, string kind = "SyntaxError")
    {
        if (Error is null)
        {
            ErrorDefersToParser = _modes.Count > 0;
            Error = new PySyntaxError(kind, message, line, column, line, endColumn);
        }
    }

    /// <summary>Scans one regular-mode token (or indentation). Returns false at the end of input.</summary>
    private bool NextRegularToken()
    {
        bool inFString = _modes.Count > 0;
        if (_atLineStart && !inFString)
        {
            _atLineStart = false;
            if (!HandleIndentation())
                return Error is null;
            if (Error is not null)
                return false;
        }

        // Skip spaces, comments and line continuations.
        while (true)
        {
            if (AtEnd)
                return AtEndOfInput();
            char c = _s[_pos];
            if (c == ' ' || c == '\t' || c == '\f')
            {
                _pos++;
                continue;
            }
            if (c == '#')
            {
                while (_pos < _s.Length && _s[_pos] != '\n')
                    _pos++;
                continue;
            }
            if (c == '\\')
            {
                if (!LineContinuation())
                    return false;
                continue;
            }
            break;
        }

        int start = _pos;
        char ch = _s[_pos];
        if (ch == '\n')
        {
            _pos++;
            if (_level > 0 || inFString)
            {
                NewLineAt(start);
                return true;
            }
            bool blank = LastKind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent;
            if (!blank)
                Add(TokenKind.Newline, start, _line, start + 1, null);
            NewLineAt(start);
            _atLineStart = true;
            return true;
        }

        if (CharClass.IsIdentifierStart(_s, _pos) || ch >= 0x80)
            return ScanNameOrString();
        if (ch >= '0' && ch <= '9' || (ch == '.' && Peek(1) >= '0' && Peek(1) <= '9'))
            return ScanNumber();
        if (ch == '"' || ch == '\'')
            return ScanString(start, start, "");
        return ScanOperator();
    }

    /// <summary>A backslash outside a string: must be followed by a newline.</summary>
    private bool LineContinuation()
    {
        int at = _pos;
        _pos++;
        if (AtEnd)
        {
            Fail("unexpected EOF while parsing", _pos, soft: true);
            return false;
        }
        if (_s[_pos] != '\n')
        {
            _pos++;
            Fail("unexpected character after line continuation character", _pos, soft: true);
            return false;
        }
        NewLineAt(_pos);
        _pos++;
        if (AtEnd)
        {
            Fail("unexpected EOF while parsing", at + 1);
            return false;
        }
        return true;
    }

    private bool AtEndOfInput()
    {
        if (_modes.Count > 0)
        {
            // Inside an f-string's expression at end of input (a comment ate the rest of the line).
            if (_level > 0)
            {
                int line = _parenLine[_level - 1];
                int col = _src.CharColumn(line, _parenIndex[_level - 1]) + 1;
                ErrorDefersToParser = false;
                Error = new PySyntaxError("SyntaxError", $"'{_parenChar[_level - 1]}' was never closed", line, col, line, 0);
                return false;
            }
            FailUnterminatedFString(_modes[_modes.Count - 1]);
            return false;
        }
        if (_level > 0)
        {
            // CPython: ERRORTOKEN at EOF with brackets open; the parser turns it into "'(' was never closed".
            EndedInsideBrackets = true;
            Add(TokenKind.EndMarker, _pos, _pos, null);
            return false;
        }
        if (_count > 0 && LastKind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent))
            Add(TokenKind.Newline, _pos, _pos, null);
        while (_indent > 0)
        {
            _indent--;
            Add(TokenKind.Dedent, _pos, _pos, null);
        }
        Add(TokenKind.EndMarker, _pos, _pos, null);
        return false;
    }

    /// <summary>
    /// At the start of a logical line: measures the indentation and emits INDENT/DEDENT. Blank and comment-only
    /// lines, and lines inside brackets, don't count. Returns false after an error.
    /// </summary>
    private bool HandleIndentation()
    {
        int col = 0, altCol = 0, contLineCol = 0;
        while (_pos < _s.Length)
        {
            char c = _s[_pos];
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                altCol++;
            }
            else if (c == '\f')
                col = altCol = 0;
            else if (c == '\\')
            {
                contLineCol = contLineCol != 0 ? contLineCol : col;
                if (!LineContinuation())
                    return false;
                continue;
            }
            else
                break;
            _pos++;
        }
        if (_pos < _s.Length && (_s[_pos] == '#' || _s[_pos] == '\n'))
            return true; // blank line
        if (_level != 0)
            return true;
        if (contLineCol != 0)
            col = altCol = contLineCol;
        if (col == _indents[_indent])
        {
            if (altCol != _altIndents[_indent])
                return TabError();
        }
        else if (col > _indents[_indent])
        {
            if (_indent + 1 >= MaxIndent)
            {
                Fail("too many levels of indentation", _pos, "IndentationError", soft: true);
                return false;
            }
            if (altCol <= _altIndents[_indent])
                return TabError();
            _indent++;
            _indents[_indent] = col;
            _altIndents[_indent] = altCol;
            Add(TokenKind.Indent, _lineStart, _pos, null);
        }
        else
        {
            while (_indent > 0 && col < _indents[_indent])
            {
                _indent--;
                Add(TokenKind.Dedent, _pos, _pos, null);
            }
            if (col != _indents[_indent])
            {
                int lineLen = _src.CharColumn(_line, _src.LineEnd(_line));
                Error = new PySyntaxError("IndentationError", "unindent does not match any outer indentation level",
                    _line, lineLen + 1, _line, -1);
                ErrorDefersToParser = true;
                return false;
            }
            if (altCol != _altIndents[_indent])
                return TabError();
        }
        return true;
    }

    private bool TabError()
    {
        Error = new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", _line, 1, _line, -1);
        ErrorDefersToParser = true;
        return false;
    }

    private bool ScanNameOrString()
    {
        int start = _pos;
        bool ascii = true;
        while (_pos < _s.Length)
        {
            char c = _s[_pos];
            if (c < 0x80)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9'))
                {
                    _pos++;
                    continue;
                }
                break;
            }
            ascii = false;
            _pos++;
        }
        if (_pos < _s.Length && (_s[_pos] == '"' || _s[_pos] == '\'') && ascii && _pos - start <= 2 && IsStringPrefix(start, _pos))
            return ScanString(start, _pos, _s.Substring(start, _pos - start));

        if (!ascii)
        {
            // Validate every character (CPython's verify_identifier).
            for (int i = start; i < _pos; i++)
            {
                bool ok = i == start ? CharClass.IsIdentifierStart(_s, i) : CharClass.IsIdentifierContinue(_s, i);
                if (!ok && i > start && !CharClass.IsIdentifierStart(_s, i))
                    ok = false;
                if (!ok)
                {
                    int cp = char.IsHighSurrogate(_s[i]) && i + 1 < _s.Length ? char.ConvertToUtf32(_s[i], _s[i + 1]) : _s[i];
                    string msg = CharClass.IsPrintable(cp)
                        ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
                        : $"invalid non-printable character U+{cp:X4}";
                    Fail(msg, i + 1);
                    return false;
                }
                if (char.IsHighSurrogate(_s[i]))
                    i++;
            }
        }
        string name = ascii ? _names.Get(_s, start, _pos - start) : _s.Substring(start, _pos - start).Normalize(NormalizationForm.FormKC);
        TokenKind kind = ascii ? Keywords.Lookup(name) : TokenKind.Name;
        Add(kind, start, _pos, name);
        return true;
    }

    private bool IsStringPrefix(int start, int end)
    {
        bool r = false, b = false, u = false, f = false;
        for (int i = start; i < end; i++)
        {
            switch (_s[i])
            {
                case 'r': case 'R': if (r) return false; r = true; break;
                case 'b': case 'B': if (b) return false; b = true; break;
                case 'u': case 'U': if (u) return false; u = true; break;
                case 'f': case 'F': if (f) return false; f = true; break;
                default: return false;
            }
        }
        if (u && (r || b || f))
            return false;
        if (b && f)
            return false;
        return true;
    }

    /// <summary>Scans a string literal whose prefix runs from <paramref name="start"/> to <paramref name="quoteAt"/>.</summary>
    private bool ScanString(int start, int quoteAt, string prefix)
    {
        char quote = _s[quoteAt];
        int quoteSize = quoteAt + 2 < _s.Length && _s[quoteAt + 1] == quote && _s[quoteAt + 2] == quote ? 3 : 1;
        int startLine = _line;
        if (prefix.IndexOf('f') >= 0 || prefix.IndexOf('F') >= 0)
        {
            if (_modes.Count >= MaxFStringNesting)
            {
                Fail("too many nested f-strings", quoteAt);
                return false;
            }
            _pos = quoteAt + quoteSize;
            bool raw = prefix.IndexOf('r') >= 0 || prefix.IndexOf('R') >= 0;
            _modes.Add(new FStringMode(quote, quoteSize, raw, start, startLine));
            Add(TokenKind.FStringStart, start, startLine, _pos, _s.Substring(start, _pos - start));
            return true;
        }
        _pos = quoteAt + quoteSize;
        int endQuotes = 0;
        while (endQuotes < quoteSize)
        {
            if (AtEnd || (quoteSize == 1 && _s[_pos] == '\n'))
            {
                int detectedAt = _line;
                if (_modes.Count > 0)
                {
                    var m = _modes[_modes.Count - 1];
                    if (m.Quote == quote && m.QuoteSize == quoteSize)
                    {
                        FailAtLine("f-string: expecting '}'", startLine, start + 1);
                        return false;
                    }
                }
                string what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
                FailAtLine($"{what} (detected at line {detectedAt})", startLine, start + 1);
                return false;
            }
            char c = _s[_pos++];
            if (c == quote)
                endQuotes++;
            else
            {
                endQuotes = 0;
                if (c == '\\' && _pos < _s.Length)
                {
                    if (_s[_pos] == '\n')
                        NewLineAt(_pos);
                    _pos++;
                }
                else if (c == '\n')
                    NewLineAt(_pos - 1);
            }
        }
        Add(TokenKind.String, start, startLine, _pos, null); // the parser reads the literal from the source
        return true;
    }

    private void FailAtLine(string message, int line, int index)
    {
        if (Error is not null)
            return;
        int col = _src.CharColumn(line, index);
        Error = new PySyntaxError("SyntaxError", message, line, col, line, col);
    }

    private bool ScanOperator()
    {
        int start = _pos;
        char c = _s[_pos];
        char c1 = Peek(1), c2 = Peek(2);
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '(': case '[': case '{':
                return OpenBracket(c);
            case ')': case ']': case '}':
                return CloseBracket(c);
            case ':': if (c1 == '=' && !InFStringFieldTopLevel()) { kind = TokenKind.ColonEqual; len = 2; } else kind = TokenKind.Colon; break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '.': if (c1 == '.' && c2 == '.') { kind = TokenKind.Ellipsis; len = 3; } else kind = TokenKind.Dot; break;
            case '@': if (c1 == '=') { kind = TokenKind.AtEqual; len = 2; } else kind = TokenKind.At; break;
            case '~': kind = TokenKind.Tilde; break;
            case '+': if (c1 == '=') { kind = TokenKind.PlusEqual; len = 2; } else kind = TokenKind.Plus; break;
            case '-':
                if (c1 == '=') { kind = TokenKind.MinEqual; len = 2; }
                else if (c1 == '>') { kind = TokenKind.RArrow; len = 2; }
                else kind = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*') { if (c2 == '=') { kind = TokenKind.DoubleStarEqual; len = 3; } else { kind = TokenKind.DoubleStar; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.StarEqual; len = 2; }
                else kind = TokenKind.Star;
                break;
            case '/':
                if (c1 == '/') { if (c2 == '=') { kind = TokenKind.DoubleSlashEqual; len = 3; } else { kind = TokenKind.DoubleSlash; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.SlashEqual; len = 2; }
                else kind = TokenKind.Slash;
                break;
            case '%': if (c1 == '=') { kind = TokenKind.PercentEqual; len = 2; } else kind = TokenKind.Percent; break;
            case '|': if (c1 == '=') { kind = TokenKind.VBarEqual; len = 2; } else kind = TokenKind.VBar; break;
            case '&': if (c1 == '=') { kind = TokenKind.AmperEqual; len = 2; } else kind = TokenKind.Amper; break;
            case '^': if (c1 == '=') { kind = TokenKind.CircumflexEqual; len = 2; } else kind = TokenKind.Circumflex; break;
            case '=': if (c1 == '=') { kind = TokenKind.EqEqual; len = 2; } else kind = TokenKind.Equal; break;
            case '!': if (c1 == '=') { kind = TokenKind.NotEqual; len = 2; } else kind = TokenKind.Exclamation; break;
            case '<':
                if (c1 == '<') { if (c2 == '=') { kind = TokenKind.LeftShiftEqual; len = 3; } else { kind = TokenKind.LeftShift; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.LessEqual; len = 2; }
                else if (c1 == '>') { kind = TokenKind.NotEqual; len = 2; } // '<>' is only valid under barry_as_FLUFL; the parser rejects it
                else kind = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') { if (c2 == '=') { kind = TokenKind.RightShiftEqual; len = 3; } else { kind = TokenKind.RightShift; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.GreaterEqual; len = 2; }
                else kind = TokenKind.Greater;
                break;
            default:
                return InvalidCharacter();
        }
        _pos += len;
        // Inside an f-string replacement field, a top-level ':' starts the format spec.
        if (kind == TokenKind.Colon && InFStringFieldTopLevel())
        {
            var field = _modes[_modes.Count - 1].Fields;
            field[field.Count - 1].InSpec = true;
        }
        Add(kind, start, _pos, c == '<' && c1 == '>' ? "<>" : null);
        return true;
    }

    private bool InFStringFieldTopLevel()
    {
        if (_modes.Count == 0)
            return false;
        var m = _modes[_modes.Count - 1];
        return m.InExpression && m.Fields[m.Fields.Count - 1].Level == _level;
    }

    private bool InvalidCharacter()
    {
        char c = _s[_pos];
        int cp = c;
        if (char.IsHighSurrogate(c) && _pos + 1 < _s.Length)
            cp = char.ConvertToUtf32(c, _s[_pos + 1]);
        if (c == '\0')
        {
            Fail("source code cannot contain null bytes", _pos);
            return false;
        }
        if (cp is '$' or '?' or '`')
        {
            int at = _pos++;
            Add(TokenKind.Unknown, at, _pos, null);
            return true;
        }
        string msg = CharClass.IsPrintable(cp) && cp >= 0x80
            ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
            : cp < 0x80 && cp >= 0x20 && cp != 0x7f ? "invalid syntax" : $"invalid non-printable character U+{cp:X4}";
        Fail(msg, _pos + 1);
        return false;
    }

    private bool OpenBracket(char c)
    {
        if (_level >= MaxParenLevel)
        {
            Fail("too many nested parentheses", _pos + 1);
            return false;
        }
        _parenChar[_level] = c;
        _parenLine[_level] = _line;
        _parenIndex[_level] = _pos;
        _level++;
        int start = _pos++;
        Add(c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace, start, _pos, null);
        return true;
    }

    private bool CloseBracket(char c)
    {
        int start = _pos;
        if (c == '}' && _modes.Count > 0)
        {
            var m = _modes[_modes.Count - 1];
            if (m.InExpression && m.Fields[m.Fields.Count - 1].Level == _level)
            {
                // Closes a replacement field: back to the f-string's text (or the enclosing field's format spec).
                m.Fields.RemoveAt(m.Fields.Count - 1);
                _level--;
                _pos++;
                Add(TokenKind.RBrace, start, _pos, null);
                return true;
            }
        }
        _pos++;
        if (_level == 0)
        {
            Fail($"unmatched '{c}'", _pos);
            return false;
        }
        char open = _parenChar[_level - 1];
        if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}'))
        {
            if (_modes.Count > 0 && _modes[_modes.Count - 1].InExpression && _modes[_modes.Count - 1].Fields[_modes[_modes.Count - 1].Fields.Count - 1].Level == _level)
            {
                Fail($"f-string: unmatched '{c}'", _pos);
                return false;
            }
            int openLine = _parenLine[_level - 1];
            if (openLine != _line)
                Fail($"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}", _pos);
            else
                Fail($"closing parenthesis '{c}' does not match opening parenthesis '{open}'", _pos);
            return false;
        }
        _level--;
        Add(c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace, start, _pos, null);
        return true;
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
