using System;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>
/// <c>_random.Random</c>: MT19937 (Matsumoto and Nishimura's Mersenne Twister) with CPython's seeding
/// (<c>init_by_array</c> over the 32-bit words of |seed|, or of hash(seed) as unsigned for a float) and its conversions
/// (<c>random()</c>: 53 bits from two outputs; <c>getrandbits(k)</c>: whole outputs, least significant word first,
/// the last one's top bits), so that <c>random.seed(n)</c> gives CPython's numbers.
/// </summary>
public sealed class PyRandomGenerator : PyObject
{
    public static readonly PyType TypeObject = new("Random", PyTypes.Object) { Module = "_random", TpName = "_random.Random", Constructor = Construct };

    private const int N = 624;
    private const int M = 397;

    private readonly uint[] _mt = new uint[N];
    private int _index;

    public override PyType Type => TypeObject;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw PyException.TypeError("Random() takes no keyword arguments");
        if (args.Length > 1)
            throw PyException.TypeError($"Random() expected at most 1 argument, got {args.Length}");
        var g = new PyRandomGenerator();
        g.Seed(args.Length == 1 ? args[0] : PyValue.None);
        return PyValue.FromObject(g);
    }

    /// <summary>seed(n): None seeds from the operating system's randomness; an int by its absolute value; anything
    /// else by its hash, read as unsigned.</summary>
    public void Seed(PyValue arg)
    {
        if (arg.IsNone)
        {
            var key = new uint[N];
            System.Security.Cryptography.RandomNumberGenerator.Fill(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan()));
            InitByArray(key);
            return;
        }
        // An int by its absolute value; anything else by its hash as an unsigned word ((size_t)hash).
        BigInteger n = arg.IsInt || arg.IsBool || arg.Ref is PyBigInt
            ? BigInteger.Abs(IntOps.ToBig(arg))
            : new BigInteger(unchecked((ulong)PyOps.Hash(arg)));
        // The key: n's 32-bit words, least significant first (one word 0 for n == 0).
        int words = n.IsZero ? 1 : (int)((n.GetBitLength() + 31) / 32);
        var keyWords = new uint[words];
        for (int i = 0; i < words; i++)
        {
            keyWords[i] = (uint)(n & uint.MaxValue);
            n >>= 32;
        }
        InitByArray(keyWords);
    }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < N; i++)
            _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }
            if (j >= key.Length)
                j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }
        }
        _mt[0] = 0x80000000u; // MSB is 1, assuring a non-zero initial array
    }

    /// <summary>The next 32-bit output (genrand_uint32).</summary>
    public uint NextUInt32()
    {
        if (_index >= N)
            Twist();
        uint y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private void Twist()
    {
        const uint upper = 0x80000000u, lower = 0x7fffffffu, matrixA = 0x9908b0dfu;
        int kk;
        for (kk = 0; kk < N - M; kk++)
        {
            uint y = (_mt[kk] & upper) | (_mt[kk + 1] & lower);
            _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? matrixA : 0);
        }
        for (; kk < N - 1; kk++)
        {
            uint y = (_mt[kk] & upper) | (_mt[kk + 1] & lower);
            _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? matrixA : 0);
        }
        uint last = (_mt[N - 1] & upper) | (_mt[0] & lower);
        _mt[N - 1] = _mt[M - 1] ^ (last >> 1) ^ ((last & 1) != 0 ? matrixA : 0);
        _index = 0;
    }

    /// <summary>random(): a float in [0, 1) with 53 random bits (genrand_res53).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k): an int of k random bits.</summary>
    public PyValue GetRandBits(long k)
    {
        if (k < 0)
            throw PyException.ValueError("number of bits must be non-negative");
        if (k == 0)
            return PyValue.FromInt(0);
        if (k <= 32)
            return PyValue.FromInt(NextUInt32() >> (int)(32 - k));
        if (k <= 63)
        {
            // Two words, least significant first, the second cut to the bits still wanted.
            ulong low = NextUInt32();
            ulong high = NextUInt32() >> (int)(64 - k);
            return PyValue.FromInt((long)(low | (high << 32)));
        }
        if (k > int.MaxValue)
            throw PyException.OverflowError("Python int too large to convert to C int");
        int words = (int)((k - 1) / 32 + 1);
        var bytes = new byte[words * 4 + 1]; // (a zero byte on top: unsigned)
        long remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32)
        {
            uint r = NextUInt32();
            if (remaining < 32)
                r >>= (int)(32 - remaining);
            bytes[i * 4] = (byte)r;
            bytes[i * 4 + 1] = (byte)(r >> 8);
            bytes[i * 4 + 2] = (byte)(r >> 16);
            bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return PyValue.FromBigInteger(new BigInteger(bytes));
    }

    /// <summary>getstate(): the 624 words and the position, as a tuple of 625 ints.</summary>
    public PyValue GetState()
    {
        var items = new PyValue[N + 1];
        for (int i = 0; i < N; i++)
            items[i] = PyValue.FromInt(_mt[i]);
        items[N] = PyValue.FromInt(_index);
        return PyValue.FromObject(new PyTuple(items));
    }

    public void SetState(PyValue state)
    {
        if (state.Ref is not PyTuple t)
            throw PyException.TypeError("state vector must be a tuple");
        var items = t.AsSpan();
        if (items.Length != N + 1)
            throw PyException.ValueError("state vector is the wrong size");
        var words = new uint[N];
        for (int i = 0; i < N; i++)
            words[i] = (uint)(ulong)ToUnsignedLong(items[i]);
        long index = PyOps.ToIndex(items[N]);
        if (index < 0 || index > N)
            throw PyException.ValueError("invalid state");
        words.CopyTo(_mt, 0);
        _index = (int)index;
    }

    private static BigInteger ToUnsignedLong(PyValue v)
    {
        if (!(v.IsInt || v.IsBool || v.Ref is PyBigInt))
            throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        var n = IntOps.ToBig(v);
        if (n.Sign < 0)
            throw PyException.OverflowError("can't convert negative int to unsigned");
        if (n > ulong.MaxValue)
            throw PyException.OverflowError("Python int too large to convert to C unsigned long");
        return n & uint.MaxValue;
    }

    private static readonly string[] Methods = { "seed", "random", "getrandbits", "getstate", "setstate" };

    public override bool TryGetAttr(string name, out PyValue value) =>
        TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "random":
                ArgCheck.None("Random.random", args, kwNames);
                result = PyValue.FromFloat(NextDouble());
                return true;
            case "getrandbits":
                ArgCheck.ExactlyOne("Random.getrandbits", args, kwNames);
                result = GetRandBits(PyOps.ToIndex(args[0]));
                return true;
            case "seed":
                ArgCheck.Range("seed", args, kwNames, 0, 1);
                Seed(args.Length == 1 ? args[0] : PyValue.None);
                return true;
            case "getstate":
                ArgCheck.None("Random.getstate", args, kwNames);
                result = GetState();
                return true;
            case "setstate":
                ArgCheck.ExactlyOne("Random.setstate", args, kwNames);
                SetState(args[0]);
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }
}
