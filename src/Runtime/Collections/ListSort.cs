using System;

namespace PyAot.Runtime;

/// <summary>
/// A stable merge sort that, like CPython's list.sort, only asks "is a &lt; b". Homogeneous int, float and str
/// keys use specialised comparers instead of the generic <see cref="PyOps.LtBool"/>.
/// </summary>
internal static class ListSort
{
    private interface ILess
    {
        bool Less(in PyValue a, in PyValue b);
    }

    private struct IntLess : ILess
    {
        public bool Less(in PyValue a, in PyValue b) => a.Bits < b.Bits;
    }

    private struct FloatLess : ILess
    {
        public bool Less(in PyValue a, in PyValue b) => a.AsDouble < b.AsDouble;
    }

    private struct StrLess : ILess
    {
        public bool Less(in PyValue a, in PyValue b) => StrOps.Compare((string)a.Ref!, (string)b.Ref!) < 0;
    }

    private struct GenericLess : ILess
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
            MergeSort(keys, values, new IntLess());
        else if (allFloat)
            MergeSort(keys, values, new FloatLess());
        else if (allStr)
            MergeSort(keys, values, new StrLess());
        else
            MergeSort(keys, values, new GenericLess());
    }

    private static void MergeSort<T>(Span<PyValue> keys, Span<PyValue> values, T less) where T : struct, ILess
    {
        bool hasValues = values.Length > 0;
        var tmpK = new PyValue[keys.Length];
        var tmpV = hasValues ? new PyValue[keys.Length] : Array.Empty<PyValue>();
        SortRange(keys, values, tmpK, tmpV, 0, keys.Length, less, hasValues);
    }

    private static void SortRange<T>(Span<PyValue> k, Span<PyValue> v, PyValue[] tk, PyValue[] tv, int lo, int hi, T less, bool hasValues)
        where T : struct, ILess
    {
        if (hi - lo <= 24)
        {
            // Binary insertion sort: stable, few comparisons.
            for (int i = lo + 1; i < hi; i++)
            {
                var key = k[i];
                int l = lo, r = i;
                while (l < r)
                {
                    int m = (l + r) >> 1;
                    if (less.Less(key, k[m]))
                        r = m;
                    else
                        l = m + 1;
                }
                if (l < i)
                {
                    k.Slice(l, i - l).CopyTo(k.Slice(l + 1));
                    k[l] = key;
                    if (hasValues)
                    {
                        var val = v[i];
                        v.Slice(l, i - l).CopyTo(v.Slice(l + 1));
                        v[l] = val;
                    }
                }
            }
            return;
        }
        int mid = (lo + hi) >> 1;
        SortRange(k, v, tk, tv, lo, mid, less, hasValues);
        SortRange(k, v, tk, tv, mid, hi, less, hasValues);
        if (!less.Less(k[mid], k[mid - 1]))
            return; // already in order
        k.Slice(lo, mid - lo).CopyTo(tk.AsSpan(lo));
        if (hasValues)
            v.Slice(lo, mid - lo).CopyTo(tv.AsSpan(lo));
        int a = lo, b = mid, o = lo;
        while (a < mid && b < hi)
        {
            if (less.Less(k[b], tk[a]))
            {
                if (hasValues)
                    v[o] = v[b];
                k[o++] = k[b++];
            }
            else
            {
                if (hasValues)
                    v[o] = tv[a];
                k[o++] = tk[a++];
            }
        }
        while (a < mid)
        {
            if (hasValues)
                v[o] = tv[a];
            k[o++] = tk[a++];
        }
    }
}
