using System;
using System.Numerics;
using System.Threading;

namespace PyAot.Runtime;

/// <summary>
/// An int outside the 64-bit range. Always normalised: a value that fits in a long is never one of these.
/// <para>
/// Two representations, each made lazily from the other and cached: a sign and a magnitude of 64-bit limbs
/// (<see cref="Magnitude"/>, what the hot arithmetic in <see cref="BigIntOps"/> works on) and a
/// <see cref="BigInteger"/> (<see cref="Value"/>, for everything else). Results of the limb kernels never build
/// a BigInteger unless something asks for one.
/// </para>
/// </summary>
public sealed class PyBigInt
{
    private ulong[]? _limbs;       // little-endian magnitude; null until needed when made from a BigInteger
    private int _length;           // limbs in use; 0 means all of _limbs (made lazily, exact length)
    private bool _negative;
    private BigInteger _value;
    private volatile bool _hasValue;

    public PyBigInt(BigInteger value)
    {
        _value = value;
        _hasValue = true;
        _negative = value.Sign < 0;
    }

    private PyBigInt()
    {
    }

    /// <summary>
    /// A big int that takes ownership of <paramref name="limbs"/> (limbs[length - 1] must be non-zero).
    /// <para>
    /// The objects come from a per-thread batch allocated 64 at a time: a limb array allocated uninitialised
    /// takes the thread's allocation context, so a small object allocated right after it makes the GC clear a
    /// fresh allocation quantum (~8 KB) each time; in a big-int loop that clearing cost as much as the arithmetic.
    /// </para>
    /// </summary>
    internal static PyBigInt Create(ulong[] limbs, int length, bool negative)
    {
        var batch = t_batch;
        int next = t_next;
        if (batch is null || next == batch.Length)
        {
            batch = t_batch ??= new PyBigInt[BatchSize];
            for (int i = 0; i < batch.Length; i++)
                batch[i] = new PyBigInt();
            next = 0;
        }
        var n = batch[next]!;
        batch[next] = null;
        t_next = next + 1;
        n._limbs = limbs;
        n._length = length;
        n._negative = negative;
        return n;
    }

    private const int BatchSize = 64;
    [ThreadStatic] private static PyBigInt?[]? t_batch;
    [ThreadStatic] private static int t_next;

    public BigInteger Value
    {
        get
        {
            if (_hasValue)
                return _value;
            _value = BigNat.ToBigInteger(Magnitude, _negative);
            _hasValue = true;
            return _value;
        }
    }

    public bool IsNegative => _negative;

    /// <summary>|n| as normalised limbs (never empty: a big int is not zero).</summary>
    public ReadOnlySpan<ulong> Magnitude
    {
        get
        {
            var limbs = _limbs;
            if (limbs is null)
            {
                limbs = BigNat.FromBigInteger(_value);
                Volatile.Write(ref _limbs, limbs);
            }
            return _length == 0 ? limbs : limbs.AsSpan(0, _length);
        }
    }
}
