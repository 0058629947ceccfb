using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// <c>io.StringIO</c>: an in-memory text stream, as CPython's <c>_io.StringIO</c> behaves: a buffer of text with a
/// position counted in characters (code points), writes that overwrite from the position (padding with NULs past
/// the end), <c>newline</c> handling on write and on reading lines, and its methods' errors once closed.
/// </summary>
public sealed class PyStringIO : PyIterator
{
    public static readonly PyType TypeObject = new("StringIO", PyTypes.Object) { Module = "_io", TpName = "_io.StringIO", Constructor = Construct };

    private static readonly string[] Parameters = { "initial_value", "newline" };

    private static readonly string[] Methods =
    {
        "write", "writelines", "getvalue", "read", "readline", "readlines", "seek", "tell", "truncate", "close",
        "flush", "isatty", "readable", "writable", "seekable", "fileno", "detach", "__enter__", "__exit__", "__iter__",
        "__next__",
    };

    /// <summary>The protocol methods, in the type's dict: <c>with</c> and iteration look there, not on the object.</summary>
    static PyStringIO()
    {
        foreach (var name in new[] { "__enter__", "__exit__", "__iter__", "__next__" })
        {
            TypeObject.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
                args.Length > 0 && args[0].Ref is PyStringIO self && self.TryCallMethod(name, args[1..], kw, out var result)
                    ? result
                    : throw PyException.TypeError($"descriptor '{name}' for '_io.StringIO' objects doesn't apply to this object")) { BindsSelf = true });
        }
    }

    /// <summary>The text, as code points (a str's characters: an astral character is one).</summary>
    private int[] _buffer = new int[16];
    private int _length, _pos;
    private bool _closed;

    /// <summary>The newline argument: null (universal: \r and \r\n written become \n), "" (lines end at any of them,
    /// nothing translated), "\n", "\r" or "\r\n" (\n written becomes it; lines end at it).</summary>
    private readonly string? _newline;

    private PyStringIO(string? newline) => _newline = newline;

    public override PyType Type => TypeObject;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (args.Length - (kw?.Length ?? 0) > 2)
            throw PyException.TypeError($"StringIO() takes at most 2 arguments ({args.Length} given)");
        var a = ArgCheck.Bind("StringIO", args, kw, Parameters, required: 0);
        string? newline = "\n";
        if (!a[1].IsUnbound)
        {
            if (a[1].IsNone)
                newline = null;
            else if (a[1].Ref is string s)
                newline = s is "" or "\n" or "\r" or "\r\n" ? s : throw PyException.ValueError($"illegal newline value: {PyOps.Repr(a[1])}");
            else
                throw PyException.TypeError($"newline must be str or None, not {PyOps.TypeName(a[1])}");
        }
        var io = new PyStringIO(newline);
        if (!a[0].IsUnbound && !a[0].IsNone)
        {
            if (a[0].Ref is not string initial)
                throw PyException.TypeError($"initial_value must be str or None, not {PyOps.TypeName(a[0])}");
            io.Write(initial);
            io._pos = 0;
        }
        return PyValue.FromObject(io);
    }

    private void CheckOpen()
    {
        if (_closed)
            throw PyException.ValueError("I/O operation on closed file");
    }

    /// <summary>write(s): the text, newlines translated as <c>newline</c> says, from the position; returns len(s).</summary>
    public long Write(string s)
    {
        CheckOpen();
        long written = CodePoints.ToCodePointIndex(s, s.Length);
        string text = _newline switch
        {
            null => s.Replace("\r\n", "\n").Replace('\r', '\n'),
            "\r" or "\r\n" => s.Replace("\n", _newline),
            _ => s,
        };
        int count = CodePoints.ToCodePointIndex(text, text.Length);
        int end = _pos + count;
        if (end > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(end, _buffer.Length * 2));
        if (_pos > _length)
            Array.Clear(_buffer, _length, _pos - _length); // the gap past the end reads as NULs
        int at = _pos;
        for (int i = 0; i < text.Length; i++)
            _buffer[at++] = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[++i])
                : text[i];
        _pos = end;
        _length = Math.Max(_length, end);
        return written;
    }

    private string Text(int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            int c = _buffer[i];
            if (c < 0x10000)
                sb.Append((char)c);
            else
                sb.Append(char.ConvertFromUtf32(c));
        }
        return sb.ToString();
    }

    public string GetValue()
    {
        CheckOpen();
        return Text(0, _length);
    }

    private string Read(long size)
    {
        CheckOpen();
        int start = Math.Min(_pos, _length);
        int end = size < 0 ? _length : (int)Math.Min(_length, start + size);
        _pos = Math.Max(_pos, end);
        return start >= end ? "" : Text(start, end);
    }

    /// <summary>The next line (with its ending), at most <paramref name="limit"/> characters (negative: no limit).</summary>
    private string ReadLine(long limit)
    {
        CheckOpen();
        int start = Math.Min(_pos, _length);
        int stop = limit < 0 ? _length : (int)Math.Min(_length, start + limit);
        int end = stop;
        for (int i = start; i < stop; i++)
        {
            int c = _buffer[i];
            if (_newline is "\r\n")
            {
                if (c == '\r' && i + 1 < stop && _buffer[i + 1] == '\n')
                {
                    end = i + 2;
                    break;
                }
            }
            else if (_newline == "")
            {
                // Universal: \n, \r, or \r\n ends a line.
                if (c == '\n')
                {
                    end = i + 1;
                    break;
                }
                if (c == '\r')
                {
                    end = i + 1 < stop && _buffer[i + 1] == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
            else if (c == (_newline is "\r" ? '\r' : '\n'))
            {
                end = i + 1;
                break;
            }
        }
        _pos = Math.Max(_pos, end);
        return start >= end ? "" : Text(start, end);
    }

    private static long SizeArgument(string method, ReadOnlySpan<PyValue> args)
    {
        if (args.Length == 0 || args[0].IsNone)
            return -1;
        if (!(args[0].IsInt || args[0].IsBool || args[0].Ref is PyBigInt))
            throw PyException.TypeError($"argument should be integer or None, not '{PyOps.TypeName(args[0])}'");
        return PyOps.ToIndex(args[0]);
    }

    private long Seek(long pos, long whence)
    {
        CheckOpen();
        switch (whence)
        {
            case 0:
                if (pos < 0)
                    throw PyException.ValueError($"Negative seek position {pos}");
                _pos = (int)Math.Min(pos, int.MaxValue);
                break;
            case 1:
                if (pos != 0)
                    throw PyException.Create(PyTypes.OSError, "Can't do nonzero cur-relative seeks");
                break;
            case 2:
                if (pos != 0)
                    throw PyException.Create(PyTypes.OSError, "Can't do nonzero end-relative seeks");
                _pos = _length;
                break;
            default:
                throw PyException.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        }
        return _pos;
    }

    private long Truncate(ReadOnlySpan<PyValue> args)
    {
        CheckOpen();
        long size = args.Length == 0 || args[0].IsNone ? _pos : PyOps.ToIndex(args[0]);
        if (size < 0)
            throw PyException.ValueError($"Negative size value {size}");
        if (size < _length)
            _length = (int)size;
        return size;
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "closed":
                value = PyValue.FromBool(_closed);
                return true;
            case "line_buffering":
                CheckOpen();
                value = PyValue.False;
                return true;
            case "newlines":
                CheckOpen();
                value = PyValue.None;
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "write":
                ArgCheck.ExactlyOne("write", args, kwNames);
                result = PyValue.FromInt(Write(args[0].Ref as string
                    ?? throw PyException.TypeError($"string argument expected, got '{PyOps.TypeName(args[0])}'")));
                return true;
            case "writelines":
                ArgCheck.ExactlyOne("writelines", args, kwNames);
                CheckOpen();
                var it = PyOps.GetIter(args[0]);
                while (it.MoveNext(out var line))
                    Write(line.Ref as string ?? throw PyException.TypeError($"string argument expected, got '{PyOps.TypeName(line)}'"));
                return true;
            case "getvalue":
                ArgCheck.None("getvalue", args, kwNames);
                result = PyValue.FromString(GetValue());
                return true;
            case "read":
                ArgCheck.Range("read", args, kwNames, 0, 1);
                result = PyValue.FromString(Read(SizeArgument("read", args)));
                return true;
            case "readline":
                ArgCheck.Range("readline", args, kwNames, 0, 1);
                result = PyValue.FromString(ReadLine(SizeArgument("readline", args)));
                return true;
            case "readlines":
            {
                ArgCheck.Range("readlines", args, kwNames, 0, 1);
                long hint = SizeArgument("readlines", args);
                var lines = new PyList();
                long total = 0;
                for (string line; (line = ReadLine(-1)).Length > 0;)
                {
                    lines.Append(PyValue.FromString(line));
                    total += line.Length;
                    if (hint > 0 && total >= hint)
                        break;
                }
                result = PyValue.FromObject(lines);
                return true;
            }
            case "seek":
                ArgCheck.Range("seek", args, kwNames, 1, 2);
                result = PyValue.FromInt(Seek(PyOps.ToIndex(args[0]), args.Length > 1 ? PyOps.ToIndex(args[1]) : 0));
                return true;
            case "tell":
                ArgCheck.None("tell", args, kwNames);
                CheckOpen();
                result = PyValue.FromInt(_pos);
                return true;
            case "truncate":
                ArgCheck.Range("truncate", args, kwNames, 0, 1);
                result = PyValue.FromInt(Truncate(args));
                return true;
            case "close":
                ArgCheck.None("close", args, kwNames);
                _closed = true;
                return true;
            case "flush":
                ArgCheck.None("flush", args, kwNames);
                CheckOpen();
                return true;
            case "isatty":
                ArgCheck.None("isatty", args, kwNames);
                CheckOpen();
                result = PyValue.False;
                return true;
            case "readable" or "writable" or "seekable":
                ArgCheck.None(method, args, kwNames);
                CheckOpen();
                result = PyValue.True;
                return true;
            case "fileno" or "detach":
                throw PyException.Create(PyTypes.UnsupportedOperation, method);
            case "__enter__":
                CheckOpen();
                result = PyValue.FromObject(this);
                return true;
            case "__exit__":
                _closed = true;
                return true;
            case "__iter__":
                CheckOpen();
                result = PyValue.FromObject(this);
                return true;
            case "__next__":
                result = MoveNext(out var next) ? next : throw PyException.StopIteration(default);
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    public override PyIterator Iter()
    {
        CheckOpen();
        return this;
    }

    public override bool MoveNext(out PyValue item)
    {
        string line = ReadLine(-1);
        item = line.Length == 0 ? default : PyValue.FromString(line);
        return line.Length > 0;
    }

    public override string Repr() => $"<_io.StringIO object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x12}>";
}
