using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyAot.Generator.Lowering;

/// <summary>C# identifiers and literals for generated code.</summary>
internal static class CsNames
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        // contextual keywords that can bite as identifiers in some positions
        "var", "dynamic", "value", "await", "nameof", "record", "global", "yield", "async", "when", "scoped",
        "field",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>Replaces characters C# does not accept in identifiers (Python and C# mostly agree) with '_'.</summary>
    public static string SanitizeIdentifier(string name)
    {
        var sb = new StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            bool ok = c == '_' || cat switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
                UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.ConnectorPunctuation => i > 0,
                _ => false,
            };
            sb.Append(ok ? c : '_');
        }
        return sb.ToString();
    }

    /// <summary>A C# string literal for any .NET string.</summary>
    public static string StringLiteral(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c >= 0xfff0)))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Text safe inside an XML documentation comment: a // comment's, with the XML escapes.</summary>
    public static string DocText(string s) => CommentText(s).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Text safe inside a // comment (no line terminators).</summary>
    public static string CommentText(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        return sb.ToString().TrimEnd();
    }
}

/// <summary>
/// Hands out unique C# identifiers within one C# scope: Python names first (kept as they are when possible),
/// then generated temporaries, which never collide with them.
/// </summary>
internal sealed class NameAllocator
{
    private readonly HashSet<string> _used;

    public NameAllocator(IEnumerable<string> reserved) => _used = new HashSet<string>(reserved);

    public void Reserve(string name) => _used.Add(name);

    public bool IsUsed(string name) => _used.Contains(name);

    /// <summary>An identifier for <paramref name="preferred"/>: itself if free, else with '_' appended until it is
    /// (how exposed function names avoid Run, Import and the other generated members); '@' for C# keywords.</summary>
    public string AllocateWithUnderscores(string preferred)
    {
        string candidate = CsNames.SanitizeIdentifier(preferred);
        while (_used.Contains(candidate))
            candidate += "_";
        _used.Add(candidate);
        return CsNames.IsKeyword(candidate) ? "@" + candidate : candidate;
    }

    /// <summary>An identifier for <paramref name="preferred"/>: itself if free (with '@' for keywords), else name_2, name_3...</summary>
    public string Allocate(string preferred)
    {
        string baseName = preferred == "_" ? "_v" : CsNames.SanitizeIdentifier(preferred);
        if (baseName.Length == 0)
            baseName = "_";
        string candidate = baseName;
        for (int n = 2; _used.Contains(candidate); n++)
            candidate = baseName + "_" + n.ToString(CultureInfo.InvariantCulture);
        _used.Add(candidate);
        return CsNames.IsKeyword(candidate) ? "@" + candidate : candidate;
    }
}
