using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyAot.FrontEnd.Ast;

/// <summary>The value of <c>Ellipsis</c> in a <see cref="Constant"/>.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    private EllipsisValue() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>
/// A str constant that a .NET string cannot hold faithfully: Python strs are sequences of code points, and
/// escapes can make lone surrogates that sit side by side as a high and a low one (<c>'\ud800\udc00'</c> is two
/// code points in Python, one character in UTF-16). The front end uses this for such strings only; every other
/// str constant is a <see cref="string"/>.
/// </summary>
public sealed class CodePointString
{
    public CodePointString(int[] codePoints) => CodePoints = codePoints;

    /// <summary>The code points, lone surrogates included as themselves.</summary>
    public IReadOnlyList<int> CodePoints { get; }

    public int Length => CodePoints.Count;

    /// <summary>The UTF-16 rendering (lossy: adjacent lone surrogates read back as one character).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(CodePoints.Count);
        foreach (int cp in CodePoints)
            PyLiteral.AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    /// <summary>The code points of a .NET string (a valid surrogate pair is one code point).</summary>
    public static void AddCodePoints(List<int> into, string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                into.Add(char.ConvertToUtf32(c, s[++i]));
            else
                into.Add(c);
        }
    }

    /// <summary>A string when UTF-16 holds these code points faithfully, else a <see cref="CodePointString"/>.</summary>
    public static object FromCodePoints(List<int> cps)
    {
        for (int i = 0; i + 1 < cps.Count; i++)
            if (cps[i] >= 0xD800 && cps[i] <= 0xDBFF && cps[i + 1] >= 0xDC00 && cps[i + 1] <= 0xDFFF)
                return new CodePointString(cps.ToArray());
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
            PyLiteral.AppendCodePoint(sb, cp);
        return sb.ToString();
    }
}

/// <summary>
/// Python's repr of the values a <see cref="Constant"/> holds: None, bool, int (long or BigInteger), float,
/// complex (imaginary literals: <see cref="Complex"/> with real part 0), str, bytes, Ellipsis.
/// </summary>
public static class PyLiteral
{
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => Repr(s),
        CodePointString cps => Repr(cps),
        byte[] bytes => BytesRepr(bytes),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex c => ImaginaryRepr(c.Imaginary),
        EllipsisValue => "Ellipsis",
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// repr(str): single quotes unless the text has a single quote and no double quote; characters that
    /// str.isprintable rejects are escaped (\xNN, \uNNNN, \UNNNNNNNN) as Python does.
    /// </summary>
    public static string Repr(string s)
    {
        char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
                sb.Append('\\').Append(c);
            else if (c == '\n')
                sb.Append("\\n");
            else if (c == '\r')
                sb.Append("\\r");
            else if (c == '\t')
                sb.Append("\\t");
            else if (c < ' ' || c == 0x7f)
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else if (c < 0x7f)
                sb.Append(c);
            else
            {
                int cp = c;
                bool pair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
                if (pair)
                    cp = char.ConvertToUtf32(c, s[i + 1]);
                if (!char.IsSurrogate(c) || pair)
                {
                    if (Lexing.CharClass.IsPrintable(cp))
                    {
                        sb.Append(c);
                        if (pair)
                            sb.Append(s[++i]);
                        continue;
                    }
                    if (pair)
                        i++;
                }
                if (cp < 0x100)
                    sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                else if (cp < 0x10000)
                    sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                else
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>repr of a str held as code points (lone surrogates escaped as \\udXXX).</summary>
    public static string Repr(CodePointString s)
    {
        var cps = s.CodePoints;
        bool single = false, dbl = false;
        foreach (int cp in cps)
        {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        var sb = new StringBuilder(cps.Count + 2).Append(quote);
        foreach (int cp in cps)
        {
            if (cp == quote || cp == '\\')
                sb.Append('\\').Append((char)cp);
            else if (cp == '\'' || cp == '"')
                sb.Append((char)cp);
            else if (cp >= 0xD800 && cp <= 0xDFFF)
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else
            {
                // One code point: the string path escapes it exactly as repr does.
                string one = Repr(char.ConvertFromUtf32(cp));
                sb.Append(one, 1, one.Length - 2);
            }
        }
        return sb.Append(quote).ToString();
    }

    internal static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
            sb.Append((char)cp);
        else
            sb.Append(char.ConvertFromUtf32(cp));
    }

    public static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = false, hasDouble = false;
        foreach (var b in bytes)
        {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            if (b == quote || b == '\\')
                sb.Append('\\').Append((char)b);
            else if (b == '\n')
                sb.Append("\\n");
            else if (b == '\r')
                sb.Append("\\r");
            else if (b == '\t')
                sb.Append("\\t");
            else if (b < ' ' || b >= 0x7f)
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append((char)b);
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>The shortest digits of <paramref name="d"/> that read back as it (<see cref="FloatRoundTrip"/>).</summary>
    public static string RoundTripString(double d) => FloatRoundTrip.Shortest(d);

    /// <summary>repr(float): the shortest digits that round-trip, laid out as CPython's float_repr does.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        string r = RoundTripString(d);
        bool negative = r[0] == '-';
        if (negative)
            r = r.Substring(1);
        // Split "R" output into its significant digits and decimal exponent.
        int ePos = r.IndexOfAny(new[] { 'E', 'e' });
        int exp10 = ePos >= 0 ? int.Parse(r.Substring(ePos + 1), CultureInfo.InvariantCulture) : 0;
        string mantissa = ePos >= 0 ? r.Substring(0, ePos) : r;
        int dot = mantissa.IndexOf('.');
        string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int pointPos = (dot >= 0 ? dot : mantissa.Length) + exp10; // digits[0..pointPos) are the integer part
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            pointPos--;
        }
        digits = digits.Substring(lead).TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            pointPos = 1;
        }
        var sb = new StringBuilder();
        if (negative)
            sb.Append('-');
        int decpt = pointPos; // CPython: value = 0.digits * 10**decpt
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
                sb.Append("0.").Append('0', -decpt).Append(digits);
            else if (decpt >= digits.Length)
                sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
            else
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            int e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(System.Math.Abs(e).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>repr of an imaginary literal's value, e.g. <c>1j</c>, <c>1.5j</c>, <c>1e+16j</c>.</summary>
    public static string ImaginaryRepr(double imag)
    {
        string f = FloatRepr(imag);
        if (f.EndsWith(".0", System.StringComparison.Ordinal))
            f = f.Substring(0, f.Length - 2);
        return f + "j";
    }
}
