using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>
/// A compiled struct format (CPython's <c>prepare_s</c> in <c>Modules/_struct.c</c>): its items, each a format
/// character at an offset with a repeat count (<c>s</c> and <c>p</c>: one item of a byte count), the packed size and
/// the number of values it packs. The byte order, sizes and alignment are the prefix's: <c>@</c> (or none) native, as
/// CPython on x86-64 Linux (little-endian, <c>long</c>, <c>size_t</c> and pointers of 8 bytes, each aligned to its
/// size); <c>=</c> and <c>&lt;</c> little-endian standard; <c>&gt;</c> and <c>!</c> big-endian standard (standard:
/// no alignment, <c>l</c>/<c>L</c> of 4 bytes, no <c>n</c>, <c>N</c>, <c>P</c>).
/// </summary>
internal sealed partial class StructLayout
{
    /// <summary>One packed item: <see cref="Format"/> at <see cref="Offset"/>, <see cref="Repeat"/> times
    /// <see cref="Size"/> bytes (for <c>s</c> and <c>p</c>: once, <see cref="Size"/> the count).</summary>
    internal readonly record struct Code(byte Format, long Offset, int Size, long Repeat);

    public Code[] Codes { get; }

    /// <summary>The packed size in bytes (<c>Struct.size</c>, <c>calcsize</c>).</summary>
    public long Size { get; }

    /// <summary>How many values <c>pack</c> takes and <c>unpack</c> gives.</summary>
    public long Length { get; }

    /// <summary>Little-endian (native and the <c>=</c> and <c>&lt;</c> prefixes) or big-endian.</summary>
    public bool LittleEndian { get; }

    /// <summary>Native sizes and alignment (no prefix or <c>@</c>).</summary>
    public bool Native { get; }

    private StructLayout(Code[] codes, long size, long length, bool littleEndian, bool native)
    {
        Codes = codes;
        Size = size;
        Length = length;
        LittleEndian = littleEndian;
        Native = native;
    }

    /// <summary>What a Struct whose <c>__init__</c> has not run packs: nothing, of size and length -1.</summary>
    internal static readonly StructLayout Uninitialized = new(Array.Empty<Code>(), -1, -1, true, true);

    /// <summary>What unpacking with <see cref="Uninitialized"/> raises in CPython (a tuple of size -1).</summary>
    internal PyException UninitializedError() => PyException.Create(PyTypes.SystemError, "Objects/tupleobject.c:36: bad argument to internal function");

    private static PyException Error(string message) => PyException.Create(StructModule.Error, message);

    /// <summary>The size and alignment of format character <paramref name="c"/> in the native or standard table, or
    /// (0, 0) when the table has no such character.</summary>
    private static (int Size, int Align) Entry(byte c, bool native) => c switch
    {
        (byte)'x' or (byte)'c' or (byte)'b' or (byte)'B' or (byte)'?' or (byte)'s' or (byte)'p' => (1, 0),
        (byte)'h' or (byte)'H' or (byte)'e' => (2, native ? 2 : 0),
        (byte)'i' or (byte)'I' or (byte)'f' => (4, native ? 4 : 0),
        (byte)'l' or (byte)'L' => native ? (8, 8) : (4, 0),
        (byte)'q' or (byte)'Q' or (byte)'d' => (8, native ? 8 : 0),
        (byte)'n' or (byte)'N' or (byte)'P' => native ? (8, 8) : (0, 0),
        _ => (0, 0),
    };

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f';

    /// <summary>Compiles <paramref name="format"/> (the format's ASCII bytes), with CPython's errors: "embedded null
    /// character", "bad char in struct format", "repeat count given without format specifier", "total struct size
    /// too long".</summary>
    public static StructLayout Parse(ReadOnlySpan<byte> format)
    {
        if (format.IndexOf((byte)0) >= 0)
            throw Error("embedded null character");
        int i = 0;
        bool little = true, native = true;
        if (format.Length > 0)
        {
            switch (format[0])
            {
                case (byte)'<' or (byte)'=':
                    native = false;
                    i = 1;
                    break;
                case (byte)'>' or (byte)'!':
                    native = false;
                    little = false;
                    i = 1;
                    break;
                case (byte)'@':
                    i = 1;
                    break;
            }
        }
        var codes = new List<Code>();
        long size = 0, length = 0;
        while (i < format.Length)
        {
            byte c = format[i++];
            if (IsSpace(c))
                continue;
            long num = 1;
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                num = c - '0';
                c = 0;
                while (i < format.Length)
                {
                    c = format[i++];
                    if (c is < (byte)'0' or > (byte)'9')
                        break;
                    if (num >= long.MaxValue / 10 && (num > long.MaxValue / 10 || c - '0' > long.MaxValue % 10))
                        throw Error("total struct size too long");
                    num = num * 10 + (c - '0');
                    c = 0;
                }
                if (c == 0)
                    throw Error("repeat count given without format specifier");
            }
            var (itemSize, align) = Entry(c, native);
            if (itemSize == 0)
                throw Error("bad char in struct format");
            if (align != 0 && size > 0)
            {
                long extra = (align - 1) - (size - 1) % align;
                if (extra > long.MaxValue - size)
                    throw Error("total struct size too long");
                size += extra;
            }
            if (num > (long.MaxValue - size) / itemSize)
                throw Error("total struct size too long");
            switch (c)
            {
                case (byte)'s' or (byte)'p':
                    length++;
                    // (a count beyond what a .NET buffer holds is one no buffer can have: kept as its size for calcsize)
                    codes.Add(new Code(c, size, num > int.MaxValue ? int.MaxValue : (int)num, 1));
                    break;
                case (byte)'x':
                    break;
                default:
                    length += num;
                    if (num != 0)
                        codes.Add(new Code(c, size, itemSize, num));
                    break;
            }
            size += num * itemSize;
        }
        return new StructLayout(codes.ToArray(), size, length, little, native);
    }

    // ---- packing ----------------------------------------------------------------------------------------------

    /// <summary>Packs <paramref name="args"/> (as many as <see cref="Length"/>) into <paramref name="buffer"/> at
    /// <paramref name="start"/> (which has room for <see cref="Size"/> bytes), as s_pack_internal: the region is
    /// zeroed first, then each value written in turn, so that an error leaves the values before it written.</summary>
    public void Pack(Span<byte> buffer, int start, ReadOnlySpan<PyValue> args)
    {
        var region = buffer.Slice(start, (int)Size);
        region.Clear();
        int a = 0;
        foreach (var code in Codes)
        {
            int offset = (int)code.Offset;
            if (code.Format == (byte)'s')
            {
                var data = StringArgument(args[a++], 's');
                int n = Math.Min(data.Length, code.Size);
                data[..n].CopyTo(region[offset..]);
            }
            else if (code.Format == (byte)'p')
            {
                var data = StringArgument(args[a++], 'p');
                int n = Math.Min(data.Length, code.Size - 1);
                if (n > 0)
                    data[..n].CopyTo(region[(offset + 1)..]);
                if (n > 255)
                    n = 255;
                // The length byte; for "0p" (n = -1) CPython writes 0xff where the next item starts, or past the
                // region (unseen in pack's result, the next byte of pack_into's buffer).
                if (start + offset < buffer.Length)
                    buffer[start + offset] = unchecked((byte)n);
            }
            else
            {
                for (long r = 0; r < code.Repeat; r++)
                    PackItem(region.Slice(offset + (int)r * code.Size, code.Size), code.Format, args[a++]);
            }
        }
    }

    private static ReadOnlySpan<byte> StringArgument(PyValue v, char format)
    {
        var u = PyDerivedInstance.Unwrap(v);
        if (u.Ref is PyBytes b)
            return b.AsSpan();
        if (u.Ref is PyByteArray ba)
            return ba.AsSpan();
        throw Error($"argument for '{format}' must be a bytes object");
    }

    private void PackItem(Span<byte> dst, byte format, PyValue v)
    {
        switch (format)
        {
            case (byte)'c':
                if (PyDerivedInstance.Unwrap(v).Ref is not PyBytes { Count: 1 } b)
                    throw Error("char format requires a bytes object of length 1");
                dst[0] = b.AsSpan()[0];
                return;
            case (byte)'?':
                dst[0] = PyOps.IsTrue(v) ? (byte)1 : (byte)0;
                return;
            case (byte)'b' or (byte)'h' or (byte)'i' or (byte)'l' or (byte)'q' or (byte)'n':
                PackInteger(dst, format, v, signed: true);
                return;
            case (byte)'B' or (byte)'H' or (byte)'I' or (byte)'L' or (byte)'Q' or (byte)'N':
                PackInteger(dst, format, v, signed: false);
                return;
            case (byte)'P':
                PackPointer(dst, v);
                return;
            case (byte)'e':
                PackHalf(dst, v);
                return;
            case (byte)'f':
                PackSingle(dst, v);
                return;
            default: // 'd'
                WriteBits(dst, (ulong)BitConverter.DoubleToInt64Bits(FloatArgument(v)));
                return;
        }
    }

    /// <summary>The integer a value packs as (get_pylong): an int as it is, an object with <c>__index__</c> by it;
    /// anything else is struct.error "required argument is not an integer". Small when it fits in 64 bits.</summary>
    private static bool IntegerArgument(PyValue v, out long small, out BigInteger big)
    {
        big = default;
        small = 0;
        var u = PyDerivedInstance.Unwrap(v);
        if (u.IsInt || u.IsBool)
        {
            small = u.Bits;
            return true;
        }
        if (u.Ref is PyBigInt b)
        {
            big = b.Value;
            return false;
        }
        if (v.Ref is PyInstance inst && inst.Type.TryLookup("__index__", out _) && PyOps.TryIndex(v, out big))
        {
            if (big >= long.MinValue && big <= long.MaxValue)
            {
                small = (long)big;
                return true;
            }
            return false;
        }
        throw Error("required argument is not an integer");
    }

    /// <summary>Whether CPython's PyLong_Check holds for <paramref name="v"/> (an int, a bool, an instance of a class
    /// deriving from int).</summary>
    private static bool IsInt(PyValue v)
    {
        var u = PyDerivedInstance.Unwrap(v);
        return u.IsInt || u.IsBool || u.Ref is PyBigInt;
    }

    private void PackInteger(Span<byte> dst, byte format, PyValue v, bool signed)
    {
        int size = dst.Length;
        bool fits = IntegerArgument(v, out long small, out var big);
        ulong bits;
        if (signed)
        {
            long max = size == 8 ? long.MaxValue : (1L << (size * 8 - 1)) - 1;
            if (!fits || small < -max - 1 || small > max)
                throw RangeError(format, size, signed);
            bits = unchecked((ulong)small);
        }
        else if (fits)
        {
            if (small < 0 || (size < 8 && small >= 1L << (size * 8)))
                throw RangeError(format, size, signed);
            bits = (ulong)small;
        }
        else
        {
            // (beyond 64 bits signed: only an 8-byte code holds it)
            if (size < 8 || big.Sign < 0 || big > ulong.MaxValue)
                throw RangeError(format, size, signed);
            bits = (ulong)big;
        }
        WriteInteger(dst, bits);
    }

    /// <summary>"'h' format requires -32768 &lt;= number &lt;= 32767" (_range_error).</summary>
    private static PyException RangeError(byte format, int size, bool signed)
    {
        ulong largest = ulong.MaxValue >> ((8 - size) * 8);
        if (!signed)
            return Error($"'{(char)format}' format requires 0 <= number <= {largest}");
        long max = (long)(largest >> 1);
        return Error($"'{(char)format}' format requires {~max} <= number <= {max}");
    }

    /// <summary>'P' (PyLong_AsVoidPtr): a negative int as a C long, others as an unsigned long.</summary>
    private static void PackPointer(Span<byte> dst, PyValue v)
    {
        bool fits = IntegerArgument(v, out long small, out var big);
        ulong bits;
        if (fits)
            bits = unchecked((ulong)small);
        else if (big.Sign > 0 && big <= ulong.MaxValue)
            bits = (ulong)big;
        else if (IsInt(v))
            throw Error("int too large to convert");
        else
            throw PyException.OverflowError(big.Sign < 0 ? "Python int too large to convert to C long" : "Python int too large to convert to C unsigned long");
        BinaryPrimitives.WriteUInt64LittleEndian(dst, bits);
    }

    /// <summary>A float argument (PyFloat_AsDouble); any failure is struct.error "required argument is not a float".</summary>
    private static double FloatArgument(PyValue v)
    {
        if (v.IsFloat)
            return v.AsDouble;
        if (v.IsInt || v.IsBool)
            return v.Bits;
        try
        {
            return MathModule.ToFloat(v);
        }
        catch (PyException)
        {
            throw Error("required argument is not a float");
        }
    }

    /// <summary>An OverflowError of packing a float; for an int argument, struct.error "int too large to convert"
    /// (as s_pack_internal replaces an OverflowError packing an int).</summary>
    private static PyException FloatOverflow(PyValue v, char format) =>
        IsInt(v) ? Error("int too large to convert") : PyException.OverflowError($"float too large to pack with {format} format");

    private void PackSingle(Span<byte> dst, PyValue v)
    {
        double x = FloatArgument(v);
        float y = (float)x;
        // Native 'f' is C's cast (an infinity for a finite double too large); the standard sizes refuse that.
        if (!Native && float.IsInfinity(y) && !double.IsInfinity(x))
            throw FloatOverflow(v, 'f');
        WriteInteger(dst, (uint)BitConverter.SingleToInt32Bits(y));
    }

    private void PackHalf(Span<byte> dst, PyValue v)
    {
        double x = FloatArgument(v);
        if (!TryHalfBits(x, out ushort bits))
            throw FloatOverflow(v, 'e');
        WriteInteger(dst, bits);
    }

    private void WriteInteger(Span<byte> dst, ulong bits)
    {
        if (LittleEndian)
        {
            for (int i = 0; i < dst.Length; i++, bits >>= 8)
                dst[i] = (byte)bits;
        }
        else
        {
            for (int i = dst.Length - 1; i >= 0; i--, bits >>= 8)
                dst[i] = (byte)bits;
        }
    }

    private void WriteBits(Span<byte> dst, ulong bits)
    {
        if (LittleEndian)
            BinaryPrimitives.WriteUInt64LittleEndian(dst, bits);
        else
            BinaryPrimitives.WriteUInt64BigEndian(dst, bits);
    }

    // ---- unpacking --------------------------------------------------------------------------------------------

    /// <summary>The values packed in <paramref name="data"/> (<see cref="Size"/> bytes), as a tuple.</summary>
    public PyTuple Unpack(ReadOnlySpan<byte> data)
    {
        var items = new PyValue[Length];
        int a = 0;
        foreach (var code in Codes)
        {
            int offset = (int)code.Offset;
            if (code.Format == (byte)'s')
            {
                items[a++] = Bytes(data.Slice(offset, code.Size));
            }
            else if (code.Format == (byte)'p')
            {
                // The length byte, at most the count less one ("0p": PyBytes_FromStringAndSize(..., -1)).
                if (code.Size == 0)
                    throw PyException.Create(PyTypes.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
                int n = Math.Min(data[offset], code.Size - 1);
                items[a++] = Bytes(data.Slice(offset + 1, n));
            }
            else
            {
                for (long r = 0; r < code.Repeat; r++)
                    items[a++] = UnpackItem(data.Slice(offset + (int)r * code.Size, code.Size), code.Format);
            }
        }
        return new PyTuple(items);
    }

    private static PyValue Bytes(ReadOnlySpan<byte> data) =>
        PyValue.FromObject(data.Length == 0 ? PyBytes.Empty : new PyBytes(data.ToArray()));

    private PyValue UnpackItem(ReadOnlySpan<byte> src, byte format)
    {
        switch (format)
        {
            case (byte)'c':
                return PyValue.FromObject(new PyBytes(new[] { src[0] }));
            case (byte)'?':
                return PyValue.FromBool(src[0] != 0);
            case (byte)'b' or (byte)'h' or (byte)'i' or (byte)'l' or (byte)'q' or (byte)'n':
            {
                int shift = 64 - src.Length * 8;
                return PyValue.FromInt((long)(ReadInteger(src) << shift) >> shift);
            }
            case (byte)'B' or (byte)'H' or (byte)'I' or (byte)'L' or (byte)'Q' or (byte)'N' or (byte)'P':
            {
                ulong u = ReadInteger(src);
                return u <= long.MaxValue ? PyValue.FromInt((long)u) : PyValue.FromBigInteger(u);
            }
            case (byte)'e':
                return PyValue.FromFloat(HalfToDouble((ushort)ReadInteger(src)));
            case (byte)'f':
                return PyValue.FromFloat(BitConverter.Int32BitsToSingle((int)(uint)ReadInteger(src)));
            default: // 'd'
                return PyValue.FromFloat(BitConverter.Int64BitsToDouble((long)ReadInteger(src)));
        }
    }

    private ulong ReadInteger(ReadOnlySpan<byte> src)
    {
        ulong bits = 0;
        if (LittleEndian)
        {
            for (int i = src.Length - 1; i >= 0; i--)
                bits = (bits << 8) | src[i];
        }
        else
        {
            for (int i = 0; i < src.Length; i++)
                bits = (bits << 8) | src[i];
        }
        return bits;
    }
}
