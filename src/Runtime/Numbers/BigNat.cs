using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace PyAot.Runtime;

/// <summary>
/// Natural-number kernels on little-endian arrays of 64-bit limbs, the representation of <see cref="PyBigInt"/>.
/// A magnitude is "normalised" when its top limb is non-zero (zero is the empty span). The kernels write into a
/// caller-provided result span and return how many limbs they used (possibly with a zero top limb: callers trim).
/// These are the linear-time operations that dominate big-int loops (add, subtract, multiply or divide by one
/// limb, multiply small operands, compare); everything else goes through <see cref="BigInteger"/>.
/// </summary>
public static partial class BigNat
{
    /// <summary>Multiplications where both operands are longer than this many limbs go to BigInteger (Karatsuba).</summary>
    public const int SchoolbookLimit = 40;

    /// <summary>Limbs in use once leading zero limbs are dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Trim(ReadOnlySpan<ulong> x, int length)
    {
        while (length > 0 && x[length - 1] == 0)
            length--;
        return length;
    }

    /// <summary>Compares two normalised magnitudes.</summary>
    public static int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length)
            return a.Length < b.Length ? -1 : 1;
        for (int i = a.Length - 1; i >= 0; i--)
        {
            if (a[i] != b[i])
                return a[i] < b[i] ? -1 : 1;
        }
        return 0;
    }

    /// <summary>Bits in a normalised magnitude.</summary>
    public static long BitLength(ReadOnlySpan<ulong> x) =>
        x.Length == 0 ? 0 : (long)(x.Length - 1) * 64 + (64 - BitOperations.LeadingZeroCount(x[^1]));

    // The carry chains below are latency-bound (the JIT has no add-with-carry), so the linear kernels run two
    // independent chains over the two halves of the operand and fold the lower half's carry in afterwards (it
    // stops after a limb or two unless the upper half is all ones).

    /// <summary>r = a + b with a.Length &gt;= b.Length and r.Length &gt; a.Length; returns a.Length + 1.</summary>
    public static int Add(Span<ulong> r, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int n = a.Length, m = b.Length;
        if (m > n || r.Length <= n)
            throw new ArgumentException("BigNat.Add: bad lengths");
        ref ulong ra = ref MemoryMarshal.GetReference(a);
        ref ulong rb = ref MemoryMarshal.GetReference(b);
        ref ulong rr = ref MemoryMarshal.GetReference(r);
        int h = m >> 1;
        ulong cA = 0, cB = 0;
        for (int i = 0; i < h; i++)
        {
            ulong x = Unsafe.Add(ref ra, i);
            ulong s = x + Unsafe.Add(ref rb, i);
            ulong s2 = s + cA;
            cA = (s < x ? 1UL : 0UL) | (s2 < s ? 1UL : 0UL);
            Unsafe.Add(ref rr, i) = s2;
            int k = i + h;
            ulong y = Unsafe.Add(ref ra, k);
            ulong t = y + Unsafe.Add(ref rb, k);
            ulong t2 = t + cB;
            cB = (t < y ? 1UL : 0UL) | (t2 < t ? 1UL : 0UL);
            Unsafe.Add(ref rr, k) = t2;
        }
        int j = h << 1;
        if (j < m)
        {
            ulong x = Unsafe.Add(ref ra, j);
            ulong s = x + Unsafe.Add(ref rb, j);
            ulong s2 = s + cB;
            cB = (s < x ? 1UL : 0UL) | (s2 < s ? 1UL : 0UL);
            Unsafe.Add(ref rr, j) = s2;
            j++;
        }
        for (; j < n && cB != 0; j++)
        {
            ulong s = Unsafe.Add(ref ra, j) + 1;
            cB = s == 0 ? 1UL : 0UL;
            Unsafe.Add(ref rr, j) = s;
        }
        if (j < n)
            a.Slice(j).CopyTo(r.Slice(j));
        r[n] = cB;
        for (int i = h; cA != 0; i++)
        {
            ulong s = r[i] + 1;
            cA = s == 0 ? 1UL : 0UL;
            r[i] = s;
        }
        return n + 1;
    }

    /// <summary>r = a - b with a &gt;= b (so a.Length &gt;= b.Length) and r.Length &gt;= a.Length; returns a.Length.</summary>
    public static int Sub(Span<ulong> r, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int n = a.Length, m = b.Length;
        if (m > n || r.Length < n)
            throw new ArgumentException("BigNat.Sub: bad lengths");
        ref ulong ra = ref MemoryMarshal.GetReference(a);
        ref ulong rb = ref MemoryMarshal.GetReference(b);
        ref ulong rr = ref MemoryMarshal.GetReference(r);
        int h = m >> 1;
        ulong bA = 0, bB = 0;
        for (int i = 0; i < h; i++)
        {
            ulong x = Unsafe.Add(ref ra, i);
            ulong y = Unsafe.Add(ref rb, i);
            ulong d = x - y;
            ulong d2 = d - bA;
            bA = (x < y ? 1UL : 0UL) | (d < bA ? 1UL : 0UL);
            Unsafe.Add(ref rr, i) = d2;
            int k = i + h;
            ulong u = Unsafe.Add(ref ra, k);
            ulong v = Unsafe.Add(ref rb, k);
            ulong e = u - v;
            ulong e2 = e - bB;
            bB = (u < v ? 1UL : 0UL) | (e < bB ? 1UL : 0UL);
            Unsafe.Add(ref rr, k) = e2;
        }
        int j = h << 1;
        if (j < m)
        {
            ulong x = Unsafe.Add(ref ra, j);
            ulong y = Unsafe.Add(ref rb, j);
            ulong d = x - y;
            ulong d2 = d - bB;
            bB = (x < y ? 1UL : 0UL) | (d < bB ? 1UL : 0UL);
            Unsafe.Add(ref rr, j) = d2;
            j++;
        }
        for (; j < n && bB != 0; j++)
        {
            ulong x = Unsafe.Add(ref ra, j);
            bB = x == 0 ? 1UL : 0UL;
            Unsafe.Add(ref rr, j) = x - 1;
        }
        if (bB != 0)
            throw new ArgumentException("BigNat.Sub: a < b");
        if (j < n)
            a.Slice(j).CopyTo(r.Slice(j));
        for (int i = h; bA != 0; i++)
        {
            if (i >= n)
                throw new ArgumentException("BigNat.Sub: a < b");
            ulong x = r[i];
            bA = x == 0 ? 1UL : 0UL;
            r[i] = x - 1;
        }
        return n;
    }

    /// <summary>r = a * m with r.Length &gt; a.Length; returns a.Length + 1.</summary>
    public static int MulSmall(Span<ulong> r, ReadOnlySpan<ulong> a, ulong m)
    {
        int n = a.Length;
        if (r.Length <= n)
            throw new ArgumentException("BigNat.MulSmall: bad lengths");
        // 32-bit digits are as fast as a loop on Math.BigMul even where that is a single instruction.
        if (m <= uint.MaxValue && BitConverter.IsLittleEndian)
            MulDigits32(MemoryMarshal.Cast<ulong, uint>(r.Slice(0, n + 1)), MemoryMarshal.Cast<ulong, uint>(a), (uint)m);
        else
            r[n] = m <= uint.MaxValue
                ? MulSmall32(ref MemoryMarshal.GetReference(r), ref MemoryMarshal.GetReference(a), n, (uint)m)
                : MulSmall64(ref MemoryMarshal.GetReference(r), ref MemoryMarshal.GetReference(a), n, m);
        return n + 1;
    }

    /// <summary>
    /// Two 32x32->64 products per limb: without BMI2 (NativeAOT's default x64 target) Math.BigMul is a
    /// four-multiply software routine. With m &lt; 2^32 the carry stays below 2^32, so nothing overflows.
    /// </summary>
    /// <summary>
    /// r = a * m on the little-endian 32-bit digits of the limb arrays (a has an even digit count, r two more):
    /// one 32x32->64 multiply, add, store and shift per digit, in two independent chains over the two halves.
    /// </summary>
    private static void MulDigits32(Span<uint> r, ReadOnlySpan<uint> a, uint m32)
    {
        int n = a.Length, h = n >> 1;
        ref uint ra = ref MemoryMarshal.GetReference(a);
        ref uint rr = ref MemoryMarshal.GetReference(r);
        ref uint ra1 = ref Unsafe.Add(ref ra, h);
        ref uint rr1 = ref Unsafe.Add(ref rr, h);
        ulong m = m32, c0 = 0, c1 = 0;
        for (nint i = 0; i < h; i++)
        {
            c0 += Unsafe.Add(ref ra, i) * m;
            Unsafe.Add(ref rr, i) = (uint)c0;
            c0 >>= 32;
            c1 += Unsafe.Add(ref ra1, i) * m;
            Unsafe.Add(ref rr1, i) = (uint)c1;
            c1 >>= 32;
        }
        if ((n & 1) != 0)
        {
            c1 += Unsafe.Add(ref ra, n - 1) * m;
            Unsafe.Add(ref rr, n - 1) = (uint)c1;
            c1 >>= 32;
        }
        r[n] = (uint)c1;
        r[n + 1] = 0; // c1 < 2^32
        for (int i = h; c0 != 0; i++)
        {
            c0 += r[i];
            r[i] = (uint)c0;
            c0 >>= 32;
        }
    }

    private static ulong MulSmall32(ref ulong rr, ref ulong ra, int n, uint m32)
    {
        // Four independent chains over the four quarters (the chain is add, shift, add, shift per limb).
        ulong m = m32;
        int h = n >> 2;
        ulong c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        ref ulong r1 = ref Unsafe.Add(ref rr, h);
        ref ulong a1 = ref Unsafe.Add(ref ra, h);
        ref ulong r2 = ref Unsafe.Add(ref rr, 2 * h);
        ref ulong a2 = ref Unsafe.Add(ref ra, 2 * h);
        ref ulong r3 = ref Unsafe.Add(ref rr, 3 * h);
        ref ulong a3 = ref Unsafe.Add(ref ra, 3 * h);
        for (int i = 0; i < h; i++)
        {
            Unsafe.Add(ref rr, i) = MulStep(Unsafe.Add(ref ra, i), m, ref c0);
            Unsafe.Add(ref r1, i) = MulStep(Unsafe.Add(ref a1, i), m, ref c1);
            Unsafe.Add(ref r2, i) = MulStep(Unsafe.Add(ref a2, i), m, ref c2);
            Unsafe.Add(ref r3, i) = MulStep(Unsafe.Add(ref a3, i), m, ref c3);
        }
        for (int i = 4 * h; i < n; i++)
            Unsafe.Add(ref rr, i) = MulStep(Unsafe.Add(ref ra, i), m, ref c3);
        ulong top = c3;
        FoldCarry(ref rr, 3 * h, n, c2, ref top);
        FoldCarry(ref rr, 2 * h, n, c1, ref top);
        FoldCarry(ref rr, h, n, c0, ref top);
        return top;
    }

    /// <summary>One limb of x * m + carry for m &lt; 2^32 (the carry stays below 2^32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulStep(ulong x, ulong m, ref ulong carry)
    {
        ulong t = (x & 0xFFFF_FFFFUL) * m + carry;
        ulong mid = (t >> 32) + (x >> 32) * m;
        carry = mid >> 32;
        return (t & 0xFFFF_FFFFUL) | (mid << 32);
    }

    private static ulong MulSmall64(ref ulong rr, ref ulong ra, int n, ulong m)
    {
        int h = n >> 1;
        ulong cA = 0, cB = 0;
        for (int i = 0; i < h; i++)
        {
            ulong hi = Math.BigMul(Unsafe.Add(ref ra, i), m, out ulong lo);
            lo += cA;
            cA = hi + (lo < cA ? 1UL : 0UL);
            Unsafe.Add(ref rr, i) = lo;
            int k = i + h;
            ulong hi2 = Math.BigMul(Unsafe.Add(ref ra, k), m, out ulong lo2);
            lo2 += cB;
            cB = hi2 + (lo2 < cB ? 1UL : 0UL);
            Unsafe.Add(ref rr, k) = lo2;
        }
        if ((n & 1) != 0)
        {
            ulong hi2 = Math.BigMul(Unsafe.Add(ref ra, n - 1), m, out ulong lo2);
            lo2 += cB;
            cB = hi2 + (lo2 < cB ? 1UL : 0UL);
            Unsafe.Add(ref rr, n - 1) = lo2;
        }
        FoldCarry(ref rr, h, n, cA, ref cB);
        return cB;
    }

    /// <summary>
    /// Adds a lower chain's carry <paramref name="c"/> at limb <paramref name="at"/> of r[..n], whose top limb
    /// (r[n], kept apart) is <paramref name="top"/>.
    /// </summary>
    private static void FoldCarry(ref ulong rr, int at, int n, ulong c, ref ulong top)
    {
        for (int i = at; c != 0; i++)
        {
            if (i == n)
            {
                top += c; // the product fits in n + 1 limbs, so this cannot overflow
                return;
            }
            ref ulong slot = ref Unsafe.Add(ref rr, i);
            ulong s = slot + c;
            c = s < c ? 1UL : 0UL;
            slot = s;
        }
    }

    /// <summary>
    /// Whether Math.BigMul is one instruction (else the 32-bit-half loops are faster). Settable so tests can run
    /// both code paths.
    /// </summary>
    public static bool UseHardwareMultiply { get; set; } = Bmi2.X64.IsSupported || ArmBase.Arm64.IsSupported;

    private static bool HardwareBigMul => UseHardwareMultiply;

    /// <summary>r = a * b by schoolbook multiplication; r must be zeroed with r.Length &gt;= a.Length + b.Length.</summary>
    public static int Mul(Span<ulong> r, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int n = a.Length, m = b.Length;
        if (r.Length < n + m)
            throw new ArgumentException("BigNat.Mul: bad lengths");
        if (!HardwareBigMul && BitConverter.IsLittleEndian)
        {
            Mul32(MemoryMarshal.Cast<ulong, uint>(r), MemoryMarshal.Cast<ulong, uint>(a), MemoryMarshal.Cast<ulong, uint>(b));
            return n + m;
        }
        ref ulong ra = ref MemoryMarshal.GetReference(a);
        ref ulong rr = ref MemoryMarshal.GetReference(r);
        for (int j = 0; j < m; j++)
        {
            ulong bj = b[j];
            if (bj == 0)
                continue;
            ref ulong row = ref Unsafe.Add(ref rr, j);
            ulong carry = 0;
            for (int i = 0; i < n; i++)
            {
                ulong hi = Math.BigMul(Unsafe.Add(ref ra, i), bj, out ulong lo);
                lo += carry;
                hi += lo < carry ? 1UL : 0UL;
                ref ulong slot = ref Unsafe.Add(ref row, i);
                ulong t = slot + lo;
                hi += t < lo ? 1UL : 0UL;
                slot = t;
                carry = hi;
            }
            Unsafe.Add(ref row, n) = carry;
        }
        return n + m;
    }

    /// <summary>Schoolbook on 32-bit digits (r zeroed, little-endian views of the limb arrays).</summary>
    private static void Mul32(Span<uint> r, ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int n = a.Length, m = b.Length;
        ref uint ra = ref MemoryMarshal.GetReference(a);
        ref uint rr = ref MemoryMarshal.GetReference(r);
        for (int j = 0; j < m; j++)
        {
            ulong bj = b[j];
            if (bj == 0)
                continue;
            ref uint row = ref Unsafe.Add(ref rr, j);
            ulong carry = 0;
            for (int i = 0; i < n; i++)
            {
                ref uint slot = ref Unsafe.Add(ref row, i);
                carry += Unsafe.Add(ref ra, i) * bj + slot;
                slot = (uint)carry;
                carry >>= 32;
            }
            Unsafe.Add(ref row, n) = (uint)carry;
        }
    }

    /// <summary>
    /// r = a - q * b for a single-limb q, when the result is known to be in [0, b] range-wise non-negative
    /// (r.Length &gt;= a.Length, a.Length &gt;= b.Length); returns a.Length. Throws if the result would be negative.
    /// </summary>
    public static int SubMulSmall(Span<ulong> r, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ulong q)
    {
        int n = a.Length, m = b.Length;
        if (m > n || r.Length < n)
            throw new ArgumentException("BigNat.SubMulSmall: bad lengths");
        ulong mulCarry = 0, borrow = 0;
        int i = 0;
        for (; i < m; i++)
        {
            ulong hi = Math.BigMul(b[i], q, out ulong lo);
            lo += mulCarry;
            hi += lo < mulCarry ? 1UL : 0UL;
            mulCarry = hi;
            ulong x = a[i];
            ulong d = x - lo;
            ulong c = x < lo ? 1UL : 0UL;
            ulong d2 = d - borrow;
            c += d < borrow ? 1UL : 0UL;
            r[i] = d2;
            borrow = c;
        }
        ulong sub = mulCarry + borrow; // cannot overflow: mulCarry < 2^64 - 1 when q < 2^64
        for (; i < n; i++)
        {
            ulong x = a[i];
            r[i] = x - sub;
            sub = x < sub ? 1UL : 0UL;
        }
        if (sub != 0)
            throw new ArgumentException("BigNat.SubMulSmall: negative result");
        return n;
    }

    /// <summary>r = a / d for a divisor below 2^32 (r.Length &gt;= a.Length); returns the remainder.</summary>
    public static ulong DivRemSmall(Span<ulong> r, ReadOnlySpan<ulong> a, uint d)
    {
        if (d == 0 || r.Length < a.Length)
            throw new ArgumentException("BigNat.DivRemSmall: bad arguments");
        ulong rem = 0;
        for (int i = a.Length - 1; i >= 0; i--)
        {
            ulong x = a[i];
            ulong hiPart = (rem << 32) | (x >> 32);
            ulong qh = hiPart / d;
            rem = hiPart - qh * d;
            ulong loPart = (rem << 32) | (x & 0xFFFF_FFFFUL);
            ulong ql = loPart / d;
            rem = loPart - ql * d;
            r[i] = (qh << 32) | ql;
        }
        return rem;
    }

    /// <summary>
    /// floor(a / b) for normalised magnitudes when it can be read off the leading bits: the quotient is below
    /// 2^60 and the bounds from the top 64 bits of b agree. <paramref name="inexact"/> is true when a is known not
    /// to be a multiple of b; false means "unknown" (the caller computes the remainder).
    /// </summary>
    public static bool TrySmallQuotient(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, out ulong q, out bool inexact)
    {
        q = 0;
        inexact = false;
        if (b.Length == 0)
            return false;
        long na = BitLength(a), nb = BitLength(b);
        if (na < nb)
        {
            inexact = na > 0;
            return true;
        }
        if (na - nb > 60)
            return false;
        if (nb <= 64)
        {
            // b is one limb and a at most two: exact.
            UInt128 x = a.Length > 1 ? new UInt128(a[1], a[0]) : a[0];
            UInt128 qq = x / b[0];
            q = (ulong)qq;
            inexact = x - qq * b[0] != 0;
            return true;
        }
        int s = (int)(nb - 64);
        ulong bt = (ulong)ShiftedTop(b, s);
        UInt128 at = ShiftedTop(a, s);
        UInt128 lo = at / ((UInt128)bt + 1);
        UInt128 hi = (at + 1) / bt;
        if (lo != hi)
            return false;
        q = (ulong)lo;
        // a / b > at / (bt + 1) >= q when at >= q * (bt + 1) (and a > 0), so the division is inexact.
        inexact = at >= lo * ((UInt128)bt + 1);
        return true;
    }

    /// <summary>floor(x / 2^s) truncated to 128 bits (callers make sure it fits).</summary>
    private static UInt128 ShiftedTop(ReadOnlySpan<ulong> x, int s)
    {
        int li = s >> 6, bit = s & 63;
        ulong l0 = li < x.Length ? x[li] : 0;
        ulong l1 = li + 1 < x.Length ? x[li + 1] : 0;
        ulong l2 = li + 2 < x.Length ? x[li + 2] : 0;
        UInt128 v = new UInt128(l1, l0) >> bit;
        if (bit != 0)
            v |= (UInt128)l2 << (128 - bit);
        return v;
    }

    /// <summary>The magnitude as a BigInteger, negated when <paramref name="negative"/>.</summary>
    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> mag, bool negative)
    {
        if (!BitConverter.IsLittleEndian)
        {
            BigInteger v = BigInteger.Zero;
            for (int i = mag.Length - 1; i >= 0; i--)
                v = (v << 64) | mag[i];
            return negative ? -v : v;
        }
        var big = new BigInteger(MemoryMarshal.AsBytes(mag), isUnsigned: true, isBigEndian: false);
        return negative ? BigInteger.Negate(big) : big;
    }

    /// <summary>|v| as an exact-length limb array.</summary>
    public static ulong[] FromBigInteger(BigInteger v)
    {
        if (v.Sign < 0)
            v = BigInteger.Negate(v);
        if (v.IsZero)
            return Array.Empty<ulong>();
        long bits = (long)v.GetBitLength();
        var limbs = new ulong[(int)((bits + 63) / 64)];
        if (!BitConverter.IsLittleEndian)
        {
            for (int i = 0; i < limbs.Length; i++)
            {
                limbs[i] = (ulong)(v & ulong.MaxValue);
                v >>= 64;
            }
            return limbs;
        }
        if (!v.TryWriteBytes(MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true, isBigEndian: false))
            throw new InvalidOperationException("BigNat.FromBigInteger: buffer too small");
        return limbs;
    }
}
