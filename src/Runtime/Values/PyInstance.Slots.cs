using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// Instance attribute storage: a slot array laid out by the class's shared layout (<see cref="PyType.GetOrAddSlot"/>),
/// unbound = absent. While attributes are added in slot order (the usual case: every instance's <c>__init__</c>
/// stores the same names in the same order) slot order is insertion order, which <c>__dict__</c> shows. An
/// insertion out of slot order (a deleted attribute re-added, or instances that store names in different orders)
/// switches the instance to an ordered dict, so <c>__dict__</c> order is always CPython's.
/// </summary>
public partial class PyInstance
{
    /// <summary>The attribute values by slot; empty in dict mode.</summary>
    internal PyValue[] Slots;

    /// <summary>1 + the highest bound slot: a store at or above it keeps slot order = insertion order.</summary>
    internal int High;

    /// <summary>Dict mode: the attributes in insertion order (null while the slots hold them).</summary>
    private PyDict? _attrs;

    /// <summary>Dict mode: the values of the names <c>__slots__</c> declares, which CPython keeps out of <c>__dict__</c>.</summary>
    private Dictionary<string, PyValue>? _members;

    private bool IsMember(string name) => _type.SlotMembers?.Contains(name) == true;

    /// <summary>The instance's own attribute (its __dict__ entry, or its __slots__ member).</summary>
    public bool TryGetOwn(string name, out PyValue value)
    {
        if (_attrs is not null)
        {
            if (IsMember(name))
            {
                value = default;
                return _members?.TryGetValue(name, out value) == true;
            }
            return _attrs.TryGetValue(PyValue.FromString(name), out value);
        }
        if (_type.TryGetSlot(name, out int i) && i < Slots.Length)
        {
            value = Slots[i];
            return !value.IsUnbound;
        }
        value = default;
        return false;
    }

    public bool HasOwn(string name) => TryGetOwn(name, out _);

    /// <summary>Stores an own attribute (no descriptors, no __setattr__).</summary>
    public void SetOwn(string name, PyValue value)
    {
        // Registering the name in the layout even in dict mode: cached method lookups rely on "not in the layout" = "no instance has it".
        int i = _type.GetOrAddSlot(name);
        if (_attrs is not null)
            StoreInDictMode(name, value);
        else
            StoreSlot(i, value);
    }

    private void StoreInDictMode(string name, PyValue value)
    {
        if (IsMember(name))
            (_members ??= new Dictionary<string, PyValue>(StringComparer.Ordinal))[name] = value;
        else
            _attrs!.SetItem(name, value);
    }

    /// <summary>The slow path of a store into slot <paramref name="i"/>: growth, order, dict mode.</summary>
    internal void StoreSlot(int i, PyValue value)
    {
        if (_attrs is not null)
        {
            StoreInDictMode(_type.SlotName(i), value);
            return;
        }
        if (i < Slots.Length && !Slots[i].IsUnbound)
        {
            Slots[i] = value;
            return;
        }
        if (i < High)
        {
            // Re-adding below the highest bound slot: insertion order no longer matches slot order.
            ToDictMode();
            StoreInDictMode(_type.SlotName(i), value);
            return;
        }
        if (i >= Slots.Length)
            Array.Resize(ref Slots, Math.Max(_type.SlotCount, i + 1));
        Slots[i] = value;
        High = i + 1;
    }

    /// <summary>Deletes an own attribute; false when the instance has none of that name.</summary>
    public bool RemoveOwn(string name)
    {
        if (_attrs is not null)
            return IsMember(name) ? _members?.Remove(name) == true : _attrs.Remove(PyValue.FromString(name), out _);
        if (!_type.TryGetSlot(name, out int i) || i >= Slots.Length || Slots[i].IsUnbound)
            return false;
        Slots[i] = default;
        while (High > 0 && Slots[High - 1].IsUnbound)
            High--;
        return true;
    }

    /// <summary>
    /// <c>obj.__dict__</c>: the instance's attributes as the live dict CPython gives, which the instance reads and
    /// writes from then on (dict mode), so a store through either is seen through the other. Names stored through the
    /// dict skip the class's layout, so the class stops answering attribute sites from the layout
    /// (<see cref="PyType.ExposeInstanceDicts"/>).
    /// </summary>
    public PyDict Dict()
    {
        if (_attrs is null)
            ToDictMode();
        _type.ExposeInstanceDicts();
        return _attrs!;
    }

    /// <summary><c>obj.__dict__ = d</c>: <paramref name="d"/> becomes the instance's attributes.</summary>
    public void ReplaceDict(PyDict d)
    {
        if (_attrs is null)
            ToDictMode();
        _attrs = d;
        _type.ExposeInstanceDicts();
    }

    /// <summary>The own attributes in insertion order (dict mode: the dict's, then the __slots__ members').</summary>
    public IEnumerable<KeyValuePair<string, PyValue>> OwnAttributes()
    {
        if (_attrs is not null)
        {
            int pos = 0;
            while (_attrs.Next(ref pos, out var k, out var v))
            {
                // (a key stored through __dict__ need not be a str; such a key is no attribute name)
                if (k.Ref is string name)
                    yield return new KeyValuePair<string, PyValue>(name, v);
            }
            if (_members is not null)
            {
                foreach (var member in _members)
                    yield return member;
            }
            yield break;
        }
        for (int i = 0; i < High; i++)
        {
            if (!Slots[i].IsUnbound)
                yield return new KeyValuePair<string, PyValue>(_type.SlotName(i), Slots[i]);
        }
    }

    /// <summary>Dict mode: the attributes move to an ordered dict (the __slots__ members beside it), the slot array
    /// empties, so that the fast paths, which read and write slots, miss.</summary>
    private void ToDictMode()
    {
        var d = new PyDict();
        _attrs = d;
        for (int i = 0; i < High; i++)
        {
            if (!Slots[i].IsUnbound)
                StoreInDictMode(_type.SlotName(i), Slots[i]);
        }
        Slots = Array.Empty<PyValue>();
        High = 0;
    }
}
