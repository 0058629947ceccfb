using System;

namespace PyAot.Runtime;

/// <summary><c>open()</c>, as CPython 3.12's <c>io.open</c> checks its arguments, raises its errors and stacks its
/// objects: a <see cref="PyFileIO"/>, a <see cref="PyBuffered"/> over it (unless unbuffered), a
/// <see cref="PyTextIOWrapper"/> over that (text modes).</summary>
public static partial class Builtins
{
    private static readonly string[] OpenParameters = { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" };

    public static PyValue Open(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length - (kwNames?.Length ?? 0) > OpenParameters.Length)
            throw PyException.TypeError($"open() takes at most 8 arguments ({args.Length} given)");
        var bound = ArgCheck.Bind("open", args, kwNames, OpenParameters, required: 1);
        var file = bound[0];
        if (!(file.IsInt || file.IsBool || file.Ref is PyBigInt))
            file = Posix.FsPath.FsPathOf(file);
        if (file.Ref is PyDerivedInstance { Value.Ref: string })
            file = PyDerivedInstance.Unwrap(file); // (a str subclass, as os.fspath gives it)
        string mode = Optional(bound[1], "mode") ?? "r";
        long buffering = bound[2].IsUnbound ? -1 : PyOps.ToIndex(bound[2]);
        string? encoding = Optional(bound[3], "encoding");
        string? errors = Optional(bound[4], "errors");
        string? newline = Optional(bound[5], "newline");
        bool closefd = bound[6].IsUnbound || PyOps.IsTrue(bound[6]);
        var opener = bound[7].IsUnbound ? PyValue.None : bound[7];

        // io.open's checks, in its order.
        bool create = false, read = false, write = false, append = false, plus = false, text = false, binary = false;
        foreach (char c in mode)
        {
            bool repeated = c switch
            {
                'x' => Set(ref create),
                'r' => Set(ref read),
                'w' => Set(ref write),
                'a' => Set(ref append),
                '+' => Set(ref plus),
                't' => Set(ref text),
                'b' => Set(ref binary),
                _ => true,
            };
            if (repeated)
                throw PyException.ValueError($"invalid mode: '{mode}'");
        }
        if (text && binary)
            throw PyException.ValueError("can't have text and binary mode at once");
        if ((create ? 1 : 0) + (read ? 1 : 0) + (write ? 1 : 0) + (append ? 1 : 0) != 1)
            throw PyException.ValueError("must have exactly one of create/read/write/append mode");
        if (binary && encoding is not null)
            throw PyException.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not null)
            throw PyException.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not null)
            throw PyException.ValueError("binary mode doesn't take a newline argument");
        // (buffering=1 in binary mode: CPython's RuntimeWarning that it uses the default size is not given)

        string rawMode = (create ? "x" : "") + (read ? "r" : "") + (write ? "w" : "") + (append ? "a" : "") + (plus ? "+" : "");
        var raw = PyFileIO.Open(file, rawMode, closefd, opener);
        try
        {
            bool lineBuffering = false;
            if (buffering == 1 || buffering < 0 && raw.TryCallMethod("isatty", ReadOnlySpan<PyValue>.Empty, null, out var tty) && PyOps.IsTrue(tty))
            {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0)
                buffering = PyBuffered.DefaultBufferSize;
            if (buffering == 0)
            {
                if (binary)
                    return PyValue.FromObject(raw);
                throw PyException.ValueError("can't have unbuffered text I/O");
            }
            var kind = plus ? PyBuffered.Kind.Random : create || write || append ? PyBuffered.Kind.Writer : PyBuffered.Kind.Reader;
            var buffer = new PyBuffered(kind, PyValue.FromObject(raw), (int)Math.Min(buffering, int.MaxValue / 2));
            if (kind != PyBuffered.Kind.Reader)
                PyIOObject.FlushAtExit(buffer);
            if (binary)
                return PyValue.FromObject(buffer);
            var wrapper = PyTextIOWrapper.Create(PyValue.FromObject(buffer), encoding, errors, newline, lineBuffering, writeThrough: false);
            wrapper.SetAttr("mode", PyValue.FromString(mode));
            if (kind != PyBuffered.Kind.Reader)
                PyIOObject.FlushAtExit(wrapper);
            return PyValue.FromObject(wrapper);
        }
        catch
        {
            raw.Close();
            throw;
        }
    }

    private static bool Set(ref bool flag)
    {
        bool was = flag;
        flag = true;
        return was;
    }

    private static string? Optional(PyValue v, string name)
    {
        if (v.IsUnbound || v.IsNone)
            return null;
        return v.Ref as string ?? throw PyException.TypeError($"open() argument '{name}' must be str or None, not {PyOps.TypeName(v)}");
    }
}
