using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// <c>collections.deque</c>: a ring buffer with CPython 3.12's methods, bounded length (<c>maxlen</c>: an append at one
/// end drops an item at the other), errors, repr, comparisons with deques only, and the "deque mutated during
/// iteration" check (a counter of mutations, as CPython's <c>state</c>).
/// </summary>
public sealed class PyDeque : PyObject
{
    public static readonly PyType TypeObject = new("deque", PyTypes.Object) { Module = "collections", TpName = "collections.deque", Constructor = Construct };

    private static readonly string[] Parameters = { "iterable", "maxlen" };

    private static readonly string[] Methods =
    {
        "append", "appendleft", "pop", "popleft", "extend", "extendleft", "clear", "copy", "count", "index", "insert",
        "remove", "reverse", "rotate",
    };

    private PyValue[] _items = new PyValue[8];
    private int _head, _count;
    /// <summary>Bumped by every mutation, so an iterator can tell.</summary>
    private long _state;

    public PyDeque(long maxLen = -1) => MaxLen = maxLen;

    /// <summary>The bound, or -1 for none.</summary>
    public long MaxLen { get; }

    public override PyType Type => TypeObject;

    public int Count => _count;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (args.Length > 2)
            throw PyException.TypeError($"deque() takes at most 2 arguments ({args.Length} given)");
        var a = ArgCheck.Bind("deque", args, kw, Parameters, required: 0);
        long maxLen = -1;
        if (!a[1].IsUnbound && !a[1].IsNone)
        {
            if (!(a[1].IsInt || a[1].IsBool))
                throw PyException.TypeError("an integer is required");
            maxLen = a[1].Bits;
            if (maxLen < 0)
                throw PyException.ValueError("maxlen must be non-negative");
        }
        var d = new PyDeque(maxLen);
        if (!a[0].IsUnbound)
            d.Extend(a[0]);
        return PyValue.FromObject(d);
    }

    private ref PyValue At(int i) => ref _items[(_head + i) % _items.Length];

    private void Grow()
    {
        if (_count < _items.Length)
            return;
        var bigger = new PyValue[_items.Length * 2];
        for (int i = 0; i < _count; i++)
            bigger[i] = At(i);
        _items = bigger;
        _head = 0;
    }

    public void Append(PyValue x)
    {
        _state++;
        if (MaxLen == 0)
            return;
        if (_count == MaxLen)
            PopLeftItem();
        Grow();
        At(_count) = x;
        _count++;
    }

    public void AppendLeft(PyValue x)
    {
        _state++;
        if (MaxLen == 0)
            return;
        if (_count == MaxLen)
            PopItem();
        Grow();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = x;
        _count++;
    }

    private PyValue PopItem()
    {
        var x = At(_count - 1);
        At(_count - 1) = default;
        _count--;
        return x;
    }

    private PyValue PopLeftItem()
    {
        var x = _items[_head];
        _items[_head] = default;
        _head = (_head + 1) % _items.Length;
        _count--;
        return x;
    }

    public PyValue Pop()
    {
        if (_count == 0)
            throw PyException.IndexError("pop from an empty deque");
        _state++;
        return PopItem();
    }

    public PyValue PopLeft()
    {
        if (_count == 0)
            throw PyException.IndexError("pop from an empty deque");
        _state++;
        return PopLeftItem();
    }

    public void Extend(PyValue iterable)
    {
        foreach (var x in ItemsOf(iterable))
            Append(x);
    }

    public void ExtendLeft(PyValue iterable)
    {
        foreach (var x in ItemsOf(iterable))
            AppendLeft(x);
    }

    /// <summary>What an extend adds: the iterable's items (for <c>d.extend(d)</c>, the items as they are now).</summary>
    private PyValue[] ItemsOf(PyValue iterable) =>
        ReferenceEquals(iterable.Ref, this) ? Snapshot() : PyList.FromIterable(iterable).AsSpan().ToArray();

    private PyValue[] Snapshot()
    {
        var items = new PyValue[_count];
        for (int i = 0; i < _count; i++)
            items[i] = At(i);
        return items;
    }

    private void Replace(PyValue[] items)
    {
        _items = new PyValue[Math.Max(8, items.Length)];
        Array.Copy(items, _items, items.Length);
        _head = 0;
        _count = items.Length;
        _state++;
    }

    public void Rotate(long n)
    {
        if (_count <= 1)
            return;
        n %= _count;
        if (n < 0)
            n += _count;
        if (n == 0)
            return;
        var items = Snapshot();
        var rotated = new PyValue[_count];
        for (int i = 0; i < _count; i++)
            rotated[(i + n) % _count] = items[i];
        Replace(rotated);
    }

    private int Index(PyValue key)
    {
        if (key.Ref is PySlice)
            throw PyException.TypeError("sequence index must be integer, not 'slice'");
        long i = PyOps.ToIndex(key);
        if (i < 0)
            i += _count;
        if (i < 0 || i >= _count)
            throw PyException.IndexError("deque index out of range");
        return (int)i;
    }

    public override PyValue GetItem(PyValue key) => At(Index(key));

    public override void SetItem(PyValue key, PyValue value) => At(Index(key)) = value;

    public override void DelItem(PyValue key)
    {
        int i = Index(key);
        var items = new List<PyValue>(Snapshot());
        items.RemoveAt(i);
        Replace(items.ToArray());
    }

    public override long Length() => _count;

    public override bool IsTrue() => _count > 0;

    public override long Hash() => throw PyException.TypeError($"unhashable type: '{TypeObject.TpName}'");

    public override bool Contains(PyValue item) => IndexOf(item, 0, _count) >= 0;

    /// <summary>The first index in [start, stop) whose item equals <paramref name="x"/>, or -1; a comparison that
    /// mutates the deque is CPython's RuntimeError.</summary>
    private long IndexOf(PyValue x, long start, long stop)
    {
        long state = _state;
        for (long i = start; i < stop && i < _count; i++)
        {
            if (PyOps.EqBool(At((int)i), x))
                return i;
            if (state != _state)
                throw PyException.RuntimeError("deque mutated during iteration");
        }
        return -1;
    }

    public override string Repr()
    {
        string items = SequenceOps.JoinRepr(Snapshot(), "[", "]", this, "[...]");
        if (items == "[...]")
            return "[...]";
        return MaxLen < 0 ? $"deque({items})" : $"deque({items}, maxlen={MaxLen})";
    }

    public override PyIterator Iter() => new Iterator(this, reverse: false);

    public PyIterator ReverseIterator() => new Iterator(this, reverse: true);

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (other.Ref is not PyDeque o)
            return default;
        return PyValue.FromBool(SequenceOps.Compare(Snapshot(), o.Snapshot(), op));
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (reflected)
            return default;
        if (op == BinOp.Add)
        {
            if (other.Ref is not PyDeque o)
                throw PyException.TypeError($"can only concatenate deque (not \"{PyOps.TypeName(other)}\") to deque");
            var d = new PyDeque(MaxLen);
            d.Extend(PyValue.FromObject(this));
            d.Extend(other);
            return PyValue.FromObject(d);
        }
        if (op == BinOp.Mul && (other.IsInt || other.IsBool))
        {
            var d = new PyDeque(MaxLen);
            var items = Snapshot();
            for (long r = 0; r < other.Bits; r++)
            {
                foreach (var x in items)
                    d.Append(x);
            }
            return PyValue.FromObject(d);
        }
        return default;
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        if (op == BinOp.Add)
        {
            Extend(other);
            return PyValue.FromObject(this);
        }
        if (op == BinOp.Mul && (other.IsInt || other.IsBool))
        {
            var items = Snapshot();
            Replace(Array.Empty<PyValue>());
            for (long r = 0; r < other.Bits; r++)
            {
                foreach (var x in items)
                    Append(x);
            }
            return PyValue.FromObject(this);
        }
        return default;
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "maxlen":
                value = MaxLen < 0 ? PyValue.None : PyValue.FromInt(MaxLen);
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "append":
                ArgCheck.ExactlyOne("deque.append", args, kwNames);
                Append(args[0]);
                return true;
            case "appendleft":
                ArgCheck.ExactlyOne("deque.appendleft", args, kwNames);
                AppendLeft(args[0]);
                return true;
            case "pop":
                ArgCheck.None("deque.pop", args, kwNames);
                result = Pop();
                return true;
            case "popleft":
                ArgCheck.None("deque.popleft", args, kwNames);
                result = PopLeft();
                return true;
            case "extend":
                ArgCheck.ExactlyOne("deque.extend", args, kwNames);
                Extend(args[0]);
                return true;
            case "extendleft":
                ArgCheck.ExactlyOne("deque.extendleft", args, kwNames);
                ExtendLeft(args[0]);
                return true;
            case "clear":
                ArgCheck.None("deque.clear", args, kwNames);
                Replace(Array.Empty<PyValue>());
                return true;
            case "copy":
                ArgCheck.None("deque.copy", args, kwNames);
                var copy = new PyDeque(MaxLen);
                copy.Extend(PyValue.FromObject(this));
                result = PyValue.FromObject(copy);
                return true;
            case "count":
            {
                ArgCheck.ExactlyOne("deque.count", args, kwNames);
                long n = 0, state = _state;
                for (int i = 0; i < _count; i++)
                {
                    if (PyOps.EqBool(At(i), args[0]))
                        n++;
                    if (state != _state)
                        throw PyException.RuntimeError("deque mutated during iteration");
                }
                result = PyValue.FromInt(n);
                return true;
            }
            case "index":
            {
                ArgCheck.Range("index", args, kwNames, 1, 3);
                long start = args.Length > 1 ? Clamp(PyOps.ToIndex(args[1])) : 0;
                long stop = args.Length > 2 ? Clamp(PyOps.ToIndex(args[2])) : _count;
                long at = IndexOf(args[0], start, stop);
                result = at >= 0 ? PyValue.FromInt(at) : throw PyException.ValueError($"{PyOps.Repr(args[0])} is not in deque");
                return true;
            }
            case "insert":
            {
                ArgCheck.Range("insert", args, kwNames, 2, 2);
                if (_count == MaxLen)
                    throw PyException.IndexError("deque already at its maximum size");
                long i = PyOps.ToIndex(args[0]);
                if (i < 0)
                    i = Math.Max(0, i + _count);
                var items = new List<PyValue>(Snapshot());
                items.Insert((int)Math.Min(i, _count), args[1]);
                Replace(items.ToArray());
                return true;
            }
            case "remove":
            {
                ArgCheck.ExactlyOne("deque.remove", args, kwNames);
                for (int i = 0; i < _count; i++)
                {
                    if (PyOps.EqBool(At(i), args[0]))
                    {
                        DelItem(PyValue.FromInt(i));
                        return true;
                    }
                }
                throw PyException.ValueError($"{PyOps.Repr(args[0])} is not in deque");
            }
            case "reverse":
            {
                ArgCheck.None("deque.reverse", args, kwNames);
                var items = Snapshot();
                Array.Reverse(items);
                Replace(items);
                return true;
            }
            case "rotate":
                ArgCheck.Range("rotate", args, kwNames, 0, 1);
                Rotate(args.Length == 0 ? 1 : PyOps.ToIndex(args[0]));
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    private long Clamp(long i) => i < 0 ? Math.Max(0, i + _count) : Math.Min(i, _count);

    private sealed class Iterator(PyDeque deque, bool reverse) : PyIterator
    {
        private static readonly PyType ForwardType = new("_deque_iterator", PyTypes.Object) { Module = "_collections", TpName = "_collections._deque_iterator", IsBaseType = false };
        private static readonly PyType ReverseType = new("_deque_reverse_iterator", PyTypes.Object) { Module = "_collections", TpName = "_collections._deque_reverse_iterator", IsBaseType = false };

        private readonly long _state = deque._state;
        private int _index;

        public override PyType Type => reverse ? ReverseType : ForwardType;

        public override bool MoveNext(out PyValue item)
        {
            if (deque._state != _state)
                throw PyException.RuntimeError("deque mutated during iteration");
            if (_index >= deque._count)
            {
                item = default;
                return false;
            }
            item = deque.At(reverse ? deque._count - 1 - _index : _index);
            _index++;
            return true;
        }
    }
}
