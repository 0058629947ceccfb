using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// Bytes-like values (CPython's buffer protocol, as far as the runtime has it): bytes and bytearray, and instances of
/// classes deriving from them, read as their bytes. What both types share and what other built-ins accept as
/// "a bytes-like object" goes through here, so that a bytearray is taken wherever CPython takes one.
/// </summary>
internal static class BytesLike
{
    /// <summary>The bytes of <paramref name="v"/> when it is bytes-like (a bytearray's current contents: a view that a
    /// later change to it does not follow).</summary>
    public static bool TryGetSpan(PyValue v, out ReadOnlySpan<byte> span)
    {
        switch (PyDerivedInstance.Unwrap(v).Ref)
        {
            case PyBytes b:
                span = b.AsSpan();
                return true;
            case PyByteArray a:
                span = a.AsSpan();
                return true;
            case PyMemoryView m:
                // (a simple buffer: a strided view is CPython's BufferError, a released one its ValueError)
                span = m.ContiguousSpan();
                return true;
        }
        span = default;
        return false;
    }

    /// <summary>The bytes of a writable buffer, in place (<c>readinto</c>, <c>struct.pack_into</c>): a bytearray, or a
    /// writable C-contiguous memoryview (a released one is CPython's ValueError).</summary>
    public static bool TryGetWritableSpan(PyValue v, out Span<byte> span)
    {
        switch (PyDerivedInstance.Unwrap(v).Ref)
        {
            case PyByteArray a:
                span = a.AsWritableSpan();
                return true;
            case PyMemoryView m when m.IsWritableSimpleBuffer():
                span = m.ContiguousSpan();
                return true;
        }
        span = default;
        return false;
    }

    /// <summary>An item <c>bytes.join</c> takes: a contiguous buffer (a strided memoryview is refused as a non-buffer is).</summary>
    public static bool TryGetJoinItem(PyValue v, out ReadOnlySpan<byte> span)
    {
        if (v.Ref is PyMemoryView { IsReleased: false, IsCContiguous: false })
        {
            span = default;
            return false;
        }
        return TryGetSpan(v, out span);
    }

    public static bool Is(PyValue v) => PyDerivedInstance.Unwrap(v).Ref is PyBytes or PyByteArray or PyMemoryView;

    /// <summary>The bytes of a bytes-like argument, or CPython's "a bytes-like object is required, not 'str'".</summary>
    public static ReadOnlySpan<byte> Span(PyValue v) =>
        TryGetSpan(v, out var span) ? span : throw PyException.TypeError($"a bytes-like object is required, not '{PyOps.TypeName(v)}'");

    /// <summary>A copy of the bytes of <paramref name="v"/> when it is bytes-like (a memoryview's items in row-major
    /// order, strided or not, as <c>PyObject_Bytes</c> reads them), else null.</summary>
    public static byte[]? ToArrayOrNull(PyValue v) =>
        PyDerivedInstance.Unwrap(v).Ref is PyMemoryView view ? view.ToBytes() : TryGetSpan(v, out var span) ? span.ToArray() : null;

    /// <summary>A new bytes or bytearray (as <paramref name="byteArray"/> says) holding <paramref name="data"/>, which it owns.</summary>
    public static PyValue Make(bool byteArray, byte[] data) =>
        byteArray ? PyValue.FromObject(new PyByteArray(data)) : PyValue.FromObject(data.Length == 0 ? PyBytes.Empty : new PyBytes(data));

    public static PyValue Make(bool byteArray, ReadOnlySpan<byte> data) => Make(byteArray, data.ToArray());

    /// <summary>The repr of the bytes: <c>b'...'</c>, in double quotes when they hold a single quote and no double one.
    /// bytearray's repr (<paramref name="byteArray"/>) escapes a single quote even inside double quotes, as CPython's
    /// bytearray_repr does; a bytearray's repr is written with its type's name (<paramref name="typeName"/>).</summary>
    public static string Repr(ReadOnlySpan<byte> data, bool byteArray, string typeName = "bytearray")
    {
        bool hasSingle = data.IndexOf((byte)'\'') >= 0, hasDouble = data.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 16);
        if (byteArray)
            sb.Append(typeName).Append('(');
        sb.Append('b').Append(quote);
        foreach (var b in data)
        {
            if (b == quote || b == '\\' || (byteArray && b == '\''))
                sb.Append('\\').Append((char)b);
            else if (b == '\n')
                sb.Append("\\n");
            else if (b == '\r')
                sb.Append("\\r");
            else if (b == '\t')
                sb.Append("\\t");
            else if (b < ' ' || b >= 0x7f)
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append((char)b);
        }
        sb.Append(quote);
        if (byteArray)
            sb.Append(')');
        return sb.ToString();
    }

    /// <summary>Lexicographic comparison of two byte strings, as bytes_richcompare.</summary>
    public static PyValue Compare(ReadOnlySpan<byte> a, PyValue other, CompareOp op)
    {
        if (!TryGetSpan(other, out var b))
            return default;
        if (op is CompareOp.Eq or CompareOp.Ne && a.Length != b.Length)
            return PyValue.FromBool(op == CompareOp.Ne);
        int c = a.SequenceCompareTo(b);
        return PyValue.FromBool(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    /// <summary><c>x in b</c>: an int is one byte (ValueError outside range(256)); a bytes-like value a substring.</summary>
    public static bool Contains(ReadOnlySpan<byte> data, PyValue item)
    {
        if (item.IsInt || item.IsBool || item.Ref is PyBigInt || (item.Ref is PyInstance && !Is(item) && PyOps.TryIndex(item, out _)))
            return data.IndexOf(ByteValue(item)) >= 0;
        if (TryGetSpan(item, out var sub))
            return data.IndexOf(sub) >= 0;
        throw PyException.TypeError($"a bytes-like object is required, not '{PyOps.TypeName(item)}'");
    }

    /// <summary>An int item of a byte string: its index value in range(256) ("'str' object cannot be interpreted as
    /// an integer", "byte must be in range(0, 256)").</summary>
    public static byte ByteValue(PyValue v)
    {
        var n = v.IsInt || v.IsBool ? v.Bits : PyOps.TryIndex(v, out var big) ? (big < 0 ? -1 : big > 255 ? 256 : (long)big)
            : throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        if ((ulong)n > 255)
            throw PyException.ValueError("byte must be in range(0, 256)");
        return (byte)n;
    }

    /// <summary>The bytes <c>bytes(source, encoding, errors)</c> or <c>bytearray(...)</c> (<paramref name="typeName"/>)
    /// make: nothing, a count of zero bytes, a str encoded, a bytes-like value copied, or an iterable of ints; with
    /// CPython's TypeErrors for the arguments that do not go together.</summary>
    public static byte[] FromArguments(string typeName, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var pos = ArgCheck.Positional(args, kwNames);
        if (pos.Length > 3)
            throw PyException.TypeError($"{typeName}() takes at most 3 arguments ({pos.Length} given)");
        var bound = ArgCheck.Bind(typeName, args, kwNames, ["source", "encoding", "errors"], 0);
        PyValue src = bound[0], enc = bound[1], errors = bound[2];
        if (src.IsUnbound)
        {
            if (!enc.IsUnbound)
                throw PyException.TypeError("encoding without a string argument");
            if (!errors.IsUnbound)
                throw PyException.TypeError("errors without a string argument");
            return Array.Empty<byte>();
        }
        if (src.Ref is string s)
        {
            if (enc.IsUnbound)
                throw PyException.TypeError("string argument without an encoding");
            if (enc.Ref is not string encoding)
                throw PyException.TypeError($"{typeName}() argument 'encoding' must be str, not {PyOps.TypeName(enc)}");
            if (!errors.IsUnbound && errors.Ref is not string)
                throw PyException.TypeError($"{typeName}() argument 'errors' must be str, not {PyOps.TypeName(errors)}");
            return Codecs.Encode(s, encoding, errors: errors.Ref as string ?? "strict");
        }
        if (!enc.IsUnbound)
            throw PyException.TypeError("encoding without a string argument");
        if (!errors.IsUnbound)
            throw PyException.TypeError("errors without a string argument");
        return FromObject(src, typeName);
    }

    /// <summary>The bytes of one non-str source: a count, a bytes-like value, or an iterable of ints.</summary>
    public static byte[] FromObject(PyValue src, string typeName)
    {
        if (ToArrayOrNull(src) is { } bytes)
            return bytes;
        if (src.IsInt || src.IsBool || src.Ref is PyBigInt || (src.Ref is PyInstance && PyOps.TryIndex(src, out _)))
        {
            long n = PyOps.ToIndex(src);
            if (n < 0)
                throw PyException.ValueError("negative count");
            if (n > Array.MaxLength)
                throw PyException.Create(PyTypes.MemoryError, (string?)null);
            return new byte[n];
        }
        if (src.Ref is string || !PyOps.IsIterable(src))
            throw PyException.TypeError($"cannot convert '{PyOps.TypeName(src)}' object to {typeName}");
        return FromInts(src, typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    }

    /// <summary>An iterable of ints in range(256) as bytes.</summary>
    public static byte[] FromInts(PyValue iterable, string rangeMessage = "byte must be in range(0, 256)")
    {
        var list = new List<byte>();
        var it = PyOps.GetIter(iterable);
        while (it.MoveNext(out var item))
        {
            long v = item.IsInt || item.IsBool ? item.Bits : PyOps.TryIndex(item, out var big) ? (big < 0 ? -1 : big > 255 ? 256 : (long)big)
                : throw PyException.TypeError($"'{PyOps.TypeName(item)}' object cannot be interpreted as an integer");
            if ((ulong)v > 255)
                throw PyException.ValueError(rangeMessage);
            list.Add((byte)v);
        }
        return list.ToArray();
    }

    /// <summary>The decoded text of a bytes-like value (<c>str(b, encoding)</c>, <c>b.decode(encoding)</c>).</summary>
    public static string Decode(ReadOnlySpan<byte> data, PyValue encoding, string errors = "strict")
    {
        if (!encoding.IsUnbound && encoding.Ref is not string)
            throw PyException.TypeError($"decode() argument 'encoding' must be str, not {PyOps.TypeName(encoding)}");
        return Codecs.Decode(data.ToArray(), encoding.Ref as string ?? "utf-8", errors);
    }
}
