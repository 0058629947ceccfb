using System;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// Python's full Unicode case mappings: .NET maps one char to one char, Python applies SpecialCasing.txt
/// (ß.upper() == 'SS', 'ﬁ'.upper() == 'FI', 'İ'.lower() == 'i̇').
/// </summary>
internal static class CaseMapping
{
    private static string? SpecialUpper(char c) => c switch
    {
        'ß' => "SS",
        'ŉ' => "ʼN",
        'ǰ' => "J̌",
        'ﬀ' => "FF",
        'ﬁ' => "FI",
        'ﬂ' => "FL",
        'ﬃ' => "FFI",
        'ﬄ' => "FFL",
        'ﬅ' => "ST",
        'ﬆ' => "ST",
        _ => null,
    };

    private static string? SpecialTitle(char c) => c switch
    {
        'ß' => "Ss",
        'ŉ' => "ʼN",
        'ﬀ' => "Ff",
        'ﬁ' => "Fi",
        'ﬂ' => "Fl",
        'ﬃ' => "Ffi",
        'ﬄ' => "Ffl",
        'ﬅ' => "St",
        'ﬆ' => "St",
        _ => null,
    };

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
        {
            if (c >= 0x80)
                return false;
        }
        return true;
    }

    public static string Upper(string s)
    {
        // ASCII: the string itself when nothing changes, else one allocation.
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x80)
                return UpperSlow(s);
            if ((uint)(c - 'a') <= 'z' - 'a')
                break;
        }
        if (i == s.Length)
            return s;
        if (!IsAscii(s, i))
            return UpperSlow(s);
        if (s.Length <= ShortStrings.MaxLength)
        {
            Span<char> d = stackalloc char[ShortStrings.MaxLength];
            for (int k = 0; k < s.Length; k++)
            {
                char c = s[k];
                d[k] = (uint)(c - 'a') <= 'z' - 'a' ? (char)(c & ~0x20) : c;
            }
            return ShortStrings.Get(d.Slice(0, s.Length));
        }
        return string.Create(s.Length, s, static (d, src) =>
        {
            for (int k = 0; k < d.Length; k++)
            {
                char c = src[k];
                d[k] = (uint)(c - 'a') <= 'z' - 'a' ? (char)(c & ~0x20) : c;
            }
        });
    }

    private static string UpperSlow(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var r = Rune.ToUpperInvariant(new Rune(c, s[++i]));
                sb.Append(r.ToString());
            }
            else if (SpecialUpper(c) is { } special)
                sb.Append(special);
            else
                sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    private static bool IsAscii(string s, int from) => !s.AsSpan(from).ContainsAnyExceptInRange('\0', '\x7f');

    /// <summary>str.casefold(): the lower-case mapping plus CaseFolding.txt's full and special foldings.</summary>
    public static string CaseFold(string s)
    {
        string lower = Lower(s);
        if (IsAscii(lower))
            return lower;
        var sb = new StringBuilder(lower.Length);
        foreach (char c in lower)
        {
            sb.Append(c switch
            {
                'ß' or '\u1E9E' => "ss",
                'ς' => "σ",
                'ſ' => "s",
                'µ' => "μ",
                'ϐ' => "β",
                'ϑ' => "θ",
                'ϕ' => "φ",
                'ϖ' => "π",
                'ϰ' => "κ",
                'ϱ' => "ρ",
                'ϵ' => "ε",
                '\u1E9B' => "\u1E61",
                '\u1FBE' => "ι",
                'ŉ' => "ʼn",
                'ǰ' => "ǰ",
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x80)
                return LowerSlow(s, 0);
            if ((uint)(c - 'A') <= 'Z' - 'A')
                break;
        }
        if (i == s.Length)
            return s;
        if (!IsAscii(s, i))
            return LowerSlow(s, 0);
        if (s.Length <= ShortStrings.MaxLength)
        {
            Span<char> d = stackalloc char[ShortStrings.MaxLength];
            for (int k = 0; k < s.Length; k++)
            {
                char c = s[k];
                d[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
            return ShortStrings.Get(d.Slice(0, s.Length));
        }
        return string.Create(s.Length, s, static (d, src) =>
        {
            for (int k = 0; k < d.Length; k++)
            {
                char c = src[k];
                d[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
        });
    }

    /// <summary>The lower-case mapping of <paramref name="s"/> from <paramref name="start"/> on, by code point.</summary>
    private static string LowerSlow(string s, int start)
    {
        var sb = new StringBuilder(s.Length - start);
        for (int i = start; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                sb.Append(Rune.ToLowerInvariant(new Rune(c, s[++i])).ToString());
            else
                AppendLower(sb, s, i);
        }
        return sb.ToString();
    }

    /// <summary>The lower-case mapping of the BMP char <c>s[i]</c>, in its context (CPython's lower_ucs4).</summary>
    private static void AppendLower(StringBuilder sb, string s, int i)
    {
        char c = s[i];
        if (c == 'İ')
            sb.Append("i\u0307");
        else if (c == 'Σ')
            sb.Append(IsFinalSigma(s, i) ? 'ς' : 'σ');
        else
            sb.Append(char.ToLowerInvariant(c));
    }

    /// <summary>
    /// CPython's handle_capital_sigma: U+03A3 lowers to final ς when a cased letter precedes it and none follows
    /// it, case-ignorable characters skipped both ways (\p{cased}\p{case-ignorable}*Σ!(\p{case-ignorable}*\p{cased})).
    /// </summary>
    private static bool IsFinalSigma(string s, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(s[j]))
            j--;
        if (j < 0 || !IsCased(s[j]))
            return false;
        j = i + 1;
        while (j < s.Length && IsCaseIgnorable(s[j]))
            j++;
        return j == s.Length || !IsCased(s[j]);
    }

    /// <summary>Unicode's Case_Ignorable: marks, format characters, modifier letters and symbols, and the word-internal
    /// punctuation of Word_Break MidLetter/MidNumLet/Single_Quote.</summary>
    private static bool IsCaseIgnorable(char c)
    {
        switch (c)
        {
            case '\'': case '.': case ':': case '\u00B7': case '\u0387': case '\u05F4': case '\u2018': case '\u2019':
            case '\u2024': case '\u2027': case '\uFE13': case '\uFE52': case '\uFE55': case '\uFF07': case '\uFF0E': case '\uFF1A':
                return true;
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    public static bool IsCased(char c) =>
        char.IsUpper(c) || char.IsLower(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    /// <summary>The title-case form of one character (which may be several characters).</summary>
    public static string TitleChar(char c) => SpecialTitle(c) ?? ToTitle(c).ToString();

    private static char ToTitle(char c) => c switch
    {
        'Ǆ' or 'ǅ' or 'ǆ' => 'ǅ',
        'Ǉ' or 'ǈ' or 'ǉ' => 'ǈ',
        'Ǌ' or 'ǋ' or 'ǌ' => 'ǋ',
        'Ǳ' or 'ǲ' or 'ǳ' => 'ǲ',
        _ => char.ToUpperInvariant(c),
    };

    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool cased = IsCased(c);
            if (cased && prevCased)
                AppendLower(sb, s, i);
            else if (cased)
                sb.Append(TitleChar(c));
            else
                sb.Append(c);
            prevCased = cased;
        }
        return sb.ToString();
    }

    public static string Capitalize(string s)
    {
        if (s.Length == 0)
            return s;
        if (IsAscii(s, 0))
        {
            // ASCII: the first letter upper, the rest lower; the string itself when nothing changes.
            char first = s[0];
            bool change = (uint)(first - 'a') <= 'z' - 'a';
            for (int i = 1; i < s.Length && !change; i++)
                change = (uint)(s[i] - 'A') <= 'Z' - 'A';
            if (!change)
                return s;
            if (s.Length <= ShortStrings.MaxLength)
            {
                Span<char> d = stackalloc char[ShortStrings.MaxLength];
                d[0] = (uint)(first - 'a') <= 'z' - 'a' ? (char)(first & ~0x20) : first;
                for (int k = 1; k < s.Length; k++)
                {
                    char c = s[k];
                    d[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                }
                return ShortStrings.Get(d.Slice(0, s.Length));
            }
            return string.Create(s.Length, s, static (d, src) =>
            {
                char c0 = src[0];
                d[0] = (uint)(c0 - 'a') <= 'z' - 'a' ? (char)(c0 & ~0x20) : c0;
                for (int k = 1; k < d.Length; k++)
                {
                    char c = src[k];
                    d[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                }
            });
        }
        if (char.IsHighSurrogate(s[0]) && s.Length > 1 && char.IsLowSurrogate(s[1]))
        {
            // A first character outside the BMP: its title case is its upper case (no astral titlecase letters).
            return Rune.ToUpperInvariant(new Rune(s[0], s[1])).ToString() + LowerSlow(s, 2);
        }
        return TitleChar(s[0]) + LowerSlow(s, 1);
    }

    public static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsUpper(c))
                AppendLower(sb, s, i);
            else if (char.IsLower(c))
                sb.Append(SpecialUpper(c) ?? char.ToUpperInvariant(c).ToString());
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
