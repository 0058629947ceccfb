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
/// <para>
/// A third, deferred form: <c>base * scale</c> for a small scale (<see cref="CreateScaled"/>), made by a big × small
/// product. The linear kernels consume it directly (<c>4*q + r</c> is one pass instead of a multiply pass and an
/// add pass, and <c>q*k*j</c> folds to <c>q*(k*j)</c>); anything else that asks for <see cref="Magnitude"/>
/// materialises it once. The value is never small (|base| &gt;= 2^63 and scale &gt;= 1) and its sign is known.
/// </para>
/// </summary>
public sealed class PyBigInt
{
    private ulong[]? _limbs;       // little-endian magnitude; null until needed when made from a BigInteger
    private int _length;           // limbs in use; 0 means all of _limbs (made lazily, exact length)
    private bool _negative;
    private BigInteger _value;
    private volatile bool _hasValue;
    private PyBigInt? _scaledBase; // deferred base * _scale (never itself deferred); null once materialised
    private uint _scale;

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
        var n = Take();
        n._limbs = limbs;
        n._length = length;
        n._negative = negative;
        return n;
    }

    /// <summary>The deferred product <paramref name="baseValue"/> * <paramref name="scale"/> (1 &lt;= scale &lt;= <see cref="BigNat.MaxScale"/>) with the given sign.</summary>
    internal static PyBigInt CreateScaled(PyBigInt baseValue, uint scale, bool negative)
    {
        if (scale == 0 || scale > BigNat.MaxScale)
            throw new ArgumentOutOfRangeException(nameof(scale));
        if (baseValue.TryGetScaled(out _, out _))
            throw new ArgumentException("PyBigInt.CreateScaled: the base is itself deferred");
        var n = Take();
        n._scaledBase = baseValue;
        n._scale = scale;
        n._negative = negative;
        return n;
    }

    /// <summary>
    /// When this is a deferred product not yet materialised: its base's magnitude and the scale (|this| = mag *
    /// scale). False for every other int (use <see cref="Magnitude"/>).
    /// </summary>
    internal bool TryGetScaled(out ReadOnlySpan<ulong> baseMagnitude, out uint scale)
    {
        var b = Volatile.Read(ref _scaledBase);
        if (b is null || Volatile.Read(ref _limbs) is not null)
        {
            baseMagnitude = default;
            scale = 0;
            return false;
        }
        baseMagnitude = b.Magnitude;
        scale = _scale;
        return true;
    }

    /// <summary>The deferred base (for folding a further small factor into the scale), else null.</summary>
    internal PyBigInt? ScaledBase => Volatile.Read(ref _limbs) is null ? Volatile.Read(ref _scaledBase) : null;

    internal uint Scale => _scale;

    private static PyBigInt Take()
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
            // _scaledBase is read before _limbs: materialising publishes _limbs before clearing _scaledBase.
            var scaledBase = Volatile.Read(ref _scaledBase);
            var limbs = Volatile.Read(ref _limbs);
            if (limbs is null)
            {
                if (scaledBase is not null)
                    return Materialise(scaledBase);
                limbs = BigNat.FromBigInteger(_value);
                Volatile.Write(ref _limbs, limbs);
            }
            return _length == 0 ? limbs : limbs.AsSpan(0, _length);
        }
    }

    /// <summary>base * scale into a limb array of its own; drops the base so chains of products do not pile up.</summary>
    private ReadOnlySpan<ulong> Materialise(PyBigInt scaledBase)
    {
        var mag = scaledBase.Magnitude;
        var limbs = GC.AllocateUninitializedArray<ulong>(mag.Length + 1);
        int length = BigNat.Trim(limbs, BigNat.MulSmall(limbs, mag, _scale));
        _length = length; // racing materialisations write the same length
        Volatile.Write(ref _limbs, limbs);
        Volatile.Write(ref _scaledBase, null);
        return limbs.AsSpan(0, length);
    }
}
