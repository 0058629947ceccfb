namespace PyAot.Runtime;

/// <summary>The <c>_random</c> module: <c>Random</c>, the Mersenne Twister generator the <c>random</c> module
/// (a Python module of PyAot's library, src/Generator/Library/random.py) draws from, as CPython's
/// <c>Modules/_randommodule.c</c> has it, so that a seeded sequence is CPython's, number for number.</summary>
public static class RandomModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("_random");
        m.Add("Random", PyValue.FromObject(PyRandomGenerator.TypeObject));
        return m;
    }
}
