using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// Metaclasses: a class whose type is a class of the program deriving from <c>type</c> (<c>class Meta(type)</c>,
/// <c>class C(metaclass=Meta)</c>). Such a class is still a <see cref="PyType"/>; its <see cref="Metaclass"/> answers
/// what <c>type(C)</c> is, and the metaclass's methods, properties and special methods act on it as they act on
/// instances of any class: <c>C.method()</c>, <c>len(C)</c>, <c>C[k]</c>, <c>C(...)</c> through the metaclass's
/// <c>__call__</c>, <c>isinstance(x, C)</c> through its <c>__instancecheck__</c> (<c>typeobject.c</c>'s
/// <c>type_getattro</c> and slot functions). Classes whose type is <c>type</c> itself never look.
/// </summary>
public sealed partial class PyType
{
    /// <summary>The class's metaclass when it is not <c>type</c> (a class of the program deriving from it), else null.</summary>
    public PyType? Metaclass { get; private set; }

    /// <summary><c>_PyType_CalculateMetaclass</c>: the most derived of <paramref name="meta"/> and the types of the
    /// bases, which every other one must be a base of.</summary>
    internal static PyType CalculateMetaclass(PyType meta, ReadOnlySpan<PyValue> bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var t = PyOps.TypeOf(b);
            if (winner.IsSubtypeOf(t))
                continue;
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            throw PyException.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>What the metaclass's own classes (those of the program, before <c>type</c> in its MRO) define as
    /// <paramref name="name"/>: the special methods and attributes a metaclass adds to its classes.</summary>
    internal bool TryMetaLookup(string name, out PyValue value)
    {
        if (Metaclass is { } meta)
        {
            foreach (var t in meta.Mro)
            {
                if (t.IsBuiltin)
                    break;
                if (t.Dict.TryGetValue(name, out value))
                    return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The metaclass's special method <paramref name="name"/> called on this class.</summary>
    private PyValue CallMeta(PyValue method, ReadOnlySpan<PyValue> args) => PyOps.CallWithSelf(method, PyValue.FromObject(this), args, null);

    /// <summary><c>isinstance(value, C)</c> for a class whose metaclass defines <c>__instancecheck__</c>: its answer
    /// (the exact type is an instance without asking, as PyObject_IsInstance does); else null.</summary>
    internal bool? MetaInstanceCheck(PyValue value)
    {
        if (!TryMetaLookup("__instancecheck__", out var check) || ReferenceEquals(PyOps.TypeOf(value), this))
            return null;
        return PyOps.IsTrue(CallMeta(check, [value]));
    }

    /// <summary><c>issubclass(cls, C)</c> through the metaclass's <c>__subclasscheck__</c>, or null without one.</summary>
    internal bool? MetaSubclassCheck(PyValue cls) =>
        TryMetaLookup("__subclasscheck__", out var check) ? PyOps.IsTrue(CallMeta(check, [cls])) : null;

    public override string Repr() =>
        TryMetaLookup("__repr__", out var m) ? PyInstance.ExpectStr(CallMeta(m, default), "__repr__") : $"<class '{QualifiedName}'>";

    public override string Str() =>
        TryMetaLookup("__str__", out var m) ? PyInstance.ExpectStr(CallMeta(m, default), "__str__") : Repr();

    public override bool IsTrue()
    {
        if (Metaclass is null)
            return true;
        if (TryMetaLookup("__bool__", out var m))
            return PyInstance.BoolResult(CallMeta(m, default));
        return !TryMetaLookup("__len__", out _) || Length() != 0;
    }

    public override long Length() =>
        TryMetaLookup("__len__", out var m) ? PyInstance.LengthResult(CallMeta(m, default)) : base.Length();

    public override PyIterator Iter() =>
        TryMetaLookup("__iter__", out var m) ? PyInstance.IterResult(CallMeta(m, default))
        : TryMetaLookup("__getitem__", out _) ? new GetItemIterator(PyValue.FromObject(this))
        : base.Iter();

    public override bool Contains(PyValue item) =>
        TryMetaLookup("__contains__", out var m) ? PyOps.IsTrue(CallMeta(m, [item])) : base.Contains(item);

    public override void SetItem(PyValue key, PyValue value)
    {
        if (TryMetaLookup("__setitem__", out var m))
            CallMeta(m, [key, value]);
        else
            base.SetItem(key, value);
    }

    public override void DelItem(PyValue key)
    {
        if (TryMetaLookup("__delitem__", out var m))
            CallMeta(m, [key]);
        else
            base.DelItem(key);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (Metaclass is null || !TryMetaLookup(SpecialNames.NameOf(SpecialNames.Compare(op)), out var m))
            return default;
        var r = CallMeta(m, [other]);
        return r.Ref is PyNotImplementedType ? default : r;
    }

    public override long Hash()
    {
        if (Metaclass is not null && TryMetaLookup("__hash__", out var m))
            return m.IsNone ? throw PyException.TypeError($"unhashable type: '{Metaclass.Name}'") : PyInstance.HashResult(CallMeta(m, default));
        return base.Hash();
    }

    /// <summary><c>type.__new__(mcls, name, bases, dict, **kwds)</c> (<c>type_new</c>): a new class whose type is the
    /// most derived metaclass (whose own <c>__new__</c> makes it instead, when that is not this one).</summary>
    private static PyValue TypeNew(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (positional < 1)
            throw PyException.TypeError("type.__new__(): not enough arguments");
        if (args[0].Ref is not PyType mcls)
            throw PyException.TypeError($"type.__new__(X): X is not a type object ({PyOps.TypeName(args[0])})");
        if (!mcls.IsSubtypeOf(PyTypes.Type))
            throw PyException.TypeError($"type.__new__({mcls.Name}): {mcls.Name} is not a subtype of type");
        if (positional != 4)
            throw PyException.TypeError($"type.__new__() takes exactly 3 arguments ({positional - 1} given)");
        string name = args[1].Ref as string ?? throw PyException.TypeError($"type.__new__() argument 1 must be str, not {PyOps.TypeName(args[1])}");
        var basesTuple = args[2].Ref as PyTuple ?? throw PyException.TypeError($"type.__new__() argument 2 must be tuple, not {PyOps.TypeName(args[2])}");
        var dict = PyDerivedInstance.Unwrap(args[3]).Ref as PyDict ?? throw PyException.TypeError($"type.__new__() argument 3 must be dict, not {PyOps.TypeName(args[3])}");
        var winner = CalculateMetaclass(mcls, basesTuple.AsSpan());
        var bases = new PyType[basesTuple.Count];
        for (int i = 0; i < bases.Length; i++)
            bases[i] = basesTuple[i].Ref as PyType ?? throw PyException.TypeError("bases must be types");
        if (!ReferenceEquals(winner, mcls) && winner.CustomNew() is { } winnerNew)
        {
            var again = args.ToArray();
            again[0] = PyValue.FromObject(winner);
            return PyOps.Call(winnerNew, again, kwNames);
        }
        var members = new List<KeyValuePair<string, PyValue>>(dict.Count);
        for (int i = 0; dict.Next(ref i, out var k, out var v);)
            members.Add(new(k.Ref as string ?? throw PyException.TypeError("type.__new__(): keywords must be strings"), v));
        return PyValue.FromObject(CreateClass(name, bases, members, "__main__", null, winner, args[positional..], kwNames));
    }

    /// <summary><c>type.__new__</c> and <c>type.__prepare__</c> (a class method: a new empty dict), made by
    /// <see cref="InstallTypeMethods"/> when PyTypes is initialised (a static initializer here would read
    /// <c>PyTypes.Type</c> while it is being made).</summary>
    internal static PyValue TypeNewFunction, TypePrepare;

    /// <summary><c>type(...)</c> and a metaclass's call (<c>type_call</c>): <c>type(x)</c> is x's type; otherwise the
    /// metaclass's <c>__new__</c> (type's when it has none), then <c>__init__</c> on the class it returned.</summary>
    internal static PyValue TypeCall(PyType metaclass, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (ReferenceEquals(metaclass, PyTypes.Type))
        {
            if (positional == 1 && kwNames is null)
                return PyValue.FromObject(PyOps.TypeOf(args[0]));
            if (positional != 3)
                throw PyException.TypeError("type() takes 1 or 3 arguments");
        }
        return metaclass.CallWithNew(metaclass.CustomNew() ?? TypeNewFunction, args, kwNames);
    }

    /// <summary>Installs <c>type.__new__</c>, <c>__init__</c>, <c>__call__</c>, <c>__prepare__</c>,
    /// <c>__setattr__</c> and <c>__delattr__</c>, which a metaclass reaches through <c>super()</c>.</summary>
    internal static void InstallTypeMethods()
    {
        var type = PyTypes.Type;
        TypeNewFunction = PyValue.FromObject(new PyBuiltinFunction("__new__", TypeNew) { MethodOf = type });
        TypePrepare = PyValue.FromObject(new PyClassMethod(PyValue.FromObject(new PyBuiltinFunction("__prepare__", static (args, kw) => PyValue.FromObject(new PyDict())))));
        type.Dict["__new__"] = TypeNewFunction;
        type.Dict["__init__"] = PyValue.FromObject(new PyBuiltinFunction("__init__", static (args, kw) =>
        {
            int positional = args.Length - (kw?.Length ?? 0);
            if (positional < 1 || args[0].Ref is not PyType)
                throw PyException.TypeError("descriptor '__init__' requires a 'type' object");
            if (kw is { Length: > 0 } && positional == 2)
                throw PyException.TypeError("type.__init__() takes no keyword arguments");
            if (positional != 2 && positional != 4)
                throw PyException.TypeError("type.__init__() takes 1 or 3 arguments");
            return PyValue.None;
        }) { BindsSelf = true, MethodOf = type });
        type.Dict["__call__"] = PyValue.FromObject(new PyBuiltinFunction("__call__", static (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) < 1 || args[0].Ref is not PyType cls)
                throw PyException.TypeError("descriptor '__call__' requires a 'type' object");
            return cls.CallDefault(args[1..], kw);
        }) { BindsSelf = true, MethodOf = type });
        // A class method: type.__prepare__(name, bases, **kwds) is a new empty dict.
        type.Dict["__prepare__"] = TypePrepare;
        type.Dict["__setattr__"] = PyValue.FromObject(new PyBuiltinFunction("__setattr__", static (args, kw) =>
        {
            if (args.Length != 3 || args[0].Ref is not PyType cls)
                throw PyException.TypeError("expected 2 arguments: name and value");
            cls.SetAttrDirect(args[1].Ref as string ?? throw PyException.TypeError($"attribute name must be string, not '{PyOps.TypeName(args[1])}'"), args[2]);
            return PyValue.None;
        }) { BindsSelf = true, MethodOf = type });
        type.Dict["__delattr__"] = PyValue.FromObject(new PyBuiltinFunction("__delattr__", static (args, kw) =>
        {
            if (args.Length != 2 || args[0].Ref is not PyType cls)
                throw PyException.TypeError("expected 1 argument: name");
            cls.DelAttrDirect(args[1].Ref as string ?? throw PyException.TypeError($"attribute name must be string, not '{PyOps.TypeName(args[1])}'"));
            return PyValue.None;
        }) { BindsSelf = true, MethodOf = type });
    }
}
