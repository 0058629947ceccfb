using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using Attribute = PyAot.FrontEnd.Ast.Attribute;

namespace PyAot.Generator.Analysis;

/// <summary>
/// Definite assignment for one body (the module's, a function's or lambda's, a generator expression's), worked out
/// from the tree before any C# is written: at each read of a name the body keeps in a C# local (a function's plain
/// locals, a comprehension's iteration variables, the module's globals in the module body), whether the name is
/// certainly bound there. The lowering only asks (<see cref="IsBound"/>); a read it cannot prove bound gets the
/// unbound check, with CPython's UnboundLocalError or NameError.
/// <para>
/// A forward must-analysis over a <see cref="BindingState"/>: statements bind and unbind names, branches fork the
/// state and join it (the names bound on every path), a jump (<c>return</c>, <c>raise</c>, <c>break</c>,
/// <c>continue</c>) makes the rest unreachable. Code that may run again or be cut short starts from the state
/// before it without what it may unbind (<see cref="Unbinding"/>): a loop's head, an except clause, a finally block,
/// the code after a <c>with</c> whose <c>__exit__</c> may swallow an exception. Cells (names a nested function
/// captures) are never tracked: they are checked on every read. Reads in unreachable code count as bound (nothing
/// reads them). Walrus targets are not counted as bound (conservative).
/// </para>
/// </summary>
internal sealed class DefiniteAssignment : ScopeWalker
{
    private readonly SymbolTable _table;
    /// <summary>The scope whose body this is (the module, a function or lambda, or a generator expression).</summary>
    private readonly Scope _body;
    private readonly HashSet<Name> _boundReads = new(); // (nodes compare by reference)
    private BindingState _state = BindingState.Empty();
    private Scope _scope;

    private DefiniteAssignment(SymbolTable table, Scope body)
    {
        _table = table;
        _body = body;
        _scope = body;
    }

    private readonly HashSet<List<Stmt>> _reachableEnds = new(); // (lists compare by reference)

    /// <summary>Whether the end of <paramref name="body"/> (a match case's body, a finally block) can be reached.</summary>
    public bool EndReachable(List<Stmt> body) => _reachableEnds.Contains(body);

    private void Block(List<Stmt> body)
    {
        VisitList(body);
        if (!_state.IsUnreachable)
            _reachableEnds.Add(body);
    }

    /// <summary>Whether the name <paramref name="read"/> reads is certainly bound there (false for a name it does not
    /// track: a cell, a free variable, a class-namespace name, a global read from a function).</summary>
    public bool IsBound(Name read) => _boundReads.Contains(read);

    /// <summary>The module body (<c>__name__</c>, <c>__doc__</c> and <c>__file__</c> are bound before it runs).</summary>
    public static DefiniteAssignment ForModule(SymbolTable table, Module module)
    {
        var a = new DefiniteAssignment(table, table.Module);
        a.BindName("__name__");
        a.BindName("__doc__");
        a.BindName("__file__");
        a.VisitList(module.Body);
        return a;
    }

    /// <summary>A function's or lambda's body; <paramref name="parameters"/> are bound on entry (those in cells are
    /// not tracked).</summary>
    public static DefiniteAssignment ForFunction(SymbolTable table, Scope scope, Node function, IEnumerable<string> parameters)
    {
        var a = new DefiniteAssignment(table, scope);
        foreach (var p in parameters)
            a.BindName(p);
        if (function is Lambda lambda)
            a.Visit(lambda.Body);
        else
            a.VisitList(((FunctionDef)function).Body);
        return a;
    }

    /// <summary>A generator expression's body: its clauses after the first iterable (evaluated outside), and its
    /// element.</summary>
    public static DefiniteAssignment ForGeneratorExpression(SymbolTable table, Scope scope, GeneratorExp ge)
    {
        var a = new DefiniteAssignment(table, scope);
        for (int i = 0; i < ge.Generators.Count; i++)
        {
            var g = ge.Generators[i];
            if (i > 0)
                a.Visit(g.Iter);
            a.Store(g.Target);
            a.VisitList(g.Ifs);
        }
        a.Visit(ge.Elt);
        return a;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Names

    /// <summary>Where a name used in the current scope lives, if it is a variable this body tracks (the same
    /// resolution as the lowering's <c>Storage</c>). <paramref name="reading"/>: a read of a class body's own name
    /// falls back to the module global of that name when the class namespace lacks it, so it answers for that.</summary>
    private readonly Dictionary<Variable, int> _numbers = new();

    /// <summary>The number of a variable in this body's states.</summary>
    private int Number(Variable v)
    {
        if (!_numbers.TryGetValue(v, out int n))
            _numbers[v] = n = _numbers.Count;
        return n;
    }

    private int? Resolve(string name, bool reading = false)
    {
        var v = ResolveVariable(name, reading);
        return v is { } found ? Number(found) : null;
    }

    private Variable? ResolveVariable(string name, bool reading)
    {
        var s = _scope;
        while (s != _body && s.Kind is ScopeKind.Comprehension or ScopeKind.Class)
        {
            var sym = s.Lookup(name);
            if (s.Kind == ScopeKind.Class)
            {
                if (name == "__class__")
                    return null;
                if (sym is { Kind: SymbolKind.Local } && s == _scope)
                    return reading ? ModuleVar(name) : null; // the class namespace (a read's fallback: the global)
                if (sym is { Kind: SymbolKind.GlobalExplicit })
                    return ModuleVar(name);
                s = s.Parent!;
                continue;
            }
            if (sym is { Kind: SymbolKind.Local })
                return new Variable(s, name);
            if (sym is { Kind: SymbolKind.Cell })
                return null;
            if (sym is { Kind: SymbolKind.GlobalExplicit })
                return ModuleVar(name);
            s = s.Parent!;
        }
        if (s.Kind == ScopeKind.Module)
            return ModuleVar(name);
        var bodySym = s.Lookup(name);
        if (bodySym is { Kind: SymbolKind.Local })
            return new Variable(s, name);
        if (bodySym is { Kind: SymbolKind.Cell or SymbolKind.Free })
            return null;
        return ModuleVar(name);
    }

    /// <summary>A module global: tracked only in the module's own body (a function cannot know what ran before it).</summary>
    private Variable? ModuleVar(string name) => _body.Kind == ScopeKind.Module ? new Variable(_body, name) : null;

    private void BindName(string name)
    {
        if (Resolve(name) is { } v)
            _state.Bind(v);
    }

    private void UnbindName(string name)
    {
        if (Resolve(name) is { } v)
            _state.Unbind(v);
    }

    private void Read(Name n)
    {
        if (_state.IsUnreachable || (Resolve(n.Id, reading: true) is { } v && _state.Contains(v)))
            _boundReads.Add(n);
    }

    private readonly Dictionary<Call, Name> _superSelf = new();

    /// <summary>The read of the method's first parameter that a zero-argument <c>super()</c> makes (its bound-ness
    /// is a fact like any read's).</summary>
    public Name SuperSelfRead(Call superCall) => _superSelf[superCall];

    public override void VisitCall(Call node)
    {
        base.VisitCall(node);
        if (node is { Func: Name { Id: "super" }, Args.Count: 0, Keywords.Count: 0 } && _body.Parameters.Count > 0 &&
            !_superSelf.ContainsKey(node))
        {
            var self = new Name { Id = _body.Parameters[0], Ctx = ExprContext.Load, Lineno = node.Lineno, ColOffset = node.ColOffset };
            _superSelf[node] = self;
            Read(self);
        }
    }

    /// <summary>Stores to an assignment target: names bound, the parts of attribute and subscript targets read.</summary>
    private void Store(Expr target)
    {
        switch (target)
        {
            case Name n:
                BindName(n.Id);
                break;
            case Tuple t:
                foreach (var e in t.Elts)
                    Store(e);
                break;
            case List l:
                foreach (var e in l.Elts)
                    Store(e);
                break;
            case Starred s:
                Store(s.Value);
                break;
            case Attribute a:
                Visit(a.Value);
                break;
            case Subscript s:
                Visit(s.Value);
                Visit(s.Slice);
                break;
        }
    }

    private readonly Dictionary<List<Stmt>, HashSet<string>> _unbound = new(); // (lists compare by reference)

    /// <summary>The state before code that may run again or be cut short, without what <paramref name="bodies"/> may unbind.</summary>
    private BindingState WithoutUnbound(BindingState state, params List<Stmt>[] bodies)
    {
        var result = state.Copy();
        if (result.IsUnreachable)
            return result;
        foreach (var body in bodies)
        {
            if (!_unbound.TryGetValue(body, out var names))
                _unbound[body] = names = Unbinding.NamesUnboundIn(body);
            foreach (var name in names)
            {
                if (Resolve(name) is { } v)
                    result.Unbind(v);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expressions

    public override void VisitName(Name node)
    {
        if (node.Ctx == ExprContext.Load)
            Read(node);
    }

    public override void VisitNamedExpr(NamedExpr node) => Visit(node.Value); // (the target: not counted as bound)

    public override void VisitListComp(ListComp node) => Comprehension(node, node.Generators, node.Elt, null);
    public override void VisitSetComp(SetComp node) => Comprehension(node, node.Generators, node.Elt, null);
    public override void VisitDictComp(DictComp node) => Comprehension(node, node.Generators, node.Key, node.Value);

    /// <summary>PEP 709: the first iterable in the enclosing scope, the rest in the comprehension's, whose iteration
    /// variables are bound only inside it.</summary>
    private void Comprehension(Expr node, List<Comprehension> generators, Expr elt, Expr? value)
    {
        Visit(generators[0].Iter);
        var saved = _state.Copy();
        var savedScope = _scope;
        _scope = _table.ScopeOf(node);
        for (int i = 0; i < generators.Count; i++)
        {
            if (i > 0)
                Visit(generators[i].Iter);
            Store(generators[i].Target);
            VisitList(generators[i].Ifs);
        }
        Visit(elt);
        Visit(value);
        _scope = savedScope;
        _state = saved;
    }


    // ---------------------------------------------------------------------------------------------------------
    // Statements

    // A def evaluates its decorators, defaults and annotations here (ScopeWalker), then binds its name; its body,
    // like a lambda's or a generator expression's, is its own analysis.
    public override void VisitFunctionDef(FunctionDef node)
    {
        VisitList(node.DecoratorList);
        Visit(node.Args);
        if (!_table.FutureAnnotations)
            Visit(node.Returns);
        BindName(node.Name);
    }

    // Under PEP 563 annotations are never evaluated.
    public override void VisitArg(Arg node)
    {
        if (!_table.FutureAnnotations)
            base.VisitArg(node);
    }

    public override void VisitClassDef(ClassDef node)
    {
        VisitList(node.DecoratorList);
        VisitList(node.Bases);
        foreach (var k in node.Keywords)
            Visit(k.Value);
        var saved = _state.Copy();
        var savedScope = _scope;
        _scope = _table.ScopeOf(node);
        VisitList(node.Body);
        _scope = savedScope;
        _state = saved;
        BindName(node.Name);
    }

    public override void VisitReturn(Return node)
    {
        Visit(node.Value);
        _state = BindingState.Unreachable();
    }

    public override void VisitRaise(Raise node)
    {
        Visit(node.Exc);
        Visit(node.Cause);
        _state = BindingState.Unreachable();
    }

    public override void VisitBreak(Break node) => _state = BindingState.Unreachable();
    public override void VisitContinue(Continue node) => _state = BindingState.Unreachable();

    public override void VisitAssign(Assign node)
    {
        Visit(node.Value);
        foreach (var t in node.Targets)
            Store(t);
    }

    public override void VisitAugAssign(AugAssign node)
    {
        if (node.Target is Name n)
        {
            Read(n); // read, then stored
            Visit(node.Value);
            BindName(n.Id);
            return;
        }
        Store(node.Target);
        Visit(node.Value);
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        // The assignment, or a target's object when there is no value; then the annotation, evaluated only at module
        // level (and in class bodies there).
        if (node.Value is not null)
        {
            Visit(node.Value);
            Store(node.Target);
        }
        else if (node.Target is Attribute at)
        {
            Visit(at.Value);
        }
        else if (node.Target is Subscript sub)
        {
            Visit(sub.Value);
            Visit(sub.Slice);
        }
        if (_body.Kind == ScopeKind.Module && !_table.FutureAnnotations)
            Visit(node.Annotation);
    }

    public override void VisitDelete(Delete node)
    {
        foreach (var t in node.Targets)
            Delete(t);
    }

    private void Delete(Expr t)
    {
        switch (t)
        {
            case Name n:
                UnbindName(n.Id);
                break;
            case Tuple tu:
                foreach (var e in tu.Elts)
                    Delete(e);
                break;
            case List l:
                foreach (var e in l.Elts)
                    Delete(e);
                break;
            default:
                Visit(t);
                break;
        }
    }

    public override void VisitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            string dotted = alias.Name;
            int dot = dotted.IndexOf('.');
            BindName(alias.Asname ?? (dot < 0 ? dotted : dotted.Substring(0, dot)));
        }
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        foreach (var alias in node.Names)
            BindName(alias.Asname ?? alias.Name);
    }

    public override void VisitIf(If node)
    {
        Visit(node.Test);
        var before = _state;
        _state = before.Copy();
        VisitList(node.Body);
        var afterBody = _state;
        _state = before.Copy();
        VisitList(node.Orelse);
        _state = BindingState.Join(afterBody, _state);
    }

    public override void VisitWhile(While node)
    {
        // The head: what holds on entry and after every iteration.
        _state = WithoutUnbound(_state, node.Body);
        Visit(node.Test);
        var head = _state.Copy();
        VisitList(node.Body);
        _state = LoopExits.IsInfinite(node) ? BindingState.Unreachable() : head.Copy();
        AfterLoop(node.Orelse, head, LoopExits.Breaks(node.Body));
    }

    public override void VisitFor(For node) => ForLoop(node.Iter, node.Target, node.Body, node.Orelse);

    public override void VisitAsyncFor(AsyncFor node) => ForLoop(node.Iter, node.Target, node.Body, node.Orelse);

    private void ForLoop(Expr iter, Expr target, List<Stmt> body, List<Stmt> orelse)
    {
        Visit(iter);
        var head = WithoutUnbound(_state, body);
        _state = head.Copy();
        Store(target);
        VisitList(body);
        _state = head.Copy();
        AfterLoop(orelse, head, LoopExits.Breaks(body));
    }

    /// <summary>The else clause (run when the loop ends by its test or iterator, from the state in
    /// <see cref="_state"/>) and the state after the loop: joined with the head's when a break may leave the loop
    /// (every break state holds at least what the head holds, since the head lacks whatever the body may unbind).</summary>
    private void AfterLoop(List<Stmt> orelse, BindingState head, bool breaks)
    {
        VisitList(orelse);
        if (breaks)
            _state = BindingState.Join(_state, head.Copy());
    }

    public override void VisitTry(Try node) => TryStatement(node.Body, node.Handlers, node.Orelse, node.Finalbody);
    public override void VisitTryStar(TryStar node) => TryStatement(node.Body, node.Handlers, node.Orelse, node.Finalbody);

    private void TryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
    {
        var before = _state.Copy();
        // A handler may start anywhere in the body; a finally block anywhere in the body, handlers or else.
        var handlerEntry = WithoutUnbound(before, body);
        var finallyEntry = WithoutUnbound(before, new[] { body, orelse }.Concat(handlers.Select(h => h.Body)).ToArray());
        foreach (var h in handlers)
        {
            if (h.Name is not null && Resolve(h.Name) is { } asName)
                finallyEntry.Unbind(asName);
        }
        VisitList(body);
        VisitList(orelse);
        var after = _state;
        foreach (var h in handlers)
        {
            _state = handlerEntry.Copy();
            Visit(h.Type);
            if (h.Name is not null)
                BindName(h.Name);
            VisitList(h.Body);
            if (h.Name is not null)
                UnbindName(h.Name); // `except E as e` deletes e when the handler ends
            after = BindingState.Join(after, _state);
        }
        if (finalbody.Count == 0)
        {
            _state = after;
            return;
        }
        _state = finallyEntry;
        Block(finalbody);
        var finallyEnd = _state;
        if (finallyEnd.IsUnreachable || after.IsUnreachable)
        {
            _state = BindingState.Unreachable();
            return;
        }
        // The finally block runs after every way the statement completes: what it unbinds is gone, what it binds on
        // every path is bound (it started from less than any of those ways hold).
        _state = WithoutUnbound(after, finalbody);
        _state.UnionWith(finallyEnd);
    }

    public override void VisitWith(With node) => WithStatement(node.Items, node.Body);

    public override void VisitAsyncWith(AsyncWith node) => WithStatement(node.Items, node.Body);

    private void WithStatement(List<WithItem> items, List<Stmt> body)
    {
        var before = _state.Copy();
        foreach (var item in items)
        {
            Visit(item.ContextExpr);
            if (item.OptionalVars is not null)
                Store(item.OptionalVars);
        }
        VisitList(body);
        // __exit__ (__aexit__) may swallow an exception raised anywhere in the body: only what held before is certain.
        _state = WithoutUnbound(before, body);
    }

    public override void VisitMatch(Match node)
    {
        Visit(node.Subject);
        var before = _state;
        BindingState? after = null;
        foreach (var c in node.Cases)
        {
            _state = before.Copy();
            Visit(c.Pattern); // captures bind (CPython stores them once the whole pattern matched)
            Visit(c.Guard);
            Block(c.Body);
            after = after is null ? _state : BindingState.Join(after, _state);
        }
        // No case matched: the state before the match (a failed pattern's captures are not counted).
        _state = after is null ? before.Copy() : BindingState.Join(after, before.Copy());
    }

    public override void VisitMatchAs(MatchAs node)
    {
        Visit(node.Pattern);
        if (node.Name is not null)
            BindName(node.Name);
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name is not null)
            BindName(node.Name);
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        VisitList(node.Keys);
        VisitList(node.Patterns);
        if (node.Rest is not null)
            BindName(node.Rest);
    }

    public override void VisitMatchOr(MatchOr node)
    {
        // Every alternative binds the same names (a SyntaxError otherwise); they are bound if any matched.
        var before = _state;
        BindingState? after = null;
        foreach (var p in node.Patterns)
        {
            _state = before.Copy();
            Visit(p);
            after = after is null ? _state : BindingState.Join(after, _state);
        }
        _state = after ?? before;
    }
}
