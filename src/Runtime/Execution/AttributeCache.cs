using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// One attribute name as used by generated code: <c>obj.name</c> reads and method calls share a site, stores
/// have their own (a store's answer also depends on <c>__setattr__</c>). A module declares one site per
/// (name, kind) in its <c>Cache</c> class; the answers live in the classes (<see cref="PyType.Sites"/>, indexed
/// by <see cref="Id"/>), so a site is polymorphic for free: each class remembers what the name means for its
/// instances.
/// </summary>
public sealed class AttrSite
{
    private static int s_next;

    public AttrSite(string name)
    {
        Name = name;
        Id = s_next++;
    }

    public string Name { get; }

    internal readonly int Id;
}

/// <summary>
/// Attribute reads, stores and method calls of generated code, with the per-class inline caches: an instance of a
/// program class whose class has an answer for the site takes the fast path (a slot array load, a direct
/// fixed-arity call of the method with <c>self</c> prepended); everything else — other objects, a deleted
/// attribute, properties, <c>__setattr__</c>, <c>__getattr__</c> — takes the generic protocol
/// (<see cref="PyOps.GetAttr(PyValue, string)"/> and friends), which also fills the cache when the answer is
/// cacheable. A class read through itself (<c>Direction.FORWARD</c>, <c>Strength.stronger(a, b)</c>) has answers
/// of its own (<see cref="PyType.ClassSites"/>), taken on the miss path after the instance test fails. The answers
/// are dropped when a class changes (<see cref="PyType.InvalidateCaches"/>).
/// </summary>
public static class AttrSites
{
    /// <summary><c>obj.name</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Get(PyValue obj, AttrSite site)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length)
            {
                int s = table[id].SlotPlus1 - 1;
                var slots = inst.Slots;
                if ((uint)s < (uint)slots.Length)
                {
                    var v = slots[s];
                    if (v.Ref is not null)
                        return v;
                }
            }
        }
        return GetMiss(obj, site);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue GetMiss(PyValue obj, AttrSite site)
    {
        // (PyType first: a sealed class's test is one compare, PyInstance's a runtime helper call under NativeAOT)
        if (obj.Ref is PyType cls)
        {
            ref var e = ref ClassEntry(cls, site);
            if (e.Kind == SiteEntry.ClassValue)
                return e.Value;
            if (e.Kind == SiteEntry.Method)
                return PyValue.FromObject(new PyMethod(e.Value, obj)); // a class method, bound to the class read through
        }
        else if (obj.Ref is PyInstance inst)
        {
            ref var e = ref Entry(inst, site, store: false);
            if (e.Kind == SiteEntry.ClassValue)
                return e.Value;
            if (e.Kind == SiteEntry.Method)
                return PyValue.FromObject(new PyMethod(e.Value, obj));
        }
        return PyOps.GetAttr(obj, site.Name);
    }

    /// <summary><c>obj.name = value</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(PyValue obj, AttrSite site, PyValue value)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length)
            {
                int s = table[id].SlotPlus1 - 1;
                var slots = inst.Slots;
                if ((uint)s < (uint)slots.Length)
                {
                    ref PyValue slot = ref slots[s];
                    if (slot.Ref is not null)
                    {
                        // The same kind of inline value (a float replacing a float): the payload alone, no GC write barrier.
                        PyOps.StoreSlot(ref slot, value);
                        return;
                    }
                    if (s >= inst.High)
                    {
                        slots[s] = value;
                        inst.High = s + 1;
                        return;
                    }
                }
            }
        }
        SetMiss(obj, site, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetMiss(PyValue obj, AttrSite site, PyValue value)
    {
        if (obj.Ref is PyInstance inst)
        {
            ref var e = ref Entry(inst, site, store: true);
            if (e.Kind == SiteEntry.Slot)
            {
                inst.StoreSlot(e.SlotPlus1 - 1, value);
                return;
            }
        }
        PyOps.SetAttr(obj, site.Name, value);
    }

    /// <summary><c>obj.name()</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Call0(PyValue obj, AttrSite site)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length && table[id].Kind == SiteEntry.Method)
                return Unsafe.As<PyFunction>(table[id].Value.Ref!).Call1(obj);
        }
        return CallMiss0(obj, site);
    }

    /// <summary><c>obj.name(a0)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Call1(PyValue obj, AttrSite site, PyValue a0)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length && table[id].Kind == SiteEntry.Method)
                return Unsafe.As<PyFunction>(table[id].Value.Ref!).Call2(obj, a0);
        }
        return CallMiss1(obj, site, a0);
    }

    /// <summary><c>obj.name(a0, a1)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Call2(PyValue obj, AttrSite site, PyValue a0, PyValue a1)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length && table[id].Kind == SiteEntry.Method)
                return Unsafe.As<PyFunction>(table[id].Value.Ref!).Call3(obj, a0, a1);
        }
        return CallMiss2(obj, site, a0, a1);
    }

    /// <summary><c>obj.name(a0, a1, a2)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Call3(PyValue obj, AttrSite site, PyValue a0, PyValue a1, PyValue a2)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length && table[id].Kind == SiteEntry.Method)
                return Unsafe.As<PyFunction>(table[id].Value.Ref!).Call4(obj, a0, a1, a2);
        }
        return CallMiss3(obj, site, a0, a1, a2);
    }

    /// <summary><c>obj.name(a0, a1, a2, a3)</c>.</summary>
    public static PyValue Call4(PyValue obj, AttrSite site, PyValue a0, PyValue a1, PyValue a2, PyValue a3)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length && table[id].Kind == SiteEntry.Method)
                return Unsafe.As<PyFunction>(table[id].Value.Ref!).Call5(obj, a0, a1, a2, a3);
        }
        return CallMiss(obj, site, [a0, a1, a2, a3]);
    }

    /// <summary><c>obj.name(args...)</c> with any number of positional arguments.</summary>
    public static PyValue CallN(PyValue obj, AttrSite site, ReadOnlySpan<PyValue> args)
    {
        if (IsPlainInstance(obj, out var inst))
        {
            var table = inst._type.Sites;
            int id = site.Id;
            if ((uint)id < (uint)table.Length && table[id].Kind == SiteEntry.Method)
                return Unsafe.As<PyFunction>(table[id].Value.Ref!).CallWithSelf(obj, args);
        }
        return CallMiss(obj, site, args);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallMiss0(PyValue obj, AttrSite site) => CallMiss(obj, site, ReadOnlySpan<PyValue>.Empty);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallMiss1(PyValue obj, AttrSite site, PyValue a0) => CallMiss(obj, site, [a0]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallMiss2(PyValue obj, AttrSite site, PyValue a0, PyValue a1) => CallMiss(obj, site, [a0, a1]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallMiss3(PyValue obj, AttrSite site, PyValue a0, PyValue a1, PyValue a2) => CallMiss(obj, site, [a0, a1, a2]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallMiss(PyValue obj, AttrSite site, ReadOnlySpan<PyValue> args)
    {
        if (obj.Ref is PyType cls)
        {
            ref var e = ref ClassEntry(cls, site);
            if (e.Kind == SiteEntry.Method)
                return Unsafe.As<PyFunction>(e.Value.Ref!).CallWithSelf(obj, args);
            if (e.Kind == SiteEntry.ClassValue)
                return PyOps.Call(e.Value, args, null);
        }
        else if (obj.Ref is PyInstance inst)
        {
            ref var e = ref Entry(inst, site, store: false);
            switch (e.Kind)
            {
                case SiteEntry.Method:
                    return Unsafe.As<PyFunction>(e.Value.Ref!).CallWithSelf(obj, args);
                case SiteEntry.ClassValue:
                    return PyOps.Call(e.Value, args, null);
                case SiteEntry.Slot:
                    int s = e.SlotPlus1 - 1;
                    if (s < inst.Slots.Length && !inst.Slots[s].IsUnbound)
                        return PyOps.Call(inst.Slots[s], args, null);
                    break;
            }
        }
        return PyOps.CallMethod(obj, site.Name, args, null);
    }

    /// <summary>
    /// An instance of a program class (exactly <see cref="PyInstance"/>, not an exception): an exact type test is
    /// one compare, where <c>is PyInstance</c> (a class with subclasses) is a runtime helper call under NativeAOT.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainInstance(PyValue obj, out PyInstance inst)
    {
        object? r = obj.Ref;
        if (r is not null && r.GetType() == typeof(PyInstance))
        {
            inst = Unsafe.As<PyInstance>(r);
            return true;
        }
        inst = null!;
        return false;
    }

    private static readonly System.Collections.Generic.Dictionary<string, AttrSite> SharedSites = new(StringComparer.Ordinal);

    /// <summary>
    /// <c>obj.name(args)</c> reached by name (<see cref="PyOps.CallMethod(PyValue, string, ReadOnlySpan{PyValue}, string[])"/>,
    /// e.g. from a built-in method helper's fallback): the cached method of the instance's class, through one
    /// process-wide site per name. False when the site has no method answer (the caller does the generic lookup).
    /// </summary>
    internal static bool TryCallByName(PyInstance inst, string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = default;
        if (kwNames is not null || inst.GetType() != typeof(PyInstance))
            return false;
        if (!SharedSites.TryGetValue(name, out var site))
            SharedSites[name] = site = new AttrSite(name);
        ref var e = ref Entry(inst, site, store: false);
        if (e.Kind != SiteEntry.Method)
            return false;
        result = Unsafe.As<PyFunction>(e.Value.Ref!).CallWithSelf(PyValue.FromObject(inst), args);
        return true;
    }

    /// <summary>The Python function <c>obj.name(...)</c> calls through <paramref name="site"/> as the site's fast call
    /// finds it (a function of a plain instance's class); null when the call takes another path. Monitoring raises CALL
    /// with it before the fast call runs (<c>Instrument.CallsMethod</c>).</summary>
    internal static PyFunction? MethodOf(PyValue obj, AttrSite site)
    {
        if (!IsPlainInstance(obj, out var inst))
            return null;
        ref var e = ref Entry(inst, site, store: false);
        return e.Kind == SiteEntry.Method ? Unsafe.As<PyFunction>(e.Value.Ref!) : null;
    }

    private static readonly SiteEntry[] NoEntry = new SiteEntry[1];

    /// <summary>The class's answer for the site, computed now if the class has none yet (an empty entry when uncacheable).</summary>
    private static ref SiteEntry Entry(PyInstance inst, AttrSite site, bool store)
    {
        var t = inst._type;
        if (site.Id >= t.Sites.Length || t.Sites[site.Id].Kind == 0)
        {
            var e = Resolve(inst, site.Name, store);
            if (e.Kind == 0)
            {
                NoEntry[0] = default;
                return ref NoEntry[0];
            }
            t.SetSite(site.Id, e);
        }
        return ref t.Sites[site.Id];
    }

    /// <summary>
    /// What the generic protocol does for <paramref name="name"/> on instances of the class, if it is the same for
    /// every instance until the class changes; an empty entry otherwise.
    /// </summary>
    private static SiteEntry Resolve(PyInstance inst, string name, bool store)
    {
        var t = inst._type;
        // Exceptions have attributes of their own (args, __cause__...); dunder names have special cases (__class__, __dict__).
        if (t.IsException || inst.GetType() != typeof(PyInstance) || name.StartsWith("__", StringComparison.Ordinal))
            return default;
        bool inClass = t.TryLookup(name, out var cls);
        if (inClass && PyDescriptors.IsData(cls))
            return default;
        if (store)
        {
            if (t.TryLookup("__setattr__", out var sa) && !(sa.Ref is PyBuiltinFunction bf && bf.IsObjectDefault))
                return default;
            if (t.SlotNames is { } allowed && !allowed.Contains(name))
                return default; // (the generic store raises the AttributeError)
            // Adding the name to the layout drops the class's table: do it before the entry is stored.
            return new SiteEntry { Kind = SiteEntry.Slot, SlotPlus1 = t.GetOrAddSlot(name) + 1 };
        }
        if (t.TryGetSlot(name, out int slot))
            return new SiteEntry { Kind = SiteEntry.Slot, SlotPlus1 = slot + 1 };
        if (!inClass || t.InstanceDictsExposed)
            return default;
        // No instance has the name (it is not in the layout): the class attribute is the answer.
        if (cls.Ref is PyFunction)
            return new SiteEntry { Kind = SiteEntry.Method, Value = cls };
        if (IsPlainValue(cls))
            return new SiteEntry { Kind = SiteEntry.ClassValue, Value = cls };
        return default;
    }

    /// <summary>The class's answer for the site read through the class itself, computed now if it has none yet (an empty
    /// entry when uncacheable).</summary>
    private static ref SiteEntry ClassEntry(PyType cls, AttrSite site)
    {
        if (site.Id >= cls.ClassSites.Length || cls.ClassSites[site.Id].Kind == 0
            || (cls.Metaclass is not null && cls.ClassSites[site.Id].Epoch != PyType.MetaclassEpoch))
        {
            var e = ResolveOnClass(cls, site.Name);
            if (e.Kind == 0)
            {
                NoEntry[0] = default;
                return ref NoEntry[0];
            }
            cls.SetClassSite(site.Id, e);
        }
        return ref cls.ClassSites[site.Id];
    }

    /// <summary>
    /// What <see cref="PyType.TryGetAttr"/> gives for <paramref name="name"/> read through a program class itself, if
    /// it stays the same until the class or a base changes (or, for a class with a metaclass, any metaclass): a value read as itself (a function, a static method's function, a constant, an instance of a
    /// class on the MRO: an enum's member), or a class method's function (<see cref="SiteEntry.Method"/>: bound to
    /// the class read through). An empty entry otherwise: dunder names and <c>mro</c> (type's own attributes), a
    /// name the metaclass has as a data descriptor (it comes first), a descriptor that computes its value, a value
    /// whose class is not on the MRO (its class may gain a <c>__get__</c> without this class's answers being dropped).
    /// </summary>
    private static SiteEntry ResolveOnClass(PyType cls, string name)
    {
        if (cls.IsBuiltin || name == "mro" || name.StartsWith("__", StringComparison.Ordinal))
            return default;
        if (cls.Metaclass is not null && cls.TryMetaLookup(name, out var meta) && PyDescriptors.IsData(meta))
            return default;
        if (!cls.TryLookup(name, out var value))
            return default;
        var entry = Classify(cls, value);
        entry.Epoch = PyType.MetaclassEpoch;
        return entry;
    }

    private static SiteEntry Classify(PyType cls, PyValue value)
    {
        switch (value.Ref)
        {
            case PyClassMethod cm:
                return cm.Function.Ref is PyFunction ? new SiteEntry { Kind = SiteEntry.Method, Value = cm.Function } : default;
            case PyStaticMethod sm:
                return new SiteEntry { Kind = SiteEntry.ClassValue, Value = sm.Function };
            case PyInstance inst:
                if (Array.IndexOf(cls.Mro, inst.Type) < 0 || PyDescriptors.TryGetter(value, out _))
                    return default;
                return new SiteEntry { Kind = SiteEntry.ClassValue, Value = value };
            default:
                return new SiteEntry { Kind = SiteEntry.ClassValue, Value = value };
        }
    }

    /// <summary>A class attribute that reads through an instance as itself (see <see cref="PyType.BindDescriptor"/>).</summary>
    private static bool IsPlainValue(PyValue v) => v.Ref switch
    {
        PyType or PyMethod => true,
        PyStaticMethod or PyClassMethod or PyProperty or PyBuiltinFunction or IPyCallable or PySlotMember => false,
        PyInstance when PyDescriptors.TryGetter(v, out _) => false,
        _ => true,
    };
}
