using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Diagnostics;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Finds every construct outside the slice of Python the lowering supports, so that a module either compiles
/// completely or gets one PY2001 diagnostic per unsupported construct (never broken or silently wrong C#).
/// </summary>
internal sealed class SliceChecker
{
    private readonly SymbolTable _table;
    private readonly ImportResolver _imports;
    private readonly List<(string Id, string Message, Node Node)> _problems = new();
    private int _functionDepth;
    /// <summary>Inside a class body (not inside its methods).</summary>
    private int _classDepth;
    /// <summary>A submodule of a runtime module that is a package in CPython (<c>collections.abc</c>): the runtime
    /// has no such module yet.</summary>
    private bool UnderRuntimePackage(string dotted)
    {
        int dot = dotted.IndexOf('.');
        return dot > 0 && ImportResolver.RuntimePackages.Contains(dotted.Substring(0, dot)) && _imports.IsBuiltinModule(dotted.Substring(0, dot));
    }

    /// <summary>Inside the body of a <c>try</c> (of this function) whose handlers catch ImportError.</summary>
    private int _importGuards;
    /// <summary>Inside expressions a generator cannot suspend in (an except clause's type, a match guard).</summary>
    private int _noYieldDepth;
    /// <summary>The innermost function's kind: null at module or class level, true in an <c>async def</c>.</summary>
    private bool? _async;

    /// <summary>Whether the innermost function is an asynchronous generator (an <c>async def</c> with <c>yield</c>).</summary>
    private bool _asyncGenerator;
    /// <summary>Inside a comprehension or generator expression (an <c>await</c> there makes it asynchronous).</summary>
    private int _comprehensionDepth;

    /// <summary>How many generator expressions the walk is in (an asynchronous comprehension in one makes it an
    /// asynchronous generator expression: reported there).</summary>
    private int _genexpDepth;

    private void SyntaxError(string message, Node node) => _problems.Add((DiagnosticCatalog.SyntaxErrorId, "SyntaxError: " + message, node));

    private Analysis.MissingBuiltins? _missing;

    /// <summary>The builtins the runtime lacks, as this module's names see them.</summary>
    private Analysis.MissingBuiltins Missing => _missing ??= new Analysis.MissingBuiltins(_table);

    private Dictionary<string, string>? _runtimeAliases;

    /// <summary>Names that only <c>import m</c> / <c>import m as n</c> of one runtime module bind (anywhere in the
    /// module), so that <c>n.attr</c> is that module's attribute.</summary>
    private Dictionary<string, string> RuntimeAliases => _runtimeAliases ??= Analysis.RuntimeModuleAliases.Of(_table, m => _imports.IsBuiltinModule(m) || _imports.IsLibraryModule(m));

    /// <summary>PEP 563: annotations are strings, never evaluated, so never lowered.</summary>
    private readonly bool _futureAnnotations;

    public SliceChecker(SymbolTable table, ImportResolver imports, bool futureAnnotations)
    {
        _table = table;
        _imports = imports;
        _futureAnnotations = futureAnnotations;
    }

    public List<(string Id, string Message, Node Node)> Check(Module module)
    {
        Body(module.Body);
        return _problems;
    }

    private void NotSupported(string what, Node node) => _problems.Add((DiagnosticCatalog.UnsupportedId, $"{what} not supported yet", node));

    /// <summary>An import of a module that exists nowhere: not in the project, not in CPython's standard library (a
    /// standard module the compiler lacks is "not supported yet" instead). CPython raises ModuleNotFoundError there:
    /// inside a <c>try</c> that catches it (<see cref="ImportGuards"/>) the compiled code does too, at run time;
    /// anywhere else it is this build error.</summary>
    private bool ModuleNotFound(string module, Node node)
    {
        if (!_imports.ExistsNowhere(module))
            return false;
        if (_importGuards == 0)
            _problems.Add((DiagnosticCatalog.ModuleNotFoundId, $"ModuleNotFoundError: No module named '{module.Split('.')[0]}'", node));
        return true;
    }

    private void Body(List<Stmt> body)
    {
        foreach (var s in body)
            Stmt(s);
    }

    private void Stmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef f:
                Function(f);
                break;
            case AsyncFunctionDef f: // (not reached: the lowering sees FunctionDef { IsAsync: true })
                NotSupported("'async def' functions are", f);
                break;
            case ClassDef c:
                foreach (var d in c.DecoratorList)
                    Expr(d);
                foreach (var b in c.Bases)
                {
                    Expr(b is Starred sb ? sb.Value : b);
                    if (Missing.OfBase(b) is { } refused)
                        NotSupported(refused, b);
                }
                foreach (var k in c.Keywords)
                    Expr(k.Value);
                TypeParams(c.TypeParams);
                _classDepth++;
                int savedFn = _functionDepth;
                bool? savedAsync = _async;
                bool savedAsyncGenerator = _asyncGenerator;
                _functionDepth = 0;
                _async = null;
                _asyncGenerator = false;
                Body(c.Body);
                _functionDepth = savedFn;
                _async = savedAsync;
                _asyncGenerator = savedAsyncGenerator;
                _classDepth--;
                break;
            case Return r:
                if (r.Value is not null && _asyncGenerator)
                    SyntaxError("'return' with value in async generator", r);
                if (r.Value is not null)
                    ValueOrYield(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets)
                    Target(t, isDelete: true);
                break;
            case Assign a:
                ValueOrYield(a.Value);
                foreach (var t in a.Targets)
                    Target(t, isDelete: false);
                break;
            case TypeAlias ta:
                // (one with only TypeVar parameters is functions by now: TypeParameterScopes)
                TypeParams(ta.TypeParams);
                break;
            case AugAssign aa:
                Expr(aa.Value);
                Target(aa.Target, isDelete: false);
                break;
            case AnnAssign ann:
                if (ann.Value is not null)
                {
                    ValueOrYield(ann.Value);
                    Target(ann.Target, isDelete: false);
                }
                else if (ann.Target is Attribute at)
                {
                    Expr(at.Value);
                }
                else if (ann.Target is Subscript sub)
                {
                    Expr(sub.Value);
                    Expr(sub.Slice);
                }
                if (_functionDepth == 0 && !_futureAnnotations)
                    Expr(ann.Annotation);
                break;
            case For f:
                Target(f.Target, isDelete: false);
                Expr(f.Iter);
                Body(f.Body);
                Body(f.Orelse);
                break;
            case AsyncFor f:
                if (_async != true)
                    SyntaxError("'async for' outside async function", f);
                Target(f.Target, isDelete: false);
                Expr(f.Iter);
                Body(f.Body);
                Body(f.Orelse);
                break;
            case While w:
                Expr(w.Test);
                Body(w.Body);
                Body(w.Orelse);
                break;
            case If i:
                Expr(i.Test);
                Body(i.Body);
                Body(i.Orelse);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    Expr(item.ContextExpr);
                    if (item.OptionalVars is not null)
                        Target(item.OptionalVars, isDelete: false);
                }
                Body(w.Body);
                break;
            case AsyncWith w:
                if (_async != true)
                    SyntaxError("'async with' outside async function", w);
                foreach (var item in w.Items)
                {
                    Expr(item.ContextExpr);
                    if (item.OptionalVars is not null)
                        Target(item.OptionalVars, isDelete: false);
                }
                Body(w.Body);
                break;
            case Match m:
                Expr(m.Subject);
                foreach (var mc in m.Cases)
                {
                    _noYieldDepth++;
                    Pattern(mc.Pattern);
                    if (mc.Guard is not null)
                        Expr(mc.Guard);
                    _noYieldDepth--;
                    Body(mc.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                    Expr(r.Exc);
                if (r.Cause is not null)
                    Expr(r.Cause);
                break;
            case Try t:
            {
                bool guards = Analysis.ImportGuards.CatchesImportError(t, _table);
                if (guards)
                    _importGuards++;
                Body(t.Body);
                if (guards)
                    _importGuards--;
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null)
                        NoYield(h.Type);
                    Body(h.Body);
                }
                Body(t.Orelse);
                Body(t.Finalbody);
                break;
            }
            case TryStar t:
                // (its finally is a try of its own by now: ExceptStarFinally)
                if (Analysis.ExceptStarBlocks.Suspends(t))
                    NotSupported("'yield' or 'await' inside a 'try' with 'except*' is", t);
                Body(t.Body);
                foreach (var h in t.Handlers)
                {
                    NoYield(h.Type!);
                    foreach (var exit in Analysis.ExceptStarBlocks.Exits(h.Body))
                        SyntaxError("'break', 'continue' and 'return' cannot appear in an except* block", exit);
                    Body(h.Body);
                }
                Body(t.Orelse);
                break;
            case Assert a:
                Expr(a.Test);
                if (a.Msg is not null)
                    Expr(a.Msg);
                break;
            case Import imp:
                foreach (var alias in imp.Names)
                {
                    if (_imports.IsBuiltinModule(alias.Name) || _imports.UnderNonPackage(alias.Name, out _, out _))
                        continue;
                    if (UnderRuntimePackage(alias.Name))
                    {
                        NotSupported($"importing '{alias.Name}' is", alias);
                        continue;
                    }
                    _imports.Chain(alias.Name, out var missing);
                    if (missing is not null && !ModuleNotFound(alias.Name, alias))
                    {
                        NotSupported(missing == alias.Name
                            ? $"importing '{alias.Name}' (not a module of this project) is"
                            : $"importing '{alias.Name}' (its package '{missing}' has no __init__.py in this project) is", alias);
                    }
                }
                break;
            case ImportFrom { Module: "__future__", Level: null or 0 } future when !_imports.InProject("__future__"):
                // A future statement (FutureFeatures checked where and what): a compiler directive.
                foreach (var alias in future.Names)
                {
                    if (alias.Name == "barry_as_FLUFL")
                        NotSupported("the 'barry_as_FLUFL' future feature (PEP 401) is", alias);
                }
                break;
            case ImportFrom imp:
            {
                string? target = _imports.ResolveFrom(imp.Module, imp.Level ?? 0, out var error);
                if (error is not null)
                {
                    NotSupported($"a relative import beyond the top-level package is", imp);
                    break;
                }
                if (target is not null && UnderRuntimePackage(target))
                {
                    NotSupported($"importing from '{target}' is", imp);
                    break;
                }
                string? missing = null;
                if (!_imports.IsBuiltinModule(target) && !_imports.UnderNonPackage(target, out _, out _))
                    _imports.Chain(target!, out missing);
                if (missing is not null && !ModuleNotFound(target!, imp))
                {
                    NotSupported(missing == target
                        ? $"importing from '{target}' (not a module of this project) is"
                        : $"importing from '{target}' (its package '{missing}' has no __init__.py in this project) is", imp);
                }
                foreach (var alias in imp.Names)
                {
                    // (`*` binds what the module has: nothing to hold against CPython's names.)
                    if (alias.Name != "*" && (_imports.IsBuiltinModule(target) || _imports.IsLibraryModule(target)) && RuntimeModuleNames.Lacks(target!, alias.Name))
                        NotSupported($"'{target}.{alias.Name}' is", alias);
                }
                break;
            }
            case Break or Continue:
                break;
            case Global:
            case Pass:
                break;
            case Nonlocal:
                break;
            case ExprStmt e:
                ValueOrYield(e.Value);
                break;
            default:
                NotSupported($"'{stmt.PythonName}' statements are", stmt);
                break;
        }
    }

    private void Pattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v:
                Expr(v.Value);
                break;
            case MatchSingleton or MatchStar:
                break;
            case MatchAs a:
                if (a.Pattern is not null)
                    Pattern(a.Pattern);
                break;
            case MatchOr o:
                foreach (var x in o.Patterns)
                    Pattern(x);
                break;
            case MatchSequence s:
                foreach (var x in s.Patterns)
                    Pattern(x);
                break;
            case MatchMapping m:
                Exprs(m.Keys);
                foreach (var x in m.Patterns)
                    Pattern(x);
                break;
            case MatchClass c:
                Expr(c.Cls);
                foreach (var x in c.Patterns.Concat(c.KwdPatterns))
                    Pattern(x);
                break;
            default:
                NotSupported($"'{p.PythonName}' patterns are", p);
                break;
        }
    }

    /// <summary>Type parameters left as written: a definition with a ParamSpec or TypeVarTuple parameter
    /// (TypeParameterScopes makes the others functions).</summary>
    private void TypeParams(List<TypeParam> ps)
    {
        foreach (var p in ps)
        {
            if (p is ParamSpec ps1)
                NotSupported($"ParamSpec type parameters ('**{ps1.Name}') are", p);
            else if (p is TypeVarTuple tvt)
                NotSupported($"TypeVarTuple type parameters ('*{tvt.Name}') are", p);
        }
    }

    private void Function(FunctionDef f)
    {
        foreach (var d in f.DecoratorList)
            Expr(d);
        TypeParams(f.TypeParams);
        foreach (var (message, at) in f.TypeParameterErrors ?? new())
            SyntaxError(message, at);
        Parameters(f.Args);
        if (!_futureAnnotations)
        {
            foreach (var (_, annotation) in Analysis.Annotations.OfFunction(f))
                Expr(annotation);
        }
        _functionDepth++;
        int cls = _classDepth;
        _classDepth = 0;
        int noYield = _noYieldDepth, guards = _importGuards, comprehensions = _comprehensionDepth, genexps = _genexpDepth;
        bool? isAsync = _async;
        bool asyncGenerator = _asyncGenerator;
        _noYieldDepth = 0;
        _comprehensionDepth = 0;
        _genexpDepth = 0;
        _async = f.IsAsync;
        _asyncGenerator = f.IsAsync && _table.TryGetScope(f, out var scope) && scope.IsGenerator;
        _importGuards = 0; // (the body runs when called, outside the try around the def)
        Body(f.Body);
        _noYieldDepth = noYield;
        _comprehensionDepth = comprehensions;
        _genexpDepth = genexps;
        _async = isAsync;
        _asyncGenerator = asyncGenerator;
        _importGuards = guards;
        _classDepth = cls;
        _functionDepth--;
    }

    /// <summary>A statement's value (a yield is supported anywhere in it).</summary>
    private void ValueOrYield(Expr value) => Expr(value);

    /// <summary>An expression the lowering evaluates inside a C# block it cannot resume into.</summary>
    private void NoYield(Expr e)
    {
        _noYieldDepth++;
        Expr(e);
        _noYieldDepth--;
    }

    private void Parameters(Arguments a)
    {
        foreach (var d in a.Defaults)
            Expr(d);
        foreach (var d in a.KwDefaults)
        {
            if (d is not null)
                Expr(d);
        }
    }

    private void Target(Expr t, bool isDelete)
    {
        switch (t)
        {
            case Name:
                break;
            case Attribute a:
                Expr(a.Value);
                break;
            case Subscript s:
                Expr(s.Value);
                Expr(s.Slice);
                break;
            case Tuple tu when !isDelete:
                foreach (var e in tu.Elts)
                    Target(e, false);
                break;
            case List l when !isDelete:
                foreach (var e in l.Elts)
                    Target(e, false);
                break;
            case Tuple tu:
                foreach (var e in tu.Elts)
                    Target(e, true);
                break;
            case List l:
                foreach (var e in l.Elts)
                    Target(e, true);
                break;
            case Starred s when !isDelete:
                Target(s.Value, false);
                break;
            default:
                NotSupported($"assigning to '{t.PythonName}' is", t);
                break;
        }
    }

    private void Exprs(List<Expr> list)
    {
        foreach (var e in list)
            Expr(e);
    }

    private void Expr(Expr expr)
    {
        switch (expr)
        {
            case Constant:
                break;
            case Name n:
                if (Missing.OfValue(n) is { } value)
                    NotSupported(value, n);
                break;
            case BoolOp b:
                Exprs(b.Values);
                break;
            case NamedExpr ne:
                Expr(ne.Value);
                break;
            case BinOp b:
                Expr(b.Left);
                Expr(b.Right);
                break;
            case UnaryOp u:
                Expr(u.Operand);
                break;
            case Lambda l:
            {
                Parameters(l.Args);
                int noYield = _noYieldDepth, comprehensions = _comprehensionDepth, genexps = _genexpDepth;
                bool? isAsync = _async;
                _noYieldDepth = 0;
                _comprehensionDepth = 0;
                _genexpDepth = 0;
                _async = false;
                Expr(l.Body);
                _noYieldDepth = noYield;
                _comprehensionDepth = comprehensions;
                _genexpDepth = genexps;
                _async = isAsync;
                break;
            }
            case IfExp i:
                Expr(i.Test);
                Expr(i.Body);
                Expr(i.Orelse);
                break;
            case Dict d:
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    if (d.Keys[i] is not null)
                        Expr(d.Keys[i]!);
                }
                Exprs(d.Values);
                break;
            case Set s:
                Elements(s.Elts);
                break;
            case List l:
                Elements(l.Elts);
                break;
            case Tuple t:
                Elements(t.Elts);
                break;
            case ListComp lc:
                Comprehension(lc, lc.Generators, lc.Elt);
                break;
            case SetComp sc:
                Comprehension(sc, sc.Generators, sc.Elt);
                break;
            case DictComp dc:
                Comprehension(dc, dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                Comprehension(ge, ge.Generators, ge.Elt);
                break;
            case Await a:
                // compile.c's checks, in its order; an await in a comprehension would make it asynchronous.
                if (_async is null && _comprehensionDepth == 0)
                    SyntaxError("'await' outside function", a);
                else if (_async == false && _comprehensionDepth == 0)
                    SyntaxError("'await' outside async function", a);
                // (in a comprehension: the comprehension is asynchronous, which its own check reports)
                else if (_noYieldDepth > 0)
                    NotSupported("'await' in an except clause's type or a match pattern or guard is", a);
                Expr(a.Value);
                break;
            case Yield y:
                if (_noYieldDepth > 0)
                    NotSupported("'yield' in an except clause's type or a match pattern or guard is", y);
                if (y.Value is not null)
                    Expr(y.Value);
                break;
            case YieldFrom y:
                if (_async == true && _comprehensionDepth == 0)
                    SyntaxError("'yield from' inside async function", y);
                if (_noYieldDepth > 0)
                    NotSupported("'yield from' in an except clause's type or a match pattern or guard is", y);
                Expr(y.Value);
                break;
            case Compare c:
                Expr(c.Left);
                Exprs(c.Comparators);
                break;
            case Call c:
                if (Missing.OfCall(c) is { } missing)
                    NotSupported(missing, c);
                if (c.Func is not Name)
                    Expr(c.Func);
                foreach (var a in c.Args)
                    Expr(a is Starred s ? s.Value : a);
                foreach (var k in c.Keywords)
                    Expr(k.Value);
                break;
            case FormattedValue fv:
                Expr(fv.Value);
                if (fv.FormatSpec is not null)
                    Expr(fv.FormatSpec);
                break;
            case JoinedStr js:
                Exprs(js.Values);
                break;
            case Attribute a:
                Expr(a.Value);
                if (a.Ctx == ExprContext.Load && a.Value is Name { Id: var alias } && RuntimeAliases.TryGetValue(alias, out var runtimeModule)
                    && RuntimeModuleNames.Lacks(runtimeModule, a.Attr))
                    NotSupported($"'{runtimeModule}.{a.Attr}' is", a);
                break;
            case Subscript s:
                Expr(s.Value);
                Expr(s.Slice);
                break;
            case Slice s:
                if (s.Lower is not null)
                    Expr(s.Lower);
                if (s.Upper is not null)
                    Expr(s.Upper);
                if (s.Step is not null)
                    Expr(s.Step);
                break;
            case Starred s:
                NotSupported("'*' unpacking is", s);
                break;
            default:
                NotSupported($"'{expr.PythonName}' expressions are", expr);
                break;
        }
    }

    private void Elements(List<Expr> elts)
    {
        foreach (var e in elts)
            Expr(e is Starred s ? s.Value : e);
    }

    private void Comprehension(Expr node, List<Comprehension> generators, Expr element, Expr? value = null)
    {
        // PEP 530: an async for, or an await in its own code, makes a comprehension asynchronous (compile.c's check):
        // allowed in an async def, and anywhere for a generator expression (an async generator object) and what it
        // inlines.
        bool isAsync = Analysis.AsyncComprehension.Is(node);
        bool genexp = node is GeneratorExp;
        if (isAsync && !genexp && _async != true && _genexpDepth == 0)
            SyntaxError("asynchronous comprehension outside of an asynchronous function", node);
        for (int i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            Target(g.Target, isDelete: false);
            // (the first iterable is evaluated in the enclosing scope)
            if (i > 0)
                _comprehensionDepth++;
            Expr(g.Iter);
            if (i == 0)
            {
                _comprehensionDepth++;
                if (genexp)
                    _genexpDepth++;
            }
            Exprs(g.Ifs);
        }
        Expr(element);
        if (value is not null)
            Expr(value);
        _comprehensionDepth -= generators.Count;
        if (genexp)
            _genexpDepth--;
    }
}
