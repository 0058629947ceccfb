using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// int arithmetic when at least one operand is a <see cref="PyBigInt"/> (the other an int, bool or big int):
/// + - * // % and comparisons run on the 64-bit limbs (<see cref="BigNat"/>) with Python's sign rules, so a
/// big × small product or a big // big with a small quotient is one linear pass (or less) and one allocation,
/// with no BigInteger built from a long on the way; everything else goes through <see cref="IntOps.BigBinary"/>.
/// </summary>
public static class BigIntOps
{
    /// <summary><c>a op b</c> for two integral operands, at least one of them big.</summary>
    public static PyValue Binary(BinOp op, PyValue a, PyValue b)
    {
        switch (op)
        {
            case BinOp.Add: return AddSigned(a, b, negateB: false);
            case BinOp.Sub: return AddSigned(a, b, negateB: true);
            case BinOp.Mul: return Mul(a, b);
            case BinOp.FloorDiv: return DivMod(a, b, wantQuotient: true);
            case BinOp.Mod: return DivMod(a, b, wantQuotient: false);
            default: return IntOps.BigBinary(op, IntOps.ToBig(a), IntOps.ToBig(b));
        }
    }

    /// <summary>Sign and magnitude of an int, bool or big int; a small one's single limb lives in <paramref name="scratch"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<ulong> Mag(PyValue v, ref ulong scratch, out bool negative)
    {
        if (v.Ref is PyBigInt big)
        {
            negative = big.IsNegative;
            return big.Magnitude;
        }
        long x = v.Bits;
        negative = x < 0;
        scratch = negative ? unchecked((ulong)(-x)) : (ulong)x;
        return x == 0 ? ReadOnlySpan<ulong>.Empty : new ReadOnlySpan<ulong>(ref scratch);
    }

    /// <summary>The int with magnitude r[..length] (leading zero limbs allowed) and the given sign.</summary>
    private static PyValue Make(ulong[] r, int length, bool negative)
    {
        length = BigNat.Trim(r, length);
        if (length == 0)
            return PyValue.FromInt(0);
        if (length == 1)
        {
            ulong m = r[0];
            if (!negative && m <= long.MaxValue)
                return PyValue.FromInt((long)m);
            if (negative && m <= 1UL << 63)
                return PyValue.FromInt(unchecked(-(long)m));
        }
        if (length < r.Length / 2 && r.Length > 8)
            r = r.AsSpan(0, length).ToArray();
        return PyValue.FromObject(PyBigInt.Create(r, length, negative));
    }

    private static ulong[] Alloc(int length) => GC.AllocateUninitializedArray<ulong>(length);

    /// <summary>
    /// Like <see cref="Mag"/>, but a deferred product (<see cref="PyBigInt.CreateScaled"/>) comes back as its
    /// base's magnitude and its scale instead of being materialised; every other int has scale 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<ulong> Term(PyValue v, ref ulong scratch, out long scale, out bool negative)
    {
        if (v.Ref is PyBigInt big && big.TryGetScaled(out var baseMag, out uint s))
        {
            negative = big.IsNegative;
            scale = s;
            return baseMag;
        }
        scale = 1;
        return Mag(v, ref scratch, out negative);
    }

    private static PyValue AddSigned(PyValue a, PyValue b, bool negateB)
    {
        ulong sa = 0, sb = 0;
        var x = Term(a, ref sa, out long s, out bool xn);
        var y = Term(b, ref sb, out long u, out bool yn);
        if (negateB)
            yn = !yn && y.Length != 0;
        if (s != 1 || u != 1)
        {
            // A deferred product on either side: one fused pass. The result is ±(s*|x| ± u*|y|), with x's sign outside.
            int len = BigNat.LinComb(x, s, y, xn == yn ? u : -u, out var sum, out bool sumNegative);
            return Make(sum, len, sumNegative != xn);
        }
        if (xn == yn || x.Length == 0 || y.Length == 0)
        {
            bool neg = x.Length != 0 ? xn : yn;
            if (x.Length < y.Length)
            {
                var t = x;
                x = y;
                y = t;
            }
            var r = Alloc(x.Length + 1);
            return Make(r, BigNat.Add(r, x, y), neg);
        }
        int c = BigNat.Compare(x, y);
        if (c == 0)
            return PyValue.FromInt(0);
        if (c > 0)
        {
            var r = Alloc(x.Length);
            return Make(r, BigNat.Sub(r, x, y), xn);
        }
        else
        {
            var r = Alloc(y.Length);
            return Make(r, BigNat.Sub(r, y, x), yn);
        }
    }

    private static PyValue Mul(PyValue a, PyValue b)
    {
        if (TryDefer(a, b, out var deferred) || TryDefer(b, a, out deferred))
            return deferred;
        ulong sa = 0, sb = 0;
        var x = Mag(a, ref sa, out bool xn);
        var y = Mag(b, ref sb, out bool yn);
        if (x.Length == 0 || y.Length == 0)
            return PyValue.FromInt(0);
        bool neg = xn != yn;
        if (x.Length < y.Length)
        {
            var t = x;
            x = y;
            y = t;
        }
        if (y.Length == 1)
        {
            var r = Alloc(x.Length + 1);
            return Make(r, BigNat.MulSmall(r, x, y[0]), neg);
        }
        if (y.Length <= BigNat.SchoolbookLimit)
        {
            var r = new ulong[x.Length + y.Length];
            return Make(r, BigNat.Mul(r, x, y), neg);
        }
        return PyValue.FromBigInteger(IntOps.ToBig(a) * IntOps.ToBig(b));
    }

    /// <summary>
    /// big × small as a deferred product (O(1); see <see cref="PyBigInt.CreateScaled"/>) when 2 &lt;= |small| &lt;=
    /// <see cref="BigNat.MaxScale"/>, folding the factor into an operand that is itself deferred while the scale
    /// stays in range (q*k*j is q*(k*j)). |small| &gt;= 2 keeps the result outside the long range (|big| &gt;= 2^63).
    /// </summary>
    private static bool TryDefer(PyValue big, PyValue small, out PyValue result)
    {
        result = default;
        if (!BitConverter.IsLittleEndian || big.Ref is not PyBigInt x || small.Ref is PyBigInt)
            return false;
        long m = small.Bits;
        if (m < 2 && m > -2 || m > BigNat.MaxScale || m < -BigNat.MaxScale)
            return false;
        bool negative = x.IsNegative != (m < 0);
        uint factor = (uint)Math.Abs(m);
        var baseValue = x.ScaledBase;
        if (baseValue is not null)
        {
            ulong folded = (ulong)x.Scale * factor;
            if (folded <= BigNat.MaxScale)
            {
                result = PyValue.FromObject(PyBigInt.CreateScaled(baseValue, (uint)folded, negative));
                return true;
            }
            _ = x.Magnitude; // materialise x so that it can be the base
        }
        result = PyValue.FromObject(PyBigInt.CreateScaled(x, factor, negative));
        return true;
    }

    /// <summary>a // b or a % b with Python's floor semantics.</summary>
    private static PyValue DivMod(PyValue a, PyValue b, bool wantQuotient)
    {
        ulong sa = 0, sb = 0;
        var x = Term(a, ref sa, out long xs, out bool xn);
        var y = Term(b, ref sb, out long ys, out bool yn);
        if (y.Length == 0)
            throw PyException.ZeroDivisionError(wantQuotient ? "integer division or modulo by zero" : "integer modulo by zero");
        if (x.Length == 0)
            return PyValue.FromInt(0);
        bool differ = xn != yn;
        if (xs != 1 || ys != 1)
        {
            // A deferred product on either side: a small quotient comes from the top bits; anything else materialises.
            if (wantQuotient && BigNat.TryScaledQuotient(x, xs, y, ys, out ulong sq, out bool sInexact) && (sInexact || !differ))
            {
                long lq = (long)sq; // < 2^61
                return PyValue.FromInt(differ ? -lq - 1 : lq);
            }
            x = Mag(a, ref sa, out xn);
            y = Mag(b, ref sb, out yn);
        }
        if (BigNat.TrySmallQuotient(x, y, out ulong q, out bool inexact))
        {
            if (wantQuotient && (inexact || !differ))
            {
                // q < 2^60, so the result fits in a long.
                long lq = (long)q;
                return PyValue.FromInt(differ ? -lq - (inexact ? 1 : 0) : lq);
            }
            // The remainder |a| - q|b|, then Python's sign rule.
            var r = Alloc(x.Length);
            int len;
            if (q == 0)
            {
                x.CopyTo(r);
                len = x.Length;
            }
            else
                len = BigNat.Trim(r, BigNat.SubMulSmall(r, x, y, q));
            if (wantQuotient)
            {
                long lq = (long)q;
                return PyValue.FromInt(differ ? -lq - (len != 0 ? 1 : 0) : lq);
            }
            return ModResult(r, len, y, differ, yn);
        }
        if (y.Length == 1 && y[0] <= uint.MaxValue)
        {
            var r = Alloc(x.Length);
            ulong rem = BigNat.DivRemSmall(r, x, (uint)y[0]);
            if (wantQuotient)
            {
                if (differ && rem != 0)
                {
                    // -(q + 1): add one to the magnitude in place (r has a spare top limb only if needed).
                    int n = x.Length;
                    int i = 0;
                    while (i < n && ++r[i] == 0)
                        i++;
                    if (i == n)
                    {
                        var bigger = Alloc(n + 1);
                        r.CopyTo(bigger, 0);
                        bigger[n] = 1;
                        return Make(bigger, n + 1, true);
                    }
                }
                return Make(r, x.Length, differ);
            }
            if (rem == 0)
                return PyValue.FromInt(0);
            long m = (long)rem;
            long d = (long)y[0];
            long res = differ ? d - m : m;
            return PyValue.FromInt(yn ? -res : res);
        }
        var bx = IntOps.ToBig(a);
        var by = IntOps.ToBig(b);
        return PyValue.FromBigInteger(wantQuotient ? IntOps.FloorDivBig(bx, by) : IntOps.ModBig(bx, by));
    }

    /// <summary>a % b from the magnitude remainder r[..len] = |a| mod |b|: the result takes b's sign.</summary>
    private static PyValue ModResult(ulong[] r, int len, ReadOnlySpan<ulong> y, bool differ, bool bNegative)
    {
        if (len == 0)
            return PyValue.FromInt(0);
        if (!differ)
            return Make(r, len, bNegative);
        // |b| - rem
        var m = Alloc(y.Length);
        return Make(m, BigNat.Sub(m, y, r.AsSpan(0, len)), bNegative);
    }

    /// <summary>Compares two integral values, at least one big: -1, 0 or 1.</summary>
    public static int Compare(PyValue a, PyValue b)
    {
        ulong sa = 0, sb = 0;
        var x = Term(a, ref sa, out long xs, out bool xn);
        var y = Term(b, ref sb, out long ys, out bool yn);
        int signX = x.Length == 0 ? 0 : xn ? -1 : 1;
        int signY = y.Length == 0 ? 0 : yn ? -1 : 1;
        if (signX != signY)
            return signX < signY ? -1 : 1;
        int c;
        if (xs != 1 || ys != 1)
        {
            // A deferred product: decide from the top bits when they differ, else materialise and compare.
            if (!BigNat.TryCompareScaled(x, xs, y, ys, out c))
                c = BigNat.Compare(Mag(a, ref sa, out _), Mag(b, ref sb, out _));
        }
        else
            c = BigNat.Compare(x, y);
        return xn ? -c : c;
    }
}
