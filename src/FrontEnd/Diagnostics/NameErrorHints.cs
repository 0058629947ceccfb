using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>
/// What CPython 3.12's traceback adds to a NameError's message (<c>Python/suggestions.c</c>), worked out from a module's
/// symbol table for a name read in a scope: <c>. Did you mean: 'print'?</c>, <c>. Did you mean: 'self.radius'?</c>,
/// <c>. Did you forget to import 'os'?</c>. The analyzer puts it in PY1001's message; the generator hands it to the
/// NameError the compiled code raises, whose traceback shows it (not its <c>str()</c>, as in CPython).
/// </summary>
public sealed class NameErrorHints
{
    private readonly List<string> _globals = new();
    private readonly HashSet<string> _globalSet = new(StringComparer.Ordinal);

    public NameErrorHints(SymbolTable table)
    {
        // The module's globals in the order its dict would have them: what every module starts with, then what it
        // binds (at its top level, or through `global` in a function), as first seen.
        foreach (var name in PythonNames.ModuleGlobals)
            AddGlobal(name);
        AddGlobal("__cached__");
        if (table.Module.Symbols.Any(s => (s.Flags & SymbolFlags.Annotated) != 0))
            AddGlobal("__annotations__");
        AddBindings(table.Module, isModule: true);
    }

    /// <summary>Whether the module binds <paramref name="name"/> as a global somewhere (or has it from the start).</summary>
    public bool IsGlobal(string name) => _globalSet.Contains(name);

    /// <summary>The hints for a NameError of <paramref name="name"/> read in <paramref name="scope"/> ("" when none).</summary>
    public string For(Scope scope, string name)
    {
        string hint = "";
        string? suggestion = Suggestion(scope, name);
        if (suggestion is not null)
            hint = $". Did you mean: '{suggestion}'?";
        if (PythonNames.IsStdlibModule(name))
            hint += suggestion is null ? $". Did you forget to import '{name}'?" : $" Or did you forget to import '{name}'?";
        return hint;
    }

    private void AddGlobal(string name)
    {
        if (_globalSet.Add(name))
            _globals.Add(name);
    }

    private void AddBindings(Scope scope, bool isModule)
    {
        foreach (var symbol in scope.Symbols)
        {
            bool binds = (symbol.Flags & (SymbolFlags.Bound | SymbolFlags.Deleted)) != 0;
            if (binds && (isModule || symbol.Kind == SymbolKind.GlobalExplicit))
                AddGlobal(symbol.Name);
        }
        foreach (var child in scope.Children)
            AddBindings(child, isModule: false);
    }

    /// <summary>CPython 3.12's suggestion for a NameError, tier by tier: the closest of the frame's local variables
    /// (its code's <c>co_varnames</c>); else, in a method, <c>self.name</c> when the instance has that attribute;
    /// else the closest global; else the closest builtin.</summary>
    private string? Suggestion(Scope scope, string name) =>
        Suggestions.Closest(name, LocalVariables(scope))
        ?? SelfAttribute(scope, name)
        ?? Suggestions.Closest(name, _globals)
        ?? Suggestions.Closest(name, PythonNames.Builtins);

    /// <summary>The <c>co_varnames</c> of the code the scope runs in: a function's parameters, then its other
    /// locals that no nested function captures (those are cells), with the variables of the comprehensions inlined
    /// into it (PEP 709); none for a module or class body, whose names are not fast locals.</summary>
    private static List<string> LocalVariables(Scope scope)
    {
        var frame = scope;
        var inlined = new List<Scope>();
        while (frame.Kind == ScopeKind.Comprehension && frame.IsInlinedComprehension && frame.Parent is not null)
        {
            inlined.Insert(0, frame);
            frame = frame.Parent;
        }
        var names = new List<string>();
        if (frame.Kind is ScopeKind.Module or ScopeKind.Class)
            return names;
        names.AddRange(frame.Parameters);
        names.AddRange(frame.Symbols.Where(s => !s.IsParameter && s.Kind == SymbolKind.Local && (s.Flags & SymbolFlags.Bound) != 0)
            .Select(s => s.Name));
        foreach (var comprehension in inlined)
            names.AddRange(comprehension.Symbols.Where(s => s.Kind == SymbolKind.Local).Select(s => s.Name));
        return names;
    }

    /// <summary>In a method with a <c>self</c>, <c>self.name</c> when the class has that attribute: one its body
    /// binds, or one a method of it assigns to <c>self</c> (CPython asks <c>hasattr(self, name)</c>).</summary>
    private static string? SelfAttribute(Scope scope, string name)
    {
        if (!scope.IsFunctionLike || scope.Lookup("self") is not { IsLocal: true } || scope.Parent is not { Kind: ScopeKind.Class } cls)
            return null;
        if (cls.Lookup(name) is { } attribute && (attribute.Flags & SymbolFlags.Bound) != 0)
            return "self." + name;
        foreach (var method in cls.Children.Where(c => c.IsFunctionLike))
        {
            var stores = new SelfStores();
            foreach (var node in method.OwnCode())
                stores.Visit(node);
            if (stores.Attributes.Contains(name))
                return "self." + name;
        }
        return null;
    }

    /// <summary>The attributes a method's own code assigns to <c>self</c>.</summary>
    private sealed class SelfStores : ScopeWalker
    {
        public HashSet<string> Attributes { get; } = new(StringComparer.Ordinal);

        public override void VisitAttribute(Ast.Attribute node)
        {
            if (node.Ctx == ExprContext.Store && node.Value is Name { Id: "self" })
                Attributes.Add(node.Attr);
            base.VisitAttribute(node);
        }
    }
}
