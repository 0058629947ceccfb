using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// An instance of a class defined by the program. Attributes live in a slot array laid out by the class
/// (<see cref="PyInstance.Slots"/>, PyInstance.Slots.cs); operators and
/// protocols dispatch to the class's dunder methods (__add__, __eq__, __len__, __iter__, __repr__, ...).
/// </summary>
public partial class PyInstance : PyObject
{
    internal PyType _type; // (reassigned only by __class__ assignment: PyInstance.ClassAssignment.cs)

    public PyInstance(PyType type)
    {
        _type = type;
        Slots = type.SlotCount == 0 ? Array.Empty<PyValue>() : new PyValue[type.SlotCount];
    }

    public override PyType Type => _type;

    private bool TryDunder(Special special, out PyValue method) =>
        _type.TryLookupSpecial(special, out method) && !(method.Ref is PyBuiltinFunction bf && bf.IsObjectDefault);

    // (The arguments come as a span on the caller's stack: no argument array; a Python function takes its
    // fixed-arity entry with self first.)
    private PyValue CallDunder(PyValue method, ReadOnlySpan<PyValue> args) =>
        PyOps.CallWithSelf(method, PyValue.FromObject(this), args, null);

    public override string Repr() =>
        TryDunder(Special.Repr, out var m) ? ExpectStr(CallDunder(m, default), "__repr__") : DefaultRepr();

    internal string DefaultRepr() => base.Repr().Replace("<" + _type.Name, "<" + _type.QualifiedName);

    public override string Str() =>
        TryDunder(Special.Str, out var m) ? ExpectStr(CallDunder(m, default), "__str__") : Repr();

    internal static string ExpectStr(PyValue v, string what) =>
        v.Ref as string ?? throw PyException.TypeError($"{what} returned non-string (type {PyOps.TypeName(v)})");

    public override bool IsTrue()
    {
        if (_type.InstancesAlwaysTrue)
            return true;
        if (TryDunder(Special.Bool, out var m))
            return BoolResult(CallDunder(m, default));
        if (TryDunder(Special.Len, out _))
            return Length() != 0;
        return true;
    }

    /// <summary>What <c>__bool__</c> returned, checked as CPython checks it.</summary>
    internal static bool BoolResult(PyValue r) =>
        r.IsBool ? r.Bits != 0 : throw PyException.TypeError($"__bool__ should return bool, returned {PyOps.TypeName(r)}");

    public override long Hash()
    {
        if (_type.TryLookupSpecial(Special.Hash, out var m) && !(m.Ref is PyBuiltinFunction bf && bf.IsObjectDefault))
        {
            if (m.IsNone)
                throw PyException.TypeError($"unhashable type: '{_type.Name}'");
            return HashResult(CallDunder(m, default));
        }
        // Defining __eq__ without __hash__ makes a class unhashable.
        if (_type.TryLookupSpecial(Special.Eq, out var eq) && !(eq.Ref is PyBuiltinFunction))
            throw PyException.TypeError($"unhashable type: '{_type.Name}'");
        return base.Hash();
    }

    /// <summary>What <c>__hash__</c> returned, as slot_tp_hash takes it: an int that fits is the hash itself (-1
    /// becoming -2), a larger one is hashed; anything else is CPython's TypeError.</summary>
    internal static long HashResult(PyValue r)
    {
        r = PyDerivedInstance.Unwrap(r); // (an instance of a class deriving from int counts as its int)
        if (r.IsInt || r.IsBool)
            return r.Bits == -1 ? -2 : r.Bits;
        return r.Ref is PyBigInt ? PyHash.Hash(r) : throw PyException.TypeError("__hash__ method should return an integer");
    }

    /// <summary>The special method of each <see cref="CompareOp"/>, in its order.</summary>
    internal static readonly string[] CompareNames = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (TryDunder(SpecialNames.Compare(op), out var m))
        {
            var r = CallDunder(m, [other]);
            return r.Ref is PyNotImplementedType ? default : r;
        }
        if (op == CompareOp.Ne && TryDunder(Special.Eq, out var eq))
        {
            var r = CallDunder(eq, [other]);
            return r.Ref is PyNotImplementedType ? default : PyValue.FromBool(!PyOps.IsTrue(r));
        }
        return default;
    }

    /// <summary>Each <see cref="BinOp"/>'s name in its special methods (<c>__add__</c>, <c>__radd__</c>, <c>__iadd__</c>), in its order.</summary>
    internal static readonly string[] OpNames = { "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul" };

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (TryDunder(SpecialNames.Binary(op, reflected), out var m))
        {
            var r = CallDunder(m, [other]);
            return r.Ref is PyNotImplementedType ? default : r;
        }
        return default;
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        if (TryDunder(SpecialNames.Inplace(op), out var m))
        {
            var r = CallDunder(m, [other]);
            return r.Ref is PyNotImplementedType ? default : r;
        }
        return default;
    }

    public override PyValue UnaryOp(char op)
    {
        var special = op switch { '-' => Special.Neg, '+' => Special.Pos, _ => Special.Invert };
        return TryDunder(special, out var m) ? CallDunder(m, default) : default;
    }

    public override long Length()
    {
        return TryDunder(Special.Len, out var m) ? LengthResult(CallDunder(m, default)) : base.Length();
    }

    /// <summary>What <c>__len__</c> returned, checked as CPython checks it.</summary>
    internal static long LengthResult(PyValue r)
    {
        if (!r.IsInt && !r.IsBool)
            throw PyException.TypeError($"'{PyOps.TypeName(r)}' object cannot be interpreted as an integer");
        if (r.Bits < 0)
            throw PyException.ValueError("__len__() should return >= 0");
        return r.Bits;
    }

    /// <summary>CPython's <c>PyObject_LengthHint</c>, as <c>list(x)</c> and <c>list.extend</c> ask it of an iterable
    /// after its iterator is made: <c>__len__</c> (a TypeError from it is passed over), else <c>__length_hint__</c>
    /// (NotImplemented or a TypeError: the default), else <paramref name="defaultValue"/>.</summary>
    internal long LengthHint(long defaultValue)
    {
        if (TryDunder(Special.Len, out _))
        {
            try
            {
                return Length();
            }
            catch (PyException e) when (e.Matches(PyTypes.TypeError))
            {
            }
        }
        if (!TryDunder(Special.LengthHint, out var hint))
            return defaultValue;
        PyValue r;
        try
        {
            r = CallDunder(hint, default);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError))
        {
            return defaultValue;
        }
        if (ReferenceEquals(r.Ref, PyNotImplementedType.Instance))
            return defaultValue;
        if (!r.IsInt && !r.IsBool)
            throw PyException.TypeError($"__length_hint__ must be an integer, not {PyOps.TypeName(r)}");
        if (r.Bits < 0)
            throw PyException.ValueError("__length_hint__() should return >= 0");
        return r.Bits;
    }

    public override PyValue GetItem(PyValue key) =>
        TryDunder(Special.GetItem, out var m) ? CallDunder(m, [key]) : base.GetItem(key);

    public override void SetItem(PyValue key, PyValue value)
    {
        if (TryDunder(Special.SetItem, out var m))
            CallDunder(m, [key, value]);
        else
            base.SetItem(key, value);
    }

    public override void DelItem(PyValue key)
    {
        if (TryDunder(Special.DelItem, out var m))
            CallDunder(m, [key]);
        else
            base.DelItem(key);
    }

    public override PyIterator Iter()
    {
        if (TryDunder(Special.Iter, out var m))
            return IterResult(CallDunder(m, default));
        if (TryDunder(Special.GetItem, out _))
            return new GetItemIterator(PyValue.FromObject(this));
        return base.Iter();
    }

    /// <summary>What <c>__iter__</c> returned, as an iterator (an object whose class has <c>__next__</c>), else
    /// CPython's TypeError.</summary>
    internal static PyIterator IterResult(PyValue it)
    {
        if (it.Ref is PyIterator pi)
            return pi;
        if (it.Ref is PyInstance inst && inst._type.TryLookupSpecial(Special.Next, out _))
            return new NextMethodIterator(it);
        throw PyException.TypeError($"iter() returned non-iterator of type '{PyOps.TypeName(it)}'");
    }

    public override bool Contains(PyValue item)
    {
        if (TryDunder(Special.Contains, out var m))
            return PyOps.IsTrue(CallDunder(m, [item]));
        return base.Contains(item);
    }

    /// <summary>Whether <paramref name="attr"/> is <c>object.__dict__['__class__']</c> (when the runtime's object type
    /// has an entry of that name).</summary>
    private static bool IsObjectsClassAttribute(PyValue attr)
    {
        var own = s_objectsClassAttribute ??= PyTypes.Object.Dict.TryGetValue("__class__", out var v) ? v.Ref : null;
        return own is not null && ReferenceEquals(own, attr.Ref);
    }

    private static object? s_objectsClassAttribute;

    public override bool TryGetAttr(string name, out PyValue value)
    {
        // obj.__class__ (isinstance against an ABC reads it): object's data descriptor, unless a class overrides it.
        if (name == "__class__" && (!_type.TryLookupSpecial(Special.Class, out var classAttr) || IsObjectsClassAttribute(classAttr)))
        {
            value = PyValue.FromObject(_type);
            return true;
        }
        // Instance attributes first unless the class has properties (data descriptors win over the instance dict).
        PyValue cls = default;
        if (_type.HasProperties && _type.TryLookup(name, out cls))
        {
            if (cls.Ref is PyProperty p)
            {
                value = p.Get(PyValue.FromObject(this));
                return true;
            }
            if (PyDescriptors.IsData(cls) && PyDescriptors.TryGetter(cls, out var get))
            {
                value = PyDescriptors.Get(get, cls, PyValue.FromObject(this), _type);
                return true;
            }
        }
        if (TryGetOwn(name, out value))
            return true;
        if (cls.IsUnbound)
            _type.TryLookup(name, out cls);
        if (name == "__class__")
        {
            value = PyValue.FromObject(_type);
            return true;
        }
        if (name == "__dict__" && _type.SlotNames is null)
        {
            value = PyValue.FromObject(Dict());
            return true;
        }
        if (!cls.IsUnbound && cls.Ref is not PySlotMember)
        {
            value = PyType.BindDescriptor(cls, PyValue.FromObject(this));
            return true;
        }
        if (TryGetBuiltinAttr(name, out value))
            return true;
        if (TryDunder(Special.GetAttr, out var ga))
        {
            value = CallDunder(ga, [PyValue.FromString(name)]);
            return true;
        }
        return false;
    }

    /// <summary>An attribute of the built-in type a class derives from (<see cref="PyDerivedInstance"/>); none here.</summary>
    protected virtual bool TryGetBuiltinAttr(string name, out PyValue value)
    {
        value = default;
        return false;
    }

    public override void SetAttr(string name, PyValue value)
    {
        if (name == "__dict__" && _type.SlotNames is null)
        {
            ReplaceDict(value.Ref as PyDict
                ?? throw PyException.TypeError($"__dict__ must be set to a dictionary, not a '{PyOps.TypeName(value)}'"));
            return;
        }
        // A class's __setattr__ replaces the generic assignment (object.__setattr__: SetAttrDirect) entirely.
        if (TryDunder(Special.SetAttr, out var sa))
        {
            CallDunder(sa, [PyValue.FromString(name), value]);
            return;
        }
        SetAttrDirect(name, value);
    }

    /// <summary>An instance of a class with <c>__slots__</c> (and no <c>__dict__</c>) stores only their names.</summary>
    private void CheckSlot(string name, PyValue classAttribute)
    {
        if (_type.SlotNames is not { } allowed || allowed.Contains(name))
            return;
        throw !classAttribute.IsUnbound || (name != "__dict__" && _type.TryLookup(name, out _))
            ? PyException.AttributeError($"'{_type.TpName}' object attribute '{name}' is read-only")
            : PyException.AttributeError(PyValue.FromObject(this), name, $"'{_type.TpName}' object has no attribute '{name}'");
    }

    /// <summary>object.__setattr__: stores in the instance dict, bypassing a user __setattr__.</summary>
    public void SetAttrDirect(string name, PyValue value)
    {
        if (name == "__class__")
        {
            SetClass(value);
            return;
        }
        _type.TryLookup(name, out var cls);
        if (PyDescriptors.TrySet(cls, PyValue.FromObject(this), name, value))
            return;
        CheckSlot(name, cls);
        SetOwn(name, value);
    }

    public override void DelAttr(string name)
    {
        if (TryDunder(Special.DelAttr, out var da))
        {
            CallDunder(da, [PyValue.FromString(name)]);
            return;
        }
        DelAttrDirect(name);
    }

    /// <summary>object.__delattr__: a data descriptor's deletion, else the instance's own attribute, bypassing a
    /// user __delattr__.</summary>
    public void DelAttrDirect(string name)
    {
        if (_type.TryLookup(name, out var cls) && PyDescriptors.TryDelete(cls, PyValue.FromObject(this), name))
            return;
        if (!RemoveOwn(name))
            throw PyException.AttributeError($"'{_type.TpName}' object has no attribute '{name}'");
    }

    /// <summary>obj.m(args): calls the class's function with self prepended, without a bound-method object.</summary>
    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (AttrSites.TryCallByName(this, name, args, kwNames, out result))
            return true;
        if (!HasOwn(name) && _type.TryLookup(name, out var f)
            && f.Ref is IPyCallable and not PyType and not PyMethod and not PyBuiltinFunction { BindsSelf: false })
        {
            result = PyOps.CallWithSelf(f, PyValue.FromObject(this), args, kwNames);
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryCall(ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (TryDunder(Special.Call, out var m))
        {
            result = PyOps.CallWithSelf(m, PyValue.FromObject(this), args, kwNames);
            return true;
        }
        result = default;
        return false;
    }
}
