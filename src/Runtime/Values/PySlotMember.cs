using System;
using System.Collections.Generic;
using System.Linq;

namespace PyAot.Runtime;

/// <summary>
/// A name <c>__slots__</c> declares (CPython's member descriptor, <c>&lt;member 'x' of 'C' objects&gt;</c>): in the
/// class's dict, where an instance's read finds it only when the instance has no value for it (an AttributeError).
/// </summary>
public sealed class PySlotMember(string name, PyType owner) : PyObject
{
    public static readonly PyType TypeObject = new("member_descriptor", PyTypes.Object);

    public string Name { get; } = name;

    public override PyType Type => TypeObject;

    public override string Repr() => $"<member '{Name}' of '{owner.Name}' objects>";

    /// <summary>
    /// type_new's reading of <c>__slots__</c>: the names each class of the program declares (mangled as private
    /// names of the class), their descriptors added to its dict, and, when every class of the program in the MRO
    /// declares slots without <c>__dict__</c> (and no built-in base but object has a dict), the only attribute names
    /// its instances may have. Null: instances have a <c>__dict__</c> and may have any attribute.
    /// </summary>
    internal static HashSet<string>? Apply(PyType type)
    {
        if (type.Dict.TryGetValue("__slots__", out var declared))
        {
            var names = new List<string>();
            foreach (var item in declared.Ref is string one ? new[] { PyValue.FromString(one) } : PyList.FromIterable(declared).AsSpan().ToArray())
            {
                if (item.Ref is not string slot)
                    throw PyException.TypeError($"__slots__ items must be strings, not '{PyOps.TypeName(item)}'");
                if (!IsIdentifier(slot))
                    throw PyException.TypeError("__slots__ must be identifiers");
                names.Add(slot);
            }
            foreach (var slot in names)
            {
                if (slot is "__dict__" or "__weakref__")
                    continue;
                string member = PrivateName.Mangle(type.Name, slot);
                if (type.Dict.ContainsKey(member))
                    throw PyException.ValueError($"'{member}' in __slots__ conflicts with class variable");
                type.Dict[member] = PyValue.FromObject(new PySlotMember(member, type));
            }
        }
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in type.Mro)
        {
            if (t.IsBuiltin)
            {
                if (ReferenceEquals(t, PyTypes.Object))
                    continue;
                return null; // an exception: its instances have a __dict__
            }
            if (!t.Dict.TryGetValue("__slots__", out var slots))
                return null;
            foreach (var kv in t.Dict)
            {
                if (kv.Value.Ref is PySlotMember m)
                    allowed.Add(m.Name);
            }
            if (slots.Ref is string s ? s == "__dict__" : PyList.FromIterable(slots).AsSpan().ToArray().Any(v => v.Ref is "__dict__"))
                return null;
        }
        return allowed;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_'))
            return false;
        foreach (char c in s)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
                return false;
        }
        return true;
    }
}
