namespace PyAot.Runtime;

/// <summary>The <c>array</c> module: <c>array</c> (also <c>ArrayType</c>) and <c>typecodes</c>.</summary>
public static class ArrayModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("array");
        m.Add("array", PyValue.FromObject(PyArray.TypeObject));
        m.Add("ArrayType", PyValue.FromObject(PyArray.TypeObject));
        m.Add("typecodes", PyValue.FromString(PyArray.TypeCodes));
        return m;
    }
}
