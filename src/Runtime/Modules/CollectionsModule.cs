namespace PyAot.Runtime;

/// <summary>The <c>_collections</c> module: <c>deque</c>, which PyAot's library module <c>collections</c>
/// (src/Generator/Library/collections.py) imports and defines the rest of the module around.</summary>
public static class CollectionsModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("_collections");
        m.Add("deque", PyValue.FromObject(PyDeque.TypeObject));
        return m;
    }
}
