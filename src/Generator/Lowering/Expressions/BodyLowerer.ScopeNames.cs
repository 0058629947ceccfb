using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>locals()</c>, and <c>vars()</c> and <c>dir()</c> without an argument, in a function: CPython 3.12's frame
/// <c>f_locals</c>, one dict per call of the function, which each <c>locals()</c> updates with the names the function has
/// bound now and returns (<c>PyFrame_FastToLocals</c>: the parameters in code order, the other locals in the order the
/// function uses them, inlined comprehensions' variables, its cells and then its free variables in name order; an
/// unbound name is removed; keys a program added stay). Writing to it changes no variable. At module level and in a
/// class body the names live in a namespace that writes through (<c>globals()</c>, the class namespace): refused there.
/// </summary>
internal sealed partial class BodyLowerer
{
    private CsExpr ScopeNames(string function, Call c)
    {
        // (module-level code: the module's namespace, a dictionary in a module that reads it: GlobalsDictUse)
        if (_functionScope.Kind == ScopeKind.Module && !InClassBodyOfMethod() && _m.GlobalsInDict)
            return CsExpr.Value(function == "dir" ? "Rt.SortedKeys(PyValue.FromObject(Globals.Dict))" : "PyValue.FromObject(Globals.Dict)");
        if (_functionScope.Kind == ScopeKind.Module || InClassBodyOfMethod())
            throw new LoweringError($"'{function}()' {(_functionScope.Kind == ScopeKind.Module && !InClassBodyOfMethod() ? "at module level" : "in a class body")} is not supported yet", c);
        var names = new List<string>();
        var values = new List<string>();
        foreach (var (name, active) in ScopeNameOrder())
        {
            var (kind, id) = active ? Storage(name, c) : (StorageKind.Local, "default");
            if (id is null || kind is StorageKind.Global or StorageKind.ClassNamespace)
                continue;
            names.Add(CsNames.StringLiteral(name));
            values.Add(kind is StorageKind.Cell or StorageKind.Free ? id + ".Value" : id);
        }
        if (_frameLocals is null)
        {
            _frameLocals = _names.Allocate("frameLocals");
            _localDecls.Add(_frameLocals);
        }
        string dict = $"Rt.FrameLocals(ref {_frameLocals}, new string[] {{ {string.Join(", ", names)} }}, new PyValue[] {{ {string.Join(", ", values)} }})";
        return CsExpr.Value(function == "dir" ? $"Rt.SortedKeys({dict})" : dict);
    }

    /// <summary>The function's <c>f_locals</c> dict, once a <c>locals()</c> made it (a local of the method, or a field
    /// of a generator).</summary>
    private string? _frameLocals;

    /// <summary>The function's names in CPython's frame order, each with whether the code here can read it (an inlined
    /// comprehension's variables only inside it: elsewhere they are unbound).</summary>
    private IEnumerable<(string Name, bool Active)> ScopeNameOrder()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fs = _functionScope;
        var active = new HashSet<Scope>();
        for (var s = _scope; s != fs; s = s.Parent!)
            active.Add(s);
        bool Visible(string name) => !name.StartsWith(".", StringComparison.Ordinal) && seen.Add(name);
        // co_varnames: the positional parameters, the keyword-only ones, then *args and **kwargs.
        var args = fs.Node switch { FunctionDef f => f.Args, Lambda l => l.Args, _ => null };
        var parameters = args is null ? fs.Parameters
            : args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs).Select(a => a.Name)
                .Concat(new[] { args.Vararg?.Name, args.Kwarg?.Name }.OfType<string>());
        foreach (var p in parameters)
        {
            if (Visible(p))
                yield return (p, true);
        }
        foreach (var sym in fs.Symbols)
        {
            if (sym.Kind == SymbolKind.Local && Visible(sym.Name))
                yield return (sym.Name, true);
        }
        foreach (var comp in InlinedComprehensions(fs))
        {
            foreach (var sym in comp.Symbols)
            {
                if (sym.Kind is SymbolKind.Local or SymbolKind.Cell && Visible(sym.Name))
                    yield return (sym.Name, active.Contains(comp));
            }
        }
        foreach (var sym in fs.Symbols.Where(s => s.Kind == SymbolKind.Cell).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (Visible(sym.Name))
                yield return (sym.Name, true);
        }
        foreach (var sym in fs.Symbols.Where(s => s.Kind == SymbolKind.Free).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (Visible(sym.Name))
                yield return (sym.Name, true);
        }
    }

    /// <summary>The comprehensions inlined into <paramref name="scope"/>'s code, outermost first.</summary>
    private static IEnumerable<Scope> InlinedComprehensions(Scope scope)
    {
        foreach (var child in scope.Children)
        {
            if (child.Kind != ScopeKind.Comprehension || !child.IsInlinedComprehension)
                continue;
            yield return child;
            foreach (var nested in InlinedComprehensions(child))
                yield return nested;
        }
    }
}
