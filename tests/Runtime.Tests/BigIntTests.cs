using System;
using System.Numerics;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

/// <summary>Randomized property tests of the limb kernels and the big-int operators against BigInteger.</summary>
public class BigIntTests
{
    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    private static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? r + b : r;
    }

    /// <summary>A random int with a shape that stresses carries: random bits, all-ones runs, powers of two, near 2^63/2^64.</summary>
    private static BigInteger RandomInt(Random rng, int maxLimbs)
    {
        int limbs = rng.Next(0, maxLimbs + 1);
        BigInteger v;
        switch (rng.Next(8))
        {
            case 0:
                v = (BigInteger.One << rng.Next(0, limbs * 64 + 1)) - rng.Next(0, 3);
                break;
            case 1:
                v = (BigInteger.One << rng.Next(0, limbs * 64 + 1)) + rng.Next(0, 3);
                break;
            case 2:
                v = (BigInteger.One << (rng.Next(1, 3) * 63 + rng.Next(-1, 2))) + rng.Next(-2, 3);
                break;
            case 3:
                v = rng.Next(-3, 4);
                break;
            case 4:
                v = long.MinValue + (BigInteger)rng.Next(-2, 3);
                break;
            default:
                var bytes = new byte[limbs * 8 + 1];
                rng.NextBytes(bytes);
                bytes[^1] = 0;
                if (rng.Next(3) == 0)
                {
                    // long runs of all-ones or zero limbs
                    int from = rng.Next(bytes.Length), to = rng.Next(from, bytes.Length);
                    byte fill = rng.Next(2) == 0 ? (byte)0xFF : (byte)0;
                    for (int i = from; i < to && i < bytes.Length - 1; i++)
                        bytes[i] = fill;
                }
                v = new BigInteger(bytes);
                break;
        }
        return rng.Next(2) == 0 ? -v : v;
    }

    private static PyValue P(BigInteger v) => PyValue.FromBigInteger(v);

    private static BigInteger B(PyValue v)
    {
        Assert.True(v.IsInt || v.IsBigInt, "result is an int");
        if (v.IsBigInt)
        {
            // Normalisation: a value that fits in a long is never a PyBigInt.
            var big = ((PyBigInt)v.Ref!).Value;
            Assert.True(big < long.MinValue || big > long.MaxValue, $"unnormalised {big}");
            return big;
        }
        return v.AsLong;
    }

    /// <summary>A big int whose limbs were made by the kernels (not from a BigInteger), to cover both representations.</summary>
    private static PyValue ViaLimbs(BigInteger v) => PyOps.Add(PyOps.Add(P(v), P(BigInteger.One << 200)), P(-(BigInteger.One << 200)));

    [Theory]
    [InlineData(true, 4)]
    [InlineData(false, 4)]
    [InlineData(true, 60)]
    [InlineData(false, 60)]
    public void OperatorsMatchBigInteger(bool hardware, int maxLimbs)
    {
        bool saved = BigNat.UseHardwareMultiply;
        BigNat.UseHardwareMultiply = hardware;
        try
        {
            var rng = new Random(1234 + maxLimbs + (hardware ? 1 : 0));
            for (int iter = 0; iter < 3000; iter++)
            {
                var a = RandomInt(rng, maxLimbs);
                var b = RandomInt(rng, rng.Next(4) == 0 ? 1 : maxLimbs);
                if (rng.Next(4) == 0)
                    a = b * rng.Next(-20, 21) + rng.Next(-2, 3); // small quotients, exact and near-exact
                if (rng.Next(6) == 0)
                    a = b * RandomInt(rng, 2) + RandomInt(rng, 1);
                var pa = rng.Next(2) == 0 ? P(a) : ViaLimbs(a);
                var pb = rng.Next(2) == 0 ? P(b) : ViaLimbs(b);
                
                Check(a + b, PyOps.Add(pa, pb), "add", a, b);
                Check(a - b, PyOps.Sub(pa, pb), "sub", a, b);
                Check(a * b, PyOps.Mul(pa, pb), "mul", a, b);
                Assert.Equal(a.CompareTo(b), Math.Sign(PyOps.LtBool(pa, pb) ? -1 : PyOps.EqBool(pa, pb) ? 0 : 1));
                if (!b.IsZero)
                {
                    Check(FloorDiv(a, b), PyOps.FloorDiv(pa, pb), "floordiv", a, b);
                    Check(Mod(a, b), PyOps.Mod(pa, pb), "mod", a, b);
                }
                else
                {
                    Assert.Throws<PyException>(() => PyOps.FloorDiv(pa, pb));
                    Assert.Throws<PyException>(() => PyOps.Mod(pa, pb));
                }
            }
        }
        finally
        {
            BigNat.UseHardwareMultiply = saved;
        }
    }

    private static void Check(BigInteger expected, PyValue actual, string what, BigInteger a, BigInteger b)
    {
        if (expected != B(actual))
            Assert.Fail($"{what}: a={a} b={b}: expected {expected}, got {B(actual)}");
    }

    [Fact]
    public void BoolsMixWithBigInts()
    {
        var big = P(BigInteger.One << 100);
        Assert.True((BigInteger.One << 100) + 1 == B(PyOps.Add(big, PyValue.True)));
        Assert.True(BigInteger.Zero == B(PyOps.Mul(big, PyValue.False)));
        Assert.True((BigInteger.One << 100) == B(PyOps.FloorDiv(big, PyValue.True)));
        Assert.Throws<PyException>(() => PyOps.Mod(big, PyValue.False));
    }

    [Fact]
    public void RepresentationsRoundTrip()
    {
        var rng = new Random(7);
        for (int i = 0; i < 500; i++)
        {
            var v = RandomInt(rng, 20);
            var limbs = BigNat.FromBigInteger(v);
            Assert.Equal(BigInteger.Abs(v), BigNat.ToBigInteger(limbs, false));
            if (v < long.MinValue || v > long.MaxValue)
            {
                var viaLimbs = ViaLimbs(v);
                Assert.Equal(v, ((PyBigInt)viaLimbs.Ref!).Value);
                Assert.Equal(IntOps.ToDecimalString(v), PyOps.Str(viaLimbs));
            }
        }
    }

    private static long RandomScale(Random rng) => rng.Next(4) switch
    {
        0 => rng.Next(2, 20),
        1 => BigNat.MaxScale - rng.Next(0, 3),
        2 => 1L << rng.Next(1, 30),
        _ => rng.NextInt64(2, BigNat.MaxScale + 1),
    } * (rng.Next(2) == 0 ? 1 : -1);

    /// <summary>x * s made by the runtime: a deferred product for 2 &lt;= |s| &lt;= MaxScale and a big x.</summary>
    private static PyValue Deferred(Random rng, BigInteger x, long s) => PyOps.Mul(rng.Next(2) == 0 ? P(x) : ViaLimbs(x), PyValue.FromInt(s));

    [Fact]
    public void DeferredProductsMatchBigInteger()
    {
        var rng = new Random(99);
        for (int iter = 0; iter < 4000; iter++)
        {
            var x = RandomInt(rng, 12);
            var y = RandomInt(rng, rng.Next(3) == 0 ? 1 : 12);
            long s = RandomScale(rng), u = RandomScale(rng), f = RandomScale(rng);
            bool fold = rng.Next(5) == 0; // fold a second factor into the scale (or materialise when it overflows)
            int kindB = rng.Next(4);      // 0: plain, 3: near-equal to a (the top bits cannot decide), else deferred
            int delta = rng.Next(-3, 4);
            var a = x * s * (fold ? f : 1);
            var b = kindB == 0 ? y : kindB == 3 ? a + delta : y * u;
            // Fresh operands for every operation: a comparison may materialise a deferred product.
            PyValue A() => fold ? PyOps.Mul(PyValue.FromInt(f), Deferred(rng, x, s)) : Deferred(rng, x, s);
            PyValue Bv() => kindB == 0 ? P(y) : kindB == 3 ? PyOps.Add(P(a), PyValue.FromInt(delta)) : Deferred(rng, y, u);
            Check(a + b, PyOps.Add(A(), Bv()), "add", a, b);
            Check(a - b, PyOps.Sub(A(), Bv()), "sub", a, b);
            Check(b - a, PyOps.Sub(Bv(), A()), "rsub", a, b);
            Assert.Equal(a.CompareTo(b), PyOps.LtBool(A(), Bv()) ? -1 : PyOps.EqBool(A(), Bv()) ? 0 : 1);
            Assert.Equal(b.CompareTo(a), PyOps.LtBool(Bv(), A()) ? -1 : PyOps.EqBool(Bv(), A()) ? 0 : 1);
            if (!b.IsZero)
            {
                Check(FloorDiv(a, b), PyOps.FloorDiv(A(), Bv()), "floordiv", a, b);
                Check(Mod(a, b), PyOps.Mod(A(), Bv()), "mod", a, b);
            }
            if (!a.IsZero)
            {
                Check(FloorDiv(b, a), PyOps.FloorDiv(Bv(), A()), "rfloordiv", b, a);
                Check(Mod(b, a), PyOps.Mod(Bv(), A()), "rmod", b, a);
            }
            Check(a * b, PyOps.Mul(A(), Bv()), "mul", a, b);
            Check(a, A(), "deferred", x, s);
            var pa = A();
            Assert.Equal(IntOps.ToDecimalString(a), PyOps.Str(pa));
        }
    }

    [Fact]
    public void LinearKernelsMatchBigInteger()
    {
        var rng = new Random(5);
        for (int iter = 0; iter < 3000; iter++)
        {
            var a = BigInteger.Abs(RandomInt(rng, 10));
            var b = BigInteger.Abs(RandomInt(rng, rng.Next(3) == 0 ? 1 : 10));
            long s = RandomScale(rng), u = RandomScale(rng);
            if (rng.Next(4) == 0)
                u = rng.Next(-1, 2);
            if (rng.Next(4) == 0)
                b = BigInteger.Abs(a * Math.Abs(s) / Math.Max(1, Math.Abs(u))); // near cancellation
            var la = BigNat.FromBigInteger(a);
            var lb = BigNat.FromBigInteger(b);
            int len = BigNat.LinComb(la, s, lb, u, out var r, out bool negative);
            var got = BigNat.ToBigInteger(r.AsSpan(0, BigNat.Trim(r, len)), negative);
            Assert.True(a * s + b * u == got, $"lincomb {a}*{s} + {b}*{u}: got {got}");
            long ps = Math.Abs(s), pu = Math.Max(1, Math.Abs(u));
            if (BigNat.TryCompareScaled(la, ps, lb, pu, out int c))
                Assert.Equal((a * ps).CompareTo(b * pu), c);
            if (!b.IsZero && BigNat.TryScaledQuotient(la, ps, lb, pu, out ulong q, out bool inexact))
            {
                var exact = BigInteger.DivRem(a * ps, b * pu, out var rem);
                Assert.Equal(exact, (BigInteger)q);
                if (inexact)
                    Assert.False(rem.IsZero);
            }
        }
    }
}
