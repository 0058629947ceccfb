namespace PyAot.FrontEnd.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>CPython's MAX_EXPR_NESTING: replacement fields nested in format specs.</summary>
    private const int MaxFieldNesting = 3;

    /// <summary>
    /// In an f-string outside any replacement field's expression: emits FSTRING_MIDDLE (literal text, raw, with
    /// "{{"/"}}" reduced to one brace), FSTRING_END, or opens a field ('{' then regular tokens), as CPython's
    /// tok_get_fstring_mode does, including its empty FSTRING_MIDDLE before a format spec's closing '}'.
    /// </summary>
    private void ScanFStringText(FStringMode m)
    {
        int start = _pos;
        int startLine = _line;
        bool inSpec = m.InFormatSpec;
        if (Peek() == '{' && (Peek(1) != '{' || inSpec))
        {
            OpenField(m);
            return;
        }
        if (AtClosingQuotes(m))
        {
            _pos += m.QuoteSize;
            Add(TokenKind.FStringEnd, start, startLine, _pos, null);
            _modes.RemoveAt(_modes.Count - 1);
            return;
        }
        int endQuotes = 0;
        while (endQuotes != m.QuoteSize)
        {
            if (AtEnd || (m.QuoteSize == 1 && _s[_pos] == '\n'))
            {
                FailUnterminatedFString(m);
                return;
            }
            char c = _s[_pos++];
            if (c == m.Quote)
            {
                endQuotes++;
                continue;
            }
            endQuotes = 0;
            if (c == '\n')
                NewLineAt(_pos - 1);
            else if (c == '{')
            {
                if (Peek() != '{' || inSpec)
                {
                    _pos--;
                    Add(TokenKind.FStringMiddle, start, startLine, _pos, _s.Substring(start, _pos - start));
                }
                else
                {
                    string text = _s.Substring(start, _pos - start);
                    _pos++;
                    Add(TokenKind.FStringMiddle, start, startLine, _pos, text);
                }
                return;
            }
            else if (c == '}')
            {
                if (Peek() == '}' && !inSpec)
                {
                    string text = _s.Substring(start, _pos - start);
                    _pos++;
                    Add(TokenKind.FStringMiddle, start, startLine, _pos, text);
                    return;
                }
                _pos--;
                if (!inSpec)
                {
                    if (_pos > start)
                        Add(TokenKind.FStringMiddle, start, startLine, _pos, _s.Substring(start, _pos - start));
                    Fail("f-string: single '}' is not allowed", _pos + 1);
                    return;
                }
                // The end of a format spec: hand the '}' to the regular tokenizer, which closes the field.
                Add(TokenKind.FStringMiddle, start, startLine, _pos, _s.Substring(start, _pos - start));
                m.Fields[m.Fields.Count - 1].InSpec = false;
                return;
            }
            else if (c == '\\' && _pos < _s.Length)
            {
                char next = _s[_pos];
                if (next == '{' || next == '}')
                    continue;
                _pos++;
                if (next == '\n')
                    NewLineAt(_pos - 1);
                else if (next == 'N' && !m.Raw && Peek() == '{')
                {
                    // \N{NAME}: its braces are not a replacement field.
                    _pos++;
                    while (_pos < _s.Length && _s[_pos] != '}' && _s[_pos] != m.Quote && _s[_pos] != '\n')
                        _pos++;
                    if (_pos < _s.Length && _s[_pos] == '}')
                    {
                        _pos++;
                        Add(TokenKind.FStringMiddle, start, startLine, _pos, _s.Substring(start, _pos - start));
                        return;
                    }
                }
            }
        }
        _pos -= m.QuoteSize;
        Add(TokenKind.FStringMiddle, start, startLine, _pos, _s.Substring(start, _pos - start));
    }

    private bool AtClosingQuotes(FStringMode m)
    {
        for (int i = 0; i < m.QuoteSize; i++)
            if (Peek(i) != m.Quote)
                return false;
        return true;
    }

    private void OpenField(FStringMode m)
    {
        if (m.Fields.Count >= MaxFieldNesting)
        {
            Fail("f-string: expressions nested too deeply", _pos + 1);
            return;
        }
        m.Fields.Add(new FStringMode.Field { Level = _level + 1 });
        OpenBracket('{');
    }

    private void FailUnterminatedFString(FStringMode m)
    {
        string what = m.QuoteSize == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        FailAtLine($"{what} (detected at line {_line})", m.StartLine, m.StartIndex + 1);
    }
}
