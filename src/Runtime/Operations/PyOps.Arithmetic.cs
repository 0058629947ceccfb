using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// The operations generated code calls. Every binary operator has a small inlined fast path for two small ints
/// (overflow-checked) or two floats, and a non-inlined slow path for everything else. Neither allocates for
/// int/float operands that stay within 64 bits.
/// </summary>
public static partial class PyOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Add(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
        {
            long r = unchecked(a.Bits + b.Bits);
            if (((a.Bits ^ r) & (b.Bits ^ r)) >= 0)
                return PyValue.FromInt(r);
        }
        else if (ReferenceEquals(a.Ref, ValueTags.Float))
        {
            if (ReferenceEquals(b.Ref, ValueTags.Float))
                return PyValue.FromFloat(a.AsDouble + b.AsDouble);
            if (ReferenceEquals(b.Ref, ValueTags.Int))
                return PyValue.FromFloat(a.AsDouble + (double)b.Bits); // int→float is correctly rounded, as in CPython
        }
        else if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Float))
        {
            return PyValue.FromFloat((double)a.Bits + b.AsDouble);
        }
        return AddSlow(a, b);
    }

    /// <summary><c>a + b</c> off the number fast path: str + str concatenates at once (exact str only: a user
    /// class can't subclass the runtime's string), everything else takes the general operator.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue AddSlow(PyValue a, PyValue b)
    {
        if (a.Ref is string sa && b.Ref is string sb)
            return PyValue.FromString(ShortStrings.Concat(sa, sb));
        return Binary(BinOp.Add, a, b, inplace: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Sub(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
        {
            long r = unchecked(a.Bits - b.Bits);
            if (((a.Bits ^ b.Bits) & (a.Bits ^ r)) >= 0)
                return PyValue.FromInt(r);
        }
        else if (ReferenceEquals(a.Ref, ValueTags.Float))
        {
            if (ReferenceEquals(b.Ref, ValueTags.Float))
                return PyValue.FromFloat(a.AsDouble - b.AsDouble);
            if (ReferenceEquals(b.Ref, ValueTags.Int))
                return PyValue.FromFloat(a.AsDouble - (double)b.Bits); // int→float is correctly rounded, as in CPython
        }
        else if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Float))
        {
            return PyValue.FromFloat((double)a.Bits - b.AsDouble);
        }
        return Binary(BinOp.Sub, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Mul(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
        {
            // Both within 32 bits: the product fits (Math.BigMul has no fast instruction on NativeAOT's baseline x64).
            if ((ulong)(a.Bits + 0x80000000L) <= 0xFFFFFFFFUL && (ulong)(b.Bits + 0x80000000L) <= 0xFFFFFFFFUL)
                return PyValue.FromInt(a.Bits * b.Bits);
            long hi = Math.BigMul(a.Bits, b.Bits, out long lo);
            if (hi == (lo >> 63))
                return PyValue.FromInt(lo);
        }
        else if (ReferenceEquals(a.Ref, ValueTags.Float))
        {
            if (ReferenceEquals(b.Ref, ValueTags.Float))
                return PyValue.FromFloat(a.AsDouble * b.AsDouble);
            if (ReferenceEquals(b.Ref, ValueTags.Int))
                return PyValue.FromFloat(a.AsDouble * (double)b.Bits); // int→float is correctly rounded, as in CPython
        }
        else if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Float))
        {
            return PyValue.FromFloat((double)a.Bits * b.AsDouble);
        }
        return Binary(BinOp.Mul, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue TrueDiv(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float) && b.Bits << 1 != 0)
            return PyValue.FromFloat(a.AsDouble / b.AsDouble);
        // Ints within ±2^53 convert exactly, so one IEEE division is the correctly rounded quotient CPython gives.
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int) && b.Bits != 0 &&
            (ulong)(a.Bits + (1L << 53)) <= (1UL << 54) && (ulong)(b.Bits + (1L << 53)) <= (1UL << 54))
            return PyValue.FromFloat((double)a.Bits / b.Bits);
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Int) && b.Bits != 0)
            return PyValue.FromFloat(a.AsDouble / (double)b.Bits);
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Float) && b.Bits << 1 != 0)
            return PyValue.FromFloat((double)a.Bits / b.AsDouble);
        return Binary(BinOp.TrueDiv, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FloorDiv(PyValue a, PyValue b)
    {
        // b > 0 rules out division by zero and MinValue / -1.
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int) && b.Bits > 0)
        {
            long q = a.Bits / b.Bits;
            if (a.Bits < 0 && q * b.Bits != a.Bits)
                q--;
            return PyValue.FromInt(q);
        }
        return Binary(BinOp.FloorDiv, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Mod(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int) && b.Bits > 0)
        {
            long r = a.Bits % b.Bits;
            if (r < 0)
                r += b.Bits;
            return PyValue.FromInt(r);
        }
        return Binary(BinOp.Mod, a, b);
    }

    /// <summary><c>a ** b</c>. Inline: a positive finite float to a finite float power with a finite result
    /// (libm's pow, as CPython's float_pow; everything else, errors included, on the general path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Pow(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float))
        {
            double x = a.AsDouble, y = b.AsDouble;
            if (x > 0.0 && x != 1.0 && double.IsFinite(x) && double.IsFinite(y) && y != 0.0)
            {
                double r = Math.Pow(x, y);
                if (double.IsFinite(r))
                    return PyValue.FromFloat(r);
            }
        }
        return Binary(BinOp.Pow, a, b);
    }

    /// <summary>pow(a, b, mod).</summary>
    public static PyValue Pow(PyValue a, PyValue b, PyValue mod)
    {
        if (mod.IsNone || mod.IsUnbound)
            return Pow(a, b);
        if (!IsIntegral(a) || !IsIntegral(b) || !IsIntegral(mod))
        {
            // Three-argument power calls the first operand's __pow__(b, mod) (never __rpow__: CPython's
            // slot_nb_power); NotImplemented from it leaves the error below.
            if (a.Ref is PyInstance inst && inst.Type.TryLookup("__pow__", out var powMethod))
            {
                var powResult = CallWithSelf(powMethod, a, new[] { b, mod }, null);
                if (powResult.Ref is not PyNotImplementedType)
                    return powResult;
                throw PyException.TypeError($"unsupported operand type(s) for ** or pow(): '{TypeName(a)}', '{TypeName(b)}', '{TypeName(mod)}'");
            }
            // CPython's ternary power: an operand that is no number at all has no power slot to try; floats refuse a
            // modulus, complex numbers too (with their own error).
            static bool IsNumber(PyValue v) => IsIntegral(v) || v.IsFloat || v.Ref is PyComplex;
            if (!IsNumber(a) || !IsNumber(b) || !IsNumber(mod))
            {
                if (a.Ref is not PyDerivedInstance && b.Ref is not PyDerivedInstance && mod.Ref is not PyDerivedInstance)
                    throw PyException.TypeError($"unsupported operand type(s) for ** or pow(): '{TypeName(a)}', '{TypeName(b)}', '{TypeName(mod)}'");
            }
            else if (a.Ref is PyComplex || b.Ref is PyComplex || mod.Ref is PyComplex)
            {
                throw PyException.ValueError("complex modulo");
            }
            throw PyException.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        var m = IntOps.ToBig(mod);
        var e = IntOps.ToBig(b);
        if (m.IsZero)
            throw PyException.ValueError("pow() 3rd argument cannot be 0");
        var x = IntOps.ToBig(a);
        if (e.Sign < 0)
        {
            x = ModInverse(x, m);
            e = -e;
        }
        var r = System.Numerics.BigInteger.ModPow(IntOps.ModBig(x, m), e, System.Numerics.BigInteger.Abs(m));
        return PyValue.FromBigInteger(IntOps.ModBig(r, m));
    }

    private static System.Numerics.BigInteger ModInverse(System.Numerics.BigInteger a, System.Numerics.BigInteger m)
    {
        var mm = System.Numerics.BigInteger.Abs(m);
        System.Numerics.BigInteger g = mm, x = 0, x1 = 1, a1 = IntOps.ModBig(a, mm);
        while (!a1.IsZero)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (!g.IsOne)
            throw PyException.ValueError("base is not invertible for the given modulus");
        return IntOps.ModBig(x, mm);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue LShift(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int) && (ulong)b.Bits < 63)
        {
            long r = a.Bits << (int)b.Bits;
            if (r >> (int)b.Bits == a.Bits)
                return PyValue.FromInt(r);
        }
        return Binary(BinOp.LShift, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue RShift(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int) && (ulong)b.Bits < 64)
            return PyValue.FromInt(a.Bits >> (int)b.Bits);
        return Binary(BinOp.RShift, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue BitAnd(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromInt(a.Bits & b.Bits);
        return Binary(BinOp.BitAnd, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue BitOr(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromInt(a.Bits | b.Bits);
        return Binary(BinOp.BitOr, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue BitXor(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromInt(a.Bits ^ b.Bits);
        return Binary(BinOp.BitXor, a, b);
    }

    public static PyValue MatMul(PyValue a, PyValue b) => Binary(BinOp.MatMul, a, b);

    // In-place operators: objects may update themselves (list +=, set |=, __iadd__); otherwise the binary op.
    /// <summary>
    /// Int/float operand pairs take the binary operator's fast path (no number has <c>__iadd__</c>, and their errors,
    /// such as division by zero, do not name the operator). Everything else goes the in-place way: an instance's
    /// <c>__iadd__</c> and friends, then the general operator with errors naming the augmented operator
    /// (<c>unsupported operand type(s) for -=: 'int' and 'str'</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NumberPair(PyValue a, PyValue b) =>
        (ReferenceEquals(a.Ref, ValueTags.Int) || ReferenceEquals(a.Ref, ValueTags.Float))
        && (ReferenceEquals(b.Ref, ValueTags.Int) || ReferenceEquals(b.Ref, ValueTags.Float));

    /// <summary>Int pairs: the bitwise and shift operators' fast paths (a float operand is an error naming <c>&amp;=</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IntPair(PyValue a, PyValue b) =>
        ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int);

    /// <summary><c>a += b</c>: str + str also keeps <see cref="Add"/>'s concatenation path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceAdd(PyValue a, PyValue b) =>
        NumberPair(a, b) || (a.Ref is string && b.Ref is string) ? Add(a, b) : Inplace(BinOp.Add, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceSub(PyValue a, PyValue b) => NumberPair(a, b) ? Sub(a, b) : Inplace(BinOp.Sub, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceMul(PyValue a, PyValue b) => NumberPair(a, b) ? Mul(a, b) : Inplace(BinOp.Mul, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceTrueDiv(PyValue a, PyValue b) => NumberPair(a, b) ? TrueDiv(a, b) : Inplace(BinOp.TrueDiv, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceFloorDiv(PyValue a, PyValue b) => NumberPair(a, b) ? FloorDiv(a, b) : Inplace(BinOp.FloorDiv, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceMod(PyValue a, PyValue b) => NumberPair(a, b) ? Mod(a, b) : Inplace(BinOp.Mod, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplacePow(PyValue a, PyValue b) => NumberPair(a, b) ? Pow(a, b) : Inplace(BinOp.Pow, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceLShift(PyValue a, PyValue b) => IntPair(a, b) ? LShift(a, b) : Inplace(BinOp.LShift, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceRShift(PyValue a, PyValue b) => IntPair(a, b) ? RShift(a, b) : Inplace(BinOp.RShift, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceBitAnd(PyValue a, PyValue b) => IntPair(a, b) ? BitAnd(a, b) : Inplace(BinOp.BitAnd, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceBitOr(PyValue a, PyValue b) => IntPair(a, b) ? BitOr(a, b) : Inplace(BinOp.BitOr, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceBitXor(PyValue a, PyValue b) => IntPair(a, b) ? BitXor(a, b) : Inplace(BinOp.BitXor, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceMatMul(PyValue a, PyValue b) => Inplace(BinOp.MatMul, a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Inplace(BinOp op, PyValue a, PyValue b)
    {
        if (a.Ref is PyObject o)
        {
            var r = o.InplaceOp(op, b);
            if (!r.IsUnbound)
                return r;
        }
        return Binary(op, a, b, inplace: true);
    }

    internal static readonly string[] OpSymbols = { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@" };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSmallInt(PyValue v) => ReferenceEquals(v.Ref, ValueTags.Int) || ReferenceEquals(v.Ref, ValueTags.Bool);

    /// <summary>An int, bool or big int.</summary>
    public static bool IsIntegral(PyValue v) => IsSmallInt(v) || v.Ref is PyBigInt;

    /// <summary>The general binary operator: numbers of any kind, sequences, then the objects' hooks.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Binary(BinOp op, PyValue a, PyValue b) => Binary(op, a, b, inplace: false);

    private static PyValue Binary(BinOp op, PyValue a, PyValue b, bool inplace)
    {
        bool aSmall = IsSmallInt(a), bSmall = IsSmallInt(b);
        if (aSmall && bSmall)
        {
            if (a.IsBool && b.IsBool && op is BinOp.BitAnd or BinOp.BitOr or BinOp.BitXor)
            {
                long r = op == BinOp.BitAnd ? a.Bits & b.Bits : op == BinOp.BitOr ? a.Bits | b.Bits : a.Bits ^ b.Bits;
                return PyValue.FromBool(r != 0);
            }
            return SmallIntBinary(op, a.Bits, b.Bits, a, b, inplace);
        }
        bool aFloat = a.IsFloat, bFloat = b.IsFloat;
        bool aBig = a.Ref is PyBigInt, bBig = b.Ref is PyBigInt;
        if ((aSmall || aBig) && (bSmall || bBig))
        {
            if (op == BinOp.MatMul)
                throw Unsupported(op, a, b, inplace);
            return BigIntOps.Binary(op, a, b);
        }
        if ((aFloat || aSmall || aBig) && (bFloat || bSmall || bBig))
            return FloatBinary(op, ToDouble(a), ToDouble(b), a, b, inplace);
        return ObjectBinary(op, a, b, inplace);
    }

    private static PyValue SmallIntBinary(BinOp op, long x, long y, PyValue a, PyValue b, bool inplace)
    {
        switch (op)
        {
            case BinOp.Add: return IntOps.Add(x, y);
            case BinOp.Sub: return IntOps.Sub(x, y);
            case BinOp.Mul: return IntOps.Mul(x, y);
            case BinOp.TrueDiv: return IntOps.TrueDiv(x, y);
            case BinOp.FloorDiv: return IntOps.FloorDiv(x, y);
            case BinOp.Mod: return IntOps.Mod(x, y);
            case BinOp.Pow: return IntOps.Pow(x, y);
            case BinOp.LShift: return IntOps.LShift(x, y);
            case BinOp.RShift: return IntOps.RShift(x, y);
            case BinOp.BitAnd: return PyValue.FromInt(x & y);
            case BinOp.BitOr: return PyValue.FromInt(x | y);
            case BinOp.BitXor: return PyValue.FromInt(x ^ y);
            default: throw Unsupported(op, a, b, inplace);
        }
    }

    private static PyValue FloatBinary(BinOp op, double x, double y, PyValue a, PyValue b, bool inplace)
    {
        switch (op)
        {
            case BinOp.Add: return PyValue.FromFloat(x + y);
            case BinOp.Sub: return PyValue.FromFloat(x - y);
            case BinOp.Mul: return PyValue.FromFloat(x * y);
            case BinOp.TrueDiv: return PyValue.FromFloat(FloatOps.TrueDiv(x, y));
            case BinOp.FloorDiv: return PyValue.FromFloat(FloatOps.FloorDiv(x, y));
            case BinOp.Mod: return PyValue.FromFloat(FloatOps.Mod(x, y));
            case BinOp.Pow: return FloatOps.PowValue(x, y);
            default: throw Unsupported(op, a, b, inplace);
        }
    }

    /// <summary>float(v) for an int, bool, big int or float operand.</summary>
    public static double ToDouble(PyValue v)
    {
        if (v.IsFloat)
            return v.AsDouble;
        if (v.Ref is PyBigInt big)
            return IntOps.ToDouble(big.Value);
        return v.Bits;
    }

    private static PyValue ObjectBinary(BinOp op, PyValue a, PyValue b, bool inplace)
    {
        if (a.Ref is string sa)
        {
            if (op == BinOp.Add)
            {
                if (b.Ref is string sb)
                    return PyValue.FromString(ShortStrings.Concat(sa, sb));
                if (b.Ref is PyInstance ib)
                {
                    // str has no __add__ for it: the right operand's __radd__ gets its turn.
                    var rr = ib.BinaryOp(op, a, reflected: true);
                    if (!rr.IsUnbound)
                        return rr;
                }
                throw PyException.TypeError($"can only concatenate str (not \"{TypeName(b)}\") to str");
            }
            if (op == BinOp.Mul)
                return PyValue.FromString(StrOps.Repeat(sa, RepeatCountOrThrow(b)));
            if (op == BinOp.Mod)
                return PyValue.FromString(PercentFormat.Format(sa, b));
        }
        else if (op == BinOp.Add && a.Ref is PyList or PyTuple && b.Ref is PyInstance ib
                 && PyDerivedInstance.Unwrap(b).Ref is not (PyList or PyTuple))
        {
            // list and tuple concatenate in sq_concat, after nb_add: the right operand's __radd__ gets its turn
            // first (a UserList added to a list).
            var rr = ib.BinaryOp(op, a, reflected: true);
            if (!rr.IsUnbound)
                return rr;
        }
        if (b.Ref is string sb2 && op == BinOp.Mul && (IsSmallInt(a) || a.Ref is PyBigInt))
        {
            return PyValue.FromString(StrOps.Repeat(sb2, RepeatCountOrThrow(a)));
        }
        // binary_op1: an instance of a class deriving from the left operand's class, with a reflected method of its
        // own, is asked first.
        bool rightFirst = RightOperandFirst(op, a, b);
        if (rightFirst)
        {
            var r = ((PyObject)b.Ref!).BinaryOp(op, a, reflected: true);
            if (!r.IsUnbound)
                return r;
        }
        if (a.Ref is PyObject oa)
        {
            var r = oa.BinaryOp(op, b, reflected: false);
            if (!r.IsUnbound)
                return r;
        }
        if (b.Ref is PyObject ob && !ReferenceEquals(a.Ref, b.Ref) && !rightFirst)
        {
            var r = ob.BinaryOp(op, a, reflected: true);
            if (!r.IsUnbound)
                return r;
        }
        // typealias_or: a type alias (PEP 695) with a class, None, a generic alias, a union or another alias is a union.
        if (op == BinOp.BitOr && (TypeAnnotation.IsTypeAlias(a) || TypeAnnotation.IsTypeAlias(b))
            && TypeAnnotation.IsUnionMember(a) && TypeAnnotation.IsUnionMember(b))
            return PyUnionType.Of(a, b, reflected: false);
        if (op == BinOp.Mul && (IsSequence(a) || IsSequence(b)))
        {
            var other = IsSequence(a) ? b : a;
            throw PyException.TypeError($"can't multiply sequence by non-int of type '{TypeName(other)}'");
        }
        throw Unsupported(op, a, b, inplace);
    }

    /// <summary>Whether <paramref name="b"/>'s class strictly derives from <paramref name="a"/>'s and has a reflected
    /// method for <paramref name="op"/> that <paramref name="a"/>'s class does not share.</summary>
    private static bool RightOperandFirst(BinOp op, PyValue a, PyValue b)
    {
        if (b.Ref is not PyInstance ib)
            return false;
        var ta = TypeOf(a);
        if (ReferenceEquals(ta, ib.Type) || !ib.Type.IsSubtypeOf(ta))
            return false;
        string name = SpecialNames.NameOf(SpecialNames.Binary(op, reflected: true));
        return ib.Type.TryLookup(name, out var mb) && !(ta.TryLookup(name, out var ma) && ReferenceEquals(ma.Ref, mb.Ref));
    }

    private static bool IsSequence(PyValue v) => v.Ref is string or PyList or PyTuple or PyBytes or PyByteArray;

    private static long RepeatCountOrThrow(PyValue n)
    {
        long c = SequenceOps.RepeatCount(n);
        if (c == long.MinValue)
            throw PyException.TypeError($"can't multiply sequence by non-int of type '{TypeName(n)}'");
        return c;
    }

    private static PyException Unsupported(BinOp op, PyValue a, PyValue b, bool inplace)
    {
        string sym = OpSymbols[(int)op] + (inplace ? "=" : "");
        if (op == BinOp.Pow && !inplace)
            sym = "** or pow()";
        return PyException.TypeError($"unsupported operand type(s) for {sym}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    // ---- unary ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Neg(PyValue a)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && a.Bits != long.MinValue)
            return PyValue.FromInt(-a.Bits);
        if (ReferenceEquals(a.Ref, ValueTags.Float))
            return PyValue.FromFloat(-a.AsDouble);
        return Unary('-', a);
    }

    public static PyValue Pos(PyValue a)
    {
        if (a.IsInt || a.IsFloat || a.IsBigInt)
            return a;
        return Unary('+', a);
    }

    public static PyValue Invert(PyValue a)
    {
        if (a.IsInt)
            return PyValue.FromInt(~a.Bits);
        return Unary('~', a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Not(PyValue a) => PyValue.FromBool(!IsTrue(a));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Unary(char op, PyValue a)
    {
        if (IsSmallInt(a) || a.Ref is PyBigInt)
        {
            var v = IntOps.ToBig(a);
            return op switch
            {
                '-' => PyValue.FromBigInteger(-v),
                '+' => PyValue.FromBigInteger(v),
                _ => PyValue.FromBigInteger(-v - 1),
            };
        }
        if (a.IsFloat && op != '~')
            return op == '-' ? PyValue.FromFloat(-a.AsDouble) : a;
        if (a.Ref is PyObject o)
        {
            var r = o.UnaryOp(op);
            if (!r.IsUnbound)
                return r;
        }
        throw PyException.TypeError($"bad operand type for unary {op}: '{TypeName(a)}'");
    }
}
