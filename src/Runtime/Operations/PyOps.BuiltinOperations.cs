namespace PyAot.Runtime;

/// <summary>
/// A built-in type's own comparison and binary operations (its <c>tp_richcompare</c> and number/sequence slots),
/// without the other operand's reflected method and without raising for an operand it does not support: unbound
/// (NotImplemented) instead. <see cref="PyDerivedInstance"/> and the special methods read from a built-in type
/// (<see cref="BuiltinDunders"/>) answer with these; the general operators then try the other side as usual.
/// </summary>
public static partial class PyOps
{
    /// <summary><paramref name="value"/> op <paramref name="other"/> as <paramref name="value"/>'s type compares
    /// (both are built-in values: derived instances unwrapped by the caller).</summary>
    internal static PyValue BuiltinCompare(PyValue value, PyValue other, CompareOp op)
    {
        int c = NumericCompare(value, other);
        if (c != NotNumeric)
            return PyValue.FromBool(Decide(c, op));
        if (value.Ref is string s)
            return other.Ref is string o ? PyValue.FromBool(Decide(StrOps.Compare(s, o), op)) : default;
        return value.Ref is PyObject obj ? obj.RichCompare(other, op) : default;
    }

    /// <summary><paramref name="value"/> op <paramref name="other"/> (or other op value when
    /// <paramref name="reflected"/>) as <paramref name="value"/>'s type computes it, or unbound.</summary>
    internal static PyValue BuiltinBinary(BinOp op, PyValue value, PyValue other, bool reflected)
    {
        if (value.Ref is PyObject obj)
            return obj.BinaryOp(op, other, reflected);
        var (a, b) = reflected ? (other, value) : (value, other);
        if (value.Ref is string s)
        {
            return op switch
            {
                BinOp.Add when other.Ref is string => Add(a, b),
                BinOp.Mul when IsIntegral(other) => Binary(op, a, b),
                BinOp.Mod when !reflected => PyValue.FromString(PercentFormat.Format(s, other)),
                _ => default,
            };
        }
        bool number = IsIntegral(other) || other.IsFloat;
        if (number && op != BinOp.MatMul && !(op is BinOp.LShift or BinOp.RShift or BinOp.BitAnd or BinOp.BitOr or BinOp.BitXor && (value.IsFloat || other.IsFloat)))
            return Binary(op, a, b);
        // int * sequence repeats the sequence (the sequence's own operation, which int's NotImplemented leads to).
        if (op == BinOp.Mul && IsIntegral(value) && other.Ref is string or PyList or PyTuple or PyBytes or PyByteArray)
            return Binary(op, a, b);
        return default;
    }
}
