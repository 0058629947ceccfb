using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PyAot.FrontEnd;
using PyAot.FrontEnd.Diagnostics;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator;
using PyAot.Generator.Lowering;

namespace PyAot.Analyzers;

/// <summary>
/// The project's Python modules as the analyzer of one file sees them: every .py additional file, named as the
/// generator names it (from the import root, <see cref="BuildOptions.ImportRoot"/>), and what names a module has,
/// read from its file on demand (one parse per module asked about; a module of PyAot's library, from what the generator
/// read of it).
/// </summary>
internal sealed class ProjectModules
{
    private readonly string _root;
    private readonly Dictionary<string, AdditionalText> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>?> _names = new(StringComparer.Ordinal);
    private readonly System.Threading.CancellationToken _ct;

    public ProjectModules(AdditionalFileAnalysisContext context)
    {
        _root = BuildOptions.ImportRoot(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        _ct = context.CancellationToken;
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
                _files[NameOf(file)] = file;
        }
    }

    /// <summary>Every module of the project, sorted, as the generator's module-name list has them.</summary>
    public IEnumerable<string> Names => _files.Keys.OrderBy(n => n, StringComparer.Ordinal);

    /// <summary>The dotted module name of a .py file of the project.</summary>
    public string NameOf(AdditionalText file) => ModuleNames.FromPath(_root, file.Path);

    /// <summary>The names module <paramref name="module"/> has (<see cref="ImportedNames.NamesOf"/> for one of the
    /// project's, CPython's <c>dir()</c> for one the compiler provides), or null when they are not known.</summary>
    public IReadOnlyList<string>? NamesOf(string module)
    {
        if (!_names.TryGetValue(module, out var names))
        {
            names = _files.TryGetValue(module, out var file)
                ? file.GetText(_ct) is { } text ? Read(module, text.ToString(), file.Path) : null
                // A module of PyAot's library has what its source binds; a runtime module, what CPython's has.
                : LibraryModules.Contains(module) ? LibraryModules.NamesOf(module)
                : PythonNames.ProvidedModuleNames(module);
            _names[module] = names;
        }
        return names;
    }

    private IReadOnlyList<string>? Read(string module, string text, string path)
    {
        var parse = PythonParser.Parse(text, path, _ct);
        if (parse.HasErrors)
            return null;
        var table = SymbolTable.Build(parse.Module);
        if (table.Errors.Count > 0)
            return null;
        bool isPackage = string.Equals(Path.GetFileName(path), "__init__.py", StringComparison.Ordinal);
        string prefix = module + ".";
        var submodules = _files.Keys
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.IndexOf('.', prefix.Length) < 0)
            .Select(n => n.Substring(prefix.Length));
        return ImportedNames.NamesOf(new CheckedModule(parse.Module, table), isPackage, submodules);
    }
}
