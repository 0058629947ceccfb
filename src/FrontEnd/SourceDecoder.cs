using System.Text;

namespace PyAot.FrontEnd;

/// <summary>Source bytes to text as CPython reads them: UTF-8 by default, a UTF-8 BOM, PEP 263 declarations.</summary>
internal static class SourceDecoder
{
    public static bool TryDecode(byte[] bytes, out string text, out PySyntaxError? error)
    {
        error = null;
        text = "";
        int offset = 0;
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
            offset = 3;
        string? declared = FindCodingDeclaration(bytes, offset, out _);
        string encoding = declared is null ? "utf-8" : NormalName(declared);
        // CPython reports encoding problems without a position (line 0, offset -1).
        if (bom && encoding != "utf-8")
        {
            error = new PySyntaxError("SyntaxError", $"encoding problem: {encoding} with BOM", 0, -1, 0, -1);
            return false;
        }
        if (encoding == "utf-8")
            return DecodeUtf8(bytes, offset, out text, out error);
        string? module = SingleByteEncodings.Resolve(encoding);
        if (module is "utf_8" or "ascii")
            return DecodeUtf8(bytes, offset, out text, out error);
        if (module == "latin_1")
        {
            text = Encoding.GetEncoding("iso-8859-1").GetString(bytes, offset, bytes.Length - offset);
            return true;
        }
        if (module is not null && SingleByteEncodings.HasTable(module))
        {
            if (SingleByteEncodings.TryDecode(module, bytes, offset, out text, out _))
                return true;
            error = new PySyntaxError("SyntaxError", $"'{encoding}' codec can't decode the source", 0, -1, 0, -1);
            return false;
        }
        if (module is not null)
        {
            // CPython would decode it: say plainly that this front end cannot.
            error = new PySyntaxError("SyntaxError", $"encoding '{encoding}' is not supported (UTF-8 and single-byte encodings are)", 0, -1, 0, -1);
            return false;
        }
        error = new PySyntaxError("SyntaxError", $"unknown encoding: {encoding}", 0, -1, 0, -1);
        return false;
    }

    /// <summary>
    /// Strict UTF-8. An invalid byte inside a string literal is reported the way CPython's string decoding
    /// does: position within the literal, column of the literal.
    /// </summary>
    private static bool DecodeUtf8(byte[] bytes, int offset, out string text, out PySyntaxError? error)
    {
        error = null;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, offset, bytes.Length - offset);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            int pos = e.Index + offset;
            int line = 1, lineStart = offset;
            for (int i = offset; i < pos && i < bytes.Length; i++)
            {
                if (bytes[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            int quote = -1;
            for (int i = lineStart; i < pos; i++)
                if (bytes[i] == '"' || bytes[i] == '\'')
                    quote = quote < 0 ? i : quote;
            byte bad = pos >= 0 && pos < bytes.Length ? bytes[pos] : (byte)0;
            text = "";
            int col = quote >= 0 ? Encoding.UTF8.GetCharCount(bytes, lineStart, quote - lineStart) + 1 : 0;
            int within = quote >= 0 ? pos - quote - 1 : pos - lineStart;
            error = new PySyntaxError("SyntaxError",
                $"(unicode error) 'utf-8' codec can't decode byte 0x{bad:x2} in position {within}: invalid start byte", line, col, line, col);
            return false;
        }
    }

    /// <summary>CPython's get_normal_name: only utf-8 and latin-1 spellings are normalised.</summary>
    private static string NormalName(string s)
    {
        var buf = new StringBuilder();
        for (int i = 0; i < s.Length && i < 12; i++)
            buf.Append(s[i] == '_' ? '-' : char.ToLowerInvariant(s[i]));
        string b = buf.ToString();
        if (b == "utf-8" || b.StartsWith("utf-8-", System.StringComparison.Ordinal))
            return "utf-8";
        if (b is "latin-1" or "iso-8859-1" or "iso-latin-1" || b.StartsWith("latin-1-", System.StringComparison.Ordinal)
            || b.StartsWith("iso-8859-1-", System.StringComparison.Ordinal) || b.StartsWith("iso-latin-1-", System.StringComparison.Ordinal))
            return "iso-8859-1";
        return s;
    }

    /// <summary>PEP 263: "coding[:=]\s*([-\w.]+)" in a comment on line 1 or 2 (line 2 only if line 1 is blank or a comment).</summary>
    private static string? FindCodingDeclaration(byte[] b, int offset, out int line)
    {
        line = 1;
        int i = offset;
        for (line = 1; line <= 2 && i < b.Length; line++)
        {
            int start = i;
            while (i < b.Length && b[i] != '\n' && b[i] != '\r')
                i++;
            int end = i;
            if (i < b.Length && b[i] == '\r')
                i++;
            if (i < b.Length && b[i] == '\n')
                i++;
            int j = start;
            while (j < end && (b[j] == ' ' || b[j] == '\t' || b[j] == '\f'))
                j++;
            if (j == end)
                continue;
            if (b[j] != '#')
                return null;
            string lineText = Encoding.ASCII.GetString(b, j, end - j);
            int k = lineText.IndexOf("coding", System.StringComparison.Ordinal);
            while (k >= 0)
            {
                int m = k + 6;
                if (m < lineText.Length && (lineText[m] == ':' || lineText[m] == '='))
                {
                    m++;
                    while (m < lineText.Length && (lineText[m] == ' ' || lineText[m] == '\t'))
                        m++;
                    int n = m;
                    while (n < lineText.Length && (char.IsLetterOrDigit(lineText[n]) || lineText[n] is '-' or '_' or '.'))
                        n++;
                    if (n > m)
                        return lineText.Substring(m, n - m);
                }
                k = lineText.IndexOf("coding", k + 1, System.StringComparison.Ordinal);
            }
        }
        return null;
    }
}
