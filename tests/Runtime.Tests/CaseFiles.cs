using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PyAot.Runtime;

namespace PyAot.Runtime.Tests;

/// <summary>Reads the CPython-recorded case files in Data/ (written by Data/gen_cases.py).</summary>
internal static class CaseFiles
{
    public static IEnumerable<string[]> Read(string name)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", name)))
        {
            if (line.Length > 0)
                yield return line.Split('\t');
        }
    }

    /// <summary>Undoes Python's unicode_escape encoding.</summary>
    public static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '\\' || i + 1 >= s.Length)
            {
                sb.Append(c);
                continue;
            }
            char n = s[++i];
            switch (n)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case 'x':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: sb.Append('\\').Append(n); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A value written as i:123, b:True, f:1.5, s:text.</summary>
    public static PyValue Value(string text)
    {
        string body = text.Substring(2);
        return text[0] switch
        {
            'i' => Builtins.ParseInt(body, 10),
            'b' => PyValue.FromBool(body == "True"),
            'f' => PyValue.FromFloat(Builtins.ParseFloat(body)),
            _ => PyValue.FromString(Unescape(body)),
        };
    }

    /// <summary>"=result" or "!Type: message", as the generator records outcomes.</summary>
    public static string Outcome(Func<string> f)
    {
        try
        {
            return "=" + f();
        }
        catch (PyException e)
        {
            return "!" + PyProgram.FormatExceptionLine(e.Instance);
        }
    }
}
