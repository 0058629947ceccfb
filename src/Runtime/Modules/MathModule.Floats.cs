using System;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>The <c>math</c> functions on a float's representation and the inverse hyperbolics, as CPython 3.12's
/// mathmodule.c computes them (its own remainder and ulp, libm's acosh/asinh/atanh/cbrt) with its errors.</summary>
public static partial class MathModule
{
    public static PyValue Acosh(PyValue x) => Unary(x, Math.Acosh);

    public static PyValue Asinh(PyValue x) => Unary(x, Math.Asinh);

    /// <summary>atanh: |x| ≥ 1 is a domain error (math_1 without overflow: an infinite result is one too).</summary>
    public static PyValue Atanh(PyValue x)
    {
        double d = ToFloat(x);
        if (Math.Abs(d) >= 1)
            throw DomainError();
        return PyValue.FromFloat(Math.Atanh(d));
    }

    public static PyValue Cbrt(PyValue x) => Unary(x, Math.Cbrt);

    /// <summary>frexp: (m, e) with x == m * 2**e and 0.5 ≤ |m| &lt; 1; zeros, infinities and NaN as (x, 0).</summary>
    public static PyValue Frexp(PyValue x)
    {
        double d = ToFloat(x);
        if (d == 0 || double.IsNaN(d) || double.IsInfinity(d))
            return Pair(PyValue.FromFloat(d), PyValue.FromInt(0));
        int e = Math.ILogB(d) + 1;
        return Pair(PyValue.FromFloat(Math.ScaleB(d, -e)), PyValue.FromInt(e));
    }

    /// <summary>ldexp(x, i): x * 2**i, exactly; an overflow is OverflowError, an underflow a zero of x's sign.</summary>
    public static PyValue Ldexp(PyValue x, PyValue i)
    {
        double d = ToFloat(x);
        if (!(i.IsInt || i.IsBool || i.Ref is PyBigInt))
            throw PyException.TypeError("Expected an int as second argument to ldexp.");
        if (d == 0 || double.IsNaN(d) || double.IsInfinity(d))
            return PyValue.FromFloat(d);
        BigInteger e = i.Ref is PyBigInt big ? big.Value : i.Bits;
        if (e > 100_000)
            throw RangeError();
        if (e < -100_000)
            return PyValue.FromFloat(Math.CopySign(0.0, d));
        double r = Math.ScaleB(d, (int)e);
        if (double.IsInfinity(r))
            throw RangeError();
        return PyValue.FromFloat(r);
    }

    /// <summary>remainder(x, y): IEEE 754's, computed as m_remainder does (exact, through fmod; a tie to the even
    /// multiple).</summary>
    public static PyValue Remainder(PyValue x, PyValue y)
    {
        double a = ToFloat(x), b = ToFloat(y);
        if (double.IsFinite(a) && double.IsFinite(b))
        {
            if (b == 0)
                throw DomainError();
            double absx = Math.Abs(a), absy = Math.Abs(b);
            double m = absx % absy;
            double c = absy - m;
            double r = m < c ? m : m > c ? -c : m - 2.0 * ((0.5 * (absx - m)) % absy);
            return PyValue.FromFloat(Math.CopySign(1.0, a) * r);
        }
        if (double.IsNaN(a))
            return PyValue.FromFloat(a);
        if (double.IsNaN(b))
            return PyValue.FromFloat(b);
        if (double.IsInfinity(a))
            throw DomainError();
        return PyValue.FromFloat(a);
    }

    /// <summary>nextafter(x, y, steps=None): the float <c>steps</c> representable values from x towards y (y itself
    /// when it is nearer).</summary>
    public static PyValue Nextafter(PyValue x, PyValue y, PyValue steps)
    {
        double a = ToFloat(x), b = ToFloat(y);
        BigInteger n = 1;
        if (!steps.IsUnbound && !steps.IsNone)
        {
            n = PyOps.TryIndex(steps, out var s) ? s : throw PyException.TypeError($"'{PyOps.TypeName(steps)}' object cannot be interpreted as an integer");
            if (n < 0)
                throw PyException.ValueError("steps must be a non-negative integer");
        }
        if (n == 0)
            return PyValue.FromFloat(a);
        if (double.IsNaN(a) || double.IsNaN(b))
            return PyValue.FromFloat(a + b);
        if (a == b)
            return PyValue.FromFloat(b);
        // Floats in order are integers in order (the sign folded in); step there.
        BigInteger from = Ordered(a), to = Ordered(b);
        BigInteger distance = BigInteger.Abs(to - from);
        if (n >= distance)
            return PyValue.FromFloat(b);
        return PyValue.FromFloat(FromOrdered((long)(to > from ? from + n : from - n)));
    }

    private static long Ordered(double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        return bits >= 0 ? bits : unchecked(long.MinValue - bits);
    }

    private static double FromOrdered(long o) => BitConverter.Int64BitsToDouble(o >= 0 ? o : unchecked(long.MinValue - o));

    /// <summary>ulp(x): the gap from |x| to the next float away from zero (for the largest float, to the one below).</summary>
    public static PyValue Ulp(PyValue x)
    {
        double d = ToFloat(x);
        if (double.IsNaN(d))
            return PyValue.FromFloat(d);
        d = Math.Abs(d);
        if (double.IsInfinity(d))
            return PyValue.FromFloat(d);
        double next = Math.BitIncrement(d);
        return PyValue.FromFloat(double.IsInfinity(next) ? d - Math.BitDecrement(d) : next - d);
    }

    private static PyValue Pair(PyValue a, PyValue b) => PyValue.FromObject(new PyTuple(new[] { a, b }));
}
