using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyAot.Runtime;

/// <summary>format(value, spec) for int, bool, float and str, as CPython's Python/formatter_unicode.c.</summary>
public static class Formatter
{
    public static string FormatInt(BigInteger value, string specText, string typeName = "int")
    {
        var spec = FormatSpec.Parse(specText, typeName);
        switch (spec.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(IntOps.ToDouble(value), spec, typeName);
            case '\0' or 'd' or 'n' or 'b' or 'o' or 'x' or 'X' or 'c':
                break;
            default:
                throw UnknownCode(spec.Type, typeName);
        }
        if (spec.Precision >= 0)
            throw PyException.ValueError("Precision not allowed in integer format specifier");
        if (spec.NoNegZero)
            throw PyException.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        bool negative = value.Sign < 0;
        var mag = BigInteger.Abs(value);
        string digits, prefix = "";
        int groupSize = 3;
        switch (spec.Type)
        {
            case 'c':
                if (spec.Sign != '\0')
                    throw PyException.ValueError("Sign not allowed with integer format specifier 'c'");
                if (spec.Alternate)
                    throw PyException.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
                if (value < long.MinValue || value > long.MaxValue)
                    throw PyException.OverflowError("Python int too large to convert to C long");
                if (value.Sign < 0 || value > 0x10ffff)
                    throw PyException.OverflowError("%c arg not in range(0x110000)");
                digits = CodePoints.FromCodePoint((int)value);
                negative = false;
                break;
            case 'b':
                digits = ToBase(mag, 2);
                prefix = "0b";
                groupSize = 4;
                break;
            case 'o':
                digits = ToBase(mag, 8);
                prefix = "0o";
                groupSize = 4;
                break;
            case 'x':
                digits = ToBase(mag, 16);
                prefix = "0x";
                groupSize = 4;
                break;
            case 'X':
                digits = ToBase(mag, 16).ToUpperInvariant();
                prefix = "0X";
                groupSize = 4;
                break;
            default:
                digits = mag <= long.MaxValue ? mag.ToString(CultureInfo.InvariantCulture) : IntOps.ToDecimalString(mag);
                break;
        }
        if (!spec.Alternate)
            prefix = "";
        return Layout(spec, negative, prefix, digits, "", groupSize);
    }

    public static string ToBase(BigInteger mag, int radix)
    {
        if (mag.IsZero)
            return "0";
        if (mag <= ulong.MaxValue)
        {
            ulong v = (ulong)mag;
            Span<char> buf = stackalloc char[64];
            int pos = 64;
            while (v != 0)
            {
                buf[--pos] = "0123456789abcdef"[(int)(v % (ulong)radix)];
                v /= (ulong)radix;
            }
            return new string(buf[pos..]);
        }
        var sb = new StringBuilder();
        while (!mag.IsZero)
        {
            mag = BigInteger.DivRem(mag, radix, out var r);
            sb.Insert(0, "0123456789abcdef"[(int)r]);
        }
        return sb.ToString();
    }

    public static string FormatFloat(double value, string specText)
    {
        var spec = FormatSpec.Parse(specText, "float");
        return FormatFloat(value, spec, "float");
    }

    private static string FormatFloat(double value, FormatSpec spec, string typeName)
    {
        char type = spec.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
            throw UnknownCode(type, typeName);
        int precision = spec.Precision;
        bool addDot0 = false;
        if (type == '\0')
        {
            if (precision < 0)
                type = 'r';
            else
            {
                type = 'g';
                addDot0 = true;
            }
        }
        else if (type == 'n')
        {
            type = 'g';
        }
        if (precision < 0)
            precision = 6;
        if (type == '%')
            value *= 100;
        bool negative = double.IsNegative(value);
        double ax = Math.Abs(value);
        if (spec.NoNegZero && negative && (ax == 0 || IsNegativeZeroAfterRounding(ax, type, precision)))
            negative = false;
        string body;
        string suffix = "";
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            body = double.IsNaN(value) ? "nan" : "inf";
            if (type is 'E' or 'F' or 'G')
                body = body.ToUpperInvariant();
            if (type == '%')
                suffix = "%";
            negative = double.IsNaN(value) ? false : negative;
            return LayoutFloat(spec, negative, body + suffix);
        }
        switch (type)
        {
            case 'r':
            {
                body = FloatRepr.Repr(ax);
                if (spec.Alternate && body.Contains('e') && !body.Contains('.'))
                    body = body.Substring(0, 1) + "." + body.Substring(1);
                break;
            }
            case 'f':
            case 'F':
            case '%':
            {
                if (type == '%')
                    suffix = "%";
                body = Fixed(ax, precision, spec.Alternate);
                break;
            }
            case 'e':
            case 'E':
                body = Exponent(ax, precision, spec.Alternate, type);
                break;
            default:
                body = General(ax, precision == 0 ? 1 : precision, spec.Alternate, type == 'G', addDot0);
                break;
        }
        return LayoutFloat(spec, negative, body + suffix);
    }

    private static bool IsNegativeZeroAfterRounding(double ax, char type, int precision)
    {
        if (type is 'f' or 'F')
            return Fixed(ax, precision, false).Trim('0', '.').Length == 0;
        if (type == '%')
            return Fixed(ax, precision, false).Trim('0', '.').Length == 0;
        return false;
    }

    /// <summary>Splits a float body into integer digits and the rest, then lays it out like an int.</summary>
    private static string LayoutFloat(FormatSpec spec, bool negative, string body)
    {
        int i = 0;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
            i++;
        string intPart = body.Substring(0, i), rest = body.Substring(i);
        if (intPart.Length == 0)
        {
            // inf / nan: no digits to group; '0' padding still pads with (ungrouped) zeros in front.
            spec.Grouping = '\0';
            return Layout(spec, negative, "", "", body, 3);
        }
        return Layout(spec, negative, "", intPart, rest, 3);
    }

    /// <summary>Round-half-even of |x| * 10**precision as a digit string.</summary>
    public static string FixedDigits(double ax, int precision)
    {
        var r = RoundScaled(ax, precision);
        return r.ToString(CultureInfo.InvariantCulture);
    }

    public static string Fixed(double ax, int precision, bool alternate)
    {
        string digits = FixedDigits(ax, precision);
        if (precision == 0)
            return alternate ? digits + "." : digits;
        if (digits.Length <= precision)
            digits = new string('0', precision + 1 - digits.Length) + digits;
        return digits.Substring(0, digits.Length - precision) + "." + digits.Substring(digits.Length - precision);
    }

    /// <summary>|x| rounded to <paramref name="n"/> significant digits: the digits and the decimal exponent of the first.</summary>
    public static string SignificantDigits(double ax, int n, out int exp10)
    {
        if (ax == 0)
        {
            exp10 = 0;
            return new string('0', n);
        }
        int k = (int)Math.Floor(Math.Log10(ax));
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var r = RoundScaled(ax, n - 1 - k);
            string s = r.ToString(CultureInfo.InvariantCulture);
            if (s.Length == n)
            {
                exp10 = k;
                return s;
            }
            if (s.Length > n)
            {
                // Either the estimate was low or rounding carried into a new digit (9.99 -> 10.0).
                if (s.Length == n + 1 && s[0] == '1' && s.AsSpan(1).IndexOfAnyExcept('0') < 0)
                {
                    exp10 = k + 1;
                    return s.Substring(0, n);
                }
                k++;
            }
            else
            {
                k--;
            }
        }
        var last = RoundScaled(ax, n - 1 - k).ToString(CultureInfo.InvariantCulture);
        exp10 = k + last.Length - n;
        return last.Substring(0, n);
    }

    /// <summary>round_half_even(ax * 10**scale), computed exactly from the binary value.</summary>
    public static BigInteger RoundScaled(double ax, int scale)
    {
        long bits = BitConverter.DoubleToInt64Bits(ax);
        int exp = (int)((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0)
            exp = 1;
        else
            mant |= 1L << 52;
        exp -= 1075; // ax = mant * 2**exp
        BigInteger num = mant, den = BigInteger.One;
        if (exp > 0)
            num <<= exp;
        else
            den <<= -exp;
        if (scale > 0)
            num *= BigInteger.Pow(10, scale);
        else if (scale < 0)
            den *= BigInteger.Pow(10, -scale);
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem << 1;
        int c = twice.CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven))
            q += 1;
        return q;
    }

    public static string Exponent(double ax, int precision, bool alternate, char letter)
    {
        string d = SignificantDigits(ax, precision + 1, out int e);
        var sb = new StringBuilder(precision + 8);
        sb.Append(d[0]);
        if (precision > 0 || alternate)
            sb.Append('.');
        sb.Append(d, 1, d.Length - 1);
        FloatRepr.AppendExponent(sb, e, letter);
        return sb.ToString();
    }

    /// <summary>'g': significant digits, fixed or exponent notation, trailing zeros removed unless '#'.</summary>
    public static string General(double ax, int precision, bool alternate, bool upper, bool addDot0)
    {
        string d = SignificantDigits(ax, precision, out int e);
        var sb = new StringBuilder(precision + 8);
        // With no type and a precision, CPython switches to exponent one digit earlier (Py_DTSF_ADD_DOT_0).
        if (e >= -4 && e < precision - (addDot0 ? 1 : 0))
        {
            if (e >= 0)
            {
                sb.Append(d, 0, e + 1);
                sb.Append('.').Append(d, e + 1, d.Length - e - 1);
            }
            else
            {
                sb.Append("0.").Append('0', -e - 1).Append(d);
            }
            string s = sb.ToString();
            if (!alternate)
            {
                s = s.TrimEnd('0');
                if (s.EndsWith('.'))
                    s = addDot0 ? s + "0" : s.Substring(0, s.Length - 1);
            }
            return s;
        }
        string mant = d;
        if (!alternate)
            mant = mant.TrimEnd('0');
        if (mant.Length == 0)
            mant = "0";
        sb.Append(mant[0]);
        if (mant.Length > 1 || alternate)
            sb.Append('.').Append(mant, 1, mant.Length - 1);
        FloatRepr.AppendExponent(sb, e, upper ? 'E' : 'e');
        return sb.ToString();
    }

    public static string FormatStr(string s, string specText)
    {
        if (specText.Length == 0)
            return s;
        var spec = FormatSpec.Parse(specText, "str");
        if (spec.Type is not ('\0' or 's'))
            throw UnknownCode(spec.Type, "str");
        if (spec.Sign == ' ')
            throw PyException.ValueError("Space not allowed in string format specifier");
        if (spec.Sign != '\0')
            throw PyException.ValueError("Sign not allowed in string format specifier");
        if (spec.NoNegZero)
            throw PyException.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate)
            throw PyException.ValueError("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=')
            throw PyException.ValueError("'=' alignment not allowed in string format specifier");
        if (spec.Grouping != '\0')
            throw PyException.ValueError($"Cannot specify '{spec.Grouping}' with 's'.");
        if (spec.Precision >= 0 && spec.Precision < s.Length)
        {
            if (CodePoints.HasSurrogates(s))
            {
                var offsets = CodePoints.Offsets(s);
                if (spec.Precision < offsets.Length - 1)
                    s = s.Substring(0, offsets[spec.Precision]);
            }
            else
            {
                s = s.Substring(0, spec.Precision);
            }
        }
        char fill = spec.Fill != '\0' ? spec.Fill : spec.ZeroPad ? '0' : ' ';
        return Pad(s, spec.Width, fill, spec.Align == '\0' ? '<' : spec.Align);
    }

    private static string Pad(string s, int width, char fill, char align)
    {
        int length = CodePoints.Length(s);
        if (width <= length)
            return s;
        int pad = width - length;
        return align switch
        {
            '>' => new string(fill, pad) + s,
            '^' => new string(fill, pad / 2) + s + new string(fill, pad - pad / 2),
            _ => s + new string(fill, pad),
        };
    }

    /// <summary>Sign, prefix, grouped digits, rest; then fill and alignment (numbers align right by default).</summary>
    private static string Layout(FormatSpec spec, bool negative, string prefix, string digits, string rest, int groupSize)
    {
        string sign = negative ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        char align = spec.Align;
        char fill = spec.Fill;
        if (fill == '\0')
        {
            if (spec.ZeroPad && align == '\0')
            {
                fill = '0';
                align = '=';
            }
            else
            {
                fill = spec.ZeroPad && align == '=' ? '0' : ' ';
            }
        }
        if (align == '\0')
            align = '>';
        char sep = spec.Grouping;
        if (spec.Grouping == ',' && spec.Type == 'n')
            sep = '\0';
        int width = spec.Width;
        if (align == '=' && fill == '0' && width > 0)
        {
            // Zero padding goes between the sign/prefix and the digits, and is itself grouped.
            int target = width - sign.Length - prefix.Length - rest.Length;
            string grouped = Group(digits, sep, groupSize);
            while (grouped.Length < target)
            {
                digits = "0" + digits;
                grouped = Group(digits, sep, groupSize);
            }
            return sign + prefix + grouped + rest;
        }
        string number = Group(digits, sep, groupSize) + rest;
        int len = sign.Length + prefix.Length + number.Length;
        if (width <= len)
            return sign + prefix + number;
        int pad = width - len;
        return align switch
        {
            '<' => sign + prefix + number + new string(fill, pad),
            '^' => new string(fill, pad / 2) + sign + prefix + number + new string(fill, pad - pad / 2),
            '=' => sign + prefix + new string(fill, pad) + number,
            _ => new string(fill, pad) + sign + prefix + number,
        };
    }

    private static string Group(string digits, char sep, int size)
    {
        if (sep == '\0' || digits.Length <= size)
            return digits;
        var sb = new StringBuilder(digits.Length + digits.Length / size);
        int first = digits.Length % size;
        if (first > 0)
            sb.Append(digits, 0, first);
        for (int i = first; i < digits.Length; i += size)
        {
            if (sb.Length > 0)
                sb.Append(sep);
            sb.Append(digits, i, size);
        }
        return sb.ToString();
    }

    public static PyException UnknownCode(char code, string typeName) =>
        PyException.ValueError(code >= ' ' && code < 0x7f
            ? $"Unknown format code '{code}' for object of type '{typeName}'"
            : $"Unknown format code '\\x{(int)code:x}' for object of type '{typeName}'");
}
