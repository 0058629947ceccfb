using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// <c>io.BufferedReader</c>, <c>io.BufferedWriter</c> and <c>io.BufferedRandom</c> (Modules/_io/bufferedio.c): a
/// buffer over a raw stream, which is a <see cref="PyFileIO"/> (called directly) or any object with the raw methods
/// (<c>readinto</c>, <c>write</c>, <c>seek</c>, <c>tell</c>...), called as Python methods. A read fills the buffer
/// with one raw read of <c>buffer_size</c> bytes; writes collect in the write buffer until it is full, flushed or the
/// stream seeks, reads (random access) or closes. Messages are bufferedio.c's.
/// </summary>
public sealed class PyBuffered : PyIOObject
{
    public enum Kind { Reader, Writer, Random }

    public static readonly PyType ReaderType = WithProtocol(new("BufferedReader", PyTypes.Object) { Module = "_io", TpName = "_io.BufferedReader", Constructor = (a, k) => Construct(Kind.Reader, a, k) });
    public static readonly PyType WriterType = WithProtocol(new("BufferedWriter", PyTypes.Object) { Module = "_io", TpName = "_io.BufferedWriter", Constructor = (a, k) => Construct(Kind.Writer, a, k) });
    public static readonly PyType RandomType = WithProtocol(new("BufferedRandom", PyTypes.Object) { Module = "_io", TpName = "_io.BufferedRandom", Constructor = (a, k) => Construct(Kind.Random, a, k) });

    private static readonly string[] Parameters = { "raw", "buffer_size" };

    private static readonly string[] Methods =
    {
        "read", "read1", "readinto", "readinto1", "readline", "readlines", "peek", "write", "writelines", "seek", "tell",
        "truncate", "flush", "close", "detach", "fileno", "isatty", "readable", "writable", "seekable", "__enter__",
        "__exit__", "__iter__", "__next__",
    };

    public const int DefaultBufferSize = 8192;

    private readonly Kind _kind;
    private PyValue _raw;
    private readonly PyFileIO? _file;
    private readonly int _bufferSize;
    private bool _detached;
    private readonly byte[] _rbuf;
    private int _rpos, _rlen;
    private byte[] _wbuf;
    private int _wlen;

    internal PyBuffered(Kind kind, PyValue raw, int bufferSize)
    {
        _kind = kind;
        _raw = raw;
        _file = raw.Ref as PyFileIO;
        _bufferSize = bufferSize;
        _rbuf = kind == Kind.Writer ? Array.Empty<byte>() : new byte[bufferSize];
        _wbuf = kind == Kind.Reader ? Array.Empty<byte>() : new byte[bufferSize];
    }

    public override PyType Type => _kind switch { Kind.Reader => ReaderType, Kind.Writer => WriterType, _ => RandomType };

    protected override string[] MethodNames => Methods;

    private bool CanRead => _kind != Kind.Writer;
    private bool CanWrite => _kind != Kind.Reader;

    internal PyValue Raw => _raw;

    private static PyValue Construct(Kind kind, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        string name = kind switch { Kind.Reader => "BufferedReader", Kind.Writer => "BufferedWriter", _ => "BufferedRandom" };
        var a = ArgCheck.Bind(name, args, kw, Parameters, required: 1);
        long size = a[1].IsUnbound ? DefaultBufferSize : PyOps.ToIndex(a[1]);
        var raw = a[0];
        if (kind == Kind.Random)
            CheckCapability(raw, "seekable", "File or stream is not seekable.");
        if (kind != Kind.Writer)
            CheckCapability(raw, "readable", "File or stream is not readable.");
        if (kind != Kind.Reader)
            CheckCapability(raw, "writable", "File or stream is not writable.");
        if (size <= 0)
            throw PyException.ValueError("buffer size must be strictly positive");
        return PyValue.FromObject(new PyBuffered(kind, raw, (int)Math.Min(size, int.MaxValue / 2)));
    }

    private static void CheckCapability(PyValue raw, string method, string message)
    {
        if (!PyOps.IsTrue(PyOps.CallMethod(raw, method)))
            throw Unsupported(message);
    }

    // ---- the raw stream ----------------------------------------------------------------------------------

    public override bool IsClosed => _file is not null && !_detached ? _file.IsClosed : PyOps.IsTrue(PyOps.GetAttr(CheckDetached(), "closed"));

    private PyValue CheckDetached()
    {
        if (_detached)
            throw PyException.ValueError("raw stream has been detached");
        return _raw;
    }

    /// <summary>CHECK_CLOSED: the detached check, then ValueError with <paramref name="message"/> when the raw stream
    /// is closed (unless unread bytes remain in the read buffer, which a closed stream still gives, as bufferedio.c's).</summary>
    private void CheckClosed(string message)
    {
        CheckDetached();
        if (IsClosed && (_rlen - _rpos == 0 || message is not ("read of closed file" or "peek of closed file" or "readline of closed file")))
            throw ClosedError(message);
    }

    protected override void CheckOpen()
    {
        CheckDetached();
        if (IsClosed)
            throw ClosedError();
    }

    /// <summary>One raw read into <paramref name="into"/>: the count, 0 at the end, -1 when the raw stream had no
    /// data (it returned None: non-blocking).</summary>
    private int RawRead(Span<byte> into)
    {
        if (_file is not null)
            return _file.ReadInto(into);
        var target = new PyByteArray(new byte[into.Length]);
        var result = PyOps.CallMethod(_raw, "readinto", new[] { PyValue.FromObject(target) }, null);
        if (result.IsNone)
            return -1;
        long n = PyOps.ToIndex(result);
        if (n < 0 || n > into.Length)
            throw PyException.Create(PyTypes.OSError, $"raw readinto() returned invalid length {n} (should have been between 0 and {into.Length})");
        target.AsSpan()[..(int)n].CopyTo(into);
        return (int)n;
    }

    private int RawWrite(ReadOnlySpan<byte> data)
    {
        if (_file is not null)
            return _file.Write(data);
        var result = PyOps.CallMethod(_raw, "write", new[] { PyValue.FromObject(new PyBytes(data.ToArray())) }, null);
        if (result.IsNone)
            throw PyException.Create(PyTypes.BlockingIOError, "write could not complete without blocking");
        long n = PyOps.ToIndex(result);
        if (n < 0 || n > data.Length)
            throw PyException.Create(PyTypes.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
        return (int)n;
    }

    private long RawSeek(long pos, int whence)
    {
        long at = _file is not null ? _file.Seek(pos, whence)
            : PyOps.ToIndex(PyOps.CallMethod(_raw, "seek", new[] { PyValue.FromInt(pos), PyValue.FromInt(whence) }, null));
        if (at < 0)
            throw PyException.Create(PyTypes.OSError, $"Raw stream returned invalid position {at}");
        return at;
    }

    private long RawTell()
    {
        long at = _file is not null ? _file.Tell() : PyOps.ToIndex(PyOps.CallMethod(_raw, "tell"));
        if (at < 0)
            throw PyException.Create(PyTypes.OSError, $"Raw stream returned invalid position {at}");
        return at;
    }

    // ---- reading -----------------------------------------------------------------------------------------

    private int Available => _rlen - _rpos;

    /// <summary>Before reading: a random-access stream writes what it buffered first.</summary>
    private void PrepareRead()
    {
        if (_wlen > 0)
            FlushWrites();
    }

    /// <summary>One raw read into the (empty) buffer: the count.</summary>
    private int Fill()
    {
        _rpos = _rlen = 0;
        int n = RawRead(_rbuf);
        if (n > 0)
            _rlen = n;
        return n;
    }

    private void CheckReadable()
    {
        if (!CanRead)
            throw Unsupported("read");
    }

    /// <summary>read(n): n bytes, fewer only at the end of the stream; n &lt; 0 all of the rest.</summary>
    internal byte[] Read(long n)
    {
        CheckReadable();
        CheckClosed("read of closed file");
        if (n < -1)
            throw PyException.ValueError("read length must be non-negative or -1");
        PrepareRead();
        if (n < 0)
        {
            var buffered = _rbuf.AsSpan(_rpos, Available).ToArray();
            _rpos = _rlen = 0;
            byte[] rest;
            if (_file is not null)
                rest = _file.ReadAll();
            else
            {
                var value = PyOps.CallMethod(_raw, "readall");
                rest = value.IsNone ? Array.Empty<byte>() : BytesLike.Span(value).ToArray();
            }
            return buffered.Length == 0 ? rest : [.. buffered, .. rest];
        }
        if (n <= Available)
        {
            var quick = _rbuf.AsSpan(_rpos, (int)n).ToArray();
            _rpos += (int)n;
            return quick;
        }
        var result = new byte[n];
        int got = Available;
        _rbuf.AsSpan(_rpos, got).CopyTo(result);
        _rpos = _rlen = 0;
        while (got < n)
        {
            int want = (int)n - got;
            if (want >= _bufferSize)
            {
                int r = RawRead(result.AsSpan(got, want));
                if (r <= 0)
                    break;
                got += r;
            }
            else
            {
                if (Fill() <= 0)
                    break;
                int take = Math.Min(want, Available);
                _rbuf.AsSpan(_rpos, take).CopyTo(result.AsSpan(got));
                _rpos += take;
                got += take;
            }
        }
        return got == n ? result : result.AsSpan(0, got).ToArray();
    }

    /// <summary>read1(n): what the buffer holds, or one raw read when it is empty.</summary>
    private byte[] Read1(long n)
    {
        CheckReadable();
        CheckClosed("read of closed file");
        if (n < 0)
            n = _bufferSize;
        if (n == 0)
            return Array.Empty<byte>();
        PrepareRead();
        if (Available == 0)
        {
            if (n > _bufferSize)
            {
                var direct = new byte[n];
                int r = RawRead(direct);
                return r <= 0 ? Array.Empty<byte>() : direct.AsSpan(0, r).ToArray();
            }
            Fill();
        }
        int take = (int)Math.Min(n, Available);
        var result = _rbuf.AsSpan(_rpos, take).ToArray();
        _rpos += take;
        return result;
    }

    internal byte[] Read1Bytes(long n) => Read1(n);

    private byte[] Peek()
    {
        CheckReadable();
        CheckClosed("peek of closed file");
        PrepareRead();
        if (Available == 0)
            Fill();
        return _rbuf.AsSpan(_rpos, Available).ToArray();
    }

    /// <summary>The next line (ending with \n, or the last), at most <paramref name="limit"/> bytes.</summary>
    internal byte[] ReadLine(long limit)
    {
        CheckReadable();
        CheckClosed("readline of closed file");
        PrepareRead();
        // The common case: the line is in the buffer.
        int nl = _rbuf.AsSpan(_rpos, Available).IndexOf((byte)'\n');
        if (nl >= 0 && (limit < 0 || nl + 1 <= limit))
        {
            var line = _rbuf.AsSpan(_rpos, nl + 1).ToArray();
            _rpos += nl + 1;
            return line;
        }
        return ReadLineAcrossFills(limit);
    }

    /// <summary>A line that does not end in the buffer (or is cut by <paramref name="limit"/>): the buffer is filled
    /// until it ends (out of <see cref="ReadLine"/>, whose common case has no loop).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private byte[] ReadLineAcrossFills(long limit)
    {
        var result = new List<byte>();
        while (true)
        {
            var span = _rbuf.AsSpan(_rpos, Available);
            if (limit >= 0 && span.Length > limit - result.Count)
                span = span[..(int)(limit - result.Count)];
            int at = span.IndexOf((byte)'\n');
            if (at >= 0)
                span = span[..(at + 1)];
            result.AddRange(span.ToArray());
            _rpos += span.Length;
            if (at >= 0 || limit >= 0 && result.Count >= limit)
                break;
            if (Fill() <= 0)
                break;
        }
        return result.ToArray();
    }

    protected override PyValue ReadLineValue(long limit) => Bytes(ReadLine(limit));

    public override bool MoveNext(out PyValue item)
    {
        var line = ReadLine(-1);
        item = line.Length == 0 ? default : Bytes(line);
        return line.Length > 0;
    }

    private static PyValue Bytes(byte[] data) => PyValue.FromObject(data.Length == 0 ? PyBytes.Empty : new PyBytes(data));

    // ---- writing -----------------------------------------------------------------------------------------

    /// <summary>Before writing: a random-access stream moves the raw position back over what it read ahead.</summary>
    private void PrepareWrite()
    {
        if (Available > 0)
            RawSeek(-Available, 1);
        _rpos = _rlen = 0;
    }

    internal int Write(ReadOnlySpan<byte> data)
    {
        if (!CanWrite)
            throw Unsupported("write");
        CheckClosed("write to closed file");
        if (_kind == Kind.Random)
            PrepareWrite();
        if (_wlen + data.Length > _bufferSize)
        {
            FlushWrites();
            if (data.Length >= _bufferSize)
            {
                WriteAll(data);
                return data.Length;
            }
        }
        data.CopyTo(_wbuf.AsSpan(_wlen));
        _wlen += data.Length;
        return data.Length;
    }

    private void WriteAll(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            int n = RawWrite(data);
            data = data[n..];
        }
    }

    private void FlushWrites()
    {
        if (_wlen == 0)
            return;
        int count = _wlen;
        _wlen = 0;
        try
        {
            WriteAll(_wbuf.AsSpan(0, count));
        }
        catch
        {
            _wlen = count;
            throw;
        }
    }

    internal void Flush(string message = "flush of closed file")
    {
        CheckDetached();
        if (CanWrite)
        {
            if (IsClosed)
                throw ClosedError(message);
            FlushWrites();
        }
        if (_file is null && CanWrite)
            PyOps.CallMethod(_raw, "flush");
    }

    // ---- positions and the rest --------------------------------------------------------------------------

    internal long Tell()
    {
        CheckDetached();
        long pos = RawTell() - Available + _wlen;
        return pos < 0 ? 0 : pos;
    }

    internal long Seek(long pos, long whence)
    {
        // (3 and 4 are Linux's SEEK_DATA and SEEK_HOLE, which bufferedio.c passes on)
        if (whence is < 0 or > 4)
            throw PyException.ValueError($"whence value {whence} unsupported");
        CheckClosed("seek of closed file");
        if (_file is not null ? !_file.Seekable() : !PyOps.IsTrue(PyOps.CallMethod(_raw, "seekable")))
            throw Unsupported("File or stream is not seekable.");
        FlushWrites();
        if (whence == 1)
            pos -= Available;
        _rpos = _rlen = 0;
        return RawSeek(pos, (int)whence);
    }

    internal void Close()
    {
        CheckDetached();
        if (IsClosed)
            return;
        PyException? flushError = null;
        try
        {
            if (CanWrite)
                FlushWrites();
        }
        catch (PyException e)
        {
            flushError = e;
        }
        _rpos = _rlen = 0;
        if (_file is not null)
            _file.Close();
        else
            PyOps.CallMethod(_raw, "close");
        if (flushError is not null)
            throw flushError;
    }

    protected override void CloseCore() => Close();

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "raw":
                value = _raw;
                return true;
            case "name" or "mode":
                value = PyOps.GetAttr(CheckDetached(), name);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "read":
                ArgCheck.Range("read", args, kwNames, 0, 1);
                result = Bytes(Read(SizeArgument(args)));
                return true;
            case "read1":
                ArgCheck.Range("read1", args, kwNames, 0, 1);
                result = Bytes(Read1(SizeArgument(args)));
                return true;
            case "peek":
                ArgCheck.Range("peek", args, kwNames, 0, 1);
                result = Bytes(Peek());
                return true;
            case "readline":
                ArgCheck.Range("readline", args, kwNames, 0, 1);
                result = Bytes(ReadLine(SizeArgument(args)));
                return true;
            case "readinto" or "readinto1":
            {
                ArgCheck.ExactlyOne(method, args, kwNames);
                var span = WritableTarget(args[0], method);
                CheckReadable();
                CheckClosed("readinto of closed file");
                var data = method == "readinto" ? Read(span.Length) : Read1(span.Length);
                data.CopyTo(span);
                result = PyValue.FromInt(data.Length);
                return true;
            }
            case "readlines":
                CheckOpen();
                break;
            case "write":
                ArgCheck.ExactlyOne("write", args, kwNames);
                if (!CanWrite)
                    throw Unsupported("write");
                result = PyValue.FromInt(Write(BytesLike.Span(args[0])));
                return true;
            case "flush":
                ArgCheck.None("flush", args, kwNames);
                if (!CanWrite)
                {
                    CheckDetached();
                    if (IsClosed)
                        throw ClosedError();
                }
                Flush();
                return true;
            case "seek":
                ArgCheck.Range("seek", args, kwNames, 1, 2);
                if (args[0].IsFloat || !(args[0].IsInt || args[0].IsBool || args[0].Ref is PyBigInt))
                    throw PyException.TypeError($"'{PyOps.TypeName(args[0])}' object cannot be interpreted as an integer");
                result = PyValue.FromInt(Seek(PyOps.ToIndex(args[0]), args.Length > 1 ? PyOps.ToIndex(args[1]) : 0));
                return true;
            case "tell":
                ArgCheck.None("tell", args, kwNames);
                result = PyValue.FromInt(Tell());
                return true;
            case "truncate":
            {
                ArgCheck.Range("truncate", args, kwNames, 0, 1);
                CheckClosed("truncate of closed file");
                if (!CanWrite)
                    throw Unsupported("truncate");
                FlushWrites();
                PyValue size = args.Length == 0 || args[0].IsNone ? PyValue.FromInt(Tell()) : args[0];
                result = _file is not null ? PyValue.FromInt(_file.Truncate(PyOps.ToIndex(size))) : PyOps.CallMethod(_raw, "truncate", new[] { size }, null);
                // (the position stays where it was; the read buffer no longer matches the file)
                long at = Tell();
                _rpos = _rlen = 0;
                RawSeek(at, 0);
                return true;
            }
            case "close":
                ArgCheck.None("close", args, kwNames);
                Close();
                return true;
            case "detach":
                ArgCheck.None("detach", args, kwNames);
                Flush();
                _detached = true;
                result = _raw;
                return true;
            case "fileno" or "isatty" or "readable" or "writable" or "seekable":
                ArgCheck.None(method, args, kwNames);
                result = PyOps.CallMethod(CheckDetached(), method);
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    public override string Repr()
    {
        string type = $"_io.{Type.Name}";
        PyValue name;
        try
        {
            if (_detached || !PyOps.TryGetAttr(_raw, "name", out name))
                return $"<{type}>";
        }
        catch (PyException e) when (e.Matches(PyTypes.ValueError))
        {
            return $"<{type}>";
        }
        return $"<{type} name={PyOps.Repr(name)}>";
    }
}
