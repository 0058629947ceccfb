using System;

namespace PyAot.Runtime;

/// <summary>
/// An instance of a class of the program that derives from a built-in type (<c>class Stack(list)</c>,
/// <c>class Meters(int)</c>): a <see cref="PyInstance"/> (its class, attributes and overrides) that is also the
/// built-in object <see cref="Value"/> (its list, its int). Every protocol goes to the class's own method when a
/// class of the program between it and the built-in type defines one, as CPython's slot inheritance does, and
/// otherwise to the built-in type's behaviour on <see cref="Value"/>, which like CPython's C code reads the other
/// operand's built-in value directly (<c>[0] + stack</c> concatenates the list inside).
/// </summary>
public sealed class PyDerivedInstance : PyInstance
{
    /// <summary>The built-in object this instance is: a <see cref="PyList"/>, <see cref="PyDict"/>, a
    /// <see cref="PySet"/>, a tuple, a str, an int or float value... Mutable ones are changed in place; immutable
    /// ones are set once by the built-in type's <c>__new__</c>.</summary>
    public PyValue Value { get; }

    internal PyDerivedInstance(PyType type, PyValue value)
        : base(type)
    {
        Value = value;
    }

    /// <summary>The built-in value of <paramref name="v"/>: itself, or an instance's <see cref="Value"/>.</summary>
    public static PyValue Unwrap(PyValue v) => v.Ref is PyDerivedInstance d ? d.Value : v;

    /// <summary>The built-in value of <paramref name="v"/> when it is an instance of a class deriving from a built-in
    /// type that does not define <paramref name="dunder"/> itself (then the built-in type's behaviour applies);
    /// otherwise <paramref name="v"/>.</summary>
    public static PyValue BuiltinUnless(PyValue v, string dunder) => v.Ref is PyDerivedInstance d && !d.Overrides(dunder) ? d.Value : v;

    /// <summary>Whether a class of the program in the MRO before the built-in base defines <paramref name="name"/>
    /// (then it, not the built-in behaviour, answers).</summary>
    internal bool Overrides(string name) => _type.OverridesBuiltin(name);

    internal bool Overrides(Special special) => _type.OverridesBuiltin(special);

    private bool IsNumber => Value.IsInt || Value.IsBool || Value.IsFloat || Value.Ref is PyBigInt;

    private PyValue Self => PyValue.FromObject(this);

    public override string Repr() => Overrides(Special.Repr) ? base.Repr() : BuiltinRepr();

    /// <summary>The built-in type's repr of this instance: its value's, except that a bytearray's names the class
    /// (<c>Buf(b'ab')</c>), as bytearray_repr writes the instance's type name.</summary>
    internal string BuiltinRepr() =>
        Value.Ref is PyByteArray array ? BytesLike.Repr(array.AsSpan(), byteArray: true, typeName: _type.Name) : PyOps.Repr(Value);

    /// <summary>str(x): the class's <c>__str__</c>; str's own for a str; otherwise the repr, as the built-in types
    /// other than str have no <c>__str__</c> of their own (so a <c>__repr__</c> override shows in print).</summary>
    public override string Str()
    {
        if (Overrides(Special.Str))
            return base.Str();
        // (bytes and bytearray have a str of their own: their built-in repr, not an overriding __repr__)
        return Value.Ref is string s ? s : Value.Ref is PyBytes or PyByteArray ? BuiltinRepr() : Repr();
    }

    public override bool IsTrue()
    {
        if (Overrides(Special.Bool) || (!IsNumber && Overrides(Special.Len)))
            return base.IsTrue();
        return PyOps.IsTrue(Value);
    }

    /// <summary>Whether its hash is its built-in value's: no class of the program before the built-in base defines
    /// <c>__hash__</c> or <c>__eq__</c>.</summary>
    internal bool HashesAsBuiltin => !Overrides(Special.Hash) && !Overrides(Special.Eq);

    public override long Hash()
    {
        if (!HashesAsBuiltin)
            return base.Hash();
        if (Value.Ref is PyList or PyDict or PyByteArray || Value.Ref is PySet { IsFrozen: false })
            throw PyException.TypeError($"unhashable type: '{_type.Name}'");
        return PyOps.Hash(Value);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (Overrides(SpecialNames.Compare(op)))
            return base.RichCompare(other, op);
        return PyOps.BuiltinCompare(Value, Unwrap(other), op);
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (Overrides(SpecialNames.Binary(op, reflected)))
            return base.BinaryOp(op, other, reflected);
        return PyOps.BuiltinBinary(op, Value, Unwrap(other), reflected);
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        if (Overrides(SpecialNames.Inplace(op)))
            return base.InplaceOp(op, other);
        if (Value.Ref is not PyObject o)
            return default;
        // list += x extends the list inside: the result is this instance, not the list.
        var r = o.InplaceOp(op, Unwrap(other));
        return ReferenceEquals(r.Ref, o) ? Self : r;
    }

    public override PyValue UnaryOp(char op)
    {
        if (Overrides(op switch { '-' => Special.Neg, '+' => Special.Pos, _ => Special.Invert }))
            return base.UnaryOp(op);
        if (Value.Ref is PyObject o)
            return o.UnaryOp(op);
        return op switch { '-' => PyOps.Neg(Value), '+' => PyOps.Pos(Value), _ => PyOps.Invert(Value) };
    }

    public override long Length() => Overrides(Special.Len) ? base.Length() : PyOps.Len(Value);

    public override PyValue GetItem(PyValue key) => Overrides(Special.GetItem) ? base.GetItem(key) : BuiltinGetItem(key);

    /// <summary>The built-in type's <c>__getitem__</c> on this instance.</summary>
    internal PyValue BuiltinGetItem(PyValue key)
    {
        // dict_subscript: a missing key goes to the subclass's __missing__ when it has one.
        if (Value.Ref is PyDict d)
        {
            if (d.TryGetValue(key, out var value))
                return value;
            if (_type.TryLookup("__missing__", out var missing))
                return PyOps.CallWithSelf(missing, Self, [key], null);
            throw PyException.KeyError(key);
        }
        return PyOps.GetItem(Value, key);
    }

    public override void SetItem(PyValue key, PyValue value)
    {
        if (Overrides(Special.SetItem))
            base.SetItem(key, value);
        else
            PyOps.SetItem(Value, key, value);
    }

    public override void DelItem(PyValue key)
    {
        if (Overrides(Special.DelItem))
            base.DelItem(key);
        else
            PyOps.DelItem(Value, key);
    }

    public override PyIterator Iter() => Overrides(Special.Iter) ? base.Iter() : PyOps.GetIter(Value);

    public override bool Contains(PyValue item) => Overrides(Special.Contains) ? base.Contains(item) : PyOps.Contains(Value, item);

    /// <summary>The built-in type's methods, after the class's attributes and before <c>__getattr__</c> (they are
    /// attributes of a class in the MRO): bound to <see cref="Value"/>, so that the class's overrides do not
    /// intercept the built-in method's own work.</summary>
    protected override bool TryGetBuiltinAttr(string name, out PyValue value) => PyOps.TryGetAttr(Value, name, out value);

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        // (Not a special name: __class__ and the others are this instance's, which the general path reads.)
        if (!name.StartsWith("__", StringComparison.Ordinal) && !Overrides(name) && !HasOwn(name) && TryCallBuiltinMethod(name, args, kwNames, out result))
            return true;
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>The built-in type's method <paramref name="name"/> called on <see cref="Value"/>, without a bound
    /// method object.</summary>
    private bool TryCallBuiltinMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result) =>
        Value.Ref switch
        {
            PyObject o => o.TryCallMethod(name, args, kwNames, out result),
            string s => StrOps.TryCallMethod(s, name, args, kwNames, out result),
            _ => NumberMethods.TryCallMethod(Value, name, args, kwNames, out result),
        };
}
