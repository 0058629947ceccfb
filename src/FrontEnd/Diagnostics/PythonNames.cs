using System;
using System.Collections.Generic;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>Membership tests over the generated name lists (<c>PythonNames.g.cs</c>).</summary>
public static partial class PythonNames
{
    /// <summary>Whether the builtins module has <paramref name="name"/>.</summary>
    public static bool IsBuiltin(string name) => Sets.Builtins.Contains(name);

    /// <summary>Whether <paramref name="name"/> is in <c>sys.stdlib_module_names</c>.</summary>
    public static bool IsStdlibModule(string name) => Sets.StdlibModules.Contains(name);

    /// <summary><c>dir()</c> of CPython's <paramref name="module"/> when it is one the compiler provides, else null.</summary>
    public static IReadOnlyList<string>? ProvidedModuleNames(string module)
    {
        foreach (var (name, names) in ProvidedModules)
        {
            if (name == module)
                return names;
        }
        return null;
    }

    /// <summary>The sets, in a class of their own: the order of static initializers across the two files of a partial
    /// class is not defined, and the lists must exist first.</summary>
    private static class Sets
    {
        public static readonly HashSet<string> Builtins = new(PythonNames.Builtins, StringComparer.Ordinal);
        public static readonly HashSet<string> StdlibModules = new(PythonNames.StdlibModules, StringComparer.Ordinal);
    }
}
