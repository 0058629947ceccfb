using System.Globalization;
using System.Numerics;

namespace PyAot.FrontEnd.Parsing;

/// <summary>
/// The value of a number literal the tokenizer accepted: <c>long</c> when an int fits, else
/// <see cref="BigInteger"/>; <c>double</c>; <see cref="Complex"/> for imaginary literals.
/// </summary>
internal static class NumberParser
{
    // Boxed small ints, shared by every Constant that holds one (boxes are immutable).
    private static readonly object[] SmallInts = MakeSmallInts();

    private static object[] MakeSmallInts()
    {
        var a = new object[1024];
        for (int i = 0; i < a.Length; i++)
            a[i] = (long)i;
        return a;
    }

    public static object Parse(string text)
    {
        if (text.Length <= 4)
        {
            int v = 0;
            int i = 0;
            for (; i < text.Length && text[i] >= '0' && text[i] <= '9'; i++)
                v = v * 10 + (text[i] - '0');
            if (i == text.Length && (text[0] != '0' || v == 0) && v < SmallInts.Length)
                return SmallInts[v];
        }
        string s = text.IndexOf('_') >= 0 ? text.Replace("_", "") : text;
        char last = s[s.Length - 1];
        if (last == 'j' || last == 'J')
            return new Complex(0, ParseFloat(s.Substring(0, s.Length - 1)));
        if (s.Length > 1 && s[0] == '0' && (s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
            return ParseRadix(s.Substring(2), s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2);
        for (int i = 0; i < s.Length; i++)
            if (s[i] is '.' or 'e' or 'E')
                return ParseFloat(s);
        if (s.Length <= 18)
            return long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        var big = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return Narrow(big);
    }

    private static object Narrow(BigInteger big) =>
        big <= long.MaxValue && big >= long.MinValue ? (object)(long)big : big;

    private static object ParseRadix(string digits, int radix)
    {
        BigInteger value = BigInteger.Zero;
        long small = 0;
        bool isSmall = true;
        foreach (char c in digits)
        {
            int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            if (isSmall)
            {
                if (small > (long.MaxValue - d) / radix)
                {
                    isSmall = false;
                    value = small;
                }
                else
                {
                    small = small * radix + d;
                    continue;
                }
            }
            value = value * radix + d;
        }
        return isSmall ? small : Narrow(value);
    }

    private static double ParseFloat(string s)
    {
        // .NET Core 3.0+ parses correctly rounded, like CPython; overflow gives infinity as in Python.
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
            return d;
        return double.PositiveInfinity;
    }
}
