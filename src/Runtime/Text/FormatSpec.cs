using System;

namespace PyAot.Runtime;

/// <summary>A parsed format specification: [[fill]align][sign][z][#][0][width][grouping][.precision][type].</summary>
public struct FormatSpec
{
    public char Fill;       // '\0' when not given
    public char Align;      // '\0' when not given
    public char Sign;       // '\0', '+', '-', ' '
    public bool NoNegZero;  // 'z'
    public bool Alternate;  // '#'
    public bool ZeroPad;    // '0' before the width
    public int Width;       // -1 when not given
    public char Grouping;   // '\0', ',', '_'
    public int Precision;   // -1 when not given
    public char Type;       // '\0' when not given

    public static FormatSpec Parse(string spec, string typeName)
    {
        var f = new FormatSpec { Width = -1, Precision = -1 };
        int i = 0, n = spec.Length;
        if (n >= 2 && IsAlign(spec[1]))
        {
            f.Fill = spec[0];
            f.Align = spec[1];
            i = 2;
        }
        else if (n >= 1 && IsAlign(spec[0]))
        {
            f.Align = spec[0];
            i = 1;
        }
        if (i < n && spec[i] is '+' or '-' or ' ')
            f.Sign = spec[i++];
        if (i < n && spec[i] == 'z')
        {
            f.NoNegZero = true;
            i++;
        }
        if (i < n && spec[i] == '#')
        {
            f.Alternate = true;
            i++;
        }
        if (i < n && spec[i] == '0')
        {
            f.ZeroPad = true;
            i++;
        }
        int start = i;
        while (i < n && char.IsAsciiDigit(spec[i]))
            i++;
        if (i > start)
            f.Width = ParseInt(spec, start, i);
        if (i < n && spec[i] is ',' or '_')
        {
            f.Grouping = spec[i++];
            if (i < n && spec[i] is ',' or '_')
                throw PyException.ValueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < n && char.IsAsciiDigit(spec[i]))
                i++;
            if (i == start)
                throw PyException.ValueError("Format specifier missing precision");
            f.Precision = ParseInt(spec, start, i);
        }
        if (n - i > 1)
            throw PyException.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (i < n)
            f.Type = spec[i];
        if (f.Grouping != '\0' && f.Type != '\0')
        {
            bool ok = f.Type is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F'
                || (f.Grouping == '_' && f.Type is 'b' or 'o' or 'x' or 'X');
            if (!ok)
                throw PyException.ValueError($"Cannot specify '{f.Grouping}' with '{f.Type}'.");
        }
        return f;
    }

    private static int ParseInt(string s, int start, int end)
    {
        long v = 0;
        for (int i = start; i < end; i++)
        {
            v = v * 10 + (s[i] - '0');
            if (v > int.MaxValue)
                throw PyException.ValueError("Too many decimal digits in format string");
        }
        return (int)v;
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';
}
