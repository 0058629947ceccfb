using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// dict: CPython's compact, insertion-ordered table. A sparse index array (open addressing with CPython's
/// perturbed probing) points into a dense entry array that keeps insertion order.
/// </summary>
public sealed class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyValue Key; // unbound = deleted
        public PyValue Value;
    }

    private const int Empty = -1;
    private const int Dummy = -2;

    private int[] _indices;
    private Entry[] _entries;
    private int _used;  // entries slots consumed (live + deleted)
    private int _count; // live entries
    private int _version;
    private int _lastIx = -1; // entry of the last str key found: d[k] = d.get(k, 0) + 1 hashes and probes once

    public PyDict()
    {
        _indices = new int[8];
        Array.Fill(_indices, Empty);
        _entries = new Entry[5];
    }

    /// <summary>An empty dict with room for <paramref name="capacityHint"/> keys before it resizes (a dict
    /// comprehension over an iterable of known length). Only the table is bigger: order is insertion order.</summary>
    public PyDict(int capacityHint)
    {
        int size = 8;
        while (size * 2 / 3 < Math.Min(capacityHint, 1 << 16))
            size <<= 1;
        _indices = new int[size];
        Array.Fill(_indices, Empty);
        _entries = new Entry[size * 2 / 3];
    }

    public override PyType Type => PyTypes.Dict;

    public int Count => _count;

    internal int Version => _version;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool KeyEquals(in PyValue a, in PyValue b)
    {
        if (ReferenceEquals(a.Ref, b.Ref) && a.Bits == b.Bits)
            return true; // identity (for inline values: the same value), as CPython checks first
        if (a.Ref is string sa && b.Ref is string sb)
            return string.Equals(sa, sb);
        return PyOps.EqBool(a, b);
    }

    /// <summary>The entry index of <paramref name="key"/>, or -1.</summary>
    private int Find(in PyValue key, long hash, out int slot)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty)
            {
                slot = i;
                return -1;
            }
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (e.Hash == hash && KeyEquals(e.Key, key))
                {
                    slot = i;
                    return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int FindFreeSlot(long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (_indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>
    /// The entry of str key <paramref name="s"/> when it is the one last found (<see cref="_lastIx"/>), else -1.
    /// Self-validating: the entry must hold a str equal to <paramref name="s"/> (str keys are unique by equality).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LastStrEntry(string s)
    {
        int ix = _lastIx;
        var entries = _entries;
        if ((uint)ix < (uint)entries.Length && entries[ix].Key.Ref is string k && (ReferenceEquals(k, s) || string.Equals(k, s)))
            return ix;
        return -1;
    }

    /// <summary>The entry of <paramref name="key"/> or -1, remembering a str key's entry for the next lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindKey(in PyValue key)
    {
        if (key.Ref is string s)
        {
            int last = LastStrEntry(s);
            if (last >= 0)
                return last;
            int ix = Find(key, PyHash.HashString(s), out _);
            if (ix >= 0)
                _lastIx = ix;
            return ix;
        }
        if (ReferenceEquals(key.Ref, ValueTags.Int))
            return FindInt(key);
        return Find(key, PyHash.Hash(key), out _);
    }

    /// <summary>
    /// <see cref="Find"/> for an inline int key: its hash is the value itself for 0 ≤ x &lt; 2**61 - 1, and an
    /// entry holding an inline int matches on the payload alone (an int equals another int only by value); other
    /// keys with the same hash (True, 1.0, an instance with <c>__eq__</c>) take the general comparison.
    /// </summary>
    private int FindInt(in PyValue key)
    {
        long x = key.Bits;
        long hash = (ulong)x < (ulong)PyHash.Modulus ? x : PyHash.HashLong(x);
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty)
                return -1;
            if (ix >= 0)
            {
                ref var e = ref entries[ix];
                if (e.Hash == hash && (ReferenceEquals(e.Key.Ref, ValueTags.Int) ? e.Key.Bits == x : KeyEquals(e.Key, key)))
                    return ix;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    public bool TryGetValue(PyValue key, out PyValue value)
    {
        int ix = FindKey(key);
        if (ix < 0)
        {
            value = default;
            return false;
        }
        value = _entries[ix].Value;
        return true;
    }

    public bool ContainsKey(PyValue key) => FindKey(key) >= 0;

    public void SetItem(PyValue key, PyValue value, long hash)
    {
        int ix = Find(key, hash, out _);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return;
        }
        if (_used == _entries.Length)
        {
            Resize(_count * 3);
        }
        int slot = FindFreeSlot(hash);
        _indices[slot] = _used;
        if (key.Ref is string)
            _lastIx = _used;
        _entries[_used++] = new Entry { Hash = hash, Key = key, Value = value };
        _count++;
        _version++;
    }

    public override void SetItem(PyValue key, PyValue value)
    {
        if (key.Ref is string s)
        {
            int last = LastStrEntry(s);
            if (last >= 0)
            {
                _entries[last].Value = value;
                return;
            }
        }
        SetItem(key, value, PyHash.Hash(key));
    }

    /// <summary>Convenience for string keys (e.g. keyword arguments, globals).</summary>
    public void SetItem(string key, PyValue value) => SetItem(PyValue.FromString(key), value);

    private void Resize(int minUsed)
    {
        int size = 8;
        while (size * 2 / 3 < Math.Max(minUsed, _count + 1))
            size <<= 1;
        var indices = new int[size];
        Array.Fill(indices, Empty);
        var entries = new Entry[size * 2 / 3];
        int n = 0;
        int mask = size - 1;
        for (int j = 0; j < _used; j++)
        {
            ref var e = ref _entries[j];
            if (e.Key.IsUnbound)
                continue;
            entries[n] = e;
            ulong perturb = (ulong)e.Hash;
            int i = (int)((ulong)e.Hash & (ulong)mask);
            while (indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = n++;
        }
        _indices = indices;
        _entries = entries;
        _used = n;
    }

    public override PyValue GetItem(PyValue key)
    {
        int ix = FindKey(key);
        if (ix < 0)
            throw PyException.KeyError(key);
        return _entries[ix].Value;
    }

    public bool Remove(PyValue key, out PyValue value)
    {
        int ix = Find(key, PyHash.Hash(key), out int slot);
        if (ix < 0)
        {
            value = default;
            return false;
        }
        value = _entries[ix].Value;
        _indices[slot] = Dummy;
        _entries[ix] = default;
        _count--;
        _version++;
        return true;
    }

    public override void DelItem(PyValue key)
    {
        if (!Remove(key, out _))
            throw PyException.KeyError(key);
    }

    public void Clear()
    {
        _indices = new int[8];
        Array.Fill(_indices, Empty);
        _entries = new Entry[5];
        _used = 0;
        _count = 0;
        _version++;
    }

    /// <summary>Walks live entries in insertion order: <c>for (int i = 0; d.Next(ref i, out k, out v);)</c>.</summary>
    public bool Next(ref int position, out PyValue key, out PyValue value)
    {
        while (position < _used)
        {
            ref var e = ref _entries[position++];
            if (!e.Key.IsUnbound)
            {
                key = e.Key;
                value = e.Value;
                return true;
            }
        }
        key = value = default;
        return false;
    }

    internal bool NextEntry(ref int position, out PyValue key, out PyValue value, out long hash)
    {
        while (position < _used)
        {
            ref var e = ref _entries[position++];
            if (!e.Key.IsUnbound)
            {
                key = e.Key;
                value = e.Value;
                hash = e.Hash;
                return true;
            }
        }
        key = value = default;
        hash = 0;
        return false;
    }

    public PyDict Copy()
    {
        var d = new PyDict();
        d.Update(this);
        return d;
    }

    public void Update(PyDict other)
    {
        for (int i = 0; other.NextEntry(ref i, out var k, out var v, out var h);)
            SetItem(k, v, h);
    }

    /// <summary>dict.update(x): a mapping (has keys()) or an iterable of pairs.</summary>
    public void UpdateFrom(PyValue source)
    {
        if (source.Ref is PyDict d)
        {
            Update(d);
            return;
        }
        if (PyOps.HasAttr(source, "keys"))
        {
            var keys = PyOps.CallMethod(source, "keys", ReadOnlySpan<PyValue>.Empty, null);
            var kit = PyOps.GetIter(keys);
            while (kit.MoveNext(out var k))
                SetItem(k, PyOps.GetItem(source, k));
            return;
        }
        var it = PyOps.GetIter(source);
        int index = 0;
        while (it.MoveNext(out var item))
        {
            PyIterator pair;
            try
            {
                pair = PyOps.GetIter(item);
            }
            catch (PyException e) when (e.Matches(PyTypes.TypeError))
            {
                throw PyException.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            }
            var parts = new PyList();
            while (pair.MoveNext(out var p))
                parts.Append(p);
            if (parts.Count != 2)
                throw PyException.ValueError($"dictionary update sequence element #{index} has length {parts.Count}; 2 is required");
            SetItem(parts[0], parts[1]);
            index++;
        }
    }

    public override string Repr()
    {
        if (_count == 0)
            return "{}";
        if (!SequenceOps.EnterRepr(this))
            return "{...}";
        try
        {
            var sb = new StringBuilder("{");
            bool first = true;
            for (int i = 0; Next(ref i, out var k, out var v);)
            {
                if (!first)
                    sb.Append(", ");
                first = false;
                sb.Append(PyOps.Repr(k)).Append(": ").Append(PyOps.Repr(v));
            }
            return sb.Append('}').ToString();
        }
        finally
        {
            SequenceOps.ExitRepr(this);
        }
    }

    public override bool IsTrue() => _count != 0;

    public override long Length() => _count;

    public override long Hash() => throw PyException.TypeError("unhashable type: 'dict'");

    public override bool Contains(PyValue item) => ContainsKey(item);

    public override PyIterator Iter() => new DictIterator(this, DictViewKind.Keys);

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || PyDerivedInstance.Unwrap(other).Ref is not PyDict o)
            return default;
        return PyValue.FromBool(EqualsDict(o) == (op == CompareOp.Eq));
    }

    private bool EqualsDict(PyDict o)
    {
        if (o._count != _count)
            return false;
        for (int i = 0; NextEntry(ref i, out var k, out var v, out var h);)
        {
            int ix = o.Find(k, h, out _);
            if (ix < 0)
                return false;
            var ov = o._entries[ix].Value;
            if (!PyOps.Is(v, ov) && !PyOps.EqBool(v, ov))
                return false;
        }
        return true;
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (op == BinOp.BitOr && PyDerivedInstance.Unwrap(other).Ref is PyDict o)
        {
            var r = reflected ? o.Copy() : Copy();
            r.Update(reflected ? this : o);
            return PyValue.FromObject(r);
        }
        return default;
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        if (op == BinOp.BitOr)
        {
            UpdateFrom(other);
            return PyValue.FromObject(this);
        }
        return default;
    }

    private static bool IsMethod(string name) => name is "get" or "keys" or "values" or "items" or "pop" or "popitem"
        or "setdefault" or "update" or "clear" or "copy" or "__getitem__" or "__contains__" or "__len__";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (IsMethod(name))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "get":
                ArgCheck.Range("get", args, kwNames, 1, 2);
                result = TryGetValue(args[0], out var v) ? v : args.Length > 1 ? args[1] : PyValue.None;
                return true;
            case "keys":
                ArgCheck.None("dict.keys", args, kwNames);
                result = PyValue.FromObject(new PyDictView(this, DictViewKind.Keys));
                return true;
            case "values":
                ArgCheck.None("dict.values", args, kwNames);
                result = PyValue.FromObject(new PyDictView(this, DictViewKind.Values));
                return true;
            case "items":
                ArgCheck.None("dict.items", args, kwNames);
                result = PyValue.FromObject(new PyDictView(this, DictViewKind.Items));
                return true;
            case "pop":
                ArgCheck.Range("pop", args, kwNames, 1, 2);
                if (Remove(args[0], out var pv))
                    result = pv;
                else if (args.Length > 1)
                    result = args[1];
                else
                    throw PyException.KeyError(args[0]);
                return true;
            case "popitem":
            {
                ArgCheck.None("dict.popitem", args, kwNames);
                if (_count == 0)
                    throw PyException.KeyError(PyValue.FromString("popitem(): dictionary is empty"));
                int last = _used - 1;
                while (_entries[last].Key.IsUnbound)
                    last--;
                var e = _entries[last];
                Remove(e.Key, out _);
                result = PyValue.FromObject(new PyTuple(new[] { e.Key, e.Value }));
                return true;
            }
            case "setdefault":
                ArgCheck.Range("setdefault", args, kwNames, 1, 2);
                if (!TryGetValue(args[0], out result))
                {
                    result = args.Length > 1 ? args[1] : PyValue.None;
                    SetItem(args[0], result);
                }
                return true;
            case "update":
            {
                var pos = ArgCheck.Positional(args, kwNames);
                if (pos.Length > 1)
                    throw PyException.TypeError($"update expected at most 1 argument, got {pos.Length}");
                if (pos.Length == 1)
                    UpdateFrom(pos[0]);
                if (kwNames is not null)
                {
                    for (int i = 0; i < kwNames.Length; i++)
                        SetItem(kwNames[i], args[pos.Length + i]);
                }
                result = PyValue.None;
                return true;
            }
            case "clear":
                ArgCheck.None("dict.clear", args, kwNames);
                Clear();
                result = PyValue.None;
                return true;
            case "copy":
                ArgCheck.None("dict.copy", args, kwNames);
                result = PyValue.FromObject(Copy());
                return true;
            case "__getitem__":
                ArgCheck.ExactlyOne("dict.__getitem__", args, kwNames);
                result = GetItem(args[0]);
                return true;
            case "__contains__":
                ArgCheck.ExactlyOne("dict.__contains__", args, kwNames);
                result = PyValue.FromBool(ContainsKey(args[0]));
                return true;
            case "__len__":
                ArgCheck.SlotWrapper("__len__", args, kwNames, 0);
                result = PyValue.FromInt(_count);
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }
}

public enum DictViewKind
{
    Keys,
    Values,
    Items,
}

/// <summary>dict.keys() / values() / items().</summary>
public sealed class PyDictView(PyDict dict, DictViewKind kind) : PyObject
{
    public PyDict Dict { get; } = dict;
    public DictViewKind Kind { get; } = kind;

    public override PyType Type => Kind switch
    {
        DictViewKind.Keys => PyTypes.DictKeys,
        DictViewKind.Values => PyTypes.DictValues,
        _ => PyTypes.DictItems,
    };

    public override long Length() => Dict.Count;

    public override bool IsTrue() => Dict.Count != 0;

    public override PyIterator Iter() => new DictIterator(Dict, Kind);

    public override bool Contains(PyValue item)
    {
        switch (Kind)
        {
            case DictViewKind.Keys:
                return Dict.ContainsKey(item);
            case DictViewKind.Items:
                if (item.Ref is PyTuple t && t.Count == 2 && Dict.TryGetValue(t[0], out var v))
                    return PyOps.Is(v, t[1]) || PyOps.EqBool(v, t[1]);
                return false;
            default:
                return base.Contains(item);
        }
    }

    public override string Repr()
    {
        var items = PyList.FromIterable(PyValue.FromObject(this));
        return Type.Name + "(" + items.Repr() + ")";
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (Kind == DictViewKind.Values)
            return default;
        var mine = PySet.FromIterable(PyValue.FromObject(this), frozen: false);
        if (other.Ref is PyDictView || other.Ref is PySet)
            return mine.RichCompare(other.Ref is PySet ? other : PyValue.FromObject(PySet.FromIterable(other, false)), op);
        return default;
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (Kind == DictViewKind.Values)
            return default;
        var mine = PySet.FromIterable(PyValue.FromObject(this), frozen: false);
        var theirs = PySet.FromIterable(other, frozen: false);
        return reflected ? theirs.BinaryOp(op, PyValue.FromObject(mine), false) : mine.BinaryOp(op, PyValue.FromObject(theirs), false);
    }
}

public sealed class DictIterator(PyDict dict, DictViewKind kind) : PyIterator
{
    private int _position;
    private readonly int _count = dict.Count;

    internal override int LengthHint => _position == 0 ? System.Math.Min(_count, 1 << 20) : 0;

    public override PyType Type => kind switch
    {
        DictViewKind.Keys => PyTypes.DictKeyIterator,
        DictViewKind.Values => PyTypes.DictValueIterator,
        _ => PyTypes.DictItemIterator,
    };

    public override bool MoveNext(out PyValue item)
    {
        if (dict.Count != _count)
        {
            _position = int.MaxValue;
            throw PyException.RuntimeError("dictionary changed size during iteration");
        }
        if (!dict.Next(ref _position, out var k, out var v))
        {
            item = default;
            return false;
        }
        item = kind switch
        {
            DictViewKind.Keys => k,
            DictViewKind.Values => v,
            _ => PyValue.FromObject(new PyTuple(new[] { k, v })),
        };
        return true;
    }
}
