using System;
using System.IO;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// What <c>open()</c> returns: a text file (<c>_io.TextIOWrapper</c>) or a binary one (<c>_io.BufferedReader</c> /
/// <c>BufferedWriter</c>) over a <see cref="FileStream"/>, with CPython 3.12's methods, errors and reprs for the
/// modes <c>r</c>, <c>w</c>, <c>a</c>, <c>x</c> (text or binary). A text file decodes with its encoding (strict)
/// and translates newlines as its <c>newline</c> argument says (universal newlines by default); it reads the rest of
/// the file at its first read.
/// </summary>
public sealed class PyFile : PyIterator
{
    public static readonly PyType TextIOWrapperType = PyTypes.TextIOWrapper;
    public static readonly PyType BufferedReaderType = new("BufferedReader", PyTypes.Object) { Module = "_io", TpName = "_io.BufferedReader" };
    public static readonly PyType BufferedWriterType = new("BufferedWriter", PyTypes.Object) { Module = "_io", TpName = "_io.BufferedWriter" };

    /// <summary>The protocol methods, in the types' dicts: <c>with</c> and iteration look there, not on the object.</summary>
    static PyFile()
    {
        foreach (var type in new[] { TextIOWrapperType, BufferedReaderType, BufferedWriterType })
        {
            foreach (var name in new[] { "__enter__", "__exit__", "__iter__", "__next__" })
            {
                type.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
                    args.Length > 0 && args[0].Ref is PyObject self && self.TryCallMethod(name, args[1..], kw, out var result)
                        ? result
                        : throw PyException.TypeError($"descriptor '{name}' requires a file object")) { BindsSelf = true });
            }
        }
    }

    private FileStream? _stream;
    private readonly string _name;
    private readonly string _mode;
    private readonly bool _binary, _readable, _writable;
    private readonly string _encoding;
    private readonly string? _newline;
    /// <summary>A text file's decoded, newline-translated rest of the file once read, and the read position in it.</summary>
    private string? _text;
    private int _pos;

    internal PyFile(FileStream stream, string name, string mode, bool binary, bool readable, bool writable, string encoding, string? newline)
    {
        _stream = stream;
        _name = name;
        _mode = mode;
        _binary = binary;
        _readable = readable;
        _writable = writable;
        _encoding = encoding;
        _newline = newline;
    }

    public override PyType Type => !_binary ? TextIOWrapperType : _readable ? BufferedReaderType : BufferedWriterType;

    public bool Closed => _stream is null;

    public override string Repr() => _binary
        ? $"<_io.{Type.Name} name={PyLiteralRepr(_name)}>"
        : $"<_io.TextIOWrapper name={PyLiteralRepr(_name)} mode={PyLiteralRepr(_mode)} encoding={PyLiteralRepr(_encoding)}>";

    private static string PyLiteralRepr(string s) => PyOps.Repr(PyValue.FromString(s));

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "name":
                value = PyValue.FromString(_name);
                return true;
            case "mode":
                value = PyValue.FromString(_mode);
                return true;
            case "closed":
                value = PyValue.FromBool(Closed);
                return true;
            case "encoding" when !_binary:
                value = PyValue.FromString(_encoding);
                return true;
            case "errors" when !_binary:
                value = PyValue.FromString("strict");
                return true;
            case "read" or "readline" or "readlines" or "write" or "writelines" or "close" or "flush" or "readable"
                or "writable" or "seekable" or "seek" or "tell" or "__enter__" or "__exit__" or "__iter__" or "__next__":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (method)
        {
            case "read":
                result = Read(Size("read", args, kwNames));
                return true;
            case "readline":
                result = ReadLine(Size("readline", args, kwNames));
                return true;
            case "readlines":
                result = ReadLines(Size("readlines", args, kwNames));
                return true;
            case "write":
                ArgCheck.ExactlyOne("write", args, kwNames);
                result = Write(args[0]);
                return true;
            case "writelines":
                ArgCheck.ExactlyOne("writelines", args, kwNames);
                var lines = PyList.FromIterable(args[0]);
                for (int i = 0; i < lines.Count; i++)
                    Write(lines[i]);
                result = PyValue.None;
                return true;
            case "close":
                ArgCheck.None("close", args, kwNames);
                Close();
                result = PyValue.None;
                return true;
            case "flush":
                ArgCheck.None("flush", args, kwNames);
                Open().Flush();
                result = PyValue.None;
                return true;
            case "readable" or "writable" or "seekable":
                ArgCheck.None(method, args, kwNames);
                Open();
                result = PyValue.FromBool(method == "readable" ? _readable : method == "writable" ? _writable : true);
                return true;
            case "seek":
                result = Seek(args, kwNames);
                return true;
            case "tell":
                ArgCheck.None("tell", args, kwNames);
                if (!_binary)
                    throw PyException.NotImplementedError("tell() of a text file is not supported in compiled code yet");
                result = PyValue.FromInt(Open().Position);
                return true;
            case "__enter__":
                ArgCheck.None("__enter__", args, kwNames);
                Open();
                result = PyValue.FromObject(this);
                return true;
            case "__exit__":
                Close();
                result = PyValue.None;
                return true;
            case "__iter__":
                result = PyValue.FromObject(Iter());
                return true;
            case "__next__":
                result = NextLine() is { } line ? line : throw PyException.StopIteration(default);
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    /// <summary>A file is its own iterator (<c>iter(f) is f</c>).</summary>
    public override PyIterator Iter()
    {
        if (Closed)
            throw PyException.ValueError("I/O operation on closed file.");
        return this;
    }

    /// <summary>The next line, or null at the end of the file (iteration).</summary>
    private PyValue? NextLine()
    {
        if (Closed)
            throw PyException.ValueError(_binary ? "readline of closed file" : "I/O operation on closed file.");
        var line = ReadLine(-1);
        return PyOps.Len(line) == 0 ? null : line;
    }

    public override bool MoveNext(out PyValue item)
    {
        if (NextLine() is { } line)
        {
            item = line;
            return true;
        }
        item = default;
        return false;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    private static long Size(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ArgCheck.NoKeywords(name, kwNames);
        if (args.Length > 1)
            throw PyException.TypeError($"{name} expected at most 1 argument, got {args.Length}");
        return args.Length == 0 || args[0].IsNone ? -1 : PyOps.ToIndex(args[0]);
    }

    private FileStream Open() => _stream ?? throw PyException.ValueError("I/O operation on closed file.");

    private FileStream ForReading(string operation)
    {
        if (_stream is null)
            throw PyException.ValueError(_binary && operation is "read" or "readline" ? $"{operation} of closed file" : "I/O operation on closed file.");
        if (!_readable)
            throw Unsupported("not readable");
        return _stream;
    }

    /// <summary>A text file's rest, decoded and newline-translated, read at the first read.</summary>
    private string Text()
    {
        if (_text is null)
        {
            var stream = ForReading("read");
            var rest = new MemoryStream();
            stream.CopyTo(rest);
            string decoded = Codecs.Decode(rest.ToArray(), _encoding);
            // Universal newlines (newline=None): \r\n and \r read as \n.
            _text = _newline is null ? decoded.Replace("\r\n", "\n").Replace('\r', '\n') : decoded;
            _pos = 0;
        }
        return _text;
    }

    private PyValue Read(long size)
    {
        var stream = ForReading("read");
        if (_binary)
        {
            var rest = new MemoryStream();
            if (size < 0)
            {
                stream.CopyTo(rest);
            }
            else
            {
                var buffer = new byte[size];
                int got = 0, n;
                while (got < size && (n = stream.Read(buffer, got, (int)size - got)) > 0)
                    got += n;
                rest.Write(buffer, 0, got);
            }
            return PyValue.FromObject(new PyBytes(rest.ToArray()));
        }
        string text = Text();
        int take = size < 0 ? text.Length - _pos : (int)Math.Min(size, text.Length - _pos);
        string s = text.Substring(_pos, take);
        _pos += take;
        return PyValue.FromString(s);
    }

    private PyValue ReadLine(long size)
    {
        var stream = ForReading("readline");
        if (_binary)
        {
            var line = new MemoryStream();
            int b;
            while ((size < 0 || line.Length < size) && (b = stream.ReadByte()) >= 0)
            {
                line.WriteByte((byte)b);
                if (b == '\n')
                    break;
            }
            return PyValue.FromObject(new PyBytes(line.ToArray()));
        }
        string text = Text();
        int end = LineEnd(text, _pos);
        if (size >= 0 && end - _pos > size)
            end = _pos + (int)size;
        string s = text.Substring(_pos, end - _pos);
        _pos = end;
        return PyValue.FromString(s);
    }

    /// <summary>Where the line starting at <paramref name="from"/> ends (after its terminator): \n, or with
    /// newline='' any of \r, \r\n and \n, or with newline='\r' / '\r\n' that string.</summary>
    private int LineEnd(string text, int from)
    {
        if (_newline is null or "\n")
        {
            int nl = text.IndexOf('\n', from);
            return nl < 0 ? text.Length : nl + 1;
        }
        if (_newline.Length > 0)
        {
            int at = text.IndexOf(_newline, from, StringComparison.Ordinal);
            return at < 0 ? text.Length : at + _newline.Length;
        }
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] == '\n')
                return i + 1;
            if (text[i] == '\r')
                return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return text.Length;
    }

    private PyValue ReadLines(long hint)
    {
        if (_stream is null)
            throw PyException.ValueError("I/O operation on closed file.");
        var lines = new PyList();
        long total = 0;
        while (true)
        {
            var line = ReadLine(-1);
            long length = PyOps.Len(line);
            if (length == 0)
                break;
            lines.Append(line);
            total += length;
            if (hint > 0 && total >= hint)
                break;
        }
        return PyValue.FromObject(lines);
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    private PyValue Write(PyValue data)
    {
        if (_stream is null)
            throw PyException.ValueError(_binary ? "write to closed file" : "I/O operation on closed file.");
        if (_binary)
        {
            var bytes = BytesLike.Span(data);
            if (!_writable)
                throw Unsupported("write");
            _stream.Write(bytes);
            return PyValue.FromInt(bytes.Length);
        }
        if (data.Ref is not string s)
            throw PyException.TypeError($"write() argument must be str, not {PyOps.TypeName(data)}");
        if (!_writable)
            throw Unsupported("not writable");
        // newline None or '' or '\n' writes \n as it is (os.linesep is \n here); '\r' or '\r\n' writes that instead.
        string translated = _newline is "\r" or "\r\n" ? s.Replace("\n", _newline) : s;
        // (a byte order mark only at the start of the file, as a TextIOWrapper's encoder writes it)
        byte[] encoded = Codecs.Encode(translated, _encoding, byteOrderMark: _stream.CanSeek && _stream.Position == 0);
        _stream.Write(encoded, 0, encoded.Length);
        return PyValue.FromInt(s.Length);
    }

    private PyValue Seek(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ArgCheck.NoKeywords("seek", kwNames);
        if (args.Length is < 1 or > 2)
            throw PyException.TypeError($"seek expected at least 1 argument, got {args.Length}");
        var stream = Open();
        long offset = PyOps.ToIndex(args[0]);
        long whence = args.Length > 1 ? PyOps.ToIndex(args[1]) : 0;
        if (!_binary)
        {
            // Text files seek to the start only (another position needs tell()'s cookie).
            if (offset != 0 || whence != 0)
                throw PyException.NotImplementedError("seek() of a text file to anywhere but its start is not supported in compiled code yet");
            stream.Seek(0, SeekOrigin.Begin);
            _text = null;
            _pos = 0;
            return PyValue.FromInt(0);
        }
        var origin = whence switch
        {
            0 => SeekOrigin.Begin,
            1 => SeekOrigin.Current,
            2 => SeekOrigin.End,
            _ => throw PyException.ValueError($"whence value {whence} unsupported"),
        };
        return PyValue.FromInt(stream.Seek(offset, origin));
    }

    public void Close()
    {
        if (_stream is null)
            return;
        _stream.Flush();
        _stream.Dispose();
        _stream = null;
        _text = null;
    }

    private static PyException Unsupported(string message) => PyException.Create(PyTypes.UnsupportedOperation, message);
}
