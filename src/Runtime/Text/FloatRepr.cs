using System;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>repr(float): the shortest digits that round-trip, laid out as CPython's float_repr_style 'short'.</summary>
public static class FloatRepr
{
    public static string Repr(double d)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        if (d == Math.Floor(d) && Math.Abs(d) < 1e16)
        {
            // Integral values below 1e16 print as "123.0" (the common case, no digit search needed).
            if (d == 0)
                return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
            return ((long)d).ToString(CultureInfo.InvariantCulture) + ".0";
        }
        ShortestDigits(d, out bool negative, out string digits, out int decpt);
        var sb = new StringBuilder(24);
        if (negative)
            sb.Append('-');
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
            AppendExponent(sb, decpt - 1);
        }
        return sb.ToString();
    }

    /// <summary>The shortest digits of <paramref name="d"/> that read back as it (the front end's FloatRoundTrip).</summary>
    public static string RoundTripString(double d) => PyAot.FrontEnd.Ast.FloatRoundTrip.Shortest(d);

    /// <summary>"e+16", "e-05": sign and at least two digits, as C's printf.</summary>
    public static void AppendExponent(StringBuilder sb, int e, char letter = 'e')
    {
        sb.Append(letter).Append(e < 0 ? '-' : '+');
        int a = Math.Abs(e);
        if (a < 10)
            sb.Append('0');
        sb.Append(a.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The shortest round-tripping significant digits of |d| (no leading/trailing zeros) and the decimal point
    /// position: |d| = 0.digits * 10**decpt. .NET's "R" formatting produces the shortest round-trip digits.
    /// </summary>
    public static void ShortestDigits(double d, out bool negative, out string digits, out int decpt)
    {
        negative = d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0);
        if (d == 0)
        {
            digits = "0";
            decpt = 1;
            return;
        }
        // the shortest round-trip string; take its digits and exponent.
        string r = RoundTripString(Math.Abs(d));
        int ePos = r.IndexOfAny(new[] { 'E', 'e' });
        int exp10 = ePos >= 0 ? int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        string mantissa = ePos >= 0 ? r.Substring(0, ePos) : r;
        int dot = mantissa.IndexOf('.');
        string all = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int point = (dot >= 0 ? dot : mantissa.Length) + exp10;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
            point--;
        }
        digits = all.Substring(lead).TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            point = 1;
        }
        decpt = point;
    }
}
