using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>A name read where nothing visible binds it: CPython raises NameError there if the line runs.</summary>
/// <param name="Node">The name as read.</param>
/// <param name="Message">CPython 3.12's message with the hints its traceback adds: <c>name 'prnt' is not defined. Did
/// you mean: 'print'?</c>, <c>Did you forget to import 'os'?</c>, <c>Did you mean: 'self.radius'?</c>.</param>
public sealed record UndefinedName(Name Node, string Message);

/// <summary>
/// Finds the names a module reads that no scope binds: not a local of the function or class reading it, not a
/// variable of an enclosing function, not a global the module binds anywhere (at its top level, or in a function
/// that declares it <c>global</c>), not a builtin. A module with <c>from m import *</c> may bind anything, so none is
/// reported there, nor in one that writes its namespace at run time (<see cref="CheckedModule.HasStaticNamespace"/>); nor a name read
/// in a <c>try</c> whose handlers catch NameError (a probe, <c>try: WindowsError</c>). Annotations are skipped where
/// CPython 3.12 does not evaluate them (a function's local annotations; every annotation under
/// <c>from __future__ import annotations</c>). Each message carries the hints CPython's traceback gives for the
/// NameError (<see cref="NameErrorHints"/>).
/// </summary>
public static class UndefinedNames
{
    public static IReadOnlyList<UndefinedName> Find(CheckedModule module)
    {
        if (!module.HasStaticNamespace)
            return Array.Empty<UndefinedName>();
        var finder = new Finder(module.Tree, module.Table);
        finder.Run(module.Table.Module);
        return finder.Found;
    }

    private sealed class Finder
    {
        private readonly SymbolTable _table;
        private readonly bool _lazyAnnotations;
        private readonly NameErrorHints _hints;

        public Finder(Module module, SymbolTable table)
        {
            _table = table;
            _lazyAnnotations = module.Body.OfType<ImportFrom>().Any(i =>
                i.Module == "__future__" && i.Names.Any(a => a.Name == "annotations"));
            _hints = new NameErrorHints(table);
        }

        public List<UndefinedName> Found { get; } = new();

        public void Run(Scope scope)
        {
            var reads = new NameReads(scope, _lazyAnnotations);
            foreach (var node in scope.OwnCode())
                reads.Visit(node);
            foreach (var name in reads.Names)
                Check(scope, name);
            foreach (var child in scope.Children)
                Run(child);
        }

        private void Check(Scope scope, Name node)
        {
            string name = node.Id;
            var (owner, _) = scope.Resolve(name);
            if (owner != _table.Module)
                return; // a local, or a variable of an enclosing function
            if (_hints.IsGlobal(name) || PythonNames.IsBuiltin(name) || IsImplicit(scope, name))
                return;
            Found.Add(new UndefinedName(node, Message(scope, name)));
        }

        /// <summary>Names CPython binds without a statement: a class body's <c>__module__</c> and <c>__qualname__</c>,
        /// the <c>__class__</c> cell of a method, a package's <c>__path__</c>.</summary>
        private static bool IsImplicit(Scope scope, string name)
        {
            if (name == "__path__")
                return true;
            for (var s = scope; s is not null; s = s.Parent)
            {
                if (s.Kind == ScopeKind.Class && (name is "__module__" or "__qualname__" || name == "__class__" && s != scope))
                    return true;
            }
            return false;
        }

        private string Message(Scope scope, string name) => $"name '{name}' is not defined" + _hints.For(scope, name);
    }

    /// <summary>The names a scope's own code reads, in source order, but for those a NameError handler guards and the
    /// type parameters (PEP 695) of the definition they are used in.</summary>
    private sealed class NameReads(Scope scope, bool lazyAnnotations) : ScopeWalker
    {
        private readonly List<HashSet<string>> _typeParams = new();
        private int _guarded;

        public List<Name> Names { get; } = new();

        public override void VisitName(Name node)
        {
            if (node.Ctx == ExprContext.Load && _guarded == 0 && !_typeParams.Any(p => p.Contains(node.Id)))
                Names.Add(node);
        }

        public override void VisitTry(Try node)
        {
            Guarded(node.Body, node.Handlers);
            VisitList(node.Handlers);
            VisitList(node.Orelse);
            VisitList(node.Finalbody);
        }

        public override void VisitTryStar(TryStar node)
        {
            Guarded(node.Body, node.Handlers);
            VisitList(node.Handlers);
            VisitList(node.Orelse);
            VisitList(node.Finalbody);
        }

        private void Guarded(List<Stmt> body, List<ExceptHandler> handlers)
        {
            bool guards = handlers.Any(h => h.Type is null || CatchesNameError(h.Type));
            if (guards)
                _guarded++;
            VisitList(body);
            if (guards)
                _guarded--;
        }

        private static bool CatchesNameError(Expr type) => type switch
        {
            Name n => n.Id is "NameError" or "Exception" or "BaseException",
            Ast.Tuple t => t.Elts.Any(CatchesNameError),
            _ => false,
        };

        // A function's local annotations are never evaluated; none is under `from __future__ import annotations`.
        public override void VisitAnnAssign(AnnAssign node)
        {
            Visit(node.Target);
            if (!lazyAnnotations && !scope.IsFunctionLike)
                Visit(node.Annotation);
            Visit(node.Value);
        }

        public override void VisitArg(Arg node)
        {
            if (!lazyAnnotations)
                base.VisitArg(node);
        }

        public override void VisitFunctionDef(FunctionDef node) => Definition(node.DecoratorList, node.TypeParams, node.Args, node.Returns);

        public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => Definition(node.DecoratorList, node.TypeParams, node.Args, node.Returns);

        private void Definition(List<Expr> decorators, List<TypeParam> typeParams, Arguments args, Expr? returns)
        {
            VisitList(decorators);
            WithTypeParams(typeParams, () =>
            {
                Visit(args);
                if (!lazyAnnotations)
                    Visit(returns);
            });
        }

        public override void VisitClassDef(ClassDef node)
        {
            VisitList(node.DecoratorList);
            WithTypeParams(node.TypeParams, () =>
            {
                VisitList(node.Bases);
                VisitList(node.Keywords);
            });
        }

        // `type X = ...` evaluates its value lazily, when X.__value__ is read.
        public override void VisitTypeAlias(TypeAlias node) { }

        /// <summary>Visits what a generic definition evaluates with its type parameters bound (their bounds and
        /// constraints are evaluated lazily, and not here).</summary>
        private void WithTypeParams(List<TypeParam> typeParams, Action visit)
        {
            if (typeParams.Count == 0)
            {
                visit();
                return;
            }
            _typeParams.Add(new HashSet<string>(typeParams.Select(p => p switch
            {
                TypeVar v => v.Name,
                ParamSpec p2 => p2.Name,
                TypeVarTuple t => t.Name,
                _ => "",
            }), StringComparer.Ordinal));
            visit();
            _typeParams.RemoveAt(_typeParams.Count - 1);
        }
    }
}
