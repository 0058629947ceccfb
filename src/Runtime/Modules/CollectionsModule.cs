namespace PyAot.Runtime;

/// <summary>The <c>collections</c> module, as far as the runtime has it: <c>deque</c>. Its other names (defaultdict,
/// Counter, OrderedDict, namedtuple, ChainMap...) are refused at build time (RuntimeModuleNames).</summary>
public static class CollectionsModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("collections");
        m.Add("deque", PyValue.FromObject(PyDeque.TypeObject));
        return m;
    }
}
