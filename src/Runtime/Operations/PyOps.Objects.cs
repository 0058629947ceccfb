using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

public static partial class PyOps
{
    /// <summary>type(v).</summary>
    public static PyType TypeOf(PyValue v)
    {
        object? r = v.Ref;
        if (ReferenceEquals(r, ValueTags.Int))
            return PyTypes.Int;
        if (ReferenceEquals(r, ValueTags.Float))
            return PyTypes.Float;
        if (ReferenceEquals(r, ValueTags.Bool))
            return PyTypes.Bool;
        if (ReferenceEquals(r, ValueTags.None))
            return PyTypes.NoneType;
        return r switch
        {
            string => PyTypes.Str,
            PyObject o => o.Type,
            PyBigInt => PyTypes.Int,
            IPyCallable => PyTypes.Function,
            null => throw new InvalidOperationException("type of an unbound value"),
            _ => PyTypes.Object,
        };
    }

    /// <summary>The type name CPython puts in messages ('int', 'str', 'NoneType', ...).</summary>
    /// <summary>The type's name as CPython's messages have it (<see cref="PyType.TpName"/>).</summary>
    public static string TypeName(PyValue v) => TypeOf(v).TpName;

    /// <summary>isinstance(v, t) where t is a type or a tuple of types.</summary>
    public static bool IsInstance(PyValue v, PyValue typeOrTuple)
    {
        switch (typeOrTuple.Ref)
        {
            case PyType t:
                return t.Metaclass is not null && t.MetaInstanceCheck(v) is { } check ? check : TypeOf(v).IsSubtypeOf(t);
            case PyTuple tuple:
                for (int i = 0; i < tuple.Count; i++)
                {
                    if (IsInstance(v, tuple[i]))
                        return true;
                }
                return false;
            case PyUnionType union:
                return IsInstance(v, PyValue.FromObject(union.Args));
            case PyGenericAlias:
                throw PyException.TypeError("isinstance() argument 2 cannot be a parameterized generic");
            case PyInstance inst when inst.Type.TryLookup("__instancecheck__", out var instanceCheck):
                // An object whose class defines __instancecheck__ answers (typing's aliases), as PyObject_IsInstance asks it.
                return IsTrue(CallWithSelf(instanceCheck, typeOrTuple, [v], null));
        }
        throw PyException.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    // ---- items ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue GetItem(PyValue obj, PyValue key)
    {
        if (key.IsInt)
        {
            if (obj.Ref is PyList list)
            {
                long i = key.Bits;
                if ((ulong)i < (ulong)list.Count)
                    return list.Items[i];
                return list.GetAt(i);
            }
            if (obj.Ref is PyTuple tuple)
            {
                long i = key.Bits;
                if ((ulong)i < (ulong)tuple.Count)
                    return tuple.Items[i];
            }
        }
        return GetItemSlow(obj, key);
    }

    /// <summary><c>obj[i]</c> with a native int index (typed code). Inline: an in-range index of a list or tuple;
    /// everything else out of line, so the inlined part stays small (large generated methods run out of inlining budget).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue GetItemInt(PyValue obj, long i)
    {
        if (obj.Ref is PyList list)
        {
            if ((ulong)i < (ulong)list.Count)
                return list.Items[i];
        }
        else if (obj.Ref is PyTuple tuple && (ulong)i < (ulong)tuple.Count)
        {
            return tuple.Items[i];
        }
        return GetItemIntSlow(obj, i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue GetItemIntSlow(PyValue obj, long i) =>
        obj.Ref is PyList list ? list.GetAt(i) : GetItem(obj, PyValue.FromInt(i));

    /// <summary><c>obj[i] = value</c> with a native int index (typed code). Inline: an in-range index of a list;
    /// replacing an inline value by one of the same kind (a float by a float) writes only the payload, without
    /// the GC write barrier a reference store takes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItemInt(PyValue obj, long i, PyValue value)
    {
        if (obj.Ref is PyList list && (ulong)i < (ulong)list.Count)
        {
            StoreSlot(ref list.Items[i], value);
            return;
        }
        SetItemIntSlow(obj, i, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetItemIntSlow(PyValue obj, long i, PyValue value) => SetItem(obj, PyValue.FromInt(i), value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue GetItemSlow(PyValue obj, PyValue key)
    {
        switch (obj.Ref)
        {
            case string s:
                return StrOps.GetItem(s, key);
            case PyObject o:
                return o.GetItem(key);
        }
        throw PyException.TypeError($"'{TypeName(obj)}' object is not subscriptable");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(PyValue obj, PyValue key, PyValue value)
    {
        if (obj.Ref is PyList list && key.IsInt)
        {
            long i = key.Bits;
            if ((ulong)i < (ulong)list.Count)
                StoreSlot(ref list.Items[i], value);
            else
                list.SetAt(i, value);
            return;
        }
        SetItemSlow(obj, key, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetItemSlow(PyValue obj, PyValue key, PyValue value)
    {
        if (obj.Ref is PyObject o)
        {
            o.SetItem(key, value);
            return;
        }
        throw PyException.TypeError($"'{TypeName(obj)}' object does not support item assignment");
    }

    public static void DelItem(PyValue obj, PyValue key)
    {
        if (obj.Ref is PyObject o)
        {
            o.DelItem(key);
            return;
        }
        if (obj.Ref is string)
            throw PyException.TypeError("'str' object doesn't support item deletion");
        throw PyException.TypeError($"'{TypeName(obj)}' object does not support item deletion");
    }

    /// <summary>A slice object; unbound or None parts are omitted bounds.</summary>
    public static PyValue Slice(PyValue start, PyValue stop, PyValue step) =>
        PyValue.FromObject(new PySlice(start, stop, step));

    // GetSlice/SetSlice/DelSlice (obj[a:b:c] without a slice object): PyOps.Slices.cs.

    /// <summary>len(v).</summary>
    public static long Len(PyValue v)
    {
        switch (v.Ref)
        {
            case string s:
                return CodePoints.Length(s);
            case PyList l:
                return l.Count;
            case PyObject o:
                return o.Length();
        }
        throw PyException.TypeError($"object of type '{TypeName(v)}' has no len()");
    }

    public static long Hash(PyValue v) => PyHash.Hash(v);

    // ---- attributes ----

    public static PyValue GetAttr(PyValue obj, string name)
    {
        if (TryGetAttr(obj, name, out var value))
            return value;
        throw NoAttribute(obj, name);
    }

    /// <summary>getattr(obj, name, default).</summary>
    public static PyValue GetAttr(PyValue obj, string name, PyValue defaultValue) =>
        TryGetAttr(obj, name, out var value) ? value : defaultValue;

    public static bool HasAttr(PyValue obj, string name) => TryGetAttr(obj, name, out _);

    public static bool TryGetAttr(PyValue obj, string name, out PyValue value)
    {
        switch (obj.Ref)
        {
            case PyObject o:
                if (o.TryGetAttr(name, out value))
                    return true;
                if (name == "__class__")
                {
                    value = PyValue.FromObject(o.Type);
                    return true;
                }
                return false;
            case string:
                if (StrOps.IsMethod(name))
                {
                    value = PyValue.FromObject(new PyBuiltinMethod(obj, name));
                    return true;
                }
                if (PyObject.TryBuiltinDunder(obj, PyTypes.Str, name, out value))
                    return true;
                break;
            case null:
                throw new InvalidOperationException("attribute of an unbound value");
            default:
                if (NumberMethods.TryGetAttr(obj, name, out value))
                    return true;
                if ((obj.IsInt || obj.IsFloat || obj.Ref is PyBigInt) && PyObject.TryBuiltinDunder(obj, TypeOf(obj), name, out value))
                    return true;
                break;
        }
        if (name == "__class__")
        {
            value = PyValue.FromObject(TypeOf(obj));
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The AttributeError of reading a missing attribute, with its <c>name</c> and <c>obj</c> (from which the
    /// traceback suggests a close name, as CPython 3.12's does).</summary>
    public static PyException NoAttribute(PyValue obj, string name)
    {
        if (obj.Ref is PyType t)
            return PyException.AttributeError(obj, name, $"type object '{t.Name}' has no attribute '{name}'");
        if (obj.Ref is PyModule m)
            return PyException.AttributeError(obj, name, $"module '{m.Name}' has no attribute '{name}'");
        return PyException.AttributeError(obj, name, $"'{TypeName(obj)}' object has no attribute '{name}'");
    }

    public static void SetAttr(PyValue obj, string name, PyValue value)
    {
        if (obj.Ref is PyObject o)
        {
            o.SetAttr(name, value);
            return;
        }
        if (HasAttr(obj, name))
            throw PyException.AttributeError($"'{TypeName(obj)}' object attribute '{name}' is read-only");
        throw PyException.AttributeError($"'{TypeName(obj)}' object has no attribute '{name}'");
    }

    public static void DelAttr(PyValue obj, string name)
    {
        if (obj.Ref is PyObject o)
        {
            o.DelAttr(name);
            return;
        }
        throw PyException.AttributeError($"'{TypeName(obj)}' object has no attribute '{name}'");
    }

    // ---- calls ----

    /// <summary><c>obj.name(args)</c> without materialising a bound method for built-in types.</summary>
    public static PyValue CallMethod(PyValue obj, string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        // The hottest method call: interned literal names compare by reference.
        if (ReferenceEquals(name, "append") && obj.Ref is PyList list && args.Length == 1 && kwNames is null)
        {
            list.Append(args[0]);
            return PyValue.None;
        }
        switch (obj.Ref)
        {
            case string s:
                if (StrOps.TryCallMethod(s, name, args, kwNames, out var sr))
                    return sr;
                break;
            case PyObject o:
                if (o.TryCallMethod(name, args, kwNames, out var r))
                    return r;
                break;
            case null:
                throw new InvalidOperationException("method call on an unbound value");
            default:
                if (NumberMethods.TryCallMethod(obj, name, args, kwNames, out var nr))
                    return nr;
                break;
        }
        throw NoAttribute(obj, name);
    }

    public static PyValue CallMethod(PyValue obj, string name) => CallMethod(obj, name, ReadOnlySpan<PyValue>.Empty, null);

    public static PyValue Call(PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (callable.Ref is IPyCallable c)
            return c.Call(args, kwNames);
        if (callable.Ref is PyObject o && o.TryCall(args, kwNames, out var r))
            return r;
        throw PyException.TypeError($"'{TypeName(callable)}' object is not callable");
    }

    public static PyValue Call(PyValue callable) => Call(callable, ReadOnlySpan<PyValue>.Empty, null);

    public static bool IsCallable(PyValue v) =>
        v.Ref is IPyCallable || (v.Ref is PyInstance i && i.Type.TryLookupSpecial(Special.Call, out _));

    /// <summary>Calls <paramref name="function"/> with <paramref name="self"/> prepended to the arguments.</summary>
    public static PyValue CallWithSelf(PyValue function, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is null && function.Ref is PyFunction f)
            return f.CallWithSelf(self, args);
        // What a class defines a special method as need not be a function: a class (`__call__ = dict`), a static or
        // class method, an object with or without __get__ is bound as the descriptor protocol says (lookup_maybe_method).
        if (function.Ref is PyType or PyStaticMethod or PyClassMethod or PyInstance)
            return Call(PyType.BindDescriptor(function, self), args, kwNames);
        return CallBound(function, self, args, kwNames);
    }

    /// <summary>Calls <paramref name="function"/> with <paramref name="self"/> first, whatever it is: a bound method's call
    /// (the binding happened when the method was made).</summary>
    public static PyValue CallBound(PyValue function, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is null && function.Ref is PyFunction f)
            return f.CallWithSelf(self, args);
        var all = new PyValue[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return Call(function, all, kwNames);
    }

    // ---- iteration ----

    public static PyIterator GetIter(PyValue v)
    {
        switch (v.Ref)
        {
            case PyList l:
                return new ListIterator(l);
            case string s:
                return CodePoints.HasSurrogates(s) ? new CodePointIterator(s) : new StrIterator(s);
            case PyObject o:
                return o.Iter();
        }
        throw PyException.TypeError($"'{TypeName(v)}' object is not iterable");
    }

    public static bool IsIterable(PyValue v)
    {
        switch (v.Ref)
        {
            case PyCoroutine:
                return false;
            case string:
            case PyList:
            case PyTuple:
            case PyDict:
            case PySet:
            case PyRange:
            case PyIterator:
            case PyDictView:
                return true;
            case PyDerivedInstance d when IsIterable(d.Value):
                return true;
            case PyInstance i:
                return i.Type.TryLookupSpecial(Special.Iter, out _) || i.Type.TryLookupSpecial(Special.GetItem, out _);
            case PyObject o:
                // The runtime's other types (mappingproxy, deque, array, files...): iterable when they make an iterator
                // (their Iter runs no Python code; its TypeError is "not iterable").
                try
                {
                    o.Iter();
                    return true;
                }
                catch (PyException e) when (e.Matches(PyTypes.TypeError))
                {
                    return false;
                }
        }
        return false;
    }

    /// <summary>Unpacks exactly <paramref name="count"/> items (a, b = x), with CPython's ValueErrors.</summary>
    public static PyValue[] Unpack(PyValue v, int count)
    {
        if (v.Ref is PyTuple t && t.Count == count)
            return t.Items;
        if (v.Ref is PyList l && l.Count == count)
            return l.AsSpan().ToArray();
        var result = new PyValue[count];
        var it = GetIter(v);
        for (int i = 0; i < count; i++)
        {
            if (!it.MoveNext(out result[i]))
                throw PyException.ValueError($"not enough values to unpack (expected {count}, got {i})");
        }
        if (it.MoveNext(out _))
            throw PyException.ValueError($"too many values to unpack (expected {count})");
        return result;
    }

    /// <summary>a, *rest, b = x: <paramref name="before"/> items, a list, <paramref name="after"/> items.</summary>
    public static PyValue[] UnpackStar(PyValue v, int before, int after)
    {
        var all = PyList.FromIterable(v);
        if (all.Count < before + after)
            throw PyException.ValueError($"not enough values to unpack (expected at least {before + after}, got {all.Count})");
        var result = new PyValue[before + after + 1];
        for (int i = 0; i < before; i++)
            result[i] = all[i];
        int middle = all.Count - before - after;
        result[before] = PyValue.FromObject(new PyList(all.AsSpan().Slice(before, middle)));
        for (int i = 0; i < after; i++)
            result[before + 1 + i] = all[before + middle + i];
        return result;
    }

    // ---- integers as indices ----

    /// <summary>operator.index(v) as a BigInteger: ints, bools and objects with __index__.</summary>
    public static bool TryIndex(PyValue v, out BigInteger value)
    {
        v = PyDerivedInstance.BuiltinUnless(v, "__index__");
        if (IsSmallInt(v))
        {
            value = v.Bits;
            return true;
        }
        if (v.Ref is PyBigInt b)
        {
            value = b.Value;
            return true;
        }
        if (v.Ref is PyInstance inst && inst.Type.TryLookup("__index__", out var m))
        {
            var r = CallWithSelf(m, v, ReadOnlySpan<PyValue>.Empty, null);
            if (IsIntegral(r))
            {
                value = IntOps.ToBig(r);
                return true;
            }
            throw PyException.TypeError($"__index__ returned non-int (type {TypeName(r)})");
        }
        value = default;
        return false;
    }

    /// <summary>An index-sized integer: TypeError for non-integers, OverflowError beyond 64 bits.</summary>
    public static long ToIndex(PyValue v)
    {
        if (IsSmallInt(v))
            return v.Bits;
        if (!TryIndex(v, out var big))
            throw PyException.TypeError($"'{TypeName(v)}' object cannot be interpreted as an integer");
        if (big < long.MinValue || big > long.MaxValue)
            throw PyException.OverflowError("Python int too large to convert to C ssize_t");
        return (long)big;
    }

    /// <summary>An index clamped to the 64-bit range (as slice bounds are).</summary>
    public static long ToIndexClamped(PyValue v)
    {
        if (IsSmallInt(v))
            return v.Bits;
        if (!TryIndex(v, out var big))
            throw PyException.TypeError($"'{TypeName(v)}' object cannot be interpreted as an integer");
        return big < long.MinValue ? long.MinValue : big > long.MaxValue ? long.MaxValue : (long)big;
    }
}

public static partial class PyOps
{
    /// <summary><c>super()</c> inside a method of <paramref name="cls"/> whose first argument is <paramref name="self"/>.</summary>
    public static PyValue Super(PyType cls, PyValue self) => PyValue.FromObject(new PySuper(cls, self));

    private static PyException TypeError(string m) => PyException.TypeError(m);
}
