using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>The result of a rich comparison hook; <see cref="CompareOp"/> order matches CPython's Py_LT..Py_GE.</summary>
public enum CompareOp
{
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// <summary>Binary operators, for the <see cref="PyObject.BinaryOp"/> hook and for messages.</summary>
public enum BinOp
{
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

/// <summary>
/// Base class of every heap Python object except <c>str</c> (a .NET string) and big ints (<see cref="PyBigInt"/>).
/// The virtual hooks implement the protocols; the defaults raise CPython's TypeError for a type that lacks them.
/// Objects from outside the runtime (compiled functions, modules) should derive from this class too.
/// </summary>
public abstract class PyObject
{
    public abstract PyType Type { get; }

    public virtual string Repr() =>
        $"<{Type.Name} object at 0x{RuntimeHelpers.GetHashCode(this):x12}>";

    public virtual string Str() => Repr();

    public virtual bool IsTrue() => true;

    /// <summary>hash(self); identity by default, unhashable types raise.</summary>
    public virtual long Hash() => RuntimeHelpers.GetHashCode(this);

    /// <summary>A rich comparison; returns unbound (default) for NotImplemented.</summary>
    public virtual PyValue RichCompare(PyValue other, CompareOp op) => default;

    /// <summary>self op other (or other op self when <paramref name="reflected"/>); unbound for NotImplemented.</summary>
    public virtual PyValue BinaryOp(BinOp op, PyValue other, bool reflected) => default;

    /// <summary>self op= other; unbound to fall back on <see cref="BinaryOp"/>.</summary>
    public virtual PyValue InplaceOp(BinOp op, PyValue other) => default;

    /// <summary>-self, +self, ~self: unbound when unsupported.</summary>
    public virtual PyValue UnaryOp(char op) => default;

    public virtual long Length() =>
        throw PyException.TypeError($"object of type '{Type.TpName}' has no len()");

    public virtual PyValue GetItem(PyValue key) =>
        throw PyException.TypeError($"'{Type.TpName}' object is not subscriptable");

    public virtual void SetItem(PyValue key, PyValue value) =>
        throw PyException.TypeError($"'{Type.TpName}' object does not support item assignment");

    public virtual void DelItem(PyValue key) =>
        throw PyException.TypeError($"'{Type.TpName}' object doesn't support item deletion");

    public virtual PyIterator Iter() =>
        throw PyException.TypeError($"'{Type.TpName}' object is not iterable");

    public virtual bool Contains(PyValue item)
    {
        var it = Iter();
        while (it.MoveNext(out var x))
        {
            if (PyOps.EqBool(x, item))
                return true;
        }
        return false;
    }

    /// <summary>For a runtime type whose methods <see cref="TryCallMethod"/> implements: <paramref name="name"/> read
    /// as an attribute, when it is one of <paramref name="methods"/>, is the method bound to this object.</summary>
    protected bool TryBindMethod(string name, string[] methods, out PyValue value)
    {
        if (Array.IndexOf(methods, name) >= 0)
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Attribute lookup; false when absent (the caller raises AttributeError).</summary>
    public virtual bool TryGetAttr(string name, out PyValue value)
    {
        if (Type.TryLookup(name, out var attr))
        {
            value = PyType.BindDescriptor(attr, PyValue.FromObject(this));
            return true;
        }
        return TryBuiltinDunder(PyValue.FromObject(this), Type, name, out value);
    }

    /// <summary>A special method of a built-in type read from one of its values (<c>[].__len__</c>,
    /// <c>"".__getitem__</c>), bound to it.</summary>
    internal static bool TryBuiltinDunder(PyValue self, PyType type, string name, out PyValue value)
    {
        if (name.StartsWith("__", StringComparison.Ordinal) && type.IsBuiltin && BuiltinDunders.TryGet(type, name, out var method) && !method.IsNone)
        {
            value = PyValue.FromObject(new PyMethod(method, self));
            return true;
        }
        value = default;
        return false;
    }

    public virtual void SetAttr(string name, PyValue value) =>
        throw PyException.AttributeError($"'{Type.TpName}' object has no attribute '{name}'");

    public virtual void DelAttr(string name) =>
        throw PyException.AttributeError($"'{Type.TpName}' object has no attribute '{name}'");

    /// <summary>obj.name(*args) without creating a bound method when the type knows the method.</summary>
    public virtual bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (TryGetAttr(name, out var f))
        {
            result = PyOps.Call(f, args, kwNames);
            return true;
        }
        result = default;
        return false;
    }

    /// <summary>Called by <c>PyOps.Call</c> for objects that are not <see cref="IPyCallable"/>.</summary>
    public virtual bool TryCall(ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = default;
        return false;
    }
}
