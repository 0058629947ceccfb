using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>A name <c>from m import name</c> asks of a module that has no such name: CPython raises this ImportError there.</summary>
public sealed record MissingImport(Alias Node, string Message);

/// <summary>
/// PY1006: <c>from m import name</c> where the names of <c>m</c> are known before the program runs and <c>name</c> is
/// not among them, with CPython 3.12's message and the hint its traceback adds from <c>dir(m)</c> ("cannot import name
/// 'sqroot' from 'math'. Did you mean: 'sqrt'?"). What a module's names are is the caller's to say (a module of the
/// project: what its statements bind, <see cref="NamesOf"/>; a module the compiler provides: CPython's); an unknown
/// module is not checked. Imports inside a <c>try</c> that has handlers are not reported: trying an import and falling
/// back when it fails is how Python code asks whether a name exists.
/// </summary>
public static class ImportedNames
{
    /// <param name="module">The importing module.</param>
    /// <param name="moduleName">Its dotted name, from which relative imports resolve.</param>
    /// <param name="isPackage">Whether it is a package (an <c>__init__.py</c>): <c>from . import x</c> then means itself.</param>
    /// <param name="namesOf">The names of a module by its absolute dotted name, sorted as <c>dir()</c> lists them, or
    /// null when they are not known.</param>
    public static IReadOnlyList<MissingImport> Find(CheckedModule module, string moduleName, bool isPackage,
        Func<string, IReadOnlyList<string>?> namesOf)
    {
        var imports = new Imports();
        imports.VisitList(module.Tree.Body);
        var found = new List<MissingImport>();
        foreach (var from in imports.Found)
        {
            if (Absolute(from, moduleName, isPackage) is not { } target || namesOf(target) is not { } names)
                continue;
            foreach (var alias in from.Names)
            {
                if (alias.Name != "*" && !names.Contains(alias.Name))
                {
                    string hint = Suggestions.Closest(alias.Name, names) is { } s ? $". Did you mean: '{s}'?" : "";
                    found.Add(new MissingImport(alias, $"ImportError: cannot import name '{alias.Name}' from '{target}'{hint}"));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The names a module of the project has once its body ran (as <c>dir()</c> lists them, sorted): what its
    /// statements bind at its top level or through <c>global</c>, the globals every imported module has, a package's
    /// <c>__path__</c> and its <paramref name="submodules"/>. Null when any name may be bound at run time: a module
    /// that writes its namespace (<see cref="CheckedModule.HasStaticNamespace"/>) or answers for missing names with a
    /// module-level <c>__getattr__</c> (PEP 562).
    /// </summary>
    public static IReadOnlyList<string>? NamesOf(CheckedModule module, bool isPackage, IEnumerable<string> submodules)
    {
        if (!module.HasStaticNamespace)
            return null;
        var names = new HashSet<string>(PythonNames.ModuleGlobals, StringComparer.Ordinal) { "__cached__" };
        if (isPackage)
            names.Add("__path__");
        names.UnionWith(submodules);
        foreach (var symbol in module.Table.Module.Symbols)
        {
            if (symbol.Kind == SymbolKind.Local)
                names.Add(symbol.Name);
        }
        AddGlobalsBoundIn(module.Table.Module.Children, names);
        if (names.Contains("__getattr__"))
            return null;
        return names.OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    private static void AddGlobalsBoundIn(IEnumerable<Scope> scopes, HashSet<string> names)
    {
        foreach (var scope in scopes)
        {
            foreach (var symbol in scope.Symbols)
            {
                if (symbol.Kind == SymbolKind.GlobalExplicit && (symbol.Flags & (SymbolFlags.Bound | SymbolFlags.WalrusFromComprehension)) != 0)
                    names.Add(symbol.Name);
            }
            AddGlobalsBoundIn(scope.Children, names);
        }
    }

    /// <summary>The absolute name of the module a <c>from</c> import reads, or null when a relative import goes above
    /// the top-level package (CPython's ImportError, not this check's).</summary>
    private static string? Absolute(ImportFrom from, string moduleName, bool isPackage)
    {
        int level = from.Level ?? 0;
        if (level == 0)
            return from.Module;
        var package = moduleName.Split('.').ToList();
        if (!isPackage)
            package.RemoveAt(package.Count - 1);
        for (int i = 1; i < level; i++)
        {
            if (package.Count == 0)
                return null;
            package.RemoveAt(package.Count - 1);
        }
        if (package.Count == 0)
            return null;
        if (from.Module is { } relative)
            package.Add(relative);
        return string.Join(".", package);
    }

    /// <summary>Every <c>from</c> import outside a <c>try</c> that has handlers.</summary>
    private sealed class Imports : AstWalker
    {
        public List<ImportFrom> Found { get; } = new();

        public override void VisitImportFrom(ImportFrom node) => Found.Add(node);

        public override void VisitTry(Try node)
        {
            if (node.Handlers.Count == 0)
                VisitList(node.Body);
            VisitList(node.Handlers);
            VisitList(node.Orelse);
            VisitList(node.Finalbody);
        }

        public override void VisitTryStar(TryStar node)
        {
            VisitList(node.Handlers);
            VisitList(node.Orelse);
            VisitList(node.Finalbody);
        }
    }
}
