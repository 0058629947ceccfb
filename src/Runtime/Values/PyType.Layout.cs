using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// The per-class state behind fast attribute access (see <see cref="AttrSites"/>):
/// <list type="bullet">
/// <item>the instance layout: every attribute name ever stored on an instance of the class gets a slot index
/// (append-only, like CPython's shared keys), and instances keep their attributes in a slot array;</item>
/// <item>the site table: for each attribute site of the generated code (by <see cref="AttrSite.Id"/>), what that
/// site resolves to on instances of this class (a slot index, a method, a plain class value);</item>
/// <item>the cached <c>__init__</c>.</item>
/// </list>
/// The site table and the cached <c>__init__</c> are dropped whenever the class or one of its bases is mutated
/// (<c>Cls.attr = v</c>, <c>del Cls.attr</c>) and when the layout gains a name (an instance attribute may now
/// shadow a method), so a cached answer is always the one the generic lookup would give.
/// </summary>
public sealed partial class PyType
{
    private Dictionary<string, int>? _slotIndex;
    private string[] _slotNames = Array.Empty<string>();
    private List<WeakReference<PyType>>? _subclasses;
    private PyValue _init;

    /// <summary>How many names the instance layout has.</summary>
    internal int SlotCount { get; private set; }

    /// <summary>Per-site answers for instances of this class, indexed by <see cref="AttrSite.Id"/> (grown on demand).</summary>
    internal SiteEntry[] Sites = Array.Empty<SiteEntry>();

    /// <summary>Per-site answers for reads and calls through the class itself (<c>Cls.name</c>, <c>Cls.name(...)</c>),
    /// indexed by <see cref="AttrSite.Id"/>; see <see cref="AttrSites"/>.</summary>
    internal SiteEntry[] ClassSites = Array.Empty<SiteEntry>();

    /// <summary>Counts changes to metaclasses: a class with a metaclass keeps its <see cref="ClassSites"/> answers only
    /// while no metaclass changed (a metaclass's attributes decide reads through its classes, and changing one does
    /// not drop the answers of the classes that are its instances).</summary>
    internal static int MetaclassEpoch;

    internal bool TryGetSlot(string name, out int index)
    {
        if (_slotIndex is not null)
            return _slotIndex.TryGetValue(name, out index);
        index = -1;
        return false;
    }

    /// <summary>The slot of <paramref name="name"/>, adding it to the layout (and dropping the site table) if new.</summary>
    internal int GetOrAddSlot(string name)
    {
        _slotIndex ??= new Dictionary<string, int>();
        if (_slotIndex.TryGetValue(name, out int index))
            return index;
        index = SlotCount++;
        _slotIndex[name] = index;
        if (index == _slotNames.Length)
            Array.Resize(ref _slotNames, Math.Max(4, index * 2));
        _slotNames[index] = name;
        Sites = Array.Empty<SiteEntry>();
        return index;
    }

    internal string SlotName(int index) => _slotNames[index];

    /// <summary>Some instance of the class handed out its <c>__dict__</c>: a name may be an instance's own without being
    /// in the layout, so a site never answers "no instance has it" (a method, a class value) for this class.</summary>
    internal bool InstanceDictsExposed { get; private set; }

    internal void ExposeInstanceDicts()
    {
        if (InstanceDictsExposed)
            return;
        InstanceDictsExposed = true;
        Sites = Array.Empty<SiteEntry>();
    }

    internal void SetSite(int id, SiteEntry entry) => SetEntry(ref Sites, id, entry);

    internal void SetClassSite(int id, SiteEntry entry) => SetEntry(ref ClassSites, id, entry);

    private static void SetEntry(ref SiteEntry[] table, int id, SiteEntry entry)
    {
        if (id >= table.Length)
        {
            int size = Math.Max(8, table.Length);
            while (size <= id)
                size *= 2;
            Array.Resize(ref table, size);
        }
        table[id] = entry;
    }

    private void AddSubclass(PyType sub) => (_subclasses ??= new()).Add(new WeakReference<PyType>(sub));

    /// <summary>Drops the cached answers of this class and of every class deriving from it.</summary>
    internal void InvalidateCaches()
    {
        PyTuple.ClassChanged(this);
        if (IsSubtypeOf(PyTypes.Type))
            MetaclassEpoch++;
        Sites = Array.Empty<SiteEntry>();
        ClassSites = Array.Empty<SiteEntry>();
        _specials = null;
        _init = default;
        _truth = Truth.Unknown;
        _newLookedUp = false;
        _overrides = null;
        _overridesSpecial = null;
        if (_subclasses is null)
            return;
        for (int i = _subclasses.Count - 1; i >= 0; i--)
        {
            if (_subclasses[i].TryGetTarget(out var sub))
                sub.InvalidateCaches();
            else
                _subclasses.RemoveAt(i);
        }
    }

    /// <summary>Whether no class on the MRO defines <c>__bool__</c> or <c>__len__</c>, so that every instance is true
    /// (<c>if node.left:</c> then asks nothing more); looked up once per class version.</summary>
    internal bool InstancesAlwaysTrue
    {
        get
        {
            if (_truth == 0)
                _truth = TryLookupSpecial(Special.Bool, out _) || TryLookupSpecial(Special.Len, out _) ? Truth.Asks : Truth.Always;
            return _truth == Truth.Always;
        }
    }

    private enum Truth : byte { Unknown, Always, Asks }

    private Truth _truth;

    /// <summary>The class's <c>__init__</c> along the MRO (object.__init__ when absent), looked up once per class version.</summary>
    internal PyValue LookupInit()
    {
        if (_init.IsUnbound)
            _init = TryLookup("__init__", out var init) ? init : PyValue.FromObject(PyTypes.ObjectInit);
        return _init;
    }
}

/// <summary>What one attribute site resolves to on instances of one class.</summary>
internal struct SiteEntry
{
    public const int Slot = 1;
    public const int Method = 2;
    public const int ClassValue = 3;

    /// <summary>For <see cref="Method"/> the <see cref="PyFunction"/>; for <see cref="ClassValue"/> the value.</summary>
    public PyValue Value;

    /// <summary>For <see cref="Slot"/>: the slot index + 1 (0 otherwise, so an empty entry never hits a slot).</summary>
    public int SlotPlus1;

    public int Kind;

    /// <summary>For a <see cref="PyType.ClassSites"/> answer of a class with a metaclass: the
    /// <see cref="PyType.MetaclassEpoch"/> it was computed in.</summary>
    public int Epoch;
}
