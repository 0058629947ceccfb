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
        if (IsAscii(s))
            return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(SpecialUpper(c) ?? char.ToUpperInvariant(c).ToString());
        return sb.ToString();
    }

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
        if (IsAscii(s))
            return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c == 'İ')
                sb.Append("i\u0307");
            else
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
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
        foreach (char c in s)
        {
            bool cased = IsCased(c);
            if (cased)
                sb.Append(prevCased ? Lower(c.ToString()) : TitleChar(c));
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
        return TitleChar(s[0]) + Lower(s.Substring(1));
    }

    public static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsUpper(c))
                sb.Append(Lower(c.ToString()));
            else if (char.IsLower(c))
                sb.Append(SpecialUpper(c) ?? char.ToUpperInvariant(c).ToString());
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
