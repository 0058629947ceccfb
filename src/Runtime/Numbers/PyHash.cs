using System;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>
/// hash() with CPython's numeric hash (so hash(1) == hash(1.0) == hash(True) and set/dict layouts match CPython's
/// for numbers and tuples). str uses a fast deterministic hash (CPython's is randomised per process anyway).
/// </summary>
public static class PyHash
{
    public const int Bits = 61;
    public const long Modulus = (1L << Bits) - 1;
    public const long Inf = 314159;

    public static long Hash(PyValue v)
    {
        object? r = v.Ref;
        if (ReferenceEquals(r, ValueTags.Int) || ReferenceEquals(r, ValueTags.Bool))
            return HashLong(v.Bits);
        if (r is string s)
            return HashString(s);
        if (ReferenceEquals(r, ValueTags.Float))
            return HashDouble(v.AsDouble);
        if (ReferenceEquals(r, ValueTags.None))
            return 0xFCA86420;
        if (r is PyBigInt b)
            return HashBig(b.Value);
        if (r is PyObject o)
            return o.Hash();
        if (r is null)
            throw new InvalidOperationException("hash of an unbound value");
        return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(r);
    }

    public static long HashLong(long x)
    {
        if (x >= 0 && x < Modulus)
            return x;
        if (x < 0 && x > -Modulus)
            return x == -1 ? -2 : x;
        ulong mag = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
        long h = (long)(mag % (ulong)Modulus);
        if (x < 0)
            h = -h;
        return h == -1 ? -2 : h;
    }

    public static long HashBig(BigInteger x)
    {
        var m = (long)(BigInteger.Abs(x) % Modulus);
        if (x.Sign < 0)
            m = -m;
        return m == -1 ? -2 : m;
    }

    public static long HashDouble(double v)
    {
        if (!double.IsFinite(v))
            return double.IsInfinity(v) ? (v > 0 ? Inf : -Inf) : 0;
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        if (v == 0)
            return 0;
        int e = Math.ILogB(v) + 1;
        double m = Math.ScaleB(v, -e);
        int sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }
        ulong x = 0;
        const ulong Mod = (ulong)Modulus;
        while (m != 0)
        {
            x = ((x << 28) & Mod) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Mod)
                x -= Mod;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Mod) | x >> (Bits - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    /// <summary>A deterministic 64-bit string hash (FNV-1a folded with a final mix).</summary>
    public static long HashString(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 29;
        long r = (long)h;
        return r == -1 ? -2 : r;
    }

    private const ulong XXPrime1 = 11400714785074694791UL;
    private const ulong XXPrime2 = 14029467366897019727UL;
    private const ulong XXPrime5 = 2870177450012600261UL;

    /// <summary>CPython's tuplehash (xxHash-based).</summary>
    public static long HashSequence(ReadOnlySpan<PyValue> items)
    {
        ulong acc = XXPrime5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Hash(item);
            acc += lane * XXPrime2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= XXPrime1;
        }
        acc += (ulong)items.Length ^ (XXPrime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }
}
