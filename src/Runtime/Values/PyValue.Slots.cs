using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>Stores into <see cref="PyValue"/> slots of heap arrays (list items).</summary>
public static class PyValueSlot
{
    /// <summary>
    /// <c>slot = value</c> without the GC write barrier when the slot already holds the same <see cref="PyValue.Ref"/>
    /// (an int over an int, a bool over a bool, the same object again): then only the 8-byte payload changes, and a
    /// store of a non-reference field needs no barrier. Otherwise a normal store. Same observable result either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref PyValue slot, PyValue value)
    {
        if (ReferenceEquals(slot.Ref, value.Ref))
            Unsafe.AsRef(in slot.Bits) = value.Bits;
        else
            slot = value;
    }
}
