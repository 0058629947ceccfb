using System;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>repr(str) and ascii(), escaping as CPython's unicode_repr.</summary>
public static class StrRepr
{
    public static string Repr(string s, bool asciiOnly = false)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c < ' ' || c == 0x7f)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c < 0x7f)
            {
                sb.Append(c);
            }
            else
            {
                int cp = c;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(c, s[i + 1]);
                    if (!asciiOnly && IsPrintable(cp))
                    {
                        sb.Append(c).Append(s[i + 1]);
                        i++;
                        continue;
                    }
                    i++;
                }
                else if (!asciiOnly && IsPrintable(cp))
                {
                    sb.Append(c);
                    continue;
                }
                if (cp <= 0xff)
                    sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                else if (cp <= 0xffff)
                    sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                else
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>str.isprintable for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ')
            return true;
        var cat = cp <= 0xffff ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>ascii(): repr with every non-ASCII character escaped.</summary>
    public static string Ascii(string repr)
    {
        bool plain = true;
        foreach (char c in repr)
        {
            if (c > 0x7f)
            {
                plain = false;
                break;
            }
        }
        if (plain)
            return repr;
        var sb = new StringBuilder(repr.Length + 16);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c <= 0x7f)
            {
                sb.Append(c);
                continue;
            }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
                cp = char.ConvertToUtf32(c, repr[++i]);
            if (cp <= 0xff)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff)
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
