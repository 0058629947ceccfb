using System.Collections.Generic;

namespace PyAot.Runtime;

public partial class PyInstance
{
    /// <summary>
    /// <c>obj.__class__ = C</c> (CPython's <c>object_set_class</c>): allowed between program classes whose instances
    /// have the same layout (the same built-in base, the same <c>__slots__</c>, both or neither with a
    /// <c>__dict__</c>), with CPython's TypeErrors otherwise. The instance's attributes move to the new class's
    /// layout in their order; everything the old class cached for it is the new class's business from then on.
    /// </summary>
    private void SetClass(PyValue value)
    {
        if (value.Ref is not PyType newType)
            throw PyException.TypeError($"__class__ must be set to a class, not '{PyOps.TypeName(value)}' object");
        if (newType.IsBuiltin || _type.IsBuiltin)
            throw PyException.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (!SameLayout(newType))
            throw PyException.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{_type.Name}'");
        if (ReferenceEquals(newType, _type))
            return;
        var own = new List<KeyValuePair<string, PyValue>>(OwnAttributes());
        bool dictMode = _attrs is not null;
        bool exposed = _type.InstanceDictsExposed;
        PyTuple.ClassChanged(_type); // (a kept tuple hash may hold this instance's hash)
        _type = newType;
        if (dictMode)
        {
            // The attributes stay in their dict; the new class's layout learns their names (its cached answers rely on
            // "not in the layout" meaning "no instance has it").
            foreach (var kv in own)
                newType.GetOrAddSlot(kv.Key);
            if (exposed)
                newType.ExposeInstanceDicts();
            return;
        }
        Slots = System.Array.Empty<PyValue>();
        High = 0;
        foreach (var kv in own)
            SetOwn(kv.Key, kv.Value);
    }

    /// <summary>Whether instances of <paramref name="other"/> are laid out as this one is (compatible_for_assignment).</summary>
    private bool SameLayout(PyType other)
    {
        if (other.IsException != _type.IsException || !ReferenceEquals(other.BuiltinBase, _type.BuiltinBase))
            return false;
        if (this is PyExceptionGroup != other.IsSubtypeOf(PyTypes.BaseExceptionGroup))
            return false;
        var mine = _type.SlotNames;
        var theirs = other.SlotNames;
        if (mine is null || theirs is null)
            return mine is null && theirs is null;
        return mine.SetEquals(theirs);
    }
}
