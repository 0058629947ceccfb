using System;
using System.Globalization;
using System.Numerics;

namespace PyAot.Runtime;

public static partial class Builtins
{
    public static PyValue Int() => PyValue.FromInt(0);

    /// <summary>int(x).</summary>
    public static PyValue Int(PyValue x)
    {
        x = PyDerivedInstance.BuiltinUnless(x, "__int__");
        if (x.IsInt)
            return x;
        if (x.IsBool)
            return PyValue.FromInt(x.Bits);
        if (x.IsFloat)
            return FloatOps.ToInt(x.AsDouble);
        if (x.Ref is PyBigInt)
            return x;
        if (x.Ref is string s)
            return ParseInt(s, 10);
        if (x.Ref is PyInstance inst)
        {
            foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
            {
                if (inst.Type.TryLookup(name, out var m))
                {
                    var r = PyOps.CallWithSelf(m, x, ReadOnlySpan<PyValue>.Empty, null);
                    if (!PyOps.IsIntegral(r))
                        throw PyException.TypeError($"{name} returned non-int (type {PyOps.TypeName(r)})");
                    return r.IsBool ? PyValue.FromInt(r.Bits) : r;
                }
            }
        }
        throw PyException.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{PyOps.TypeName(x)}'");
    }

    /// <summary>int(x, base).</summary>
    public static PyValue Int(PyValue x, PyValue @base)
    {
        long b = PyOps.ToIndex(@base);
        if (x.Ref is not string s)
            throw PyException.TypeError("int() can't convert non-string with explicit base");
        if (b != 0 && (b < 2 || b > 36))
            throw PyException.ValueError("int() base must be >= 2 and <= 36, or 0");
        return ParseInt(s, (int)b);
    }

    /// <summary>Python's int(str, base): whitespace, sign, optional prefix, single underscores between digits.</summary>
    public static PyValue ParseInt(string text, int radix)
    {
        int i = 0, n = text.Length;
        while (i < n && StrOps.IsSpace(text[i]))
            i++;
        while (n > i && StrOps.IsSpace(text[n - 1]))
            n--;
        bool neg = false;
        if (i < n && (text[i] == '+' || text[i] == '-'))
        {
            neg = text[i] == '-';
            i++;
        }
        int origRadix = radix;
        bool prefixed = false;
        if (i + 1 < n && text[i] == '0')
        {
            char p = char.ToLowerInvariant(text[i + 1]);
            int pr = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pr != 0 && (radix == 0 || radix == pr))
            {
                radix = pr;
                i += 2;
                prefixed = true;
            }
        }
        if (radix == 0)
            radix = 10;
        int start = i;
        BigInteger big = BigInteger.Zero;
        ulong acc = 0;
        bool useBig = false;
        int digits = 0;
        bool lastUnderscore = prefixed; // "0x_1" is allowed: an underscore may follow the prefix
        bool allZero = true;
        bool ok = i < n;
        for (; i < n && ok; i++)
        {
            char c = text[i];
            if (c == '_')
            {
                if (lastUnderscore && !(prefixed && i == start))
                {
                    ok = false;
                    break;
                }
                if (i == start && !prefixed)
                {
                    ok = false;
                    break;
                }
                lastUnderscore = true;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= radix)
            {
                ok = false;
                break;
            }
            lastUnderscore = false;
            digits++;
            if (d != 0)
                allZero = false;
            if (!useBig)
            {
                ulong next = acc * (ulong)radix + (ulong)d;
                if (acc > (ulong.MaxValue - (ulong)d) / (ulong)radix)
                {
                    useBig = true;
                    big = new BigInteger(acc) * radix + d;
                }
                else
                {
                    acc = next;
                }
            }
            else
            {
                big = big * radix + d;
            }
        }
        if (!ok || digits == 0 || (i > 0 && text[n - 1] == '_'))
            throw InvalidInt(text, origRadix);
        // Base 0 forbids leading zeros in a non-zero decimal ("010").
        if (origRadix == 0 && !prefixed && text[start] == '0' && !allZero)
            throw InvalidInt(text, origRadix);
        if (PySys.IntMaxStrDigits > 0 && digits > PySys.IntMaxStrDigits && (radix & (radix - 1)) != 0)
            throw PyException.ValueError($"Exceeds the limit ({PySys.IntMaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        BigInteger value = useBig ? big : new BigInteger(acc);
        if (!useBig && acc <= long.MaxValue)
            return PyValue.FromInt(neg ? -(long)acc : (long)acc);
        return PyValue.FromBigInteger(neg ? -value : value);
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z')
            return c - 'A' + 10;
        if (char.IsDigit(c))
            return (int)char.GetNumericValue(c);
        return -1;
    }

    private static PyException InvalidInt(string text, int radix) =>
        PyException.ValueError($"invalid literal for int() with base {radix}: {StrRepr.Repr(text)}");

    public static PyValue Float() => PyValue.FromFloat(0.0);

    /// <summary>float(x).</summary>
    public static PyValue Float(PyValue x)
    {
        x = PyDerivedInstance.BuiltinUnless(x, "__float__");
        if (x.IsFloat)
            return x;
        if (x.IsInt || x.IsBool)
            return PyValue.FromFloat(x.Bits);
        if (x.Ref is PyBigInt b)
            return PyValue.FromFloat(IntOps.ToDouble(b.Value));
        if (x.Ref is string s)
            return PyValue.FromFloat(ParseFloat(s));
        if (x.Ref is PyInstance inst)
        {
            if (inst.Type.TryLookup("__float__", out var m))
            {
                var r = PyOps.CallWithSelf(m, x, ReadOnlySpan<PyValue>.Empty, null);
                if (!r.IsFloat)
                    throw PyException.TypeError($"{inst.Type.Name}.__float__ returned non-float (type {PyOps.TypeName(r)})");
                return r;
            }
            if (inst.Type.TryLookup("__index__", out var ix))
                return PyValue.FromFloat(PyOps.ToDouble(PyOps.CallWithSelf(ix, x, ReadOnlySpan<PyValue>.Empty, null)));
        }
        throw PyException.TypeError($"float() argument must be a string or a real number, not '{PyOps.TypeName(x)}'");
    }

    /// <summary>Python's float(str): decimal literals with single underscores between digits, inf, nan.</summary>
    public static double ParseFloat(string text)
    {
        var t = text.AsSpan();
        int i = 0, n = t.Length;
        while (i < n && StrOps.IsSpace(t[i]))
            i++;
        while (n > i && StrOps.IsSpace(t[n - 1]))
            n--;
        var s = t[i..n];
        if (TryParseFloat(s, out double d))
            return d;
        throw PyException.ValueError($"could not convert string to float: {StrRepr.Repr(text)}");
    }

    private static bool TryParseFloat(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        if (s.Length == 0)
            return false;
        int i = 0;
        bool neg = false;
        if (s[0] is '+' or '-')
        {
            neg = s[0] == '-';
            i = 1;
        }
        var body = s[i..];
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = neg ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = neg ? -FloatOps.NaN : FloatOps.NaN;
            return true;
        }
        // Validate: digits [. digits] [e [sign] digits], underscores only between digits.
        Span<char> clean = body.Length <= 256 ? stackalloc char[body.Length] : new char[body.Length];
        int len = 0, j = 0;
        bool anyDigits = false;
        if (!ReadDigits(body, ref j, clean, ref len, out bool intDigits))
            return false;
        anyDigits |= intDigits;
        if (j < body.Length && body[j] == '.')
        {
            clean[len++] = '.';
            j++;
            if (!ReadDigits(body, ref j, clean, ref len, out bool fracDigits))
                return false;
            anyDigits |= fracDigits;
        }
        if (!anyDigits)
            return false;
        if (j < body.Length && body[j] is 'e' or 'E')
        {
            clean[len++] = 'e';
            j++;
            if (j < body.Length && body[j] is '+' or '-')
                clean[len++] = body[j++];
            if (!ReadDigits(body, ref j, clean, ref len, out bool expDigits) || !expDigits)
                return false;
        }
        if (j != body.Length)
            return false;
        if (!double.TryParse(clean[..len], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return false;
        if (neg)
            value = -value;
        return true;
    }

    private static bool ReadDigits(ReadOnlySpan<char> s, ref int j, Span<char> clean, ref int len, out bool any)
    {
        any = false;
        while (j < s.Length)
        {
            char c = s[j];
            if (c >= '0' && c <= '9')
            {
                clean[len++] = c;
                any = true;
                j++;
            }
            else if (c == '_' && any && j + 1 < s.Length && s[j + 1] >= '0' && s[j + 1] <= '9')
            {
                j++;
            }
            else if (c == '_')
            {
                return false;
            }
            else
            {
                break;
            }
        }
        return true;
    }
}
