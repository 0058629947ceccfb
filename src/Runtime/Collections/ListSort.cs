using System;

namespace PyAot.Runtime;

/// <summary>
/// list.sort and sorted(): CPython's sort (<see cref="TimSort{TLess}"/>), which only asks "is a &lt; b". Homogeneous
/// int, float and str keys use specialised comparers instead of the generic <see cref="PyOps.LtBool"/> (as CPython's
/// pre-sort check picks unsafe_long_compare and the like: the same comparisons, made faster).
/// </summary>
internal static class ListSort
{
    internal interface ILess
    {
        bool Less(in PyValue a, in PyValue b);
    }

    internal struct IntLess : ILess
    {
        public bool Less(in PyValue a, in PyValue b) => a.Bits < b.Bits;
    }

    internal struct FloatLess : ILess
    {
        public bool Less(in PyValue a, in PyValue b) => a.AsDouble < b.AsDouble;
    }

    internal struct StrLess : ILess
    {
        public bool Less(in PyValue a, in PyValue b) => StrOps.Compare((string)a.Ref!, (string)b.Ref!) < 0;
    }

    internal struct GenericLess : ILess
    {
        public bool Less(in PyValue a, in PyValue b) => PyOps.LtBool(a, b);
    }

    /// <summary>Sorts <paramref name="keys"/>, moving <paramref name="values"/> (when given) along.</summary>
    public static void Sort(Span<PyValue> keys, PyValue[]? values) => Sort(keys, values is null ? Span<PyValue>.Empty : values.AsSpan());

    public static void Sort(Span<PyValue> keys, Span<PyValue> values)
    {
        if (keys.Length < 2)
            return;
        bool allInt = true, allFloat = true, allStr = true;
        foreach (var k in keys)
        {
            allInt &= k.IsInt;
            allFloat &= k.IsFloat && !double.IsNaN(k.AsDouble);
            allStr &= k.IsString;
        }
        if (allInt)
            TimSort<IntLess>.Sort(keys, values, new IntLess());
        else if (allFloat)
            TimSort<FloatLess>.Sort(keys, values, new FloatLess());
        else if (allStr)
            TimSort<StrLess>.Sort(keys, values, new StrLess());
        else
            TimSort<GenericLess>.Sort(keys, values, new GenericLess());
    }
}
