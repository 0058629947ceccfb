using System;
using System.Collections.Generic;
using System.Text;

namespace PyAot.Runtime;

/// <summary>Helpers shared by list, tuple and str: index normalisation, comparison, repr.</summary>
internal static class SequenceOps
{
    /// <summary>Normalises an index (negative counts from the end); -1 when out of range.</summary>
    public static int NormalizeIndex(PyValue key, int count, string typeName)
    {
        long i;
        if (key.IsInt || key.IsBool)
            i = key.Bits;
        else if (key.Ref is PyBigInt)
            throw PyException.IndexError($"cannot fit 'int' into an index-sized integer");
        else if (PyOps.TryIndex(key, out var big))
            i = big > long.MaxValue ? long.MaxValue : big < long.MinValue ? long.MinValue : (long)big;
        else if (typeName == "string")
            throw PyException.TypeError($"string indices must be integers, not '{PyOps.TypeName(key)}'"); // (str's own wording)
        else
            throw PyException.TypeError($"{typeName} indices must be integers or slices, not {PyOps.TypeName(key)}");
        if (i < 0)
            i += count;
        return (ulong)i < (ulong)count ? (int)i : -1;
    }

    public static PyValue[] Slice(ReadOnlySpan<PyValue> items, PySlice slice)
    {
        long n = slice.Indices(items.Length, out long start, out _, out long step);
        var result = new PyValue[n];
        if (step == 1)
        {
            items.Slice((int)start, (int)n).CopyTo(result);
        }
        else
        {
            for (long i = 0, j = start; i < n; i++, j += step)
                result[i] = items[(int)j];
        }
        return result;
    }

    public static bool EqualItems(ReadOnlySpan<PyValue> a, ReadOnlySpan<PyValue> b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (!PyOps.Is(a[i], b[i]) && !PyOps.EqBool(a[i], b[i]))
                return false;
        }
        return true;
    }

    /// <summary>Lexicographic rich comparison, as CPython's list_richcompare.</summary>
    public static bool Compare(ReadOnlySpan<PyValue> a, ReadOnlySpan<PyValue> b, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            if (a.Length != b.Length)
                return op == CompareOp.Ne;
        }
        int n = Math.Min(a.Length, b.Length);
        int i = 0;
        for (; i < n; i++)
        {
            ref readonly var x = ref a[i];
            ref readonly var y = ref b[i];
            if (PyOps.Is(x, y))
                continue;
            // (two ints that are not the same value, two strs: equality without the general protocol)
            if (x.IsInt && y.IsInt)
                break;
            if (x.Ref is string sx && y.Ref is string sy)
            {
                if (string.Equals(sx, sy))
                    continue;
                break;
            }
            if (!PyOps.EqBool(x, y))
                break;
        }
        if (i >= n)
        {
            int c = a.Length.CompareTo(b.Length);
            return op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            };
        }
        if (op == CompareOp.Eq)
            return false;
        if (op == CompareOp.Ne)
            return true;
        return PyOps.IsTrue(PyOps.Compare(a[i], b[i], op));
    }

    [ThreadStatic]
    private static HashSet<object>? _reprActive;

    /// <summary>Guards repr of self-referencing containers ([...] / {...}).</summary>
    public static bool EnterRepr(object o)
    {
        _reprActive ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        return _reprActive.Add(o);
    }

    public static void ExitRepr(object o) => _reprActive?.Remove(o);

    public static string JoinRepr(ReadOnlySpan<PyValue> items, string open, string close, object owner, string recursive)
    {
        if (!EnterRepr(owner))
            return recursive;
        try
        {
            var sb = new StringBuilder(open);
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0)
                    sb.Append(", ");
                sb.Append(PyOps.Repr(items[i]));
            }
            return sb.Append(close).ToString();
        }
        finally
        {
            ExitRepr(owner);
        }
    }

    public static long Count(ReadOnlySpan<PyValue> items, PyValue x)
    {
        long n = 0;
        foreach (var v in items)
        {
            if (PyOps.Is(v, x) || PyOps.EqBool(v, x))
                n++;
        }
        return n;
    }

    public static int IndexOf(ReadOnlySpan<PyValue> items, PyValue x, int start, int stop)
    {
        for (int i = start; i < stop && i < items.Length; i++)
        {
            if (PyOps.Is(items[i], x) || PyOps.EqBool(items[i], x))
                return i;
        }
        return -1;
    }

    /// <summary>The start/stop arguments of index(): clamped like slice bounds.</summary>
    public static void IndexBounds(ReadOnlySpan<PyValue> args, int count, out int start, out int stop)
    {
        long s = args.Length > 1 ? PyOps.ToIndexClamped(args[1]) : 0;
        long e = args.Length > 2 ? PyOps.ToIndexClamped(args[2]) : count;
        if (s < 0)
            s = Math.Max(0, s + count);
        if (e < 0)
            e = Math.Max(0, e + count);
        start = (int)Math.Min(s, count);
        stop = (int)Math.Min(e, count);
    }

    /// <summary>The items a slice of a sequence of <paramref name="count"/> items selects, as an upward walk (a negative
    /// step's items counted from the lowest): how many, from <paramref name="start"/> by <paramref name="step"/> &gt; 0.
    /// For deleting them, where the order does not matter.</summary>
    public static long AscendingSlice(PySlice slice, int count, out long start, out long step)
    {
        long n = slice.Indices(count, out start, out _, out step);
        if (n > 0 && step < 0)
        {
            start += (n - 1) * step;
            step = -step;
        }
        return n;
    }

    public static long RepeatCount(PyValue n)
    {
        if (n.IsInt || n.IsBool)
            return n.Bits;
        if (n.Ref is PyBigInt b)
        {
            if (b.Value.Sign < 0)
                return 0;
            throw PyException.OverflowError("cannot fit 'int' into an index-sized integer");
        }
        // An object with __index__ (an int subclass among them) repeats by its index.
        if (n.Ref is PyInstance && PyOps.TryIndex(n, out var index))
            return RepeatCount(PyValue.FromBigInteger(index));
        return long.MinValue;
    }
}
