using System;

namespace PyAot.Runtime;

/// <summary>
/// What the runtime's <c>_io</c> objects share (CPython's <c>_io._IOBase</c> mixin methods): the context manager
/// (<c>__enter__</c> checks that the object is open, <c>__exit__</c> closes it), iteration by lines, <c>readlines</c>
/// and <c>writelines</c> over the object's own <c>readline</c> and <c>write</c>, and the protocol methods in the types'
/// dicts (<c>with</c> and iteration look there, not on the object).
/// </summary>
public abstract class PyIOObject : PyIterator
{
    /// <summary>Puts the protocol methods into <paramref name="type"/>'s dict.</summary>
    internal static PyType WithProtocol(PyType type)
    {
        foreach (var name in new[] { "__enter__", "__exit__", "__iter__", "__next__" })
        {
            type.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
                args.Length > 0 && args[0].Ref is PyObject self && self.TryCallMethod(name, args[1..], kw, out var result)
                    ? result
                    : throw PyException.TypeError($"descriptor '{name}' for '{type.TpName}' objects doesn't apply to this object")) { BindsSelf = true });
        }
        return type;
    }

    /// <summary>The writable files open() made and not closed yet, flushed when the program ends (CPython flushes a
    /// file when its last reference goes, or at exit): held until closed, so that no buffered bytes are lost to a
    /// collection (a file opened for reading is not held: its descriptor is closed when it is collected).</summary>
    private static readonly System.Collections.Generic.List<PyIOObject> s_written = new();

    internal static void FlushAtExit(PyIOObject file)
    {
        lock (s_written)
        {
            if (s_written.Count >= 64)
                s_written.RemoveAll(f => f.IsClosedQuietly());
            s_written.Add(file);
        }
    }

    private bool IsClosedQuietly()
    {
        try
        {
            return IsClosed;
        }
        catch (PyException)
        {
            return true;
        }
    }

    /// <summary>Flushes the files of <see cref="FlushAtExit"/> still open (PyStdio.Flush, at the program's end).</summary>
    public static void FlushOpenFiles()
    {
        PyIOObject[] files;
        lock (s_written)
        {
            files = s_written.ToArray();
        }
        foreach (var f in files)
        {
            try
            {
                if (!f.IsClosedQuietly())
                    f.TryCallMethod("flush", ReadOnlySpan<PyValue>.Empty, null, out _);
            }
            catch (PyException)
            {
            }
        }
    }

    /// <summary>Whether the object is closed (its <c>closed</c> attribute).</summary>
    public abstract bool IsClosed { get; }

    /// <summary>The object's methods, bound when read as attributes.</summary>
    protected abstract string[] MethodNames { get; }

    /// <summary>ValueError when closed, with the message of the object's type.</summary>
    protected abstract void CheckOpen();

    /// <summary>The next line ("" / b"" at the end).</summary>
    protected abstract PyValue ReadLineValue(long limit);

    protected abstract void CloseCore();

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name == "closed")
        {
            value = PyValue.FromBool(IsClosed);
            return true;
        }
        return TryBindMethod(name, MethodNames, out value) || base.TryGetAttr(name, out value);
    }

    /// <summary>The mixin methods; a type's <see cref="TryCallMethod"/> falls back to this for the names it does not
    /// handle itself.</summary>
    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "__enter__":
                ArgCheck.None("__enter__", args, kwNames);
                CheckOpen();
                result = PyValue.FromObject(this);
                return true;
            case "__exit__":
                PyOps.CallMethod(PyValue.FromObject(this), "close");
                return true;
            case "__iter__":
                ArgCheck.None("__iter__", args, kwNames);
                CheckOpen();
                result = PyValue.FromObject(this);
                return true;
            case "__next__":
                result = MoveNext(out var next) ? next : throw PyException.StopIteration(default);
                return true;
            case "readlines":
            {
                ArgCheck.Range("readlines", args, kwNames, 0, 1);
                long hint = SizeArgument(args);
                var lines = new PyList();
                long total = 0;
                while (true)
                {
                    var line = ReadLineValue(-1);
                    long length = PyOps.Len(line);
                    if (length == 0)
                        break;
                    lines.Append(line);
                    total += length;
                    if (hint > 0 && total >= hint)
                        break;
                }
                result = PyValue.FromObject(lines);
                return true;
            }
            case "writelines":
            {
                ArgCheck.ExactlyOne("writelines", args, kwNames);
                CheckOpen();
                var it = PyOps.GetIter(args[0]);
                while (it.MoveNext(out var line))
                    PyOps.CallMethod(PyValue.FromObject(this), "write", new[] { line }, null);
                return true;
            }
            case "isatty":
                ArgCheck.None("isatty", args, kwNames);
                CheckOpen();
                result = PyValue.False;
                return true;
            case "fileno" or "detach" or "truncate":
                throw Unsupported(method);
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
        CheckOpen();
        item = ReadLineValue(-1);
        if (PyOps.Len(item) != 0)
            return true;
        item = default;
        return false;
    }

    /// <summary>A size argument of read/readline/readlines: an int, or None for no limit (-1).</summary>
    internal static long SizeArgument(ReadOnlySpan<PyValue> args)
    {
        if (args.Length == 0 || args[0].IsNone)
            return -1;
        if (!(args[0].IsInt || args[0].IsBool || args[0].Ref is PyBigInt))
            throw PyException.TypeError($"argument should be integer or None, not '{PyOps.TypeName(args[0])}'");
        return PyOps.ToIndex(args[0]);
    }

    /// <summary>The bytes a readinto() fills (a bytearray's, a writable memoryview's); an array.array (also a writable
    /// buffer in CPython) is refused with NotImplementedError (it has no buffer yet), anything else with CPython's
    /// TypeError.</summary>
    internal static Span<byte> WritableTarget(PyValue v, string method)
    {
        if (BytesLike.TryGetWritableSpan(v, out var target))
            return target;
        if (v.Ref is PyArray)
            throw PyException.NotImplementedError($"{method}() into an array.array is not supported by compiled code yet (no buffer protocol): use a bytearray");
        throw PyException.TypeError($"{method}() argument must be read-write bytes-like object, not {PyOps.TypeName(v)}");
    }

    internal static PyException Unsupported(string message) => PyException.Create(PyTypes.UnsupportedOperation, message);

    internal static PyException ClosedError(string message = "I/O operation on closed file.") => PyException.ValueError(message);

    /// <summary>The repr of a string argument as CPython's reprs show it.</summary>
    internal static string Quote(string s) => PyOps.Repr(PyValue.FromString(s));

    internal static string Address(object o) => $"0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o):x12}";
}
