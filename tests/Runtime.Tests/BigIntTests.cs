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
}
