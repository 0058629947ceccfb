using System.Text;

namespace PyAot.FrontEnd;

/// <summary>Source bytes to text as CPython reads them: UTF-8 by default, a UTF-8 BOM, PEP 263 declarations.</summary>
internal static class SourceDecoder
{
    public static bool TryDecode(byte[] bytes, out string text, out PySyntaxError? error)
    {
        error = null;
        int offset = 0;
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
            offset = 3;
        string? declared = FindCodingDeclaration(bytes, offset, out int declLine);
        Encoding encoding = new UTF8Encoding(false, true);
        if (declared is not null)
        {
            string norm = NormalizeEncodingName(declared);
            if (bom && norm != "utf-8")
            {
                text = "";
                error = new PySyntaxError("SyntaxError", $"encoding problem: {declared} with BOM", declLine, 0, declLine, 0);
                return false;
            }
            try
            {
                encoding = norm == "utf-8" ? new UTF8Encoding(false, true) : Encoding.GetEncoding(norm);
            }
            catch (System.ArgumentException)
            {
                text = "";
                error = new PySyntaxError("SyntaxError", $"unknown encoding: {declared}", declLine, 0, declLine, 0);
                return false;
            }
        }
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            int pos = e.Index + offset;
            int line = 1;
            for (int i = 0; i < pos && i < bytes.Length; i++)
                if (bytes[i] == '\n')
                    line++;
            byte bad = pos >= 0 && pos < bytes.Length ? bytes[pos] : (byte)0;
            text = "";
            error = new PySyntaxError("SyntaxError",
                $"(unicode error) 'utf-8' codec can't decode byte 0x{bad:x2} in position {pos}: invalid start byte", line, 0, line, 0);
            return false;
        }
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

    private static string NormalizeEncodingName(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", System.StringComparison.Ordinal) || n == "utf8")
            return "utf-8";
        if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n.StartsWith("iso-8859-1-", System.StringComparison.Ordinal) || n == "iso-latin-1")
            return "iso-8859-1";
        if (n == "ascii" || n == "us-ascii")
            return "us-ascii";
        return n;
    }
}
