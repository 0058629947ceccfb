using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>import</c> and <c>from ... import</c>: the project's modules run in order (a, a.b, a.b.c), each bound as an
/// attribute of its package, and the runtime's standard-library modules (math, sys, time, bisect, heapq, itertools, collections).
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary><c>import a.b.c [as d]</c>: the chain of modules run, the first (or, with <c>as</c>, the last) bound.</summary>
    private void ImportStatement(Import imp)
    {
        foreach (var alias in imp.Names)
        {
            if (_m.Imports.ExistsNowhere(alias.Name))
            {
                NoModuleNamed(alias.Name);
                return;
            }
            if (_m.Imports.IsBuiltinModule(alias.Name))
            {
                StoreName(alias.Asname ?? alias.Name, $"PyValue.FromObject({BuiltinModuleObject(alias.Name)})", alias);
                continue;
            }
            if (_m.Imports.UnderNonPackage(alias.Name, out string missing, out string module))
            {
                NotAPackage(missing, module);
                continue;
            }
            var chain = ImportChain(alias.Name);
            StoreName(alias.Asname ?? FirstComponent(alias.Name),
                $"PyValue.FromObject({(alias.Asname is null ? chain[0] : chain[chain.Count - 1])})", alias);
        }
    }

    private bool IsFutureStatement(ImportFrom imp) => imp.Module == "__future__" && (imp.Level ?? 0) == 0 && !_m.Imports.IsProjectModule("__future__");

    /// <summary><c>from m import x [as y]</c>: the module (relative imports resolved) run, each name bound from it; a
    /// name that is a submodule is imported first when the package has no attribute of that name.</summary>
    private void ImportFromStatement(ImportFrom imp)
    {
        string target = _m.Imports.ResolveFrom(imp.Module, imp.Level ?? 0, out _)!;
        if (IsFutureStatement(imp))
        {
            // A compiler directive (FutureFeatures), which also binds the feature's _Feature object, as CPython's
            // __future__ module has it.
            foreach (var alias in imp.Names)
                StoreName(alias.Asname ?? alias.Name, $"Rt.FutureFeature({CsNames.StringLiteral(alias.Name)})", alias);
            return;
        }
        if (_m.Imports.ExistsNowhere(target))
        {
            NoModuleNamed(target);
            return;
        }
        if (_m.Imports.IsBuiltinModule(target))
        {
            ImportFromBuiltinModule(target, imp);
            return;
        }
        if (imp.Names.Count == 1 && imp.Names[0].Name == "*")
        {
            ImportStar(target);
            return;
        }
        if (_m.Imports.UnderNonPackage(target, out string missing, out string module))
        {
            NotAPackage(missing, module);
            return;
        }
        var chain = ImportChain(target);
        string mod = chain[chain.Count - 1];
        foreach (var alias in imp.Names)
        {
            string sub = target + "." + alias.Name;
            if (_m.Imports.IsProjectModule(sub))
            {
                // A submodule: imported when the package has no attribute of that name (CPython's fromlist rule).
                _w.Open($"if (!{mod}.TryGetAttr({CsNames.StringLiteral(alias.Name)}, out _))");
                _w.Line($"{mod}.SetAttr({CsNames.StringLiteral(alias.Name)}, PyValue.FromObject({ModuleClass(sub)}.Import()));");
                _w.Close();
            }
            StoreName(alias.Asname ?? alias.Name, $"Rt.ImportFrom({mod}, {CsNames.StringLiteral(alias.Name)})", alias);
        }
    }

    private static string FirstComponent(string dotted)
    {
        int dot = dotted.IndexOf('.');
        return dot < 0 ? dotted : dotted.Substring(0, dot);
    }

    /// <summary>
    /// Runs the modules of a dotted import in order (a, a.b, a.b.c), each submodule bound as an attribute of its
    /// package once it has run, as CPython does; returns the C# locals holding the module objects.
    /// </summary>
    private List<string> ImportChain(string dotted)
    {
        var chain = _m.Imports.Chain(dotted, out _);
        var locals = new List<string>();
        for (int i = 0; i < chain.Count; i++)
        {
            string local = NewBlockLocal("module");
            _w.Line($"var {local} = {ModuleClass(chain[i])}.Import();");
            if (i > 0)
            {
                string child = chain[i].Substring(chain[i - 1].Length + 1);
                _w.Line($"{locals[i - 1]}.SetAttr({CsNames.StringLiteral(child)}, PyValue.FromObject({local}));");
            }
            locals.Add(local);
        }
        return locals;
    }

    /// <summary>The C# class of the module importing <paramref name="module"/> runs: a library module that is another
    /// module under a second name (<c>os.path</c>) is that module (<see cref="LibraryModules.Aliased"/>).</summary>
    private string ModuleClass(string module) =>
        ModuleNaming.QualifiedClassName(_m.Imports.IsLibraryModule(module) ? LibraryModules.Aliased(module) : module);

    /// <summary>An import of a module that exists nowhere, inside a <c>try</c> that catches its error (the slice check
    /// refuses it anywhere else): CPython's ModuleNotFoundError, at run time.</summary>
    private void NoModuleNamed(string dotted) =>
        _w.Line($"throw PyException.ModuleNotFoundError({CsNames.StringLiteral(dotted.Split('.')[0])});");

    /// <summary>An import of a module under a runtime module, which is not a package: the runtime module is imported,
    /// then ModuleNotFoundError raised, as CPython raises it (so that <c>except ImportError</c> around it works).</summary>
    private void NotAPackage(string missing, string module)
    {
        _w.Line($"_ = {BuiltinModuleObject(module)};");
        _w.Line($"throw PyException.ModuleNotFoundError({CsNames.StringLiteral(missing)}, notAPackage: {CsNames.StringLiteral(module)});");
    }

    private static string RuntimeModuleClass(string module) => module switch
    {
        "math" => "global::PyAot.Runtime.MathModule",
        "sys" => "global::PyAot.Runtime.SysModule",
        _ => "global::PyAot.Runtime.TimeModule",
    };

    private static string BuiltinModuleObject(string module) =>
        $"global::PyAot.Runtime.BuiltinModule.Import({CsNames.StringLiteral(module)})";

    /// <summary>
    /// <c>from m import *</c> (module level only: the symbol table refuses it elsewhere), as CPython 3.12's
    /// <c>import_all_from</c>: the module run, then, for a package, each of its submodules its <c>__all__</c> names and
    /// it has no attribute for imported (importlib's <c>_handle_fromlist</c>), then every name of its <c>__all__</c>, or
    /// every name of its namespace not starting with an underscore, bound in this module's globals from the values the
    /// module holds now (<c>Rt.ImportStar</c>, through this module's object: the names the compiler knew of
    /// (<see cref="Analysis.StarExports"/>) are its global fields, any other goes to the module's attributes).
    /// </summary>
    private void ImportStar(string target)
    {
        var chain = ImportChain(target);
        string mod = chain[chain.Count - 1];
        string prefix = target + ".";
        // (The project's submodules only: a library package's submodules are compiled only when imported, and none of
        // the library's packages lists one in its __all__.)
        foreach (string sub in _m.ProjectModules.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!sub.StartsWith(prefix, StringComparison.Ordinal) || sub.IndexOf('.', prefix.Length) >= 0)
                continue;
            string child = CsNames.StringLiteral(sub.Substring(prefix.Length));
            _w.Open($"if (Rt.ImportStarWants({mod}, {child}))");
            _w.Line($"{mod}.SetAttr({child}, PyValue.FromObject({ModuleClass(sub)}.Import()));");
            _w.Close();
        }
        _w.Line($"Rt.ImportStar({mod}, ModuleObject!);");
    }

    private void ImportFromBuiltinModule(string module, ImportFrom imp)
    {
        string mod = NewBlockLocal("module");
        _w.Line($"var {mod} = {BuiltinModuleObject(module)};");
        if (imp.Names.Count == 1 && imp.Names[0].Name == "*")
        {
            _w.Line($"Rt.ImportStar({mod}, ModuleObject!);");
            return;
        }
        foreach (var alias in imp.Names)
            StoreName(alias.Asname ?? alias.Name, $"Rt.ImportFrom({mod}, {CsNames.StringLiteral(alias.Name)})", alias);
    }
}
