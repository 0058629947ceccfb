using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// The error handlers of CPython's codecs other than "strict" (<c>Python/codecs.c</c>): what str.encode and
/// bytes.decode put in place of what the codec cannot encode or decode. Codecs calls these only once the strict
/// codec has failed, so text without errors never comes here. A handler name CPython does not know is its
/// LookupError, raised (as CPython does) only when an error needs the handler.
/// </summary>
internal static class CodecErrorHandlers
{
    /// <summary>Encodes <paramref name="s"/> run by run: each run of code points the codec accepts by
    /// <paramref name="codec"/>, each run it refuses by the handler.</summary>
    public static byte[] Encode(string s, string encoding, string errors, Encoding codec, Func<int, bool> refused, string reason, bool utf8)
    {
        int[] points = CodePoints.Values(s);
        var output = new List<byte>(points.Length);
        // (the UTF-16 encoders report one character at a time, the others the whole run)
        bool utf16 = codec is UnicodeEncoding;
        bool bigEndian = utf16 && IsBigEndian(codec);
        int i = 0;
        while (i < points.Length)
        {
            int j = i;
            while (j < points.Length && !refused(points[j]))
                j++;
            if (j > i)
                output.AddRange(codec.GetBytes(FromPoints(points, i, j)));
            if (j == points.Length)
                break;
            int k = j + 1;
            while (!utf16 && k < points.Length && refused(points[k]))
                k++;
            PyException Error() => UnicodeErrors.Encode(encoding, s, j, k, reason);
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    output.AddRange(codec.GetBytes(new string('?', k - j)));
                    break;
                case "xmlcharrefreplace":
                {
                    var sb = new StringBuilder();
                    for (int p = j; p < k; p++)
                        sb.Append("&#").Append(points[p].ToString(CultureInfo.InvariantCulture)).Append(';');
                    output.AddRange(codec.GetBytes(sb.ToString()));
                    break;
                }
                case "backslashreplace":
                {
                    var sb = new StringBuilder();
                    for (int p = j; p < k; p++)
                        AppendEscape(sb, points[p]);
                    output.AddRange(codec.GetBytes(sb.ToString()));
                    break;
                }
                case "surrogateescape":
                    // U+DC80..U+DCFF are the bytes 0x80..0xFF a surrogateescape decoding made of them (a UTF-16
                    // encoder refuses a single byte: its output is whole code units).
                    for (int p = j; p < k; p++)
                    {
                        if (points[p] is < 0xDC80 or > 0xDCFF || utf16)
                            throw Error();
                    }
                    for (int p = j; p < k; p++)
                        output.Add((byte)(points[p] - 0xDC00));
                    break;
                case "surrogatepass":
                    for (int p = j; p < k; p++)
                    {
                        int c = points[p];
                        if (c is < 0xD800 or > 0xDFFF || !(utf8 || utf16))
                            throw Error();
                        if (utf8)
                        {
                            output.Add((byte)(0xE0 | c >> 12));
                            output.Add((byte)(0x80 | (c >> 6 & 0x3F)));
                            output.Add((byte)(0x80 | (c & 0x3F)));
                        }
                        else
                        {
                            output.Add((byte)(bigEndian ? c >> 8 : c & 0xFF));
                            output.Add((byte)(bigEndian ? c & 0xFF : c >> 8));
                        }
                    }
                    break;
                case "namereplace":
                    throw PyException.NotImplementedError("the 'namereplace' error handler needs the Unicode names (unicodedata), which PyAot does not have yet");
                default:
                    throw PyException.Create(PyTypes.LookupError, $"unknown error handler name '{errors}'");
            }
            i = k;
        }
        return output.ToArray();
    }

    /// <summary>Decodes <paramref name="data"/> from <paramref name="offset"/> error by error: the valid bytes before
    /// each error by <paramref name="decoder"/>, the error's bytes (the range CPython's decoder reports) by the
    /// handler.</summary>
    public static string Decode(byte[] data, int offset, string encoding, string errors, bool utf8, Encoding decoder)
    {
        var text = new StringBuilder(data.Length);
        int pos = offset;
        bool utf16 = decoder is UnicodeEncoding;
        bool bigEndian = utf16 && IsBigEndian(decoder);
        while (pos < data.Length)
        {
            if (!NextError(data, pos, utf8, utf16, bigEndian, decoder, out int start, out int end, out string reason))
            {
                text.Append(decoder.GetString(data, pos, data.Length - pos));
                break;
            }
            if (start > pos)
                text.Append(decoder.GetString(data, pos, start - pos));
            PyException Error() => UnicodeErrors.Decode(encoding, data, start, end, reason);
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    text.Append('\uFFFD');
                    break;
                case "backslashreplace":
                    for (int p = start; p < end; p++)
                        text.Append("\\x").Append(data[p].ToString("x2", CultureInfo.InvariantCulture));
                    break;
                case "surrogateescape":
                    // (at most 4 bytes, and none below 0x80 may be escaped)
                    for (int p = start; p < end && p < start + 4; p++)
                    {
                        if (data[p] < 0x80)
                            throw Error();
                    }
                    end = Math.Min(end, start + 4);
                    for (int p = start; p < end; p++)
                        text.Append((char)(0xDC00 + data[p]));
                    break;
                case "surrogatepass":
                    if (utf8 && start + 3 <= data.Length && data[start] == 0xED && data[start + 1] is >= 0xA0 and <= 0xBF && data[start + 2] is >= 0x80 and <= 0xBF)
                    {
                        text.Append((char)(0xD000 | (data[start + 1] & 0x3F) << 6 | data[start + 2] & 0x3F));
                        end = start + 3;
                    }
                    else if (utf16 && start + 2 <= data.Length && (bigEndian ? data[start] << 8 | data[start + 1] : data[start] | data[start + 1] << 8) is int u && u is >= 0xD800 and <= 0xDFFF)
                    {
                        text.Append((char)u);
                        end = start + 2;
                    }
                    else
                        throw Error();
                    break;
                default:
                    throw PyException.Create(PyTypes.LookupError, $"unknown error handler name '{errors}'");
            }
            pos = end;
        }
        return text.ToString();
    }

    /// <summary>Where decoding from <paramref name="pos"/> next fails, as CPython's decoders report it.</summary>
    private static bool NextError(byte[] data, int pos, bool utf8, bool utf16, bool bigEndian, Encoding decoder, out int start, out int end, out string reason)
    {
        if (utf8)
        {
            bool found = UnicodeErrors.Utf8Error(data.AsSpan(pos), out start, out end, out reason);
            start += pos;
            end += pos;
            return found;
        }
        if (utf16)
            return UnicodeErrors.Utf16Error(data, pos, bigEndian, out start, out end, out reason);
        // ASCII (Latin-1 decodes every byte)
        int bad = decoder.CodePage == 20127 ? data.AsSpan(pos).IndexOfAnyInRange((byte)0x80, (byte)0xFF) : -1;
        (start, end, reason) = (pos + bad, pos + bad + 1, "ordinal not in range(128)");
        return bad >= 0;
    }

    /// <summary>A UTF-16 codec's byte order: its first byte of U+0001 is 0 when big-endian.</summary>
    private static bool IsBigEndian(Encoding utf16) => utf16.GetBytes("\u0001")[0] == 0;

    private static string FromPoints(int[] points, int from, int to)
    {
        var sb = new StringBuilder(to - from);
        for (int p = from; p < to; p++)
        {
            if (points[p] < 0x10000)
                sb.Append((char)points[p]);
            else
                sb.Append(char.ConvertFromUtf32(points[p]));
        }
        return sb.ToString();
    }

    /// <summary>backslashreplace's escape of one code point: \xNN, \uNNNN or \UNNNNNNNN.</summary>
    private static void AppendEscape(StringBuilder sb, int c)
    {
        if (c < 0x100)
            sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
        else if (c < 0x10000)
            sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
        else
            sb.Append("\\U").Append(c.ToString("x8", CultureInfo.InvariantCulture));
    }
}
