using System;
using System.Collections;
using System.Security.Cryptography;
using System.Text;

namespace PyAot.Runtime.Posix;

/// <summary>
/// The <c>posix</c> module: the system calls under PyAot's <c>os</c> (a library module, as CPython's <c>os.py</c> is
/// over its built-in <c>posix</c>): files and directories, <c>stat</c>, <c>scandir</c>, the process's ids, the
/// environment. Arguments, results (str or bytes as the path was), errors (the errno's OSError subclass with
/// <c>strerror</c> and the filenames as passed) and messages are CPython's <c>Modules/posixmodule.c</c>'s. Linux only;
/// the <c>dir_fd</c> arguments and file descriptors in place of paths are refused (NotImplementedError), and there is
/// no <c>open</c>/<c>read</c>/<c>write</c> on descriptors, no processes (fork, exec, spawn, system) yet.
/// </summary>
public static class PosixModule
{
    // (before Instance: static fields are initialized in the order they are written, and Create() reads this one)
    private static readonly PyType StatResultType = StructSequenceTypes.For("os.stat_result");

    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("posix");
        m.Add("error", PyValue.FromObject(PyTypes.OSError));
        m.Add("stat_result", PyValue.FromObject(StatResultType));
        m.Add("statvfs_result", PyValue.FromObject(StructSequenceTypes.For("os.statvfs_result")));
        m.Add("terminal_size", PyValue.FromObject(StructSequenceTypes.Constructible("os.terminal_size", ["columns", "lines"])));
        m.Add("uname_result", PyValue.FromObject(StructSequenceTypes.For("posix.uname_result")));
        m.Add("times_result", PyValue.FromObject(StructSequenceTypes.For("posix.times_result")));
        m.Add("DirEntry", PyValue.FromObject(DirEntry.TypeObject));
        m.Add("F_OK", PyValue.FromInt(0));
        m.Add("R_OK", PyValue.FromInt(4));
        m.Add("W_OK", PyValue.FromInt(2));
        m.Add("X_OK", PyValue.FromInt(1));
        m.Add("environ", PyValue.FromObject(Environ()));
        // What os.py's supports_* sets are made from: only the features these functions have (stat and utime take
        // follow_symlinks=False, through lstat and utimensat's AT_SYMLINK_NOFOLLOW), with CPython's names for them.
        var haveFunctions = new PyList();
        haveFunctions.Append(PyValue.FromString("HAVE_LSTAT"));
        haveFunctions.Append(PyValue.FromString("HAVE_LUTIMES"));
        m.Add("_have_functions", PyValue.FromObject(haveFunctions));

        m.AddFunction("stat", static (args, kw) =>
        {
            var b = Bind("stat", args, kw, ["path", "dir_fd", "follow_symlinks"], 1, 1);
            NoDirFd("stat", b[1]);
            var path = FsPath.Convert("stat", "path", b[0], allowFd: true);
            return StatOf(path.Bytes, path.Fd, b[2].IsUnbound || PyOps.IsTrue(b[2]), path.Original);
        });
        m.AddFunction("lstat", static (args, kw) =>
        {
            var b = Bind("lstat", args, kw, ["path", "dir_fd"], 1, 1);
            NoDirFd("lstat", b[1]);
            var path = FsPath.Convert("lstat", "path", b[0], allowFd: false);
            return StatOf(path.Bytes, -1, false, path.Original);
        });
        m.AddFunction("fstat", static (args, kw) =>
        {
            var b = Bind("fstat", args, kw, ["fd"], 1, 1);
            return StatOf(null, checked((int)PyOps.ToIndex(b[0])), true, default);
        });
        m.AddFunction("getcwd", static (args, kw) => Cwd("getcwd", args, kw, asBytes: false));
        m.AddFunction("getcwdb", static (args, kw) => Cwd("getcwdb", args, kw, asBytes: true));
        m.AddFunction("chdir", static (args, kw) =>
        {
            var path = OnePath("chdir", args, kw);
            return Check(LibC.chdir(path.Bytes!), path.Original);
        });
        m.AddFunction("mkdir", static (args, kw) =>
        {
            var b = Bind("mkdir", args, kw, ["path", "mode", "dir_fd"], 1, 2);
            NoDirFd("mkdir", b[2]);
            var path = FsPath.Convert("mkdir", "path", b[0], allowFd: false);
            uint mode = b[1].IsUnbound ? 0x1FF : (uint)(int)PyOps.ToIndex(b[1]);
            return Check(LibC.mkdir(path.Bytes!, mode), path.Original);
        });
        m.AddFunction("rmdir", static (args, kw) =>
        {
            var path = OnePath("rmdir", args, kw);
            return Check(LibC.rmdir(path.Bytes!), path.Original);
        });
        foreach (var name in new[] { "unlink", "remove" })
        {
            m.AddFunction(name, (args, kw) =>
            {
                var path = OnePath(name, args, kw);
                return Check(LibC.unlink(path.Bytes!), path.Original);
            });
        }
        foreach (var name in new[] { "rename", "replace" })
        {
            m.AddFunction(name, (args, kw) =>
            {
                var b = Bind(name, args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2);
                NoDirFd(name, b[2]);
                NoDirFd(name, b[3]);
                var src = FsPath.Convert(name, "src", b[0], allowFd: false);
                var dst = FsPath.Convert(name, "dst", b[1], allowFd: false);
                if (src.IsBytes != dst.IsBytes)
                    throw PyException.TypeError($"{name}: src and dst must be the same type");
                return Check(LibC.rename(src.Bytes!, dst.Bytes!), src.Original, dst.Original);
            });
        }
        m.AddFunction("listdir", static (args, kw) =>
        {
            var list = new PyList();
            using var it = Scan("listdir", args, kw);
            foreach (var entry in it)
                list.Append(entry);
            return PyValue.FromObject(list);
        });
        m.AddFunction("scandir", static (args, kw) => PyValue.FromObject(Scandir(args, kw)));
        m.AddFunction("readlink", static (args, kw) =>
        {
            var path = OnePath("readlink", args, kw);
            var buf = new byte[4096];
            nint n = LibC.readlink(path.Bytes!, buf, buf.Length);
            if (n < 0)
                throw FsPath.Error(path.Original);
            return FsPath.Name(buf.AsSpan(0, (int)n), path.IsBytes);
        });
        m.AddFunction("symlink", static (args, kw) =>
        {
            var b = Bind("symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2, 3);
            NoDirFd("symlink", b[3]);
            var src = FsPath.Convert("symlink", "src", b[0], allowFd: false);
            var dst = FsPath.Convert("symlink", "dst", b[1], allowFd: false);
            if (src.IsBytes != dst.IsBytes)
                throw PyException.TypeError("symlink: src and dst must be the same type");
            return Check(LibC.symlink(src.Bytes!, dst.Bytes!), src.Original, dst.Original);
        });
        m.AddFunction("link", static (args, kw) =>
        {
            var b = Bind("link", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 2);
            NoDirFd("link", b[2]);
            NoDirFd("link", b[3]);
            var src = FsPath.Convert("link", "src", b[0], allowFd: false);
            var dst = FsPath.Convert("link", "dst", b[1], allowFd: false);
            if (src.IsBytes != dst.IsBytes)
                throw PyException.TypeError("link: src and dst must be the same type");
            return Check(LibC.link(src.Bytes!, dst.Bytes!), src.Original, dst.Original);
        });
        m.AddFunction("access", static (args, kw) =>
        {
            var b = Bind("access", args, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 2);
            NoDirFd("access", b[2]);
            if (!b[3].IsUnbound && PyOps.IsTrue(b[3]))
                throw PyException.NotImplementedError("access: effective_ids unavailable on this platform");
            var path = FsPath.Convert("access", "path", b[0], allowFd: false);
            return PyValue.FromBool(LibC.access(path.Bytes!, (int)PyOps.ToIndex(b[1])) == 0);
        });
        m.AddFunction("chmod", static (args, kw) =>
        {
            var b = Bind("chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, 2);
            NoDirFd("chmod", b[2]);
            var path = FsPath.Convert("chmod", "path", b[0], allowFd: false);
            return Check(LibC.chmod(path.Bytes!, (uint)(int)PyOps.ToIndex(b[1])), path.Original);
        });
        m.AddFunction("umask", static (args, kw) =>
        {
            var b = Bind("umask", args, kw, ["mask"], 1, 1);
            return PyValue.FromInt(LibC.umask((uint)(int)PyOps.ToIndex(b[0])));
        });
        m.AddFunction("truncate", static (args, kw) =>
        {
            var b = Bind("truncate", args, kw, ["path", "length"], 2, 2);
            var path = FsPath.Convert("truncate", "path", b[0], allowFd: false);
            return Check(LibC.truncate(path.Bytes!, PyOps.ToIndex(b[1])), path.Original);
        });
        m.AddFunction("utime", Utime);
        m.AddFunction("getpid", static (args, kw) => NoArgs("getpid", args, kw, LibC.getpid()));
        m.AddFunction("getppid", static (args, kw) => NoArgs("getppid", args, kw, LibC.getppid()));
        m.AddFunction("getuid", static (args, kw) => NoArgs("getuid", args, kw, LibC.getuid()));
        m.AddFunction("geteuid", static (args, kw) => NoArgs("geteuid", args, kw, LibC.geteuid()));
        m.AddFunction("getgid", static (args, kw) => NoArgs("getgid", args, kw, LibC.getgid()));
        m.AddFunction("getegid", static (args, kw) => NoArgs("getegid", args, kw, LibC.getegid()));
        m.AddFunction("strerror", static (args, kw) =>
        {
            var b = Bind("strerror", args, kw, ["code"], 1, 1);
            return PyValue.FromString(LibC.StrError(checked((int)PyOps.ToIndex(b[0]))));
        });
        m.AddFunction("cpu_count", static (args, kw) =>
        {
            ArgCheck.None("cpu_count", args, kw);
            long n = OperatingSystem.IsLinux() ? LibC.sysconf(84) : Environment.ProcessorCount; // _SC_NPROCESSORS_ONLN
            return n >= 1 ? PyValue.FromInt(n) : PyValue.None;
        });
        m.AddFunction("urandom", static (args, kw) =>
        {
            var b = Bind("urandom", args, kw, ["size"], 1, 1);
            long size = PyOps.ToIndex(b[0]);
            if (size < 0)
                throw PyException.ValueError("negative argument not allowed");
            return PyValue.FromObject(new PyBytes(RandomNumberGenerator.GetBytes(checked((int)size))));
        });
        m.AddFunction("putenv", static (args, kw) =>
        {
            ArgCheck.NoKeywords("putenv", kw);
            if (args.Length != 2)
                throw PyException.TypeError($"putenv expected 2 arguments, got {args.Length}");
            var name = EnvBytes("putenv", args[0], isName: true);
            var value = EnvBytes("putenv", args[1], isName: false);
            if (LibC.setenv(name, value, 1) != 0)
                throw FsPath.Error();
            return PyValue.None;
        });
        m.AddFunction("unsetenv", static (args, kw) =>
        {
            var b = Bind("unsetenv", args, kw, ["name"], 1, 1);
            // (no check of the name: unsetenv() itself refuses "" and names with '=', with EINVAL)
            if (LibC.unsetenv(EnvBytes("unsetenv", b[0], isName: false)) != 0)
                throw FsPath.Error();
            return PyValue.None;
        });
        m.AddFunction("fspath", static (args, kw) =>
        {
            var b = Bind("fspath", args, kw, ["path"], 1, 1);
            return FsPath.FsPathOf(b[0]);
        });
        m.AddFunction("statvfs", static (args, kw) =>
        {
            var b = Bind("statvfs", args, kw, ["path"], 1, 1);
            var path = FsPath.Convert("statvfs", "path", b[0], allowFd: false);
            var buf = new byte[StatVfsSize];
            Check(LibC.statvfs(path.Bytes!, buf), path.Original);
            return StatVfs(buf);
        });
        m.AddFunction("get_terminal_size", static (args, kw) =>
        {
            ArgCheck.NoKeywords("get_terminal_size", kw);
            ArgCheck.Range("get_terminal_size", args, kw, 0, 1);
            int fd = args.Length == 0 ? 1 : checked((int)PyOps.ToIndex(args[0]));
            var size = new ushort[4];
            if (LibC.ioctl(fd, LibC.TIOCGWINSZ, size) != 0)
                throw FsPath.Error();
            return Struct("os.terminal_size", ["columns", "lines"], PyValue.FromInt(size[1]), PyValue.FromInt(size[0]));
        });
        m.AddFunction("uname", static (args, kw) =>
        {
            ArgCheck.None("uname", args, kw);
            var buf = new byte[65 * 6];
            if (LibC.uname(buf) != 0)
                throw FsPath.Error();
            var parts = new PyValue[5];
            for (int i = 0; i < 5; i++)
            {
                var field = buf.AsSpan(65 * i, 65);
                int end = field.IndexOf((byte)0);
                parts[i] = PyValue.FromString(FsPath.Decode(end < 0 ? field : field.Slice(0, end)));
            }
            return Struct("posix.uname_result", ["sysname", "nodename", "release", "version", "machine"], parts);
        });
        m.AddFunction("times", static (args, kw) =>
        {
            ArgCheck.None("times", args, kw);
            var buf = new long[4];
            long elapsed = LibC.times(buf);
            double tick = LibC.sysconf(LibC._SC_CLK_TCK);
            return Struct("posix.times_result", ["user", "system", "children_user", "children_system", "elapsed"],
                PyValue.FromFloat(buf[0] / tick), PyValue.FromFloat(buf[1] / tick), PyValue.FromFloat(buf[2] / tick),
                PyValue.FromFloat(buf[3] / tick), PyValue.FromFloat(elapsed / tick));
        });
        m.AddFunction("device_encoding", static (args, kw) =>
        {
            var b = Bind("device_encoding", args, kw, ["fd"], 1, 1);
            return LibC.isatty(checked((int)PyOps.ToIndex(b[0]))) == 1 ? PyValue.FromString("utf-8") : PyValue.None;
        });
        m.AddFunction("isatty", static (args, kw) =>
        {
            var b = Bind("isatty", args, kw, ["fd"], 1, 1);
            return PyValue.FromBool(LibC.isatty(checked((int)PyOps.ToIndex(b[0]))) == 1);
        });
        m.AddFunction("_exit", static (args, kw) =>
        {
            var b = Bind("_exit", args, kw, ["status"], 1, 1);
            PyStdio.Flush();
            LibC._exit(checked((int)PyOps.ToIndex(b[0])));
            return PyValue.None;
        });
        return m;
    }

    /// <summary>Argument Clinic's binding: at most <paramref name="maxPositional"/> positional arguments, the rest by
    /// keyword.</summary>
    private static PyValue[] Bind(string name, ReadOnlySpan<PyValue> args, string[]? kw, string[] parameters, int required, int maxPositional)
    {
        LibC.Check(name);
        int positional = args.Length - (kw?.Length ?? 0);
        if (positional > maxPositional)
        {
            throw PyException.TypeError(maxPositional == required
                ? $"{name}() takes {(maxPositional == 1 ? "exactly one argument" : $"exactly {maxPositional} positional arguments")} ({positional} given)"
                : $"{name}() takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({positional} given)");
        }
        return ArgCheck.Bind(name, args, kw, parameters, required);
    }

    private static PathArg OnePath(string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var b = Bind(name, args, kw, ["path", "dir_fd"], 1, 1);
        NoDirFd(name, b[1]);
        return FsPath.Convert(name, "path", b[0], allowFd: false);
    }

    private static void NoDirFd(string name, PyValue dirFd)
    {
        if (!dirFd.IsUnbound && !dirFd.IsNone)
            throw PyException.NotImplementedError($"os.{name}() with dir_fd is not supported by PyAot yet");
    }

    private static PyValue NoArgs(string name, ReadOnlySpan<PyValue> args, string[]? kw, long value)
    {
        ArgCheck.None(name, args, kw);
        return PyValue.FromInt(value);
    }

    /// <summary>None, or the OSError of the call that returned <paramref name="result"/> -1.</summary>
    private static PyValue Check(int result, PyValue filename, PyValue filename2 = default) =>
        result == 0 ? PyValue.None : throw FsPath.Error(filename, filename2);

    /// <summary><c>os.stat_result</c> of a path (or of <paramref name="fd"/> when <paramref name="path"/> is null).</summary>
    internal static PyValue StatOf(byte[]? path, int fd, bool follow, PyValue filename)
    {
        var buf = new byte[StatResult.BufferSize];
        if (LibC.Stat(path, fd, follow, buf) != 0)
            throw filename.IsUnbound || path is null ? FsPath.Error() : FsPath.Error(filename);
        return StatResult.From(buf);
    }

    private static PyValue Cwd(string name, ReadOnlySpan<PyValue> args, string[]? kw, bool asBytes)
    {
        ArgCheck.None(name, args, kw);
        LibC.Check(name);
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            if (LibC.getcwd(buf, size) != IntPtr.Zero)
                return FsPath.Name(buf.AsSpan(0, Array.IndexOf(buf, (byte)0)), asBytes);
            if (LibC.Errno != 34 || size > 1 << 20) // ERANGE: a longer buffer
                throw FsPath.Error();
        }
    }

    private static ScandirIterator Scandir(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var b = Bind("scandir", args, kw, ["path"], 0, 1);
        var path = DirectoryArg("scandir", b[0]);
        IntPtr dir = LibC.opendir(path.Bytes!);
        if (dir == IntPtr.Zero)
            throw FsPath.Error(path.Original);
        // An entry's path is the directory's, a separator, and its name (scandir() with no argument: './name').
        var bytes = path.Bytes!.AsSpan(0, path.Bytes!.Length - 1);
        var prefix = bytes.Length > 0 && bytes[^1] == (byte)'/' ? bytes.ToArray() : [.. bytes, (byte)'/'];
        return new ScandirIterator(dir, path, prefix);
    }

    /// <summary>The names in a directory (<c>listdir</c>), as str or bytes as the path was.</summary>
    private static DirectoryNames Scan(string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var b = Bind(name, args, kw, ["path"], 0, 1);
        var path = DirectoryArg(name, b[0]);
        IntPtr dir = LibC.opendir(path.Bytes!);
        if (dir == IntPtr.Zero)
            throw FsPath.Error(path.Original);
        return new DirectoryNames(new ScandirIterator(dir, path, Array.Empty<byte>()));
    }

    /// <summary>listdir/scandir's path: None (or absent) is '.', as a str.</summary>
    private static PathArg DirectoryArg(string name, PyValue value)
    {
        if (value.IsUnbound || value.IsNone)
            return FsPath.Convert(name, "path", PyValue.FromString("."), allowFd: false);
        if (value.IsInt || value.Ref is PyBigInt)
            throw PyException.NotImplementedError($"os.{name}() of a file descriptor is not supported by PyAot yet");
        if (value.Ref is not (string or PyBytes or PyDerivedInstance { Value.Ref: string or PyBytes }) && !PyOps.TypeOf(value).TryLookup("__fspath__", out _))
            throw PyException.TypeError($"{name}: path should be string, bytes, os.PathLike, integer or None, not {PyOps.TypeName(value)}");
        return FsPath.Convert(name, "path", value, allowFd: false);
    }

    /// <summary>listdir's walk over a directory: the entries' names.</summary>
    private sealed class DirectoryNames : IDisposable
    {
        private readonly ScandirIterator _it;

        public DirectoryNames(ScandirIterator it) => _it = it;

        public System.Collections.Generic.IEnumerator<PyValue> GetEnumerator()
        {
            while (_it.MoveNext(out var entry))
            {
                ((PyObject)entry.Ref!).TryGetAttr("name", out var name);
                yield return name;
            }
        }

        public void Dispose() => _it.TryCallMethod("close", ReadOnlySpan<PyValue>.Empty, null, out _);
    }

    /// <summary><c>os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)</c>.</summary>
    private static PyValue Utime(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var b = Bind("utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 2);
        NoDirFd("utime", b[3]);
        var path = FsPath.Convert("utime", "path", b[0], allowFd: false);
        bool hasTimes = !b[1].IsUnbound && !b[1].IsNone, hasNs = !b[2].IsUnbound;
        if (hasTimes && hasNs)
            throw PyException.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        long[]? spec = null;
        if (hasTimes)
        {
            if (b[1].Ref is not PyTuple { Count: 2 } t)
                throw PyException.TypeError("utime: 'times' must be either a tuple of two ints or None");
            spec = new long[4];
            for (int i = 0; i < 2; i++)
            {
                double seconds = PyOps.ToDouble(t[i]);
                double whole = Math.Floor(seconds);
                spec[2 * i] = (long)whole;
                spec[2 * i + 1] = (long)Math.Round((seconds - whole) * 1e9, MidpointRounding.ToEven);
                if (spec[2 * i + 1] >= 1_000_000_000)
                {
                    spec[2 * i]++;
                    spec[2 * i + 1] -= 1_000_000_000;
                }
            }
        }
        else if (hasNs)
        {
            if (b[2].Ref is not PyTuple { Count: 2 } t)
                throw PyException.TypeError("utime: 'ns' must be a tuple of two ints");
            spec = new long[4];
            for (int i = 0; i < 2; i++)
            {
                var ns = t[i].IsInt || t[i].Ref is PyBigInt ? IntOps.ToBig(t[i]) : throw PyException.TypeError("utime: 'ns' must be a tuple of two ints");
                var seconds = System.Numerics.BigInteger.DivRem(ns, 1_000_000_000, out var rest);
                if (rest < 0)
                {
                    seconds -= 1;
                    rest += 1_000_000_000;
                }
                spec[2 * i] = (long)seconds;
                spec[2 * i + 1] = (long)rest;
            }
        }
        bool follow = b[4].IsUnbound || PyOps.IsTrue(b[4]);
        // (CPython's utime raises its OSError without the file name: posix_error(), not path_error())
        return Check(LibC.utimensat(LibC.AT_FDCWD, path.Bytes!, spec, follow ? 0 : LibC.AT_SYMLINK_NOFOLLOW), default);
    }

    /// <summary>A name or value for putenv/unsetenv: str (file-system encoded) or bytes, with CPython's checks.</summary>
    private static byte[] EnvBytes(string function, PyValue value, bool isName)
    {
        // (a str or bytes subclass's instance is its str or bytes, as PyUnicode_FSConverter takes it)
        byte[] bytes = (value.Ref is PyDerivedInstance { Value.Ref: string or PyBytes } ? PyDerivedInstance.Unwrap(value).Ref : value.Ref) switch
        {
            string s => FsPath.Encode(s),
            PyBytes b => b.AsSpan().ToArray(),
            _ when PyOps.TypeOf(value).TryLookup("__fspath__", out _) => FsPath.FsPathOf(value) is var p && p.Ref is string ps ? FsPath.Encode(ps) : ((PyBytes)p.Ref!).AsSpan().ToArray(),
            _ => throw PyException.TypeError($"expected str, bytes or os.PathLike object, not {PyOps.TypeName(value)}"),
        };
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw PyException.ValueError("embedded null byte");
        // (putenv's check: an empty name is left to setenv(), which refuses it with EINVAL)
        if (isName && Array.IndexOf(bytes, (byte)'=') >= 0)
            throw PyException.ValueError("illegal environment variable name");
        return [.. bytes, 0];
    }

    /// <summary><c>posix.environ</c>: the environment the program started with, bytes to bytes.</summary>
    private static PyDict Environ()
    {
        var dict = new PyDict();
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            if (e.Key is string key && e.Value is string value)
                dict.SetItem(PyValue.FromObject(new PyBytes(Encoding.UTF8.GetBytes(key))), PyValue.FromObject(new PyBytes(Encoding.UTF8.GetBytes(value))));
        }
        return dict;
    }

    /// <summary><c>struct statvfs</c> on 64-bit Linux: eleven unsigned longs (the ten fields CPython's
    /// <c>os.statvfs_result</c> has as items, with <c>f_fsid</c> after <c>f_favail</c>) and six spare ints.</summary>
    private const int StatVfsSize = 112;

    private static readonly string[] StatVfsFields =
        { "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax" };

    /// <summary><c>os.statvfs_result</c> as CPython's <c>_pystatvfs_fromstructstatvfs</c> fills it (<c>f_fsid</c> an
    /// attribute only).</summary>
    private static PyValue StatVfs(byte[] buf)
    {
        static PyValue At(byte[] b, int i)
        {
            ulong v = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(8 * i));
            return v <= long.MaxValue ? PyValue.FromInt((long)v) : PyValue.FromBigInteger(new System.Numerics.BigInteger(v));
        }
        var items = new[] { At(buf, 0), At(buf, 1), At(buf, 2), At(buf, 3), At(buf, 4), At(buf, 5), At(buf, 6), At(buf, 7), At(buf, 9), At(buf, 10) };
        return PyValue.FromObject(new PyTuple(items) { StructSequence = ("os.statvfs_result", StatVfsFields), StructExtras = (["f_fsid"], [At(buf, 8)]) });
    }

    private static PyValue Struct(string typeName, string[] fields, params PyValue[] items) =>
        PyValue.FromObject(new PyTuple(items) { StructSequence = (typeName, fields) });
}
