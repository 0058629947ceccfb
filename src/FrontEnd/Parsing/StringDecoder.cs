using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyAot.FrontEnd.Parsing;

/// <summary>
/// Decodes the body of a string or bytes literal (escape sequences), reporting CPython's errors for bad
/// escapes through <see cref="Error"/> (null when fine).
/// </summary>
internal static class StringDecoder
{
    /// <summary>
    /// Decodes a str body to a <see cref="string"/>, or a <see cref="Ast.CodePointString"/> when escapes make
    /// lone surrogates that UTF-16 would read as a pair. Returns null and sets <paramref name="error"/> on a bad escape.
    /// </summary>
    public static object? DecodeStr(string body, bool raw, out string? error)
    {
        error = null;
        if (raw || body.IndexOf('\\') < 0)
            return body;
        var sb = new StringBuilder(body.Length);
        List<int>? escapedSurrogates = null; // indices in sb of surrogates that escapes made
        int n = body.Length;
        for (int i = 0; i < n; i++)
        {
            char c = body[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            if (i + 1 >= n)
            {
                sb.Append('\\');
                break;
            }
            int escStart = i;
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < n && body[i + 1] >= '0' && body[i + 1] <= '7'; k++)
                        v = v * 8 + (body[++i] - '0');
                    AppendCodePoint(sb, v, ref escapedSurrogates);
                    break;
                }
                case 'x':
                case 'u':
                case 'U':
                {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    for (; k < digits && i + 1 < n && IsHex(body[i + 1]); k++)
                        v = v * 16 + HexValue(body[++i]);
                    if (k < digits)
                    {
                        string name = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        error = $"(unicode error) 'unicodeescape' codec can't decode bytes in position {Utf8Pos(body, escStart)}-{Utf8Pos(body, i + 1) - 1}: truncated {name} escape";
                        return null;
                    }
                    if (e == 'U' && (uint)v > 0x10FFFF)
                    {
                        error = $"(unicode error) 'unicodeescape' codec can't decode bytes in position {Utf8Pos(body, escStart)}-{Utf8Pos(body, i + 1) - 1}: illegal Unicode character";
                        return null;
                    }
                    AppendCodePoint(sb, v, ref escapedSurrogates);
                    break;
                }
                case 'N':
                {
                    int close = i + 1 < n && body[i + 1] == '{' ? body.IndexOf('}', i + 2) : -1;
                    string? ch = close > i + 2 ? UnicodeNames.Lookup(body.Substring(i + 2, close - i - 2)) : null;
                    if (ch is null)
                    {
                        // CPython's range ends where its scan stopped: after 'N' without '{', at the end of the
                        // literal without '}', at '}' for an empty name, and at '}' for an unknown name.
                        bool open = i + 1 < n && body[i + 1] == '{';
                        int endPos = !open ? i : close < 0 ? n - 1 : close > i + 2 ? close : close - 1;
                        string what = close > i + 2 ? "unknown Unicode character name" : "malformed \\N character escape";
                        error = $"(unicode error) 'unicodeescape' codec can't decode bytes in position {Utf8Pos(body, escStart)}-{Utf8Pos(body, endPos + 1) - 1}: {what}";
                        return null;
                    }
                    sb.Append(ch);
                    i = close;
                    break;
                }
                default:
                    // Invalid escapes stay as written (CPython only warns).
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return escapedSurrogates is null ? sb.ToString() : WithSurrogates(sb, escapedSurrogates);
    }

    private static object WithSurrogates(StringBuilder sb, List<int> escaped)
    {
        var cps = new List<int>(sb.Length);
        int next = 0; // escaped is in increasing order
        for (int i = 0; i < sb.Length; i++)
        {
            char c = sb[i];
            if (next < escaped.Count && escaped[next] == i)
            {
                next++;
                cps.Add(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1]))
                cps.Add(char.ConvertToUtf32(c, sb[++i]));
            else
                cps.Add(c);
        }
        return Ast.CodePointString.FromCodePoints(cps);
    }

    private static void AppendCodePoint(StringBuilder sb, int v, ref List<int>? escapedSurrogates)
    {
        if (v >= 0xD800 && v <= 0xDFFF)
            (escapedSurrogates ??= new List<int>()).Add(sb.Length);
        AppendCodePoint(sb, v);
    }

    /// <summary>Decodes a bytes body (ASCII source characters only).</summary>
    public static byte[]? DecodeBytes(string body, bool raw, out string? error)
    {
        error = null;
        var bytes = new List<byte>(body.Length);
        int n = body.Length;
        for (int i = 0; i < n; i++)
        {
            char c = body[i];
            if (c >= 0x80)
            {
                error = "bytes can only contain ASCII literal characters";
                return null;
            }
            if (c != '\\' || raw)
            {
                bytes.Add((byte)c);
                continue;
            }
            if (i + 1 >= n)
            {
                bytes.Add((byte)'\\');
                break;
            }
            int escStart = i;
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < n && body[i + 1] >= '0' && body[i + 1] <= '7'; k++)
                        v = v * 8 + (body[++i] - '0');
                    bytes.Add((byte)(v & 0xFF));
                    break;
                }
                case 'x':
                    if (i + 2 < n + 0 && IsHex(body[i + 1]) && IsHex(body[i + 2]))
                    {
                        bytes.Add((byte)(HexValue(body[i + 1]) * 16 + HexValue(body[i + 2])));
                        i += 2;
                    }
                    else
                    {
                        error = $"(value error) invalid \\x escape at position {escStart}";
                        return null;
                    }
                    break;
                default:
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static int Utf8Pos(string s, int index)
    {
        int bytes = 0;
        for (int i = 0; i < index && i < s.Length; i++)
            bytes += s[i] < 0x80 ? 1 : s[i] < 0x800 ? 2 : char.IsSurrogate(s[i]) ? 2 : 3;
        return bytes;
    }

    private static void AppendCodePoint(StringBuilder sb, int v)
    {
        if (v < 0x10000)
            sb.Append((char)v);
        else
            sb.Append(char.ConvertFromUtf32(v));
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    internal static string Invariant(int v) => v.ToString(CultureInfo.InvariantCulture);
}
