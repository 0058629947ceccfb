using System;

namespace PyAot.Runtime;

/// <summary>super(): attribute lookup that starts after <see cref="ThisType"/> in the MRO of self's type.</summary>
public sealed class PySuper(PyType thisType, PyValue self) : PyObject
{
    public PyType ThisType { get; } = thisType;
    public PyValue Self { get; } = self;

    public override PyType Type => PyTypes.Super;

    public override string Repr() => $"<super: <class '{ThisType.Name}'>, <{PyOps.TypeName(Self)} object>>";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        // super_getattro: self a subclass of the class (a class method's cls, a metaclass's __new__'s mcls) reads
        // unbound from its own MRO; otherwise (an instance, or a class whose metaclass is the class) from its type's,
        // bound to it.
        bool classLevel = Self.Ref is PyType t && t.IsSubtypeOf(ThisType);
        var start = classLevel ? (PyType)Self.Ref! : PyOps.TypeOf(Self);
        var mro = start.Mro;
        int i = Array.IndexOf(mro, ThisType);
        for (i++; i < mro.Length && i > 0; i++)
        {
            // A built-in base's methods are not in its dict (super().append(x), super().__getitem__(i)).
            if (mro[i].IsBuiltin && !mro[i].Dict.ContainsKey(name) && !classLevel && mro[i].TryUnboundBuiltinMethod(name, out var builtin))
            {
                value = builtin.IsNone ? builtin : PyValue.FromObject(new PyMethod(builtin, Self));
                return true;
            }
            if (mro[i].Dict.TryGetValue(name, out var attr))
            {
                if (classLevel && Self.Ref is PyType cls)
                {
                    // super() in a classmethod: bind classmethods to the class, leave plain functions unbound.
                    value = attr.Ref is PyClassMethod cm ? PyValue.FromObject(new PyMethod(cm.Function, PyValue.FromObject(cls)))
                        : attr.Ref is PyStaticMethod sm ? sm.Function : attr;
                }
                else
                {
                    value = PyType.BindDescriptor(attr, Self);
                }
                return true;
            }
        }
        if (name == "__new__")
        {
            // object.__new__ (BaseException's for an exception class), which no class dict holds.
            value = PyType.ObjectNewFunction;
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
