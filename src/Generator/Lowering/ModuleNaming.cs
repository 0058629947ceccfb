using System.Text;

namespace PyAot.Generator.Lowering;

/// <summary>
/// How Python modules are named in C#. A module <c>pkg.mod</c> becomes the class
/// <c>PyAot.Modules.pkg_mod</c> (components joined with '_'; a component that is a C# keyword, or a character
/// C# does not allow in identifiers, gets a '_'), added to the compilation as <c>pkg.mod.py.g.cs</c>.
/// </summary>
public static class ModuleNaming
{
    public const string Namespace = "PyAot.Modules";

    public static string ClassName(string dottedModuleName)
    {
        var sb = new StringBuilder();
        var parts = dottedModuleName.Split('.');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                sb.Append('_');
            sb.Append(CsNames.SanitizeIdentifier(parts[i]));
        }
        string name = sb.ToString();
        if (name.Length == 0 || CsNames.IsKeyword(name))
            name += "_";
        return name;
    }

    /// <summary>The hint name for the generated file: <c>pkg.mod</c> → <c>pkg.mod.py.g.cs</c>.</summary>
    public static string HintName(string dottedModuleName)
    {
        var sb = new StringBuilder();
        foreach (char c in dottedModuleName)
            sb.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
        return sb + ".py.g.cs";
    }

    /// <summary>The fully qualified C# name of a module's class, usable anywhere.</summary>
    public static string QualifiedClassName(string dottedModuleName) =>
        "global::" + Namespace + "." + ClassName(dottedModuleName);
}
