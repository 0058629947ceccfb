using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Lowers the statements of one C# method: the module body or one function. Python locals become C# locals of
/// type <c>PyValue</c> (<c>default</c> = unbound), module globals are fields of <c>Globals</c>. A forward
/// definite-assignment analysis runs along with the lowering (<see cref="_bound"/>): a read gets an unbound check
/// only where the name is not provably bound.
/// </summary>
internal sealed partial class BodyLowerer
{
    private readonly ModuleCompiler _m;
    private readonly Scope _functionScope;
    private readonly FunctionInfo? _fn;
    private readonly NameAllocator _names;
    /// <summary>Python local → C# identifier (function scope only).</summary>
    private readonly Dictionary<string, string> _locals = new();
    /// <summary>Python local captured by a nested function → C# local holding its <c>PyCell</c>.</summary>
    private readonly Dictionary<string, string> _cells = new();
    /// <summary>Python free variable → the cell field of the closure (<c>closure.cell_x</c>).</summary>
    private readonly Dictionary<string, string> _free = new();
    /// <summary>Comprehension scope → (Python name → C# identifier) of its iteration variables (its <c>PyCell</c>
    /// local for one a nested function captures).</summary>
    private readonly Dictionary<Scope, Dictionary<string, string>> _compVars = new();
    private readonly List<string> _localDecls = new();
    private readonly List<string> _temps = new();
    private readonly Stack<LoopInfo> _loops = new();
    /// <summary>The C# variables holding the exceptions of the enclosing except blocks (innermost on top).</summary>
    private readonly Stack<string> _handlers = new();
    /// <summary>Class scope → the C# local of its namespace / of its <c>__class__</c> cell (while its body is lowered).</summary>
    private readonly Dictionary<Scope, string> _classNamespaces = new();
    private readonly Dictionary<Scope, string> _classCells = new();
    /// <summary>Every event point of the body is written through it (<see cref="Emitter"/>).</summary>
    private readonly Emitter _e;
    /// <summary>The writer the lowering writes to now (the emitter's, swapped by <see cref="Capture{T}"/>).</summary>
    private CodeWriter _w
    {
        get => _e.Writer;
        set => _e.Writer = value;
    }
    private Scope _scope;
    /// <summary>Definitely bound storage (C# lvalue text) at the current point; null = unreachable.</summary>
    private HashSet<string>? _bound = new();
    private int _labelCounter;

    private sealed class LoopInfo
    {
        public LoopInfo(Stmt loop) => Loop = loop;

        /// <summary>The <c>while</c> or <c>for</c> statement.</summary>
        public Stmt Loop { get; }
        public string? BreakLabel;
        /// <summary>Set when the loop is lowered to labels (a generator's loop containing a yield).</summary>
        public string? ContinueLabel;
    }

    public BodyLowerer(ModuleCompiler m, Scope scope, FunctionInfo? fn)
    {
        _m = m;
        _functionScope = scope;
        _scope = scope;
        _fn = fn;
        _e = new Emitter(m.Instrumenter, m.Map, m.FilePathForLine);
        _names = new NameAllocator(ModuleCompiler.ReservedInBodies.Concat(new[] { m.ClassName }));
    }

    private bool IsModule => _fn is null;

    // =========================================================================================================
    // Entry points

    public string LowerFunction()
    {
        var fn = _fn!;
        var paramNames = _m.ParamNames[fn];
        if (fn.ClosureParam is not null)
            _names.Reserve(fn.ClosureParam);
        for (int i = 0; i < fn.Parameters.Count; i++)
            _names.Reserve(paramNames[i].TrimStart('@'));
        // PEP 669: PY_START will be tested here. The stack check turns runaway recursion into RecursionError.
        _w.Directive("#line hidden");
        _w.Line("PyProgram.CheckStack();");
        for (int i = 0; i < fn.Parameters.Count; i++)
        {
            var sym = _functionScope.Lookup(fn.Parameters[i]);
            if (sym is not null && sym.Kind == SymbolKind.Cell)
            {
                // A parameter a nested function captures lives in a cell.
                string cell = _names.Allocate(fn.Parameters[i] + "_cell");
                _cells[fn.Parameters[i]] = cell;
                _w.Line($"var {cell} = new PyCell({paramNames[i]});");
            }
            else
            {
                _locals[fn.Parameters[i]] = paramNames[i];
                _bound!.Add(paramNames[i]);
            }
        }
        foreach (var sym in _functionScope.Symbols)
        {
            if (sym.Kind == SymbolKind.Local && !_locals.ContainsKey(sym.Name))
            {
                string id = _names.Allocate(sym.Name);
                _locals[sym.Name] = id;
                _localDecls.Add(id);
            }
            else if (sym.Kind == SymbolKind.Cell && !_cells.ContainsKey(sym.Name))
            {
                string cell = _names.Allocate(sym.Name + "_cell");
                _cells[sym.Name] = cell;
                _w.Line($"var {cell} = new PyCell();");
            }
            else if (sym.Kind == SymbolKind.Free)
            {
                _free[sym.Name] = $"{fn.ClosureParam}.{FunctionInfo.CellField(sym.Name)}";
            }
        }
        _e.FunctionStart(fn.Node);
        if (fn.Node is Lambda lambda)
        {
            _e.LineDirective(lambda.Body);
            _e.Return(lambda, LowerValue(lambda.Body));
            return Assemble();
        }
        var body = ((FunctionDef)fn.Node).Body;
        Statements(body, 0); // (a docstring is a statement without code)
        // Always present: C#'s reachability is not Python's (the warning for unreachable code is off).
        _w.Directive("#line hidden");
        _e.Return(fn.Node, "PyValue.None");
        return Assemble();
    }

    public string LowerModuleBody()
    {
        _bound!.Add(GlobalLvalue("__name__"));
        Statements(_m.Tree.Body, 0);
        return Assemble();
    }

    private string Assemble()
    {
        var outer = new CodeWriter();
        outer.Line("{");
        outer.Indent++;
        if (_localDecls.Count > 0 || _temps.Count > 0)
        {
            outer.Directive("#line hidden");
            foreach (var l in _localDecls)
                outer.Line($"PyValue {l} = default;");
            foreach (var t in _temps)
                outer.Line($"PyValue {t} = default;");
        }
        outer.Indent--;
        outer.Append(_w, 1);
        outer.Directive("#line default");
        outer.Line("}");
        return outer.ToString();
    }

    // =========================================================================================================
    // Helpers

    private string NewTemp(string hint = "t")
    {
        string name = _names.Allocate(hint);
        _temps.Add(name);
        return name;
    }

    /// <summary>A C# local declared where it is used (for typed temporaries).</summary>
    private string NewBlockLocal(string hint) => _names.Allocate(hint);

    private string NewLabel(string hint) => _names.Allocate(hint + "_" + (++_labelCounter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string GlobalLvalue(string name)
    {
        if (!_m.GlobalFields.TryGetValue(name, out var field))
            throw new InvalidOperationException($"no global field for '{name}'");
        return ModuleState.Global(field);
    }

    private static HashSet<string>? Copy(HashSet<string>? s) => s is null ? null : new HashSet<string>(s);

    private static HashSet<string>? Meet(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null)
            return b;
        if (b is null)
            return a;
        var r = new HashSet<string>(a);
        r.IntersectWith(b);
        return r;
    }

    private void MarkBound(string lvalue) => _bound?.Add(lvalue);

    private bool IsBound(string lvalue) => _bound is null || _bound.Contains(lvalue);

    private void StatementHeader(Node s) => _e.Statement(s);

    private void NotSupported(string what, Node node) =>
        throw new LoweringError($"{what} not supported yet", node);

    /// <summary>Lowers into a separate writer; returns what it wrote (pre-statements) and the result.</summary>
    private (CodeWriter Pre, T Result) Capture<T>(Func<T> lower)
    {
        var saved = _w;
        var pre = new CodeWriter { Indent = 0 };
        _w = pre;
        try
        {
            return (pre, lower());
        }
        finally
        {
            _w = saved;
        }
    }

    // =========================================================================================================
    // Statements

    private void Statements(List<Stmt> body, int start)
    {
        for (int i = start; i < body.Count; i++)
        {
            _m.Ct.ThrowIfCancellationRequested();
            Statement(body[i]);
        }
    }

    private void Block(List<Stmt> body)
    {
        _w.Open();
        Statements(body, 0);
        _w.Close();
    }

    private void Statement(Stmt stmt)
    {
        switch (stmt)
        {
            case ExprStmt { Value: Constant }: // docstrings and other constant expressions: nothing to do
            case Pass:
            case Global:
            case Nonlocal:
                _e.StatementWithoutCode(stmt);
                return;
        }
        StatementHeader(stmt);
        if (stmt is Continue jump && _loops.Count > 0)
            _e.BackEdge(_loops.Peek().Loop, jump);
        if (FinallyExit(stmt))
            return;
        if (_gen is not null && GeneratorStatement(stmt))
            return;
        switch (stmt)
        {
            case FunctionDef f:
                FunctionDefinition(f);
                break;
            case ClassDef c:
                ClassDefinition(c);
                break;
            case Return r:
                if (IsModule)
                    throw new LoweringError("'return' outside function", r, syntax: true);
                _e.Return(r, r.Value is null ? "PyValue.None" : LowerValue(r.Value));
                _bound = null;
                break;
            case Assign a:
                Assignment(a);
                break;
            case AugAssign aa:
                AugmentedAssignment(aa);
                break;
            case AnnAssign ann:
                if (IsModule)
                {
                    var ann1 = Lower(ann.Annotation);
                    if (!ann1.IsConstant)
                        _w.Line($"_ = {ann1.Code};");
                }
                if (ann.Value is not null)
                    StoreTo(ann.Target, Lower(ann.Value), valueIsTemp: false);
                break;
            case Delete d:
                foreach (var t in d.Targets)
                    DeleteTarget(t);
                break;
            case If i:
                IfStatement(i);
                break;
            case While wh:
                WhileStatement(wh);
                break;
            case For f:
                ForStatement(f);
                break;
            case Break b:
                if (_loops.Count == 0)
                    throw new LoweringError("'break' outside loop", b, syntax: true);
                _w.Line(_loops.Peek().BreakLabel is { } label ? $"goto {label};" : "break;");
                _bound = null;
                break;
            case Continue c:
                if (_loops.Count == 0)
                    throw new LoweringError("'continue' not properly in loop", c, syntax: true);
                _w.Line(_loops.Peek().ContinueLabel is { } next ? $"goto {next};" : "continue;");
                _bound = null;
                break;
            case Try t:
                if (!TryFlatFinally(t) && !TryFastTryStatement(t))
                    TryStatement(t);
                break;
            case With w:
                WithStatement(w, 0);
                break;
            case Match m:
                MatchStatement(m);
                break;
            // Bare raise inside an except block: re-raise the handled exception, keeping its traceback.
            case Raise { Exc: null } reraise:
                _e.Raise(reraise, $"Rt.Reraise({_handlers.Peek()})");
                _bound = null;
                break;
            case Raise r:
            {
                string exc = LowerValue(r.Exc!);
                if (r.Cause is not null)
                {
                    string t = Spill(exc);
                    _e.Raise(r, $"PyException.FromValue({t}, {LowerValue(r.Cause)})");
                }
                else
                {
                    _e.Raise(r, $"PyException.FromValue({exc})");
                }
                _bound = null;
                break;
            }
            case Assert a:
            {
                string cond = LowerCondition(a.Test);
                var (pre, msg) = Capture(() => a.Msg is null ? "default" : LowerValue(a.Msg));
                _w.Open($"if (!({_e.Branch(a, cond)}))");
                _w.Append(pre, 0);
                _w.Line($"throw PyException.AssertionError({msg});");
                _w.Close();
                break;
            }
            case Import imp:
                foreach (var alias in imp.Names)
                {
                    if (_m.Imports.IsBuiltinModule(alias.Name))
                    {
                        StoreName(alias.Asname ?? alias.Name, $"PyValue.FromObject({BuiltinModuleObject(alias.Name)})", alias);
                        continue;
                    }
                    var chain = ImportChain(alias.Name);
                    StoreName(alias.Asname ?? FirstComponent(alias.Name),
                        $"PyValue.FromObject({(alias.Asname is null ? chain[0] : chain[chain.Count - 1])})", alias);
                }
                break;
            case ImportFrom imp:
            {
                string target = _m.Imports.ResolveFrom(imp.Module, imp.Level ?? 0, out _)!;
                if (_m.Imports.IsBuiltinModule(target))
                {
                    ImportFromBuiltinModule(target, imp);
                    break;
                }
                var chain = ImportChain(target);
                string mod = chain[chain.Count - 1];
                foreach (var alias in imp.Names)
                {
                    string sub = target + "." + alias.Name;
                    if (_m.Imports.IsProjectModule(sub))
                    {
                        // A submodule: imported when the package has no attribute of that name (CPython's fromlist rule).
                        _w.Open($"if (!{mod}.TryGetAttr({CsNames.StringLiteral(alias.Name)}, out _))");
                        _w.Line($"{mod}.SetAttr({CsNames.StringLiteral(alias.Name)}, PyValue.FromObject({ModuleNaming.QualifiedClassName(sub)}.Import()));");
                        _w.Close();
                    }
                    StoreName(alias.Asname ?? alias.Name, $"Rt.ImportFrom({mod}, {CsNames.StringLiteral(alias.Name)})", alias);
                }
                break;
            }
            case ExprStmt e:
                ExpressionStatement(e.Value);
                break;
            default:
                NotSupported($"'{stmt.PythonName}' statements are", stmt);
                break;
        }
    }

    private static string FirstComponent(string dotted)
    {
        int dot = dotted.IndexOf('.');
        return dot < 0 ? dotted : dotted.Substring(0, dot);
    }

    /// <summary>
    /// Runs the modules of a dotted import in order (a, a.b, a.b.c), each submodule bound as an attribute of its
    /// package once it has run, as CPython does; returns the C# locals holding the module objects.
    /// </summary>
    private List<string> ImportChain(string dotted)
    {
        var chain = _m.Imports.Chain(dotted, out _);
        var locals = new List<string>();
        for (int i = 0; i < chain.Count; i++)
        {
            string local = NewBlockLocal("module");
            _w.Line($"var {local} = {ModuleNaming.QualifiedClassName(chain[i])}.Import();");
            if (i > 0)
            {
                string child = chain[i].Substring(chain[i - 1].Length + 1);
                _w.Line($"{locals[i - 1]}.SetAttr({CsNames.StringLiteral(child)}, PyValue.FromObject({local}));");
            }
            locals.Add(local);
        }
        return locals;
    }

    private void ExpressionStatement(Expr e)
    {
        if (e is Call call && TryPrintStatement(call))
            return; // (its call passed the emitter there)
        var x = Lower(e);
        if (x.IsConstant)
            return;
        string code = x.Code;
        bool invocation = x.Type == CsType.Value && code.EndsWith(")", StringComparison.Ordinal) && code.Length > 0 &&
            (char.IsLetter(code[0]) || code[0] == '_' || code[0] == '@') && !code.StartsWith("PyValue.From", StringComparison.Ordinal);
        _w.Line(invocation ? code + ";" : $"_ = {code};");
    }

    // ---------------------------------------------------------------------------------------------------------
    // def

    private void FunctionDefinition(FunctionDef f)
    {
        var fn = _m.Functions[f];
        // Decorators are evaluated first, then defaults and annotations, all in the enclosing scope.
        var decorators = f.DecoratorList.Select(d => Spill(LowerValue(d))).ToList();
        string obj = MakeFunction(fn);
        var allArgs = f.Args.Posonlyargs.Concat(f.Args.Args).Concat(f.Args.Vararg is null ? Array.Empty<Arg>() : new[] { f.Args.Vararg })
            .Concat(f.Args.Kwonlyargs).Concat(f.Args.Kwarg is null ? Array.Empty<Arg>() : new[] { f.Args.Kwarg });
        foreach (var a in allArgs)
        {
            if (a.Annotation is not null)
            {
                var ann = Lower(a.Annotation);
                if (!ann.IsConstant)
                    _w.Line($"_ = {ann.Code};");
            }
        }
        if (f.Returns is not null)
        {
            var ann = Lower(f.Returns);
            if (!ann.IsConstant)
                _w.Line($"_ = {ann.Code};");
        }
        string value;
        if (fn.IsTopLevel)
        {
            _w.Line($"{ModuleState.FunctionObject(fn)} = {obj};");
            value = $"PyValue.FromObject({ModuleState.FunctionObject(fn)})";
        }
        else
        {
            value = $"PyValue.FromObject({obj})";
        }
        for (int i = decorators.Count - 1; i >= 0; i--)
            value = _e.Call(f.DecoratorList[i], $"PyOps.Call({decorators[i]}, [{value}], null)");
        StoreName(f.Name, value, f);
    }

    /// <summary>
    /// <c>class C(B): body</c>: decorators and bases first, then the body runs inline with its names going to a
    /// <c>ClassNamespace</c>, then the class is created (methods that use <c>super()</c>/<c>__class__</c> get it
    /// through a cell filled here), decorated and bound.
    /// </summary>
    private void ClassDefinition(ClassDef c)
    {
        var scope = _m.Table.ScopeOf(c);
        var decorators = c.DecoratorList.Select(d => Spill(LowerValue(d))).ToList();
        var bases = LowerOperands(c.Bases).Select(b => b.IsConstant ? b.AsValue() : Spill(b.AsValue())).ToList();
        string ns = NewBlockLocal("ns");
        _w.Line($"var {ns} = new ClassNamespace();");
        _w.Line($"{ns}.Set(\"__module__\", {ModuleState.ModuleName});");
        bool needsCell = scope.Children.Any(ch => ch.Lookup("__class__") is { Kind: SymbolKind.Free });
        string? cell = null;
        if (needsCell)
        {
            cell = NewBlockLocal("class_cell");
            _w.Line($"var {cell} = new PyCell();");
            _classCells[scope] = cell;
        }
        _classNamespaces[scope] = ns;
        var savedScope = _scope;
        var savedBound = Copy(_bound);
        _scope = scope;
        if (c.Body.Count > 0 && c.Body[0] is ExprStmt { Value: Constant { Value: string } })
            _w.Line($"{ns}.Set(\"__doc__\", PyValue.FromString({CsNames.StringLiteral((string)((Constant)((ExprStmt)c.Body[0]).Value).Value!)}));");
        // A class body is not inside the enclosing loops ('break' there is a SyntaxError).
        var savedLoops = _loops.ToArray();
        _loops.Clear();
        Statements(c.Body, 0); // (the docstring is a statement without code)
        for (int i = savedLoops.Length - 1; i >= 0; i--)
            _loops.Push(savedLoops[i]);
        _scope = savedScope;
        _bound = savedBound;
        _e.LineDirective(c);
        string cls = NewTemp("cls");
        _w.Line($"{cls} = Rt.CreateClass({CsNames.StringLiteral(c.Name)}, {CsNames.StringLiteral(scope.QualName)}, {Span(bases)}, {ns}, {ModuleState.ModuleName});");
        if (cell is not null)
            _w.Line($"{cell}.Value = {cls};");
        string value = cls;
        for (int i = decorators.Count - 1; i >= 0; i--)
            value = _e.Call(c.DecoratorList[i], $"PyOps.Call({decorators[i]}, [{value}], null)");
        StoreName(c.Name, value, c);
    }

    /// <summary>
    /// <c>new Functions.X_Function(defaults, cells...)</c>: the function object a def or lambda creates, with its
    /// defaults evaluated now and the cells of the variables it closes over.
    /// </summary>
    private string MakeFunction(FunctionInfo fn)
    {
        var all = new List<Expr?>(fn.Args.Defaults);
        all.AddRange(fn.Args.KwDefaults);
        var lowered = LowerOperands(all);
        var defaults = lowered.Take(fn.Args.Defaults.Count).Select(d => d.AsValue()).ToList();
        string array = defaults.Count == 0 ? "Array.Empty<PyValue>()" : "new PyValue[] { " + string.Join(", ", defaults) + " }";
        var args = new List<string> { array };
        if (fn.KwOnlyCount > 0)
        {
            // A keyword-only parameter without a default gets an unbound slot (required).
            var kw = fn.Args.KwDefaults.Select((d, i) => d is null ? "default" : lowered[fn.Args.Defaults.Count + i].AsValue());
            args.Add("new PyValue[] { " + string.Join(", ", kw) + " }");
        }
        foreach (var v in fn.FreeVars)
        {
            var (kind, id) = Storage(v, fn.Node);
            if (kind is not (StorageKind.Cell or StorageKind.Free))
                throw new InvalidOperationException($"captured variable '{v}' is not in a cell");
            args.Add(id!);
        }
        return $"new {ModuleState.FunctionClass(fn)}({string.Join(", ", args)})";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Assignment

    private void Assignment(Assign a)
    {
        if (TrySliceToSlice(a))
            return;
        // a, b = x, y: no tuple is built when both sides have the same shape.
        if (a.Targets.Count == 1 && a.Targets[0] is Tuple or List && a.Value is Tuple or List)
        {
            var targets = Elements(a.Targets[0]);
            var values = Elements(a.Value);
            if (targets.Count == values.Count && values.All(v => v is not Starred) && targets.All(t => t is not Starred))
            {
                var lowered = LowerOperands(values);
                var temps = lowered.Select(v => v.IsConstant ? v.AsValue() : Spill(v.AsValue())).ToList();
                for (int i = 0; i < targets.Count; i++)
                    StoreTo(targets[i], CsExpr.Value(temps[i]), valueIsTemp: true);
                return;
            }
        }
        var value = Lower(a.Value);
        if (a.Targets.Count == 1)
        {
            StoreTo(a.Targets[0], value, valueIsTemp: false);
            return;
        }
        string t = value.IsConstant ? value.AsValue() : Spill(value.AsValue());
        foreach (var target in a.Targets)
            StoreTo(target, CsExpr.Value(t), valueIsTemp: true);
    }

    private static List<Expr> Elements(Expr e) => e switch
    {
        Tuple t => t.Elts,
        List l => l.Elts,
        Set s => s.Elts,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Spills a value to a fresh temporary; returns the temporary's name.</summary>
    private string Spill(string valueCode)
    {
        string t = NewTemp();
        _w.Line($"{t} = {valueCode};");
        return t;
    }

    /// <summary>Stores a value into an assignment target. <paramref name="valueIsTemp"/>: the value's code can be
    /// evaluated after the target's subexpressions (a temporary or a constant).</summary>
    private void StoreTo(Expr target, CsExpr value, bool valueIsTemp)
    {
        switch (target)
        {
            case Name n:
                StoreName(n.Id, value.AsValue(), n);
                break;
            case Subscript s:
            {
                string v = valueIsTemp || value.IsConstant ? value.AsValue() : Spill(value.AsValue());
                if (s.Slice is Slice sl) { StoreSlice(s, sl, v); break; }
                var (obj, key) = LowerSubscriptOperands(s);
                _w.Line($"PyOps.SetItem({obj}, {key}, {v});");
                break;
            }
            case Attribute at:
            {
                string v = valueIsTemp || value.IsConstant ? value.AsValue() : Spill(value.AsValue());
                _w.Line(AttrSetStatement(LowerValue(at.Value), at.Attr, v));
                break;
            }
            case Tuple or List:
            {
                var targets = Elements(target);
                string v = value.AsValue();
                int star = targets.FindIndex(x => x is Starred);
                if (star < 0 && targets.Count is 2 or 3)
                {
                    // A leading run of plain-local names is unpacked straight into the locals (Rt.Unpack assigns
                    // its outs only once the length is checked, and storing a local cannot fail, so no store is
                    // reordered); the rest go through temporaries and are stored in order below.
                    int direct = DirectUnpackPrefix(targets);
                    var outs = new List<string>();
                    for (int i = 0; i < targets.Count; i++)
                        outs.Add(i < direct ? NameLvalue(((Name)targets[i]).Id, targets[i]) : NewTemp());
                    _w.Line($"Rt.Unpack({v}, {string.Join(", ", outs.Select(t => "out " + t))});");
                    for (int i = 0; i < direct; i++)
                        MarkBound(outs[i]);
                    for (int i = direct; i < targets.Count; i++)
                        StoreTo(targets[i], CsExpr.Value(outs[i]), valueIsTemp: true);
                    break;
                }
                var temps = targets.Select(_ => NewTemp()).ToList();
                if (star >= 0)
                {
                    // a, *rest, z = value: the starred target gets a list of the middle items.
                    string arr = NewBlockLocal("items");
                    _w.Line($"var {arr} = Rt.UnpackStarred({v}, {star}, {targets.Count - star - 1});");
                    for (int i = 0; i < temps.Count; i++)
                        _w.Line($"{temps[i]} = {arr}[{i}];");
                    for (int i = 0; i < targets.Count; i++)
                        StoreTo(targets[i] is Starred st ? st.Value : targets[i], CsExpr.Value(temps[i]), valueIsTemp: true);
                    break;
                }
                else
                {
                    string arr = NewBlockLocal("items");
                    _w.Line($"var {arr} = Rt.UnpackArray({v}, {temps.Count});");
                    for (int i = 0; i < temps.Count; i++)
                        _w.Line($"{temps[i]} = {arr}[{i}];");
                }
                for (int i = 0; i < targets.Count; i++)
                    StoreTo(targets[i], CsExpr.Value(temps[i]), valueIsTemp: true);
                break;
            }
            default:
                NotSupported($"assigning to '{target.PythonName}' is", target);
                break;
        }
    }

    /// <summary>How many leading targets of an unpacking are distinct names stored in plain C# locals (which
    /// <c>Rt.Unpack</c> can assign through <c>out</c>).</summary>
    private int DirectUnpackPrefix(List<Expr> targets)
    {
        var seen = new HashSet<string>();
        int n = 0;
        foreach (var t in targets)
        {
            if (t is not Name name || !seen.Add(name.Id))
                break;
            var (kind, id) = Storage(name.Id, name);
            if (kind is not (StorageKind.Local or StorageKind.ComprehensionVariable) || id is null || !IsPlainIdentifier(id))
                break;
            n++;
        }
        return n;
    }

    private static bool IsPlainIdentifier(string id)
    {
        if (id.Length == 0 || !(char.IsLetter(id[0]) || id[0] == '_' || id[0] == '@'))
            return false;
        for (int i = 1; i < id.Length; i++)
        {
            if (!(char.IsLetterOrDigit(id[i]) || id[i] == '_'))
                return false;
        }
        return true;
    }

    private enum StorageKind
    {
        /// <summary>A name bound in a class body: the class namespace (<c>Id</c> is the namespace local).</summary>
        ClassNamespace,
        Local,
        ComprehensionVariable,
        Cell,
        Free,
        Global,
    }

    /// <summary>
    /// Where a name used in the current scope lives: through inlined comprehensions out to the method's scope,
    /// then a C# local, a cell (captured by a nested function), a closure cell (free), or a module global.
    /// <c>Id</c> is the C# local / cell expression / global field (null for a global the module never binds).
    /// </summary>
    private (StorageKind Kind, string? Id) Storage(string name, Node at)
    {
        var s = _scope;
        while (s != _functionScope && s.Kind is ScopeKind.Comprehension or ScopeKind.Class)
        {
            if (s.Kind == ScopeKind.Class)
            {
                if (name == "__class__" && _classCells.TryGetValue(s, out var classCell))
                    return (StorageKind.Cell, classCell);
                var ksym = s.Lookup(name);
                if (ksym is not null && ksym.Kind == SymbolKind.Local && s == _scope)
                    return (StorageKind.ClassNamespace, _classNamespaces[s]);
                if (ksym is not null && ksym.Kind == SymbolKind.GlobalExplicit)
                    return (StorageKind.Global, _m.GlobalFields.TryGetValue(name, out var kg) ? ModuleState.Global(kg) : null);
                s = s.Parent!;
                continue;
            }
            var csym = s.Lookup(name);
            if (csym is not null && csym.Kind == SymbolKind.Local)
                return (StorageKind.ComprehensionVariable, _compVars[s][name]);
            if (csym is not null && csym.Kind == SymbolKind.Cell)
                return (StorageKind.Cell, _compVars[s][name]);
            if (csym is not null && csym.Kind == SymbolKind.GlobalExplicit)
                return (StorageKind.Global, _m.GlobalFields.TryGetValue(name, out var gf) ? ModuleState.Global(gf) : null);
            s = s.Parent!;
        }
        if (s != _functionScope)
            throw new InvalidOperationException($"name '{name}' resolved outside the method's scope");
        if (s.Kind != ScopeKind.Module)
        {
            var sym = s.Lookup(name);
            switch (sym?.Kind)
            {
                case SymbolKind.Local when _locals.TryGetValue(name, out var local):
                    return (StorageKind.Local, local);
                case SymbolKind.Cell:
                    return (StorageKind.Cell, _cells[name]);
                case SymbolKind.Free:
                    return (StorageKind.Free, _free[name]);
                case SymbolKind.Local:
                    throw new LoweringError($"the variable '{name}' could not be resolved", at);
            }
        }
        return (StorageKind.Global, _m.GlobalFields.TryGetValue(name, out var field) ? ModuleState.Global(field) : null);
    }

    /// <summary>The C# lvalue for a Python name bound in the current scope.</summary>
    private string NameLvalue(string name, Node at)
    {
        var (kind, id) = Storage(name, at);
        if (id is null)
            throw new InvalidOperationException($"no storage for '{name}'");
        if (kind == StorageKind.ClassNamespace)
            throw new InvalidOperationException($"class namespace name '{name}' used as an lvalue");
        return kind is StorageKind.Cell or StorageKind.Free ? id + ".Value" : id;
    }

    private bool IsClassNamespaceName(string name, Node at) => Storage(name, at).Kind == StorageKind.ClassNamespace;

    private void StoreName(string name, string valueCode, Node at)
    {
        var (kind, id) = Storage(name, at);
        if (kind == StorageKind.ClassNamespace)
        {
            _w.Line($"{id}.Set({CsNames.StringLiteral(name)}, {valueCode});");
            return;
        }
        string lv = NameLvalue(name, at);
        _w.Line(AssignStatement(lv, valueCode));
        MarkBound(lv);
    }

    private void AugmentedAssignment(AugAssign aa)
    {
        string method = "PyOps.Inplace" + OperatorMethod(aa.Op);
        switch (aa.Target)
        {
            case Name n when IsClassNamespaceName(n.Id, n):
            {
                string read = LoadName(n).Code;
                string value = LowerValue(aa.Value);
                StoreName(n.Id, $"{method}({read}, {value})", n);
                break;
            }
            case Name n:
            {
                string lv = NameLvalue(n.Id, n);
                string read = LoadName(n).Code;
                if (read == lv && (TryFloatInplace(lv, n.Id, aa.Op, aa.Value, method) ?? TryIntInplace(lv, n.Id, aa.Op, aa.Value, method)) is { } speculated)
                {
                    _w.Line(AssignStatement(lv, speculated));
                }
                else
                {
                    if (NeedsStatements(aa.Value))
                        read = Spill(read); // read before the value is evaluated (a yield, a walrus in a comprehension)
                    string value = LowerValue(aa.Value);
                    _w.Line(AssignStatement(lv, $"{method}({read}, {value})"));
                }
                MarkBound(lv);
                break;
            }
            case Subscript s:
            {
                if (TryItemInplaceInt(s, aa))
                    break;
                if (TrySubscriptFloatInplace(s, aa.Op, aa.Value, method))
                    break;
                string obj = Spill(LowerValue(s.Value));
                string idx = Spill(LowerValue(s.Slice));
                string current = $"PyOps.GetItem({obj}, {idx})";
                if (NeedsStatements(aa.Value))
                    current = Spill(current);
                string value = LowerValue(aa.Value);
                string r = Spill($"{method}({current}, {value})");
                _w.Line($"PyOps.SetItem({obj}, {idx}, {r});");
                break;
            }
            case Attribute at:
            {
                string obj = Spill(LowerValue(at.Value));
                string current = AttrGetCode(obj, at.Attr);
                if (NeedsStatements(aa.Value))
                    current = Spill(current);
                string value = LowerValue(aa.Value);
                string r = Spill($"{method}({current}, {value})");
                _w.Line(AttrSetStatement(obj, at.Attr, r));
                break;
            }
            default:
                NotSupported($"augmented assignment to '{aa.Target.PythonName}' is", aa.Target);
                break;
        }
    }

    private void DeleteTarget(Expr t)
    {
        switch (t)
        {
            case Name n when IsClassNamespaceName(n.Id, n):
                _w.Line($"{Storage(n.Id, n).Id}.Delete({CsNames.StringLiteral(n.Id)});");
                break;
            case Name n:
            {
                var (kind, id) = Storage(n.Id, n);
                string lv = NameLvalue(n.Id, n);
                string check = kind switch
                {
                    StorageKind.Global => "DeleteGlobal",
                    StorageKind.Free => "DeleteFree",
                    _ => "DeleteLocal",
                };
                _w.Line($"{lv} = Rt.{check}({lv}, {CsNames.StringLiteral(n.Id)});");
                _bound?.Remove(lv);
                break;
            }
            case Subscript { Slice: Slice sl } ss:
                DeleteSlice(ss, sl);
                break;
            case Subscript s:
            {
                var ops = LowerOperands(new List<Expr> { s.Value, s.Slice });
                _w.Line($"PyOps.DelItem({ops[0].AsValue()}, {ops[1].AsValue()});");
                break;
            }
            case Attribute a:
                _w.Line($"PyOps.DelAttr({LowerValue(a.Value)}, {CsNames.StringLiteral(a.Attr)});");
                break;
            case Tuple or List:
                foreach (var e in Elements(t))
                    DeleteTarget(e);
                break;
            default:
                NotSupported($"deleting '{t.PythonName}' is", t);
                break;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Control flow

    private void IfStatement(If s)
    {
        string cond = LowerCondition(s.Test);
        var before = _bound;
        _w.Line($"if ({_e.Branch(s, cond)})");
        _bound = Copy(before);
        Block(s.Body);
        var afterBody = _bound;
        _bound = Copy(before);
        if (s.Orelse.Count == 1 && s.Orelse[0] is If elif)
        {
            var (pre, elifCond) = Capture(() => LowerCondition(elif.Test));
            if (pre.Length == 0)
            {
                StatementHeader(elif);
                _w.Line($"else if ({_e.Branch(elif, elifCond)})");
                var beforeElif = _bound;
                _bound = Copy(beforeElif);
                Block(elif.Body);
                var afterElifBody = _bound;
                _bound = Copy(beforeElif);
                if (elif.Orelse.Count > 0)
                    ElseChain(elif.Orelse);
                _bound = Meet(afterBody, Meet(afterElifBody, _bound));
                return;
            }
            // The elif's test needs statements: nest it in the else block (re-lowered there).
            _w.Line("else");
            _w.Open();
            Statement(elif);
            _w.Close();
            _bound = Meet(afterBody, _bound);
            return;
        }
        if (s.Orelse.Count > 0)
        {
            _w.Line("else");
            Block(s.Orelse);
        }
        _bound = Meet(afterBody, _bound);
    }

    private void ElseChain(List<Stmt> orelse)
    {
        if (orelse.Count == 1 && orelse[0] is If elif)
        {
            var (pre, cond) = Capture(() => LowerCondition(elif.Test));
            if (pre.Length == 0)
            {
                StatementHeader(elif);
                _w.Line($"else if ({_e.Branch(elif, cond)})");
                var before = _bound;
                _bound = Copy(before);
                Block(elif.Body);
                var afterBody = _bound;
                _bound = Copy(before);
                if (elif.Orelse.Count > 0)
                    ElseChain(elif.Orelse);
                _bound = Meet(afterBody, _bound);
                return;
            }
        }
        _w.Line("else");
        Block(orelse);
    }

    /// <summary>The definite-assignment state at the top of a loop body: what holds before the loop minus anything
    /// the body unbinds (a later iteration may start without it).</summary>
    private HashSet<string>? LoopEntryState(List<Stmt> body) => WithoutDeleted(_bound, _m.Tree, body);

    /// <summary>
    /// A copy of the definite-assignment state <paramref name="state"/> minus every name the
    /// <paramref name="bodies"/> may unbind (<see cref="Unbinding"/>): after code that can be cut short or repeated, such a name is no longer
    /// certainly bound. Names without a C# local (class-namespace names, unresolved ones) are not in the set.
    /// </summary>
    private HashSet<string>? WithoutDeleted(HashSet<string>? state, Node at, params List<Stmt>[] bodies)
    {
        var result = Copy(state);
        if (result is null)
            return null;
        foreach (var d in Unbinding.NamesUnboundIn(bodies))
        {
            try
            {
                result.Remove(NameLvalue(d, at));
            }
            catch (Exception e) when (e is LoweringError or InvalidOperationException)
            {
            }
        }
        return result;
    }

    /// <summary>The bodies of a try statement that may delete names before its handlers or finally run.</summary>
    private static List<Stmt>[] TryBodies(Try t, bool withElse = true)
    {
        var bodies = new List<List<Stmt>> { t.Body };
        bodies.AddRange(t.Handlers.Select(h => h.Body));
        if (withElse)
            bodies.Add(t.Orelse);
        return bodies.ToArray();
    }

    private void WhileStatement(While wh)
    {
        var entry = LoopEntryState(wh.Body);
        _bound = Copy(entry);
        var (pre, cond) = Capture(() => LowerCondition(wh.Test));
        if (!LoopExits.IsInfinite(wh)) // (while True: no test, no branch)
            cond = _e.Branch(wh, cond);
        var afterTest = Copy(_bound);
        var loop = new LoopInfo(wh);
        if (wh.Orelse.Count > 0)
            loop.BreakLabel = NewLabel("break");
        _loops.Push(loop);
        if (pre.Length == 0)
        {
            _w.Line($"while ({cond})");
            _w.Open();
        }
        else
        {
            _w.Line("while (true)");
            _w.Open();
            _w.Append(pre, 0);
            _w.Line($"if (!({cond})) break;");
        }
        Statements(wh.Body, 0);
        _e.BackEdge(wh, wh);
        _w.Close();
        _loops.Pop();
        _bound = Copy(afterTest);
        if (!LoopExits.CanFallThrough(wh))
            _bound = null;
        if (wh.Orelse.Count > 0)
        {
            _w.Open();
            Statements(wh.Orelse, 0);
            _w.Close();
            _w.Line($"{loop.BreakLabel}:;");
            _bound = afterTest;
        }
    }

    private void ForStatement(For f)
    {
        var cursor = LowerIterationCursor(f.Iter);
        var entry = LoopEntryState(f.Body);
        var loop = new LoopInfo(f);
        if (f.Orelse.Count > 0)
            loop.BreakLabel = NewLabel("break");
        string it = NewBlockLocal(cursor.Hint);
        _bound = Copy(entry);
        string? directTarget = f.Target is Name tn && !IsClassNamespaceName(tn.Id, tn) ? NameLvalue(tn.Id, tn) : null;
        string? fill = RangeFillCall(f, cursor, it, directTarget);
        if (fill is not null)
        {
            // (the one-store loop: run whole by FillItems when it can, else by the generic loop below)
            _w.Open();
            _w.Line($"var {it} = {cursor.Code};");
            _w.Line($"if (!{fill})");
            _w.Line($"for (; {it}.MoveNext(ref {directTarget});)");
            _w.Open();
            MarkBound(directTarget!);
        }
        else if (directTarget is not null)
        {
            _w.Line($"for (var {it} = {cursor.Code}; {it}.MoveNext(ref {directTarget});)");
            _w.Open();
            MarkBound(directTarget);
        }
        else
        {
            string item = NewTemp("item");
            _w.Line($"for (var {it} = {cursor.Code}; {it}.MoveNext(ref {item});)");
            _w.Open();
            StoreTo(f.Target, CsExpr.Value(item), valueIsTemp: true);
        }
        _loops.Push(loop);
        Statements(f.Body, 0);
        _loops.Pop();
        _e.BackEdge(f, f);
        _w.Close();
        if (fill is not null)
            _w.Close();
        _bound = Copy(entry);
        if (f.Orelse.Count > 0)
        {
            _w.Open();
            Statements(f.Orelse, 0);
            _w.Close();
            _w.Line($"{loop.BreakLabel}:;");
            _bound = entry;
        }
    }

    /// <summary>
    /// The except clauses of a try, inside the C# catch (or miss branch) that has the exception in <paramref name="exc"/>:
    /// tested in order, each binding its 'as' name (unbound again after the handler, as Python does) and giving an
    /// exception its handler raises the handled one as __context__; <paramref name="noMatch"/> is the statement run
    /// when no clause matches. Returns the definite-assignment state after the handlers.
    /// </summary>
    private HashSet<string>? ExceptClauses(List<ExceptHandler> handlers, string exc, HashSet<string>? entry, string noMatch,
                                           System.Func<string, string>? matches = null)
    {
        HashSet<string>? after = null;
        bool caughtAll = false;
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = handlers[i];
            StatementHeader(h);
            _bound = Copy(entry);
            if (h.Type is null)
            {
                _w.Line(i == 0 ? "" : "else");
                caughtAll = true;
            }
            else
            {
                var (pre, type) = Capture(() => LowerValue(h.Type));
                if (pre.Length > 0)
                    throw new LoweringError("comprehensions in 'except' clauses are not supported yet", h.Type);
                _w.Line($"{(i == 0 ? "" : "else ")}if ({(matches is null ? $"{exc}.Matches({type})" : matches(type))})");
            }
            _w.Open();
            string? nameLv = null;
            string? nsName = null;
            if (h.Name is not null && IsClassNamespaceName(h.Name, h))
            {
                // In a class body the name lives in the class namespace: bound there, and removed when the handler
                // ends (CPython's `e = None; del e`, which never fails even if the body deleted it).
                nsName = h.Name;
                StoreName(h.Name, $"{exc}.Value", h);
            }
            else if (h.Name is not null)
            {
                nameLv = NameLvalue(h.Name, h);
                _w.Line($"{nameLv} = {exc}.Value;");
                MarkBound(nameLv);
            }
            _w.Line("try");
            _w.Open();
            _handlers.Push(exc);
            Statements(h.Body, 0);
            _handlers.Pop();
            _w.Close();
            string inner = NewBlockLocal("raised");
            _w.Line($"catch (PyException {inner}) when (Rt.SetContext({inner}, {exc}))");
            _w.Open();
            _w.Line("throw;");
            _w.Close();
            if (nameLv is not null)
            {
                _w.Line("finally");
                _w.Open();
                _w.Line($"{nameLv} = default;");
                _w.Close();
                _bound?.Remove(nameLv);
            }
            else if (nsName is not null)
            {
                _w.Line("finally");
                _w.Open();
                _w.Line($"{Storage(nsName, h).Id}.Unbind({CsNames.StringLiteral(nsName)});");
                _w.Close();
            }
            _w.Close();
            after = after is null && i == 0 ? _bound : Meet(after, _bound);
            if (caughtAll)
                break;
        }
        if (!caughtAll)
        {
            _w.Line("else");
            _w.Open();
            _w.Line(noMatch);
            _w.Close();
        }
        return after;
    }


    /// <summary>
    /// try/except/else/finally. Handlers test the exception's type in order inside one C# catch (in a <c>when</c>
    /// filter only when all name builtin exception classes, <see cref="HandlerFilter"/>: Python evaluates the except
    /// expressions after inner finally blocks ran, and an error in them must propagate); no match rethrows. An exception escaping a handler gets the handled one as its
    /// <c>__context__</c> (a filter that only records it). <c>except E as e</c> unbinds e when the handler ends.
    /// <c>else</c> runs after the try body completes normally, outside the handlers' protection.
    /// </summary>
    private void TryStatement(Try t)
    {
        var before = Copy(_bound);
        var entry = WithoutDeleted(before, t, TryBodies(t));

        if (t.Finalbody.Count > 0)
        {
            _w.Line("try");
            _w.Open();
        }
        string? ok = null;
        if (t.Orelse.Count > 0 && t.Handlers.Count > 0)
        {
            ok = NewBlockLocal("completed");
            _w.Line($"bool {ok} = false;");
        }
        HashSet<string>? after;
        if (t.Handlers.Count > 0)
        {
            _w.Line("try");
            _w.Open();
            _bound = Copy(before);
            Statements(t.Body, 0);
            if (ok is not null)
                _w.Line($"{ok} = true;");
            _w.Close();
            var bodyEnd = _bound;
            string exc = NewBlockLocal("exception");
            _w.Line($"catch (PyException {exc}){HandlerFilter(t.Handlers, exc)}");
            _w.Open();
            after = ExceptClauses(t.Handlers, exc, entry, "throw;");
            _w.Close();
            if (t.Orelse.Count > 0)
            {
                _w.Line($"if ({ok})");
                _w.Open();
                _bound = bodyEnd;
                Statements(t.Orelse, 0);
                _w.Close();
                bodyEnd = _bound;
            }
            after = Meet(bodyEnd, after);
        }
        else
        {
            _bound = Copy(before);
            Statements(t.Body, 0);
            after = _bound;
        }
        if (t.Finalbody.Count > 0)
        {
            _w.Close();
            _w.Line("finally");
            _w.Open();
            _bound = Copy(entry);
            Statements(t.Finalbody, 0);
            var finallyEnd = _bound;
            _w.Close();
            if (after is not null && finallyEnd is not null)
                after.UnionWith(finallyEnd);
            else if (finallyEnd is null)
                after = null;
        }
        _bound = after;
    }

    /// <summary>
    /// <c>with a as x, b:</c> (items nest left to right): __enter__ before the body, __exit__ with the exception
    /// when the body raises (a true result swallows it), with Nones when it completes or leaves by
    /// return/break/continue.
    /// </summary>
    private void WithStatement(With w, int index)
    {
        var item = w.Items[index];
        var before = Copy(_bound);
        string manager = Spill(LowerValue(item.ContextExpr));
        string exit = NewTemp("exit");
        string entered = NewTemp("entered");
        _w.Line($"{entered} = Rt.WithEnter({manager}, out {exit});");
        string failed = NewBlockLocal("failed");
        _w.Line($"bool {failed} = false;");
        _w.Line("try");
        _w.Open();
        if (item.OptionalVars is not null)
            StoreTo(item.OptionalVars, CsExpr.Value(entered), valueIsTemp: true);
        if (index + 1 < w.Items.Count)
            WithStatement(w, index + 1);
        else
            Statements(w.Body, 0);
        _w.Close();
        string exc = NewBlockLocal("exception");
        _w.Line($"catch (PyException {exc})");
        _w.Open();
        _w.Line($"{failed} = true;");
        _w.Line($"if (!Rt.WithExitError({exit}, {exc})) throw;");
        _w.Close();
        _w.Line("finally");
        _w.Open();
        _w.Line($"if (!{failed}) Rt.WithExitNormal({exit});");
        _w.Close();
        // The body may have been cut short by a swallowed exception: only what held before is certain.
        _bound = WithoutDeleted(before, w, w.Body);
    }

    /// <summary>
    /// What a <c>for</c> loop (or a comprehension's generator) iterates with: <c>RangeLoop.Start(...)</c> (a counted
    /// loop on longs, no allocation) for the builtin <c>range</c> with 1-3 positional arguments, else
    /// <c>IterLoop.Start(x)</c>. Both have <c>bool MoveNext(ref PyValue)</c>, which leaves the target alone at the end.
    /// </summary>
    /// <summary>The cursor of a loop over <paramref name="iter"/>; a call it consumes (<c>range(...)</c>,
    /// <c>s.split()</c>) passes the emitter as any call does.</summary>
    private LoopCursor LowerIterationCursor(Expr iter)
    {
        if (TryBuiltinIterationCursor(iter, out var builtinCursor))
            return builtinCursor;
        if (iter is Call { Func: Name { Id: "range" } rn } call && call.Keywords.Count == 0 &&
            call.Args.Count is >= 1 and <= 3 && call.Args.All(a => a is not Starred) && IsBuiltin(rn))
        {
            var args = LowerOperands(call.Args).Select(a => a.AsValue());
            return LoopCursor.Range(_e.Call(call, $"RangeLoop.Start({string.Join(", ", args)})"));
        }
        return LoopCursor.Iterator($"IterLoop.Start({LowerValue(iter)})");
    }
}

/// <summary>A construct the lowering cannot handle, reported as a diagnostic at <see cref="Node"/>.</summary>
internal sealed class LoweringError : Exception
{
    public LoweringError(string message, Node node, bool syntax = false)
        : base(message)
    {
        Node = node;
        IsSyntaxError = syntax;
    }

    public Node Node { get; }

    /// <summary>A SyntaxError CPython's compiler would raise (e.g. "'return' outside function").</summary>
    public bool IsSyntaxError { get; }
}
