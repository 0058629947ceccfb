using System;

namespace PyAot.Runtime;

/// <summary>A builtin function (len, print, str.join's implementation...).</summary>
public sealed class PyBuiltinFunction(string name, PyCallTarget target) : PyObject, IPyCallable
{
    public string Name { get; } = name;
    public PyCallTarget Target { get; } = target;

    /// <summary>object's default dunders (object.__init__...): instances treat them as absent.</summary>
    internal bool IsObjectDefault { get; init; }

    /// <summary>True for a builtin stored in a class's dict that binds like a method (object.__init__).</summary>
    public bool BindsSelf { get; init; }

    /// <summary>The built-in type whose method this is, read from the type (<c>str.split</c>); null for a function.</summary>
    public PyType? MethodOf { get; init; }

    public override PyType Type => MethodOf is null ? PyTypes.BuiltinFunction : PyTypes.MethodDescriptor;

    public PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames) => Target(args, kwNames);

    public override string Repr() =>
        MethodOf is { } owner ? $"<method '{Name}' of '{owner.Name}' objects>" : $"<built-in function {Name}>";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name is "__name__")
        {
            value = PyValue.FromString(Name);
            return true;
        }
        if (name is "__qualname__")
        {
            value = PyValue.FromString(MethodOf is { } owner ? owner.Name + "." + Name : Name);
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>A function bound to its first argument (obj.method).</summary>
public sealed class PyMethod(PyValue function, PyValue self) : PyObject, IPyCallable
{
    public PyValue Function { get; } = function;
    public PyValue Self { get; } = self;

    public override PyType Type => PyTypes.Method;

    public PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames) => PyOps.CallBound(Function, Self, args, kwNames);

    public override string Repr()
    {
        string fname = PyOps.GetAttr(Function, "__qualname__", PyValue.FromString("?")).Ref as string ?? "?";
        return $"<bound method {fname} of {PyOps.Repr(Self)}>";
    }

    /// <summary><c>__func__</c>, <c>__self__</c>, and every other attribute read from the function, as CPython's
    /// method objects do (<c>__name__</c>, <c>__qualname__</c>, <c>__doc__</c>...).</summary>
    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "__func__":
                value = Function;
                return true;
            case "__self__":
                value = Self;
                return true;
            case "__class__":
                return base.TryGetAttr(name, out value);
        }
        return base.TryGetAttr(name, out value) || PyOps.TryGetAttr(Function, name, out value);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other.Ref is not PyMethod m)
            return default;
        bool eq = PyOps.Is(Function, m.Function) && PyOps.Is(Self, m.Self);
        return PyValue.FromBool(eq == (op == CompareOp.Eq));
    }
}

/// <summary>A method of a built-in type looked up as an attribute ("abc".upper): calls back into CallMethod.</summary>
public sealed class PyBuiltinMethod(PyValue self, string name) : PyObject, IPyCallable
{
    public PyValue Self { get; } = self;
    public string Name { get; } = name;

    public override PyType Type => PyTypes.BuiltinFunction;

    /// <summary>The method's name as a small code, computed once (the calls below switch on it).</summary>
    private readonly Kind _kind = name switch
    {
        "pop" => Kind.Pop,
        "append" => Kind.Append,
        "get" => Kind.Get,
        "add" => Kind.Add,
        "insert" => Kind.Insert,
        _ => Kind.Other,
    };

    private enum Kind : byte { Other, Pop, Append, Get, Add, Insert }

    /// <summary><c>m()</c> without an argument span (<see cref="PyOps.Call0"/>); the same dispatch as <see cref="Call"/>.</summary>
    public PyValue Call0() =>
        _kind == Kind.Pop && Self.Ref is PyList or PyDict or PySet ? BuiltinMethods.Pop(Self) : PyOps.CallMethod(Self, Name, ReadOnlySpan<PyValue>.Empty, null);

    /// <summary><c>m(a0)</c> without an argument span (<see cref="PyOps.Call1"/>); the same dispatch as <see cref="Call"/>.</summary>
    public PyValue Call1(PyValue a0)
    {
        if (Self.Ref is PyList or PyDict or PySet)
        {
            switch (_kind)
            {
                case Kind.Append: return BuiltinMethods.Append(Self, a0);
                case Kind.Pop: return BuiltinMethods.Pop(Self, a0);
                case Kind.Get: return BuiltinMethods.Get(Self, a0);
                case Kind.Add: return BuiltinMethods.Add(Self, a0);
            }
        }
        return PyOps.CallMethod(Self, Name, [a0], null);
    }

    /// <summary><c>m(a0, a1)</c> without an argument span (<see cref="PyOps.Call2"/>); the same dispatch as <see cref="Call"/>.</summary>
    public PyValue Call2(PyValue a0, PyValue a1)
    {
        if (Self.Ref is PyList or PyDict or PySet)
        {
            switch (_kind)
            {
                case Kind.Insert: return BuiltinMethods.Insert(Self, a0, a1);
                case Kind.Get: return BuiltinMethods.Get(Self, a0, a1);
            }
        }
        return PyOps.CallMethod(Self, Name, [a0, a1], null);
    }

    public PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        // A bound method kept in a local (`ins = perm.insert; ins(i, x)`): the common list/dict/set methods go
        // straight to the guarded direct calls, which take the generic path themselves for anything unusual.
        if (kwNames is null && Self.Ref is PyList or PyDict or PySet)
        {
            switch (args.Length)
            {
                case 0 when Name == "pop": return BuiltinMethods.Pop(Self);
                case 1 when Name == "append": return BuiltinMethods.Append(Self, args[0]);
                case 1 when Name == "pop": return BuiltinMethods.Pop(Self, args[0]);
                case 1 when Name == "get": return BuiltinMethods.Get(Self, args[0]);
                case 1 when Name == "add": return BuiltinMethods.Add(Self, args[0]);
                case 2 when Name == "insert": return BuiltinMethods.Insert(Self, args[0], args[1]);
                case 2 when Name == "get": return BuiltinMethods.Get(Self, args[0], args[1]);
            }
        }
        return PyOps.CallMethod(Self, Name, args, kwNames);
    }

    public override string Repr() => $"<built-in method {Name} of {PyOps.TypeName(Self)} object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x12}>";

    /// <summary><c>__name__</c>, <c>__qualname__</c> (<c>list.append</c>) and <c>__self__</c>, as CPython's bound
    /// built-in methods have them.</summary>
    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "__name__":
                value = PyValue.FromString(Name);
                return true;
            case "__qualname__":
                value = PyValue.FromString(PyOps.TypeName(Self) + "." + Name);
                return true;
            case "__self__":
                value = Self;
                return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

public sealed class PyStaticMethod(PyValue function) : PyObject
{
    public PyValue Function { get; } = function;
    public override PyType Type => PyTypes.StaticMethod;

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name == "__get__")
        {
            var function = Function;
            value = PyDescriptors.GetMethod((instance, owner) => function);
            return true;
        }
        return PyClassMethod.TryGetWrapperAttr(Function, name, out value) || base.TryGetAttr(name, out value);
    }
}

public sealed class PyClassMethod(PyValue function) : PyObject
{
    public PyValue Function { get; } = function;
    public override PyType Type => PyTypes.ClassMethod;

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name == "__get__")
        {
            var function = Function;
            value = PyDescriptors.GetMethod((instance, owner) =>
                PyValue.FromObject(new PyMethod(function, owner.IsNone ? PyValue.FromObject(PyOps.TypeOf(instance)) : owner)));
            return true;
        }
        return TryGetWrapperAttr(Function, name, out value) || base.TryGetAttr(name, out value);
    }

    /// <summary>What a classmethod or staticmethod answers of the function it wraps: <c>__func__</c> and
    /// <c>__wrapped__</c> are the function, <c>__isabstractmethod__</c> and the names its own (cm_get___isabstractmethod__,
    /// and the attributes 3.10 copies from it).</summary>
    internal static bool TryGetWrapperAttr(PyValue function, string name, out PyValue value)
    {
        switch (name)
        {
            case "__func__" or "__wrapped__":
                value = function;
                return true;
            case "__isabstractmethod__":
                value = PyValue.FromBool(IsAbstract(function));
                return true;
            case "__name__" or "__qualname__" or "__doc__" or "__module__" or "__annotations__":
                return PyOps.TryGetAttr(function, name, out value);
        }
        value = default;
        return false;
    }

    /// <summary>Whether <paramref name="function"/> has a true <c>__isabstractmethod__</c> (abc.abstractmethod).</summary>
    internal static bool IsAbstract(PyValue function) =>
        !function.IsUnbound && !function.IsNone && PyOps.TryGetAttr(function, "__isabstractmethod__", out var v) && PyOps.IsTrue(v);
}

public sealed class PyProperty : PyObject
{
    public PyValue Getter { get; }
    public PyValue Setter { get; }
    public PyValue Deleter { get; }

    /// <summary>The property's <c>__doc__</c>: the <c>doc</c> argument, or else the getter's docstring (CPython's
    /// property_init), which a copy made by <c>setter</c>/<c>getter</c>/<c>deleter</c> takes again from its getter.</summary>
    private PyValue _doc;
    private readonly bool _getterDoc;

    public PyProperty(PyValue getter, PyValue setter, PyValue deleter, PyValue doc = default)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
        if ((doc.IsUnbound || doc.IsNone) && !getter.IsUnbound && !getter.IsNone
            && PyOps.TryGetAttr(getter, "__doc__", out var getterDoc))
        {
            _doc = getterDoc;
            _getterDoc = true;
        }
        else
            _doc = doc.IsUnbound ? PyValue.None : doc;
    }

    /// <summary>A copy with other functions (property_copy): the doc is taken from the new getter again when it came from
    /// the old one.</summary>
    private PyProperty With(PyValue getter, PyValue setter, PyValue deleter) =>
        new(getter, setter, deleter, _getterDoc && !getter.IsUnbound && !getter.IsNone ? PyValue.None : _doc);

    public override void SetAttr(string name, PyValue value)
    {
        if (name == "__doc__")
            _doc = value;
        else
            base.SetAttr(name, value);
    }

    public override PyType Type => PyTypes.Property;

    public PyValue Get(PyValue instance)
    {
        if (Getter.IsUnbound || Getter.IsNone)
            throw PyException.AttributeError("property has no getter");
        return PyOps.Call(Getter, new[] { instance }, null);
    }

    public void Set(PyValue instance, PyValue value)
    {
        if (Setter.IsUnbound || Setter.IsNone)
            throw Missing("setter", instance);
        PyOps.Call(Setter, new[] { instance, value }, null);
    }

    /// <summary>del through the property.</summary>
    public void Delete(PyValue instance)
    {
        if (Deleter.IsUnbound || Deleter.IsNone)
            throw Missing("deleter", instance);
        PyOps.Call(Deleter, new[] { instance }, null);
    }

    /// <summary>The AttributeError of a property without a setter or deleter: CPython 3.12 names the property (its
    /// getter's __name__) when it can.</summary>
    private PyException Missing(string accessor, PyValue instance)
    {
        string? pname = !Getter.IsUnbound && !Getter.IsNone && PyOps.TryGetAttr(Getter, "__name__", out var n) ? n.Ref as string : null;
        return PyException.AttributeError(pname is null
            ? $"property of '{PyOps.TypeName(instance)}' object has no {accessor}"
            : $"property '{pname}' of '{PyOps.TypeName(instance)}' object has no {accessor}");
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "setter":
                result = PyValue.FromObject(With(Getter, args[0], Deleter));
                return true;
            case "getter":
                result = PyValue.FromObject(With(args[0], Setter, Deleter));
                return true;
            case "deleter":
                result = PyValue.FromObject(With(Getter, Setter, args[0]));
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "setter" or "getter" or "deleter":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
            case "__doc__":
                value = _doc;
                return true;
            case "fget":
                value = Getter.IsUnbound ? PyValue.None : Getter;
                return true;
            case "fset":
                value = Setter.IsUnbound ? PyValue.None : Setter;
                return true;
            case "fdel":
                value = Deleter.IsUnbound ? PyValue.None : Deleter;
                return true;
            case "__get__":
            {
                var self = PyValue.FromObject(this);
                value = PyDescriptors.GetMethod((instance, owner) => instance.IsNone ? self : Get(instance));
                return true;
            }
            case "__set__":
                value = PyValue.FromObject(new PyBuiltinFunction("__set__", (args, kw) =>
                {
                    ArgCheck.Range("__set__", args, kw, 2, 2);
                    Set(args[0], args[1]);
                    return PyValue.None;
                }));
                return true;
            case "__delete__":
                value = PyValue.FromObject(new PyBuiltinFunction("__delete__", (args, kw) =>
                {
                    ArgCheck.Range("__delete__", args, kw, 1, 1);
                    Delete(args[0]);
                    return PyValue.None;
                }));
                return true;
            case "__isabstractmethod__":
                // property_get___isabstractmethod__: any of its functions abstract.
                value = PyValue.FromBool(PyClassMethod.IsAbstract(Getter) || PyClassMethod.IsAbstract(Setter) || PyClassMethod.IsAbstract(Deleter));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>The NotImplemented singleton.</summary>
public sealed class PyNotImplementedType : PyObject
{
    public static readonly PyNotImplementedType Instance = new();
    private PyNotImplementedType() { }
    public override PyType Type => PyTypes.NotImplementedType;
    public override string Repr() => "NotImplemented";
}

/// <summary>The Ellipsis singleton.</summary>
public sealed class PyEllipsisType : PyObject
{
    public static readonly PyEllipsisType Instance = new();
    private PyEllipsisType() { }
    public override PyType Type => PyTypes.Ellipsis;
    public override string Repr() => "Ellipsis";
}
