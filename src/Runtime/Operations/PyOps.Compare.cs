using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

public static partial class PyOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqBool(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return a.Bits == b.Bits;
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float))
            return a.AsDouble == b.AsDouble;
        if (a.Ref is string sa && b.Ref is string sb)
            return string.Equals(sa, sb);
        return CompareBool(a, b, CompareOp.Eq);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NeBool(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return a.Bits != b.Bits;
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float))
            return a.AsDouble != b.AsDouble;
        return CompareBool(a, b, CompareOp.Ne);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LtBool(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return a.Bits < b.Bits;
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float))
            return a.AsDouble < b.AsDouble;
        return CompareBool(a, b, CompareOp.Lt);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LeBool(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return a.Bits <= b.Bits;
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float))
            return a.AsDouble <= b.AsDouble;
        return CompareBool(a, b, CompareOp.Le);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GtBool(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return a.Bits > b.Bits;
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float))
            return a.AsDouble > b.AsDouble;
        return CompareBool(a, b, CompareOp.Gt);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GeBool(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return a.Bits >= b.Bits;
        if (ReferenceEquals(a.Ref, ValueTags.Float) && ReferenceEquals(b.Ref, ValueTags.Float))
            return a.AsDouble >= b.AsDouble;
        return CompareBool(a, b, CompareOp.Ge);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Eq(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromBool(a.Bits == b.Bits);
        return Compare(a, b, CompareOp.Eq);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Ne(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromBool(a.Bits != b.Bits);
        return Compare(a, b, CompareOp.Ne);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Lt(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromBool(a.Bits < b.Bits);
        return Compare(a, b, CompareOp.Lt);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Le(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromBool(a.Bits <= b.Bits);
        return Compare(a, b, CompareOp.Le);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Gt(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromBool(a.Bits > b.Bits);
        return Compare(a, b, CompareOp.Gt);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Ge(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
            return PyValue.FromBool(a.Bits >= b.Bits);
        return Compare(a, b, CompareOp.Ge);
    }

    /// <summary><c>a is b</c>. Inline values (ints, floats, bools, None) are the same object when equal in kind and bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(PyValue a, PyValue b) => ReferenceEquals(a.Ref, b.Ref) && a.Bits == b.Bits;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool CompareBool(PyValue a, PyValue b, CompareOp op)
    {
        int c = NumericCompare(a, b);
        if (c != NotNumeric)
            return Decide(c, op);
        if (a.Ref is string sa && b.Ref is string sb)
            return Decide(StrOps.Compare(sa, sb), op);
        var r = ObjectCompare(a, b, op);
        return r.IsBool ? r.Bits != 0 : IsTrue(r);
    }

    /// <summary>The rich comparison <c>a op b</c> (may return a non-bool from user __eq__ etc.).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Compare(PyValue a, PyValue b, CompareOp op)
    {
        int c = NumericCompare(a, b);
        if (c != NotNumeric)
            return PyValue.FromBool(Decide(c, op));
        if (a.Ref is string sa && b.Ref is string sb)
            return PyValue.FromBool(Decide(StrOps.Compare(sa, sb), op));
        return ObjectCompare(a, b, op);
    }

    private const int NotNumeric = int.MinValue;
    private const int Unordered = 2; // NaN involved

    private static bool Decide(int c, CompareOp op)
    {
        if (c == Unordered)
            return op == CompareOp.Ne;
        return op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        };
    }

    /// <summary>Exact comparison of two numbers (int, bool, big int, float) or <see cref="NotNumeric"/>.</summary>
    private static int NumericCompare(PyValue a, PyValue b)
    {
        bool aInt = IsSmallInt(a), bInt = IsSmallInt(b);
        if (aInt && bInt)
            return a.Bits.CompareTo(b.Bits);
        bool aF = a.IsFloat, bF = b.IsFloat;
        if (aF && bF)
        {
            double x = a.AsDouble, y = b.AsDouble;
            return double.IsNaN(x) || double.IsNaN(y) ? Unordered : x.CompareTo(y);
        }
        bool aBig = a.Ref is PyBigInt, bBig = b.Ref is PyBigInt;
        if ((aInt || aBig) && (bInt || bBig))
            return BigIntOps.Compare(a, b);
        if (aF && (bInt || bBig))
        {
            int c = bInt ? FloatOps.CompareIntFloat(b.Bits, a.AsDouble) : FloatOps.CompareBigFloat(((PyBigInt)b.Ref!).Value, a.AsDouble);
            return c == Unordered ? c : -c;
        }
        if (bF && (aInt || aBig))
            return aInt ? FloatOps.CompareIntFloat(a.Bits, b.AsDouble) : FloatOps.CompareBigFloat(((PyBigInt)a.Ref!).Value, b.AsDouble);
        return NotNumeric;
    }

    private static CompareOp Swap(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    private static readonly string[] CompareSymbols = { "<", "<=", "==", "!=", ">", ">=" };

    private static PyValue ObjectCompare(PyValue a, PyValue b, CompareOp op)
    {
        // do_richcompare: an instance of a class deriving from the left operand's class is asked first.
        bool rightFirst = b.Ref is PyInstance ib && !ReferenceEquals(TypeOf(a), ib.Type) && ib.Type.IsSubtypeOf(TypeOf(a));
        if (rightFirst)
        {
            var r = ((PyObject)b.Ref!).RichCompare(a, Swap(op));
            if (!r.IsUnbound)
                return r;
        }
        if (a.Ref is PyObject oa)
        {
            var r = oa.RichCompare(b, op);
            if (!r.IsUnbound)
                return r;
        }
        if (b.Ref is PyObject ob && !rightFirst)
        {
            var r = ob.RichCompare(a, Swap(op));
            if (!r.IsUnbound)
                return r;
        }
        if (op == CompareOp.Eq)
            return PyValue.FromBool(Is(a, b));
        if (op == CompareOp.Ne)
            return PyValue.FromBool(!Is(a, b));
        throw PyException.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{TypeName(a)}' and '{TypeName(b)}'");
    }

    /// <summary><c>item in container</c>.</summary>
    public static bool Contains(PyValue container, PyValue item)
    {
        switch (container.Ref)
        {
            case string s:
                if (item.Ref is string sub)
                    return s.Contains(sub, StringComparison.Ordinal);
                throw PyException.TypeError($"'in <string>' requires string as left operand, not {TypeName(item)}");
            case PyObject o:
                return o.Contains(item);
        }
        throw PyException.TypeError($"argument of type '{TypeName(container)}' is not iterable");
    }

    /// <summary><c>item not in container</c>.</summary>
    public static bool NotContains(PyValue container, PyValue item) => !Contains(container, item);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyValue v)
    {
        if (ReferenceEquals(v.Ref, ValueTags.Bool) || ReferenceEquals(v.Ref, ValueTags.Int))
            return v.Bits != 0;
        return IsTrueSlow(v);
    }

    private static bool IsTrueSlow(PyValue v)
    {
        object? r = v.Ref;
        if (ReferenceEquals(r, ValueTags.Int))
            return v.Bits != 0;
        if (ReferenceEquals(r, ValueTags.Float))
            return v.AsDouble != 0.0;
        if (ReferenceEquals(r, ValueTags.None))
            return false;
        if (r is string s)
            return s.Length != 0;
        // An instance of a program class (`if node.left:`): an exact type test is one compare, where `is PyObject`
        // (an abstract class) is a runtime helper call under NativeAOT.
        if (r is not null && r.GetType() == typeof(PyInstance))
            return Unsafe.As<PyInstance>(r).IsTrue();
        if (r is PyObject o)
            return o.IsTrue();
        return r is not null;
    }
}
