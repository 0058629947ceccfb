using System;
using System.Collections.Generic;
using System.Linq;

namespace PyAot.Runtime;

/// <summary>
/// A Python class: a built-in type (int, list, ValueError, ...) or a class defined by the program.
/// Attributes live in <see cref="Dict"/>; lookup walks the <see cref="Mro"/>.
/// </summary>
public sealed partial class PyType : PyObject, IPyCallable
{
    public string Name { get; }

    /// <summary>The name CPython's messages give the type (its <c>tp_name</c>): the name, or for a type a C module
    /// defines, <c>module.name</c> (<c>collections.deque</c>, <c>_io.TextIOWrapper</c>), while <c>__name__</c> stays the name.</summary>
    public string TpName
    {
        get => _tpName ?? Name;
        init => _tpName = value;
    }

    private string? _tpName;

    /// <summary>The module shown in repr, e.g. "__main__"; null for built-ins.</summary>
    public string? Module { get; set; }

    public PyType? Base { get; }
    public PyType[] Bases { get; }
    public PyType[] Mro { get; }
    public Dictionary<string, PyValue> Dict { get; } = new();

    /// <summary>For a built-in type, what calling the type does (int("3"), list(x), ValueError("m")).</summary>
    public PyCallTarget? Constructor { get; set; }

    /// <summary>True for exception classes (instances are <see cref="PyBaseException"/>).</summary>
    public bool IsException { get; }

    /// <summary>False for built-in types that cannot be subclassed (bool, NoneType, range, ...).</summary>
    public bool IsBaseType { get; init; } = true;

    /// <summary>A built-in class whose <c>__class_getitem__</c> makes a <c>types.GenericAlias</c> besides the ones
    /// PEP 585 names (<c>re.Pattern[str]</c>).</summary>
    public bool IsGeneric { get; init; }

    public bool IsBuiltin { get; }

    /// <summary>Whether this class or a base has a data descriptor, a property or an object of a class with
    /// <c>__set__</c>/<c>__delete__</c> (then attribute reads check the class first).</summary>
    public bool HasProperties { get; private set; }

    public PyType(string name, PyType? baseType, bool builtin = true)
        : this(name, baseType is null ? Array.Empty<PyType>() : new[] { baseType }, builtin)
    {
    }

    public PyType(string name, PyType[] bases, bool builtin)
    {
        Name = name;
        Bases = bases;
        Base = bases.Length > 0 ? bases[0] : null;
        IsBuiltin = builtin;
        Mro = ComputeMro(this, bases);
        IsException = (builtin && name == "BaseException") || bases.Any(b => b.IsException);
        foreach (var b in bases)
            b.AddSubclass(this);
    }

    /// <summary>The <c>tp_name</c> of a class a library module (written in Python here) defines where CPython's is a C
    /// type, which its messages name with its module (<c>'types.SimpleNamespace' object has no attribute 'x'</c>);
    /// null for any other class (its name).</summary>
    private static string? LibraryCTypeName(string? module, string name) =>
        (module, name) switch
        {
            ("types", "SimpleNamespace") => "types.SimpleNamespace",
            ("datetime", "date" or "time" or "datetime" or "timedelta" or "tzinfo" or "timezone" or "IsoCalendarDate") => "datetime." + name,
            _ => null,
        };

    /// <summary>Creates a class from a class statement: <c>class Name(bases): body</c> (or <c>type(name, bases,
    /// dict)</c>), named <paramref name="qualName"/> (its name when null; a <c>__qualname__</c> in the namespace wins),
    /// of <paramref name="metaclass"/> (<c>type</c> when null), its creation hooks run with the class statement's
    /// keywords (<see cref="RunCreationHooks"/>): <c>type.__new__</c>.</summary>
    public static PyType CreateClass(string name, PyType[] bases, IEnumerable<KeyValuePair<string, PyValue>> ns, string module = "__main__", string? qualName = null,
        PyType? metaclass = null, ReadOnlySpan<PyValue> keywordValues = default, string[]? keywordNames = null)
    {
        if (bases.Length == 0)
            bases = new[] { PyTypes.Object };
        foreach (var b in bases)
        {
            if (!b.IsBaseType)
                throw PyException.TypeError($"type '{b.Name}' is not an acceptable base type");
        }
        var builtinBase = BuiltinBaseOf(bases);
        var t = new PyType(name, bases, builtin: false)
        {
            Module = module,
            BuiltinBase = builtinBase,
            Metaclass = metaclass is null || ReferenceEquals(metaclass, PyTypes.Type) ? null : metaclass,
        };
        PyCell? classCell = null;
        foreach (var kv in ns)
        {
            // type_new: a namespace's __qualname__ names the class and its __classcell__ (the cell of the methods'
            // __class__) gets it, both leaving the dict; its __module__ is the module.
            if (kv.Key == "__qualname__")
                qualName = kv.Value.Ref as string ?? throw PyException.TypeError($"type __qualname__ must be a str, not {PyOps.TypeName(kv.Value)}");
            else if (kv.Key == "__abc_tpflags__" && t.Metaclass is not null && kv.Value.IsInt)
                t.CollectionFlags = kv.Value.Bits & (SequenceFlag | MappingFlag); // (_abc_init takes it out of the namespace)
            else if (kv.Key == "__classcell__")
                classCell = kv.Value.Ref as PyCell ?? throw PyException.TypeError($"__classcell__ must be a nonlocal cell, not {PyOps.Repr(PyValue.FromObject(PyOps.TypeOf(kv.Value)))}");
            else
                t.Dict[kv.Key] = kv.Value;
            if (kv.Key == "__module__" && kv.Value.Ref is string m)
                t.Module = m;
        }
        t._tpName = LibraryCTypeName(t.Module, name);
        // type.__new__: a class that defines __eq__ but not __hash__ gets __hash__ = None.
        if (t.Dict.ContainsKey("__eq__") && !t.Dict.ContainsKey("__hash__"))
        {
            t.Dict["__hash__"] = PyValue.None;
            t.HashImpliedByEq = true;
        }
        // type_new_set_classmethod: __init_subclass__ and __class_getitem__ written as functions are class methods (what
        // super() in them, and the class's __dict__, see).
        foreach (var implicitClassMethod in ImplicitClassMethods)
        {
            if (t.Dict.TryGetValue(implicitClassMethod, out var function) && function.Ref is PyFunction)
                t.Dict[implicitClassMethod] = PyValue.FromObject(new PyClassMethod(function));
        }
        var (members, hasDict) = PySlotMember.Apply(t);
        t.SlotMembers = members;
        t.SlotNames = hasDict ? null : members ?? new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in t.Mro)
        {
            foreach (var v in m.Dict.Values)
                t.HasProperties |= PyDescriptors.IsData(v);
        }
        if (qualName is not null)
            t.QualName = qualName;
        if (classCell is not null)
            classCell.Value = PyValue.FromObject(t);
        t.CreatedDictCount = t.Dict.Count;
        t.RunCreationHooks(keywordValues, keywordNames);
        return t;
    }

    private static readonly string[] ImplicitClassMethods = ["__init_subclass__", "__class_getitem__"];

    /// <summary>The end of <c>type.__new__</c>, once the class has its name: <c>__set_name__(cls, name)</c> of each
    /// attribute whose type defines it, in the namespace's order, then the parent's <c>__init_subclass__</c> (an
    /// implicit class method; <c>object</c>'s takes no keywords and does nothing) with the class statement's keywords.</summary>
    private void RunCreationHooks(ReadOnlySpan<PyValue> keywordValues, string[]? keywordNames)
    {
        var self = PyValue.FromObject(this);
        foreach (var kv in Dict.ToArray())
        {
            if (PyOps.TypeOf(kv.Value).TryLookup("__set_name__", out var setName))
                PyOps.Call(setName, new[] { kv.Value, self, PyValue.FromString(kv.Key) }, null);
        }
        for (int i = 1; i < Mro.Length; i++)
        {
            if (!Mro[i].Dict.TryGetValue("__init_subclass__", out var hook))
                continue;
            var function = hook.Ref is PyClassMethod cm ? cm.Function : hook;
            var args = new PyValue[keywordValues.Length + 1];
            args[0] = self;
            keywordValues.CopyTo(args.AsSpan(1));
            PyOps.Call(function, args, keywordValues.Length == 0 ? null : keywordNames);
            return;
        }
    }

    /// <summary>The <c>__new__</c> a class of the program defines (itself or a base of the program: an implicit
    /// static method), or null when instances come from <c>object.__new__</c>.</summary>
    internal PyValue? CustomNew()
    {
        // Looked up once per class version (InvalidateCaches clears it when a class on the way is changed).
        if (!_newLookedUp)
        {
            _new = null;
            foreach (var t in Mro)
            {
                if (t.IsBuiltin)
                    break;
                if (t.Dict.TryGetValue("__new__", out var f))
                {
                    _new = f.Ref is PyStaticMethod sm ? sm.Function : f;
                    break;
                }
            }
            _newLookedUp = true;
        }
        return _new;
    }

    private PyValue? _new;
    internal bool _newLookedUp;

    /// <summary><c>Cls(args)</c> for a class with its own <c>__new__</c>: <c>__new__(Cls, *args)</c>, then, when it
    /// returned an instance of the class, <c>__init__</c> on it with the same arguments (type_call).</summary>
    private PyValue CallWithNew(PyValue newFunction, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var all = new PyValue[args.Length + 1];
        all[0] = PyValue.FromObject(this);
        args.CopyTo(all.AsSpan(1));
        var obj = PyOps.Call(newFunction, all, kwNames);
        if (!PyOps.TypeOf(obj).IsSubtypeOf(this))
            return obj;
        var type = PyOps.TypeOf(obj);
        var init = type.LookupInit();
        if (type.RunsInit(init))
        {
            var r = PyOps.CallWithSelf(init, obj, args, kwNames);
            if (!r.IsNone)
                throw PyException.TypeError($"__init__() should return None, not '{PyOps.TypeName(r)}'");
        }
        else if (obj.Ref is PyBaseException exc && kwNames is not { Length: > 0 }
            && !type.IsSubtypeOf(PyTypes.OSError) && !type.IsSubtypeOf(PyTypes.UnicodeError))
        {
            // BaseException.__init__ (BaseExceptionGroup's too), which type_call runs after the class's own __new__:
            // the args are the call's, whatever __new__ passed on.
            exc.Args = new PyTuple(args.ToArray());
        }
        return obj;
    }

    /// <summary><c>object.__new__(cls, ...)</c> (and BaseException's, for an exception class): a new instance of
    /// <paramref name="cls"/> whose <c>__init__</c> has not run, with object_new's checks of the extra arguments.</summary>
    internal static PyValue ObjectNew(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length == 0)
            throw PyException.TypeError("object.__new__(): not enough arguments");
        if (args[0].Ref is not PyType cls)
            throw PyException.TypeError($"object.__new__(X): X is not a type object ({PyOps.TypeName(args[0])})");
        if (cls.IsException && cls.IsSubtypeOf(PyTypes.BaseExceptionGroup))
            return PyValue.FromObject(PyExceptionGroup.Create(cls, args[1..(args.Length - (kwNames?.Length ?? 0))]));
        if (cls.IsException)
            return PyValue.FromObject(new PyBaseException(cls, new PyTuple(args[1..(args.Length - (kwNames?.Length ?? 0))].ToArray())));
        if (cls.IsBuiltin && !ReferenceEquals(cls, PyTypes.Object))
            throw PyException.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
        cls.CheckNotAbstract();
        if (cls.BuiltinBase is { } builtinBase)
        {
            // tp_new_wrapper names the nearest class on the way to the built-in base without a __new__ of its own.
            var named = cls;
            while (!named.IsBuiltin && named.Dict.ContainsKey("__new__"))
                named = Array.Find(named.Bases, b => ReferenceEquals(b.IsBuiltin ? b : b.BuiltinBase, builtinBase)) ?? builtinBase;
            throw PyException.TypeError($"object.__new__({cls.Name}) is not safe, use {named.Name}.__new__()");
        }
        if (args.Length > 1)
        {
            // object_new: extra arguments are the class's own __new__'s mistake, or have no __init__ to go to.
            if (cls.CustomNew() is not null)
                throw PyException.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (cls.LookupInit().Ref is PyBuiltinFunction { BindsSelf: true })
                throw PyException.TypeError($"{cls.Name}() takes no arguments");
        }
        return PyValue.FromObject(new PyInstance(cls));
    }

    internal static readonly PyValue ObjectNewFunction = PyValue.FromObject(new PyBuiltinFunction("__new__", ObjectNew));

    /// <summary>Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING: what a match statement's sequence and mapping patterns
    /// accept, which collections.abc.Sequence and Mapping set on the classes deriving from or registered with them.</summary>
    public const long SequenceFlag = 1 << 5, MappingFlag = 1 << 6;

    private long CollectionFlags { get; set; }

    /// <summary>Whether this class or a base has <paramref name="flag"/> (<see cref="SequenceFlag"/>, <see cref="MappingFlag"/>).</summary>
    public bool HasCollectionFlag(long flag)
    {
        foreach (var t in Mro)
        {
            if ((t.CollectionFlags & flag) != 0)
                return true;
        }
        return false;
    }

    /// <summary>Whether the class has abstract methods left (<c>__abstractmethods__</c> set non-empty, as abc.ABCMeta does).</summary>
    public bool IsAbstract { get; private set; }

    /// <summary>object_new's refusal of an abstract class, naming its abstract methods in sorted order.</summary>
    private void CheckNotAbstract()
    {
        if (!IsAbstract || !Dict.TryGetValue("__abstractmethods__", out var methods))
            return;
        var names = new List<string>();
        var it = PyOps.GetIter(methods);
        while (it.MoveNext(out var m))
            names.Add(PyOps.Str(m));
        names.Sort(string.CompareOrdinal);
        throw PyException.TypeError($"Can't instantiate abstract class {Name} without an implementation for abstract method{(names.Count > 1 ? "s" : "")} '{string.Join("', '", names)}'");
    }

    /// <summary>The classes deriving directly from this one that are still alive, in the order they were made.</summary>
    internal PyType[] Subclasses()
    {
        var alive = new List<PyType>();
        if (_subclasses is not null)
        {
            foreach (var w in _subclasses)
            {
                if (w.TryGetTarget(out var sub))
                    alive.Add(sub);
            }
        }
        return alive.ToArray();
    }

    /// <summary>Whether <c>__hash__</c> is None because the class defines <c>__eq__</c> and not <c>__hash__</c>.</summary>
    internal bool HashImpliedByEq { get; private set; }

    /// <summary>Whether this class gives its instances a <c>__dict__</c> its bases do not (its own <c>__dict__</c> and
    /// <c>__weakref__</c> descriptors).</summary>
    internal bool AddsInstanceDict => SlotNames is null && Array.TrueForAll(Bases, b => (b.IsBuiltin && !b.IsException) || b.SlotNames is not null);

    /// <summary>How many entries the class's dict had when <c>type.__new__</c> made it: the <c>__dict__</c> and
    /// <c>__weakref__</c> it adds come there, before what <c>__init_subclass__</c> and later code set.</summary>
    internal int CreatedDictCount { get; private set; } = int.MaxValue;

    public override PyType Type => Metaclass ?? PyTypes.Type;

    /// <summary>With <c>__slots__</c> all through its MRO: the only attribute names its instances may have (they have
    /// no <c>__dict__</c>); null for a class whose instances have a dict.</summary>
    internal HashSet<string>? SlotNames { get; private set; }

    /// <summary>The names <c>__slots__</c> declares through the MRO (kept out of an instance's <c>__dict__</c>), or null.</summary>
    internal HashSet<string>? SlotMembers { get; private set; }

    /// <summary>What this class's own <c>__slots__</c> declared when it was made, or null when it has none.</summary>
    internal string[]? DeclaredSlots { get; set; }

    /// <summary><c>__qualname__</c>: the dotted path from the module (<c>f.&lt;locals&gt;.C.Inner</c>); the name by default.</summary>
    public string QualName
    {
        get => _qualName ?? Name;
        set => _qualName = value;
    }

    private string? _qualName;

    public string QualifiedName => Module is null || Module == "builtins" ? QualName : Module + "." + QualName;

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
            return true;
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other))
                return true;
        }
        return false;
    }

    /// <summary>isinstance(value, this).</summary>
    public bool IsInstance(PyValue value) => PyOps.TypeOf(value).IsSubtypeOf(this);

    /// <summary>Finds an attribute along the MRO (no binding).</summary>
    public bool TryLookup(string name, out PyValue value)
    {
        foreach (var t in Mro)
        {
            if (t.Dict.TryGetValue(name, out value))
                return true;
        }
        value = default;
        return false;
    }

    /// <summary>What reading a class attribute through an instance gives: functions become bound methods.</summary>
    public static PyValue BindDescriptor(PyValue attr, PyValue instance)
    {
        switch (attr.Ref)
        {
            case PyStaticMethod sm:
                return sm.Function;
            case PyClassMethod cm:
                return PyValue.FromObject(new PyMethod(cm.Function, PyValue.FromObject(PyOps.TypeOf(instance))));
            case PyProperty p:
                return p.Get(instance);
            case PyBuiltinFunction bf:
                return bf.BindsSelf ? PyValue.FromObject(new PyMethod(attr, instance)) : attr;
            case PyType:
            case PyMethod:
                return attr;
            case PyInstance when PyDescriptors.TryGetter(attr, out var get):
                return PyDescriptors.Get(get, attr, instance, PyOps.TypeOf(instance));
            case IPyCallable:
                return PyValue.FromObject(new PyMethod(attr, instance));
            default:
                return attr;
        }
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "__name__":
                value = PyValue.FromString(Name);
                return true;
            case "__qualname__":
                value = PyValue.FromString(QualName);
                return true;
            case "__module__":
                value = PyValue.FromString(Module ?? "builtins");
                return true;
            case "__mro__":
                value = PyValue.FromObject(new PyTuple(Array.ConvertAll(Mro, t => PyValue.FromObject(t))));
                return true;
            case "__bases__":
                value = PyValue.FromObject(new PyTuple(Array.ConvertAll(Bases, t => PyValue.FromObject(t))));
                return true;
            case "__base__":
                value = Base is null ? PyValue.None : PyValue.FromObject(Base);
                return true;
            case "__new__" when !IsBuiltin || ReferenceEquals(this, PyTypes.Object) || IsException:
                value = CustomNew() ?? (BuiltinBase is { } builtinBase ? builtinBase.Dict["__new__"] : ObjectNewFunction);
                return true;
            case "__dict__":
                // A built-in type's methods are not in its Dict: a view of CPython's names for those the runtime knows.
                value = IsBuiltin && !PyMappingProxy.HasBuiltinDict(this)
                    ? throw PyException.NotImplementedError($"the __dict__ of the built-in type '{Name}' is not supported by PyAot yet")
                    : PyValue.FromObject(new PyMappingProxy(this));
                return true;
            case "__doc__" when !IsBuiltin:
                // The class's own (type_new gives every class one: None without a docstring), never a base's.
                if (!Dict.TryGetValue(name, out value))
                    value = PyValue.None;
                return true;
            case "__type_params__":
                // type_get_type_params: the class's own (a generic class stores them: PEP 695), else ().
                if (!Dict.TryGetValue(name, out value))
                    value = PyValue.FromObject(PyTuple.Empty);
                return true;
            case "__abstractmethods__":
                // type_abstractmethods: the class's own (abc.ABCMeta sets it), never inherited, never type's.
                return !ReferenceEquals(this, PyTypes.Type) & Dict.TryGetValue(name, out value);
            case "__subclasses__":
                value = PyValue.FromObject(new PyBuiltinFunction("__subclasses__", (args, kw) =>
                {
                    ArgCheck.Range("__subclasses__", args, kw, 0, 0);
                    return PyValue.FromObject(new PyList(Array.ConvertAll(Subclasses(), c => PyValue.FromObject(c))));
                }));
                return true;
            case "mro" when Metaclass is null || !TryMetaLookup(name, out _):
                value = PyValue.FromObject(new PyBuiltinFunction("mro", (args, kw) =>
                {
                    ArgCheck.Range("mro", args, kw, 0, 0);
                    return PyValue.FromObject(new PyList(Array.ConvertAll(Mro, c => PyValue.FromObject(c))));
                }));
                return true;
            case "__annotations__" when !IsBuiltin:
                // The class's own (not inherited): made empty, and kept, on first read (type_get_annotations).
                if (!Dict.TryGetValue(name, out value))
                    Dict[name] = value = PyValue.FromObject(new PyDict());
                return true;
        }
        // A built-in type's special methods come before object's (list.__repr__, list.__eq__).
        if (IsBuiltin && !Dict.ContainsKey(name) && name.StartsWith("__", StringComparison.Ordinal) && BuiltinDunders.TryGet(this, name, out value))
            return true;
        // type_getattro: a data descriptor of the metaclass (a property) comes first, its other attributes last.
        PyValue meta = default;
        if (Metaclass is not null && TryMetaLookup(name, out meta) && PyDescriptors.IsData(meta))
        {
            value = PyType.BindDescriptor(meta, PyValue.FromObject(this));
            return true;
        }
        if (TryLookup(name, out value))
        {
            if (value.Ref is PyClassMethod cm)
                value = PyValue.FromObject(new PyMethod(cm.Function, PyValue.FromObject(this)));
            else if (value.Ref is PyStaticMethod sm)
                value = sm.Function;
            else if (PyDescriptors.TryGetter(value, out var get))
                value = PyDescriptors.Get(get, value, PyValue.None, this);
            return true;
        }
        if (!meta.IsUnbound)
        {
            value = PyType.BindDescriptor(meta, PyValue.FromObject(this));
            return true;
        }
        return TryUnboundBuiltinMethod(name, out value);
    }

    /// <summary><c>str.lower</c>, <c>list.append</c>, <c>list.__len__</c>...: a built-in type's method read from the
    /// type, called with the instance first (for an instance of a class deriving from the type, its built-in value:
    /// the class's overrides do not intercept the built-in method, as <c>super().append(x)</c> needs).</summary>
    internal bool TryUnboundBuiltinMethod(string name, out PyValue value)
    {
        value = default;
        if (name.StartsWith("__", StringComparison.Ordinal))
            return BuiltinDunders.TryGet(this, name, out value);
        PyValue prototype;
        if (ReferenceEquals(this, PyTypes.Str))
            prototype = PyValue.FromString("");
        else if (ReferenceEquals(this, PyTypes.List))
            prototype = PyValue.FromObject(new PyList());
        else if (ReferenceEquals(this, PyTypes.Dict))
            prototype = PyValue.FromObject(new PyDict());
        else if (ReferenceEquals(this, PyTypes.Tuple))
            prototype = PyValue.FromObject(PyTuple.Empty);
        else if (ReferenceEquals(this, PyTypes.Int))
            prototype = PyValue.FromInt(0);
        else if (ReferenceEquals(this, PyTypes.Float))
            prototype = PyValue.FromFloat(0);
        else if (ReferenceEquals(this, PyTypes.Set))
            prototype = PyValue.FromObject(new PySet());
        else if (ReferenceEquals(this, PyTypes.FrozenSet))
            prototype = PyValue.FromObject(new PySet(true));
        else if (ReferenceEquals(this, PyTypes.Bytes))
            prototype = PyValue.FromObject(PyBytes.Empty);
        else if (ReferenceEquals(this, PyTypes.ByteArray))
            prototype = PyValue.FromObject(new PyByteArray());
        else
            return false;
        if (!PyOps.TryGetAttr(prototype, name, out var probe) || probe.Ref is not PyBuiltinMethod)
            return false;
        var self = this;
        value = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) < 1)
                throw PyException.TypeError($"unbound method {self.Name}.{name}() needs an argument");
            if (!self.IsInstance(args[0]))
                throw PyException.TypeError($"descriptor '{name}' for '{self.Name}' objects doesn't apply to a '{PyOps.TypeName(args[0])}' object");
            return PyOps.CallMethod(PyDerivedInstance.Unwrap(args[0]), name, args[1..], kw);
        }) { MethodOf = this });
        return true;
    }

    public override void SetAttr(string name, PyValue value)
    {
        if (Metaclass is not null && TryMetaLookup("__setattr__", out var setter))
        {
            CallMeta(setter, [PyValue.FromString(name), value]);
            return;
        }
        SetAttrDirect(name, value);
    }

    /// <summary><c>type.__setattr__</c>: a data descriptor of the metaclass, else the class's own attribute.</summary>
    internal void SetAttrDirect(string name, PyValue value)
    {
        if (Metaclass is not null && TryMetaLookup(name, out var meta) && PyDescriptors.TrySet(meta, PyValue.FromObject(this), name, value))
            return;
        if (IsBuiltin)
            throw PyException.TypeError($"cannot set '{name}' attribute of immutable type '{TpName}'");
        if (name == "__module__")
        {
            // What repr() and __module__ read (namedtuple(..., module=) sets it).
            Module = value.Ref as string ?? PyOps.Str(value);
            return;
        }
        if (name == "__qualname__")
        {
            QualName = value.Ref as string ?? throw PyException.TypeError($"can only assign string to {Name}.__qualname__, not '{PyOps.TypeName(value)}'");
            return;
        }
        if (name == "__abc_tpflags__" && value.IsInt)
        {
            // abc.ABCMeta.register marks a class registered with Sequence or Mapping as one for match statements.
            CollectionFlags |= value.Bits & (SequenceFlag | MappingFlag);
            return;
        }
        if (name == "__abstractmethods__")
        {
            // type_set_abstractmethods: a non-empty set makes the class abstract (object.__new__ refuses it).
            IsAbstract = PyOps.IsTrue(value);
            Dict[name] = value;
            InvalidateCaches();
            return;
        }
        Dict[name] = value;
        HasProperties |= PyDescriptors.IsData(value);
        InvalidateCaches();
    }

    public override void DelAttr(string name)
    {
        if (Metaclass is not null && TryMetaLookup("__delattr__", out var deleter))
        {
            CallMeta(deleter, [PyValue.FromString(name)]);
            return;
        }
        DelAttrDirect(name);
    }

    /// <summary><c>type.__delattr__</c>: a data descriptor of the metaclass, else the class's own attribute.</summary>
    internal void DelAttrDirect(string name)
    {
        if (Metaclass is not null && TryMetaLookup(name, out var meta) && PyDescriptors.TryDelete(meta, PyValue.FromObject(this), name))
            return;
        if (IsBuiltin || !Dict.Remove(name))
            throw PyException.AttributeError($"type object '{Name}' has no attribute '{name}'");
        if (name == "__abstractmethods__")
            IsAbstract = false;
        InvalidateCaches();
    }

    /// <summary><c>X | Y</c> of annotations: a <c>types.UnionType</c> (PEP 604).</summary>
    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (Metaclass is not null && TryMetaLookup(SpecialNames.NameOf(SpecialNames.Binary(op, reflected)), out var m))
        {
            var r = CallMeta(m, [other]);
            return r.Ref is PyNotImplementedType ? default : r;
        }
        return op == BinOp.BitOr ? PyUnionType.Of(PyValue.FromObject(this), other, reflected) : default;
    }

    /// <summary><c>C[args]</c>: a class's <c>__class_getitem__</c>, or for a built-in generic class (PEP 585) a
    /// <c>types.GenericAlias</c>.</summary>
    public override PyValue GetItem(PyValue key)
    {
        if (Metaclass is not null && TryMetaLookup("__getitem__", out var getItem))
            return CallMeta(getItem, [key]);
        // (a class method since the class was made: CreateClass)
        if (!IsBuiltin && TryLookup("__class_getitem__", out var classGetItem))
            return PyOps.Call(TryGetAttr("__class_getitem__", out var bound) ? bound : classGetItem, [key], null);
        if (IsBuiltinGeneric)
            return PyValue.FromObject(new PyGenericAlias(this, key));
        throw PyException.TypeError($"type '{Name}' is not subscriptable");
    }

    /// <summary>The built-in classes CPython 3.12 makes generic aliases of (<c>list[int]</c>).</summary>
    private bool IsBuiltinGeneric =>
        IsBuiltin && (IsGeneric || ReferenceEquals(this, PyTypes.List) || ReferenceEquals(this, PyTypes.Dict) || ReferenceEquals(this, PyTypes.Tuple)
            || ReferenceEquals(this, PyTypes.Set) || ReferenceEquals(this, PyTypes.FrozenSet) || ReferenceEquals(this, PyTypes.Type)
            || ReferenceEquals(this, PyTypes.Enumerate));

    public PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        Metaclass is not null && TryMetaLookup("__call__", out var call)
            ? PyOps.CallWithSelf(call, PyValue.FromObject(this), args, kwNames)
            : CallDefault(args, kwNames);

    /// <summary><c>type.__call__</c>: a new instance, from the class's <c>__new__</c> and <c>__init__</c>.</summary>
    private PyValue CallDefault(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (Constructor is not null)
            return Constructor(args, kwNames);
        if (CustomNew() is { } newFunction)
            return CallWithNew(newFunction, args, kwNames);
        if (ReferenceEquals(BuiltinBase, PyTypes.Type))
            return TypeCall(this, args, kwNames);
        // A class defined by the program (possibly deriving from a built-in exception).
        int positional = args.Length - (kwNames?.Length ?? 0);
        // OSError(errno, strerror...) is the subclass its errno means (OSError_new).
        var type = ReferenceEquals(this, PyTypes.OSError) && positional >= 2 && args[0].IsInt ? OSErrors.ForErrno(args[0].Bits) : this;
        if (IsAbstract && BuiltinBase is null)
            CheckNotAbstract();
        if (IsException && kwNames is { Length: > 0 } && IsSubtypeOf(PyTypes.BaseExceptionGroup) && LookupInit().Ref is PyBuiltinFunction)
            throw PyException.TypeError($"{TpName}() takes no keyword arguments");
        PyInstance instance = IsException && IsSubtypeOf(PyTypes.BaseExceptionGroup)
            ? PyExceptionGroup.Create(type, args[..positional])
            : IsException
            ? new PyBaseException(type, new PyTuple(args[..positional].ToArray()))
            : BuiltinBase is { } builtinBase ? NewDerived(builtinBase, args, kwNames)
            : new PyInstance(this);
        if (IsException && type.IsSubtypeOf(PyTypes.OSError))
            OSErrors.Init((PyBaseException)instance);
        else if (IsException && type.IsSubtypeOf(PyTypes.UnicodeError) && LookupInit().Ref is PyBuiltinFunction)
            UnicodeErrors.Init((PyBaseException)instance);
        var self = PyValue.FromObject(instance);
        var init = LookupInit();
        if (RunsInit(init))
        {
            var r = PyOps.CallWithSelf(init, self, args, kwNames);
            if (!r.IsNone)
                throw PyException.TypeError($"__init__() should return None, not '{PyOps.TypeName(r)}'");
        }
        else if (kwNames is { Length: > 0 } && IsException)
        {
            if (!IsSubtypeOf(PyTypes.ImportError))
                throw PyException.TypeError($"{Name}() takes no keyword arguments");
            // ImportError(msg, name=..., path=...), its only keywords (CPython's ImportError_init names itself whatever the class).
            for (int i = 0; i < kwNames.Length; i++)
            {
                if (kwNames[i] is not ("name" or "path"))
                    throw PyException.TypeError($"'{kwNames[i]}' is an invalid keyword argument for ImportError()");
                instance.SetAttrDirect(kwNames[i], args[positional + i]);
            }
        }
        else if (args.Length > 0 && !IsException && BuiltinBase is null)
        {
            throw PyException.TypeError($"{Name}() takes no arguments");
        }
        return self;
    }

    // C3 linearisation, as CPython's mro_implementation.
    private static PyType[] ComputeMro(PyType self, PyType[] bases)
    {
        if (bases.Length == 0)
            return new[] { self };
        if (bases.Length == 1)
        {
            var single = new PyType[bases[0].Mro.Length + 1];
            single[0] = self;
            Array.Copy(bases[0].Mro, 0, single, 1, bases[0].Mro.Length);
            return single;
        }
        var seqs = new List<List<PyType>>();
        foreach (var b in bases)
            seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { self };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0)
                return result.ToArray();
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var s2 in seqs)
                {
                    if (s2.IndexOf(head) > 0)
                    {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail)
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate is null)
            {
                var names = string.Join(", ", bases.Select(b => b.Name));
                // (CPython 3.12 breaks the message in two lines)
                throw PyException.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var s in seqs)
            {
                if (ReferenceEquals(s[0], candidate))
                    s.RemoveAt(0);
            }
        }
    }
}
