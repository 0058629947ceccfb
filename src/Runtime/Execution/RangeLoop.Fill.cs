using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// <c>for j in range(a, b, s): x[j] = CONST</c> (the sieve's crossing-out loop) as one strided store loop: the lowering
/// emits <c>if (!range.FillItems(x, CONST, ref j))</c> before the generic loop over the same cursor.
/// </summary>
public partial struct RangeLoop
{
    /// <summary>
    /// Runs the whole loop when <paramref name="obj"/> is a list (the same test as <see cref="PyOps.SetItem"/>'s
    /// inline path) and every index of the remaining range is in <c>[0, len)</c>: each item becomes
    /// <paramref name="value"/>, <paramref name="target"/> ends at the last index, as the loop would leave it, and
    /// the cursor is exhausted. Storing an inline constant into a list slot runs no Python code, so the list cannot
    /// change under the loop. Anything else (negative or out-of-range indices, other containers, a general range)
    /// returns false with nothing done, and the generic loop runs (and raises where Python raises).
    /// </summary>
    public bool FillItems(PyValue obj, PyValue value, ref PyValue target)
    {
        if (_general is not null || obj.Ref is not PyList list)
            return false;
        ulong n = _remaining;
        if (n == 0)
            return true;
        long first = _next;
        // The last value is a value of the range, so it fits in a long.
        long last = unchecked(first + (long)(n - 1) * _step);
        long lo = _step > 0 ? first : last, hi = _step > 0 ? last : first;
        int count = list.Count;
        if (lo < 0 || hi >= count)
            return false;
        PyValue[] items = list.Items;
        if ((ulong)hi >= (ulong)items.Length)
            return false;
        ref PyValue slot = ref items[first];
        long step = _step;
        for (ulong k = n; k != 0; k--)
        {
            PyOps.StoreSlot(ref slot, value);
            if (k != 1)
                slot = ref Unsafe.Add(ref slot, (nint)step);
        }
        target = PyValue.FromInt(last);
        _next = unchecked(last + step);
        _remaining = 0;
        return true;
    }
}
