using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>list: a growable array of values.</summary>
public sealed class PyList : PyObject
{
    private PyValue[] _items;
    private int _count;

    public PyList() => _items = Array.Empty<PyValue>();

    public PyList(int capacity) => _items = capacity == 0 ? Array.Empty<PyValue>() : new PyValue[capacity];

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyList(PyValue[] items)
    {
        _items = items;
        _count = items.Length;
    }

    public PyList(ReadOnlySpan<PyValue> items)
    {
        _items = items.ToArray();
        _count = items.Length;
    }

    public static PyList FromIterable(PyValue iterable)
    {
        var list = new PyList();
        list.Extend(iterable);
        return list;
    }

    public override PyType Type => PyTypes.List;

    public int Count => _count;

    /// <summary>The backing array (only the first <see cref="Count"/> entries are items).</summary>
    internal PyValue[] Items => _items;

    public Span<PyValue> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>After filling <see cref="Items"/> of a list made with a capacity: the number of items now in it.</summary>
    internal void SetCount(int count) => _count = count;

    public PyValue this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>Inline: the store into spare capacity (an inline int without the write barrier, see
    /// <see cref="TagStores"/>); growing out of line.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Append(PyValue item)
    {
        var items = _items;
        int n = _count;
        if ((uint)n < (uint)items.Length)
        {
            TagStores.Store(ref items[n], item);
            _count = n + 1;
            return;
        }
        AppendGrow(item);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void AppendGrow(PyValue item)
    {
        Grow(_count + 1);
        _items[_count++] = item;
    }

    private void Grow(int min)
    {
        int cap = Math.Max(min, _items.Length < 4 ? 4 : _items.Length * 2);
        Array.Resize(ref _items, cap);
    }

    public void Extend(PyValue iterable)
    {
        switch (iterable.Ref)
        {
            case PyList other:
                AddRange(other.AsSpan());
                return;
            case PyTuple t:
                AddRange(t.AsSpan());
                return;
        }
        var it = PyOps.GetIter(iterable);
        // (CPython's list_extend asks a length hint of the iterable, after its iterator: a class's __len__ runs)
        if (iterable.Ref is PyInstance inst)
        {
            long hint = inst.LengthHint(8);
            if (hint > 0 && _count + hint <= 1 << 20 && _count + hint > _items.Length)
                Grow((int)(_count + hint));
        }
        while (it.MoveNext(out var x))
            Append(x);
    }

    public void AddRange(ReadOnlySpan<PyValue> items)
    {
        if (_count + items.Length > _items.Length)
            Grow(_count + items.Length);
        items.CopyTo(_items.AsSpan(_count));
        _count += items.Length;
    }

    public void Insert(long index, PyValue item)
    {
        if (index < 0)
            index = Math.Max(0, index + _count);
        if (index > _count)
            index = _count;
        if (_count == _items.Length)
            Grow(_count + 1);
        int i = (int)index;
        PyOps.MoveItems(_items, i, i + 1, _count - i);
        _items[i] = item;
        _count++;
    }

    public PyValue Pop(long index = -1)
    {
        if (_count == 0)
            throw PyException.IndexError("pop from empty list");
        if (index < 0)
            index += _count;
        if ((ulong)index >= (ulong)_count)
            throw PyException.IndexError("pop index out of range");
        int i = (int)index;
        var item = _items[i];
        RemoveAt(i);
        return item;
    }

    public void RemoveAt(int i)
    {
        _count--;
        PyOps.MoveItems(_items, i + 1, i, _count - i);
        _items[_count] = default;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public void Reverse() => Array.Reverse(_items, 0, _count);

    public PyList Copy() => new(AsSpan());

    public override string Repr() => SequenceOps.JoinRepr(AsSpan(), "[", "]", this, "[...]");

    public override bool IsTrue() => _count != 0;

    public override long Length() => _count;

    public override long Hash() => throw PyException.TypeError("unhashable type: 'list'");

    public override PyIterator Iter() => new ListIterator(this);

    public override bool Contains(PyValue item) => SequenceOps.IndexOf(AsSpan(), item, 0, _count) >= 0;

    public PyValue GetAt(long index)
    {
        if (index < 0)
            index += _count;
        if ((ulong)index >= (ulong)_count)
            throw PyException.IndexError("list index out of range");
        return _items[index];
    }

    public void SetAt(long index, PyValue value)
    {
        if (index < 0)
            index += _count;
        if ((ulong)index >= (ulong)_count)
            throw PyException.IndexError("list assignment index out of range");
        _items[index] = value;
    }

    public override PyValue GetItem(PyValue key)
    {
        if (key.IsInt)
            return GetAt(key.Bits);
        if (key.Ref is PySlice slice)
            return PyValue.FromObject(new PyList(SequenceOps.Slice(AsSpan(), slice)));
        int i = SequenceOps.NormalizeIndex(key, _count, "list");
        if (i < 0)
            throw PyException.IndexError("list index out of range");
        return _items[i];
    }

    public override void SetItem(PyValue key, PyValue value)
    {
        if (key.IsInt)
        {
            SetAt(key.Bits, value);
            return;
        }
        if (key.Ref is PySlice slice)
        {
            SetSlice(slice, value);
            return;
        }
        int i = SequenceOps.NormalizeIndex(key, _count, "list");
        if (i < 0)
            throw PyException.IndexError("list assignment index out of range");
        _items[i] = value;
    }

    private void SetSlice(PySlice slice, PyValue value)
    {
        // Another list or a tuple is read in place; only the list itself (a[:] = a) needs a copy first.
        ReadOnlySpan<PyValue> src = value.Ref switch
        {
            PyList l when !ReferenceEquals(l, this) => l.AsSpan(),
            PyList l => l.AsSpan().ToArray(),
            PyTuple t => t.AsSpan(),
            _ => PyOps.IsIterable(value)
                ? PyList.FromIterable(value).AsSpan().ToArray()
                : throw PyException.TypeError(slice.Step.IsNone || (slice.Step.IsInt && slice.Step.Bits == 1)
                    ? "can only assign an iterable"
                    : "must assign iterable to extended slice"),
        };
        long n = slice.Indices(_count, out long start, out long stop, out long step);
        AssignSlice(start, stop, step, n, src);
    }

    /// <summary><c>self[start:stop:step] = value</c> for adjusted indices and a list or tuple value.</summary>
    internal void AssignSlice(long start, long stop, long step, long n, PyValue value)
    {
        ReadOnlySpan<PyValue> src = value.Ref is PyList l
            ? (ReferenceEquals(l, this) ? l.AsSpan().ToArray() : l.AsSpan())
            : ((PyTuple)value.Ref!).AsSpan();
        AssignSlice(start, stop, step, n, src);
    }

    private void AssignSlice(long start, long stop, long step, long n, ReadOnlySpan<PyValue> src)
    {
        if (step == 1)
        {
            if (stop < start)
                stop = start;
            int s = (int)start, removed = (int)(stop - start);
            int newCount = _count - removed + src.Length;
            if (newCount > _items.Length)
                Grow(newCount);
            Array.Copy(_items, s + removed, _items, s + src.Length, _count - s - removed);
            src.CopyTo(_items.AsSpan(s));
            if (newCount < _count)
                Array.Clear(_items, newCount, _count - newCount);
            _count = newCount;
            return;
        }
        if (src.Length != n)
            throw PyException.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {n}");
        for (long i = 0, j = start; i < n; i++, j += step)
            _items[j] = src[(int)i];
    }

    /// <summary><c>del self[start:stop]</c> for adjusted indices (step 1).</summary>
    internal void RemoveRange(long start, long stop)
    {
        if (stop <= start)
            return;
        int s = (int)start, removed = (int)(stop - start);
        Array.Copy(_items, s + removed, _items, s, _count - s - removed);
        Array.Clear(_items, _count - removed, removed);
        _count -= removed;
    }

    public override void DelItem(PyValue key)
    {
        if (key.Ref is PySlice slice)
        {
            long n = SequenceOps.AscendingSlice(slice, _count, out long start, out long step);
            if (n == 0)
                return;
            var keep = new List<PyValue>(_count);
            long next = start, left = n;
            for (int i = 0; i < _count; i++)
            {
                if (left > 0 && i == next)
                {
                    next += step;
                    left--;
                    continue;
                }
                keep.Add(_items[i]);
            }
            Array.Clear(_items, 0, _count);
            keep.CopyTo(_items);
            _count = keep.Count;
            return;
        }
        int idx = SequenceOps.NormalizeIndex(key, _count, "list");
        if (idx < 0)
            throw PyException.IndexError("list assignment index out of range");
        RemoveAt(idx);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (PyDerivedInstance.Unwrap(other).Ref is not PyList o)
            return default;
        return PyValue.FromBool(SequenceOps.Compare(AsSpan(), o.AsSpan(), op));
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (op == BinOp.Add && !reflected)
        {
            if (PyDerivedInstance.Unwrap(other).Ref is not PyList o)
                throw PyException.TypeError($"can only concatenate list (not \"{PyOps.TypeName(other)}\") to list");
            var r = new PyList(_count + o._count);
            r.AddRange(AsSpan());
            r.AddRange(o.AsSpan());
            return PyValue.FromObject(r);
        }
        if (op == BinOp.Mul)
        {
            long n = SequenceOps.RepeatCount(other);
            if (n == long.MinValue)
                return default;
            return PyValue.FromObject(Repeat(n));
        }
        return default;
    }

    public PyList Repeat(long n)
    {
        if (n <= 0 || _count == 0)
            return new PyList();
        if ((long)_count * n > int.MaxValue)
            throw PyException.Create(PyTypes.MemoryError, (string?)null);
        int total = (int)(_count * n);
        var items = new PyValue[total];
        // Copy once, then double the filled prefix: log(n) bulk copies instead of n stores (a per-item fill pays
        // the GC write barrier on every item; a bulk copy marks the cards once per range).
        AsSpan().CopyTo(items);
        int filled = _count;
        while (filled < total)
        {
            int chunk = Math.Min(filled, total - filled);
            Array.Copy(items, 0, items, filled, chunk);
            filled += chunk;
        }
        return new PyList(items);
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        if (op == BinOp.Add)
        {
            Extend(other);
            return PyValue.FromObject(this);
        }
        if (op == BinOp.Mul)
        {
            long n = SequenceOps.RepeatCount(other);
            if (n == long.MinValue)
                return default;
            if (n <= 0)
            {
                Clear();
            }
            else
            {
                var snapshot = AsSpan().ToArray();
                for (long i = 1; i < n; i++)
                    AddRange(snapshot);
            }
            return PyValue.FromObject(this);
        }
        return default;
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (IsMethod(name))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    private static bool IsMethod(string name) => name is "append" or "pop" or "insert" or "extend" or "index" or "count"
        or "sort" or "reverse" or "copy" or "clear" or "remove" or "__len__" or "__getitem__" or "__contains__";

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (name)
        {
            case "append":
                ArgCheck.ExactlyOne("list.append", args, kwNames);
                Append(args[0]);
                return true;
            case "pop":
                ArgCheck.Range("pop", args, kwNames, 0, 1);
                result = Pop(args.Length == 0 ? -1 : PyOps.ToIndex(args[0]));
                return true;
            case "insert":
                ArgCheck.Range("insert", args, kwNames, 2, 2);
                Insert(PyOps.ToIndexClamped(args[0]), args[1]);
                return true;
            case "extend":
                ArgCheck.ExactlyOne("list.extend", args, kwNames);
                Extend(args[0]);
                return true;
            case "index":
            {
                ArgCheck.Range("index", args, kwNames, 1, 3);
                SequenceOps.IndexBounds(args, _count, out int start, out int stop);
                int i = SequenceOps.IndexOf(AsSpan(), args[0], start, stop);
                if (i < 0)
                    throw PyException.ValueError($"{PyOps.Repr(args[0])} is not in list");
                result = PyValue.FromInt(i);
                return true;
            }
            case "count":
                ArgCheck.ExactlyOne("list.count", args, kwNames);
                result = PyValue.FromInt(SequenceOps.Count(AsSpan(), args[0]));
                return true;
            case "remove":
            {
                ArgCheck.ExactlyOne("list.remove", args, kwNames);
                int i = SequenceOps.IndexOf(AsSpan(), args[0], 0, _count);
                if (i < 0)
                    throw PyException.ValueError("list.remove(x): x not in list");
                RemoveAt(i);
                return true;
            }
            case "reverse":
                ArgCheck.None("list.reverse", args, kwNames);
                Reverse();
                return true;
            case "copy":
                ArgCheck.None("list.copy", args, kwNames);
                result = PyValue.FromObject(Copy());
                return true;
            case "clear":
                ArgCheck.None("list.clear", args, kwNames);
                Clear();
                return true;
            case "sort":
            {
                // Argument clinic's checks: the count of all the arguments first, then the positional ones.
                if (args.Length > 2)
                    throw PyException.TypeError($"sort() takes at most 2 arguments ({args.Length} given)");
                if (ArgCheck.Positional(args, kwNames).Length > 0)
                    throw PyException.TypeError("sort() takes no positional arguments");
                ArgCheck.OnlyKeywords("sort", kwNames, "key", "reverse");
                ArgCheck.TryGetKeyword(args, kwNames, "key", out var key);
                ArgCheck.TryGetKeyword(args, kwNames, "reverse", out var rev);
                Sort(key.IsUnbound || key.IsNone ? default : key, !rev.IsUnbound && PyOps.IsTrue(rev));
                return true;
            }
            case "__len__":
                ArgCheck.SlotWrapper("__len__", args, kwNames, 0);
                result = PyValue.FromInt(_count);
                return true;
            case "__getitem__":
                ArgCheck.ExactlyOne("list.__getitem__", args, kwNames);
                result = GetItem(args[0]);
                return true;
            case "__contains__":
                ArgCheck.SlotWrapper("__contains__", args, kwNames, 1);
                result = PyValue.FromBool(Contains(args[0]));
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>list.sort, as CPython's list_sort_impl: the keys computed in the list's order, a reverse sort done as
    /// reverse, stable sort, reverse (the last reversal also when a comparison raises), and the list empty while it is
    /// sorted, so that a change made meanwhile is found (ValueError, unless the sort raised first).</summary>
    public void Sort(PyValue key, bool reverse)
    {
        var items = _items;
        int n = _count;
        _items = Array.Empty<PyValue>();
        _count = 0;
        bool reversed = false, sorted = false;
        try
        {
            PyValue[]? keys = null;
            if (!key.IsUnbound)
            {
                keys = new PyValue[n];
                for (int i = 0; i < n; i++)
                    keys[i] = PyOps.Call1(key, items[i]);
            }
            if (reverse)
            {
                if (keys is not null)
                    Array.Reverse(keys, 0, n);
                Array.Reverse(items, 0, n);
                reversed = true;
            }
            if (keys is null)
                ListSort.Sort(items.AsSpan(0, n), null);
            else
                ListSort.Sort(keys.AsSpan(), items.AsSpan(0, n));
            sorted = true;
        }
        finally
        {
            if (reversed)
                Array.Reverse(items, 0, n);
            // (anything added meanwhile, even if removed again, left its own array)
            bool modified = _count != 0 || !ReferenceEquals(_items, Array.Empty<PyValue>());
            _items = items;
            _count = n;
            if (modified && sorted)
                throw PyException.ValueError("list modified during sort");
        }
    }
}
