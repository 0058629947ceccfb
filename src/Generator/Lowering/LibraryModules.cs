using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Model;

namespace PyAot.Generator.Lowering;

/// <summary>
/// PyAot's library: standard-library modules written in Python (src/Generator/Library/*.py, embedded in the generator),
/// compiled with a program that imports them, as a project's own modules are. A project module of the same name wins,
/// as a script's directory comes first on sys.path. Only the modules a program imports, directly or through another
/// library module, are compiled (<see cref="Needed"/>).
/// </summary>
public static class LibraryModules
{
    private const string ResourcePrefix = "PyAot.Library.";

    /// <summary>The library's modules by name, with their source.</summary>
    private static readonly Dictionary<string, string> Sources = Load();

    /// <summary>What each library module imports of the library (read once, from its source).</summary>
    private static readonly Dictionary<string, string[]> LibraryImports =
        Sources.ToDictionary(kv => kv.Key, kv => ImportsOf(kv.Value).ToArray(), StringComparer.Ordinal);

    /// <summary>The names each library module binds (read once from its source, when first asked).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>?> BoundNames = new(StringComparer.Ordinal);

    /// <summary>The names library module <paramref name="module"/> binds at its top level (what
    /// <c>from module import name</c> finds: <see cref="PyAot.FrontEnd.Diagnostics.ImportedNames.NamesOf"/>), or null
    /// when they cannot be known statically; read once.</summary>
    public static IReadOnlyList<string>? NamesOf(string module) =>
        BoundNames.GetOrAdd(module, static m =>
        {
            var module = PyAot.FrontEnd.PythonParser.Parse(Sources[m]).Module;
            var table = PyAot.FrontEnd.Scopes.SymbolTable.Build(module);
            return PyAot.FrontEnd.Diagnostics.ImportedNames.NamesOf(new PyAot.FrontEnd.Diagnostics.CheckedModule(module, table), false, SubmodulesImported(m));
        });

    /// <summary>The submodules of library package <paramref name="module"/> that importing it imports, through its own
    /// imports or their imports (json imports json.decoder, which imports json.scanner): importing a submodule binds
    /// its name in the package, so these are names of the package once it ran.</summary>
    private static IEnumerable<string> SubmodulesImported(string module)
    {
        string prefix = module + ".";
        return Needed(new[] { new EquatableArray<string>(LibraryImports[module]) }, new EquatableArray<string>(Array.Empty<string>()))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.IndexOf('.', prefix.Length) < 0)
            .Select(n => n.Substring(prefix.Length))
            .ToArray();
    }

    /// <summary>Whether library module <paramref name="module"/> binds <paramref name="name"/> at its top level (true
    /// when its names cannot be known statically: nothing is refused then).</summary>
    public static bool Binds(string module, string name) => NamesOf(module) is not { } names || names.Contains(name);

    /// <summary>The library's module names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Sources.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    public static bool Contains(string module) => Sources.ContainsKey(module);

    /// <summary>Library modules that are another module under a second name, as CPython's <c>sys.modules</c> has
    /// them: <c>os</c> puts <c>posixpath</c> there as <c>os.path</c>. Importing such a name runs and gives the other
    /// module; the alias's own file only imports it (so that it is compiled with the program) and is never run.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["os.path"] = "posixpath" };

    /// <summary>The module importing library module <paramref name="module"/> gives: itself, or the module it is an
    /// alias of (<see cref="Aliases"/>).</summary>
    public static string Aliased(string module) => Aliases.TryGetValue(module, out var target) ? target : module;

    /// <summary>The path a library module's code refers to (its <c>__file__</c>, tracebacks, <c>#line</c>).</summary>
    public static string FilePath(string module) => "pyaot/Lib/" + module.Replace('.', '/') + ".py";

    /// <summary>The library module <paramref name="module"/> as a file to lower.</summary>
    public static PythonFile File(string module) => new(module, FilePath(module), Sources[module]);

    /// <summary>The library modules <paramref name="text"/> imports (absolute imports anywhere in it, of a library
    /// module, of a name in one or of a library submodule by <c>from package import submodule</c>), sorted. A file that does not parse imports what its parsed part imports.</summary>
    public static EquatableArray<string> ImportsOf(string text)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var module = PyAot.FrontEnd.PythonParser.Parse(text).Module;
        foreach (var node in NodeWalk.All(module))
        {
            switch (node)
            {
                case Import imp:
                    foreach (var alias in imp.Names)
                        AddWithParents(alias.Name, found);
                    break;
                // PEP 695's type parameters and aliases are typing's objects (TypeParameterScopes)
                case TypeAlias or FunctionDef { TypeParams.Count: > 0 } or AsyncFunctionDef { TypeParams.Count: > 0 } or ClassDef { TypeParams.Count: > 0 }:
                    found.Add("typing");
                    break;
                case ImportFrom { Level: 0, Module: { } name } from:
                    AddWithParents(name, found);
                    // `from json import scanner` imports the submodule json.scanner.
                    foreach (var alias in from.Names)
                    {
                        if (Sources.ContainsKey(name + "." + alias.Name))
                            found.Add(name + "." + alias.Name);
                    }
                    break;
            }
        }
        return new EquatableArray<string>(found);
    }

    private static void AddWithParents(string dotted, SortedSet<string> found)
    {
        // `import a.b` runs a, then a.b.
        for (int dot = dotted.IndexOf('.'); ; dot = dotted.IndexOf('.', dot + 1))
        {
            string name = dot < 0 ? dotted : dotted.Substring(0, dot);
            if (Sources.ContainsKey(name))
                found.Add(name);
            if (dot < 0)
                return;
        }
    }

    /// <summary>The library modules a program needs: those its modules import and those they import in turn, less
    /// the ones the project has a module of its own for.</summary>
    public static EquatableArray<string> Needed(IEnumerable<EquatableArray<string>> imports, EquatableArray<string> projectModules)
    {
        var project = new HashSet<string>(projectModules, StringComparer.Ordinal);
        var needed = new SortedSet<string>(StringComparer.Ordinal);
        var work = new Stack<string>(imports.SelectMany(i => i));
        while (work.Count > 0)
        {
            string name = work.Pop();
            if (project.Contains(name) || !needed.Add(name))
                continue;
            foreach (var inner in LibraryImports[name])
                work.Push(inner);
        }
        return new EquatableArray<string>(needed);
    }

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(LibraryModules).Assembly;
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".py", StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            string name = resource.Substring(ResourcePrefix.Length, resource.Length - ResourcePrefix.Length - ".py".Length);
            sources[name] = reader.ReadToEnd();
        }
        return sources;
    }
}
