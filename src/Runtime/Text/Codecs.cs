using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>The text encodings str.encode and bytes.decode support, with CPython's byte order marks: "utf-16" writes
/// its native (little-endian) BOM and reads either, "utf-8-sig" writes EF BB BF and skips it when reading; "utf-16-le"
/// and "utf-16-be" have none.</summary>
internal static class Codecs
{
    private enum Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16Le, Utf16Be }

    /// <summary>The codec an encoding name means (case and '_' or '-' as CPython's lookup ignores them); LookupError
    /// "unknown encoding: x" for any other name.</summary>
    private static Codec Lookup(string name) => name.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" or "u8" => Codec.Utf8,
        "utf-8-sig" => Codec.Utf8Sig,
        "ascii" or "us-ascii" => Codec.Ascii,
        "latin-1" or "latin1" or "iso-8859-1" => Codec.Latin1,
        "utf-16" or "utf16" or "u16" => Codec.Utf16,
        "utf-16-le" or "utf-16le" => Codec.Utf16Le,
        "utf-16-be" or "utf-16be" => Codec.Utf16Be,
        _ => throw PyException.Create(PyTypes.LookupError, $"unknown encoding: {name}"),
    };

    // (.NET's encoders, strict as CPython's default error handler; immutable, so shared)
    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Ascii = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    private static readonly Encoding Latin1 = Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, true);

    /// <summary>The encoder of <paramref name="codec"/>, without its byte order mark ("utf-16" is native, little-endian).</summary>
    private static Encoding Get(Codec codec) => codec switch
    {
        Codec.Utf8 or Codec.Utf8Sig => Utf8,
        Codec.Ascii => Ascii,
        Codec.Latin1 => Latin1,
        Codec.Utf16 or Codec.Utf16Le => Utf16Le,
        _ => Utf16Be,
    };

    /// <summary>LookupError "unknown encoding: x" unless the encoding is one of these.</summary>
    public static void Check(string encoding) => Lookup(encoding);

    public static string Decode(byte[] data, string encoding, string errors = "strict")
    {
        var codec = Lookup(encoding);
        var decoder = Get(codec);
        int offset = 0;
        if (codec == Codec.Utf8Sig && data.AsSpan().StartsWith(Utf8Bom))
        {
            // (CPython's utf_8_sig decodes what follows the mark as its own input: error positions count from there)
            data = data[3..];
        }
        else if (codec == Codec.Utf16 && data.Length >= 2 && (data[0], data[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            // The byte order mark says which order; it is not part of the text (positions still count it).
            decoder = data[0] == 0xFE ? Utf16Be : Utf16Le;
            offset = 2;
        }
        try
        {
            return decoder.GetString(data, offset, data.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            // Where and why, as CPython's decoder says it.
            int start = e.Index + offset, end = start + 1;
            string reason = "ordinal not in range(128)";
            if (codec is Codec.Utf8 or Codec.Utf8Sig)
                UnicodeErrors.Utf8Error(data, out start, out end, out reason);
            else if (decoder is UnicodeEncoding)
                UnicodeErrors.Utf16Error(data, offset, bigEndian: ReferenceEquals(decoder, Utf16Be), out start, out end, out reason);
            if (errors == "strict")
                throw UnicodeErrors.Decode(encoding, data, start, end, reason);
            return CodecErrorHandlers.Decode(data, offset, encoding, errors, IsUtf8(codec), decoder);
        }
    }

    private static bool IsUtf8(Codec codec) => codec is Codec.Utf8 or Codec.Utf8Sig;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>For a text stream (io.TextIOWrapper): the .NET encoding of <paramref name="encoding"/> without its byte
    /// order mark, with the error handler's fallbacks ("strict", "replace", "ignore"), and which mark the codec has
    /// (0 none, 1 utf-8-sig's, 2 utf-16's, which also says the byte order when read).</summary>
    internal static Encoding ForStream(string encoding, string errors, out int byteOrderMark, out bool utf8)
    {
        var codec = Lookup(encoding);
        byteOrderMark = codec == Codec.Utf8Sig ? 1 : codec == Codec.Utf16 ? 2 : 0;
        utf8 = codec is Codec.Utf8 or Codec.Utf8Sig;
        var e = (Encoding)Get(codec).Clone();
        switch (errors)
        {
            case "strict":
                break;
            case "replace":
                e.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
                e.EncoderFallback = new EncoderReplacementFallback("?");
                break;
            case "ignore":
                e.DecoderFallback = new DecoderReplacementFallback("");
                e.EncoderFallback = new EncoderReplacementFallback("");
                break;
            default:
                throw PyException.NotImplementedError($"the '{errors}' error handler is not supported by compiled code's text files yet");
        }
        return e;
    }

    /// <summary>The canonical name of an encoding's codec, for the UnicodeErrors a text stream raises.</summary>
    internal static bool IsUtf16(string encoding) => Lookup(encoding) is Codec.Utf16 or Codec.Utf16Le or Codec.Utf16Be;

    internal static bool IsBigEndian(string encoding) => Lookup(encoding) == Codec.Utf16Be;

    /// <summary>The text encoded; with <paramref name="byteOrderMark"/>, "utf-16" and "utf-8-sig" begin with their mark
    /// (str.encode always; a text file at its start only).</summary>
    public static byte[] Encode(string s, string encoding, bool byteOrderMark = true, string errors = "strict")
    {
        var codec = Lookup(encoding);
        byte[] encoded;
        try
        {
            encoded = Get(codec).GetBytes(s);
        }
        catch (EncoderFallbackException e)
        {
            // The run of characters the codec cannot encode, as CPython's strict error handler reports it.
            int start = CodePoints.ToCodePointIndex(s, e.Index);
            (Func<int, bool> refused, string reason) = codec switch
            {
                Codec.Ascii => ((Func<int, bool>)(c => c >= 0x80), "ordinal not in range(128)"),
                Codec.Latin1 => (c => c >= 0x100, "ordinal not in range(256)"),
                _ => (c => c is >= 0xD800 and <= 0xDFFF, "surrogates not allowed"),
            };
            if (errors == "strict")
                throw UnicodeErrors.Encode(encoding, s, start, Get(codec) is UnicodeEncoding ? start + 1 : UnicodeErrors.RunEnd(s, start, refused), reason);
            encoded = CodecErrorHandlers.Encode(s, encoding, errors, Get(codec), refused, reason, IsUtf8(codec));
        }
        if (!byteOrderMark)
            return encoded;
        return codec switch
        {
            Codec.Utf16 => [0xFF, 0xFE, .. encoded],
            Codec.Utf8Sig => [.. Utf8Bom, .. encoded],
            _ => encoded,
        };
    }
}
