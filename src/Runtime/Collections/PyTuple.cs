using System;

namespace PyAot.Runtime;

/// <summary>tuple: an immutable array of values.</summary>
public sealed class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<PyValue>());

    private readonly PyValue[] _items;

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyTuple(PyValue[] items) => _items = items;

    public static PyTuple Create(params PyValue[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    /// <summary>tuple(iterable).</summary>
    public static PyTuple From(PyValue iterable)
    {
        switch (iterable.Ref)
        {
            case PyTuple { StructSequence: null } t:
                return t;
            case PyTuple t: // (a struct sequence: tuple(time.gmtime()) is a plain tuple)
                return t.Count == 0 ? Empty : new PyTuple(t._items);
            case PyList l:
                return l.Count == 0 ? Empty : new PyTuple(l.AsSpan().ToArray());
        }
        var list = PyList.FromIterable(iterable);
        return list.Count == 0 ? Empty : new PyTuple(list.AsSpan().ToArray());
    }

    public override PyType Type => StructSequence is { } ss ? StructSequenceTypes.For(ss.TypeName) : PyTypes.Tuple;

    public int Count => _items.Length;

    public PyValue this[int index] => _items[index];

    public ReadOnlySpan<PyValue> AsSpan() => _items;

    internal PyValue[] Items => _items;

    /// <summary>A struct sequence (sys.version_info...): its type name and field names (readable as attributes).</summary>
    public (string TypeName, string[] Fields)? StructSequence
    {
        get => _struct?.Sequence;
        init => _struct = new StructInfo(value, _struct?.Extras);
    }

    /// <summary>A struct sequence's fields that are attributes only, not items (<c>os.stat_result</c>'s float
    /// <c>st_atime</c>...); read before the items' names, which they may share.</summary>
    public (string[] Names, PyValue[] Values)? StructExtras
    {
        get => _struct?.Extras;
        init => _struct = new StructInfo(_struct?.Sequence, value);
    }

    /// <summary>What makes a tuple a struct sequence, apart (one reference in every tuple rather than the two
    /// nullable pairs).</summary>
    private sealed record StructInfo((string TypeName, string[] Fields)? Sequence, (string[] Names, PyValue[] Values)? Extras);

    private StructInfo? _struct;

    /// <summary>The tuple's hash plus one, once known to stay what it is (0: not kept). Hashing a tuple hashes every
    /// item, and nested tuples as dict keys are hashed again at every lookup; a tuple is immutable, so its hash
    /// changes only if an item's does, and it is kept only when no item's can (<see cref="HashIsFixed"/>). (CPython
    /// 3.14 keeps a tuple's hash too.)</summary>
    private long _hashPlusOne;

    /// <summary>False from the first change to a class whose instances' hashes some kept tuple hash relies on (a
    /// tuple subclass given a <c>__hash__</c>, its bases changed, an instance's <c>__class__</c> changed): kept
    /// hashes are not trusted or kept from then on.</summary>
    private static volatile bool s_keepHashes = true;

    /// <summary>Called when <paramref name="type"/> changes in a way that may change its instances' hashes.</summary>
    internal static void ClassChanged(PyType type)
    {
        if (type.TupleHashesRelyOn)
            s_keepHashes = false;
    }

    public override string Repr() =>
        StructSequence is { } ss
            ? ss.TypeName + "(" + string.Join(", ", System.Linq.Enumerable.Select(ss.Fields, (f, i) => f + "=" + PyOps.Repr(_items[i]))) + ")"
            : _items.Length == 1
            ? SequenceOps.JoinRepr(_items, "(", ",)", this, "(...)")
            : SequenceOps.JoinRepr(_items, "(", ")", this, "(...)");

    public override bool IsTrue() => _items.Length != 0;

    public override long Length() => _items.Length;

    public override long Hash()
    {
        long kept = _hashPlusOne;
        if (kept != 0 && s_keepHashes)
            return kept - 1;
        long h = PyHash.HashSequence(_items);
        if (s_keepHashes && HashIsFixed())
            _hashPlusOne = h + 1;
        return h;
    }

    /// <summary>Whether every item's hash (just computed) is one that cannot change: a number, str, bytes or None, a
    /// tuple whose hash is kept, or an instance of a tuple subclass that takes tuple's hash and equality and whose
    /// tuple's hash is kept (its class is then watched: <see cref="ClassChanged"/>).</summary>
    private bool HashIsFixed()
    {
        foreach (var item in _items)
        {
            object? r = item.Ref;
            if (item.IsInt || item.IsFloat || item.IsBool || item.IsNone || r is string or PyBigInt or PyBytes)
                continue;
            if (r is PyTuple t)
            {
                if (t._hashPlusOne == 0)
                    return false;
                continue;
            }
            if (r is PyDerivedInstance { Value.Ref: PyTuple inner, HashesAsBuiltin: true } d && inner._hashPlusOne != 0)
            {
                d.Type.TupleHashesRelyOn = true;
                continue;
            }
            return false;
        }
        return true;
    }

    public override PyIterator Iter() => new ArrayIterator(_items, _items.Length, PyTypes.TupleIterator);

    public override bool Contains(PyValue item) => SequenceOps.IndexOf(_items, item, 0, _items.Length) >= 0;

    public PyValue GetAt(long index)
    {
        if (index < 0)
            index += _items.Length;
        if ((ulong)index >= (ulong)_items.Length)
            throw PyException.IndexError("tuple index out of range");
        return _items[index];
    }

    public override PyValue GetItem(PyValue key)
    {
        if (key.IsInt)
            return GetAt(key.Bits);
        if (key.Ref is PySlice slice)
        {
            var items = SequenceOps.Slice(_items, slice);
            return PyValue.FromObject(items.Length == _items.Length && (slice.Step.IsNone || slice.Step is { IsInt: true, Bits: 1 }) ? this : items.Length == 0 ? Empty : new PyTuple(items));
        }
        int i = SequenceOps.NormalizeIndex(key, _items.Length, "tuple");
        if (i < 0)
            throw PyException.IndexError("tuple index out of range");
        return _items[i];
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (PyDerivedInstance.Unwrap(other).Ref is not PyTuple o)
            return default;
        // Two kept hashes that differ: not equal (equal items have equal hashes, and kept ones cannot change).
        if (op is CompareOp.Eq or CompareOp.Ne && _hashPlusOne != 0 && o._hashPlusOne != 0 && _hashPlusOne != o._hashPlusOne && s_keepHashes)
            return PyValue.FromBool(op == CompareOp.Ne);
        return PyValue.FromBool(SequenceOps.Compare(_items, o._items, op));
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (op == BinOp.Add && !reflected)
        {
            if (PyDerivedInstance.Unwrap(other).Ref is not PyTuple o)
                throw PyException.TypeError($"can only concatenate tuple (not \"{PyOps.TypeName(other)}\") to tuple");
            if (o._items.Length == 0)
                return PyValue.FromObject(this);
            var r = new PyValue[_items.Length + o._items.Length];
            _items.CopyTo(r, 0);
            o._items.CopyTo(r, _items.Length);
            return PyValue.FromObject(new PyTuple(r));
        }
        if (op == BinOp.Mul)
        {
            long n = SequenceOps.RepeatCount(other);
            if (n == long.MinValue)
                return default;
            if (n <= 0 || _items.Length == 0)
                return PyValue.FromObject(Empty);
            if (n == 1)
                return PyValue.FromObject(this);
            var list = new PyList(_items).Repeat(n);
            return PyValue.FromObject(new PyTuple(list.AsSpan().ToArray()));
        }
        return default;
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (StructExtras is { } extras && Array.IndexOf(extras.Names, name) is var x and >= 0)
        {
            value = extras.Values[x];
            return true;
        }
        if (StructSequence is { } ss && Array.IndexOf(ss.Fields, name) is var f and >= 0)
        {
            value = _items[f];
            return true;
        }
        if (name is "index" or "count")
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        // A struct sequence's fields are read-only members (structseq's PyMemberDef READONLY).
        if ((StructSequence is { } ss && Array.IndexOf(ss.Fields, name) >= 0)
            || (StructExtras is { } extras && Array.IndexOf(extras.Names, name) >= 0))
            throw PyException.AttributeError("readonly attribute");
        base.SetAttr(name, value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "index":
            {
                ArgCheck.Range("index", args, kwNames, 1, 3);
                SequenceOps.IndexBounds(args, _items.Length, out int start, out int stop);
                int i = SequenceOps.IndexOf(_items, args[0], start, stop);
                if (i < 0)
                    throw PyException.ValueError("tuple.index(x): x not in tuple");
                result = PyValue.FromInt(i);
                return true;
            }
            case "count":
                ArgCheck.ExactlyOne("tuple.count", args, kwNames);
                result = PyValue.FromInt(SequenceOps.Count(_items, args[0]));
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }
}

/// <summary>The type of each struct sequence (<c>type(sys.version_info)</c> is <c>sys.version_info</c>, a subclass of
/// tuple), made when first asked for.</summary>
internal static class StructSequenceTypes
{
    private static readonly System.Collections.Generic.Dictionary<string, PyType> s_types = new();

    public static PyType For(string typeName)
    {
        lock (s_types)
        {
            if (!s_types.TryGetValue(typeName, out var type))
            {
                int dot = typeName.LastIndexOf('.');
                type = new PyType(typeName.Substring(dot + 1), PyTypes.Tuple)
                {
                    Module = dot < 0 ? "builtins" : typeName.Substring(0, dot),
                    TpName = typeName,
                    IsBaseType = false,
                };
                s_types[typeName] = type;
            }
            return type;
        }
    }

    /// <summary>The type of a struct sequence, callable as CPython's <c>structseq_new</c>: <c>T(sequence, dict=None)</c>
    /// with the <paramref name="fields"/> as items and, for the <paramref name="extras"/> (attribute-only fields), the
    /// items after them or else the dict's entries (None when missing). Its <c>n_*</c> counts as CPython's.</summary>
    public static PyType Constructible(string typeName, string[] fields, string[]? extras = null)
    {
        extras ??= [];
        var type = For(typeName);
        type.Dict["n_sequence_fields"] = PyValue.FromInt(fields.Length);
        type.Dict["n_fields"] = PyValue.FromInt(fields.Length + extras.Length);
        type.Dict["n_unnamed_fields"] = PyValue.FromInt(0);
        type.Constructor ??= (args, kwNames) => NewStructSequence(typeName, fields, extras, args, kwNames);
        return type;
    }

    private static readonly string[] NewParameters = { "sequence", "dict" };

    private static PyValue NewStructSequence(string typeName, string[] fields, string[] extras, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (positional > 2)
            throw PyException.TypeError($"structseq() takes at most 2 arguments ({positional} given)");
        var bound = ArgCheck.Bind("structseq", args, kwNames, NewParameters, 1);
        var seq = PyDerivedInstance.Unwrap(bound[0]);
        // (PySequence_Fast: the sequence's items, iterated once)
        PyValue[] items = seq.Ref switch
        {
            PyTuple t => t.AsSpan().ToArray(),
            PyList l => l.AsSpan().ToArray(),
            _ => PyOps.IsIterable(seq) ? PyList.FromIterable(seq).AsSpan().ToArray()
                : throw PyException.TypeError("constructor requires a sequence"),
        };
        int min = fields.Length, max = fields.Length + extras.Length;
        if (items.Length < min || items.Length > max)
        {
            throw PyException.TypeError(min == max
                ? $"{typeName}() takes a {min}-sequence ({items.Length}-sequence given)"
                : items.Length < min
                ? $"{typeName}() takes an at least {min}-sequence ({items.Length}-sequence given)"
                : $"{typeName}() takes an at most {max}-sequence ({items.Length}-sequence given)");
        }
        if (extras.Length == 0)
            return PyValue.FromObject(new PyTuple(items) { StructSequence = (typeName, fields) });
        var dict = bound[1].IsUnbound ? PyValue.None : bound[1];
        var values = new PyValue[extras.Length];
        for (int i = 0; i < extras.Length; i++)
        {
            values[i] = min + i < items.Length ? items[min + i]
                : dict.Ref is PyDict d && d.TryGetValue(PyValue.FromString(extras[i]), out var v) ? v
                : PyValue.None;
        }
        return PyValue.FromObject(new PyTuple(items[..min]) { StructSequence = (typeName, fields), StructExtras = (extras, values) });
    }
}
