using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Scopes;

/// <summary>
/// One block of the symbol table (CPython's <c>PySTEntryObject</c>): the module, a function, a lambda, a class
/// or a comprehension, with every name it uses and how each resolves.
/// </summary>
public sealed class Scope
{
    private readonly Dictionary<string, Symbol> _symbols = new();
    private readonly List<Symbol> _ordered = new();
    private readonly List<Scope> _children = new();

    internal Scope(ScopeKind kind, string name, Node node, Scope? parent)
    {
        Kind = kind;
        Name = name;
        Node = node;
        Parent = parent;
        QualName = ComputeQualName(kind, name, parent);
    }

    public ScopeKind Kind { get; }

    /// <summary>The function or class name; "&lt;module&gt;", "&lt;lambda&gt;", "&lt;listcomp&gt;", ... otherwise.</summary>
    public string Name { get; }

    /// <summary>CPython's <c>__qualname__</c> for functions and classes (e.g. <c>f.&lt;locals&gt;.g</c>).</summary>
    public string QualName { get; }

    /// <summary>The node that opens the block: <see cref="Module"/>, <see cref="FunctionDef"/>, <see cref="Lambda"/>,
    /// <see cref="ClassDef"/>, <see cref="ListComp"/>, ...</summary>
    public Node Node { get; }

    public Scope? Parent { get; }

    public IReadOnlyList<Scope> Children => _children;

    /// <summary>Names in first-seen order.</summary>
    public IReadOnlyList<Symbol> Symbols => _ordered;

    /// <summary>Parameter names in order (positional-only, positional, *args, keyword-only, **kwargs).</summary>
    public List<string> Parameters { get; } = new();

    /// <summary>
    /// PEP 709: a list/set/dict comprehension whose body runs inline in the enclosing scope (3.12 inlines every
    /// one that is not a generator expression and is not in a class body... we inline in classes too only
    /// when CPython does). Its <see cref="SymbolKind.Local"/> names are its iteration variables, isolated from
    /// the enclosing scope's names of the same spelling.
    /// </summary>
    public bool IsInlinedComprehension { get; internal set; }

    /// <summary>Whether the function contains <c>yield</c> / <c>yield from</c>.</summary>
    public bool IsGenerator { get; internal set; }

    /// <summary>Whether the function contains <c>await</c> or is <c>async def</c>.</summary>
    public bool IsCoroutine { get; internal set; }

    /// <summary>Whether the scope contains a <c>from m import *</c> (only legal at module level).</summary>
    public bool HasStarImport { get; internal set; }

    public bool IsFunctionLike => Kind == ScopeKind.Function || Kind == ScopeKind.Lambda;

    /// <summary>The symbol for <paramref name="name"/> in this scope, or null when the scope never mentions it.</summary>
    public Symbol? Lookup(string name) => _symbols.TryGetValue(name, out var s) ? s : null;

    /// <summary>
    /// The scope whose storage a name used here lives in, following inlined comprehensions out to the scope
    /// that really owns the name. Returns (scope, symbol); for a global/builtin name the module scope and its
    /// symbol (which may be null when the module never binds it: then it is a builtin or undefined).
    /// </summary>
    public (Scope Owner, Symbol? Symbol) Resolve(string name)
    {
        var scope = this;
        while (true)
        {
            var sym = scope.Lookup(name);
            if (sym is null)
            {
                if (scope.Kind == ScopeKind.Comprehension && scope.IsInlinedComprehension && scope.Parent is not null)
                {
                    scope = scope.Parent;
                    continue;
                }
                var module = scope.Root;
                return (module, module.Lookup(name));
            }
            switch (sym.Kind)
            {
                case SymbolKind.Local:
                case SymbolKind.Cell:
                    return (scope, sym);
                case SymbolKind.GlobalExplicit:
                case SymbolKind.GlobalImplicit:
                {
                    var module = scope.Root;
                    return (module, module.Lookup(name));
                }
                default: // Free: the nearest enclosing scope that binds it
                    if (scope.Parent is null)
                        return (scope, sym);
                    scope = scope.Parent;
                    while (scope.Kind == ScopeKind.Class && scope.Parent is not null)
                        scope = scope.Parent; // class scopes are skipped by closures
                    continue;
            }
        }
    }

    /// <summary>The code a scope runs itself (not what its enclosing scope evaluates for it, such as defaults).</summary>
    public IEnumerable<Node> OwnCode()
    {
        switch (Node)
        {
            case Module m: return m.Body;
            case FunctionDef f: return f.Body;
            case AsyncFunctionDef f: return f.Body;
            case ClassDef c: return c.Body;
            case Lambda l: return new Node[] { l.Body };
            case ListComp c: return Comprehension(c.Generators, c.Elt);
            case SetComp c: return Comprehension(c.Generators, c.Elt);
            case GeneratorExp c: return Comprehension(c.Generators, c.Elt);
            case DictComp c: return Comprehension(c.Generators, c.Key, c.Value);
            default: return System.Array.Empty<Node>(); // an annotation scope (PEP 695): not checked
        }
    }

    /// <summary>A comprehension's own code: all but its first iterable, which the enclosing scope evaluates.</summary>
    private static IEnumerable<Node> Comprehension(List<Comprehension> generators, params Expr[] elements)
    {
        for (int i = 0; i < generators.Count; i++)
        {
            yield return generators[i].Target;
            if (i > 0)
                yield return generators[i].Iter;
            foreach (var condition in generators[i].Ifs)
                yield return condition;
        }
        foreach (var element in elements)
            yield return element;
    }

    public Scope Root
    {
        get
        {
            var s = this;
            while (s.Parent is not null)
                s = s.Parent;
            return s;
        }
    }

    internal Symbol GetOrAdd(string name)
    {
        if (!_symbols.TryGetValue(name, out var s))
        {
            s = new Symbol(name);
            _symbols.Add(name, s);
            _ordered.Add(s);
        }
        return s;
    }

    internal void AddChild(Scope child) => _children.Add(child);

    private static string ComputeQualName(ScopeKind kind, string name, Scope? parent)
    {
        if (parent is null || parent.Kind == ScopeKind.Module)
            return name;
        // (PEP 695: a generic definition's type parameters' scope is not part of its qualname)
        if (parent.Node is FunctionDef { AnnotationScope: AnnotationScopeKind.TypeParameters })
            return ComputeQualName(kind, name, parent.Parent);
        if (parent.Kind == ScopeKind.Class)
            return parent.QualName + "." + name;
        if (parent.Kind == ScopeKind.Comprehension && parent.IsInlinedComprehension)
            return parent.Parent is null ? name : ComputeQualName(kind, name, parent.Parent);
        return parent.QualName + ".<locals>." + name;
    }

    public override string ToString() => $"{Kind} {QualName}";
}
