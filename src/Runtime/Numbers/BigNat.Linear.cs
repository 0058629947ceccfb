using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyAot.Runtime;

public static partial class BigNat
{
    /// <summary>
    /// The largest scale of a deferred product (<see cref="PyBigInt.CreateScaled"/>): a 32-bit digit times it is
    /// below 2^62, so the sum or difference of two scaled digits plus a carry fits a signed 64-bit accumulator.
    /// </summary>
    public const uint MaxScale = (1u << 30) - 1;

    /// <summary>
    /// r = a*s + b*u on the little-endian 32-bit digits of limb arrays, for |s|, |u| &lt;= <see cref="MaxScale"/>
    /// (either may be negative). Writes r[..max(a.Length, b.Length)] and returns the signed carry out of the top
    /// digit, so the value is r + carry * 2^(32 * max length).
    /// <para>
    /// Why: a big × small product feeding an add or subtract (<c>4*q + r</c>, <c>r - n*t</c>) is one pass over
    /// the operands with one result array, instead of a multiply pass, an intermediate array and an add pass.
    /// The carry lives in the accumulator (add, store the low half, arithmetic shift), so there is no per-digit
    /// carry compare; two independent chains over the two halves of the common length hide the add-shift latency.
    /// </para>
    /// </summary>
    public static long LinComb32(Span<uint> r, ReadOnlySpan<uint> a, long s, ReadOnlySpan<uint> b, long u)
    {
        int la = a.Length, lb = b.Length;
        int m = Math.Min(la, lb), n = Math.Max(la, lb);
        if (r.Length < n || s > MaxScale || s < -MaxScale || u > MaxScale || u < -MaxScale)
            throw new ArgumentException("BigNat.LinComb32: bad arguments");
        ref uint ra = ref MemoryMarshal.GetReference(a);
        ref uint rb = ref MemoryMarshal.GetReference(b);
        ref uint rr = ref MemoryMarshal.GetReference(r);
        nint h = m >> 1;
        ref uint ra1 = ref Unsafe.Add(ref ra, h);
        ref uint rb1 = ref Unsafe.Add(ref rb, h);
        ref uint rr1 = ref Unsafe.Add(ref rr, h);
        long c0 = 0, c1 = 0;
        for (nint i = 0; i < h; i++)
        {
            c0 += Unsafe.Add(ref ra, i) * s + Unsafe.Add(ref rb, i) * u;
            Unsafe.Add(ref rr, i) = (uint)c0;
            c0 >>= 32;
            c1 += Unsafe.Add(ref ra1, i) * s + Unsafe.Add(ref rb1, i) * u;
            Unsafe.Add(ref rr1, i) = (uint)c1;
            c1 >>= 32;
        }
        nint j = 2 * h;
        for (; j < m; j++)
        {
            c1 += Unsafe.Add(ref ra, j) * s + Unsafe.Add(ref rb, j) * u;
            Unsafe.Add(ref rr, j) = (uint)c1;
            c1 >>= 32;
        }
        // The longer operand's tail alone.
        if (la > lb)
        {
            for (; j < n; j++)
            {
                c1 += Unsafe.Add(ref ra, j) * s;
                Unsafe.Add(ref rr, j) = (uint)c1;
                c1 >>= 32;
            }
        }
        else
        {
            for (; j < n; j++)
            {
                c1 += Unsafe.Add(ref rb, j) * u;
                Unsafe.Add(ref rr, j) = (uint)c1;
                c1 >>= 32;
            }
        }
        // Fold the lower chain's carry (a borrow when negative) in at digit h; it stops within a digit or two.
        for (int i = (int)h; c0 != 0 && i < n; i++)
        {
            c0 += r[i];
            r[i] = (uint)c0;
            c0 >>= 32;
        }
        return c1 + c0;
    }

    /// <summary>
    /// a*s + b*u for natural a, b and small signed s, u into a fresh array of max(a.Length, b.Length) + 1 limbs:
    /// returns the limbs used (leading zero limbs possible) and whether the result is negative.
    /// </summary>
    public static int LinComb(ReadOnlySpan<ulong> a, long s, ReadOnlySpan<ulong> b, long u, out ulong[] result, out bool negative)
    {
        int n = Math.Max(a.Length, b.Length);
        var r = GC.AllocateUninitializedArray<ulong>(n + 1);
        long carry;
        if (BitConverter.IsLittleEndian)
            carry = LinComb32(MemoryMarshal.Cast<ulong, uint>(r.AsSpan()), MemoryMarshal.Cast<ulong, uint>(a), s, MemoryMarshal.Cast<ulong, uint>(b), u);
        else
            throw new PlatformNotSupportedException("BigNat.LinComb: big-endian");
        // |result| < 2^(64n + 31), so the carry is one 32-bit digit.
        negative = carry < 0;
        if (negative)
        {
            // The value is R + carry * 2^(64n) with 0 <= R < 2^(64n): its magnitude is (-carry) * 2^(64n) - R.
            int i = 0;
            while (i < n && r[i] == 0)
                i++;
            if (i < n)
            {
                r[i] = 0UL - r[i];
                for (int k = i + 1; k < n; k++)
                    r[k] = ~r[k];
                carry = -carry - 1;
            }
            else
                carry = -carry;
        }
        r[n] = (ulong)carry;
        result = r;
        return n + 1;
    }
}

public static partial class BigNat
{
    /// <summary>
    /// Bounds of mag * scale / 2^sh: [lo, hi] (hi - lo &lt;= scale), read off the limbs at and above bit sh;
    /// callers pick sh so that the bounds fit 128 bits.
    /// </summary>
    private static void ScaledTop(ReadOnlySpan<ulong> mag, long scale, int sh, out UInt128 lo, out UInt128 hi)
    {
        lo = ShiftedTop(mag, sh) * (ulong)scale;
        hi = sh == 0 ? lo : lo + (ulong)scale;
    }

    /// <summary>
    /// Compares a*s with b*u (natural a, b; 1 &lt;= s, u &lt;= <see cref="MaxScale"/>) from their top 120 bits or
    /// so, without computing either product. Why: a comparison against a deferred product (<c>x &lt; n*t</c>) would
    /// otherwise materialise it, a whole multiply pass for one bit of answer. Returns false when the top bits
    /// cannot decide (the products agree there), and the caller compares exactly.
    /// </summary>
    public static bool TryCompareScaled(ReadOnlySpan<ulong> a, long s, ReadOnlySpan<ulong> b, long u, out int result)
    {
        result = 0;
        if (a.Length == 0 || b.Length == 0)
        {
            result = a.Length == b.Length ? 0 : a.Length == 0 ? -1 : 1;
            return true;
        }
        // a*s has BitLength(a) + BitLength(s) - 1 or that + 1 bits.
        long aBits = BitLength(a) + 64 - BitOperations.LeadingZeroCount((ulong)s);
        long bBits = BitLength(b) + 64 - BitOperations.LeadingZeroCount((ulong)u);
        if (aBits + 1 < bBits || bBits + 1 < aBits)
        {
            result = aBits < bBits ? -1 : 1;
            return true;
        }
        int sh = (int)Math.Max(0, Math.Max(aBits, bBits) - 120);
        ScaledTop(a, s, sh, out var aLo, out var aHi);
        ScaledTop(b, u, sh, out var bLo, out var bHi);
        if (aHi < bLo || bHi < aLo)
        {
            result = aHi < bLo ? -1 : 1;
            return true;
        }
        if (sh == 0)
        {
            result = aLo.CompareTo(bLo);
            return true;
        }
        return false;
    }

    /// <summary>
    /// floor(a*s / (b*u)) for natural a, b (b non-zero) and 1 &lt;= s, u &lt;= <see cref="MaxScale"/> when the top
    /// bits decide it and it is below 2^61; <paramref name="inexact"/> true means the division is known to leave a
    /// remainder (false: unknown). Why: a // against a deferred product (<c>x // (t*l)</c>) needs only the top
    /// bits when the quotient is small; materialising the product would be a whole multiply pass.
    /// </summary>
    public static bool TryScaledQuotient(ReadOnlySpan<ulong> a, long s, ReadOnlySpan<ulong> b, long u, out ulong q, out bool inexact)
    {
        q = 0;
        inexact = false;
        if (b.Length == 0)
            return false;
        if (a.Length == 0)
            return true;
        long aBitsMax = BitLength(a) + 64 - BitOperations.LeadingZeroCount((ulong)s);
        long bBitsMin = BitLength(b) + 63 - BitOperations.LeadingZeroCount((ulong)u);
        if (aBitsMax < bBitsMin)
        {
            inexact = true; // 0 < a*s < b*u
            return true;
        }
        if (aBitsMax - bBitsMin > 60)
            return false;
        int sh = (int)Math.Max(0, bBitsMin - 64);
        ScaledTop(a, s, sh, out var aLo, out var aHi);
        ScaledTop(b, u, sh, out var bLo, out var bHi);
        UInt128 qLo = aLo / bHi, qHi = aHi / bLo;
        if (qLo != qHi)
            return false;
        q = (ulong)qLo;
        inexact = aLo > qLo * bHi;
        return true;
    }
}
