using System;
using System.Collections;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// A class statement in progress (CPython's <c>__build_class__</c>): its name, bases and keywords, the metaclass they
/// decide, and the namespace the class body runs in. The namespace is kept here in definition order, or, when the
/// metaclass's <c>__prepare__</c> made one, is that mapping, whose <c>__setitem__</c>/<c>__getitem__</c> the body's
/// stores and reads go through. Reads fall back to the module's globals and the builtins (LOAD_NAME in a class body).
/// </summary>
public sealed class ClassNamespace : IEnumerable<KeyValuePair<string, PyValue>>
{
    private readonly Dictionary<string, PyValue> _values = new();
    private readonly List<string> _order = new();

    /// <summary>What the metaclass's <c>__prepare__</c> returned (unbound: the namespace is this object's own).</summary>
    private readonly PyValue _mapping;

    private ClassNamespace(string name, PyType[] bases, PyTuple? originalBases, PyValue metaclass, PyValue mapping, PyValue[] keywordValues, string[]? keywordNames)
    {
        Name = name;
        Bases = bases;
        OriginalBases = originalBases;
        Metaclass = metaclass;
        _mapping = mapping;
        KeywordValues = keywordValues;
        KeywordNames = keywordNames;
    }

    public string Name { get; }

    /// <summary>The bases, after <c>__mro_entries__</c> (PEP 560).</summary>
    public PyType[] Bases { get; }

    /// <summary>The bases as written, when <c>__mro_entries__</c> replaced any (the class gets them as <c>__orig_bases__</c>).</summary>
    public PyTuple? OriginalBases { get; }

    /// <summary>The metaclass (<c>type</c>, a class deriving from it, or any callable given as <c>metaclass=</c>).</summary>
    public PyValue Metaclass { get; }

    /// <summary>The class statement's keywords other than <c>metaclass</c>, for the metaclass and <c>__init_subclass__</c>.</summary>
    public PyValue[] KeywordValues { get; } = [];

    public string[]? KeywordNames { get; }

    /// <summary>Whether a class of the program is the metaclass, or a callable other than a class is.</summary>
    public bool HasCustomMetaclass => !ReferenceEquals(Metaclass.Ref, PyTypes.Type);

    /// <summary>The class made from this namespace, once made (a PEP 695 scope evaluated later reads its dict, as
    /// CPython's <c>__classdict__</c> cell is then the class's).</summary>
    public PyType? Created { get; private set; }

    /// <summary>
    /// <c>__build_class__</c> up to the body: bases replaced by their <c>__mro_entries__</c>, the metaclass (the
    /// <c>metaclass=</c> keyword, else the first base's type, then the most derived of it and the bases' types), and
    /// the namespace from its <c>__prepare__</c>, holding <c>__module__</c> and <c>__qualname__</c>.
    /// </summary>
    public static ClassNamespace Prepare(string name, string qualName, PyValue module, ReadOnlySpan<PyValue> bases, ReadOnlySpan<PyValue> keywordValues = default, string[]? keywordNames = null)
    {
        var (resolved, original) = ResolveBases(bases);
        PyValue meta = default;
        var keywords = new List<PyValue>(keywordValues.Length);
        var names = new List<string>(keywordValues.Length);
        for (int i = 0; i < keywordValues.Length; i++)
        {
            if (keywordNames![i] == "metaclass")
            {
                meta = keywordValues[i];
                continue;
            }
            keywords.Add(keywordValues[i]);
            names.Add(keywordNames[i]);
        }
        bool isClass = meta.IsUnbound || meta.Ref is PyType;
        if (meta.IsUnbound)
            meta = PyValue.FromObject(resolved.Length == 0 ? PyTypes.Type : PyOps.TypeOf(resolved[0]));
        if (isClass)
            meta = PyValue.FromObject(PyType.CalculateMetaclass((PyType)meta.Ref!, resolved));
        var types = new PyType[resolved.Length];
        for (int i = 0; i < resolved.Length; i++)
            types[i] = resolved[i].Ref as PyType ?? throw PyException.TypeError("bases must be types");
        PyValue[] kwValues = keywords.ToArray();
        string[]? kwNames = names.Count == 0 ? null : names.ToArray();
        PyValue mapping = default;
        // type.__prepare__ makes an empty dict: this object's own namespace stands for it until the metaclass is called.
        if (!ReferenceEquals(meta.Ref, PyTypes.Type) && !(meta.Ref is PyType mt0 && mt0.TryLookup("__prepare__", out var own) && ReferenceEquals(own.Ref, PyType.TypePrepare.Ref))
            && LookupAttr(meta, "__prepare__", out var prepare))
        {
            var args = new PyValue[kwValues.Length + 2];
            args[0] = PyValue.FromString(name);
            args[1] = PyValue.FromObject(new PyTuple(Array.ConvertAll(types, t => PyValue.FromObject(t))));
            kwValues.CopyTo(args, 2);
            mapping = PyOps.Call(prepare, args, kwNames);
            if (!IsMapping(mapping))
            {
                string who = meta.Ref is PyType mt ? mt.Name : "<metaclass>";
                throw PyException.TypeError($"{who}.__prepare__() must return a mapping, not {PyOps.TypeName(mapping)}");
            }
        }
        var ns = new ClassNamespace(name, types, original, meta, mapping, kwValues, kwNames);
        ns.Set("__module__", module);
        ns.Set("__qualname__", PyValue.FromString(qualName));
        return ns;
    }

    /// <summary><see cref="Prepare(string, string, PyValue, ReadOnlySpan{PyValue}, ReadOnlySpan{PyValue}, string[])"/>
    /// for a class statement with <c>*bases</c> or <c>**keywords</c>, built into a list and a dict as a call's are.</summary>
    public static ClassNamespace Prepare(string name, string qualName, PyValue module, PyList bases, PyDict keywords)
    {
        var values = new PyValue[keywords.Count];
        var names = new string[keywords.Count];
        int n = 0;
        for (int i = 0; keywords.Next(ref i, out var k, out var v); n++)
        {
            names[n] = (string)k.Ref!;
            values[n] = v;
        }
        return Prepare(name, qualName, module, bases.AsSpan(), values, n == 0 ? null : names);
    }

    /// <summary><c>*iterable</c> among a class statement's bases.</summary>
    public static void ExtendBases(PyList bases, PyValue iterable)
    {
        if (!PyOps.IsIterable(iterable))
            throw PyException.TypeError($"Value after * must be an iterable, not {PyOps.TypeName(iterable)}");
        bases.Extend(iterable);
    }

    /// <summary>The callable CPython's messages name for a class statement's keywords (<c>__build_class__()</c>).</summary>
    public static PyValue BuildClass => Rt.Builtin("__build_class__");

    /// <summary>PEP 560's <c>update_bases</c>: a base that is not a class but has <c>__mro_entries__</c> is replaced
    /// by the classes it returns; the bases as written are returned too when any was.</summary>
    private static (PyValue[] Bases, PyTuple? Original) ResolveBases(ReadOnlySpan<PyValue> bases)
    {
        List<PyValue>? replaced = null;
        PyTuple? original = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            if (b.Ref is PyType || !LookupAttr(b, "__mro_entries__", out var entries))
            {
                replaced?.Add(b);
                continue;
            }
            original ??= new PyTuple(bases.ToArray());
            if (replaced is null)
            {
                replaced = new List<PyValue>();
                for (int j = 0; j < i; j++)
                    replaced.Add(bases[j]);
            }
            var r = PyOps.Call(entries, [PyValue.FromObject(original)], null);
            if (r.Ref is not PyTuple tuple)
                throw PyException.TypeError("__mro_entries__ must return a tuple");
            for (int j = 0; j < tuple.Count; j++)
                replaced.Add(tuple[j]);
        }
        return (replaced is null ? bases.ToArray() : replaced.ToArray(), original);
    }

    /// <summary>CPython's <c>_PyObject_LookupAttr</c>: an AttributeError (a <c>__getattr__</c>'s) means no attribute.</summary>
    private static bool LookupAttr(PyValue obj, string name, out PyValue value)
    {
        try
        {
            return PyOps.TryGetAttr(obj, name, out value);
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            value = default;
            return false;
        }
    }

    private static bool IsMapping(PyValue v) =>
        PyDerivedInstance.Unwrap(v).Ref is PyDict || v.Ref is PyInstance inst && inst.Type.TryLookup("__getitem__", out _);

    /// <summary>The end of the class statement: the metaclass called with the name, the bases and the namespace
    /// (holding the methods' <c>__class__</c> cell as <c>__classcell__</c>), then CPython's check that the class it
    /// made is the one the cell got.</summary>
    public PyValue CreateClass(PyCell? classCell)
    {
        if (classCell is not null)
            Set("__classcell__", PyValue.FromObject(classCell));
        if (OriginalBases is not null)
            Set("__orig_bases__", PyValue.FromObject(OriginalBases));
        PyValue cls;
        if (!HasCustomMetaclass && _mapping.IsUnbound)
        {
            cls = PyValue.FromObject(PyType.CreateClass(Name, Bases, this, "__main__", null, null, KeywordValues, KeywordNames));
        }
        else
        {
            var args = new PyValue[KeywordValues.Length + 3];
            args[0] = PyValue.FromString(Name);
            args[1] = PyValue.FromObject(new PyTuple(Array.ConvertAll(Bases, t => PyValue.FromObject(t))));
            args[2] = _mapping.IsUnbound ? PyValue.FromObject(ToDict()) : _mapping;
            KeywordValues.CopyTo(args, 3);
            cls = PyOps.Call(Metaclass, args, KeywordNames);
        }
        Created = cls.Ref as PyType;
        if (classCell is not null && cls.Ref is PyType && !ReferenceEquals(classCell.Value.Ref, cls.Ref))
        {
            if (classCell.Value.IsUnbound)
                throw PyException.RuntimeError($"__class__ not set defining '{Name}' as {PyOps.Repr(cls)}. Was __classcell__ propagated to type.__new__?");
            throw PyException.TypeError($"__class__ set to {PyOps.Repr(classCell.Value)} defining '{Name}' as {PyOps.Repr(cls)}");
        }
        return cls;
    }

    private PyDict ToDict()
    {
        var d = new PyDict();
        foreach (var name in _order)
            d.SetItem(PyValue.FromString(name), _values[name]);
        return d;
    }

    public void Set(string name, PyValue value)
    {
        if (!_mapping.IsUnbound)
        {
            PyOps.SetItem(_mapping, PyValue.FromString(name), value);
            return;
        }
        if (!_values.ContainsKey(name))
            _order.Add(name);
        _values[name] = value;
    }

    /// <summary>A walrus in a class body: stores and returns the value.</summary>
    public PyValue Store(string name, PyValue value)
    {
        Set(name, value);
        return value;
    }

    /// <summary>The class-body value of <paramref name="name"/>, if the body bound it (for a mapping of the
    /// metaclass: its item, a KeyError meaning not bound).</summary>
    public bool TryGet(string name, out PyValue value)
    {
        if (_mapping.IsUnbound)
            return _values.TryGetValue(name, out value);
        try
        {
            value = PyOps.GetItem(_mapping, PyValue.FromString(name));
            return true;
        }
        catch (PyException e) when (e.Matches(PyTypes.KeyError))
        {
            value = default;
            return false;
        }
    }

    public void Delete(string name)
    {
        if (!_mapping.IsUnbound)
        {
            try
            {
                PyOps.DelItem(_mapping, PyValue.FromString(name));
            }
            catch (PyException e) when (e.Matches(PyTypes.KeyError))
            {
                throw PyException.NameError(name);
            }
            return;
        }
        if (!_values.Remove(name))
            throw PyException.NameError(name);
        _order.Remove(name);
    }

    /// <summary>Removes <paramref name="name"/> if bound (the implicit unbinding of <c>except E as name</c>).</summary>
    public void Unbind(string name)
    {
        if (!_mapping.IsUnbound)
        {
            if (TryGet(name, out _))
                Delete(name);
            return;
        }
        if (_values.Remove(name))
            _order.Remove(name);
    }

    /// <summary>The namespace in definition order (this object's own; a metaclass's mapping is passed as itself).</summary>
    public IEnumerator<KeyValuePair<string, PyValue>> GetEnumerator()
    {
        foreach (var name in _order)
            yield return new KeyValuePair<string, PyValue>(name, _values[name]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
