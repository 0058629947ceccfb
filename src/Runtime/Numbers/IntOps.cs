using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>int arithmetic with Python semantics on 64-bit values, promoting to BigInteger on overflow.</summary>
public static class IntOps
{
    public static PyValue Add(long a, long b)
    {
        long r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? PyValue.FromBigInteger((BigInteger)a + b) : PyValue.FromInt(r);
    }

    public static PyValue Sub(long a, long b)
    {
        long r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0 ? PyValue.FromBigInteger((BigInteger)a - b) : PyValue.FromInt(r);
    }

    public static PyValue Mul(long a, long b)
    {
        long hi = Math.BigMul(a, b, out long lo);
        return hi == (lo >> 63) ? PyValue.FromInt(lo) : PyValue.FromBigInteger((BigInteger)a * b);
    }

    public static PyValue FloorDiv(long a, long b)
    {
        if (b == 0)
            throw PyException.ZeroDivisionError("integer division or modulo by zero");
        if (b == -1)
            return a == long.MinValue ? PyValue.FromBigInteger(-(BigInteger)a) : PyValue.FromInt(-a);
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            q--;
        return PyValue.FromInt(q);
    }

    public static PyValue Mod(long a, long b)
    {
        if (b == 0)
            throw PyException.ZeroDivisionError("integer modulo by zero");
        if (b == -1)
            return PyValue.FromInt(0);
        long r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
            r += b;
        return PyValue.FromInt(r);
    }

    public static PyValue TrueDiv(long a, long b)
    {
        if (b == 0)
            throw PyException.ZeroDivisionError("division by zero");
        const long Exact = 1L << 53;
        if (a >= -Exact && a <= Exact && b >= -Exact && b <= Exact)
            return PyValue.FromFloat((double)a / b);
        return PyValue.FromFloat(BigTrueDiv(a, b));
    }

    public static PyValue Pow(long a, long b)
    {
        if (b < 0)
            return PyValue.FromFloat(FloatOps.Pow(a, b));
        long result = 1, x = a;
        long e = b;
        while (true)
        {
            if ((e & 1) != 0)
            {
                long hi = Math.BigMul(result, x, out long lo);
                if (hi != (lo >> 63))
                    return PyValue.FromBigInteger(BigPow(a, b));
                result = lo;
            }
            e >>= 1;
            if (e == 0)
                return PyValue.FromInt(result);
            long h2 = Math.BigMul(x, x, out long l2);
            if (h2 != (l2 >> 63))
                return PyValue.FromBigInteger(BigPow(a, b));
            x = l2;
        }
    }

    public static BigInteger BigPow(BigInteger a, BigInteger b)
    {
        if (a.IsZero || a.IsOne)
            return a;
        if (a == BigInteger.MinusOne)
            return b.IsEven ? BigInteger.One : BigInteger.MinusOne;
        if (b > int.MaxValue)
            throw PyException.Create(PyTypes.MemoryError, (string?)null);
        return BigInteger.Pow(a, (int)b);
    }

    public static PyValue LShift(long a, long n)
    {
        if (n < 0)
            throw PyException.ValueError("negative shift count");
        if (a == 0)
            return PyValue.FromInt(0);
        if (n < 63)
        {
            long r = a << (int)n;
            if (r >> (int)n == a)
                return PyValue.FromInt(r);
        }
        if (n > int.MaxValue)
            throw PyException.OverflowError("too many digits in integer");
        return PyValue.FromBigInteger((BigInteger)a << (int)n);
    }

    public static PyValue RShift(long a, long n)
    {
        if (n < 0)
            throw PyException.ValueError("negative shift count");
        return PyValue.FromInt(n >= 64 ? (a < 0 ? -1 : 0) : a >> (int)n);
    }

    // ---- BigInteger versions (operands already known to be ints, at least one big) ----

    public static PyValue BigBinary(BinOp op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinOp.Add: return PyValue.FromBigInteger(a + b);
            case BinOp.Sub: return PyValue.FromBigInteger(a - b);
            case BinOp.Mul: return PyValue.FromBigInteger(a * b);
            case BinOp.FloorDiv:
                if (b.IsZero)
                    throw PyException.ZeroDivisionError("integer division or modulo by zero");
                return PyValue.FromBigInteger(FloorDivBig(a, b));
            case BinOp.Mod:
                if (b.IsZero)
                    throw PyException.ZeroDivisionError("integer modulo by zero");
                return PyValue.FromBigInteger(ModBig(a, b));
            case BinOp.TrueDiv:
                if (b.IsZero)
                    throw PyException.ZeroDivisionError("division by zero");
                return PyValue.FromFloat(BigTrueDiv(a, b));
            case BinOp.Pow:
                if (b.Sign < 0)
                    return PyValue.FromFloat(FloatOps.Pow(ToDouble(a), ToDouble(b)));
                return PyValue.FromBigInteger(BigPow(a, b));
            case BinOp.LShift:
                if (b.Sign < 0)
                    throw PyException.ValueError("negative shift count");
                if (a.IsZero)
                    return PyValue.FromInt(0);
                if (b > int.MaxValue)
                    throw PyException.OverflowError("too many digits in integer");
                return PyValue.FromBigInteger(a << (int)b);
            case BinOp.RShift:
                if (b.Sign < 0)
                    throw PyException.ValueError("negative shift count");
                if (b > int.MaxValue)
                    return PyValue.FromInt(a.Sign < 0 ? -1 : 0);
                return PyValue.FromBigInteger(a >> (int)b);
            case BinOp.BitAnd: return PyValue.FromBigInteger(a & b);
            case BinOp.BitOr: return PyValue.FromBigInteger(a | b);
            case BinOp.BitXor: return PyValue.FromBigInteger(a ^ b);
            default: return default;
        }
    }

    public static BigInteger FloorDivBig(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
            q -= 1;
        return q;
    }

    public static BigInteger ModBig(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
            r += b;
        return r;
    }

    /// <summary>float(n), correctly rounded (half to even); OverflowError when out of range.</summary>
    public static double ToDouble(BigInteger n)
    {
        double d = ToDoubleUnchecked(n, 0);
        if (double.IsInfinity(d))
            throw PyException.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>n * 2**scale correctly rounded; may be infinite.</summary>
    private static double ToDoubleUnchecked(BigInteger n, long scale)
    {
        if (n.IsZero)
            return 0.0;
        bool neg = n.Sign < 0;
        var mag = BigInteger.Abs(n);
        long bits = (long)mag.GetBitLength();
        double result;
        if (bits <= 53)
        {
            result = (double)(ulong)mag;
            result = Math.ScaleB(result, (int)Math.Clamp(scale, -2000, 2000));
        }
        else
        {
            // Keep 55 bits plus a sticky bit, then let the hardware do the final rounding exactly once.
            int shift = (int)(bits - 55);
            var top = mag >> shift;
            bool sticky = !(mag & ((BigInteger.One << shift) - 1)).IsZero;
            ulong t = (ulong)top;
            if (sticky)
                t |= 1;
            // t has 55 bits: round to 53 with half-even by hand.
            ulong mant = t >> 2;
            ulong rem = t & 3;
            if (rem > 2 || (rem == 2 && (mant & 1) != 0))
                mant++;
            long exp = shift + 2 + scale;
            result = Math.ScaleB((double)mant, (int)Math.Clamp(exp, -2000, 2000));
        }
        return neg ? -result : result;
    }

    /// <summary>a / b correctly rounded, as CPython's long_true_divide.</summary>
    public static double BigTrueDiv(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
            throw PyException.ZeroDivisionError("division by zero");
        if (a.IsZero)
            return b.Sign < 0 ? -0.0 : 0.0;
        bool neg = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        long diff = (long)a.GetBitLength() - (long)b.GetBitLength();
        // Scale so the quotient has at least 55 significant bits (more for subnormal results is harmless).
        long shift = 55 - diff;
        BigInteger num = shift > 0 ? a << (int)shift : a;
        BigInteger den = shift < 0 ? b << (int)(-shift) : b;
        var q = BigInteger.DivRem(num, den, out var r);
        if (!r.IsZero)
            q = (q << 1) | 1;
        else
            q <<= 1;
        double d = ToDoubleUnchecked(q, -shift - 1);
        if (double.IsInfinity(d))
            throw PyException.OverflowError("integer division result too large for a float");
        return neg ? -d : d;
    }

    /// <summary>str(n) for a big int, with CPython's limit on decimal digits (sys.set_int_max_str_digits).</summary>
    public static string ToDecimalString(BigInteger n)
    {
        long limit = PySys.IntMaxStrDigits;
        if (limit > 0 && (long)BigInteger.Abs(n).GetBitLength() > limit * 3.3219280948873626 + 4)
            throw DigitLimitError();
        string s = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (limit > 0 && s.Length - (n.Sign < 0 ? 1 : 0) > limit)
            throw DigitLimitError();
        return s;
    }

    private static PyException DigitLimitError() =>
        PyException.ValueError($"Exceeds the limit ({PySys.IntMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BigInteger ToBig(PyValue v) => v.Ref is PyBigInt b ? b.Value : v.Bits;
}
