using System.Collections.Generic;
using System.Linq;

namespace PyAot.Runtime;

/// <summary>
/// What CPython 3.12's traceback adds after an exception's message (<c>Python/suggestions.c</c>), never part of its
/// <c>str()</c>: a NameError's hint, which the compiler worked out from the scopes (". Did you mean: 'print'?",
/// ". Did you forget to import 'os'?"); an AttributeError's closest attribute of its <c>obj</c> (". Did you mean:
/// 'append'?"); an ImportError's closest name of the module (". Did you mean: 'sqrt'?").
/// </summary>
internal static class TracebackHints
{
    public static string For(PyBaseException e)
    {
        if (e.TracebackHint is { } hint)
            return hint;
        if (e.Type.IsSubtypeOf(PyTypes.AttributeError) && e.TryGetOwn("name", out var name) && name.Ref is string wrong
            && e.TryGetOwn("obj", out var obj))
            return DidYouMean(wrong, AttributeNames(obj));
        return "";
    }

    /// <summary>". Did you mean: 'x'?" for the closest of <paramref name="candidates"/>, or "".</summary>
    public static string DidYouMean(string wrong, IReadOnlyList<string> candidates) =>
        Suggestions.Closest(wrong, candidates) is { } s ? $". Did you mean: '{s}'?" : "";

    /// <summary><c>dir(obj)</c> as CPython 3.12 would list it (sorted): a module's names; a class's attributes
    /// through its MRO; an instance's own attributes and its class's; a built-in object's, as CPython has them.</summary>
    public static IReadOnlyList<string> AttributeNames(PyValue obj)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        switch (obj.Ref)
        {
            case PyModule m:
                names.UnionWith(m.BoundNames());
                break;
            case PyType t:
                AddClass(names, t);
                break;
            case PyInstance i:
                foreach (var attribute in i.OwnAttributes())
                    names.Add(attribute.Key);
                AddClass(names, i.Type);
                break;
            default:
                if (BuiltinAttributeNames.ByType.TryGetValue(PyOps.TypeOf(obj).Name, out var builtin))
                    names.UnionWith(builtin);
                break;
        }
        return names.OrderBy(n => n, System.StringComparer.Ordinal).ToList();
    }

    private static void AddClass(HashSet<string> names, PyType type)
    {
        foreach (var t in type.Mro)
        {
            names.UnionWith(t.Dict.Keys);
            // A class of the program without __slots__ gives its instances a __dict__ and weak references (the
            // descriptors CPython puts in its dict).
            if (!t.IsBuiltin && t.DeclaredSlots is null)
            {
                names.Add("__dict__");
                names.Add("__weakref__");
            }
            // A built-in class keeps its attributes in the runtime, not in its Dict.
            if (t.IsBuiltin && BuiltinAttributeNames.ByType.TryGetValue(t.IsException ? "Exception" : t.Name, out var builtin))
                names.UnionWith(builtin);
        }
    }
}
