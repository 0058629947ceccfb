using System;
using System.Buffers.Binary;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>
/// One item of a buffer as memoryview reads and writes it: a native single-character struct format (an optional
/// <c>@</c> before it), with CPython's sizes on 64-bit Linux and its memoryobject.c rules for packing
/// (<c>pack_single</c>: an integer through <c>__index__</c>, a float through <c>__float__</c>, range errors as
/// "invalid value", wrong types as "invalid type") and unpacking (<c>unpack_single</c>).
/// </summary>
internal readonly struct BufferFormat
{
    /// <summary>The format as given (<c>'B'</c>, <c>'@i'</c>), which memoryview's <c>format</c> reports.</summary>
    public string Text { get; }

    /// <summary>The format character, without the <c>@</c>.</summary>
    public char Code { get; }

    public int ItemSize { get; }

    private BufferFormat(string text, char code, int itemSize)
    {
        Text = text;
        Code = code;
        ItemSize = itemSize;
    }

    /// <summary>Unsigned bytes, the format of bytes and bytearray.</summary>
    public static readonly BufferFormat Bytes = new("B", 'B', 1);

    /// <summary>CPython's <c>get_native_fmtchar</c>: a native single-character format, or false.</summary>
    public static bool TryParse(string text, out BufferFormat format)
    {
        format = default;
        ReadOnlySpan<char> s = text;
        if (s.Length == 2 && s[0] == '@')
            s = s[1..];
        if (s.Length != 1)
            return false;
        int size = s[0] switch
        {
            'c' or 'b' or 'B' or '?' => 1,
            'h' or 'H' or 'e' => 2,
            'i' or 'I' or 'f' => 4,
            'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
            _ => 0,
        };
        if (size == 0)
            return false;
        format = new BufferFormat(text, s[0], size);
        return true;
    }

    /// <summary><c>b</c>, <c>B</c> or <c>c</c>: the formats a cast may go to or from another format, and a hash reads.</summary>
    public bool IsByteFormat => Code is 'b' or 'B' or 'c';

    /// <summary>The same item (format and size), as memoryview's slice assignment requires of its source.</summary>
    public bool SameItem(BufferFormat other) => Code == other.Code && ItemSize == other.ItemSize;

    /// <summary>The item stored in <paramref name="item"/> (<see cref="ItemSize"/> bytes, native byte order).</summary>
    public PyValue Unpack(ReadOnlySpan<byte> item) => Code switch
    {
        'B' => PyValue.FromInt(item[0]),
        'b' => PyValue.FromInt((sbyte)item[0]),
        'c' => PyValue.FromObject(new PyBytes(new[] { item[0] })),
        '?' => PyValue.FromBool(item[0] != 0),
        'h' => PyValue.FromInt(BinaryPrimitives.ReadInt16LittleEndian(item)),
        'H' => PyValue.FromInt(BinaryPrimitives.ReadUInt16LittleEndian(item)),
        'i' => PyValue.FromInt(BinaryPrimitives.ReadInt32LittleEndian(item)),
        'I' => PyValue.FromInt(BinaryPrimitives.ReadUInt32LittleEndian(item)),
        'l' or 'q' or 'n' => PyValue.FromInt(BinaryPrimitives.ReadInt64LittleEndian(item)),
        'L' or 'Q' or 'N' or 'P' => Unsigned(BinaryPrimitives.ReadUInt64LittleEndian(item)),
        'e' => PyValue.FromFloat((double)BinaryPrimitives.ReadHalfLittleEndian(item)),
        'f' => PyValue.FromFloat(BinaryPrimitives.ReadSingleLittleEndian(item)),
        _ => PyValue.FromFloat(BinaryPrimitives.ReadDoubleLittleEndian(item)),
    };

    private static PyValue Unsigned(ulong v) => v <= long.MaxValue ? PyValue.FromInt((long)v) : PyValue.FromBigInteger(new BigInteger(v));

    /// <summary>Stores <paramref name="value"/> as one item into <paramref name="item"/>, or raises CPython's error
    /// (nothing is written then).</summary>
    public void Pack(PyValue value, Span<byte> item)
    {
        switch (Code)
        {
            case 'c':
                if (PyDerivedInstance.Unwrap(value).Ref is not PyBytes b)
                    throw InvalidType();
                if (b.Count != 1)
                    throw InvalidValue();
                item[0] = b.AsSpan()[0];
                return;
            case '?':
                item[0] = PyOps.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case 'e' or 'f' or 'd':
                PackFloat(ToDouble(value), item);
                return;
        }
        if (!PyOps.TryIndex(value, out var n))
            throw InvalidType();
        bool signed = Code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        BigInteger min = signed ? -(BigInteger.One << (8 * ItemSize - 1)) : BigInteger.Zero;
        BigInteger max = signed ? (BigInteger.One << (8 * ItemSize - 1)) - 1 : (BigInteger.One << (8 * ItemSize)) - 1;
        if (n < min || n > max)
            throw InvalidValue();
        ulong bits = (ulong)(n & ulong.MaxValue);
        for (int i = 0; i < ItemSize; i++)
            item[i] = (byte)(bits >> (8 * i));
    }

    private double ToDouble(PyValue value)
    {
        try
        {
            return MathModule.ToFloat(value);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError))
        {
            throw InvalidType();
        }
        catch (PyException e) when (e.Matches(PyTypes.OverflowError))
        {
            throw InvalidValue();
        }
    }

    private void PackFloat(double d, Span<byte> item)
    {
        switch (Code)
        {
            case 'e':
            {
                // (PyFloat_Pack2 refuses a finite value beyond half's range, which memoryview reports as a bad value)
                var h = (Half)d;
                if (Half.IsInfinity(h) && !double.IsInfinity(d))
                    throw InvalidValue();
                BinaryPrimitives.WriteHalfLittleEndian(item, h);
                return;
            }
            case 'f':
                // (a native float: a finite value beyond its range becomes an infinity, as C's conversion gives)
                BinaryPrimitives.WriteSingleLittleEndian(item, (float)d);
                return;
            default:
                BinaryPrimitives.WriteDoubleLittleEndian(item, d);
                return;
        }
    }

    private PyException InvalidType() => PyException.TypeError($"memoryview: invalid type for format '{Text}'");

    private PyException InvalidValue() => PyException.ValueError($"memoryview: invalid value for format '{Text}'");
}
