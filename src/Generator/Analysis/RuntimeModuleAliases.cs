using System;
using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// The names of a module that stand for one of the runtime's standard-library modules everywhere they are read:
/// bound (in any scope) only by <c>import m</c> or <c>import m as n</c> of that one module. <c>n.attr</c> through
/// such a name is an attribute of the module, which the slice check can hold against what the runtime's module has.
/// </summary>
internal static class RuntimeModuleAliases
{
    public static Dictionary<string, string> Of(SymbolTable table, Func<string, bool> isRuntimeModule)
    {
        var imports = new Imports();
        imports.VisitList(((Module)table.Module.Node).Body);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (bound, module) in imports.Found)
        {
            if (!isRuntimeModule(module) || (aliases.TryGetValue(bound, out var other) && other != module))
                conflicting.Add(bound);
            else
                aliases[bound] = module;
        }
        // A name also bound otherwise (assigned, a parameter, a def...) anywhere may hold something else.
        conflicting.UnionWith(table.NamesBoundAnywhere(
            SymbolFlags.Assigned | SymbolFlags.Parameter | SymbolFlags.WalrusFromComprehension | SymbolFlags.ComprehensionIteration));
        foreach (var name in conflicting)
            aliases.Remove(name);
        return aliases;
    }

    private sealed class Imports : AstWalker
    {
        public List<(string Bound, string Module)> Found { get; } = new();

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                // 'import a.b' binds a (to the package a): only a plain name is the module itself.
                if (alias.Asname is not null || alias.Name.IndexOf('.') < 0)
                    Found.Add((alias.Asname ?? alias.Name, alias.Name));
            }
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            // 'from p import m' binds m too: anything it binds is not one of the aliases.
            foreach (var alias in node.Names)
                Found.Add((alias.Asname ?? alias.Name, ""));
        }
    }
}
