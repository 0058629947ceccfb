using System;

namespace PyAot.Runtime;

/// <summary>
/// Python indexes str by code point; .NET strings are UTF-16. Text without surrogates (almost all text) takes
/// the direct paths; text with astral characters (emoji...) is converted here.
/// </summary>
public static class CodePoints
{
    /// <summary>The one-code-point str for <paramref name="cp"/> (0 to 0x10FFFF): a lone surrogate too, which Python
    /// allows in a str and .NET's <c>char.ConvertFromUtf32</c> refuses.</summary>
    public static string FromCodePoint(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    public static bool HasSurrogates(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>len(s) in code points.</summary>
    public static int Length(string s)
    {
        int n = s.Length;
        int i = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
            return n;
        for (; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>The code points of <paramref name="s"/> as numbers (a lone surrogate is one).</summary>
    public static int[] Values(string s)
    {
        var values = new int[Length(s)];
        int k = 0;
        for (int i = 0; i < s.Length; i++)
        {
            values[k++] = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                ? char.ConvertToUtf32(s[i], s[++i])
                : s[i];
        }
        return values;
    }

    /// <summary>The UTF-16 offset of each code point, plus the string length at the end.</summary>
    public static int[] Offsets(string s)
    {
        var offsets = new int[Length(s) + 1];
        int k = 0;
        for (int i = 0; i < s.Length; i++)
        {
            offsets[k++] = i;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                i++;
        }
        offsets[k] = s.Length;
        return offsets;
    }

    /// <summary>The code point index of UTF-16 offset <paramref name="utf16"/>.</summary>
    public static int ToCodePointIndex(string s, int utf16)
    {
        int n = utf16;
        for (int i = 0; i < utf16 - 1 && i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>The code point at code point index <paramref name="index"/> of <paramref name="offsets"/>.</summary>
    public static string At(string s, int[] offsets, int index) =>
        s.Substring(offsets[index], offsets[index + 1] - offsets[index]);
}

/// <summary>Iterates a str with surrogate pairs, one code point at a time.</summary>
public sealed class CodePointIterator(string s) : PyIterator
{
    private int _index;

    public override PyType Type => PyTypes.StrIterator;

    public override bool MoveNext(out PyValue item)
    {
        if (_index >= s.Length)
        {
            item = default;
            return false;
        }
        char c = s[_index];
        if (char.IsHighSurrogate(c) && _index + 1 < s.Length && char.IsLowSurrogate(s[_index + 1]))
        {
            item = PyValue.FromString(s.Substring(_index, 2));
            _index += 2;
        }
        else
        {
            item = PyValue.FromString(StrCache.Char(c));
            _index++;
        }
        return true;
    }
}
