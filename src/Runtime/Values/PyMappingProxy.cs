using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// A class's <c>__dict__</c>: a read-only, live view of its attributes (CPython's <c>mappingproxy</c>), in CPython's
/// order (a built-in type's: see <see cref="BuiltinDict"/>): <c>__module__</c>, what the body bound (its docstring as <c>__doc__</c>), the <c>__dict__</c> and
/// <c>__weakref__</c> descriptors of a class that gives its instances a dict first, <c>__doc__</c> (None) when the body
/// has none, and the <c>__hash__ = None</c> that defining <c>__eq__</c> implies. Or a read-only view of any other
/// mapping (<c>types.MappingProxyType(m)</c>; in C#, a compiled pattern's <c>groupindex</c>), which every operation
/// asks (mappingproxy_* in CPython's <c>Objects/descrobject.c</c>).
/// </summary>
public sealed class PyMappingProxy(PyType owner) : PyObject
{
    public static readonly PyType TypeObject = new("mappingproxy", PyTypes.Object) { IsBaseType = false, Constructor = Construct };

    /// <summary>The mapping this is a view of, when it is not a class's attributes (unbound then).</summary>
    private readonly PyValue _mapping;

    public PyMappingProxy(PyDict mapping) : this(PyValue.FromObject(mapping)) { }

    private PyMappingProxy(PyValue mapping) : this(PyTypes.Object) => _mapping = mapping;

    private static readonly string[] Parameters = { "mapping" };

    /// <summary><c>mappingproxy(mapping)</c>: a mapping (anything subscriptable but a list or tuple), as
    /// mappingproxy_new checks it.</summary>
    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var mapping = ArgCheck.Bind("mappingproxy", args, kw, Parameters, required: 1)[0];
        var v = PyDerivedInstance.Unwrap(mapping);
        bool subscriptable = v.Ref is PyDict or PyMappingProxy or string or PyBytes or PyByteArray
            || v.Ref is PyInstance inst && inst.Type.TryLookup("__getitem__", out _)
            || v.Ref is PyObject o && !v.IsNone && o is not PyList and not PyTuple && PyOps.HasAttr(mapping, "__getitem__");
        if (!subscriptable || mapping.Ref is PyList or PyTuple)
            throw PyException.TypeError($"mappingproxy() argument must be a mapping, not {PyOps.TypeName(mapping)}");
        return PyValue.FromObject(new PyMappingProxy(mapping));
    }

    public override PyType Type => TypeObject;

    /// <summary>The attributes as they are now, as a dict in CPython's order.</summary>
    public PyDict Snapshot()
    {
        if (!_mapping.IsUnbound)
            return _mapping.Ref as PyDict ?? (PyDict)PyOps.Call(PyValue.FromObject(PyTypes.Dict), [_mapping], null).Ref!;
        if (owner.IsBuiltin)
            return BuiltinDict(owner);
        var d = new PyDict();
        d.SetItem("__module__", owner.Dict.TryGetValue("__module__", out var module) ? module : PyValue.FromString(owner.Module ?? "builtins"));
        // (what type.__new__ adds comes where it added it: before what __init_subclass__ and later code set)
        int index = 0;
        foreach (var kv in owner.Dict)
        {
            if (index++ == owner.CreatedDictCount)
                AddCreated(d, owner);
            if (kv.Key is "__module__" or "__qualname__" || (kv.Key == "__hash__" && owner.HashImpliedByEq))
                continue;
            d.SetItem(kv.Key, kv.Value);
        }
        if (index <= owner.CreatedDictCount)
            AddCreated(d, owner);
        return d;
    }

    /// <summary>The entries <c>type.__new__</c> adds to a class's namespace, in its order.</summary>
    private static void AddCreated(PyDict d, PyType owner)
    {
        if (owner.AddsInstanceDict)
        {
            d.SetItem("__dict__", PyValue.FromObject(new PyAttributeDescriptor("__dict__", owner)));
            d.SetItem("__weakref__", PyValue.FromObject(new PyAttributeDescriptor("__weakref__", owner)));
        }
        if (!owner.Dict.ContainsKey("__doc__"))
            d.SetItem("__doc__", PyValue.None);
        if (owner.HashImpliedByEq)
            d.SetItem("__hash__", PyValue.None);
    }

    /// <summary>One attribute of a class, without building the whole view (<c>name in C.__dict__</c>,
    /// <c>C.__dict__[name]</c>): the entries <see cref="Snapshot"/> adds to the class's own, then the class's own.</summary>
    private bool TryGetEntry(string name, out PyValue value)
    {
        if (owner.IsBuiltin)
            return BuiltinDict(owner).TryGetValue(PyValue.FromString(name), out value);
        switch (name)
        {
            case "__module__" when !owner.Dict.ContainsKey(name):
                value = PyValue.FromString(owner.Module ?? "builtins");
                return true;
            case "__qualname__":
                value = default;
                return false;
            case "__dict__" or "__weakref__" when owner.AddsInstanceDict:
                value = PyValue.FromObject(new PyAttributeDescriptor(name, owner));
                return true;
            case "__doc__" when !owner.Dict.ContainsKey(name):
                value = PyValue.None;
                return true;
        }
        return owner.Dict.TryGetValue(name, out value);
    }

    /// <summary>Whether CPython's names of <paramref name="type"/>'s own attributes are known (a built-in type whose
    /// <c>__dict__</c> can be shown).</summary>
    internal static bool HasBuiltinDict(PyType type) => BuiltinTypeDicts.OwnNames.ContainsKey(type.Name);

    private static readonly Dictionary<PyType, PyDict> s_builtinDicts = new();

    /// <summary>A built-in type's own attributes, with CPython's names in its order (<see cref="BuiltinTypeDicts"/>):
    /// None where CPython has None (<c>list.__hash__</c>), the attribute as the type gives it, or, where the runtime has
    /// no such object to give, a method that says so when called. Made once per type.</summary>
    private static PyDict BuiltinDict(PyType type)
    {
        lock (s_builtinDicts)
        {
            if (s_builtinDicts.TryGetValue(type, out var cached))
                return cached;
            var d = new PyDict();
            foreach (string name in BuiltinTypeDicts.OwnNames[type.Name])
            {
                PyValue value;
                if (BuiltinTypeDicts.NoneValued.Contains(type.Name + "." + name))
                    value = PyValue.None;
                else if (name is "__dict__" or "__doc__" || !TryTypeAttribute(type, name, out value))
                    value = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
                        throw PyException.NotImplementedError($"'{type.Name}.__dict__[{StrRepr.Repr(name)}]' is not supported by PyAot yet")) { MethodOf = type });
                d.SetItem(name, value);
            }
            s_builtinDicts[type] = d;
            return d;
        }
    }

    private static bool TryTypeAttribute(PyType type, string name, out PyValue value)
    {
        try
        {
            return type.TryGetAttr(name, out value);
        }
        catch (PyException)
        {
            value = default;
            return false;
        }
    }

    public override long Length() => _mapping.IsUnbound ? Snapshot().Length() : PyOps.Len(_mapping);

    public override PyValue GetItem(PyValue key) =>
        !_mapping.IsUnbound ? PyOps.GetItem(_mapping, key)
        : key.Ref is string name ? TryGetEntry(name, out var value) ? value : throw PyException.KeyError(key) : Snapshot().GetItem(key);

    public override void SetItem(PyValue key, PyValue value) =>
        throw PyException.TypeError("'mappingproxy' object does not support item assignment");

    public override void DelItem(PyValue key) =>
        throw PyException.TypeError("'mappingproxy' object does not support item deletion");

    public override bool Contains(PyValue item) =>
        !_mapping.IsUnbound ? PyOps.Contains(_mapping, item) : item.Ref is string name ? TryGetEntry(name, out _) : Snapshot().Contains(item);

    public override PyIterator Iter() => PyOps.GetIter(Mapping);

    public override string Repr() => "mappingproxy(" + PyOps.Repr(Mapping) + ")";

    /// <summary>str() is the mapping's own.</summary>
    public override string Str() => PyOps.Str(Mapping);

    /// <summary>Comparisons, <c>|</c> and hashing are the mapping's (mappingproxy_richcompare, mappingproxy_or,
    /// mappingproxy_hash).</summary>
    private PyValue Mapping => _mapping.IsUnbound ? PyValue.FromObject(Snapshot()) : _mapping;

    public override PyValue RichCompare(PyValue other, CompareOp op) => PyOps.Compare(Mapping, other, op);

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (op != BinOp.BitOr)
            return default;
        var mine = Mapping;
        if (other.Ref is PyMappingProxy p)
            other = p.Mapping;
        return reflected ? PyOps.Binary(op, other, mine) : PyOps.Binary(op, mine, other);
    }

    public override PyValue InplaceOp(BinOp op, PyValue other) =>
        op == BinOp.BitOr ? throw PyException.TypeError("'|=' is not supported by mappingproxy; use '|' instead") : default;

    public override long Hash() => PyOps.Hash(Mapping);

    private static readonly string[] Methods = { "keys", "values", "items", "get", "copy" };

    public override bool TryGetAttr(string name, out PyValue value) =>
        TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (Array.IndexOf(Methods, name) >= 0)
        {
            // (mappingproxy_get and the others call the mapping's own method)
            result = PyOps.CallMethod(Mapping, name, args, kwNames);
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }
}

/// <summary>The <c>__dict__</c> and <c>__weakref__</c> entries of a class's <c>__dict__</c> (a getset_descriptor).</summary>
internal sealed class PyAttributeDescriptor(string name, PyType owner) : PyObject
{
    private static readonly PyType TypeObject = new("getset_descriptor", PyTypes.Object) { IsBaseType = false };

    public override PyType Type => TypeObject;

    public override string Repr() => $"<attribute '{name}' of '{owner.Name}' objects>";
}
