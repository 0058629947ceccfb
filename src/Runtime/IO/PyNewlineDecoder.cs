using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// The text decoding of a stream: an incremental decoder of bytes (the part of a multi-byte sequence a chunk ends
/// in waits for the next chunk; its state is those bytes, as CPython's codecs' <c>getstate()</c>) and CPython's
/// <c>IncrementalNewlineDecoder</c> over it (a \r at the end of a chunk waits to see whether a \n follows; the kinds of
/// line ending seen; with <c>translate</c>, \r\n and \r read as \n).
/// </summary>
internal sealed class StreamDecoder
{
    private readonly Encoding? _encoding;
    private readonly string _encodingName;
    private readonly int _byteOrderMark;
    private readonly bool _utf8;
    private readonly bool _universal, _translate;
    private byte[] _pending = Array.Empty<byte>();
    private bool _pendingCR;
    private bool _bomChecked;
    private Encoding? _bomEncoding;
    internal int SeenNewlines;

    /// <summary>A decoder of bytes (<paramref name="encoding"/> non-null) with newline handling when
    /// <paramref name="universal"/>.</summary>
    public StreamDecoder(string? encoding, string errors, bool universal, bool translate)
    {
        if (encoding is not null)
        {
            _encoding = Codecs.ForStream(encoding, errors, out _byteOrderMark, out _utf8);
            _encodingName = encoding;
        }
        else
            _encodingName = "";
        _universal = universal;
        _translate = translate;
    }

    public bool Universal => _universal;

    /// <summary>decode(input, final): the text of the bytes, newlines handled.</summary>
    public string Decode(ReadOnlySpan<byte> input, bool final) => Newlines(DecodeBytes(input, final), final);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public string Newlines(string output, bool final)
    {
        if (!_universal)
            return output;
        if (_pendingCR && (output.Length > 0 || final))
        {
            output = "\r" + output;
            _pendingCR = false;
        }
        if (output.Length > 0 && output[^1] == '\r' && !final)
        {
            output = output[..^1];
            _pendingCR = true;
        }
        // (the common case, no \r at all, by a vectorized search: a text file is read a chunk at a time through here)
        int firstCR = output.AsSpan().IndexOf('\r');
        if (firstCR < 0)
        {
            if ((SeenNewlines & 1) == 0 && output.AsSpan().IndexOf('\n') >= 0)
                SeenNewlines |= 1;
            return output;
        }
        int cr = 0, lf = output.AsSpan(0, firstCR).IndexOf('\n') >= 0 ? 1 : 0, crlf = 0;
        for (int i = firstCR; i < output.Length; i++)
        {
            if (output[i] == '\n')
                lf++;
            else if (output[i] == '\r')
            {
                if (i + 1 < output.Length && output[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                    cr++;
            }
        }
        SeenNewlines |= (lf > 0 ? 1 : 0) | (cr > 0 ? 2 : 0) | (crlf > 0 ? 4 : 0);
        if (_translate && (cr > 0 || crlf > 0))
        {
            if (crlf > 0)
                output = output.Replace("\r\n", "\n");
            if (cr > 0)
                output = output.Replace('\r', '\n');
        }
        return output;
    }

    private string DecodeBytes(ReadOnlySpan<byte> input, bool final)
    {
        if (_encoding is null)
            return "";
        var encoding = _bomEncoding ?? _encoding;
        if (_pending.Length == 0 && (_bomChecked || _byteOrderMark == 0))
        {
            // (the common case, without a copy: nothing waiting from the last chunk)
            int complete = input.Length - (final ? 0 : IncompleteTail(input, encoding));
            if (complete < input.Length)
                _pending = input[complete..].ToArray();
            try
            {
                return encoding.GetString(input[..complete]);
            }
            catch (DecoderFallbackException)
            {
                Codecs.Decode(input[..complete].ToArray(), ReferenceEquals(encoding, _bomEncoding) ? "utf-16-be" : _byteOrderMark == 2 ? "utf-16-le" : _byteOrderMark == 1 ? "utf-8" : _encodingName);
                throw;
            }
        }
        byte[] data;
        if (_pending.Length > 0)
        {
            data = new byte[_pending.Length + input.Length];
            _pending.CopyTo(data, 0);
            input.CopyTo(data.AsSpan(_pending.Length));
        }
        else
            data = input.ToArray();
        int start = 0;
        if (!_bomChecked && _byteOrderMark != 0)
        {
            // The byte order mark at the start of the stream: skipped (utf-8-sig), or read for the byte order (utf-16).
            int need = _byteOrderMark == 1 ? 3 : 2;
            if (data.Length < need && !final)
            {
                _pending = data;
                return "";
            }
            _bomChecked = true;
            if (_byteOrderMark == 1 && data.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
                start = 3;
            else if (_byteOrderMark == 2 && data.Length >= 2 && (data[0], data[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            {
                if (data[0] == 0xFE)
                {
                    var big = (Encoding)new UnicodeEncoding(true, false, true).Clone();
                    big.DecoderFallback = _encoding.DecoderFallback;
                    big.EncoderFallback = _encoding.EncoderFallback;
                    _bomEncoding = encoding = big;
                }
                start = 2;
            }
        }
        int end = data.Length;
        if (!final)
            end -= IncompleteTail(data.AsSpan(start), encoding);
        _pending = end < data.Length ? data[end..] : Array.Empty<byte>();
        try
        {
            return encoding.GetString(data, start, end - start);
        }
        catch (DecoderFallbackException)
        {
            // (the error as CPython's decoder reports it, positions counted in what this chunk decoded)
            Codecs.Decode(data[start..end], ReferenceEquals(encoding, _bomEncoding) ? "utf-16-be" : _byteOrderMark == 2 ? "utf-16-le" : _byteOrderMark == 1 ? "utf-8" : _encodingName);
            throw;
        }
    }

    /// <summary>How many bytes at the end of <paramref name="data"/> begin a character the next chunk completes.</summary>
    private int IncompleteTail(ReadOnlySpan<byte> data, Encoding encoding)
    {
        if (_utf8)
        {
            for (int back = 1; back <= Math.Min(3, data.Length); back++)
            {
                byte b = data[^back];
                if ((b & 0xC0) == 0x80)
                    continue;
                int need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
                if (b >= 0xF5)
                    need = 1;
                return need > back ? back : 0;
            }
            return 0;
        }
        if (encoding is UnicodeEncoding)
        {
            int tail = data.Length % 2;
            if (data.Length - tail >= 2)
            {
                bool big = encoding.GetPreamble().Length > 0 ? encoding.GetPreamble()[0] == 0xFE : ReferenceEquals(encoding, _bomEncoding) || Codecs.IsBigEndian(_encodingName);
                int at = data.Length - tail - 2;
                int unit = big ? data[at] << 8 | data[at + 1] : data[at + 1] << 8 | data[at];
                if (unit is >= 0xD800 and <= 0xDBFF)
                    tail += 2;
            }
            return tail;
        }
        return 0;
    }

    /// <summary>getstate(): the bytes waiting, and the flags (bit 0: a \r waiting).</summary>
    public (byte[] Buffer, long Flags) GetState() => (_pending, _pendingCR ? 1 : 0);

    public void SetState(byte[] buffer, long flags)
    {
        _pending = buffer;
        _pendingCR = (flags & 1) != 0;
        if (_byteOrderMark != 0)
            _bomChecked = true;
    }

    /// <summary>reset(): nothing waiting; a byte order mark is read again.</summary>
    public void Reset()
    {
        _pending = Array.Empty<byte>();
        _pendingCR = false;
        _bomChecked = false;
        _bomEncoding = null;
    }

    public PyValue NewlinesValue() => SeenNewlines switch
    {
        0 => PyValue.None,
        1 => PyValue.FromString("\n"),
        2 => PyValue.FromString("\r"),
        3 => Tuple("\r", "\n"),
        4 => PyValue.FromString("\r\n"),
        5 => Tuple("\n", "\r\n"),
        6 => Tuple("\r", "\r\n"),
        _ => Tuple("\r", "\n", "\r\n"),
    };

    private static PyValue Tuple(params string[] items) =>
        PyValue.FromObject(new PyTuple(Array.ConvertAll(items, PyValue.FromString)));
}
