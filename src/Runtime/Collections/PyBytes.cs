using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>bytes: an immutable byte string. Its methods are <see cref="BytesMethods"/>, shared with bytearray.</summary>
public sealed class PyBytes : PyObject, IBufferExporter
{
    public static readonly PyBytes Empty = new(Array.Empty<byte>());

    private readonly byte[] _data;

    /// <summary>Takes ownership of <paramref name="data"/>.</summary>
    public PyBytes(byte[] data) => _data = data;

    public ReadOnlySpan<byte> AsSpan() => _data;

    /// <summary>The bytes' own array, for readers that need an array (never to be written).</summary>
    internal byte[] Data => _data;

    public int Count => _data.Length;

    // (a view of bytes is read-only: nothing writes through it, and its size never changes)
    Span<byte> IBufferExporter.ExportedBytes => _data;

    bool IBufferExporter.IsReadOnly => true;

    void IBufferExporter.HoldView()
    {
    }

    void IBufferExporter.ReleaseView()
    {
    }

    public override PyType Type => PyTypes.Bytes;

    public override string Repr() => BytesLike.Repr(_data, byteArray: false);

    public override bool IsTrue() => _data.Length != 0;

    public override long Length() => _data.Length;

    public override long Hash() => HashOf(_data);

    /// <summary>The hash of bytes holding <paramref name="data"/> (a read-only memoryview of bytes hashes as they do).</summary>
    internal static long HashOf(ReadOnlySpan<byte> data)
    {
        // Equal to hash of nothing in particular; deterministic FNV over the bytes.
        ulong h = 14695981039346656037UL;
        foreach (var b in data)
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        long r = (long)(h ^ (h >> 29));
        return r == -1 ? -2 : r;
    }

    public override PyIterator Iter()
    {
        var items = new PyValue[_data.Length];
        for (int i = 0; i < items.Length; i++)
            items[i] = PyValue.FromInt(_data[i]);
        return new ArrayIterator(items, items.Length, PyTypes.Iterator);
    }

    public override bool Contains(PyValue item) => BytesLike.Contains(_data, item);

    public override PyValue GetItem(PyValue key)
    {
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(_data.Length, out long start, out _, out long step);
            var r = new byte[n];
            for (long i = 0, j = start; i < n; i++, j += step)
                r[i] = _data[j];
            return PyValue.FromObject(new PyBytes(r));
        }
        int idx = SequenceOps.NormalizeIndex(key, _data.Length, "byte");
        if (idx < 0)
            throw PyException.IndexError("index out of range");
        return PyValue.FromInt(_data[idx]);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op) => BytesLike.Compare(_data, other, op);

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (op == BinOp.Add && !reflected)
        {
            // bytes + bytearray is bytes: the left operand's type.
            if (!BytesLike.TryGetSpan(other, out var o))
                throw PyException.TypeError($"can't concat {PyOps.TypeName(other)} to bytes");
            var r = new byte[_data.Length + o.Length];
            _data.CopyTo(r, 0);
            o.CopyTo(r.AsSpan(_data.Length));
            return PyValue.FromObject(new PyBytes(r));
        }
        if (op == BinOp.Mul)
        {
            long n = SequenceOps.RepeatCount(other);
            if (n == long.MinValue)
                return default;
            if (n <= 0)
                return PyValue.FromObject(Empty);
            if (_data.Length * n > Array.MaxLength)
                throw PyException.Create(PyTypes.MemoryError, (string?)null);
            var r = new byte[_data.Length * (int)n];
            for (int i = 0; i < n; i++)
                _data.CopyTo(r, i * _data.Length);
            return PyValue.FromObject(new PyBytes(r));
        }
        if (op == BinOp.Mod && !reflected)
            return PyValue.FromObject(new PyBytes(PercentFormat.FormatBytes(_data, other)));
        return default;
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (BytesMethods.Has(name))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (BytesMethods.Has(name))
        {
            result = BytesMethods.Call(_data, byteArray: false, name, args, kwNames);
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>bytes(x): nothing, an int size, a bytes-like value, an iterable of ints, or (str, encoding[, errors]).</summary>
    public static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length == 1 && kwNames is null && args[0].Ref is PyBytes)
            return args[0];
        var data = BytesLike.FromArguments("bytes", args, kwNames);
        return PyValue.FromObject(data.Length == 0 ? Empty : new PyBytes(data));
    }
}
