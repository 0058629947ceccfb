using System;

namespace PyAot.Runtime;

/// <summary>
/// <c>io.BytesIO</c>: an in-memory binary stream, as CPython's <c>_io.BytesIO</c> (Modules/_io/bytesio.c) behaves: a
/// growable buffer with a position that may lie past its end (a write there pads with zero bytes), and that module's
/// errors and messages. <c>getbuffer()</c> is a memoryview of its bytes; while a <c>with</c> statement holds one, it
/// may not be written, truncated or closed (CPython's exports, see <see cref="PyMemoryView"/>).
/// </summary>
public sealed class PyBytesIO : PyIOObject
{
    public static readonly PyType TypeObject = WithProtocol(new("BytesIO", PyTypes.Object) { Module = "_io", TpName = "_io.BytesIO", Constructor = Construct });

    private static readonly string[] Parameters = { "initial_bytes" };

    private static readonly string[] Methods =
    {
        "read", "read1", "readinto", "readinto1", "readline", "readlines", "write", "writelines", "seek", "tell",
        "truncate", "getvalue", "getbuffer", "close", "flush", "isatty", "readable", "writable", "seekable", "fileno",
        "detach", "__enter__", "__exit__", "__iter__", "__next__", "__getstate__",
    };

    private byte[] _buffer = Array.Empty<byte>();
    private long _length, _pos;
    private bool _closed;
    /// <summary>Views of its buffer a <c>with</c> statement holds.</summary>
    private int _heldViews;

    public override PyType Type => TypeObject;

    protected override string[] MethodNames => Methods;

    public override bool IsClosed => _closed;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (args.Length - (kw?.Length ?? 0) > 1)
            throw PyException.TypeError($"BytesIO() takes at most 1 argument ({args.Length} given)");
        var a = ArgCheck.Bind("BytesIO", args, kw, Parameters, required: 0);
        var io = new PyBytesIO();
        if (!a[0].IsUnbound && !a[0].IsNone)
        {
            io.Write(BytesLike.Span(a[0]));
            io._pos = 0;
        }
        return PyValue.FromObject(io);
    }

    protected override void CheckOpen()
    {
        if (_closed)
            throw ClosedError();
    }

    protected override void CloseCore() => _closed = true;

    /// <summary>CPython's CHECK_EXPORTS, before a write, a truncate or a close.</summary>
    private void CheckExports()
    {
        if (_heldViews > 0)
            throw PyException.Create(PyTypes.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /// <summary>What <c>getbuffer()</c>'s view has as <c>obj</c> (CPython's <c>_io._BytesIOBuffer</c>): the stream's bytes
    /// up to its length, written in place through the view.</summary>
    private sealed class ExportedBuffer(PyBytesIO io) : PyObject, IBufferExporter
    {
        private static readonly PyType BufferType = new("_BytesIOBuffer", PyTypes.Object) { Module = "_io", TpName = "_io._BytesIOBuffer", IsBaseType = false };

        public override PyType Type => BufferType;

        public Span<byte> ExportedBytes => io._buffer.AsSpan(0, (int)io._length);

        public bool IsReadOnly => false;

        public void HoldView() => io._heldViews++;

        public void ReleaseView() => io._heldViews--;
    }

    public long Write(ReadOnlySpan<byte> data)
    {
        CheckOpen();
        if (data.Length == 0)
            return 0;
        long end = _pos + data.Length;
        if (end > Array.MaxLength)
            throw PyException.Create(PyTypes.OverflowError, "new buffer size too large");
        if (end > _buffer.Length)
            Array.Resize(ref _buffer, (int)Math.Min(Array.MaxLength, Math.Max(end, Math.Max(16, _buffer.Length * 2L))));
        if (_pos > _length)
            Array.Clear(_buffer, (int)_length, (int)(_pos - _length)); // the gap past the end reads as zero bytes
        data.CopyTo(_buffer.AsSpan((int)_pos));
        _pos = end;
        _length = Math.Max(_length, end);
        return data.Length;
    }

    private ReadOnlySpan<byte> Read(long size)
    {
        CheckOpen();
        long start = Math.Min(_pos, _length);
        long end = size < 0 ? _length : Math.Min(_length, start + size);
        if (end < start)
            end = start;
        _pos = Math.Max(_pos, end);
        return _buffer.AsSpan((int)start, (int)(end - start));
    }

    private ReadOnlySpan<byte> ReadLine(long limit)
    {
        CheckOpen();
        long start = Math.Min(_pos, _length);
        long stop = limit < 0 ? _length : Math.Min(_length, start + limit);
        int nl = _buffer.AsSpan((int)start, (int)(stop - start)).IndexOf((byte)'\n');
        long end = nl < 0 ? stop : start + nl + 1;
        _pos = Math.Max(_pos, end);
        return _buffer.AsSpan((int)start, (int)(end - start));
    }

    protected override PyValue ReadLineValue(long limit) => Bytes(ReadLine(limit));

    private static PyValue Bytes(ReadOnlySpan<byte> span) =>
        PyValue.FromObject(span.Length == 0 ? PyBytes.Empty : new PyBytes(span.ToArray()));

    private static long SsizeArgument(PyValue v)
    {
        if (!(v.IsInt || v.IsBool || v.Ref is PyBigInt))
            throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        return PyOps.ToIndex(v);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "write":
                ArgCheck.ExactlyOne("write", args, kwNames);
                CheckOpen();
                CheckExports();
                result = PyValue.FromInt(Write(BytesLike.Span(args[0])));
                return true;
            case "writelines":
                ArgCheck.ExactlyOne("writelines", args, kwNames);
                CheckOpen();
                CheckExports();
                for (var it = PyOps.GetIter(args[0]); it.MoveNext(out var line);)
                    Write(BytesLike.Span(line));
                return true;
            case "getvalue":
                ArgCheck.None("getvalue", args, kwNames);
                CheckOpen();
                result = Bytes(_buffer.AsSpan(0, (int)_length));
                return true;
            case "getbuffer":
            {
                ArgCheck.None("getbuffer", args, kwNames);
                CheckOpen();
                var buffer = new ExportedBuffer(this);
                result = PyValue.FromObject(PyMemoryView.OfBytes(PyValue.FromObject(buffer), buffer));
                return true;
            }
            case "read" or "read1":
                ArgCheck.Range(method, args, kwNames, 0, 1);
                result = Bytes(Read(SizeArgument(args)));
                return true;
            case "readline":
                ArgCheck.Range("readline", args, kwNames, 0, 1);
                result = Bytes(ReadLine(SizeArgument(args)));
                return true;
            case "readlines":
                CheckOpen();
                if (args.Length == 1 && !args[0].IsNone && !(args[0].IsInt || args[0].IsBool || args[0].Ref is PyBigInt))
                    throw PyException.TypeError($"integer argument expected, got '{PyOps.TypeName(args[0])}'");
                break;
            case "readinto" or "readinto1":
            {
                ArgCheck.ExactlyOne(method, args, kwNames);
                var span = WritableTarget(args[0], "readinto");
                var data = Read(span.Length);
                data.CopyTo(span);
                result = PyValue.FromInt(data.Length);
                return true;
            }
            case "seek":
            {
                ArgCheck.Range("seek", args, kwNames, 1, 2);
                long pos = SsizeArgument(args[0]);
                long whence = args.Length > 1 ? SsizeArgument(args[1]) : 0;
                CheckOpen();
                if (pos < 0 && whence == 0)
                    throw PyException.ValueError($"negative seek value {pos}");
                if (whence == 1)
                    pos = pos > 0 && _pos > long.MaxValue - pos ? long.MaxValue : _pos + pos;
                else if (whence == 2)
                    pos = pos > 0 && _length > long.MaxValue - pos ? long.MaxValue : _length + pos;
                else if (whence != 0)
                    throw PyException.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
                _pos = Math.Max(0, pos);
                result = PyValue.FromInt(_pos);
                return true;
            }
            case "tell":
                ArgCheck.None("tell", args, kwNames);
                CheckOpen();
                result = PyValue.FromInt(_pos);
                return true;
            case "truncate":
            {
                ArgCheck.Range("truncate", args, kwNames, 0, 1);
                CheckOpen();
                long size;
                if (args.Length == 0 || args[0].IsNone)
                    size = _pos;
                else if (args[0].IsInt || args[0].IsBool || args[0].Ref is PyBigInt)
                    size = PyOps.ToIndex(args[0]);
                else
                    throw PyException.TypeError($"argument should be integer or None, not '{PyOps.TypeName(args[0])}'");
                CheckExports();
                if (size < 0)
                    throw PyException.ValueError($"negative size value {size}");
                if (size < _length)
                    _length = size;
                result = PyValue.FromInt(size);
                return true;
            }
            case "close":
                ArgCheck.None("close", args, kwNames);
                CheckExports();
                _closed = true;
                return true;
            case "flush":
                ArgCheck.None("flush", args, kwNames);
                CheckOpen();
                return true;
            case "readable" or "writable" or "seekable":
                ArgCheck.None(method, args, kwNames);
                CheckOpen();
                result = PyValue.True;
                return true;
            case "__iter__":
                // (BytesIO's own: iter() of a closed one is allowed; next() then fails)
                ArgCheck.None("__iter__", args, kwNames);
                result = PyValue.FromObject(this);
                return true;
            case "__getstate__":
                CheckOpen();
                result = PyValue.FromObject(new PyTuple(new[] { Bytes(_buffer.AsSpan(0, (int)_length)), PyValue.FromInt(_pos), PyValue.None }));
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    public override PyIterator Iter() => this;

    public override string Repr() => $"<_io.BytesIO object at {Address(this)}>";
}
