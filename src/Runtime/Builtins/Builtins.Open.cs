using System;
using System.IO;

namespace PyAot.Runtime;

/// <summary><c>open()</c>, as CPython 3.12's <c>io.open</c> checks its arguments and raises its errors; the files it
/// makes are <see cref="PyFile"/>s.</summary>
public static partial class Builtins
{
    private static readonly string[] OpenParameters = { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" };

    public static PyValue Open(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length - (kwNames?.Length ?? 0) > OpenParameters.Length)
            throw PyException.TypeError($"open() takes at most 8 arguments ({args.Length} given)");
        var bound = ArgCheck.Bind("open", args, kwNames, OpenParameters, required: 1);
        // io.open: a file that is not a number goes through os.fspath (a str subclass, an os.PathLike such as DirEntry).
        var fileArg = bound[0].IsInt ? bound[0] : Posix.FsPath.FsPathOf(bound[0]);
        if (fileArg.Ref is PyDerivedInstance { Value.Ref: string })
            fileArg = PyDerivedInstance.Unwrap(fileArg);
        if (fileArg.Ref is not string file)
        {
            throw bound[0].IsInt
                ? PyException.NotImplementedError("open() of a file descriptor is not supported in compiled code yet")
                : PyException.NotImplementedError("open() of a bytes path is not supported in compiled code yet");
        }
        string mode = Optional(bound[1], "mode") ?? "r";
        string? encoding = Optional(bound[3], "encoding");
        string? errors = Optional(bound[4], "errors");
        string? newline = Optional(bound[5], "newline");

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
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw PyException.ValueError($"illegal newline value: {newline}");
        if (!binary)
            Codecs.Check(encoding ?? "utf-8");
        if (plus)
            throw PyException.NotImplementedError("open() with '+' (reading and writing) is not supported in compiled code yet");
        if (errors is not (null or "strict"))
            throw PyException.NotImplementedError($"open() with errors='{errors}' is not supported in compiled code yet");
        if (!bound[2].IsUnbound && !(bound[2].IsInt && bound[2].Bits == -1))
            throw PyException.NotImplementedError("open() with a buffering argument is not supported in compiled code yet");
        if (!bound[7].IsUnbound && !bound[7].IsNone)
            throw PyException.NotImplementedError("open() with an opener is not supported in compiled code yet");

        var fileMode = create ? FileMode.CreateNew : write ? FileMode.Create : append ? FileMode.Append : FileMode.Open;
        var access = read ? FileAccess.Read : FileAccess.Write;
        FileStream stream;
        try
        {
            if (Directory.Exists(file))
                throw OSErrors.For(OSErrors.EISDIR, "Is a directory", file);
            stream = new FileStream(file, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            throw OSErrors.For(OSErrors.ENOENT, "No such file or directory", file);
        }
        catch (DirectoryNotFoundException)
        {
            throw UnderAFile(file)
                ? OSErrors.For(OSErrors.ENOTDIR, "Not a directory", file)
                : OSErrors.For(OSErrors.ENOENT, "No such file or directory", file);
        }
        catch (UnauthorizedAccessException)
        {
            throw OSErrors.For(OSErrors.EACCES, "Permission denied", file);
        }
        catch (IOException) when (create && File.Exists(file))
        {
            throw OSErrors.For(OSErrors.EEXIST, "File exists", file);
        }
        // The mode as the file reports it: as given for text, normalized for binary ('br' is 'rb').
        string shown = binary ? (create ? "xb" : read ? "rb" : write ? "wb" : "ab") : mode;
        return PyValue.FromObject(new PyFile(stream, file, shown, binary, read, !read, encoding ?? "UTF-8", newline));
    }

    /// <summary>Whether a directory on the path is a file (the system's ENOTDIR).</summary>
    private static bool UnderAFile(string path)
    {
        for (string? dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
                return true;
        }
        return false;
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
