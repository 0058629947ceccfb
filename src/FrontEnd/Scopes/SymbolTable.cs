using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Scopes;

/// <summary>A SyntaxError CPython's symtable pass raises (e.g. "name 'x' is used prior to global declaration").</summary>
public sealed record ScopeError(string Message, Node Node);

/// <summary>
/// The symbol table of one module, built like CPython 3.12's <c>symtable.c</c>: a first walk records how every
/// name is used in every block, a second pass resolves each name to local / global / free / cell. List, set and
/// dict comprehensions are inlined (PEP 709): they keep a scope of their own whose locals are their iteration
/// variables, but they need no function object and no cells for the enclosing function's locals; a walrus
/// inside one binds in the nearest enclosing function (or the module).
/// Independent of any back end: the lowering and the analyzer both read it.
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes;

    internal SymbolTable(Scope module, Dictionary<Node, Scope> scopes, List<ScopeError> errors, bool futureAnnotations)
    {
        Module = module;
        _scopes = scopes;
        Errors = errors;
        FutureAnnotations = futureAnnotations;
    }

    /// <summary><c>from __future__ import annotations</c> (PEP 563): annotations are never evaluated, and their
    /// lambdas and comprehensions have no scopes here.</summary>
    public bool FutureAnnotations { get; }

    public Scope Module { get; }

    /// <summary>SyntaxErrors found while building the table, in source order of discovery.</summary>
    public IReadOnlyList<ScopeError> Errors { get; }

    /// <summary>The scope a <see cref="FunctionDef"/>, <see cref="Lambda"/>, <see cref="ClassDef"/>, comprehension or
    /// <see cref="Ast.Module"/> opens.</summary>
    public Scope ScopeOf(Node node) => _scopes[node];

    public bool TryGetScope(Node node, out Scope scope) => _scopes.TryGetValue(node, out scope!);

    /// <summary>Every name that some scope of the module binds in one of the ways <paramref name="flags"/> says.</summary>
    public HashSet<string> NamesBoundAnywhere(SymbolFlags flags)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        void Collect(Scope scope)
        {
            foreach (var symbol in scope.Symbols)
            {
                if ((symbol.Flags & flags) != 0)
                    names.Add(symbol.Name);
            }
            foreach (var child in scope.Children)
                Collect(child);
        }
        Collect(Module);
        return names;
    }

    public static SymbolTable Build(Module module) => Build(module, FutureFeatures.Of(module).Annotations);

    /// <summary>The table of a module whose future statements were read already (<see cref="FutureFeatures"/>).</summary>
    public static SymbolTable Build(Module module, bool futureAnnotations) => new SymbolTableBuilder().Build(module, futureAnnotations);
}
