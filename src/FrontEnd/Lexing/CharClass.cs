using System.Globalization;

namespace PyAot.FrontEnd.Lexing;

/// <summary>Identifier character classes (XID_Start / XID_Continue, approximated by Unicode categories).</summary>
internal static class CharClass
{
    public static bool IsIdentifierStart(string s, int i)
    {
        char c = s[i];
        if (c < 0x80)
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        switch (CharUnicodeInfo.GetUnicodeCategory(s, i))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                // Other_ID_Start characters.
                return c == '\u2118' || c == '\u212E' || c == '\u309B' || c == '\u309C' || c == '\u1885' || c == '\u1886';
        }
    }

    public static bool IsIdentifierContinue(string s, int i)
    {
        char c = s[i];
        if (c < 0x80)
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        if (IsIdentifierStart(s, i))
            return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(s, i))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return c == '\u00B7' || c == '\u0387' || (c >= '\u1369' && c <= '\u1371') || c == '\u19DA';
        }
    }

    /// <summary>Whether Python's str.isprintable would accept the code point (used for error messages and repr).</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ')
            return true;
        var cat = cp > 0xFFFF
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(cp), 0)
            : CharUnicodeInfo.GetUnicodeCategory((char)cp);
        switch (cat)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }
}
