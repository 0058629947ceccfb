namespace PyAot.Runtime;

/// <summary>
/// The descriptor protocol for objects of the program's classes (<c>__get__</c>, <c>__set__</c>, <c>__delete__</c>):
/// a class attribute whose class defines them decides what reading, assigning and deleting the attribute through an
/// instance (or reading it through the class) does, as CPython's <c>PyObject_GenericGetAttr</c>/<c>SetAttr</c> and
/// <c>type_getattro</c> do. A data descriptor (one with <c>__set__</c> or <c>__delete__</c>, like a property) wins
/// over the instance's own attributes; a non-data descriptor (only <c>__get__</c>) gives way to them.
/// </summary>
public static class PyDescriptors
{
    /// <summary>Whether a class attribute is a data descriptor: a property, or an object whose class defines
    /// <c>__set__</c> or <c>__delete__</c>.</summary>
    public static bool IsData(PyValue attr) =>
        attr.Ref is PyProperty
        || attr.Ref is PyInstance i && (i.Type.TryLookup("__set__", out _) || i.Type.TryLookup("__delete__", out _));

    /// <summary><c>__get__</c> of a descriptor of the program, when the attribute is one.</summary>
    public static bool TryGetter(PyValue attr, out PyValue get)
    {
        if (attr.Ref is PyInstance i && i.Type.TryLookup("__get__", out get))
            return true;
        get = default;
        return false;
    }

    /// <summary>A built-in descriptor's own <c>__get__(instance, owner=None)</c> as a callable (<c>f.__get__(obj)</c>
    /// binds a function by hand; <c>hasattr(f, "__get__")</c> is how enum and inspect tell descriptors), given what
    /// it returns for an instance (or None) and an owner (or None).</summary>
    internal static PyValue GetMethod(System.Func<PyValue, PyValue, PyValue> get) =>
        PyValue.FromObject(new PyBuiltinFunction("__get__", (args, kw) =>
        {
            ArgCheck.Range("__get__", args, kw, 1, 2);
            var owner = args.Length > 1 ? args[1] : PyValue.None;
            if (args[0].IsNone && owner.IsNone)
                throw PyException.TypeError("__get__(None, None) is invalid");
            return get(args[0], owner);
        }));

    /// <summary><c>descr.__get__(instance, owner)</c> (instance None for a read through the class).</summary>
    public static PyValue Get(PyValue get, PyValue descriptor, PyValue instance, PyType owner) =>
        PyOps.Call(get, [descriptor, instance, PyValue.FromObject(owner)], null);

    /// <summary>Assigning <paramref name="name"/> through <paramref name="instance"/> when the class attribute
    /// <paramref name="attr"/> is a data descriptor: true when it took the assignment.</summary>
    public static bool TrySet(PyValue attr, PyValue instance, string name, PyValue value)
    {
        switch (attr.Ref)
        {
            case PyProperty p:
                p.Set(instance, value);
                return true;
            case PyInstance d when d.Type.TryLookup("__set__", out var set):
                PyOps.Call(set, [attr, instance, value], null);
                return true;
            case PyInstance d when d.Type.TryLookup("__delete__", out _):
                // A data descriptor that cannot be assigned (descr_setcheck's wording for the missing slot).
                throw PyException.AttributeError("__set__");
        }
        return false;
    }

    /// <summary>Deleting <paramref name="name"/> through <paramref name="instance"/> when the class attribute is a
    /// data descriptor: true when it took the deletion.</summary>
    public static bool TryDelete(PyValue attr, PyValue instance, string name)
    {
        switch (attr.Ref)
        {
            case PyProperty p:
                p.Delete(instance);
                return true;
            case PyInstance d when d.Type.TryLookup("__delete__", out var delete):
                PyOps.Call(delete, [attr, instance], null);
                return true;
            case PyInstance d when d.Type.TryLookup("__set__", out _):
                throw PyException.AttributeError("__delete__");
        }
        return false;
    }
}
