using System;

namespace PyAot.Runtime;

/// <summary>
/// bytearray: a mutable byte string. Its bytes live in a growable buffer (<c>_items[.._count]</c>); the methods it
/// shares with bytes are <see cref="BytesMethods"/> over that buffer, with bytearray results. A bytearray is unhashable,
/// so never a dict key or set member; anything that takes "a bytes-like object" reads it through <see cref="BytesLike"/>.
/// </summary>
public sealed class PyByteArray : PyObject, IBufferExporter
{
    private byte[] _items;
    private int _count;

    /// <summary>The memoryviews of it held by a <c>with</c> statement, which keep its size fixed (CPython's exports; see
    /// <see cref="PyMemoryView"/> for why only those).</summary>
    private int _heldViews;

    public PyByteArray() => _items = Array.Empty<byte>();

    /// <summary>Takes ownership of <paramref name="data"/>.</summary>
    public PyByteArray(byte[] data)
    {
        _items = data;
        _count = data.Length;
    }

    public override PyType Type => PyTypes.ByteArray;

    public int Count => _count;

    /// <summary>The current bytes (a view: it does not follow a later change of size).</summary>
    public ReadOnlySpan<byte> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>The current bytes, writable in place (<c>struct.pack_into</c>); a view that a change of size does not follow.</summary>
    internal Span<byte> AsWritableSpan() => _items.AsSpan(0, _count);

    private PyValue Self => PyValue.FromObject(this);

    Span<byte> IBufferExporter.ExportedBytes => AsWritableSpan();

    bool IBufferExporter.IsReadOnly => false;

    /// <summary>A memoryview of it entered by a <c>with</c> statement: its size stays fixed until the view is released.</summary>
    void IBufferExporter.HoldView() => _heldViews++;

    void IBufferExporter.ReleaseView() => _heldViews--;

    /// <summary>Before a change of size to <paramref name="newCount"/>: CPython's BufferError while a view holds it.</summary>
    private void Resizing(long newCount)
    {
        if (_heldViews > 0 && newCount != _count)
            throw PyException.Create(PyTypes.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /// <summary>The bytes of a value to be stored into this bytearray: a copy when it is this bytearray itself.</summary>
    private ReadOnlySpan<byte> Source(ReadOnlySpan<byte> span, PyValue v) =>
        ReferenceEquals(PyDerivedInstance.Unwrap(v).Ref, this) ? span.ToArray() : span;

    private void EnsureCapacity(int needed)
    {
        if (needed <= _items.Length)
            return;
        int capacity = Math.Max(needed, Math.Min(Array.MaxLength, Math.Max(16, _items.Length * 2)));
        Array.Resize(ref _items, capacity);
    }

    private int CheckedSize(long size)
    {
        if (size > Array.MaxLength)
            throw PyException.Create(PyTypes.MemoryError, (string?)null);
        return (int)size;
    }

    public void Append(byte b)
    {
        Resizing(_count + 1);
        EnsureCapacity(_count + 1);
        _items[_count++] = b;
    }

    public void AddRange(ReadOnlySpan<byte> bytes)
    {
        Resizing((long)_count + bytes.Length);
        EnsureCapacity(CheckedSize((long)_count + bytes.Length));
        bytes.CopyTo(_items.AsSpan(_count));
        _count += bytes.Length;
    }

    /// <summary>Replaces <c>self[start:stop]</c> (adjusted, start &lt;= stop) with <paramref name="src"/>.</summary>
    private void Splice(int start, int stop, ReadOnlySpan<byte> src)
    {
        int removed = stop - start;
        int newCount = CheckedSize((long)_count - removed + src.Length);
        Resizing(newCount);
        if (src.Length > removed)
            EnsureCapacity(newCount);
        Array.Copy(_items, stop, _items, start + src.Length, _count - stop);
        src.CopyTo(_items.AsSpan(start));
        _count = newCount;
    }

    public override string Repr() => BytesLike.Repr(AsSpan(), byteArray: true);

    public override bool IsTrue() => _count != 0;

    public override long Length() => _count;

    public override long Hash() => throw PyException.TypeError("unhashable type: 'bytearray'");

    public override PyIterator Iter() => new ByteArrayIterator(this);

    public override bool Contains(PyValue item) => BytesLike.Contains(AsSpan(), item);

    public override PyValue GetItem(PyValue key)
    {
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(_count, out long start, out _, out long step);
            var r = new byte[n];
            if (step == 1)
                AsSpan().Slice((int)start, (int)n).CopyTo(r);
            else
                for (long i = 0, j = start; i < n; i++, j += step)
                    r[i] = _items[j];
            return PyValue.FromObject(new PyByteArray(r));
        }
        int idx = SequenceOps.NormalizeIndex(key, _count, "bytearray");
        if (idx < 0)
            throw PyException.IndexError("bytearray index out of range");
        return PyValue.FromInt(_items[idx]);
    }

    public override void SetItem(PyValue key, PyValue value)
    {
        if (key.Ref is PySlice slice)
        {
            SetSlice(slice, value);
            return;
        }
        int idx = SequenceOps.NormalizeIndex(key, _count, "bytearray");
        if (idx < 0)
            throw PyException.IndexError("bytearray index out of range");
        _items[idx] = BytesLike.ByteValue(value);
    }

    private void SetSlice(PySlice slice, PyValue value)
    {
        // bytearray_ass_subscript: a number or str is refused; anything else becomes bytes as bytearray(value) would.
        byte[] src;
        if (BytesLike.TryGetSpan(value, out var span))
            src = span.ToArray();
        else if (value.IsInt || value.IsBool || value.IsFloat || value.Ref is PyBigInt or string || (value.Ref is PyInstance && PyOps.TryIndex(value, out _)))
            throw PyException.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        else
            src = BytesLike.FromObject(value, "bytearray");
        long n = slice.Indices(_count, out long start, out long stop, out long step);
        if (step == 1)
        {
            Splice((int)start, (int)Math.Max(start, stop), src);
            return;
        }
        if (src.Length == 0)
        {
            // An extended slice assigned nothing is deleted, as CPython's bytearray does.
            DeleteSlice(slice);
            return;
        }
        if (src.Length != n)
            throw PyException.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {n}");
        for (long i = 0, j = start; i < n; i++, j += step)
            _items[j] = src[i];
    }

    private void DeleteSlice(PySlice slice)
    {
        long n = SequenceOps.AscendingSlice(slice, _count, out long start, out long step);
        if (n == 0)
            return;
        if (step == 1)
        {
            Splice((int)start, (int)(start + n), ReadOnlySpan<byte>.Empty);
            return;
        }
        Resizing(_count - n);
        int write = (int)start;
        long next = start, left = n;
        for (int i = (int)start; i < _count; i++)
        {
            if (left > 0 && i == next)
            {
                next += step;
                left--;
                continue;
            }
            _items[write++] = _items[i];
        }
        _count = write;
    }

    public override void DelItem(PyValue key)
    {
        if (key.Ref is PySlice slice)
        {
            DeleteSlice(slice);
            return;
        }
        int idx = SequenceOps.NormalizeIndex(key, _count, "bytearray");
        if (idx < 0)
            throw PyException.IndexError("bytearray index out of range");
        Splice(idx, idx + 1, ReadOnlySpan<byte>.Empty);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op) => BytesLike.Compare(AsSpan(), other, op);

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (op == BinOp.Add && !reflected)
        {
            // bytearray + bytes is a bytearray: the left operand's type.
            if (!BytesLike.TryGetSpan(other, out var o))
                throw PyException.TypeError($"can't concat {PyOps.TypeName(other)} to bytearray");
            var r = new byte[CheckedSize((long)_count + o.Length)];
            AsSpan().CopyTo(r);
            o.CopyTo(r.AsSpan(_count));
            return PyValue.FromObject(new PyByteArray(r));
        }
        if (op == BinOp.Mul)
        {
            long n = SequenceOps.RepeatCount(other);
            if (n == long.MinValue)
                return default;
            return PyValue.FromObject(new PyByteArray(Repeat(AsSpan(), n)));
        }
        if (op == BinOp.Mod && !reflected)
            return PyValue.FromObject(new PyByteArray(PercentFormat.FormatBytes(AsSpan(), other)));
        return default;
    }

    private byte[] Repeat(ReadOnlySpan<byte> data, long n)
    {
        if (n <= 0 || data.Length == 0)
            return Array.Empty<byte>();
        var r = new byte[CheckedSize(data.Length * Math.Min(n, (long)int.MaxValue + 1))];
        for (int i = 0; i < n; i++)
            data.CopyTo(r.AsSpan(i * data.Length));
        return r;
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        if (op == BinOp.Add)
        {
            if (!BytesLike.TryGetSpan(other, out var o))
                throw PyException.TypeError($"can't concat {PyOps.TypeName(other)} to bytearray");
            // (CPython's a += a holds a's buffer while resizing a)
            if (ReferenceEquals(PyDerivedInstance.Unwrap(other).Ref, this))
                throw PyException.Create(PyTypes.BufferError, "Existing exports of data: object cannot be re-sized");
            AddRange(o);
            return Self;
        }
        if (op == BinOp.Mul)
        {
            long n = SequenceOps.RepeatCount(other);
            if (n == long.MinValue)
                return default;
            var r = Repeat(AsSpan(), n);
            Resizing(r.Length);
            _items = r;
            _count = r.Length;
            return Self;
        }
        return default;
    }

    private static readonly string[] Methods =
    [
        "append", "extend", "insert", "pop", "remove", "clear", "copy", "reverse", "__alloc__",
    ];

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (BytesMethods.Has(name))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(Self, name));
            return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (name)
        {
            case "append":
                ArgCheck.ExactlyOne("bytearray.append", args, kwNames);
                Append(BytesLike.ByteValue(args[0]));
                return true;
            case "extend":
                ArgCheck.ExactlyOne("bytearray.extend", args, kwNames);
                Extend(args[0]);
                return true;
            case "insert":
            {
                ArgCheck.Range("insert", args, kwNames, 2, 2);
                long index = PyOps.ToIndex(args[0]);
                byte b = BytesLike.ByteValue(args[1]);
                if (index < 0)
                    index = Math.Max(0, index + _count);
                index = Math.Min(index, _count);
                Splice((int)index, (int)index, [b]);
                return true;
            }
            case "pop":
            {
                ArgCheck.Range("pop", args, kwNames, 0, 1);
                long index = args.Length == 0 ? -1 : PyOps.ToIndex(args[0]);
                if (_count == 0)
                    throw PyException.IndexError("pop from empty bytearray");
                if (index < 0)
                    index += _count;
                if ((ulong)index >= (ulong)_count)
                    throw PyException.IndexError("pop index out of range");
                byte b = _items[index];
                Splice((int)index, (int)index + 1, ReadOnlySpan<byte>.Empty);
                result = PyValue.FromInt(b);
                return true;
            }
            case "remove":
            {
                ArgCheck.ExactlyOne("bytearray.remove", args, kwNames);
                int at = AsSpan().IndexOf(BytesLike.ByteValue(args[0]));
                if (at < 0)
                    throw PyException.ValueError("value not found in bytearray");
                Splice(at, at + 1, ReadOnlySpan<byte>.Empty);
                return true;
            }
            case "clear":
                ArgCheck.None("bytearray.clear", args, kwNames);
                Resizing(0);
                _items = Array.Empty<byte>();
                _count = 0;
                return true;
            case "copy":
                ArgCheck.None("bytearray.copy", args, kwNames);
                result = PyValue.FromObject(new PyByteArray(AsSpan().ToArray()));
                return true;
            case "reverse":
                ArgCheck.None("bytearray.reverse", args, kwNames);
                _items.AsSpan(0, _count).Reverse();
                return true;
            case "__alloc__":
                ArgCheck.None("bytearray.__alloc__", args, kwNames);
                result = PyValue.FromInt(_items.Length + 1);
                return true;
        }
        if (BytesMethods.Has(name))
        {
            result = BytesMethods.Call(AsSpan(), byteArray: true, name, args, kwNames);
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>extend(iterable): a bytes-like value's bytes, or an iterable of ints in range(256).</summary>
    public void Extend(PyValue iterable)
    {
        if (BytesLike.TryGetSpan(iterable, out var span))
        {
            AddRange(Source(span, iterable));
            return;
        }
        if (!PyOps.IsIterable(iterable))
            throw PyException.TypeError($"can't extend bytearray with {PyOps.TypeName(iterable)}");
        AddRange(BytesLike.FromInts(iterable));
    }

    /// <summary><c>bytearray.__init__(source, encoding, errors)</c>: the contents replaced by what the arguments make.</summary>
    internal void Init(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var data = BytesLike.FromArguments("bytearray", args, kwNames);
        Resizing(0);
        Resizing(data.Length);
        _items = data;
        _count = data.Length;
    }

    /// <summary>bytearray(...): the constructor forms of bytes, as a new mutable byte string.</summary>
    public static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        PyValue.FromObject(new PyByteArray(BytesLike.FromArguments("bytearray", args, kwNames)));
}

/// <summary>iter(bytearray): reads the bytearray as it is at each step (it may change meanwhile), as CPython's.</summary>
internal sealed class ByteArrayIterator(PyByteArray array) : PyIterator
{
    private int _index;

    public override PyType Type => PyTypes.ByteArrayIterator;

    internal override long Remaining => Math.Max((long)array.Count - _index, 0);

    public override bool MoveNext(out PyValue item)
    {
        if ((uint)_index < (uint)array.Count)
        {
            item = PyValue.FromInt(array.AsSpan()[_index++]);
            return true;
        }
        _index = int.MaxValue;
        item = default;
        return false;
    }
}
