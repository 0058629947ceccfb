using System;

namespace PyAot.Runtime;

/// <summary>
/// OSError as CPython 3.12 builds it (<c>Objects/exceptions.c</c>, OSError_new/OSError_init/OSError_str): with two to
/// five arguments it has <c>errno</c>, <c>strerror</c>, <c>filename</c> and <c>filename2</c>, and then its args are
/// only the first two; <c>OSError(errno, ...)</c> makes the subclass that errno means (ENOENT: FileNotFoundError...);
/// its str is <c>[Errno 2] No such file or directory: 'x.txt'</c>.
/// </summary>
public static class OSErrors
{
    public const int ENOENT = 2, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EPERM = 1;

    /// <summary>The subclass <c>OSError(errno, ...)</c> makes (CPython's errnomap; Linux numbers).</summary>
    public static PyType ForErrno(long errno) => errno switch
    {
        1 or 13 => PyTypes.PermissionError,
        2 => PyTypes.FileNotFoundError,
        17 => PyTypes.FileExistsError,
        20 => PyTypes.NotADirectoryError,
        21 => PyTypes.IsADirectoryError,
        110 => PyTypes.TimeoutError,
        11 or 114 or 115 => PyTypes.BlockingIOError,
        10 => PyTypes.ChildProcessError,
        32 or 108 => PyTypes.BrokenPipeError,
        103 => PyTypes.ConnectionAbortedError,
        111 => PyTypes.ConnectionRefusedError,
        104 => PyTypes.ConnectionResetError,
        4 => PyTypes.InterruptedError,
        3 => PyTypes.ProcessLookupError,
        _ => PyTypes.OSError,
    };

    /// <summary>The error an operation on <paramref name="filename"/> raises, as CPython raises it from errno.</summary>
    public static PyException For(int errno, string strerror, string filename)
    {
        var e = new PyBaseException(ForErrno(errno), new PyTuple(new[] { PyValue.FromInt(errno), PyValue.FromString(strerror), PyValue.FromString(filename) }));
        Init(e);
        return new PyException(e);
    }

    /// <summary>OSError_init: with 2 to 5 arguments, the named attributes, and args cut to (errno, strerror) when a
    /// filename was given.</summary>
    internal static void Init(PyBaseException e)
    {
        int n = e.Args.Count;
        if (n < 2 || n > 5)
            return;
        e.SetOwn("errno", e.Args[0]);
        e.SetOwn("strerror", e.Args[1]);
        if (n >= 3)
        {
            e.SetOwn("filename", e.Args[2]);
            if (n == 5)
                e.SetOwn("filename2", e.Args[4]);
            e.Args = new PyTuple(new[] { e.Args[0], e.Args[1] });
        }
    }

    /// <summary>OSError_str, or null for BaseException's.</summary>
    internal static string? Str(PyBaseException e)
    {
        e.TryGetOwn("errno", out var errno);
        e.TryGetOwn("strerror", out var strerror);
        e.TryGetOwn("filename", out var filename);
        e.TryGetOwn("filename2", out var filename2);
        if (IsSet(filename))
        {
            return IsSet(filename2)
                ? $"[Errno {PyOps.Str(errno)}] {PyOps.Str(strerror)}: {PyOps.Repr(filename)} -> {PyOps.Repr(filename2)}"
                : $"[Errno {PyOps.Str(errno)}] {PyOps.Str(strerror)}: {PyOps.Repr(filename)}";
        }
        if (IsSet(errno) && IsSet(strerror))
            return $"[Errno {PyOps.Str(errno)}] {PyOps.Str(strerror)}";
        return null;
    }

    private static bool IsSet(PyValue v) => !v.IsUnbound && !v.IsNone;
}
