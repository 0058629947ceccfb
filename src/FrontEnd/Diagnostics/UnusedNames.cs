using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>A binding nothing reads: an import (<see cref="Alias"/>) or a local variable's assignment (<see cref="Name"/>).</summary>
public sealed record UnusedName(Node Node, string Name, bool IsImport)
{
    public string Message => IsImport ? $"'{Name}' imported but unused" : $"local variable '{Name}' is assigned to but never used";
}

/// <summary>
/// Imports whose name the module never reads, and local variables a function assigns (<c>x = ...</c>) and never
/// reads: code that can go. Conservative, so that nothing reported is needed: an import is used when its name is read
/// anywhere in the module, or listed in <c>__all__</c> (nothing is reported in a module that defines <c>__all__</c>,
/// a package's <c>__init__.py</c>, or one that reaches its namespace at run time); a local is reported only for a
/// plain assignment in its function, not when a nested function captures it, when it is unpacked, a loop or
/// <c>with</c> target, or named with a leading underscore.
/// </summary>
public static class UnusedNames
{
    public static IReadOnlyList<UnusedName> Find(CheckedModule checkedModule, bool isPackage)
    {
        if (!checkedModule.HasStaticNamespace)
            return Array.Empty<UnusedName>();
        var (module, table) = (checkedModule.Tree, checkedModule.Table);
        var reads = new AllReads();
        reads.VisitList(module.Body);
        var found = new List<UnusedName>();
        bool hasAll = table.Module.Lookup("__all__") is { } all && (all.Flags & SymbolFlags.Bound) != 0;
        if (!isPackage && !hasAll)
        {
            var imports = new Imports();
            imports.VisitList(module.Body);
            foreach (var (alias, bound) in imports.Bindings)
            {
                if (!reads.Names.Contains(bound))
                    found.Add(new UnusedName(alias, bound, IsImport: true));
            }
        }
        // A function that reads its locals by name (locals(), vars(), eval(), exec()) uses them all.
        bool localsReadByName = reads.Names.Overlaps(new[] { "locals", "vars", "eval", "exec" });
        foreach (var scope in localsReadByName ? Enumerable.Empty<Scope>() : Functions(table.Module))
        {
            var assignments = new PlainAssignments();
            // What the function and everything in it read (an inlined comprehension's reads are its function's).
            var scopeReads = new AllReads();
            foreach (var node in scope.OwnCode())
            {
                assignments.Visit(node);
                scopeReads.Visit(node);
            }
            foreach (var symbol in scope.Symbols)
            {
                if (symbol.Kind != SymbolKind.Local || symbol.IsUsed || scopeReads.Names.Contains(symbol.Name) || symbol.IsParameter || symbol.IsImported
                    || symbol.Name.StartsWith("_", StringComparison.Ordinal) || !assignments.First.TryGetValue(symbol.Name, out var target)
                    || assignments.Other.Contains(symbol.Name))
                    continue;
                found.Add(new UnusedName(target, symbol.Name, IsImport: false));
            }
        }
        return found.OrderBy(u => u.Node.Lineno).ThenBy(u => u.Node.ColOffset).ToList();
    }

    private static IEnumerable<Scope> Functions(Scope scope)
    {
        foreach (var child in scope.Children)
        {
            if (child.IsFunctionLike)
                yield return child;
            foreach (var nested in Functions(child))
                yield return nested;
        }
    }

    /// <summary>Every name read anywhere in the module.</summary>
    private sealed class AllReads : AstWalker
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public override void VisitName(Name node)
        {
            if (node.Ctx != ExprContext.Store)
                Names.Add(node.Id);
        }

        // A name listed in a `global` or `nonlocal` statement is not a read, but `del x` is a use.
    }

    /// <summary>The names imports bind, with the alias that binds each (not <c>__future__</c> imports).</summary>
    private sealed class Imports : AstWalker
    {
        public List<(Alias Alias, string Bound)> Bindings { get; } = new();

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
                Bindings.Add((alias, alias.Asname ?? alias.Name.Split('.')[0]));
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            if (node.Module == "__future__")
                return;
            foreach (var alias in node.Names)
            {
                if (alias.Name != "*")
                    Bindings.Add((alias, alias.Asname ?? alias.Name));
            }
        }
    }

    /// <summary>A function's own plain assignments (<c>x = ...</c>, <c>x: T = ...</c>, <c>(x := ...)</c>) by name, first
    /// one first; <see cref="Other"/>: names it also binds another way (unpacking, loop, with, except, import...).</summary>
    private sealed class PlainAssignments : ScopeWalker
    {
        public Dictionary<string, Name> First { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Other { get; } = new(StringComparer.Ordinal);

        public override void VisitAssign(Assign node)
        {
            foreach (var target in node.Targets)
            {
                if (target is Name n)
                    Plain(n);
                else
                    Visit(target);
            }
            Visit(node.Value);
        }

        public override void VisitAnnAssign(AnnAssign node)
        {
            if (node.Target is Name n && node.Value is not null)
                Plain(n);
            else
                Visit(node.Target);
            Visit(node.Value);
        }

        public override void VisitNamedExpr(NamedExpr node)
        {
            if (node.Target is Name n)
                Plain(n);
            Visit(node.Value);
        }

        public override void VisitName(Name node)
        {
            if (node.Ctx == ExprContext.Store)
                Other.Add(node.Id);
        }

        public override void VisitExceptHandler(ExceptHandler node)
        {
            if (node.Name is not null)
                Other.Add(node.Name);
            base.VisitExceptHandler(node);
        }

        private void Plain(Name n)
        {
            if (!First.ContainsKey(n.Id))
                First[n.Id] = n;
        }
    }
}
