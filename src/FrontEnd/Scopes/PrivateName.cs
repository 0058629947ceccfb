#if PYAOT_RUNTIME
namespace PyAot.Runtime;
#else
namespace PyAot.FrontEnd.Scopes;
#endif

/// <summary>
/// CPython's <c>_Py_Mangle</c>: inside class <c>C</c>, an identifier that starts with two underscores and does not end
/// with two (<c>__x</c>) is <c>_C__x</c>. One rule for the compiler (<c>PrivateNames</c>) and for the runtime, which
/// mangles the names of <c>__slots__</c> as <c>type.__new__</c> does; the runtime compiles this file too.
/// </summary>
internal static class PrivateName
{
    /// <summary><paramref name="name"/> as it is stored inside class <paramref name="className"/> (null: outside any class).</summary>
    public static string Mangle(string? className, string name)
    {
        if (className is null || name.Length < 2 || name[0] != '_' || name[1] != '_')
            return name;
        if (name.EndsWith("__", System.StringComparison.Ordinal) || name.IndexOf('.') >= 0)
            return name;
        string stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }
}
