using System;
using System.Runtime.InteropServices;

namespace PyAot.Runtime.Posix;

/// <summary>
/// <c>os.scandir()</c>'s iterator (<c>posix.ScandirIterator</c>): the directory's entries in the order
/// <c>readdir</c> gives them, less <c>.</c> and <c>..</c>; a context manager that closes the directory.
/// </summary>
internal sealed class ScandirIterator : PyIterator
{
    public static readonly PyType TypeObject = new("ScandirIterator", PyTypes.Object) { Module = "posix", TpName = "posix.ScandirIterator", IsBaseType = false };

    private static readonly string[] Methods = { "close", "__enter__", "__exit__" };

    static ScandirIterator()
    {
        foreach (var name in new[] { "__enter__", "__exit__", "__iter__", "__next__" })
            TypeObject.Dict[name] = ProtocolMethod.For(name, "posix.ScandirIterator");
    }

    private IntPtr _dir;
    private readonly PathArg _path;
    private readonly byte[] _prefix;

    public ScandirIterator(IntPtr dir, PathArg path, byte[] prefix)
    {
        _dir = dir;
        _path = path;
        _prefix = prefix;
    }

    public override PyType Type => TypeObject;

    public override bool MoveNext(out PyValue item)
    {
        while (_dir != IntPtr.Zero)
        {
            Marshal.SetLastPInvokeError(0);
            IntPtr entry = LibC.readdir(_dir);
            if (entry == IntPtr.Zero)
            {
                int errno = LibC.Errno;
                Close();
                if (errno != 0)
                    throw FsPath.Error(errno, _path.Original);
                break;
            }
            byte type = Marshal.ReadByte(entry, 18);
            ulong ino = (ulong)Marshal.ReadInt64(entry, 0);
            int length = 0;
            while (Marshal.ReadByte(entry, 19 + length) != 0)
                length++;
            var name = new byte[length];
            Marshal.Copy(entry + 19, name, 0, length);
            if (name is [(byte)'.'] or [(byte)'.', (byte)'.'])
                continue;
            item = PyValue.FromObject(new DirEntry(name, _prefix, _path.IsBytes, type, ino));
            return true;
        }
        item = default;
        return false;
    }

    private void Close()
    {
        if (_dir != IntPtr.Zero)
        {
            LibC.closedir(_dir);
            _dir = IntPtr.Zero;
        }
    }

    ~ScandirIterator() => Close();

    public override bool TryGetAttr(string name, out PyValue value) =>
        TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "close":
                ArgCheck.None("close", args, kwNames);
                Close();
                result = PyValue.None;
                return true;
            case "__enter__":
                ArgCheck.None("__enter__", args, kwNames);
                result = PyValue.FromObject(this);
                return true;
            case "__exit__":
                Close();
                result = PyValue.False;
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override string Repr() => $"<posix.ScandirIterator object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x12}>";
}

/// <summary>
/// An entry <c>os.scandir()</c> yields (<c>os.DirEntry</c>): its name and path, its inode and type as
/// <c>readdir</c> gave them, and its <c>stat</c> and <c>lstat</c>, each asked for once and kept, as CPython's.
/// </summary>
internal sealed class DirEntry : PyObject
{
    public static readonly PyType TypeObject = new("DirEntry", PyTypes.Object) { Module = "posix", TpName = "posix.DirEntry", IsBaseType = false };

    private static readonly string[] Methods = { "inode", "is_dir", "is_file", "is_symlink", "is_junction", "stat", "__fspath__" };

    static DirEntry()
    {
        TypeObject.Dict["__fspath__"] = ProtocolMethod.For("__fspath__", "posix.DirEntry");
    }

    private const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;
    private const uint S_IFMT = 0xF000, S_IFDIR = 0x4000, S_IFREG = 0x8000, S_IFLNK = 0xA000;

    private readonly byte _type;
    private readonly ulong _ino;
    private readonly byte[] _path;
    private readonly PyValue _name, _pathValue;
    private PyValue _stat, _lstat;

    public DirEntry(byte[] name, byte[] prefix, bool asBytes, byte type, ulong ino)
    {
        _type = type;
        _ino = ino;
        _path = new byte[prefix.Length + name.Length + 1];
        prefix.CopyTo(_path, 0);
        name.CopyTo(_path, prefix.Length);
        _name = FsPath.Name(name, asBytes);
        _pathValue = FsPath.Name(_path.AsSpan(0, _path.Length - 1), asBytes);
    }

    public override PyType Type => TypeObject;

    public override string Repr() => $"<DirEntry {PyOps.Repr(_name)}>";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "name":
                value = _name;
                return true;
            case "path":
                value = _pathValue;
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        if (name is "name" or "path")
            throw PyException.AttributeError("readonly attribute");
        base.SetAttr(name, value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "inode":
                ArgCheck.None("inode", args, kwNames);
                result = _ino <= long.MaxValue ? PyValue.FromInt((long)_ino) : PyValue.FromBigInteger(_ino);
                return true;
            case "is_symlink":
                ArgCheck.None("is_symlink", args, kwNames);
                result = PyValue.FromBool(IsSymlink());
                return true;
            case "is_junction":
                ArgCheck.None("is_junction", args, kwNames);
                result = PyValue.False;
                return true;
            case "is_dir":
                result = PyValue.FromBool(TestMode(FollowSymlinks("is_dir", args, kwNames), S_IFDIR, DT_DIR));
                return true;
            case "is_file":
                result = PyValue.FromBool(TestMode(FollowSymlinks("is_file", args, kwNames), S_IFREG, DT_REG));
                return true;
            case "stat":
                result = Stat(FollowSymlinks("stat", args, kwNames));
                return true;
            case "__fspath__":
                ArgCheck.None("__fspath__", args, kwNames);
                result = _pathValue;
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>The keyword-only <c>follow_symlinks</c> (default True).</summary>
    private static bool FollowSymlinks(string method, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (positional > 0)
            throw PyException.TypeError($"DirEntry.{method}() takes no positional arguments");
        var bound = ArgCheck.Bind(method, args, kwNames, ["follow_symlinks"], 0);
        return bound[0].IsUnbound || PyOps.IsTrue(bound[0]);
    }

    private bool IsSymlink() => _type != DT_UNKNOWN ? _type == DT_LNK : (StatMode(false) & S_IFMT) == S_IFLNK;

    private bool TestMode(bool follow, uint format, byte direntType)
    {
        if (_type != DT_UNKNOWN && !(follow && _type == DT_LNK))
            return _type == direntType;
        try
        {
            return (StatMode(follow) & S_IFMT) == format;
        }
        catch (PyException e) when (e.Matches(PyTypes.FileNotFoundError))
        {
            return false;
        }
    }

    private uint StatMode(bool follow) => (uint)PyOps.ToIndex(((PyTuple)Stat(follow).Ref!)[0]);

    private PyValue Stat(bool follow)
    {
        if (!follow || !IsSymlink())
        {
            if (_lstat.IsUnbound)
                _lstat = PosixModule.StatOf(_path, -1, false, _pathValue);
            if (!follow || _type != DT_LNK)
                return _lstat;
        }
        if (_stat.IsUnbound)
            _stat = PosixModule.StatOf(_path, -1, true, _pathValue);
        return _stat;
    }
}
