namespace PyAot.Runtime;

/// <summary>The <c>io</c> module, as far as the runtime has it: <c>open</c> (the built-in), <c>StringIO</c>,
/// <c>UnsupportedOperation</c>, the <c>SEEK_*</c> constants and <c>DEFAULT_BUFFER_SIZE</c>. Its other names
/// (BytesIO, TextIOWrapper, ...) are refused at build time (RuntimeModuleNames).</summary>
public static class IoModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("io");
        m.Add("open", Rt.Builtin("open"));
        m.Add("StringIO", PyValue.FromObject(PyStringIO.TypeObject));
        m.Add("UnsupportedOperation", PyValue.FromObject(PyTypes.UnsupportedOperation));
        m.Add("SEEK_SET", PyValue.FromInt(0));
        m.Add("SEEK_CUR", PyValue.FromInt(1));
        m.Add("SEEK_END", PyValue.FromInt(2));
        m.Add("DEFAULT_BUFFER_SIZE", PyValue.FromInt(8192));
        return m;
    }
}
