using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// A name <c>__slots__</c> declares (CPython's member descriptor, <c>&lt;member 'x' of 'C' objects&gt;</c>): in the
/// class's dict, where an instance's read finds it only when the instance has no value for it (an AttributeError).
/// </summary>
public sealed class PySlotMember(string name, PyType owner) : PyObject
{
    public static readonly PyType TypeObject = new("member_descriptor", PyTypes.Object);

    public string Name { get; } = name;

    internal PyType Owner => owner;

    public override PyType Type => TypeObject;

    public override string Repr() => $"<member '{Name}' of '{owner.Name}' objects>";

    /// <summary>
    /// type_new's reading of <c>__slots__</c>, once, when the class is made: the names it declares (str.isidentifier
    /// names; mangled as private names of the class) get their descriptors in its dict. Then the instance layout over
    /// the MRO: every declared name (kept out of <c>__dict__</c>), and whether instances have a <c>__dict__</c> at all:
    /// not when every class of the program in the MRO declares slots without <c>__dict__</c> and no built-in base has
    /// a dict (only the exceptions have).
    /// </summary>
    internal static (HashSet<string>? Members, bool HasDict) Apply(PyType type)
    {
        if (type.Dict.TryGetValue("__slots__", out var declared))
        {
            var names = new List<string>();
            foreach (var item in declared.Ref is string one ? new[] { PyValue.FromString(one) } : PyList.FromIterable(declared).AsSpan().ToArray())
            {
                if (item.Ref is not string slot)
                    throw PyException.TypeError($"__slots__ items must be strings, not '{PyOps.TypeName(item)}'");
                if (!StrOps.IsIdentifier(slot))
                    throw PyException.TypeError("__slots__ must be identifiers");
                names.Add(slot);
            }
            foreach (var slot in names)
            {
                if (slot is "__dict__" or "__weakref__")
                    continue;
                string member = PrivateName.Mangle(type.Name, slot);
                // (against the class body's names: a name given twice in __slots__ is one member, as in CPython)
                if (type.Dict.TryGetValue(member, out var existing) && !(existing.Ref is PySlotMember own && ReferenceEquals(own.Owner, type)))
                    throw PyException.ValueError($"'{member}' in __slots__ conflicts with class variable");
                type.Dict[member] = PyValue.FromObject(new PySlotMember(member, type));
            }
            type.DeclaredSlots = names.ToArray();
        }
        HashSet<string>? members = null;
        bool hasDict = false;
        foreach (var t in type.Mro)
        {
            if (t.IsBuiltin)
            {
                // (an exception: its instances have a __dict__; those of list, int... do not)
                hasDict |= t.IsException;
                continue;
            }
            hasDict |= t.DeclaredSlots is not { } slots || Array.IndexOf(slots, "__dict__") >= 0;
            foreach (var v in t.Dict.Values)
            {
                if (v.Ref is PySlotMember m)
                    (members ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Name);
            }
        }
        return (members, hasDict);
    }
}
