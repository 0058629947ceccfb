using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Slicing without a slice object: <c>a[lo:hi:step]</c> in load, store and delete context is lowered to these
/// helpers with the bounds passed as values (None for an omitted bound). A list or tuple receiver with int/None
/// bounds is handled on the backing array with CPython's PySlice_Unpack/AdjustIndices rules; anything else (str,
/// user classes, bounds with __index__, a zero step) builds the slice object and takes the generic path.
/// </summary>
public static partial class PyOps
{
    /// <summary><c>obj[lo:hi:step]</c>.</summary>
    public static PyValue GetSlice(PyValue obj, PyValue lo, PyValue hi, PyValue step)
    {
        object? r = obj.Ref;
        if (r is PyList list)
        {
            if (TrySliceIndices(lo, hi, step, list.Count, out long start, out _, out long st, out long n))
                return PyValue.FromObject(new PyList(CopySlice(list.Items, start, st, n)));
        }
        else if (r is PyTuple tuple)
        {
            int count = tuple.Count;
            if (TrySliceIndices(lo, hi, step, count, out long start, out _, out long st, out long n))
            {
                if (n == 0)
                    return PyValue.FromObject(PyTuple.Empty);
                if (n == count && st == 1)
                    return obj;
                return PyValue.FromObject(new PyTuple(CopySlice(tuple.Items, start, st, n)));
            }
        }
        return GetItem(obj, Slice(lo, hi, step));
    }

    /// <summary><c>obj[lo:hi:step] = value</c>.</summary>
    public static void SetSlice(PyValue obj, PyValue lo, PyValue hi, PyValue step, PyValue value)
    {
        if (obj.Ref is PyList list && value.Ref is PyList or PyTuple
            && TrySliceIndices(lo, hi, step, list.Count, out long start, out long stop, out long st, out long n))
        {
            list.AssignSlice(start, stop, st, n, value);
            return;
        }
        SetItem(obj, Slice(lo, hi, step), value);
    }

    /// <summary><c>del obj[lo:hi:step]</c>.</summary>
    public static void DelSlice(PyValue obj, PyValue lo, PyValue hi, PyValue step)
    {
        if (obj.Ref is PyList list && TrySliceIndices(lo, hi, step, list.Count, out long start, out long stop, out long st, out _)
            && st == 1)
        {
            list.RemoveRange(start, stop);
            return;
        }
        DelItem(obj, Slice(lo, hi, step));
    }

    /// <summary>The adjusted indices and length of a slice whose parts are ints, bools or None; false for anything
    /// else (including a zero step, whose error the generic path raises).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TrySliceIndices(PyValue lo, PyValue hi, PyValue step, long length,
        out long start, out long stop, out long st, out long n)
    {
        start = stop = n = 0;
        if (step.IsNone)
            st = 1;
        else if (step.IsInt || step.IsBool)
        {
            st = step.Bits;
            if (st == 0)
                return false;
            if (st < -long.MaxValue)
                st = -long.MaxValue;
        }
        else
        {
            st = 0;
            return false;
        }
        if (lo.IsNone)
            start = st < 0 ? long.MaxValue : 0;
        else if (lo.IsInt || lo.IsBool)
            start = lo.Bits;
        else
            return false;
        if (hi.IsNone)
            stop = st < 0 ? long.MinValue : long.MaxValue;
        else if (hi.IsInt || hi.IsBool)
            stop = hi.Bits;
        else
            return false;
        n = PySlice.Adjust(length, ref start, ref stop, st);
        return true;
    }

    private static PyValue[] CopySlice(PyValue[] items, long start, long step, long n)
    {
        if (n == 0)
            return Array.Empty<PyValue>();
        var result = new PyValue[n];
        if (step == 1)
        {
            Array.Copy(items, (int)start, result, 0, (int)n);
        }
        else if (step == -1)
        {
            Array.Copy(items, (int)(start - n + 1), result, 0, (int)n);
            Array.Reverse(result);
        }
        else
        {
            for (long i = 0, j = start; i < n; i++, j += step)
                result[i] = items[j];
        }
        return result;
    }
}

public static partial class PyOps
{
    /// <summary><c>x[lo:hi:st] = x[lo2:hi2:st2]</c> where the lowering proved that evaluating the target's bounds
    /// after the value's slice is unobservable: a list with int/None bounds moves its items in place (a reversed
    /// prefix, fannkuch's flip, is one Array.Reverse); anything else takes the two-step path.</summary>
    public static void SetSliceFromSlice(PyValue obj, PyValue lo2, PyValue hi2, PyValue step2, PyValue lo, PyValue hi, PyValue step)
    {
        // x[:h] = x[k::-1] (fannkuch's flip): the prefix reversed in place when the lengths match.
        if (obj.Ref is PyList flip && lo.IsNone && step.IsNone && hi.IsInt && hi2.IsNone && step2.IsInt && step2.Bits == -1
            && lo2.IsInt && TryFlipPrefixInPlace(flip, lo2.Bits, hi.Bits))
            return;
        if (obj.Ref is PyList list
            && TrySliceIndices(lo2, hi2, step2, list.Count, out long sStart, out _, out long sStep, out long sn)
            && TrySliceIndices(lo, hi, step, list.Count, out long start, out long stop, out long st, out long n))
        {
            if (st == 1 && sStep == -1 && sn == n && sStart == start + n - 1)
            {
                // same range, reversed
                if (n > 1)
                    ReverseRange(list.Items, (int)start, (int)n);
                return;
            }
            if (st == 1 && sStep == 1 && sn == n && sStart == start)
                return; // x[a:b] = x[a:b]
        }
        SetSlice(obj, lo, hi, step, GetSlice(obj, lo2, hi2, step2));
    }
}
