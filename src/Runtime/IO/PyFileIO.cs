using System;
using System.Runtime.InteropServices;
using PyAot.Runtime.Posix;

namespace PyAot.Runtime;

/// <summary>
/// <c>io.FileIO</c>: the raw file of CPython's <c>_io.FileIO</c> (Modules/_io/fileio.c), over a file descriptor and
/// the C library's <c>open</c>, <c>read</c>, <c>write</c>, <c>lseek</c>, <c>ftruncate</c> and <c>close</c>, so that
/// its results and failures (errno) are the system's own. Each read or write is one system call; the buffered
/// objects over it (<see cref="PyBuffered"/>) call it directly.
/// </summary>
public sealed class PyFileIO : PyIOObject
{
    public static readonly PyType TypeObject = WithProtocol(new("FileIO", PyTypes.Object) { Module = "_io", TpName = "_io.FileIO", Constructor = Construct });

    private static readonly string[] Parameters = { "file", "mode", "closefd", "opener" };

    private static readonly string[] Methods =
    {
        "read", "readall", "readinto", "readline", "readlines", "write", "writelines", "seek", "tell", "truncate",
        "close", "flush", "isatty", "readable", "writable", "seekable", "fileno", "__enter__", "__exit__", "__iter__",
        "__next__",
    };

    private const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400, O_CLOEXEC = 0x80000;

    private int _fd = -1;

    /// <summary>Closes the descriptor of a FileIO dropped without close() (CPython closes it when its last reference
    /// goes): a critical finalizer, so it runs after the ordinary ones. No Python code runs in it. A writer that open()
    /// made is kept alive until it is closed or the program ends (PyIOObject.FlushAtExit), so its buffer is flushed
    /// first.</summary>
    private sealed class FdOwner : System.Runtime.ConstrainedExecution.CriticalFinalizerObject
    {
        private int _fd;

        /// <summary>How many descriptors FileIO objects own and have not closed, and the count at which opening one
        /// more collects first (so that a program dropping files unclosed, as CPython's reference counting lets it,
        /// does not run out of descriptors before a collection happens to run).</summary>
        private static int s_live, s_threshold = 256;

        public FdOwner(int fd)
        {
            _fd = fd;
            System.Threading.Interlocked.Increment(ref s_live);
        }

        public static void BeforeOpen()
        {
            if (s_live < s_threshold)
                return;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            s_threshold = Math.Max(256, s_live * 2);
        }

        public void Disown()
        {
            _fd = -1;
            System.Threading.Interlocked.Decrement(ref s_live);
            GC.SuppressFinalize(this);
        }

        ~FdOwner()
        {
            if (_fd >= 0)
            {
                LibC.close_(_fd);
                System.Threading.Interlocked.Decrement(ref s_live);
            }
        }
    }

    private FdOwner? _owner;
    private bool _readable, _writable, _appending, _created, _closefd = true;
    private int _seekable = -1;
    private PyValue _name;

    public override PyType Type => TypeObject;

    protected override string[] MethodNames => Methods;

    public override bool IsClosed => _fd < 0;

    internal PyValue Name => _name;

    internal string Mode => _created ? (_readable ? "xb+" : "xb")
        : _appending ? (_readable ? "ab+" : "ab")
        : _readable ? (_writable ? "rb+" : "rb") : "wb";

    internal bool Readable => _readable;
    internal bool Writable => _writable;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = ArgCheck.Bind("FileIO", args, kw, Parameters, required: 1);
        string mode = a[1].IsUnbound ? "r" : a[1].Ref as string
            ?? throw PyException.TypeError($"FileIO() argument 'mode' must be str, not {PyOps.TypeName(a[1])}");
        bool closefd = a[2].IsUnbound || PyOps.IsTrue(a[2]);
        return PyValue.FromObject(Open(a[0], mode, closefd, a[3].IsUnbound ? PyValue.None : a[3]));
    }

    /// <summary>FileIO.__init__: the mode's checks and the system's open, with fileio.c's messages.</summary>
    internal static PyFileIO Open(PyValue file, string mode, bool closefd, PyValue opener)
    {
        var io = new PyFileIO();
        if (file.IsFloat)
            throw PyException.TypeError("integer argument expected, got float");
        int fd = -1;
        if (file.IsInt || file.IsBool || file.Ref is PyBigInt)
        {
            long value = PyOps.ToIndex(file);
            if (value < 0)
                throw PyException.ValueError("negative file descriptor");
            fd = value > int.MaxValue ? throw PyException.Create(PyTypes.OverflowError, "fd is greater than maximum") : (int)value;
        }
        bool rwa = false, plus = false;
        int flags = 0;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x':
                    if (rwa)
                        goto bad_mode;
                    rwa = true;
                    io._created = io._writable = true;
                    flags |= O_EXCL | O_CREAT;
                    break;
                case 'r':
                    if (rwa)
                        goto bad_mode;
                    rwa = true;
                    io._readable = true;
                    break;
                case 'w':
                    if (rwa)
                        goto bad_mode;
                    rwa = true;
                    io._writable = true;
                    flags |= O_CREAT | O_TRUNC;
                    break;
                case 'a':
                    if (rwa)
                        goto bad_mode;
                    rwa = true;
                    io._writable = io._appending = true;
                    flags |= O_APPEND | O_CREAT;
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus)
                        goto bad_mode;
                    io._readable = io._writable = plus = true;
                    break;
                default:
                    throw PyException.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa)
            goto bad_mode;
        flags |= io._readable && io._writable ? O_RDWR : io._readable ? O_RDONLY : O_WRONLY;
        flags |= O_CLOEXEC;

        if (fd >= 0)
        {
            io._fd = fd;
            io._closefd = closefd;
            io._name = file;
        }
        else
        {
            io._closefd = true;
            if (!closefd)
                throw PyException.ValueError("Cannot use closefd=False with file name");
            io._name = file;
            if (opener.IsNone)
            {
                LibC.Check("open");
                var path = FsPath.Convert("open", "file", file, allowFd: false);
                FdOwner.BeforeOpen();
                fd = LibC.open_(path.Bytes!, flags, 0x1B6);
                if (fd < 0 && LibC.Errno is 23 or 24)
                {
                    // Too many open files: those the program dropped without closing (which CPython would have
                    // closed when their last reference went) are closed by collecting them, and the open tried again.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    fd = LibC.open_(path.Bytes!, flags, 0x1B6);
                }
                if (fd < 0)
                    throw FsPath.Error(path.Original);
            }
            else
            {
                var result = PyOps.Call(opener, new[] { file, PyValue.FromInt(flags) }, null);
                if (!result.IsInt)
                    throw PyException.TypeError("expected integer from opener");
                if (result.Bits < 0)
                    throw PyException.ValueError($"opener returned {result.Bits}");
                fd = (int)result.Bits;
            }
            io._fd = fd;
        }
        // A directory opens for reading, and is refused here as CPython's fstat check refuses it.
        var stat = new byte[StatResult.BufferSize];
        if (LibC.Stat(null, io._fd, true, stat) == 0 && (StatResult.Mode(stat) & 0xF000) == 0x4000)
        {
            var error = FsPath.Error(21, io._name);
            if (io._closefd)
                LibC.close_(io._fd);
            io._fd = -1;
            throw error;
        }
        if (io._appending)
            LibC.lseek_(io._fd, 0, 2);
        if (io._closefd)
            io._owner = new FdOwner(io._fd);
        return io;

    bad_mode:
        throw PyException.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    protected override void CheckOpen()
    {
        if (_fd < 0)
            throw ClosedError("I/O operation on closed file");
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!_readable)
            throw Unsupported("File not open for reading");
    }

    private void CheckWritable()
    {
        CheckOpen();
        if (!_writable)
            throw Unsupported("File not open for writing");
    }

    /// <summary>One read(2) into <paramref name="into"/>: the count (0 at the end of the file).</summary>
    internal int ReadInto(Span<byte> into)
    {
        CheckReadable();
        if (into.Length == 0)
            return 0;
        nint n = LibC.read_(_fd, ref MemoryMarshal.GetReference(into), into.Length);
        if (n < 0)
            throw FsPath.Error();
        return (int)n;
    }

    /// <summary>The rest of the file.</summary>
    internal byte[] ReadAll()
    {
        CheckReadable();
        // (sized from the file's end when the descriptor can seek, as CPython's readall sizes from fstat)
        long at = LibC.lseek_(_fd, 0, 1), end = at < 0 ? -1 : LibC.lseek_(_fd, 0, 2);
        if (at >= 0 && end >= 0)
            LibC.lseek_(_fd, at, 0);
        var buffer = new byte[end > at && end - at < Array.MaxLength - 1 ? end - at + 1 : 8192];
        int count = 0;
        while (true)
        {
            if (count == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            nint n = LibC.read_(_fd, ref buffer[count], buffer.Length - count);
            if (n < 0)
                throw FsPath.Error();
            if (n == 0)
                break;
            count += (int)n;
        }
        return buffer.AsSpan(0, count).ToArray();
    }

    /// <summary>One write(2): the count written.</summary>
    internal int Write(ReadOnlySpan<byte> data)
    {
        CheckWritable();
        if (data.Length == 0)
            return 0;
        nint n = LibC.write_(_fd, ref MemoryMarshal.GetReference(data), data.Length);
        if (n < 0)
            throw FsPath.Error();
        return (int)n;
    }

    internal long Seek(long pos, int whence)
    {
        CheckOpen();
        long at = LibC.lseek_(_fd, pos, whence);
        if (at < 0)
            throw FsPath.Error();
        return at;
    }

    internal long Tell() => Seek(0, 1);

    internal long Truncate(long size)
    {
        CheckWritable();
        if (LibC.ftruncate_(_fd, size) != 0)
            throw FsPath.Error();
        return size;
    }

    internal bool Seekable()
    {
        CheckOpen();
        if (_seekable < 0)
            _seekable = LibC.lseek_(_fd, 0, 1) < 0 ? 0 : 1;
        return _seekable == 1;
    }

    internal void Close()
    {
        if (_fd < 0)
            return;
        int fd = _fd;
        _fd = -1;
        _owner?.Disown();
        _owner = null;
        if (_closefd && LibC.close_(fd) != 0)
            throw FsPath.Error();
    }

    protected override void CloseCore() => Close();

    internal int Fileno()
    {
        CheckOpen();
        return _fd;
    }

    protected override PyValue ReadLineValue(long limit)
    {
        // (RawIOBase's readline: a byte at a time)
        var line = new System.Collections.Generic.List<byte>();
        Span<byte> one = stackalloc byte[1];
        while (limit < 0 || line.Count < limit)
        {
            if (ReadInto(one) == 0)
                break;
            line.Add(one[0]);
            if (one[0] == '\n')
                break;
        }
        return PyValue.FromObject(line.Count == 0 ? PyBytes.Empty : new PyBytes(line.ToArray()));
    }

    private static long Whence(ReadOnlySpan<PyValue> args, int at) =>
        args.Length > at ? PyOps.ToIndex(args[at]) : 0;

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "name" when !_name.IsUnbound:
                value = _name;
                return true;
            case "mode":
                value = PyValue.FromString(Mode);
                return true;
            case "closefd":
                value = PyValue.FromBool(_closefd);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        if (name == "name")
        {
            _name = value;
            return;
        }
        base.SetAttr(name, value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "read":
            {
                ArgCheck.Range("read", args, kwNames, 0, 1);
                long size = SizeArgument(args);
                CheckReadable();
                if (size < 0)
                {
                    result = PyValue.FromObject(new PyBytes(ReadAll()));
                    return true;
                }
                var buffer = new byte[Math.Min(size, Array.MaxLength)];
                int n = ReadInto(buffer);
                result = PyValue.FromObject(n == 0 ? PyBytes.Empty : new PyBytes(buffer.AsSpan(0, n).ToArray()));
                return true;
            }
            case "readall":
                ArgCheck.None("readall", args, kwNames);
                result = PyValue.FromObject(new PyBytes(ReadAll()));
                return true;
            case "readinto":
            {
                ArgCheck.ExactlyOne("readinto", args, kwNames);
                result = PyValue.FromInt(ReadInto(WritableTarget(args[0], "readinto")));
                return true;
            }
            case "readline":
                ArgCheck.Range("readline", args, kwNames, 0, 1);
                result = ReadLineValue(SizeArgument(args));
                return true;
            case "write":
                ArgCheck.ExactlyOne("write", args, kwNames);
                result = PyValue.FromInt(Write(BytesLike.Span(args[0])));
                return true;
            case "seek":
                ArgCheck.Range("seek", args, kwNames, 1, 2);
                if (args[0].IsFloat)
                    throw PyException.TypeError("an integer is required");
                result = PyValue.FromInt(Seek(PyOps.ToIndex(args[0]), (int)Whence(args, 1)));
                return true;
            case "tell":
                ArgCheck.None("tell", args, kwNames);
                result = PyValue.FromInt(Tell());
                return true;
            case "truncate":
            {
                ArgCheck.Range("truncate", args, kwNames, 0, 1);
                CheckWritable();
                long size = args.Length == 0 || args[0].IsNone ? Tell() : PyOps.ToIndex(args[0]);
                result = PyValue.FromInt(Truncate(size));
                return true;
            }
            case "close":
                ArgCheck.None("close", args, kwNames);
                Close();
                return true;
            case "flush":
                ArgCheck.None("flush", args, kwNames);
                CheckOpen();
                return true;
            case "isatty":
                ArgCheck.None("isatty", args, kwNames);
                CheckOpen();
                result = PyValue.FromBool(LibC.isatty(_fd) == 1);
                return true;
            case "readable":
                ArgCheck.None(method, args, kwNames);
                CheckOpen();
                result = PyValue.FromBool(_readable);
                return true;
            case "writable":
                ArgCheck.None(method, args, kwNames);
                CheckOpen();
                result = PyValue.FromBool(_writable);
                return true;
            case "seekable":
                ArgCheck.None(method, args, kwNames);
                result = PyValue.FromBool(Seekable());
                return true;
            case "fileno":
                ArgCheck.None("fileno", args, kwNames);
                result = PyValue.FromInt(Fileno());
                return true;
            case "readlines":
                CheckReadable();
                break;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    public override string Repr()
    {
        if (_fd < 0)
            return "<_io.FileIO [closed]>";
        string closefd = _closefd ? "True" : "False";
        return _name.IsUnbound
            ? $"<_io.FileIO fd={_fd} mode='{Mode}' closefd={closefd}>"
            : $"<_io.FileIO name={PyOps.Repr(_name)} mode='{Mode}' closefd={closefd}>";
    }
}
