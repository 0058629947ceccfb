namespace PyAot.FrontEnd.Lexing;

public sealed partial class Tokenizer
{
    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    /// <summary>Number literals with CPython's errors (underscores, prefixes, leading zeros, junk after).</summary>
    private bool ScanNumber()
    {
        int start = _pos;
        char c = _s[_pos];
        if (c == '0' && (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'o' || Peek(1) == 'O' || Peek(1) == 'b' || Peek(1) == 'B'))
        {
            char p = char.ToLowerInvariant(Peek(1));
            _pos += 2;
            string kind = p == 'x' ? "hexadecimal" : p == 'o' ? "octal" : "binary";
            bool any = false;
            while (true)
            {
                if (Peek() == '_')
                    _pos++;
                char d = Peek();
                bool ok = p == 'x' ? IsHexDigit(d) : p == 'o' ? d >= '0' && d <= '7' : d == '0' || d == '1';
                if (!ok)
                {
                    if (IsDigit(d) && p != 'x')
                    {
                        _pos++;
                        Fail($"invalid digit '{d}' in {kind} literal", _pos);
                        return false;
                    }
                    if (!any || _s[_pos - 1] == '_')
                    {
                        Fail($"invalid {kind} literal", _pos);
                        return false;
                    }
                    break;
                }
                any = true;
                _pos++;
            }
            return FinishNumber(start, kind);
        }

        bool isFloat = false;
        if (c != '.')
        {
            if (!DecimalTail())
                return false;
        }
        if (Peek() == '.')
        {
            isFloat = true;
            _pos++;
            if (IsDigit(Peek()) && !DecimalTail())
                return false;
        }
        if (Peek() == 'e' || Peek() == 'E')
        {
            int ePos = _pos;
            _pos++;
            if (Peek() == '+' || Peek() == '-')
                _pos++;
            if (!IsDigit(Peek()))
            {
                _pos = ePos + 1;
                Fail("invalid decimal literal", _pos);
                return false;
            }
            if (!DecimalTail())
                return false;
            isFloat = true;
        }
        if (Peek() == 'j' || Peek() == 'J')
        {
            _pos++;
            return FinishNumber(start, "imaginary");
        }
        if (!isFloat && _s[start] == '0')
        {
            // "0", "00", "0_0" are fine; "012" is not.
            for (int i = start; i < _pos; i++)
            {
                if (_s[i] != '0' && _s[i] != '_')
                {
                    int line = _line;
                    int col = _src.CharColumn(line, start);
                    FailRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, col + 1, _src.CharColumn(line, _pos) + 1);
                    return false;
                }
            }
        }
        return FinishNumber(start, "decimal");
    }

    private bool DecimalTail()
    {
        while (true)
        {
            while (IsDigit(Peek()))
                _pos++;
            if (Peek() != '_')
                return true;
            _pos++;
            if (!IsDigit(Peek()))
            {
                Fail("invalid decimal literal", _pos);
                return false;
            }
        }
    }

    /// <summary>CPython's verify_end_of_number: a name character right after a number is an error, except
    /// for the start of a keyword that may legally follow (1if x else y).</summary>
    private bool FinishNumber(int start, string kind)
    {
        char c = Peek();
        if (c == 'a' && Peek(1) == 'n' && Peek(2) == 'd' ||
            c == 'e' && Peek(1) == 'l' && Peek(2) == 's' && Peek(3) == 'e' ||
            c == 'f' && Peek(1) == 'o' && Peek(2) == 'r' ||
            c == 'i' && (Peek(1) == 'f' || Peek(1) == 'n' || Peek(1) == 's') ||
            c == 'n' && Peek(1) == 'o' && Peek(2) == 't' ||
            c == 'o' && Peek(1) == 'r')
        {
            Add(TokenKind.Number, start, _pos, _s.Substring(start, _pos - start));
            return true;
        }
        if (!AtEnd && (c >= 0x80 || CharClass.IsIdentifierContinue(_s, _pos)))
        {
            Fail($"invalid {kind} literal", _pos);
            return false;
        }
        Add(TokenKind.Number, start, _pos, _s.Substring(start, _pos - start));
        return true;
    }
}
