using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Scopes;

/// <summary>The two passes of <see cref="SymbolTable.Build"/>.</summary>
internal sealed class SymbolTableBuilder
{
    private readonly Dictionary<Node, Scope> _scopes = new();
    private readonly List<ScopeError> _errors = new();
    private Scope _current = null!;
    // Set while visiting the iterable of a comprehension's generator (walrus is illegal there).
    private int _inComprehensionIterable;

    /// <summary><c>from __future__ import annotations</c>: an annotation is its own block (CPython's AnnotationBlock),
    /// never evaluated, so it binds and reads nothing of the scopes around it.</summary>
    private bool _futureAnnotations;

    public SymbolTable Build(Module module, bool futureAnnotations)
    {
        _futureAnnotations = futureAnnotations;
        var root = new Scope(ScopeKind.Module, "<module>", module, null);
        _scopes[module] = root;
        _current = root;
        VisitBody(module.Body);
        Analyze(root, new HashSet<string>(), new HashSet<string>());
        return new SymbolTable(root, _scopes, _errors, _futureAnnotations);
    }

    // ----------------------------------------------------------------------------------------------------
    // Pass 1: record uses.

    private void AddDef(string name, SymbolFlags flag, Node node)
    {
        var sym = _current.GetOrAdd(name);
        if ((flag & SymbolFlags.Parameter) != 0 && (sym.Flags & SymbolFlags.Parameter) != 0)
            Error($"duplicate argument '{name}' in function definition", node);
        sym.Flags |= flag;
    }

    private void Error(string message, Node node) => _errors.Add(new ScopeError(message, node));

    private Scope Enter(ScopeKind kind, string name, Node node)
    {
        var scope = new Scope(kind, name, node, _current);
        _current.AddChild(scope);
        _scopes[node] = scope;
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    private void VisitBody(List<Stmt> body)
    {
        foreach (var s in body)
            VisitStmt(s);
    }

    private void VisitStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef f:
                AddDef(f.Name, SymbolFlags.Assigned, f);
                VisitFunction(f, f.SourceName, f.Args, f.DecoratorList, f.Returns, f.Body, null, isAsync: f.IsAsync);
                break;
            case AsyncFunctionDef f:
                AddDef(f.Name, SymbolFlags.Assigned, f);
                VisitFunction(f, f.SourceName, f.Args, f.DecoratorList, f.Returns, f.Body, null, isAsync: true);
                break;
            case ClassDef c:
                AddDef(c.Name, SymbolFlags.Assigned, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords)
                    VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                Enter(ScopeKind.Class, c.SourceName, c);
                if (c.TypeParamsLocal is { } typeParams)
                    AddDef(typeParams, SymbolFlags.Used, c); // (stored as __type_params__: TypeParameterScopes)
                VisitBody(c.Body);
                Leave();
                break;
            case Return r:
                if (r.Value is not null)
                    VisitExpr(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets)
                    VisitExpr(t);
                break;
            case Assign a:
                VisitExpr(a.Value);
                foreach (var t in a.Targets)
                    VisitExpr(t);
                break;
            case TypeAlias ta:
                VisitExpr(ta.Name);
                VisitExpr(ta.Value);
                break;
            case AugAssign aa:
                VisitExpr(aa.Value);
                VisitExpr(aa.Target);
                if (aa.Target is Name an)
                    AddDef(an.Id, SymbolFlags.Used, an);
                break;
            case AnnAssign ann:
                if (ann.Target is Name n && ann.Simple != 0)
                {
                    var sym = _current.Lookup(n.Id);
                    if (sym is not null && (sym.Flags & (SymbolFlags.DeclaredGlobal | SymbolFlags.DeclaredNonlocal)) != 0)
                        Error($"annotated name '{n.Id}' can't be {((sym.Flags & SymbolFlags.DeclaredGlobal) != 0 ? "global" : "nonlocal")}", n);
                    AddDef(n.Id, SymbolFlags.Annotated | (ann.Value is not null ? SymbolFlags.Assigned : SymbolFlags.None), n);
                }
                else
                {
                    VisitExpr(ann.Target);
                }
                VisitAnnotation(ann.Annotation);
                if (ann.Value is not null)
                    VisitExpr(ann.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitBody(f.Body);
                VisitBody(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitBody(f.Body);
                VisitBody(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitBody(w.Body);
                VisitBody(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitBody(i.Body);
                VisitBody(i.Orelse);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null)
                        VisitExpr(item.OptionalVars);
                }
                VisitBody(w.Body);
                break;
            case AsyncWith w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null)
                        VisitExpr(item.OptionalVars);
                }
                VisitBody(w.Body);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null)
                        VisitExpr(c.Guard);
                    VisitBody(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                    VisitExpr(r.Exc);
                if (r.Cause is not null)
                    VisitExpr(r.Cause);
                break;
            case Try t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null)
                    VisitExpr(a.Msg);
                break;
            case Import imp:
                foreach (var alias in imp.Names)
                    VisitAlias(alias, isFrom: false);
                break;
            case ImportFrom imp:
                foreach (var alias in imp.Names)
                    VisitAlias(alias, isFrom: true);
                break;
            case Global g:
                foreach (var name in g.Names)
                    DeclareGlobalOrNonlocal(name, g, global: true);
                break;
            case Nonlocal nl:
                foreach (var name in nl.Names)
                    DeclareGlobalOrNonlocal(name, nl, global: false);
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
            case Pass:
            case Break:
            case Continue:
                break;
        }
    }

    private void VisitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
    {
        VisitBody(body);
        foreach (var h in handlers)
        {
            if (h.Type is not null)
                VisitExpr(h.Type);
            if (h.Name is not null)
                AddDef(h.Name, SymbolFlags.Assigned, h);
            VisitBody(h.Body);
        }
        VisitBody(orelse);
        VisitBody(finalbody);
    }

    private void VisitAlias(Alias alias, bool isFrom)
    {
        if (alias.Name == "*")
        {
            if (_current.Kind != ScopeKind.Module)
                Error("import * only allowed at module level", alias);
            _current.HasStarImport = true;
            return;
        }
        string bound = alias.Asname ?? (isFrom ? alias.Name : FirstComponent(alias.Name));
        AddDef(bound, SymbolFlags.Imported, alias);
    }

    private static string FirstComponent(string dotted)
    {
        int dot = dotted.IndexOf('.');
        return dot < 0 ? dotted : dotted.Substring(0, dot);
    }

    private void DeclareGlobalOrNonlocal(string name, Stmt stmt, bool global)
    {
        var sym = _current.Lookup(name);
        var flags = sym?.Flags ?? SymbolFlags.None;
        string what = global ? "global" : "nonlocal";
        if ((flags & (SymbolFlags.Parameter)) != 0)
            Error($"name '{name}' is parameter and {what}", stmt);
        else if (!global && _current.Kind == ScopeKind.Module)
            Error("nonlocal declaration not allowed at module level", stmt);
        else if (global && (flags & SymbolFlags.DeclaredNonlocal) != 0)
            Error($"name '{name}' is nonlocal and global", stmt);
        else if (!global && (flags & SymbolFlags.DeclaredGlobal) != 0)
            Error($"name '{name}' is nonlocal and global", stmt);
        else if ((flags & SymbolFlags.Annotated) != 0)
            Error($"annotated name '{name}' can't be {what}", stmt);
        else if ((flags & (SymbolFlags.Assigned | SymbolFlags.Imported)) != 0)
            Error($"name '{name}' is assigned to before {what} declaration", stmt);
        else if ((flags & SymbolFlags.Used) != 0)
            Error($"name '{name}' is used prior to {what} declaration", stmt);
        AddDef(name, global ? SymbolFlags.DeclaredGlobal : SymbolFlags.DeclaredNonlocal, stmt);
    }

    /// <summary>An annotation: an expression of the scope, or, under <c>from __future__ import annotations</c>, a block
    /// of its own in which <c>yield</c>, <c>await</c> and <c>:=</c> are SyntaxErrors (CPython's messages).</summary>
    private void VisitAnnotation(Expr annotation)
    {
        if (!_futureAnnotations)
        {
            VisitExpr(annotation);
            return;
        }
        var forbidden = new AnnotationBlockCheck();
        forbidden.Visit(annotation);
        foreach (var (what, node) in forbidden.Found)
            Error($"{what} cannot be used within an annotation", node);
    }

    /// <summary>What an annotation block forbids, outside the lambdas and comprehensions in it (scopes of their own).</summary>
    private sealed class AnnotationBlockCheck : AstWalker
    {
        public List<(string, Node)> Found { get; } = new();

        public override void Visit(Node? node)
        {
            if (node is Lambda or ListComp or SetComp or DictComp or GeneratorExp)
                return;
            if (node is Yield or YieldFrom or Await or NamedExpr)
                Found.Add((node is Await ? "await expression" : node is NamedExpr ? "named expression" : "yield expression", node));
            base.Visit(node);
        }
    }

    private void VisitFunction(Node node, string name, Arguments args, List<Expr> decorators, Expr? returns,
        List<Stmt>? body, Expr? lambdaBody, bool isAsync)
    {
        // Decorators, defaults and annotations are evaluated in the enclosing scope.
        VisitExprs(decorators);
        foreach (var d in args.Defaults)
            VisitExpr(d);
        foreach (var d in args.KwDefaults)
        {
            if (d is not null)
                VisitExpr(d);
        }
        foreach (var a in args.All())
        {
            if (a.Annotation is not null)
                VisitAnnotation(a.Annotation);
        }
        if (returns is not null)
            VisitAnnotation(returns);

        var scope = Enter(lambdaBody is null ? ScopeKind.Function : ScopeKind.Lambda, name, node);
        scope.IsCoroutine = isAsync;
        foreach (var a in args.All())
        {
            AddDef(a.Name, SymbolFlags.Parameter, a);
            scope.Parameters.Add(a.Name);
        }
        // (an annotation scope in a class body reads names from the class namespace: TypeParameterScopes)
        if (node is FunctionDef { SeesClassDict: true })
            AddDef(TypeParameterScopes.ClassDictName, SymbolFlags.Used, node);
        if (body is not null)
            VisitBody(body);
        if (lambdaBody is not null)
            VisitExpr(lambdaBody);
        Leave();
    }


    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs)
            VisitExpr(e);
    }

    private void VisitExpr(Expr expr)
    {
        switch (expr)
        {
            case Name n:
                switch (n.Ctx)
                {
                    case ExprContext.Load:
                        AddDef(n.Id, SymbolFlags.Used, n);
                        // CPython: a function that names super uses the implicit __class__ cell of its class.
                        if (n.Id == "super" && _current.Kind == ScopeKind.Function)
                            AddDef("__class__", SymbolFlags.Used, n);
                        break;
                    case ExprContext.Store:
                        AddDef(n.Id, SymbolFlags.Assigned, n);
                        break;
                    case ExprContext.Del:
                        AddDef(n.Id, SymbolFlags.Assigned | SymbolFlags.Deleted, n);
                        break;
                }
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case NamedExpr ne:
                VisitNamedExpr(ne);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitFunction(l, "<lambda>", l.Args, new List<Expr>(), null, null, l.Body, isAsync: false);
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                foreach (var k in d.Keys)
                {
                    if (k is not null)
                        VisitExpr(k);
                }
                VisitExprs(d.Values);
                break;
            case Set s:
                VisitExprs(s.Elts);
                break;
            case ListComp lc:
                VisitComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, isGenerator: false);
                break;
            case SetComp sc:
                VisitComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, isGenerator: false);
                break;
            case DictComp dc:
                VisitComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, isGenerator: false);
                break;
            case GeneratorExp ge:
                VisitComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, isGenerator: true);
                break;
            case Await a:
                _current.IsCoroutine = true;
                VisitExpr(a.Value);
                break;
            case Yield y:
                if (y.Value is not null)
                    VisitExpr(y.Value);
                _current.IsGenerator = true;
                CheckYieldOutsideComprehension(y);
                break;
            case YieldFrom y:
                VisitExpr(y.Value);
                _current.IsGenerator = true;
                CheckYieldOutsideComprehension(y);
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords)
                    VisitExpr(k.Value);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec is not null)
                    VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js:
                VisitExprs(js.Values);
                break;
            case Constant:
                break;
            case Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s:
                VisitExpr(s.Value);
                break;
            case List l:
                VisitExprs(l.Elts);
                break;
            case Tuple t:
                VisitExprs(t.Elts);
                break;
            case Slice s:
                if (s.Lower is not null)
                    VisitExpr(s.Lower);
                if (s.Upper is not null)
                    VisitExpr(s.Upper);
                if (s.Step is not null)
                    VisitExpr(s.Step);
                break;
        }
    }

    /// <summary>
    /// CPython's symtable rejects <c>yield</c> and <c>yield from</c> in a comprehension's own scope (its element, key,
    /// value, conditions and every iterable but the first, which the enclosing scope evaluates).
    /// </summary>
    private void CheckYieldOutsideComprehension(Expr yield)
    {
        if (_current.Kind != ScopeKind.Comprehension)
            return;
        string what = _current.Node switch
        {
            ListComp => "list comprehension",
            SetComp => "set comprehension",
            DictComp => "dict comprehension",
            _ => "generator expression",
        };
        Error($"'yield' inside {what}", yield);
    }

    private void VisitComprehension(Expr node, string name, List<Comprehension> generators, Expr elt, Expr? value, bool isGenerator)
    {
        // The outermost iterable is evaluated in the enclosing scope.
        _inComprehensionIterable++;
        VisitExpr(generators[0].Iter);
        _inComprehensionIterable--;
        var scope = Enter(ScopeKind.Comprehension, name, node);
        scope.IsInlinedComprehension = !isGenerator;
        scope.IsGenerator = isGenerator;
        for (int i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (i > 0)
            {
                _inComprehensionIterable++;
                VisitExpr(g.Iter);
                _inComprehensionIterable--;
            }
            VisitComprehensionTarget(g.Target);
            foreach (var cond in g.Ifs)
                VisitExpr(cond);
        }
        VisitExpr(elt);
        if (value is not null)
            VisitExpr(value);
        Leave();
    }

    private void VisitComprehensionTarget(Expr target)
    {
        switch (target)
        {
            case Name n:
                AddDef(n.Id, SymbolFlags.Assigned | SymbolFlags.ComprehensionIteration, n);
                break;
            case Tuple t:
                foreach (var e in t.Elts)
                    VisitComprehensionTarget(e);
                break;
            case List l:
                foreach (var e in l.Elts)
                    VisitComprehensionTarget(e);
                break;
            case Starred s:
                VisitComprehensionTarget(s.Value);
                break;
            default:
                VisitExpr(target);
                break;
        }
    }

    private void VisitNamedExpr(NamedExpr ne)
    {
        VisitExpr(ne.Value);
        var target = (Name)ne.Target;
        if (_inComprehensionIterable > 0)
        {
            Error("assignment expression cannot be used in a comprehension iterable expression", ne);
            return;
        }
        if (_current.Kind != ScopeKind.Comprehension)
        {
            AddDef(target.Id, SymbolFlags.Assigned, target);
            return;
        }
        // PEP 572: the target binds in the nearest enclosing scope that is not a comprehension.
        for (var s = _current; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Comprehension)
            {
                var own = s.Lookup(target.Id);
                if (own is not null && (own.Flags & SymbolFlags.ComprehensionIteration) != 0)
                {
                    Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", ne);
                    return;
                }
                continue;
            }
            if (s.Kind == ScopeKind.Class)
            {
                Error("assignment expression within a comprehension cannot be used in a class body", ne);
                return;
            }
            // Mark the binding in the enclosing function/module, and make every comprehension in between see it
            // as that scope's name.
            var owner = s.GetOrAdd(target.Id);
            bool ownerIsGlobal = (owner.Flags & SymbolFlags.DeclaredGlobal) != 0 || s.Kind == ScopeKind.Module;
            owner.Flags |= SymbolFlags.Assigned | SymbolFlags.WalrusFromComprehension;
            for (var c = _current; c != s; c = c.Parent!)
                c.GetOrAdd(target.Id).Flags |= ownerIsGlobal ? SymbolFlags.DeclaredGlobal : SymbolFlags.DeclaredNonlocal;
            return;
        }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue mv:
                VisitExpr(mv.Value);
                break;
            case MatchSequence ms:
                foreach (var q in ms.Patterns)
                    VisitPattern(q);
                break;
            case MatchMapping mm:
                VisitExprs(mm.Keys);
                foreach (var q in mm.Patterns)
                    VisitPattern(q);
                if (mm.Rest is not null)
                    AddDef(mm.Rest, SymbolFlags.Assigned, mm);
                break;
            case MatchClass mc:
                VisitExpr(mc.Cls);
                foreach (var q in mc.Patterns)
                    VisitPattern(q);
                foreach (var q in mc.KwdPatterns)
                    VisitPattern(q);
                break;
            case MatchStar st:
                if (st.Name is not null)
                    AddDef(st.Name, SymbolFlags.Assigned, st);
                break;
            case MatchAs ma:
                if (ma.Pattern is not null)
                    VisitPattern(ma.Pattern);
                if (ma.Name is not null)
                    AddDef(ma.Name, SymbolFlags.Assigned, ma);
                break;
            case MatchOr mo:
                foreach (var q in mo.Patterns)
                    VisitPattern(q);
                break;
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // Pass 2: resolve (CPython's analyze_block / analyze_name, simplified).
    // boundAbove: names bound in enclosing function scopes (visible as free variables).
    // globalAbove: names declared global in enclosing scopes (implicitly global below unless rebound).
    // Returns the names free in this scope (so the enclosing function makes them cells).

    private HashSet<string> Analyze(Scope scope, HashSet<string> boundAbove, HashSet<string> globalAbove)
    {
        var free = new HashSet<string>();
        var localHere = new HashSet<string>();
        var globalHere = new HashSet<string>(globalAbove);
        foreach (var sym in scope.Symbols)
        {
            var f = sym.Flags;
            if ((f & SymbolFlags.DeclaredGlobal) != 0)
            {
                sym.Kind = SymbolKind.GlobalExplicit;
                globalHere.Add(sym.Name);
            }
            else if ((f & SymbolFlags.DeclaredNonlocal) != 0)
            {
                if (!boundAbove.Contains(sym.Name) && scope.Kind != ScopeKind.Comprehension)
                    Error($"no binding for nonlocal '{sym.Name}' found", scope.Node);
                sym.Kind = SymbolKind.Free;
                free.Add(sym.Name);
                globalHere.Remove(sym.Name);
            }
            else if ((f & SymbolFlags.Bound) != 0)
            {
                sym.Kind = SymbolKind.Local;
                localHere.Add(sym.Name);
                globalHere.Remove(sym.Name);
            }
            else if (scope.Kind == ScopeKind.Class && globalAbove.Contains(sym.Name))
            {
                sym.Kind = SymbolKind.GlobalImplicit;
            }
            else if (boundAbove.Contains(sym.Name))
            {
                sym.Kind = SymbolKind.Free;
                free.Add(sym.Name);
            }
            else
            {
                sym.Kind = SymbolKind.GlobalImplicit;
            }
        }

        // What children may see as free: enclosing function locals (class and module names are not visible).
        var childBound = new HashSet<string>(boundAbove);
        if (scope.IsFunctionLike || scope.Kind == ScopeKind.Comprehension)
        {
            foreach (var n in localHere)
                childBound.Add(n);
        }
        foreach (var n in globalHere)
            childBound.Remove(n);
        if (scope.Kind == ScopeKind.Class)
        {
            // The implicit cells of a class body that methods may use (super(), __class__).
            childBound.Add("__class__");
            childBound.Add("__classdict__");
        }

        var freeInChildren = new HashSet<string>();
        foreach (var child in scope.Children)
        {
            var childFree = Analyze(child, childBound, globalHere);
            if (child.IsInlinedComprehension)
            {
                // PEP 709: an inlined comprehension reads the enclosing function's locals directly; whatever is free
                // in it is free here too (or local here: then no cell is needed for the comprehension's sake).
                foreach (var n in childFree)
                {
                    var sym = scope.Lookup(n);
                    if (sym is null)
                    {
                        sym = scope.GetOrAdd(n);
                        sym.Flags |= SymbolFlags.Used;
                        sym.Kind = boundAbove.Contains(n) ? SymbolKind.Free : SymbolKind.GlobalImplicit;
                        if (sym.Kind == SymbolKind.Free)
                            free.Add(n);
                    }
                    else if (sym.Kind == SymbolKind.Free)
                    {
                        free.Add(n);
                    }
                    else if (IsFreeInAnyChild(child, n))
                    {
                        // A function nested in the comprehension captures this scope's local: it needs a cell
                        // (CPython's inline_comprehension keeps it free unless no child of the comprehension uses it).
                        freeInChildren.Add(n);
                    }
                }
                // Cells needed by scopes nested in the comprehension (e.g. a lambda) belong to the comprehension
                // itself or propagate here through childFree above.
            }
            else
            {
                foreach (var n in childFree)
                    freeInChildren.Add(n);
            }
        }

        foreach (var n in freeInChildren)
        {
            var sym = scope.Lookup(n);
            if (sym is not null && sym.Kind == SymbolKind.Local && scope.Kind != ScopeKind.Module && scope.Kind != ScopeKind.Class)
            {
                sym.Kind = SymbolKind.Cell;
            }
            else if (sym is not null && sym.Kind == SymbolKind.Local && scope.Kind == ScopeKind.Class && boundAbove.Contains(n))
            {
                // A class body's own name is never captured, but a method's free variable of the same name passes
                // through the class to the enclosing function's binding (CPython's DEF_FREE_CLASS): it stays a class
                // local here and is free for the enclosing function, which gives it a cell.
                free.Add(n);
            }
            else if (sym is not null && (sym.Kind == SymbolKind.Local || sym.Kind == SymbolKind.Cell))
            {
                // Module/class locals are never captured (the nested scope sees them as globals).
            }
            else if (boundAbove.Contains(n))
            {
                // Passes through this scope to an enclosing function.
                if (sym is null)
                {
                    sym = scope.GetOrAdd(n);
                    sym.Kind = SymbolKind.Free;
                }
                free.Add(n);
            }
        }
        return free;
    }

    /// <summary>CPython's <c>is_free_in_any_child</c>, seeing through nested inlined comprehensions (CPython splices
    /// their children into the enclosing comprehension's).</summary>
    private static bool IsFreeInAnyChild(Scope comprehension, string name)
    {
        foreach (var child in comprehension.Children)
        {
            if (child.IsInlinedComprehension ? IsFreeInAnyChild(child, name) : child.Lookup(name)?.Kind == SymbolKind.Free)
                return true;
        }
        return false;
    }
}
