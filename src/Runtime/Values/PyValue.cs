using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// One Python value, 16 bytes, passed and stored by value. Small ints, floats, bools and None live inline
/// (no allocation); everything else is a reference to a heap object.
/// <para>
/// <see cref="Ref"/> tells the kind: one of the <see cref="ValueTags"/> sentinels for an inline value (the payload
/// in <see cref="Bits"/>), a .NET <see cref="string"/> for <c>str</c>, a <see cref="PyBigInt"/> for an int that does
/// not fit in 64 bits, or another heap object. <c>default(PyValue)</c> (Ref == null) means "unbound": a local or
/// global that was never assigned, which generated code turns into NameError / UnboundLocalError.
/// </para>
/// Testing the kind is one reference comparison against a static readonly sentinel, which the JIT and NativeAOT
/// fold to a constant, so <c>a + b</c> on two small ints is two compares, an add and an overflow check.
/// </summary>
public readonly struct PyValue
{
    /// <summary>A <see cref="ValueTags"/> sentinel, a heap object, or null when unbound.</summary>
    public readonly object? Ref;

    /// <summary>The inline payload: the int itself, the float's bits, or 0/1 for a bool.</summary>
    public readonly long Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyValue(object? tag, long bits)
    {
        Ref = tag;
        Bits = bits;
    }

    public static readonly PyValue None = new(ValueTags.None, 0);
    public static readonly PyValue True = new(ValueTags.Bool, 1);
    public static readonly PyValue False = new(ValueTags.Bool, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromInt(long value) => new(ValueTags.Int, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromFloat(double value) => new(ValueTags.Float, BitConverter.DoubleToInt64Bits(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromBool(bool value) => new(ValueTags.Bool, value ? 1 : 0);

    /// <summary>An int of any size: inline when it fits in 64 bits, a <see cref="PyBigInt"/> otherwise.</summary>
    public static PyValue FromBigInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? FromInt((long)value) : new(new PyBigInt(value), 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromString(string value) => new(value, 0);

    /// <summary>Wraps a heap object. Inline kinds must use their own constructors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromObject(object value) => new(value, 0);

    public bool IsUnbound
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Ref is null;
    }

    public bool IsInt
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Ref, ValueTags.Int);
    }

    public bool IsFloat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Ref, ValueTags.Float);
    }

    public bool IsBool
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Ref, ValueTags.Bool);
    }

    public bool IsNone
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Ref, ValueTags.None);
    }

    public bool IsBigInt => Ref is PyBigInt;
    public bool IsString => Ref is string;

    /// <summary>The small int; only meaningful when <see cref="IsInt"/> (or 0/1 when <see cref="IsBool"/>).</summary>
    public long AsLong
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Bits;
    }

    /// <summary>repr() of the value (for debuggers and test messages).</summary>
    public override string ToString() => PyOps.Repr(this);

    /// <summary>The float; only meaningful when <see cref="IsFloat"/>.</summary>
    public double AsDouble
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => BitConverter.Int64BitsToDouble(Bits);
    }
}

/// <summary>The sentinels stored in <see cref="PyValue.Ref"/> for values that live inline.</summary>
/// <remarks>The tags have no fields: NativeAOT then preinitializes this class into the image's frozen (non-GC)
/// heap (an object with a string field is not preinitialized), so a tag check is a compare with a constant address,
/// no static-constructor check, and <see cref="TagStores"/> may store a tag without the GC write barrier.</remarks>
public static class ValueTags
{
    public static readonly object Int = new Tag();
    public static readonly object Float = new Tag();
    public static readonly object Bool = new Tag();
    public static readonly object None = new Tag();

    private sealed class Tag
    {
        public override string ToString() =>
            ReferenceEquals(this, Int) ? "int" : ReferenceEquals(this, Float) ? "float" : ReferenceEquals(this, Bool) ? "bool" : "NoneType";
    }
}
