using System;
using System.Collections.Generic;
using System.Text;

namespace PyAot.Runtime.Posix;

/// <summary>A path argument as CPython's <c>path_converter</c> takes it: what the caller passed (an error's
/// <c>filename</c>), its bytes for the system (null-terminated), or a file descriptor.</summary>
internal readonly struct PathArg
{
    public PathArg(PyValue original, byte[]? bytes, int fd, bool isBytes)
    {
        Original = original;
        Bytes = bytes;
        Fd = fd;
        IsBytes = isBytes;
    }

    public PyValue Original { get; }

    /// <summary>The path, null-terminated; null when the argument is a file descriptor.</summary>
    public byte[]? Bytes { get; }

    public int Fd { get; }

    /// <summary>Whether the path was bytes: names a function returns for it are bytes too.</summary>
    public bool IsBytes { get; }
}

/// <summary>
/// Paths between Python and the system, as CPython's <c>os.fspath</c>, <c>path_converter</c> and the file-system
/// encoding (UTF-8 with <c>surrogateescape</c>) make them, and the OSError a failed call raises.
/// </summary>
internal static class FsPath
{
    /// <summary><c>os.fspath(path)</c>: str and bytes as they are, else the type's <c>__fspath__()</c>.</summary>
    public static PyValue FsPathOf(PyValue path)
    {
        if (IsStrOrBytes(path))
            return path;
        var type = PyOps.TypeOf(path);
        if (!type.TryLookup("__fspath__", out var method))
            throw PyException.TypeError($"expected str, bytes or os.PathLike object, not {type.Name}");
        var result = PyOps.CallWithSelf(method, path, ReadOnlySpan<PyValue>.Empty, null);
        if (IsStrOrBytes(result))
            return result;
        throw PyException.TypeError($"expected {type.Name}.__fspath__() to return str or bytes, not {PyOps.TypeName(result)}");
    }

    /// <summary>path_converter: str, bytes or an os.PathLike (and an int file descriptor where
    /// <paramref name="allowFd"/>), refusing embedded nulls.</summary>
    public static PathArg Convert(string function, string argument, PyValue value, bool allowFd)
    {
        if (allowFd && value.IsInt || value.Ref is PyBigInt)
            return new PathArg(value, null, checked((int)PyOps.ToIndex(value)), false);
        PyValue path = value;
        if (!IsStrOrBytes(value))
        {
            var type = PyOps.TypeOf(value);
            if (!type.TryLookup("__fspath__", out _))
            {
                string allowed = allowFd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
                throw PyException.TypeError($"{function}: {argument} should be {allowed}, not {type.Name}");
            }
            path = FsPathOf(value);
        }
        // (a str or bytes subclass's instance is its str or bytes)
        var raw = PyDerivedInstance.Unwrap(path);
        byte[] bytes = raw.Ref is string s ? Encode(s) : ((PyBytes)raw.Ref!).AsSpan().ToArray();
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            // (a str is refused by its encoder, PyUnicode_FSConverter; bytes by path_converter, which names the
            // function and the argument)
            throw PyException.ValueError(raw.Ref is string
                ? "embedded null byte" : $"{function}: embedded null character in {argument}");
        }
        var terminated = new byte[bytes.Length + 1];
        bytes.CopyTo(terminated, 0);
        // (the object errors name is what os.fspath gave, as CPython's path_converter keeps it)
        return new PathArg(path, terminated, -1, raw.Ref is PyBytes);
    }

    /// <summary>Whether <paramref name="v"/> is a str or bytes, or an instance of a subclass of either (which
    /// os.fspath returns as it is, as CPython's PyUnicode_Check/PyBytes_Check accept them).</summary>
    private static bool IsStrOrBytes(PyValue v) => v.Ref is string or PyBytes or PyDerivedInstance { Value.Ref: string or PyBytes };

    /// <summary>UTF-8 with surrogateescape (os.fsencode): U+DC80..U+DCFF are the bytes 0x80..0xFF they stand for;
    /// any other lone surrogate is CPython's UnicodeEncodeError.</summary>
    public static byte[] Encode(string s)
    {
        bool plain = true;
        foreach (char c in s)
        {
            if (char.IsSurrogate(c))
            {
                plain = false;
                break;
            }
        }
        if (plain)
            return Encoding.UTF8.GetBytes(s);
        var bytes = new List<byte>(s.Length + 8);
        var buffer = new byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int n = Encoding.UTF8.GetBytes(s.AsSpan(i, 2), buffer);
                bytes.AddRange(buffer.AsSpan(0, n).ToArray());
                i++;
            }
            else if (c is >= '\uDC80' and <= '\uDCFF')
                bytes.Add((byte)(c - 0xDC00));
            else if (char.IsSurrogate(c))
            {
                int end = i + 1;
                while (end < s.Length && char.IsSurrogate(s[end]) && !(s[end] is >= '\uDC80' and <= '\uDCFF'))
                    end++;
                throw UnicodeErrors.Encode("utf-8", s, i, end, "surrogates not allowed");
            }
            else
            {
                int n = Encoding.UTF8.GetBytes(s.AsSpan(i, 1), buffer);
                bytes.AddRange(buffer.AsSpan(0, n).ToArray());
            }
        }
        return bytes.ToArray();
    }

    /// <summary>UTF-8 with surrogateescape (os.fsdecode): each byte of an invalid sequence becomes U+DC80..U+DCFF.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (!UnicodeErrors.Utf8Error(bytes, out _, out _, out _))
            return Encoding.UTF8.GetString(bytes);
        var sb = new StringBuilder(bytes.Length);
        while (bytes.Length > 0)
        {
            if (!UnicodeErrors.Utf8Error(bytes, out int start, out int end, out _))
            {
                sb.Append(Encoding.UTF8.GetString(bytes));
                break;
            }
            sb.Append(Encoding.UTF8.GetString(bytes.Slice(0, start)));
            int bad = Math.Max(end - start, 1);
            for (int k = 0; k < bad; k++)
                sb.Append((char)(0xDC00 + bytes[start + k]));
            bytes = bytes.Slice(start + bad);
        }
        return sb.ToString();
    }

    /// <summary>A name the system gave, as str (decoded) or bytes, as the path it answers was.</summary>
    public static PyValue Name(ReadOnlySpan<byte> bytes, bool asBytes) =>
        asBytes ? PyValue.FromObject(new PyBytes(bytes.ToArray())) : PyValue.FromString(Decode(bytes));

    /// <summary>The OSError (its errno's subclass) of the last failed call on <paramref name="filename"/>, as CPython's
    /// <c>path_error</c>/<c>path_error2</c> raise it.</summary>
    public static PyException Error(PyValue filename = default, PyValue filename2 = default) => Error(LibC.Errno, filename, filename2);

    public static PyException Error(int errno, PyValue filename = default, PyValue filename2 = default)
    {
        var args = new List<PyValue> { PyValue.FromInt(errno), PyValue.FromString(LibC.StrError(errno)) };
        if (!filename.IsUnbound)
        {
            args.Add(filename);
            if (!filename2.IsUnbound)
            {
                args.Add(PyValue.None);
                args.Add(filename2);
            }
        }
        var e = new PyBaseException(OSErrors.ForErrno(errno), new PyTuple(args.ToArray()));
        OSErrors.Init(e);
        return new PyException(e);
    }
}
