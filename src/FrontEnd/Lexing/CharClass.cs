namespace PyAot.FrontEnd.Lexing;

/// <summary>
/// Identifier characters and printability exactly as CPython 3.12 has them (Unicode 15.0, from
/// <see cref="UnicodeTables"/>), not as the running .NET's newer Unicode tables would say.
/// </summary>
internal static class CharClass
{
    public static bool IsIdentifierStart(string s, int i)
    {
        char c = s[i];
        if (c < 0x80)
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return UnicodeTables.Has(UnicodeTables.XidStart, CodePointAt(s, i));
    }

    public static bool IsIdentifierContinue(string s, int i)
    {
        char c = s[i];
        if (c < 0x80)
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        return UnicodeTables.Has(UnicodeTables.XidContinue, CodePointAt(s, i));
    }

    /// <summary>Whether Python's str.isprintable accepts the code point (used for error messages and repr).</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x7f)
            return cp >= ' ';
        return UnicodeTables.Has(UnicodeTables.Printable, cp);
    }

    private static int CodePointAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
}
