using System;
using System.Collections.Generic;
using System.Linq;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Resolves import statements against the modules compiled with the program, the project's and PyAot's library's
/// (<see cref="LibraryModules"/>, which a project module of the same name shadows): absolute and relative names,
/// packages (<c>pkg/__init__.py</c> is the module <c>pkg</c>) and the parent packages a dotted import runs first.
/// </summary>
internal sealed class ImportResolver
{
    /// <summary>The compiled modules: the project's, and the library's.</summary>
    private readonly HashSet<string> _projectModules;
    private readonly ISet<string> _ownModules;
    private readonly string _moduleName;
    private readonly bool _isPackage;

    public ImportResolver(ISet<string> projectModules, string moduleName, string filePath)
    {
        _ownModules = projectModules;
        _projectModules = new HashSet<string>(projectModules, StringComparer.Ordinal);
        _projectModules.UnionWith(LibraryModules.Names);
        _moduleName = moduleName;
        _isPackage = ModuleNames.IsPackageFile(filePath);
    }

    public bool IsProjectModule(string dotted) => _projectModules.Contains(dotted);

    /// <summary>Whether <paramref name="dotted"/> is a module of PyAot's library the project does not shadow.</summary>
    public bool IsLibraryModule(string? dotted) =>
        dotted is not null && LibraryModules.Contains(dotted) && !_ownModules.Contains(dotted);

    /// <summary>Whether the module <paramref name="dotted"/> exists nowhere: its top-level package is not in the project,
    /// not a runtime module, not in CPython 3.12's standard library. CPython raises ModuleNotFoundError for it.</summary>
    public bool ExistsNowhere(string dotted)
    {
        string top = dotted.Split('.')[0];
        return !IsBuiltinModule(top) && !PyAot.FrontEnd.Diagnostics.PythonNames.IsStdlibModule(top) && !InProject(top);
    }

    /// <summary>Whether the project has <paramref name="dotted"/> as a module or as a package of modules (with or
    /// without an __init__.py).</summary>
    public bool InProject(string dotted) =>
        _projectModules.Contains(dotted) || _projectModules.Any(m => m.StartsWith(dotted + ".", StringComparison.Ordinal));

    /// <summary>The standard-library modules the runtime implements (src/Runtime/Modules).</summary>
    public static readonly HashSet<string> BuiltinModules = new(RuntimeModuleNames.Modules, StringComparer.Ordinal);

    /// <summary>Runtime modules that are packages in CPython (<c>collections.abc</c> exists): a submodule of one is
    /// not "not a package" but a module the runtime does not have yet.</summary>
    public static readonly HashSet<string> RuntimePackages = new(StringComparer.Ordinal) { "collections" };

    /// <summary>Whether <paramref name="dotted"/> names a runtime module (a project module of that name wins, as a
    /// script's directory comes first on sys.path).</summary>
    public bool IsBuiltinModule(string? dotted) =>
        dotted is not null && BuiltinModules.Contains(dotted) && !_ownModules.Contains(dotted);

    /// <summary>
    /// For a dotted name under a runtime module (<c>sys.monitoring</c>, <c>math.x</c>): the module that cannot exist
    /// (<c>sys.monitoring</c>) and the runtime module that is not a package (<c>sys</c>); CPython imports the runtime
    /// module, then raises <c>ModuleNotFoundError: No module named 'sys.monitoring'; 'sys' is not a package</c>.
    /// </summary>
    public bool UnderNonPackage(string? dotted, out string missing, out string module)
    {
        missing = module = "";
        if (dotted is null)
            return false;
        var parts = dotted.Split('.');
        if (parts.Length < 2 || !IsBuiltinModule(parts[0]) || RuntimePackages.Contains(parts[0]))
            return false;
        module = parts[0];
        missing = parts[0] + "." + parts[1];
        return true;
    }

    /// <summary>The absolute name <c>from {level dots}{module} import ...</c> refers to, or an error message.</summary>
    public string? ResolveFrom(string? module, int level, out string? error)
    {
        error = null;
        string? absolute = Absolute(_moduleName, _isPackage, module, level);
        if (absolute is null)
            error = "attempted relative import beyond top-level package";
        return absolute;
    }

    /// <summary>The absolute name <c>from {level dots}{module} import ...</c> in module <paramref name="moduleName"/>
    /// refers to (<paramref name="isPackage"/>: it is a package's <c>__init__</c>), or null beyond the top-level package.</summary>
    public static string? Absolute(string moduleName, bool isPackage, string? module, int level)
    {
        if (level == 0)
            return module;
        // The package this module is in: itself for a package's __init__, else its parent.
        var parts = new List<string>(moduleName.Split('.'));
        if (!isPackage)
            parts.RemoveAt(parts.Count - 1);
        for (int i = 1; i < level; i++)
        {
            if (parts.Count == 0)
                break;
            parts.RemoveAt(parts.Count - 1);
        }
        if (parts.Count == 0)
            return null;
        string basePackage = string.Join(".", parts);
        return module is null ? basePackage : basePackage + "." + module;
    }

    /// <summary>The modules <c>import a.b.c</c> runs, in order (a, a.b, a.b.c); the first that is not a project module
    /// is reported through <paramref name="missing"/>.</summary>
    public List<string> Chain(string dotted, out string? missing)
    {
        missing = null;
        var chain = new List<string>();
        var parts = dotted.Split('.');
        for (int i = 1; i <= parts.Length; i++)
        {
            string prefix = string.Join(".", parts, 0, i);
            if (!_projectModules.Contains(prefix))
            {
                missing ??= prefix;
                continue;
            }
            chain.Add(prefix);
        }
        return chain;
    }
}
