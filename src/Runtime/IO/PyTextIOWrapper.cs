using System;
using System.Numerics;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// <c>io.TextIOWrapper</c> (Modules/_io/textio.c): text over a buffered binary stream. Reads decode chunks of
/// <c>_CHUNK_SIZE</c> bytes (<c>read1</c> of the buffer) with the encoding and error handler, newlines handled as
/// <c>newline</c> says; <c>tell()</c> and <c>seek()</c> use CPython's opaque cookies (the byte position of a point
/// where the decoder's state is known, the state, and the bytes and characters to replay from it), so that their values
/// are CPython's. Writes encode at once and go to the buffer (flushed on <c>line_buffering</c>).
/// </summary>
public sealed class PyTextIOWrapper : PyIOObject
{
    public static readonly PyType TypeObject = WithProtocol(PyTypes.TextIOWrapper);

    static PyTextIOWrapper() => TypeObject.Constructor = Construct;

    private static readonly string[] Parameters = { "buffer", "encoding", "errors", "newline", "line_buffering", "write_through" };

    private static readonly string[] Methods =
    {
        "read", "readline", "readlines", "write", "writelines", "seek", "tell", "truncate", "flush", "close", "detach",
        "fileno", "isatty", "readable", "writable", "seekable", "reconfigure", "__enter__", "__exit__", "__iter__",
        "__next__",
    };

    private PyValue _buffer;
    private readonly PyBuffered? _fast;
    private bool _detached;
    private string _encoding = "UTF-8";
    private string _errors = "strict";
    private string? _newline;
    private bool _lineBuffering, _writeThrough;
    private bool _readable, _writable, _seekable, _telling;
    private StreamDecoder? _decoder;
    private Encoding? _encoder;
    private int _encoderMark;
    private bool _encoderStarted;
    private string _decoded = "";
    private int _decodedPos;
    private (long Flags, byte[] Input)? _snapshot;
    private PyValue _mode;
    private long _chunkSize = 8192;
    private double _b2cratio;
    private string? _errorsProblem;

    private void CheckErrors()
    {
        if (_errorsProblem is not null)
        {
            throw _errorsProblem.StartsWith("unknown", StringComparison.Ordinal)
                ? PyException.Create(PyTypes.LookupError, _errorsProblem)
                : PyException.NotImplementedError(_errorsProblem);
        }
    }

    private PyTextIOWrapper(PyValue buffer)
    {
        _buffer = buffer;
        _fast = buffer.Ref as PyBuffered;
    }

    public override PyType Type => TypeObject;

    protected override string[] MethodNames => Methods;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = ArgCheck.Bind("TextIOWrapper", args, kw, Parameters, required: 1);
        string? encoding = OptionalStr(a[1], "encoding");
        string? errors = OptionalStr(a[2], "errors");
        string? newline = OptionalStr(a[3], "newline");
        bool lineBuffering = !a[4].IsUnbound && PyOps.IsTrue(a[4]);
        bool writeThrough = !a[5].IsUnbound && PyOps.IsTrue(a[5]);
        return PyValue.FromObject(Create(a[0], encoding, errors, newline, lineBuffering, writeThrough));
    }

    private static string? OptionalStr(PyValue v, string name)
    {
        if (v.IsUnbound || v.IsNone)
            return null;
        return v.Ref as string ?? throw PyException.TypeError($"TextIOWrapper() argument '{name}' must be str or None, not {PyOps.TypeName(v)}");
    }

    internal static PyTextIOWrapper Create(PyValue buffer, string? encoding, string? errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        var t = new PyTextIOWrapper(buffer);
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw PyException.ValueError($"illegal newline value: {newline}");
        if (encoding is "locale" or null)
            encoding = "UTF-8";
        if (encoding.Contains('\0'))
            throw PyException.ValueError("embedded null character");
        t.Configure(encoding, errors ?? "strict", newline, lineBuffering, writeThrough);
        t._seekable = t._telling = PyOps.IsTrue(t.Call("seekable"));
        if (t._seekable && t._writable)
        {
            // (a stream opened at a position past 0 gets no byte order mark)
            long at = PyOps.ToIndex(t.Call("tell"));
            if (at != 0)
                t._encoderStarted = true;
        }
        return t;
    }

    private void Configure(string encoding, string errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        // (an error handler is looked up when first used, as CPython's codecs look it up: an unknown name fails at the
        // first read or write, and so does one of CPython's that the runtime's codecs lack)
        string usable = errors is "strict" or "replace" or "ignore" ? errors : "strict";
        _errorsProblem = usable == errors ? null
            : errors is "surrogateescape" or "backslashreplace" or "xmlcharrefreplace" or "namereplace" or "surrogatepass"
                ? $"the '{errors}' error handler is not supported by compiled code's text files yet"
                : $"unknown error handler name '{errors}'";
        var encoder = Codecs.ForStream(encoding, usable, out _encoderMark, out _);
        _encoding = encoding;
        _errors = errors;
        _newline = newline;
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        _readable = PyOps.IsTrue(Call("readable"));
        _writable = PyOps.IsTrue(Call("writable"));
        _decoder = _readable ? new StreamDecoder(encoding, usable, universal: newline is null or "", translate: newline is null) : null;
        _encoder = _writable ? encoder : null;
    }

    private PyValue Call(string method) => _fast is not null && method is "tell" ? PyValue.FromInt(_fast.Tell()) : PyOps.CallMethod(Buffer(), method);

    private PyValue Buffer()
    {
        if (_detached)
            throw PyException.ValueError("underlying buffer has been detached");
        return _buffer;
    }

    public override bool IsClosed => _fast is not null && !_detached ? _fast.IsClosed : PyOps.IsTrue(PyOps.GetAttr(Buffer(), "closed"));

    protected override void CheckOpen()
    {
        Buffer();
        if (IsClosed)
            throw ClosedError();
    }

    protected override void CloseCore() => Close();

    // ---- reading -----------------------------------------------------------------------------------------

    private StreamDecoder Decoder() => _decoder ?? throw Unsupported("not readable");

    /// <summary>The text of <paramref name="input"/>: a decoding error is the error handler's own failure when the
    /// handler is one the runtime lacks or an unknown name (CPython looks it up only when an error needs it).</summary>
    private string Decode(StreamDecoder decoder, ReadOnlySpan<byte> input, bool final)
    {
        try
        {
            return decoder.Decode(input, final);
        }
        catch (PyException e) when (_errorsProblem is not null && e.Matches(PyTypes.UnicodeDecodeError))
        {
            CheckErrors();
            throw;
        }
    }

    /// <summary>_read_chunk: one chunk of the buffer decoded into <c>_decoded</c>; false at the end of the stream.</summary>
    private bool ReadChunk(long sizeHint = 0)
    {
        var decoder = Decoder();
        (byte[] Buffer, long Flags) state = _telling ? decoder.GetState() : default;
        // (textio.c's size: a read(n) asks for what n characters take at the last chunk's bytes per character)
        long size = Math.Max(_chunkSize, sizeHint > 0 ? (long)(Math.Max(_b2cratio, 1.0) * sizeHint) : 0);
        byte[] input;
        if (_fast is not null)
        {
            input = _fast.Read1Bytes(size);
        }
        else
        {
            var chunk = PyOps.CallMethod(_buffer, PyOps.TryGetAttr(_buffer, "read1", out _) ? "read1" : "read", new[] { PyValue.FromInt(size) }, null);
            if (!BytesLike.TryGetSpan(chunk, out var span))
                throw PyException.TypeError($"underlying read1() should have returned a bytes-like object, not '{PyOps.TypeName(chunk)}'");
            input = span.ToArray();
        }
        bool eof = input.Length == 0;
        _decoded = Decode(decoder, input, eof);
        _decodedPos = 0;
        int chars = CodePoints.Length(_decoded);
        _b2cratio = chars > 0 ? (double)input.Length / chars : 0.0;
        if (_telling)
        {
            var next = new byte[state.Buffer.Length + input.Length];
            state.Buffer.CopyTo(next, 0);
            input.CopyTo(next, state.Buffer.Length);
            _snapshot = (state.Flags, next);
        }
        return !eof;
    }

    private void ClearDecoded()
    {
        _decoded = "";
        _decodedPos = 0;
    }

    /// <summary>The index <paramref name="count"/> code points after <paramref name="from"/> (or the end).</summary>
    private static int Advance(string s, int from, long count)
    {
        int i = from;
        while (count > 0 && i < s.Length)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            count--;
        }
        return i;
    }

    private string Read(long size)
    {
        CheckOpen();
        Decoder();
        FlushWrites();
        if (size < 0)
        {
            string head = _decoded.Substring(_decodedPos);
            byte[] all = _fast is not null ? _fast.Read(-1) : BytesLike.Span(PyOps.CallMethod(_buffer, "read")).ToArray();
            string tail = Decode(_decoder!, all, final: true);
            ClearDecoded();
            _snapshot = null;
            return head.Length == 0 ? tail : head + tail;
        }
        var result = new StringBuilder();
        long wanted = size;
        while (true)
        {
            int end = Advance(_decoded, _decodedPos, wanted);
            wanted -= CodePoints.ToCodePointIndex(_decoded, end) - CodePoints.ToCodePointIndex(_decoded, _decodedPos);
            result.Append(_decoded, _decodedPos, end - _decodedPos);
            _decodedPos = end;
            if (wanted == 0 || !ReadChunk(wanted) && _decoded.Length == 0)
                break;
        }
        return result.ToString();
    }

    /// <summary>Where the line starting at <paramref name="from"/> in <paramref name="s"/> ends (after its
    /// ending), or -1.</summary>
    private int LineEnd(string s, int from)
    {
        if (_newline is null or "\n")
        {
            int nl = s.IndexOf('\n', from);
            return nl < 0 ? -1 : nl + 1;
        }
        if (_newline == "")
        {
            int at = s.AsSpan(from).IndexOfAny('\r', '\n');
            if (at < 0)
                return -1;
            at += from;
            if (s[at] == '\n')
                return at + 1;
            return at + 1 < s.Length && s[at + 1] == '\n' ? at + 2 : at + 1;
        }
        int found = s.IndexOf(_newline, from, StringComparison.Ordinal);
        return found < 0 ? -1 : found + _newline.Length;
    }

    internal string ReadLine(long limit)
    {
        CheckOpen();
        Decoder();
        FlushWrites();
        // The common case: the whole line is in the chunk decoded last.
        int end = LineEnd(_decoded, _decodedPos);
        if (end >= 0 && (limit < 0 || end - _decodedPos <= limit))
        {
            string line = _decoded.Substring(_decodedPos, end - _decodedPos);
            _decodedPos = end;
            return line;
        }
        return ReadLineAcrossChunks(limit);
    }

    /// <summary>A line that does not end in the chunk decoded last (or is cut by <paramref name="limit"/>): chunks
    /// are read until it ends. Kept out of <see cref="ReadLine"/>, whose common case has no loop (the JIT compiles
    /// such a method fully at once).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private string ReadLineAcrossChunks(long limit)
    {
        int end;
        var result = new StringBuilder();
        long count = 0;
        while (true)
        {
            end = LineEnd(_decoded, _decodedPos);
            int stop = end >= 0 ? end : _decoded.Length;
            if (limit >= 0)
            {
                int capped = Advance(_decoded, _decodedPos, limit - count);
                if (capped < stop)
                {
                    stop = capped;
                    end = capped;
                }
            }
            // (newline='\r\n': a \r ending one chunk and a \n starting the next)
            if (end < 0 && _newline == "\r\n" && stop == _decoded.Length && stop > _decodedPos && _decoded[stop - 1] == '\r')
            {
                result.Append(_decoded, _decodedPos, stop - _decodedPos);
                count += CodePoints.ToCodePointIndex(_decoded, stop) - CodePoints.ToCodePointIndex(_decoded, _decodedPos);
                _decodedPos = stop;
                bool more = ReadChunk();
                if (_decoded.Length > 0 && _decoded[0] == '\n' && (limit < 0 || count < limit))
                {
                    result.Append('\n');
                    _decodedPos = 1;
                    return result.ToString();
                }
                if (!more && _decoded.Length == 0)
                {
                    _snapshot = null;
                    return result.ToString();
                }
                continue;
            }
            result.Append(_decoded, _decodedPos, stop - _decodedPos);
            count += CodePoints.ToCodePointIndex(_decoded, stop) - CodePoints.ToCodePointIndex(_decoded, _decodedPos);
            _decodedPos = stop;
            if (end >= 0)
                return result.ToString();
            bool gotMore;
            do
                gotMore = ReadChunk();
            while (gotMore && _decoded.Length == 0);
            if (_decoded.Length == 0)
            {
                ClearDecoded();
                _snapshot = null;
                return result.ToString();
            }
        }
    }

    protected override PyValue ReadLineValue(long limit) => PyValue.FromString(ReadLine(limit));

    public override bool MoveNext(out PyValue item)
    {
        CheckOpen();
        _telling = false;
        string line = ReadLine(-1);
        if (line.Length == 0)
        {
            _snapshot = null;
            _telling = _seekable;
            item = default;
            return false;
        }
        item = PyValue.FromString(line);
        return true;
    }

    // ---- writing -----------------------------------------------------------------------------------------

    /// <summary>The encoded text written and not yet handed to the buffer (textio.c's pending_bytes: handed over
    /// when more than a chunk is pending, on flush, line buffering, write_through, seek, tell, read and close).</summary>
    private readonly System.IO.MemoryStream _pending = new();

    private void FlushWrites()
    {
        if (_pending.Length == 0)
            return;
        var data = _pending.ToArray();
        _pending.SetLength(0);
        if (_fast is not null)
            _fast.Write(data);
        else
            PyOps.CallMethod(_buffer, "write", new[] { PyValue.FromObject(new PyBytes(data)) }, null);
    }

    private void FlushAll()
    {
        FlushWrites();
        PyOps.CallMethod(Buffer(), "flush");
    }

    private long Write(string s)
    {
        CheckOpen();
        if (_encoder is null)
            throw Unsupported("not writable");
        long length = CodePoints.ToCodePointIndex(s, s.Length);
        bool translate = _newline is not "";
        bool hasLF = (translate || _lineBuffering) && s.Contains('\n');
        if (hasLF && translate && _newline is "\r" or "\r\n")
            s = s.Replace("\n", _newline);
        bool needFlush = _lineBuffering && (hasLF || s.Contains('\r'));
        byte[] encoded;
        try
        {
            encoded = _encoder.GetBytes(s);
        }
        catch (EncoderFallbackException)
        {
            CheckErrors();
            Codecs.Encode(s, _encoding, byteOrderMark: false);
            throw;
        }
        if (!_encoderStarted && _encoderMark != 0)
        {
            byte[] mark = _encoderMark == 1 ? new byte[] { 0xEF, 0xBB, 0xBF } : Codecs.IsBigEndian(_encoding) ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
            encoded = [.. mark, .. encoded];
        }
        if (s.Length > 0)
            _encoderStarted = true;
        _pending.Write(encoded);
        if (_pending.Length > _chunkSize || needFlush || _writeThrough)
            FlushWrites();
        if (needFlush)
            FlushAll();
        if (_snapshot is not null || _decoded.Length > 0)
        {
            ClearDecoded();
            _snapshot = null;
            _decoder?.Reset();
        }
        return length;
    }

    // ---- positions ---------------------------------------------------------------------------------------

    /// <summary>A cookie as textio.c packs one: the bytes of its struct (a 64-bit start position, then 32-bit
    /// decoder flags, bytes to feed and characters to skip, then a byte saying whether to signal the end) read as a
    /// little-endian int (Lib/_pyio.py packs the fields differently, 64 bits each: _io's are what CPython gives).</summary>
    private static BigInteger Cookie(long position, long flags, long bytesToFeed = 0, bool needEof = false, long charsToSkip = 0) =>
        new BigInteger((ulong)position) | new BigInteger((uint)flags) << 64 | new BigInteger((uint)bytesToFeed) << 96
        | new BigInteger((uint)charsToSkip) << 128 | (needEof ? BigInteger.One << 160 : BigInteger.Zero);

    private PyValue Tell()
    {
        CheckOpen();
        if (!_seekable)
            throw Unsupported("underlying stream is not seekable");
        if (!_telling)
            throw PyException.Create(PyTypes.OSError, "telling position disabled by next() call");
        FlushAll();
        long position = PyOps.ToIndex(Call("tell"));
        if (_decoder is null || _snapshot is null)
            return PyValue.FromInt(position);
        var (flags, input) = _snapshot.Value;
        position -= input.Length;
        long charsToSkip = CodePoints.ToCodePointIndex(_decoded, _decodedPos);
        if (charsToSkip == 0)
            return PyValue.FromBigInteger(Cookie(position, flags));
        // Replay the chunk a byte at a time from the snapshot, to find the last point where the decoder's state is
        // known (no bytes waiting) before the position, as textiowrapper_tell does.
        var probe = new StreamDecoder(_encoding, _errorsProblem is null ? _errors : "strict", _decoder.Universal, _newline is null);
        long startFlags = flags;
        // First a fast search for a start point close to the position, at the last chunk's bytes per character
        // (textio.c's; the walk a byte at a time below then goes on from it).
        long skipBytes = Math.Min(input.Length, (long)(_b2cratio * charsToSkip)), skipBack = 1;
        while (skipBytes > 0)
        {
            probe.SetState(Array.Empty<byte>(), flags);
            long decodedChars = CodePoints.Length(probe.Decode(input.AsSpan(0, (int)skipBytes), final: false));
            if (decodedChars <= charsToSkip)
            {
                var (buffered, newFlags) = probe.GetState();
                if (buffered.Length == 0)
                {
                    startFlags = newFlags;
                    charsToSkip -= decodedChars;
                    break;
                }
                skipBytes -= buffered.Length;
                skipBack = 1;
            }
            else
            {
                skipBytes -= skipBack;
                skipBack *= 2;
            }
        }
        if (skipBytes <= 0)
        {
            skipBytes = 0;
            probe.SetState(Array.Empty<byte>(), flags);
        }
        long startPos = position + skipBytes, bytesFed = 0, charsDecoded = 0;
        if (charsToSkip == 0)
            return PyValue.FromBigInteger(Cookie(startPos, startFlags));
        bool needEof = false, done = false;
        for (int i = (int)skipBytes; i < input.Length; i++)
        {
            bytesFed++;
            charsDecoded += CodePoints.Length(probe.Decode(input.AsSpan(i, 1), final: false));
            var (buffer, newFlags) = probe.GetState();
            if (buffer.Length == 0 && charsDecoded <= charsToSkip)
            {
                startPos += bytesFed;
                charsToSkip -= charsDecoded;
                startFlags = newFlags;
                bytesFed = 0;
                charsDecoded = 0;
            }
            if (charsDecoded >= charsToSkip)
            {
                done = true;
                break;
            }
        }
        if (!done)
        {
            charsDecoded += CodePoints.Length(probe.Decode(ReadOnlySpan<byte>.Empty, final: true));
            needEof = true;
            if (charsDecoded < charsToSkip)
                throw PyException.Create(PyTypes.OSError, "can't reconstruct logical file position");
        }
        return PyValue.FromBigInteger(Cookie(startPos, startFlags, bytesFed, needEof, charsToSkip));
    }

    private PyValue Seek(PyValue cookieValue, long whence)
    {
        CheckOpen();
        if (!_seekable)
            throw Unsupported("underlying stream is not seekable");
        if (!(cookieValue.IsInt || cookieValue.IsBool || cookieValue.Ref is PyBigInt))
            throw PyException.TypeError($"'{PyOps.TypeName(cookieValue)}' object cannot be interpreted as an integer");
        switch (whence)
        {
            case 1:
                if (!PyOps.EqBool(cookieValue, PyValue.FromInt(0)))
                    throw Unsupported("can't do nonzero cur-relative seeks");
                cookieValue = Tell();
                break;
            case 2:
            {
                if (!PyOps.EqBool(cookieValue, PyValue.FromInt(0)))
                    throw Unsupported("can't do nonzero end-relative seeks");
                FlushAll();
                ClearDecoded();
                _snapshot = null;
                _decoder?.Reset();
                var end = PyOps.CallMethod(_buffer, "seek", new[] { PyValue.FromInt(0), PyValue.FromInt(2) }, null);
                _decoder?.SetState(Array.Empty<byte>(), 0);
                _encoderStarted = true;
                return end;
            }
            case 0:
                break;
            default:
                throw PyException.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        var cookie = IntOps.ToBig(cookieValue);
        if (cookie < 0)
            throw PyException.ValueError($"negative seek position {PyOps.Repr(cookieValue)}");
        FlushAll();
        var mask64 = (BigInteger.One << 64) - 1;
        var mask32 = (BigInteger.One << 32) - 1;
        long startPos = (long)(ulong)(cookie & mask64);
        long flags = (int)(uint)((cookie >> 64) & mask32);
        long bytesToFeed = (int)(uint)((cookie >> 96) & mask32);
        long charsToSkip = (int)(uint)((cookie >> 128) & mask32);
        bool needEof = ((cookie >> 160) & 0xFF) != 0;
        PyOps.CallMethod(_buffer, "seek", new[] { PyValue.FromInt(startPos) }, null);
        ClearDecoded();
        _snapshot = null;
        if (_decoder is not null)
        {
            if (cookie.IsZero)
                _decoder.Reset();
            else
            {
                _decoder.SetState(Array.Empty<byte>(), flags);
                _snapshot = (flags, Array.Empty<byte>());
            }
            if (charsToSkip > 0)
            {
                var chunk = BytesLike.Span(PyOps.CallMethod(_buffer, "read", new[] { PyValue.FromInt(bytesToFeed) }, null)).ToArray();
                _snapshot = (flags, chunk);
                _decoded = Decode(_decoder, chunk, needEof);
                _decodedPos = 0;
                int at = Advance(_decoded, 0, charsToSkip);
                if (CodePoints.ToCodePointIndex(_decoded, at) < charsToSkip)
                    throw PyException.Create(PyTypes.OSError, "can't restore logical file position");
                _decodedPos = at;
            }
        }
        _encoderStarted = !cookie.IsZero;
        return cookieValue;
    }

    // ---- the rest ----------------------------------------------------------------------------------------

    internal void Close()
    {
        Buffer();
        if (IsClosed)
            return;
        try
        {
            FlushAll();
        }
        finally
        {
            Call("close");
        }
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "encoding":
                value = PyValue.FromString(_encoding);
                return true;
            case "errors":
                value = PyValue.FromString(_errors);
                return true;
            case "line_buffering":
                value = PyValue.FromBool(_lineBuffering);
                return true;
            case "write_through":
                value = PyValue.FromBool(_writeThrough);
                return true;
            case "buffer":
                value = _buffer;
                return true;
            case "newlines":
                value = _decoder is null ? PyValue.None : _decoder.NewlinesValue();
                return true;
            case "name":
                value = PyOps.GetAttr(Buffer(), "name");
                return true;
            case "mode" when !_mode.IsUnbound:
                value = _mode;
                return true;
            case "_CHUNK_SIZE":
                value = PyValue.FromInt(_chunkSize);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        switch (name)
        {
            case "mode":
                _mode = value;
                return;
            case "_CHUNK_SIZE":
                long size = PyOps.ToIndex(value);
                _chunkSize = size > 0 ? size : throw PyException.ValueError("a strictly positive integer is required");
                return;
        }
        base.SetAttr(name, value);
    }

    private static readonly string[] ReconfigureParameters = { "encoding", "errors", "newline", "line_buffering", "write_through" };

    private void Reconfigure(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length - (kwNames?.Length ?? 0) > 0)
            throw PyException.TypeError($"reconfigure() takes 0 positional arguments but {args.Length - (kwNames?.Length ?? 0)} were given");
        var a = ArgCheck.Bind("reconfigure", args, kwNames, ReconfigureParameters, required: 0);
        string? encoding = OptionalStr(a[0], "encoding");
        string? errors = OptionalStr(a[1], "errors");
        bool newlineGiven = !a[2].IsUnbound;
        string? newline = newlineGiven ? OptionalStr(a[2], "newline") : _newline;
        if (newlineGiven && newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw PyException.ValueError($"illegal newline value: {newline}");
        if (_decoder is not null && (encoding is not null || errors is not null || newlineGiven) && (_decoded.Length > 0 || _snapshot is not null))
            throw Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        if (encoding is not null && errors is null)
            errors = "strict";
        if (encoding == "locale")
            encoding = "UTF-8";
        bool lineBuffering = a[3].IsUnbound || a[3].IsNone ? _lineBuffering : PyOps.IsTrue(a[3]);
        bool writeThrough = a[4].IsUnbound || a[4].IsNone ? _writeThrough : PyOps.IsTrue(a[4]);
        FlushAll();
        int seen = _decoder?.SeenNewlines ?? 0;
        Configure(encoding ?? _encoding, errors ?? _errors, newline, lineBuffering, writeThrough);
        if (_decoder is not null)
            _decoder.SeenNewlines = seen;
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "read":
                ArgCheck.Range("read", args, kwNames, 0, 1);
                CheckOpen();
                result = PyValue.FromString(Read(SizeArgument(args)));
                return true;
            case "readline":
            {
                ArgCheck.Range("readline", args, kwNames, 0, 1);
                CheckOpen();
                if (args.Length == 1 && !args[0].IsNone && !(args[0].IsInt || args[0].IsBool || args[0].Ref is PyBigInt))
                    throw PyException.TypeError($"'{PyOps.TypeName(args[0])}' object cannot be interpreted as an integer");
                result = PyValue.FromString(ReadLine(SizeArgument(args)));
                return true;
            }
            case "readlines":
                CheckOpen();
                break;
            case "write":
                ArgCheck.ExactlyOne("write", args, kwNames);
                CheckOpen();
                if (args[0].Ref is not string s)
                    throw PyException.TypeError($"write() argument must be str, not {PyOps.TypeName(args[0])}");
                result = PyValue.FromInt(Write(s));
                return true;
            case "flush":
                ArgCheck.None("flush", args, kwNames);
                CheckOpen();
                _telling = _seekable;
                FlushAll();
                return true;
            case "close":
                ArgCheck.None("close", args, kwNames);
                Close();
                return true;
            case "seek":
                ArgCheck.Range("seek", args, kwNames, 1, 2);
                result = Seek(args[0], args.Length > 1 ? PyOps.ToIndex(args[1]) : 0);
                return true;
            case "tell":
                ArgCheck.None("tell", args, kwNames);
                result = Tell();
                return true;
            case "truncate":
            {
                ArgCheck.Range("truncate", args, kwNames, 0, 1);
                CheckOpen();
                FlushAll();
                var size = args.Length == 0 || args[0].IsNone ? Tell() : args[0];
                result = PyOps.CallMethod(_buffer, "truncate", new[] { size }, null);
                return true;
            }
            case "detach":
            {
                ArgCheck.None("detach", args, kwNames);
                var buffer = Buffer();
                FlushAll();
                _detached = true;
                result = buffer;
                return true;
            }
            case "fileno" or "isatty" or "readable" or "writable" or "seekable":
                ArgCheck.None(method, args, kwNames);
                result = Call(method);
                return true;
            case "reconfigure":
                Reconfigure(args, kwNames);
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("<_io.TextIOWrapper");
        try
        {
            if (!_detached && PyOps.TryGetAttr(_buffer, "name", out var name))
                sb.Append(" name=").Append(PyOps.Repr(name));
        }
        catch (PyException e) when (e.Matches(PyTypes.ValueError))
        {
        }
        if (!_mode.IsUnbound)
            sb.Append(" mode=").Append(PyOps.Repr(_mode));
        sb.Append(" encoding=").Append(Quote(_encoding)).Append('>');
        return sb.ToString();
    }
}

/// <summary><c>io.IncrementalNewlineDecoder(decoder, translate, errors='strict')</c>: a decoder of text (or, with a
/// decoder object, of what it decodes) that handles newlines as a universal-newlines text stream does.</summary>
public sealed class PyIncrementalNewlineDecoder : PyObject
{
    public static readonly PyType TypeObject = new("IncrementalNewlineDecoder", PyTypes.Object) { Module = "_io", TpName = "_io.IncrementalNewlineDecoder", Constructor = Construct };

    private static readonly string[] Parameters = { "decoder", "translate", "errors" };
    private static readonly string[] DecodeParameters = { "input", "final" };
    private static readonly string[] Methods = { "decode", "getstate", "setstate", "reset" };

    private readonly PyValue _inner;
    private readonly StreamDecoder _newlines;
    private bool _pendingCR;

    private PyIncrementalNewlineDecoder(PyValue inner, bool translate)
    {
        _inner = inner;
        _newlines = new StreamDecoder(null, "strict", universal: true, translate: translate);
    }

    public override PyType Type => TypeObject;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = ArgCheck.Bind("IncrementalNewlineDecoder", args, kw, Parameters, required: 2);
        return PyValue.FromObject(new PyIncrementalNewlineDecoder(a[0], PyOps.IsTrue(a[1])));
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name == "newlines")
        {
            value = _newlines.NewlinesValue();
            return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "decode":
            {
                var a = ArgCheck.Bind("decode", args, kwNames, DecodeParameters, required: 1);
                bool final = !a[1].IsUnbound && PyOps.IsTrue(a[1]);
                PyValue output = _inner.IsNone ? a[0] : PyOps.CallMethod(_inner, "decode", new[] { a[0], PyValue.FromBool(final) }, null);
                if (output.Ref is not string text)
                    throw PyException.TypeError($"decoder should return a string result, not '{PyOps.TypeName(output)}'");
                _newlines.SetState(Array.Empty<byte>(), _pendingCR ? 1 : 0);
                text = _newlines.Newlines(text, final);
                _pendingCR = (_newlines.GetState().Flags & 1) != 0;
                result = PyValue.FromString(text);
                return true;
            }
            case "getstate":
            {
                ArgCheck.None("getstate", args, kwNames);
                PyValue buffer = PyValue.FromObject(PyBytes.Empty);
                BigInteger flags = 0;
                if (!_inner.IsNone)
                {
                    var state = Rt.UnpackSpan(PyOps.CallMethod(_inner, "getstate"), 2);
                    buffer = state[0];
                    flags = IntOps.ToBig(state[1]);
                }
                flags = flags << 1 | (_pendingCR ? 1 : 0);
                result = PyValue.FromObject(new PyTuple(new[] { buffer, PyValue.FromBigInteger(flags) }));
                return true;
            }
            case "setstate":
            {
                ArgCheck.ExactlyOne("setstate", args, kwNames);
                var state = Rt.UnpackSpan(args[0], 2);
                var buffer = state[0];
                var flags = IntOps.ToBig(state[1]);
                _pendingCR = !(flags & 1).IsZero;
                if (!_inner.IsNone)
                    PyOps.CallMethod(_inner, "setstate", new[] { PyValue.FromObject(new PyTuple(new[] { buffer, PyValue.FromBigInteger(flags >> 1) })) }, null);
                return true;
            }
            case "reset":
                ArgCheck.None("reset", args, kwNames);
                _pendingCR = false;
                _newlines.SeenNewlines = 0;
                if (!_inner.IsNone)
                    PyOps.CallMethod(_inner, "reset");
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }
}
