namespace PyAot.Runtime;

/// <summary>
/// A class body's namespace as PEP 695's annotation scopes in that body see it (CPython's <c>__classdict__</c>): they
/// read a name they do not bind from it first, then as any function would (<see cref="TryGet"/>). Only the code the
/// compiler makes for those scopes holds one.
/// </summary>
public sealed class ClassDictView(ClassNamespace ns) : PyObject
{
    public override PyType Type => PyTypes.Dict;

    /// <summary>The class body's binding of <paramref name="name"/> (a mapping of the metaclass's: its item, whose
    /// <c>__missing__</c> may raise); once the class is made, the class's own attribute (type_new points the
    /// <c>__classdict__</c> cell at the class's dict).</summary>
    public static bool TryGet(PyValue view, string name, out PyValue value)
    {
        var ns = ((ClassDictView)view.Ref!).Namespace;
        return ns.Created is { } cls ? cls.Dict.TryGetValue(name, out value) : ns.TryGet(name, out value);
    }

    public ClassNamespace Namespace { get; } = ns;
}
