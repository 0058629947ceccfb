using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Stores of inline ints into list slots without the GC write barrier. The value's <c>Ref</c> is then
/// <see cref="ValueTags.Int"/>, which NativeAOT preinitializes into the image's frozen (non-GC) heap: the GC never
/// moves, marks or frees a frozen object, so a reference to one needs neither a card mark (cards record old-to-young
/// references for ephemeral collections) nor a write-watch entry (background marking re-scans written pages for
/// objects it must still mark); the barrier would only cost a call. Whether the tags really are frozen is asked of
/// the GC once at startup (<c>GC.GetGeneration</c> reports <c>int.MaxValue</c> for non-GC-heap objects); under the
/// JIT (where the tags are ordinary heap objects) or a build without preinitialization, <see cref="Enabled"/> stays
/// false and every store takes the barrier.
/// </summary>
public static class TagStores
{
    /// <summary>All four tags live outside the GC heap (set by <see cref="Initialize"/>; no static constructor, so
    /// reading it costs one load).</summary>
    internal static bool Enabled;

    internal static void Initialize()
    {
        Enabled = !RuntimeFeature.IsDynamicCodeSupported
            && IsFrozen(ValueTags.Int) && IsFrozen(ValueTags.Float) && IsFrozen(ValueTags.Bool) && IsFrozen(ValueTags.None);
    }

    private static bool IsFrozen(object o) => GC.GetGeneration(o) == int.MaxValue;

    /// <summary><c>slot = value</c>: the tag's address and the payload written as plain words when
    /// <paramref name="value"/> is an inline int and the tags are frozen (the JIT sees no object reference, so it
    /// emits no barrier), else an ordinary store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(ref PyValue slot, in PyValue value)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported && ReferenceEquals(value.Ref, ValueTags.Int) && Enabled)
        {
            ref byte dst = ref Unsafe.As<PyValue, byte>(ref slot);
            Unsafe.WriteUnaligned(ref dst, Unsafe.As<object, nint>(ref Unsafe.AsRef(in value.Ref)));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, 8), value.Bits);
        }
        else
        {
            slot = value;
        }
    }
}
