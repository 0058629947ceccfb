using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Int operations for int-speculated expressions: generated code tests that every leaf of an arithmetic tree is a
/// small int, then computes on longs with these helpers. Each <c>bool</c> helper returns false where Python's result
/// would not be a small int or would raise (overflow into a big int, a zero divisor, <c>MinValue // -1</c>); the
/// generated code then evaluates the whole tree again on the generic path, which gives the big int or the error.
/// Floor division and modulo round toward negative infinity, as Python's do.
/// </summary>
public static class IntSpec
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Add(long a, long b, out long r)
    {
        r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Sub(long a, long b, out long r)
    {
        r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Mul(long a, long b, out long r)
    {
        // Both within 32 bits: the product fits (Math.BigMul has no fast instruction on NativeAOT's baseline x64).
        if ((ulong)(a + 0x80000000L) <= 0xFFFFFFFFUL && (ulong)(b + 0x80000000L) <= 0xFFFFFFFFUL)
        {
            r = a * b;
            return true;
        }
        long hi = Math.BigMul(a, b, out r);
        return hi == (r >> 63);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Neg(long a, out long r)
    {
        r = unchecked(-a);
        return a != long.MinValue;
    }

    /// <summary><c>a // b</c>; false for a zero divisor and for <c>long.MinValue // -1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FloorDiv(long a, long b, out long r)
    {
        if (b == 0 || (b == -1 && a == long.MinValue))
        {
            r = 0;
            return false;
        }
        long q = a / b;
        if ((a ^ b) < 0 && q * b != a)
            q--;
        r = q;
        return true;
    }

    /// <summary><c>a % b</c> with the divisor's sign; false for a zero divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Mod(long a, long b, out long r)
    {
        if (b == 0)
        {
            r = 0;
            return false;
        }
        if (b == -1)
        {
            r = 0; // long.MinValue % -1 traps on x64
            return true;
        }
        long m = a % b;
        if (m != 0 && (m ^ b) < 0)
            m += b;
        r = m;
        return true;
    }

    /// <summary><c>a // b</c> for a divisor known to be positive (a literal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDivPos(long a, long b)
    {
        long q = a / b;
        return a < 0 && q * b != a ? q - 1 : q;
    }

    /// <summary><c>a % b</c> for a divisor known to be positive (a literal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ModPos(long a, long b)
    {
        long m = a % b;
        return m < 0 ? m + b : m;
    }
}
