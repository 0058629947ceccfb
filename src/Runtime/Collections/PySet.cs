using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// set and frozenset, with CPython's table layout (linear probes then perturbation, same resize policy), so
/// iteration order — and therefore printed output — matches CPython for numbers and tuples.
/// </summary>
public sealed class PySet : PyObject
{
    private struct Slot
    {
        public long Hash;   // -1 marks a dummy (deleted) slot
        public PyValue Key; // unbound = empty
    }

    private const int LinearProbes = 9;
    private const int MinSize = 8;

    private Slot[] _table = new Slot[MinSize];
    private int _mask = MinSize - 1;
    private int _fill;  // active + dummy
    private int _used;  // active
    private int _finger;

    public bool IsFrozen { get; }

    public PySet(bool frozen = false) => IsFrozen = frozen;

    /// <summary>An empty set whose table holds <paramref name="capacity"/> keys without growing (a difference or
    /// intersection sized by its operand: one table instead of a resize at every growth step).</summary>
    private PySet(bool frozen, int capacity)
    {
        IsFrozen = frozen;
        int size = MinSize;
        while ((long)capacity * 5 >= (long)(size - 1) * 3)
            size <<= 1;
        if (size > MinSize)
        {
            _table = new Slot[size];
            _mask = size - 1;
        }
    }

    public static PySet FromIterable(PyValue iterable, bool frozen)
    {
        var s = new PySet(frozen);
        s.UpdateFrom(iterable);
        return s;
    }

    public override PyType Type => IsFrozen ? PyTypes.FrozenSet : PyTypes.Set;

    public int Count => _used;

    public bool Add(PyValue key) => Add(key, PyHash.Hash(key));

    /// <summary>CPython's set_add_entry; returns true when the key was added.</summary>
    public bool Add(PyValue key, long hash)
    {
        while (true)
        {
            int mask = _mask;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            int freeSlot = -1;
            int found = -2;
            while (found == -2)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int j = i;
                do
                {
                    ref var e = ref _table[j];
                    if (e.Key.IsUnbound && e.Hash == 0)
                    {
                        found = -1;
                        i = j;
                        break;
                    }
                    if (e.Hash == hash && PyDict.KeyEquals(e.Key, key))
                        return false;
                    if (e.Hash == -1 && freeSlot < 0)
                        freeSlot = j;
                    j++;
                }
                while (probes-- > 0);
                if (found == -2)
                {
                    perturb >>= 5;
                    i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
                }
            }
            if (freeSlot >= 0)
            {
                _used++;
                _table[freeSlot] = new Slot { Hash = hash, Key = key };
                return true;
            }
            _fill++;
            _used++;
            _table[i] = new Slot { Hash = hash, Key = key };
            if ((long)_fill * 5 >= (long)mask * 3)
                Resize(_used > 50000 ? _used * 2 : _used * 4);
            return true;
        }
    }

    private int Lookup(PyValue key, long hash)
    {
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref _table[j];
                if (e.Key.IsUnbound && e.Hash == 0)
                    return -1;
                if (e.Hash == hash && PyDict.KeyEquals(e.Key, key))
                    return j;
                j++;
            }
            while (probes-- > 0);
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed)
            newSize <<= 1;
        var old = _table;
        _table = new Slot[newSize];
        _mask = newSize - 1;
        _fill = _used;
        foreach (var e in old)
        {
            if (!e.Key.IsUnbound)
                InsertClean(e.Key, e.Hash);
        }
    }

    private void InsertClean(PyValue key, long hash)
    {
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (_table[i].Key.IsUnbound)
            {
                _table[i] = new Slot { Hash = hash, Key = key };
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (_table[i + j].Key.IsUnbound)
                    {
                        _table[i + j] = new Slot { Hash = hash, Key = key };
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Contains(PyValue key, long hash) => Lookup(key, hash) >= 0;

    public override bool Contains(PyValue item)
    {
        long h;
        try
        {
            h = PyHash.Hash(item);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError) && item.Ref is PySet s && !s.IsFrozen)
        {
            h = FromIterable(item, true).Hash();
        }
        return Lookup(item, h) >= 0;
    }

    public bool Discard(PyValue key)
    {
        int j = Lookup(key, PyHash.Hash(key));
        if (j < 0)
            return false;
        _table[j] = new Slot { Hash = -1 };
        _used--;
        return true;
    }

    public void Clear()
    {
        _table = new Slot[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
    }

    /// <summary>set.pop: the first active slot from the finger, as CPython.</summary>
    public PyValue Pop()
    {
        if (_used == 0)
            throw PyException.KeyError(PyValue.FromString("pop from an empty set"));
        int i = _finger & _mask;
        while (_table[i].Key.IsUnbound)
            i = (i + 1) & _mask;
        var key = _table[i].Key;
        _table[i] = new Slot { Hash = -1 };
        _used--;
        _finger = i + 1;
        return key;
    }

    public bool Next(ref int position, out PyValue key)
    {
        while (position <= _mask)
        {
            ref var e = ref _table[position++];
            if (!e.Key.IsUnbound)
            {
                key = e.Key;
                return true;
            }
        }
        key = default;
        return false;
    }

    private bool NextEntry(ref int position, out PyValue key, out long hash)
    {
        while (position <= _mask)
        {
            ref var e = ref _table[position++];
            if (!e.Key.IsUnbound)
            {
                key = e.Key;
                hash = e.Hash;
                return true;
            }
        }
        key = default;
        hash = 0;
        return false;
    }

    public void UpdateFrom(PyValue iterable)
    {
        switch (iterable.Ref)
        {
            case PySet other:
                Merge(other);
                return;
            case PyDict d:
                if ((long)(_fill + d.Count) * 5 >= (long)_mask * 3)
                    Resize((_used + d.Count) * 2);
                for (int i = 0; d.NextEntry(ref i, out var k, out _, out var h);)
                    Add(k, h);
                return;
        }
        var it = PyOps.GetIter(iterable);
        while (it.MoveNext(out var x))
            Add(x);
    }

    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0)
            return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3)
            Resize((_used + other._used) * 2);
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._table, _table, _table.Length);
            _fill = _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            foreach (var e in other._table)
            {
                if (!e.Key.IsUnbound)
                    InsertClean(e.Key, e.Hash);
            }
            return;
        }
        for (int i = 0; other.NextEntry(ref i, out var k, out var h);)
            Add(k, h);
    }

    public PySet Copy(bool frozen)
    {
        var s = new PySet(frozen);
        s.Merge(this);
        return s;
    }

    public override string Repr()
    {
        if (_used == 0)
            return IsFrozen ? "frozenset()" : "set()";
        if (!SequenceOps.EnterRepr(this))
            return Type.Name + "(...)";
        try
        {
            var sb = new StringBuilder();
            if (IsFrozen)
                sb.Append("frozenset(");
            sb.Append('{');
            bool first = true;
            for (int i = 0; Next(ref i, out var k);)
            {
                if (!first)
                    sb.Append(", ");
                first = false;
                sb.Append(PyOps.Repr(k));
            }
            sb.Append('}');
            if (IsFrozen)
                sb.Append(')');
            return sb.ToString();
        }
        finally
        {
            SequenceOps.ExitRepr(this);
        }
    }

    public override bool IsTrue() => _used != 0;

    public override long Length() => _used;

    public override PyIterator Iter() => new SetIterator(this);

    /// <summary>frozenset's hash: CPython's frozenset_hash.</summary>
    public override long Hash()
    {
        if (!IsFrozen)
            throw PyException.TypeError("unhashable type: 'set'");
        ulong hash = 0;
        for (int i = 0; NextEntry(ref i, out _, out var h);)
        {
            ulong x = (ulong)h;
            hash ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
        }
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }

    public bool IsSubsetOf(PySet other)
    {
        if (_used > other._used)
            return false;
        for (int i = 0; NextEntry(ref i, out var k, out var h);)
        {
            if (!other.Contains(k, h))
                return false;
        }
        return true;
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (PyDerivedInstance.Unwrap(other).Ref is not PySet o)
            return default;
        bool r = op switch
        {
            CompareOp.Eq => _used == o._used && IsSubsetOf(o),
            CompareOp.Ne => !(_used == o._used && IsSubsetOf(o)),
            CompareOp.Le => IsSubsetOf(o),
            CompareOp.Lt => _used < o._used && IsSubsetOf(o),
            CompareOp.Ge => o.IsSubsetOf(this),
            _ => _used > o._used && o.IsSubsetOf(this),
        };
        return PyValue.FromBool(r);
    }

    public PySet Union(PySet other)
    {
        var r = Copy(IsFrozen);
        r.Merge(other);
        return r;
    }

    public PySet Intersection(PySet other)
    {
        var r = new PySet(IsFrozen);
        PySet small = this, big = other;
        if (other._used < _used)
        {
            small = other;
            big = this;
        }
        for (int i = 0; small.NextEntry(ref i, out var k, out var h);)
        {
            if (big.Contains(k, h))
                r.Add(k, h);
        }
        return r;
    }

    public PySet Difference(PySet other)
    {
        var r = new PySet(IsFrozen, _used);
        for (int i = 0; NextEntry(ref i, out var k, out var h);)
        {
            if (!other.Contains(k, h))
                r.Add(k, h);
        }
        return r;
    }

    public PySet SymmetricDifference(PySet other)
    {
        var r = Copy(IsFrozen);
        for (int i = 0; other.NextEntry(ref i, out var k, out var h);)
        {
            int j = r.Lookup(k, h);
            if (j >= 0)
            {
                r._table[j] = new Slot { Hash = -1 };
                r._used--;
            }
            else
            {
                r.Add(k, h);
            }
        }
        return r;
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (PyDerivedInstance.Unwrap(other).Ref is not PySet o)
            return default;
        PySet a = reflected ? o : this, b = reflected ? this : o;
        return op switch
        {
            BinOp.BitOr => PyValue.FromObject(a.Union(b)),
            BinOp.BitAnd => PyValue.FromObject(a.Intersection(b)),
            BinOp.Sub => PyValue.FromObject(a.Difference(b)),
            BinOp.BitXor => PyValue.FromObject(a.SymmetricDifference(b)),
            _ => default,
        };
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        if (IsFrozen || PyDerivedInstance.Unwrap(other).Ref is not PySet o)
            return default;
        PySet r;
        switch (op)
        {
            case BinOp.BitOr:
                Merge(o);
                return PyValue.FromObject(this);
            case BinOp.BitAnd:
                r = Intersection(o);
                break;
            case BinOp.Sub:
                r = Difference(o);
                break;
            case BinOp.BitXor:
                r = SymmetricDifference(o);
                break;
            default:
                return default;
        }
        _table = r._table;
        _mask = r._mask;
        _fill = r._fill;
        _used = r._used;
        return PyValue.FromObject(this);
    }

    private static bool IsMethod(string name, bool frozen) => name is "copy" or "union" or "intersection" or "difference"
        or "symmetric_difference" or "issubset" or "issuperset" or "isdisjoint"
        || (!frozen && name is "add" or "remove" or "discard" or "pop" or "clear" or "update"
            or "intersection_update" or "difference_update" or "symmetric_difference_update");

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (IsMethod(name, IsFrozen))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    private static PySet AsSet(PyValue v) => v.Ref as PySet ?? FromIterable(v, false);

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        if (!IsMethod(name, IsFrozen))
            return base.TryCallMethod(name, args, kwNames, out result);
        string qual = Type.Name + "." + name;
        switch (name)
        {
            case "add":
                ArgCheck.ExactlyOne(qual, args, kwNames);
                Add(args[0]);
                return true;
            case "remove":
                ArgCheck.ExactlyOne(qual, args, kwNames);
                if (!Discard(args[0]))
                    throw PyException.KeyError(args[0]);
                return true;
            case "discard":
                ArgCheck.ExactlyOne(qual, args, kwNames);
                Discard(args[0]);
                return true;
            case "pop":
                ArgCheck.None(qual, args, kwNames);
                result = Pop();
                return true;
            case "clear":
                ArgCheck.None(qual, args, kwNames);
                Clear();
                return true;
            case "copy":
                ArgCheck.None(qual, args, kwNames);
                result = PyValue.FromObject(IsFrozen ? this : Copy(false));
                return true;
            case "update":
                ArgCheck.NoKeywords(qual, kwNames);
                foreach (var a in args)
                    UpdateFrom(a);
                return true;
            case "union":
            {
                ArgCheck.NoKeywords(qual, kwNames);
                var r = Copy(IsFrozen);
                foreach (var a in args)
                    r.UpdateFrom(a);
                result = PyValue.FromObject(r);
                return true;
            }
            case "intersection":
            case "difference":
            case "symmetric_difference":
            case "intersection_update":
            case "difference_update":
            case "symmetric_difference_update":
            {
                ArgCheck.NoKeywords(qual, kwNames);
                var r = this;
                if (name.StartsWith("symmetric", StringComparison.Ordinal))
                    ArgCheck.ExactlyOne(qual, args, kwNames);
                if (args.Length == 0)
                    r = Copy(IsFrozen);
                foreach (var a in args)
                {
                    var o = AsSet(a);
                    r = name.StartsWith("intersection", StringComparison.Ordinal) ? r.Intersection(o)
                        : name.StartsWith("difference", StringComparison.Ordinal) ? r.Difference(o)
                        : r.SymmetricDifference(o);
                }
                if (name.EndsWith("_update", StringComparison.Ordinal))
                {
                    _table = r._table;
                    _mask = r._mask;
                    _fill = r._fill;
                    _used = r._used;
                }
                else
                {
                    result = PyValue.FromObject(r);
                }
                return true;
            }
            case "issubset":
                ArgCheck.ExactlyOne(qual, args, kwNames);
                result = PyValue.FromBool(IsSubsetOf(AsSet(args[0])));
                return true;
            case "issuperset":
                ArgCheck.ExactlyOne(qual, args, kwNames);
                result = PyValue.FromBool(AsSet(args[0]).IsSubsetOf(this));
                return true;
            case "isdisjoint":
                ArgCheck.ExactlyOne(qual, args, kwNames);
                result = PyValue.FromBool(Intersection(AsSet(args[0])).Count == 0);
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    private sealed class SetIterator(PySet set) : PyIterator
    {
        private int _position;
        private readonly int _count = set._used;

        public override PyType Type => PyTypes.SetIterator;

        public override bool MoveNext(out PyValue item)
        {
            if (set._used != _count)
            {
                _position = int.MaxValue;
                throw PyException.RuntimeError("Set changed size during iteration");
            }
            return set.Next(ref _position, out item);
        }
    }
}
