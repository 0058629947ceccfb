using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// Classes of the program deriving from a built-in type (<c>class Stack(list)</c>): which built-in type that is, how
/// its instances are made (<see cref="PyDerivedInstance"/>), and the built-in types' <c>__new__</c> and
/// <c>__init__</c>, which such classes reach through <c>super()</c> and their own calls.
/// </summary>
public sealed partial class PyType
{
    /// <summary>For a class of the program, the built-in type other than <c>object</c> its instances are (its
    /// "solid base" in CPython's terms: <c>list</c> for <c>class Stack(list)</c> and its subclasses), or null.</summary>
    public PyType? BuiltinBase { get; private set; }

    /// <summary>Whether a class of the program in this class's MRO before its built-in base defines
    /// <paramref name="name"/> (then that, not the built-in type's behaviour, answers for its instances). Asked on
    /// every protocol use of a <see cref="PyDerivedInstance"/>, so kept per name until the class changes.</summary>
    internal bool OverridesBuiltin(string name)
    {
        var cache = _overrides ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out bool found))
            return found;
        found = false;
        foreach (var t in Mro)
        {
            if (t.IsBuiltin)
                break;
            if (t.Dict.ContainsKey(name))
            {
                found = true;
                break;
            }
        }
        cache[name] = found;
        return found;
    }

    private Dictionary<string, bool>? _overrides;

    /// <summary>Whether some tuple keeps a hash that holds an instance's hash of this class (a tuple subclass that
    /// takes tuple's hash): changing the class then stops tuples keeping hashes (<see cref="PyTuple.ClassChanged"/>).</summary>
    internal bool TupleHashesRelyOn;

    /// <summary><see cref="OverridesBuiltin(string)"/> of a special method, remembered per class version in an array
    /// (a protocol of an instance of a class deriving from a built-in type asks it each time: no string hashing).</summary>
    internal bool OverridesBuiltin(Special special)
    {
        var known = _overridesSpecial ??= new byte[SpecialNames.Count];
        ref byte entry = ref known[(int)special];
        if (entry == 0)
            entry = OverridesBuiltin(SpecialNames.NameOf(special)) ? (byte)1 : (byte)2;
        return entry == 1;
    }

    /// <summary>Per <see cref="Special"/>: 0 not asked yet, 1 overridden, 2 not.</summary>
    private byte[]? _overridesSpecial;

    /// <summary>The built-in types a class of the program can derive from (besides object and the exceptions); a
    /// class deriving from <c>type</c> is a metaclass, whose instances are classes (PyType.Metaclass.cs).</summary>
    private static bool IsDerivable(PyType t) =>
        ReferenceEquals(t, PyTypes.List) || ReferenceEquals(t, PyTypes.Dict) || ReferenceEquals(t, PyTypes.Set)
        || ReferenceEquals(t, PyTypes.FrozenSet) || ReferenceEquals(t, PyTypes.Tuple) || ReferenceEquals(t, PyTypes.Int)
        || ReferenceEquals(t, PyTypes.Float) || ReferenceEquals(t, PyTypes.Str) || ReferenceEquals(t, PyTypes.Bytes)
        || ReferenceEquals(t, PyTypes.ByteArray) || ReferenceEquals(t, PyTypes.Type) || ReferenceEquals(t, PyStruct.TypeObject);

    /// <summary>Mutable built-in bases (and <c>struct.Struct</c>) get their contents from <c>__init__</c>; the others from <c>__new__</c>.</summary>
    private static bool IsMutable(PyType t) =>
        ReferenceEquals(t, PyTypes.List) || ReferenceEquals(t, PyTypes.Dict) || ReferenceEquals(t, PyTypes.Set)
        || ReferenceEquals(t, PyTypes.ByteArray) || ReferenceEquals(t, PyStruct.TypeObject);

    /// <summary>The built-in base a class with <paramref name="bases"/> gets, with CPython's errors: two different
    /// built-in bases (or one and an exception) cannot share an instance ("lay-out conflict").</summary>
    private static PyType? BuiltinBaseOf(PyType[] bases)
    {
        PyType? found = null;
        bool exception = false;
        foreach (var b in bases)
        {
            exception |= b.IsException;
            var solid = !b.IsBuiltin ? b.BuiltinBase : ReferenceEquals(b, PyTypes.Object) || b.IsException ? null : b;
            if (solid is null)
                continue;
            if (!IsDerivable(solid))
                throw PyException.NotImplementedError($"subclassing the built-in type '{solid.Name}' is not supported");
            if (found is not null && !ReferenceEquals(found, solid))
                throw PyException.TypeError("multiple bases have instance lay-out conflict");
            found = solid;
        }
        if (found is not null && exception)
            throw PyException.TypeError("multiple bases have instance lay-out conflict");
        return found;
    }

    /// <summary>A new instance of this class (deriving from <see cref="BuiltinBase"/>): an empty container for a
    /// mutable base, whose <c>__init__</c> fills it; otherwise the value the base type makes of the arguments.</summary>
    private PyDerivedInstance NewDerived(PyType builtinBase, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        new(this, IsMutable(builtinBase) ? EmptyOf(builtinBase) : builtinBase.Constructor!(args, kwNames));

    private static PyValue EmptyOf(PyType t) =>
        ReferenceEquals(t, PyTypes.List) ? PyValue.FromObject(new PyList())
        : ReferenceEquals(t, PyTypes.Dict) ? PyValue.FromObject(new PyDict())
        : ReferenceEquals(t, PyTypes.ByteArray) ? PyValue.FromObject(new PyByteArray())
        : ReferenceEquals(t, PyStruct.TypeObject) ? PyValue.FromObject(new PyStruct())
        : PyValue.FromObject(new PySet());

    /// <summary>Whether a class's <c>__init__</c> is called when an instance is made: any but object's (a built-in
    /// <c>__init__</c> that only binds, as object's does, leaves the instance as <c>__new__</c> made it).</summary>
    private bool RunsInit(PyValue init) =>
        !(init.Ref is PyBuiltinFunction bf && bf.BindsSelf) || (BuiltinBase is not null && !bf.IsObjectDefault);

    /// <summary>Installs <c>__new__</c> on every derivable built-in type and <c>__init__</c> on the mutable ones:
    /// <c>int.__new__(cls, x)</c>, <c>super().__init__(items)</c>.</summary>
    internal static void InstallBuiltinNewAndInit()
    {
        foreach (var t in new[] { PyTypes.List, PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Tuple, PyTypes.Int, PyTypes.Float, PyTypes.Str, PyTypes.Bytes, PyTypes.ByteArray })
        {
            var type = t;
            type.Dict["__new__"] = PyValue.FromObject(new PyBuiltinFunction("__new__", (args, kw) => type.BuiltinNew(args, kw)) { MethodOf = type });
        }
        PyTypes.List.Dict["__init__"] = BuiltinInit(PyTypes.List, static (self, args, kw) =>
        {
            var list = (PyList)self.Ref!;
            ArgCheck.NoKeywords("list", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"list expected at most 1 argument, got {args.Length}");
            list.Clear();
            if (args.Length == 1)
                list.Extend(args[0]);
        });
        PyTypes.Dict.Dict["__init__"] = BuiltinInit(PyTypes.Dict, static (self, args, kw) =>
        {
            var dict = (PyDict)self.Ref!;
            var pos = ArgCheck.Positional(args, kw);
            if (pos.Length > 1)
                throw PyException.TypeError($"dict expected at most 1 argument, got {pos.Length}");
            if (pos.Length == 1)
                dict.UpdateFrom(pos[0]);
            for (int i = 0; i < (kw?.Length ?? 0); i++)
                dict.SetItem(kw![i], args[pos.Length + i]);
        });
        PyTypes.ByteArray.Dict["__init__"] = BuiltinInit(PyTypes.ByteArray, static (self, args, kw) => ((PyByteArray)self.Ref!).Init(args, kw));
        PyTypes.Set.Dict["__init__"] = BuiltinInit(PyTypes.Set, static (self, args, kw) =>
        {
            var set = (PySet)self.Ref!;
            ArgCheck.NoKeywords("set", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"set expected at most 1 argument, got {args.Length}");
            set.Clear();
            if (args.Length == 1)
                set.UpdateFrom(args[0]);
        });
    }

    /// <summary><c>T.__init__(self, ...)</c> of a mutable built-in type, given the built-in object inside self.</summary>
    private static PyValue BuiltinInit(PyType type, Action<PyValue, PyValue[], string[]?> body) =>
        PyValue.FromObject(new PyBuiltinFunction("__init__", (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) < 1 || !type.IsInstance(args[0]))
                throw PyException.TypeError($"descriptor '__init__' of '{type.Name}' object needs an argument");
            body(PyDerivedInstance.Unwrap(args[0]), args[1..].ToArray(), kw);
            return PyValue.None;
        }) { BindsSelf = true, MethodOf = type });

    /// <summary><c>T.__new__(cls, *args)</c> of a built-in type: <c>T(*args)</c> for T itself, a new instance of a
    /// class deriving from T otherwise (tp_new's "X is not a subtype of T" check first).</summary>
    internal PyValue BuiltinNew(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length - (kwNames?.Length ?? 0) < 1)
            throw PyException.TypeError($"{Name}.__new__(): not enough arguments");
        if (args[0].Ref is not PyType cls)
            throw PyException.TypeError($"{Name}.__new__(X): X is not a type object ({PyOps.TypeName(args[0])})");
        if (ReferenceEquals(cls, this))
            return IsMutable(this) ? EmptyOf(this) : Constructor!(args[1..], kwNames);
        if (!cls.IsSubtypeOf(this))
            throw PyException.TypeError($"{Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {Name}");
        if (cls.IsBuiltin || !ReferenceEquals(cls.BuiltinBase, this))
            throw PyException.TypeError($"{Name}.__new__({cls.Name}) is not safe, use {cls.BuiltinBase?.Name ?? cls.Name}.__new__()");
        return PyValue.FromObject(cls.NewDerived(this, args[1..], kwNames));
    }
}
