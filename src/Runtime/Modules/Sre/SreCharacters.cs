using System;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// The character helpers of CPython's Modules/_sre/sre.c: the case mappings and the character classes behind
/// \d \s \w, LITERAL_IGNORE and friends. "Locale" helpers behave as in the C locale (ASCII only): we never set one.
/// </summary>
public static class SreCharacters
{
    /// <summary>sre_lower_ascii.</summary>
    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 'Z' - 'A' ? ch + 32 : ch;

    /// <summary>sre_lower_locale: C tolower for ch &lt; 256, which in the C locale touches ASCII only.</summary>
    public static int LowerLocale(int ch) => LowerAscii(ch);

    /// <summary>sre_upper_locale.</summary>
    public static int UpperLocale(int ch) => (uint)(ch - 'a') <= 'z' - 'a' ? ch - 32 : ch;

    /// <summary>char_loc_ignore: ch equals the pattern character up to locale case.</summary>
    public static bool CharLocIgnore(uint pattern, int ch) =>
        (uint)ch == pattern || (uint)LowerLocale(ch) == pattern || (uint)UpperLocale(ch) == pattern;

    /// <summary>sre_lower_unicode: Py_UNICODE_TOLOWER, the first character of Python's str.lower().</summary>
    public static int LowerUnicode(int ch)
    {
        if (ch < 128)
            return LowerAscii(ch);
        if (ch >= 0x110000)
            return ch;
        int i = CaseException(ch);
        if (i >= 0)
            return CaseExceptions[i + 1];
        return ch < 0x10000 ? char.ToLowerInvariant((char)ch) : Rune.ToLowerInvariant(new Rune(ch)).Value;
    }

    /// <summary>sre_upper_unicode: Py_UNICODE_TOUPPER, the first character of Python's str.upper().</summary>
    public static int UpperUnicode(int ch)
    {
        if (ch < 128)
            return UpperLocale(ch);
        if (ch >= 0x110000)
            return ch;
        int i = CaseException(ch);
        if (i >= 0)
            return CaseExceptions[i + 2];
        return ch < 0x10000 ? char.ToUpperInvariant((char)ch) : Rune.ToUpperInvariant(new Rune(ch)).Value;
    }

    /// <summary>_sre.ascii_iscased.</summary>
    public static bool IsCasedAscii(int ch) => ch < 128 && (uint)((ch | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>_sre.unicode_iscased.</summary>
    public static bool IsCasedUnicode(int ch) => ch != LowerUnicode(ch) || ch != UpperUnicode(ch);

    /// <summary>sre_category: whether ch is in the class with CHCODES number <paramref name="category"/>.</summary>
    public static bool Category(int category, int ch) => category switch
    {
        SreConstants.CategoryDigit => IsAsciiDigit(ch),
        SreConstants.CategoryNotDigit => !IsAsciiDigit(ch),
        SreConstants.CategorySpace => IsAsciiSpace(ch),
        SreConstants.CategoryNotSpace => !IsAsciiSpace(ch),
        SreConstants.CategoryWord => IsAsciiWord(ch),
        SreConstants.CategoryNotWord => !IsAsciiWord(ch),
        SreConstants.CategoryLinebreak => ch == '\n',
        SreConstants.CategoryNotLinebreak => ch != '\n',
        SreConstants.CategoryLocWord => IsLocaleWord(ch),
        SreConstants.CategoryLocNotWord => !IsLocaleWord(ch),
        SreConstants.CategoryUniDigit => IsUnicodeDigit(ch),
        SreConstants.CategoryUniNotDigit => !IsUnicodeDigit(ch),
        SreConstants.CategoryUniSpace => IsUnicodeSpace(ch),
        SreConstants.CategoryUniNotSpace => !IsUnicodeSpace(ch),
        SreConstants.CategoryUniWord => IsUnicodeWord(ch),
        SreConstants.CategoryUniNotWord => !IsUnicodeWord(ch),
        SreConstants.CategoryUniLinebreak => IsUnicodeLinebreak(ch),
        SreConstants.CategoryUniNotLinebreak => !IsUnicodeLinebreak(ch),
        _ => false,
    };

    /// <summary>SRE_IS_DIGIT.</summary>
    public static bool IsAsciiDigit(int ch) => (uint)(ch - '0') <= 9;

    /// <summary>SRE_IS_SPACE: \t \n \v \f \r and space.</summary>
    public static bool IsAsciiSpace(int ch) => ch == ' ' || (uint)(ch - '\t') <= '\r' - '\t';

    /// <summary>SRE_IS_WORD: [A-Za-z0-9_].</summary>
    public static bool IsAsciiWord(int ch) => ch < 128 && (IsCasedAscii(ch) || IsAsciiDigit(ch) || ch == '_');

    /// <summary>SRE_LOC_IS_WORD: isalnum of the C locale, or '_'.</summary>
    public static bool IsLocaleWord(int ch) => IsAsciiWord(ch);

    /// <summary>SRE_UNI_IS_LINEBREAK: Py_UNICODE_ISLINEBREAK.</summary>
    public static bool IsUnicodeLinebreak(int ch) => ch switch
    {
        '\n' or '\x0b' or '\x0c' or '\r' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029' => true,
        _ => false,
    };

    /// <summary>SRE_UNI_IS_DIGIT: Py_UNICODE_ISDECIMAL (category Nd).</summary>
    public static bool IsUnicodeDigit(int ch)
    {
        if (ch < 128)
            return IsAsciiDigit(ch);
        if (ch < 0x10000)
            return (BmpClasses[ch] & DigitBit) != 0;
        return ch < 0x110000 && !IsNewerThanUnicode15(ch)
            && Rune.GetUnicodeCategory(new Rune(ch)) == UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>SRE_UNI_IS_SPACE: Py_UNICODE_ISSPACE (no astral character is one).</summary>
    public static bool IsUnicodeSpace(int ch) =>
        ch < 128 ? IsAsciiSpace(ch) || (uint)(ch - 0x1c) <= 3 : ch < 0x10000 && (BmpClasses[ch] & SpaceBit) != 0;

    /// <summary>SRE_UNI_IS_WORD: Py_UNICODE_ISALNUM (alpha, decimal, digit or numeric) or '_'.</summary>
    public static bool IsUnicodeWord(int ch)
    {
        if (ch < 128)
            return IsAsciiWord(ch);
        if (ch < 0x10000)
            return (BmpClasses[ch] & WordBit) != 0;
        return ch < 0x110000 && !IsNewerThanUnicode15(ch) && ComputeIsAlnum(new Rune(ch));
    }

    private static bool ComputeIsAlnum(Rune r) =>
        Rune.IsLetter(r) || Rune.IsNumber(r) || Rune.GetNumericValue(r) >= 0;

    private const byte DigitBit = 1, SpaceBit = 2, WordBit = 4;

    /// <summary>The classes of each BMP character, worked out once on first use: \w and \d over non-ASCII text
    /// then cost one array read per character.</summary>
    private static byte[] BmpClasses => s_bmpClasses ??= ComputeBmpClasses();

    private static byte[]? s_bmpClasses;

    private static byte[] ComputeBmpClasses()
    {
        var classes = new byte[0x10000];
        for (int ch = 0; ch < 0x10000; ch++)
        {
            if ((uint)(ch - 0xD800) <= 0xDFFF - 0xD800 || IsNewerThanUnicode15(ch))
                continue;
            var r = new Rune(ch);
            byte bits = 0;
            if (Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber)
                bits |= DigitBit;
            if (ch == '_' || ComputeIsAlnum(r))
                bits |= WordBit;
            if (StrOps.IsSpace((char)ch))
                bits |= SpaceBit;
            classes[ch] = bits;
        }
        return classes;
    }

    /// <summary>Whether ch is one of the letters and digits that Unicode 15.1 and 16 added (which .NET 9 and 10
    /// know): unassigned, so no word character, for CPython 3.12.</summary>
    private static bool IsNewerThanUnicode15(int ch)
    {
        if (ch < NewerThanUnicode15[0])
            return false;
        // The number of range bounds at or below ch is odd inside a range.
        int i = Array.BinarySearch(NewerThanUnicode15, ch);
        return i >= 0 || (~i & 1) != 0;
    }

    /// <summary>Inclusive ranges of letters and digits new in Unicode 15.1 and 16, found by comparing .NET 10's
    /// classes of every code point with CPython 3.12's.</summary>
    private static readonly int[] NewerThanUnicode15 =
    [
        0x1C89, 0x1C8A, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC, 0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D6F, 0x10D85,
        0x10EC2, 0x10EC4, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113B7,
        0x113D1, 0x113D1, 0x113D3, 0x113D3, 0x116D0, 0x116E3, 0x11BC0, 0x11BE0, 0x11BF0, 0x11BF9, 0x13460, 0x143FA,
        0x16100, 0x1611D, 0x16130, 0x16139, 0x16D40, 0x16D6C, 0x16D70, 0x16D79, 0x18CFF, 0x18CFF, 0x1CCF0, 0x1CCF9,
        0x1E5D0, 0x1E5ED, 0x1E5F0, 0x1E5FA, 0x2EBF0, 0x2EE5D,
    ];

    /// <summary>The index in <see cref="CaseExceptions"/> of ch's row, or -1.</summary>
    private static int CaseException(int ch)
    {
        if (ch < CaseExceptions[0] || ch > CaseExceptions[^3])
            return -1;
        int lo = 0, hi = CaseExceptions.Length / 3 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = CaseExceptions[mid * 3];
            if (c == ch)
                return mid * 3;
            if (c < ch)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }

    /// <summary>
    /// Rows of (code point, Python 3.12's lower()[0], upper()[0]) where .NET's invariant simple mapping differs:
    /// characters whose full mapping is longer than one (ß → 'S' as the first of "SS", ΐ, ﬁ, ᾳ...), İ and ı,
    /// which .NET leaves alone, and the mappings and characters of Unicode 16 that .NET 10 has and CPython 3.12's
    /// Unicode 15 has not. Generated by comparing every code point.
    /// </summary>
    private static readonly int[] CaseExceptions =
    [
        0xDF, 0xDF, 0x53, 0x130, 0x69, 0x130, 0x131, 0x131, 0x49, 0x149, 0x149, 0x2BC, 0x17F, 0x17F, 0x53,
        0x19B, 0x19B, 0x19B, 0x1F0, 0x1F0, 0x4A, 0x264, 0x264, 0x264, 0x390, 0x390, 0x399, 0x3B0, 0x3B0, 0x3A5,
        0x587, 0x587, 0x535, 0x1C89, 0x1C89, 0x1C89, 0x1C8A, 0x1C8A, 0x1C8A, 0x1E96, 0x1E96, 0x48,
        0x1E97, 0x1E97, 0x54, 0x1E98, 0x1E98, 0x57, 0x1E99, 0x1E99, 0x59, 0x1E9A, 0x1E9A, 0x41, 0x1F50, 0x1F50, 0x3A5,
        0x1F52, 0x1F52, 0x3A5, 0x1F54, 0x1F54, 0x3A5, 0x1F56, 0x1F56, 0x3A5, 0x1F80, 0x1F80, 0x1F08,
        0x1F81, 0x1F81, 0x1F09, 0x1F82, 0x1F82, 0x1F0A, 0x1F83, 0x1F83, 0x1F0B, 0x1F84, 0x1F84, 0x1F0C,
        0x1F85, 0x1F85, 0x1F0D, 0x1F86, 0x1F86, 0x1F0E, 0x1F87, 0x1F87, 0x1F0F, 0x1F88, 0x1F80, 0x1F08,
        0x1F89, 0x1F81, 0x1F09, 0x1F8A, 0x1F82, 0x1F0A, 0x1F8B, 0x1F83, 0x1F0B, 0x1F8C, 0x1F84, 0x1F0C,
        0x1F8D, 0x1F85, 0x1F0D, 0x1F8E, 0x1F86, 0x1F0E, 0x1F8F, 0x1F87, 0x1F0F, 0x1F90, 0x1F90, 0x1F28,
        0x1F91, 0x1F91, 0x1F29, 0x1F92, 0x1F92, 0x1F2A, 0x1F93, 0x1F93, 0x1F2B, 0x1F94, 0x1F94, 0x1F2C,
        0x1F95, 0x1F95, 0x1F2D, 0x1F96, 0x1F96, 0x1F2E, 0x1F97, 0x1F97, 0x1F2F, 0x1F98, 0x1F90, 0x1F28,
        0x1F99, 0x1F91, 0x1F29, 0x1F9A, 0x1F92, 0x1F2A, 0x1F9B, 0x1F93, 0x1F2B, 0x1F9C, 0x1F94, 0x1F2C,
        0x1F9D, 0x1F95, 0x1F2D, 0x1F9E, 0x1F96, 0x1F2E, 0x1F9F, 0x1F97, 0x1F2F, 0x1FA0, 0x1FA0, 0x1F68,
        0x1FA1, 0x1FA1, 0x1F69, 0x1FA2, 0x1FA2, 0x1F6A, 0x1FA3, 0x1FA3, 0x1F6B, 0x1FA4, 0x1FA4, 0x1F6C,
        0x1FA5, 0x1FA5, 0x1F6D, 0x1FA6, 0x1FA6, 0x1F6E, 0x1FA7, 0x1FA7, 0x1F6F, 0x1FA8, 0x1FA0, 0x1F68,
        0x1FA9, 0x1FA1, 0x1F69, 0x1FAA, 0x1FA2, 0x1F6A, 0x1FAB, 0x1FA3, 0x1F6B, 0x1FAC, 0x1FA4, 0x1F6C,
        0x1FAD, 0x1FA5, 0x1F6D, 0x1FAE, 0x1FA6, 0x1F6E, 0x1FAF, 0x1FA7, 0x1F6F, 0x1FB2, 0x1FB2, 0x1FBA,
        0x1FB3, 0x1FB3, 0x391, 0x1FB4, 0x1FB4, 0x386, 0x1FB6, 0x1FB6, 0x391, 0x1FB7, 0x1FB7, 0x391,
        0x1FBC, 0x1FB3, 0x391, 0x1FC2, 0x1FC2, 0x1FCA, 0x1FC3, 0x1FC3, 0x397, 0x1FC4, 0x1FC4, 0x389,
        0x1FC6, 0x1FC6, 0x397, 0x1FC7, 0x1FC7, 0x397, 0x1FCC, 0x1FC3, 0x397, 0x1FD2, 0x1FD2, 0x399,
        0x1FD3, 0x1FD3, 0x399, 0x1FD6, 0x1FD6, 0x399, 0x1FD7, 0x1FD7, 0x399, 0x1FE2, 0x1FE2, 0x3A5,
        0x1FE3, 0x1FE3, 0x3A5, 0x1FE4, 0x1FE4, 0x3A1, 0x1FE6, 0x1FE6, 0x3A5, 0x1FE7, 0x1FE7, 0x3A5,
        0x1FF2, 0x1FF2, 0x1FFA, 0x1FF3, 0x1FF3, 0x3A9, 0x1FF4, 0x1FF4, 0x38F, 0x1FF6, 0x1FF6, 0x3A9,
        0x1FF7, 0x1FF7, 0x3A9, 0x1FFC, 0x1FF3, 0x3A9, 0xA7CB, 0xA7CB, 0xA7CB, 0xA7CC, 0xA7CC, 0xA7CC,
        0xA7CD, 0xA7CD, 0xA7CD, 0xA7DA, 0xA7DA, 0xA7DA, 0xA7DB, 0xA7DB, 0xA7DB, 0xA7DC, 0xA7DC, 0xA7DC,
        0xFB00, 0xFB00, 0x46, 0xFB01, 0xFB01, 0x46, 0xFB02, 0xFB02, 0x46, 0xFB03, 0xFB03, 0x46, 0xFB04, 0xFB04, 0x46,
        0xFB05, 0xFB05, 0x53, 0xFB06, 0xFB06, 0x53, 0xFB13, 0xFB13, 0x544, 0xFB14, 0xFB14, 0x544,
        0xFB15, 0xFB15, 0x544, 0xFB16, 0xFB16, 0x54E, 0xFB17, 0xFB17, 0x544, 0x10D50, 0x10D50, 0x10D50,
        0x10D51, 0x10D51, 0x10D51, 0x10D52, 0x10D52, 0x10D52, 0x10D53, 0x10D53, 0x10D53, 0x10D54, 0x10D54, 0x10D54,
        0x10D55, 0x10D55, 0x10D55, 0x10D56, 0x10D56, 0x10D56, 0x10D57, 0x10D57, 0x10D57, 0x10D58, 0x10D58, 0x10D58,
        0x10D59, 0x10D59, 0x10D59, 0x10D5A, 0x10D5A, 0x10D5A, 0x10D5B, 0x10D5B, 0x10D5B, 0x10D5C, 0x10D5C, 0x10D5C,
        0x10D5D, 0x10D5D, 0x10D5D, 0x10D5E, 0x10D5E, 0x10D5E, 0x10D5F, 0x10D5F, 0x10D5F, 0x10D60, 0x10D60, 0x10D60,
        0x10D61, 0x10D61, 0x10D61, 0x10D62, 0x10D62, 0x10D62, 0x10D63, 0x10D63, 0x10D63, 0x10D64, 0x10D64, 0x10D64,
        0x10D65, 0x10D65, 0x10D65, 0x10D70, 0x10D70, 0x10D70, 0x10D71, 0x10D71, 0x10D71, 0x10D72, 0x10D72, 0x10D72,
        0x10D73, 0x10D73, 0x10D73, 0x10D74, 0x10D74, 0x10D74, 0x10D75, 0x10D75, 0x10D75, 0x10D76, 0x10D76, 0x10D76,
        0x10D77, 0x10D77, 0x10D77, 0x10D78, 0x10D78, 0x10D78, 0x10D79, 0x10D79, 0x10D79, 0x10D7A, 0x10D7A, 0x10D7A,
        0x10D7B, 0x10D7B, 0x10D7B, 0x10D7C, 0x10D7C, 0x10D7C, 0x10D7D, 0x10D7D, 0x10D7D, 0x10D7E, 0x10D7E, 0x10D7E,
        0x10D7F, 0x10D7F, 0x10D7F, 0x10D80, 0x10D80, 0x10D80, 0x10D81, 0x10D81, 0x10D81, 0x10D82, 0x10D82, 0x10D82,
        0x10D83, 0x10D83, 0x10D83, 0x10D84, 0x10D84, 0x10D84, 0x10D85, 0x10D85, 0x10D85,
    ];
}
