using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Fast paths for list-heavy code (fannkuch, nqueens): the truth of an item without the intermediate value, index
/// arithmetic with a smaller inlined body, calls of a callable held in a local without an argument span, and
/// stores into a list slot that skip the GC write barrier when only the payload changes.
/// </summary>
public static partial class PyOps
{
    /// <summary><c>bool(obj[key])</c> (<c>if a[i]:</c>, <c>a[i] or ...</c>): a bool item of a list at an in-range
    /// int index is answered inline; anything else is <c>IsTrue(GetItem(obj, key))</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrueItem(PyValue obj, PyValue key)
    {
        if (key.IsInt && obj.Ref is PyList list)
        {
            long i = key.Bits;
            if ((ulong)i < (ulong)list.Count)
            {
                ref PyValue v = ref list.Items[i];
                if (ReferenceEquals(v.Ref, ValueTags.Bool))
                    return v.Bits != 0;
            }
        }
        return IsTrueItemSlow(obj, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsTrueItemSlow(PyValue obj, PyValue key) => IsTrue(GetItem(obj, key));

    /// <summary><c>a + b</c> used as a subscript: only the small-int path is inlined (an index never needs
    /// <see cref="Add"/>'s inlined float paths, and big methods run out of the JIT's inlining budget); anything else
    /// is <see cref="Add"/> itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue IndexAdd(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
        {
            long r = unchecked(a.Bits + b.Bits);
            if (((a.Bits ^ r) & (b.Bits ^ r)) >= 0)
                return PyValue.FromInt(r);
        }
        return AddNotInlined(a, b);
    }

    /// <summary><c>a - b</c> used as a subscript (see <see cref="IndexAdd"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue IndexSub(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a.Ref, ValueTags.Int) && ReferenceEquals(b.Ref, ValueTags.Int))
        {
            long r = unchecked(a.Bits - b.Bits);
            if (((a.Bits ^ b.Bits) & (a.Bits ^ r)) >= 0)
                return PyValue.FromInt(r);
        }
        return SubNotInlined(a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue AddNotInlined(PyValue a, PyValue b) => Add(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue SubNotInlined(PyValue a, PyValue b) => Sub(a, b);

    /// <summary>Stores into a slot of a value array; when the slot already holds the same tag (an int over an int,
    /// a bool over a bool) only the payload is written, which needs no GC write barrier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreSlot(ref PyValue slot, PyValue value)
    {
        if (ReferenceEquals(slot.Ref, value.Ref))
            Unsafe.AsRef(in slot.Bits) = value.Bits;
        else
            slot = value;
    }

    /// <summary>Reverses <paramref name="n"/> items from <paramref name="start"/> in place; pairs with the same tag
    /// (all ints, say) swap only their payloads, without write barriers.</summary>
    internal static void ReverseRange(PyValue[] items, int start, int n)
    {
        if ((uint)start > (uint)items.Length || (uint)n > (uint)(items.Length - start))
            throw new ArgumentOutOfRangeException(nameof(n));
        if (n <= 1)
            return;
        ref PyValue lo = ref items[start];
        ref PyValue hi = ref Unsafe.Add(ref lo, n - 1);
        while (Unsafe.IsAddressLessThan(ref lo, ref hi))
        {
            if (ReferenceEquals(lo.Ref, hi.Ref))
            {
                long t = lo.Bits;
                Unsafe.AsRef(in lo.Bits) = hi.Bits;
                Unsafe.AsRef(in hi.Bits) = t;
            }
            else
            {
                (lo, hi) = (hi, lo);
            }
            lo = ref Unsafe.Add(ref lo, 1);
            hi = ref Unsafe.Add(ref hi, -1);
        }
    }

    /// <summary><c>Array.Copy(items, from, items, to, n)</c> within one array; a short move (list.insert/pop near
    /// the front of a small list) is a loop that stores same-tag slots without write barriers.</summary>
    internal static void MoveItems(PyValue[] items, int from, int to, int n)
    {
        if (n > 16 || (uint)from > (uint)items.Length || (uint)to > (uint)items.Length
            || (uint)n > (uint)(items.Length - Math.Max(from, to)))
        {
            Array.Copy(items, from, items, to, n);
            return;
        }
        if (n == 0)
            return;
        // (the range was checked above: no per-item bounds checks)
        ref PyValue src = ref items[from];
        ref PyValue dst = ref items[to];
        if (to < from)
        {
            for (int k = 0; k < n; k++)
                StoreSlot(ref Unsafe.Add(ref dst, k), Unsafe.Add(ref src, k));
        }
        else
        {
            for (int k = n - 1; k >= 0; k--)
                StoreSlot(ref Unsafe.Add(ref dst, k), Unsafe.Add(ref src, k));
        }
    }

    /// <summary><c>x[:h] = x[k::-1]</c> (fannkuch's flip; the lowering passes <c>k</c> and <c>h</c>): with small
    /// ints whose slices have the same length, the prefix reversed in place; anything else is
    /// <see cref="SetSliceFromSlice"/>.</summary>
    public static void FlipPrefix(PyValue obj, PyValue k, PyValue h)
    {
        if (obj.Ref is PyList list && k.IsInt && h.IsInt && TryFlipPrefixInPlace(list, k.Bits, h.Bits))
            return;
        SetSliceFromSlice(obj, k, PyValue.None, PyValue.FromInt(-1), PyValue.None, h, PyValue.None);
    }

    /// <summary>
    /// <c>list[:h] = list[k::-1]</c> when both slices have the same length: CPython's index adjustment written out
    /// for this shape. The source is items k, k-1, ..., 0 (k clamped into the list; none when k &lt; -len), the
    /// target items 0 .. h-1 (h clamped); equal lengths mean the prefix reversed in place (the same items, another
    /// order). False, with nothing done, when the lengths differ.
    /// </summary>
    private static bool TryFlipPrefixInPlace(PyList list, long k, long h)
    {
        long len = list.Count;
        if (k < 0)
            k += len;
        long count = k < 0 ? 0 : k >= len ? len : k + 1;
        if (h < 0)
            h = Math.Max(h + len, 0);
        else if (h > len)
            h = len;
        if (count != h)
            return false;
        if (h > 1)
            ReverseRange(list.Items, 0, (int)h);
        return true;
    }

    // ---- calls of a callable value with a few positional arguments, no argument span ----
    // The callable is passed by reference (`in`): a call given the address of a caller's local is never turned into
    // a tail call, so `return f(x)` keeps the caller's frame in Python tracebacks (the stack-allocated argument span
    // of the generic Call did the same before).

    /// <summary><c>f()</c> for a callable held in a variable.</summary>
    public static PyValue Call0(in PyValue callable)
    {
        object? r = callable.Ref;
        if (r is PyFunction f)
            return f.Call0();
        if (r is PyBuiltinMethod m)
            return m.Call0();
        if (r is PyType t)
            return t.Call0Fast();
        return Call(callable, ReadOnlySpan<PyValue>.Empty, null);
    }

    /// <summary><c>f(a0)</c> for a callable held in a variable: functions and bound builtin methods are called
    /// directly; anything else through <see cref="Call(PyValue, ReadOnlySpan{PyValue}, string[])"/>.</summary>
    public static PyValue Call1(in PyValue callable, PyValue a0)
    {
        object? r = callable.Ref;
        if (r is PyFunction f)
            return f.Call1(a0);
        if (r is PyBuiltinMethod m)
            return m.Call1(a0);
        if (r is PyType t)
            return t.Call1Fast(a0);
        return Call(callable, [a0], null);
    }

    /// <summary><c>f(a0, a1)</c> for a callable held in a variable.</summary>
    public static PyValue Call2(in PyValue callable, PyValue a0, PyValue a1)
    {
        object? r = callable.Ref;
        if (r is PyFunction f)
            return f.Call2(a0, a1);
        if (r is PyBuiltinMethod m)
            return m.Call2(a0, a1);
        if (r is PyType t)
            return t.Call2Fast(a0, a1);
        return Call(callable, [a0, a1], null);
    }

    /// <summary><c>f(a0, ..., a3)</c> (the fallback of a guarded direct call).</summary>
    public static PyValue Call4(PyValue callable, PyValue a0, PyValue a1, PyValue a2, PyValue a3)
    {
        if (callable.Ref is PyFunction f)
            return f.Call4(a0, a1, a2, a3);
        return Call(callable, [a0, a1, a2, a3], null);
    }

    /// <summary><c>f(a0, ..., a4)</c> (the fallback of a guarded direct call).</summary>
    public static PyValue Call5(PyValue callable, PyValue a0, PyValue a1, PyValue a2, PyValue a3, PyValue a4)
    {
        if (callable.Ref is PyFunction f)
            return f.Call5(a0, a1, a2, a3, a4);
        return Call(callable, [a0, a1, a2, a3, a4], null);
    }

    /// <summary><c>f(a0, ..., a5)</c> (the fallback of a guarded direct call).</summary>
    public static PyValue Call6(PyValue callable, PyValue a0, PyValue a1, PyValue a2, PyValue a3, PyValue a4, PyValue a5)
    {
        if (callable.Ref is PyFunction f)
            return f.Call6(a0, a1, a2, a3, a4, a5);
        return Call(callable, [a0, a1, a2, a3, a4, a5], null);
    }

    /// <summary><c>f(a0, a1, a2)</c> for a callable held in a variable.</summary>
    public static PyValue Call3(in PyValue callable, PyValue a0, PyValue a1, PyValue a2)
    {
        if (callable.Ref is PyFunction f)
            return f.Call3(a0, a1, a2);
        if (callable.Ref is PyType t)
            return t.Call3Fast(a0, a1, a2);
        return Call(callable, [a0, a1, a2], null);
    }
}
