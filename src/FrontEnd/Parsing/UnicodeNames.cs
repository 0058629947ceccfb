using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>
/// \N{NAME} escapes, as CPython 3.12's unicodedata resolves them (Unicode 15.0): every character name and name
/// alias (case-insensitively), Hangul syllables and CJK unified ideographs computed as CPython computes them
/// (case-sensitively); named sequences are not accepted, as in CPython. The names come from the embedded,
/// deflate-compressed UnicodeNames.deflate (tools/gen_unicode_tables.py), read on first use.
/// </summary>
internal static class UnicodeNames
{
    private static readonly Lazy<Dictionary<string, int>> Table = new(Load);

    /// <summary>The character (one or two UTF-16 units) named, or null when CPython knows no such name.</summary>
    public static string? Lookup(string name)
    {
        int cp = CodePoint(name);
        return cp < 0 ? null : char.ConvertFromUtf32(cp);
    }

    public static int CodePoint(string name)
    {
        if (name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal))
            return Hangul(name, 16);
        if (name.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal))
        {
            int n = name.Length - 22;
            if (n != 4 && n != 5)
                return -1;
            int v = 0;
            for (int i = 22; i < name.Length; i++)
            {
                char c = name[i];
                if (c >= '0' && c <= '9')
                    v = v * 16 + (c - '0');
                else if (c >= 'A' && c <= 'F')
                    v = v * 16 + (c - 'A' + 10);
                else
                    return -1;
            }
            return UnicodeTables.Has(UnicodeTables.CjkUnified, v) ? v : -1;
        }
        // CPython compares names with ASCII-only upper-casing.
        var upper = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c >= 0x80)
                return -1;
            upper.Append(c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
        }
        return Table.Value.TryGetValue(upper.ToString(), out int cp) ? cp : -1;
    }

    private static readonly string[] LeadJamo = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    private static readonly string[] VowelJamo = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    private static readonly string[] TailJamo = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    // CPython's _getcode for "HANGUL SYLLABLE ": the longest lead, vowel and tail jamo in turn, then the end.
    private static int Hangul(string name, int pos)
    {
        int l = FindJamo(name, ref pos, LeadJamo);
        int v = FindJamo(name, ref pos, VowelJamo);
        int t = FindJamo(name, ref pos, TailJamo);
        if (l < 0 || v < 0 || t < 0 || pos != name.Length)
            return -1;
        return 0xAC00 + (l * VowelJamo.Length + v) * TailJamo.Length + t;
    }

    private static int FindJamo(string s, ref int pos, string[] table)
    {
        int best = -1, bestLen = -1;
        for (int i = 0; i < table.Length; i++)
        {
            string j = table[i];
            if (j.Length > bestLen && string.CompareOrdinal(s, pos, j, 0, j.Length) == 0 && pos + j.Length <= s.Length)
            {
                best = i;
                bestLen = j.Length;
            }
        }
        if (best >= 0)
            pos += bestLen;
        return best;
    }

    private static Dictionary<string, int> Load()
    {
        var table = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("PyAot.FrontEnd.UnicodeNames.deflate")
                           ?? throw new InvalidOperationException("UnicodeNames.deflate is not embedded");
        using var inflate = new DeflateStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.ASCII);
        int cp = 0;
        bool aliases = false;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0)
            {
                aliases = true;
                continue;
            }
            int semi = line.IndexOf(';');
            int value = Convert.ToInt32(line.Substring(0, semi), 16);
            cp = aliases ? value : cp + value;
            table[line.Substring(semi + 1)] = cp;
        }
        return table;
    }
}
