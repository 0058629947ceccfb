using System;

namespace PyAot.Runtime;

/// <summary>
/// The <c>e</c> format: IEEE 754 binary16, converted as CPython's <c>PyFloat_Pack2</c> and <c>PyFloat_Unpack2</c>
/// (Objects/floatobject.c) do it: straight from the double, rounding half to even (no double rounding through a
/// float), a NaN packed as the quiet NaN of its sign, values that round beyond 65504 an OverflowError.
/// </summary>
internal sealed partial class StructLayout
{
    /// <summary>The binary16 bits of <paramref name="x"/>; false when it is too large ("float too large to pack
    /// with e format").</summary>
    internal static bool TryHalfBits(double x, out ushort result)
    {
        result = 0;
        int sign, e;
        int bits;
        if (x == 0.0)
        {
            sign = double.IsNegative(x) ? 1 : 0;
            e = 0;
            bits = 0;
        }
        else if (double.IsInfinity(x))
        {
            sign = x < 0.0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        }
        else if (double.IsNaN(x))
        {
            // The quiet NaN of x's sign: the fraction's top bit alone.
            sign = double.IsNegative(x) ? 1 : 0;
            e = 0x1f;
            bits = 512;
        }
        else
        {
            sign = x < 0.0 ? 1 : 0;
            if (sign != 0)
                x = -x;
            double f = Frexp(x, out e);
            // f in [1.0, 2.0)
            f *= 2.0;
            e--;
            if (e >= 16)
                return false;
            if (e < -25)
            {
                // |x| < 2**-25: underflows to zero.
                f = 0.0;
                e = 0;
            }
            else if (e < -14)
            {
                // |x| < 2**-14: gradual underflow.
                f = Math.ScaleB(f, 14 + e);
                e = 0;
            }
            else
            {
                e += 15;
                f -= 1.0; // the leading 1 is implicit
            }
            f *= 1024.0;
            bits = (int)f; // truncated, then rounded half to even
            double rest = f - bits;
            if (rest > 0.5 || (rest == 0.5 && bits % 2 == 1))
            {
                bits++;
                if (bits == 1024)
                {
                    // The carry went out of ten 1 bits.
                    bits = 0;
                    e++;
                    if (e == 31)
                        return false;
                }
            }
        }
        result = (ushort)(bits | (e << 10) | (sign << 15));
        return true;
    }

    /// <summary>C's frexp for a positive finite <paramref name="x"/>: x = m * 2**e with m in [0.5, 1).</summary>
    private static double Frexp(double x, out int e)
    {
        long raw = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((raw >> 52) & 0x7ff);
        int adjust = 0;
        if (exponent == 0)
        {
            // subnormal: scaled into the normal range first
            x *= 18014398509481984.0; // 2**54
            raw = BitConverter.DoubleToInt64Bits(x);
            exponent = (int)((raw >> 52) & 0x7ff);
            adjust = -54;
        }
        e = exponent - 1022 + adjust;
        return BitConverter.Int64BitsToDouble((raw & ~(0x7ffL << 52)) | (1022L << 52));
    }

    /// <summary>The double a binary16 value is (an infinity or NaN keeps its sign; a NaN's payload is dropped).</summary>
    internal static double HalfToDouble(ushort h)
    {
        bool negative = (h & 0x8000) != 0;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        if (e == 0x1f)
        {
            if (f == 0)
                return negative ? double.NegativeInfinity : double.PositiveInfinity;
            return BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xfff8000000000000UL) : 0x7ff8000000000000L);
        }
        double x = f / 1024.0;
        if (e == 0)
        {
            e = -14;
        }
        else
        {
            x += 1.0;
            e -= 15;
        }
        x = Math.ScaleB(x, e);
        return negative ? -x : x;
    }
}
