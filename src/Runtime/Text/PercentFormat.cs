using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>printf-style formatting: <c>"%d items" % n</c>.</summary>
public static class PercentFormat
{
    public static string Format(string template, PyValue args) => Format(template, args, bytes: false);

    /// <summary><c>b"%d items" % n</c> (bytes and bytearray): the same directives over the template's bytes, with
    /// bytes' own %s/%b (a bytes-like value), %r/%a (ascii()) and %c (one byte).</summary>
    public static byte[] FormatBytes(ReadOnlySpan<byte> template, PyValue args) =>
        Encoding.Latin1.GetBytes(Format(Encoding.Latin1.GetString(template), args, bytes: true));

    /// <summary>The formatting of str (<paramref name="bytes"/> false) or, over a template whose chars are its bytes
    /// (latin-1) and producing such chars, of bytes.</summary>
    private static string Format(string template, PyValue args, bool bytes)
    {
        PyValue[] items;
        PyValue mapping = default;
        if (PyDerivedInstance.Unwrap(args).Ref is PyTuple t)
            items = t.Items; // (a tuple subclass's items too, as PyTuple_Check takes it)
        else
        {
            items = new[] { args };
            // CPython takes any non-tuple, non-str argument with __getitem__ as the mapping (PyMapping_Check): then
            // '%(key)s' looks keys up in it, and a lone argument left unused is not an error ('s' % [2] == 's').
            if (PyDerivedInstance.Unwrap(args).Ref is PyDict or PyList or PyRange || (!bytes && PyDerivedInstance.Unwrap(args).Ref is PyBytes)
                || (bytes && PyDerivedInstance.Unwrap(args).Ref is PyByteArray)
                || (args.Ref is PyInstance inst && inst.Type.TryLookup("__getitem__", out _)))
                mapping = args;
        }
        var sb = new StringBuilder(template.Length + 16);
        int argIndex = 0;
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (i >= template.Length)
                throw PyException.ValueError("incomplete format");
            PyValue value = default;
            if (template[i] == '(')
            {
                if (mapping.IsUnbound)
                    throw PyException.TypeError("format requires a mapping");
                // The key runs to the matching ')': parentheses nest inside it ('%((foo))s' is the key '(foo)').
                int close = i + 1, depth = 1;
                for (; close < template.Length; close++)
                {
                    if (template[close] == '(')
                        depth++;
                    else if (template[close] == ')' && --depth == 0)
                        break;
                }
                if (close >= template.Length)
                    throw PyException.ValueError("incomplete format key");
                string key = template.Substring(i + 1, close - i - 1);
                value = PyOps.GetItem(mapping, bytes ? PyValue.FromObject(new PyBytes(Encoding.Latin1.GetBytes(key))) : PyValue.FromString(key));
                i = close + 1;
            }
            // flags
            bool left = false, plus = false, space = false, alt = false, zero = false;
            while (i < template.Length && template[i] is '-' or '+' or ' ' or '#' or '0')
            {
                switch (template[i++])
                {
                    case '-': left = true; break;
                    case '+': plus = true; break;
                    case ' ': space = true; break;
                    case '#': alt = true; break;
                    default: zero = true; break;
                }
            }
            int width = -1, precision = -1;
            if (i < template.Length && template[i] == '*')
            {
                i++;
                width = StarArg(Next(items, ref argIndex));
                if (width < 0)
                {
                    left = true;
                    width = -width;
                }
            }
            else
            {
                width = Digits(template, ref i, width, "width too big");
            }
            if (i < template.Length && template[i] == '.')
            {
                i++;
                precision = 0;
                if (i < template.Length && template[i] == '*')
                {
                    i++;
                    precision = Math.Max(0, StarArg(Next(items, ref argIndex)));
                }
                else
                {
                    precision = Digits(template, ref i, precision, "precision too big", clamp: true);
                }
            }
            while (i < template.Length && template[i] is 'h' or 'l' or 'L')
                i++;
            if (i >= template.Length)
                throw PyException.ValueError("incomplete format");
            char type = template[i++];
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }
            if (value.IsUnbound)
                value = Next(items, ref argIndex);
            string body;
            bool numeric = false;
            switch (type)
            {
                case 's' or 'b' when bytes:
                    body = BytesBody(value);
                    body = Truncate(body, precision);
                    break;
                case 'r' or 'a' when bytes:
                    body = PyOps.Ascii(value);
                    body = Truncate(body, precision);
                    break;
                case 'c' when bytes:
                    body = ByteChar(value);
                    break;
                case 's':
                    body = PyOps.Str(value);
                    body = Truncate(body, precision);
                    break;
                case 'r':
                    body = PyOps.Repr(value);
                    body = Truncate(body, precision);
                    break;
                case 'a':
                    body = PyOps.Ascii(value);
                    body = Truncate(body, precision);
                    break;
                case 'c':
                    if (value.Ref is string cs && CodePoints.Length(cs) == 1)
                        body = cs;
                    else if (PyOps.IsIntegral(value))
                        body = CodePoint(value);
                    else
                        throw PyException.TypeError("%c requires int or char");
                    break;
                case 'd' or 'i' or 'u' or 'x' or 'X' or 'o':
                {
                    numeric = true;
                    var n = ToInteger(value, type);
                    string spec = (alt && type != 'd' && type != 'i' && type != 'u' ? "#" : "") + (type is 'x' or 'X' or 'o' ? type.ToString() : "d");
                    body = Formatter.FormatInt(n, spec);
                    if (precision > 0)
                    {
                        bool neg = body.StartsWith('-');
                        string digitsPart = neg ? body.Substring(1) : body;
                        string pre = alt && type is 'x' or 'X' or 'o' ? digitsPart.Substring(0, 2) : "";
                        string digits = digitsPart.Substring(pre.Length);
                        if (digits.Length < precision)
                            digits = new string('0', precision - digits.Length) + digits;
                        body = (neg ? "-" : "") + pre + digits;
                    }
                    break;
                }
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    numeric = true;
                    double d = value.IsFloat ? value.AsDouble : PyOps.IsIntegral(value) ? PyOps.ToDouble(value)
                        : value.Ref is PyInstance ? PyOps.ToDouble(Builtins.Float(value)) : throw PyException.TypeError($"must be real number, not {PyOps.TypeName(value)}");
                    if (precision == int.MaxValue)
                        throw PyException.ValueError("precision too big");
                    body = Formatter.FormatFloat(d, (alt ? "#" : "") + "." + (precision < 0 ? 6 : precision) + type);
                    break;
                }
                default:
                    throw PyException.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i - 1}");
            }
            if (numeric && !body.StartsWith('-'))
            {
                if (plus)
                    body = "+" + body;
                else if (space)
                    body = " " + body;
            }
            int bodyLength = CodePoints.Length(body);
            if (width > bodyLength)
            {
                int pad = width - bodyLength;
                if (left)
                    body += new string(' ', pad);
                else if (zero && numeric)
                {
                    int signLen = body.Length > 0 && body[0] is '-' or '+' or ' ' ? 1 : 0;
                    if (body.Length > signLen + 1 && body[signLen] == '0' && body[signLen + 1] is 'x' or 'X' or 'o')
                        signLen += 2;
                    body = body.Substring(0, signLen) + new string('0', pad) + body.Substring(signLen);
                }
                else
                    body = new string(' ', pad) + body;
            }
            sb.Append(body);
        }
        if (argIndex < items.Length && mapping.IsUnbound)
            throw PyException.TypeError($"not all arguments converted during {(bytes ? "bytes" : "string")} formatting");
        return sb.ToString();
    }

    /// <summary>%s or %b of bytes formatting: a bytes-like value, or what its <c>__bytes__</c> returns, as latin-1 chars.</summary>
    private static string BytesBody(PyValue value)
    {
        if (BytesLike.TryGetSpan(value, out var span))
            return Encoding.Latin1.GetString(span);
        if (value.Ref is PyInstance inst && inst.Type.TryLookup("__bytes__", out var m))
        {
            var r = PyOps.CallWithSelf(m, value, ReadOnlySpan<PyValue>.Empty, null);
            if (PyDerivedInstance.Unwrap(r).Ref is not PyBytes b)
                throw PyException.TypeError($"__bytes__ returned non-bytes (type {PyOps.TypeName(r)})");
            return Encoding.Latin1.GetString(b.AsSpan());
        }
        throw PyException.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{PyOps.TypeName(value)}'");
    }

    /// <summary>%c of bytes formatting: an int in range(256) or a byte string of length 1.</summary>
    private static string ByteChar(PyValue value)
    {
        if (BytesLike.TryGetSpan(value, out var span) && span.Length == 1)
            return ((char)span[0]).ToString();
        if (!PyOps.IsIntegral(value) && !(value.Ref is PyInstance && !BytesLike.Is(value) && PyOps.TryIndex(value, out _)))
            throw PyException.TypeError("%c requires an integer in range(256) or a single byte");
        var n = PyOps.TryIndex(value, out var big) ? big : 0;
        if (n < 0 || n > 255)
            throw PyException.OverflowError("%c arg not in range(256)");
        return ((char)(int)n).ToString();
    }

    /// <summary>A width or precision written in digits (<paramref name="none"/> when there are none): beyond
    /// PY_SSIZE_T_MAX it is CPython's ValueError, beyond what a string can hold its MemoryError.</summary>
    private static int Digits(string template, ref int i, int none, string tooBig, bool clamp = false)
    {
        if (i >= template.Length || !char.IsAsciiDigit(template[i]))
            return none;
        long n = 0;
        while (i < template.Length && char.IsAsciiDigit(template[i]))
        {
            int digit = template[i++] - '0';
            if (n > (long.MaxValue - digit) / 10)
                throw PyException.ValueError(tooBig);
            n = n * 10 + digit;
        }
        if (n > int.MaxValue)
        {
            // A precision that large truncates nothing; a float's is refused where it is formatted.
            if (clamp)
                return int.MaxValue;
            throw PyException.Create(PyTypes.MemoryError, (string?)null);
        }
        return (int)n;
    }

    /// <summary>A '*' width or precision: an int that fits a C int.</summary>
    private static int StarArg(PyValue v)
    {
        if (!PyOps.IsIntegral(v))
            throw PyException.TypeError("* wants int");
        var n = IntOps.ToBig(v);
        if (n < int.MinValue || n > int.MaxValue)
            throw PyException.OverflowError("Python int too large to convert to C int");
        return (int)n;
    }

    private static PyValue Next(PyValue[] items, ref int index)
    {
        if (index >= items.Length)
            throw PyException.TypeError("not enough arguments for format string");
        return items[index++];
    }

    private static System.Numerics.BigInteger ToInteger(PyValue v, char type)
    {
        if (PyOps.IsIntegral(v))
            return IntOps.ToBig(v);
        if (v.IsFloat && type is 'd' or 'i' or 'u')
            return IntOps.ToBig(FloatOps.ToInt(v.AsDouble));
        if (PyOps.TryIndex(v, out var b))
            return b;
        if (type is 'd' or 'i' or 'u')
            throw PyException.TypeError($"%{type} format: a real number is required, not {PyOps.TypeName(v)}");
        throw PyException.TypeError($"%{type} format: an integer is required, not {PyOps.TypeName(v)}");
    }

    /// <summary>The first <paramref name="precision"/> code points (all of them when negative).</summary>
    /// <summary>%c of an int: the character with that code point (a lone surrogate included, as CPython allows);
    /// anything outside range(0x110000), however large, is CPython's OverflowError.</summary>
    private static string CodePoint(PyValue value)
    {
        const string message = "%c arg not in range(0x110000)";
        long cp;
        try
        {
            cp = PyOps.ToIndex(value);
        }
        catch (PyException e) when (e.Matches(PyTypes.OverflowError))
        {
            throw PyException.OverflowError(message);
        }
        if (cp < 0 || cp > 0x10ffff)
            throw PyException.OverflowError(message);
        return CodePoints.FromCodePoint((int)cp);
    }

    private static string Truncate(string body, int precision)
    {
        if (precision < 0 || precision >= body.Length)
            return body;
        int cut = 0;
        for (int n = 0; n < precision && cut < body.Length; n++)
            cut += char.IsHighSurrogate(body[cut]) && cut + 1 < body.Length ? 2 : 1;
        return body.Substring(0, cut);
    }
}
