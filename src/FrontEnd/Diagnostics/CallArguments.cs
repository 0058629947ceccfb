using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>A call whose arguments cannot bind to the function's parameters: CPython raises this TypeError there.</summary>
public sealed record CallMismatch(Call Node, string Message);

/// <summary>
/// Calls of a module's own functions whose arguments cannot bind, with CPython 3.12's TypeError message
/// (<c>f() missing 1 required positional argument: 'x'</c>, <c>f() takes 2 positional arguments but 3 were given</c>,
/// <c>f() got an unexpected keyword argument 'z'</c>, <c>f() got multiple values for argument 'x'</c>), checked in
/// CPython's order (keywords, then the positional count, then what is missing). Only where the callee is certain: a
/// name that resolves to a module global bound once, by an undecorated top-level <c>def</c>, in a module that does not
/// reach its namespace at run time; and only calls without <c>*</c> or <c>**</c> arguments.
/// </summary>
public static class CallArguments
{
    public static IReadOnlyList<CallMismatch> Find(CheckedModule checkedModule)
    {
        if (!checkedModule.HasStaticNamespace)
            return Array.Empty<CallMismatch>();
        var (module, table) = (checkedModule.Tree, checkedModule.Table);
        var bindings = new Bindings();
        bindings.VisitList(module.Body);
        var functions = module.Body.OfType<FunctionDef>()
            .Where(f => f.DecoratorList.Count == 0 && bindings.Count(f.Name) == 1)
            .ToDictionary(f => f.Name, StringComparer.Ordinal);
        var found = new List<CallMismatch>();
        if (functions.Count == 0)
            return found;
        Check(table.Module, functions, found);
        return found;
    }

    private static void Check(Scope scope, Dictionary<string, FunctionDef> functions, List<CallMismatch> found)
    {
        var calls = new Calls();
        foreach (var node in scope.OwnCode())
            calls.Visit(node);
        foreach (var call in calls.Found)
        {
            if (call.Func is Name name && functions.TryGetValue(name.Id, out var def) && scope.Resolve(name.Id).Owner.Kind == ScopeKind.Module
                && Mismatch(def, call) is { } message)
                found.Add(new CallMismatch(call, message));
        }
        foreach (var child in scope.Children)
            Check(child, functions, found);
    }

    /// <summary>CPython's TypeError for binding <paramref name="call"/>'s arguments to <paramref name="def"/>, or null.</summary>
    internal static string? Mismatch(FunctionDef def, Call call)
    {
        if (call.Args.Any(a => a is Starred) || call.Keywords.Any(k => k.Arg is null))
            return null;
        var a = def.Args;
        var positional = a.Posonlyargs.Concat(a.Args).Select(p => p.Name).ToList();
        int given = call.Args.Count;
        var supplied = new HashSet<string>(positional.Take(given), StringComparer.Ordinal);
        int kwonlyGiven = 0;
        foreach (var keyword in call.Keywords)
        {
            string k = keyword.Arg!;
            if (a.Posonlyargs.Any(p => p.Name == k))
                return null; // CPython's message lists them all; not worked out here
            bool isPositional = a.Args.Any(p => p.Name == k), isKwOnly = a.Kwonlyargs.Any(p => p.Name == k);
            if (!isPositional && !isKwOnly)
            {
                if (a.Kwarg is null)
                    return $"{def.Name}() got an unexpected keyword argument '{k}'";
                continue;
            }
            if (!supplied.Add(k))
                return $"{def.Name}() got multiple values for argument '{k}'";
            if (isKwOnly)
                kwonlyGiven++;
        }
        if (given > positional.Count && a.Vararg is null)
        {
            int defaults = a.Defaults.Count;
            string sig = defaults > 0 ? $"from {positional.Count - defaults} to {positional.Count}" : positional.Count.ToString();
            string kwonly = kwonlyGiven > 0
                ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
                : "";
            return $"{def.Name}() takes {sig} positional argument{(positional.Count != 1 ? "s" : "")} but {given}{kwonly} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given";
        }
        int firstDefault = positional.Count - a.Defaults.Count;
        var missing = positional.Where((p, i) => i < firstDefault && !supplied.Contains(p)).ToList();
        if (missing.Count > 0)
            return Missing(def.Name, "positional", missing);
        var missingKw = a.Kwonlyargs.Where((p, i) => a.KwDefaults[i] is null && !supplied.Contains(p.Name)).Select(p => p.Name).ToList();
        return missingKw.Count > 0 ? Missing(def.Name, "keyword-only", missingKw) : null;
    }

    private static string Missing(string function, string kind, List<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        string list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[quoted.Count - 1],
        };
        return $"{function}() missing {names.Count} required {kind} argument{(names.Count != 1 ? "s" : "")}: {list}";
    }

    /// <summary>How many times each name is bound anywhere in the module (assignments, defs, classes, imports,
    /// loop and with targets, except names...), whatever the scope.</summary>
    private sealed class Bindings : AstWalker
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Count(string name) => _counts.TryGetValue(name, out int n) ? n : 0;

        private void Add(string name) => _counts[name] = Count(name) + 1;

        public override void VisitName(Name node)
        {
            if (node.Ctx != ExprContext.Load)
                Add(node.Id);
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            Add(node.Name);
            base.VisitFunctionDef(node);
        }

        public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
        {
            Add(node.Name);
            base.VisitAsyncFunctionDef(node);
        }

        public override void VisitClassDef(ClassDef node)
        {
            Add(node.Name);
            base.VisitClassDef(node);
        }

        public override void VisitAlias(Alias node) => Add(node.Asname ?? node.Name.Split('.')[0]);

        public override void VisitExceptHandler(ExceptHandler node)
        {
            if (node.Name is not null)
                Add(node.Name);
            base.VisitExceptHandler(node);
        }

        public override void VisitGlobal(Global node)
        {
            // A function that declares it global may rebind it: never certain.
            foreach (var name in node.Names)
                Add(name);
        }
    }

    /// <summary>The calls a scope's own code makes.</summary>
    private sealed class Calls : ScopeWalker
    {
        public List<Call> Found { get; } = new();

        public override void VisitCall(Call node)
        {
            Found.Add(node);
            base.VisitCall(node);
        }
    }
}
