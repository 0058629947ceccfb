using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary><c>x[i] += C</c> and <c>x[i] -= C</c> with an int literal C, as one call: an int item of a list at an
/// in-range int index is updated in place when the result stays a small int; anything else is Python's
/// <c>x.__setitem__(i, x.__getitem__(i).__iadd__(C))</c> sequence (the object and index were evaluated once by the
/// caller, as CPython does).</summary>
public static partial class PyOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ItemInplaceAddInt(PyValue obj, PyValue key, long delta)
    {
        if (obj.Ref is PyList list && key.IsInt && (ulong)key.Bits < (ulong)list.Count)
        {
            ref PyValue slot = ref list.Items[key.Bits];
            if (ReferenceEquals(slot.Ref, ValueTags.Int))
            {
                long a = slot.Bits, r = unchecked(a + delta);
                if (((a ^ r) & (delta ^ r)) >= 0)
                {
                    Unsafe.AsRef(in slot.Bits) = r;
                    return;
                }
            }
        }
        ItemInplaceAddIntSlow(obj, key, delta);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ItemInplaceSubInt(PyValue obj, PyValue key, long delta)
    {
        if (obj.Ref is PyList list && key.IsInt && (ulong)key.Bits < (ulong)list.Count)
        {
            ref PyValue slot = ref list.Items[key.Bits];
            if (ReferenceEquals(slot.Ref, ValueTags.Int))
            {
                long a = slot.Bits, r = unchecked(a - delta);
                if (((a ^ delta) & (a ^ r)) >= 0)
                {
                    Unsafe.AsRef(in slot.Bits) = r;
                    return;
                }
            }
        }
        ItemInplaceSubIntSlow(obj, key, delta);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ItemInplaceAddIntSlow(PyValue obj, PyValue key, long delta) =>
        SetItem(obj, key, InplaceAdd(GetItem(obj, key), PyValue.FromInt(delta)));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ItemInplaceSubIntSlow(PyValue obj, PyValue key, long delta) =>
        SetItem(obj, key, InplaceSub(GetItem(obj, key), PyValue.FromInt(delta)));
}
