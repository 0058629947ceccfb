using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>float arithmetic with CPython's semantics and error messages.</summary>
public static class FloatOps
{
    /// <summary>CPython's <c>Py_NAN</c>: the quiet NaN with the sign bit clear (float('nan'), math.nan). .NET's
    /// <c>double.NaN</c> is 0.0/0.0, which x86 makes with the sign bit set (what struct.pack and math.copysign show).</summary>
    public static readonly double NaN = BitConverter.Int64BitsToDouble(0x7ff8000000000000);

    public static double TrueDiv(double a, double b)
    {
        if (b == 0.0)
            throw PyException.ZeroDivisionError("float division by zero");
        return a / b;
    }

    public static double Mod(double vx, double wx)
    {
        if (wx == 0.0)
            throw PyException.ZeroDivisionError("float modulo");
        return ModNonZero(vx, wx);
    }

    /// <summary>float_rem for a nonzero divisor: the sign of the divisor, a zero result signed as it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ModNonZero(double vx, double wx)
    {
        double mod = vx % wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0))
                mod += wx;
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        return mod;
    }

    public static double FloorDiv(double vx, double wx)
    {
        if (wx == 0.0)
            throw PyException.ZeroDivisionError("float floor division by zero");
        return DivMod(vx, wx, out _);
    }

    /// <summary>CPython's _float_div_mod: returns the floor quotient, the modulo in <paramref name="mod"/>.</summary>
    public static double DivMod(double vx, double wx, out double mod)
    {
        if (wx == 0.0)
            throw PyException.ZeroDivisionError("float divmod()");
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
                floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private static bool IsOddInteger(double x) => Math.Abs(x % 2.0) == 1.0;

    /// <summary>CPython's float_pow (complex results are not supported and raise ValueError).</summary>
    public static double Pow(double iv, double iw)
    {
        if (iw == 0.0)
            return 1.0;
        if (double.IsNaN(iv))
            return iv;
        if (double.IsNaN(iw))
            return iv == 1.0 ? 1.0 : iw;
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0)
                return 1.0;
            return (iw > 0) == (iv > 1.0) ? Math.Abs(iw) : 0.0;
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0)
                return odd ? iv : Math.Abs(iv);
            return odd ? Math.CopySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0.0)
                throw PyException.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return odd ? iv : 0.0;
        }
        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw))
                throw PyException.ValueError("complex numbers are not supported: negative number raised to a fractional power");
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0)
            return negate ? -1.0 : 1.0;
        double r = Math.Pow(iv, iw);
        if (double.IsInfinity(r))
            throw PyException.OverflowError("(34, 'Numerical result out of range')");
        return negate ? -r : r;
    }

    /// <summary><c>x ** y</c> for floats as float_pow gives it: a complex for a negative base and a finite
    /// fractional exponent, else <see cref="Pow"/>.</summary>
    public static PyValue PowValue(double x, double y) =>
        x < 0.0 && double.IsFinite(x) && double.IsFinite(y) && y != Math.Floor(y) ? PyComplex.PowReal(x, y) : PyValue.FromFloat(Pow(x, y));

    /// <summary>Exact comparison of an int and a float: -1, 0, 1, or 2 when the float is NaN.</summary>
    public static int CompareIntFloat(long a, double d)
    {
        if (double.IsNaN(d))
            return 2;
        if (d >= 9.2233720368547758e18)
            return -1;
        if (d < -9.2233720368547758e18)
            return 1;
        double fl = Math.Floor(d);
        long f = (long)fl;
        if (a < f)
            return -1;
        if (a > f)
            return 1;
        return d > fl ? -1 : 0;
    }

    public static int CompareBigFloat(System.Numerics.BigInteger a, double d)
    {
        if (double.IsNaN(d))
            return 2;
        if (double.IsInfinity(d))
            return d > 0 ? -1 : 1;
        double fl = Math.Floor(d);
        var f = new System.Numerics.BigInteger(fl);
        int c = a.CompareTo(f);
        if (c != 0)
            return c;
        return d > fl ? -1 : 0;
    }

    /// <summary>int(x) for a float: truncation, with CPython's errors for inf and nan.</summary>
    public static PyValue ToInt(double d)
    {
        if (double.IsNaN(d))
            throw PyException.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d))
            throw PyException.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(d);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
            return PyValue.FromInt((long)t);
        return PyValue.FromBigInteger(new System.Numerics.BigInteger(t));
    }
}
