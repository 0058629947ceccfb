using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using PyAot.Generator.Lowering.Instrumentation;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Lowers the statements of one C# method: the module body or one function. Python locals become C# locals of
/// type <c>PyValue</c> (<c>default</c> = unbound), module globals are fields of <c>Globals</c>. Definite assignment
/// is worked out before, from the tree (<see cref="Facts"/>): a read gets an unbound check only where the name is
/// not provably bound.
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

    /// <summary>The with and try-finally statements being lowered, innermost last, with the loop depth they are at and
    /// the local where a break or continue leaving them leaves its JUMP for their C# finally to raise (null: their form
    /// cannot, and such a break's JUMP is not raised, so that the code is refused those events).</summary>
    private readonly List<(Node Statement, int LoopCount, string? Pending)> _cleanups = new();
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
        // The stack check turns runaway recursion into RecursionError (monitoring's PY_START comes after the arguments are bound).
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
        _e.FrameStart(fn.Node);
        if (fn.Node is Lambda lambda)
        {
            _e.LineDirective(lambda.Body);
            _e.Return(lambda, LowerValue(lambda.Body));
            _e.FrameEnd(fn.Node);
            return Assemble();
        }
        var body = ((FunctionDef)fn.Node).Body;
        Statements(body, FirstCompiled(body));
        // Always present: C#'s reachability is not Python's (the warning for unreachable code is off).
        _w.Directive("#line hidden");
        _e.Return(fn.Node, "PyValue.None");
        _e.FrameEnd(fn.Node);
        return Assemble();
    }

    public string LowerModuleBody()
    {
        _e.CodeStart(_m.Tree);
        SetUpAnnotations(_m.Tree.Body, null);
        Statements(_m.Tree.Body, 0);
        _e.CodeEnd(_m.Tree);
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

    /// <summary>Where a function's code begins: after its docstring, which CPython keeps as a constant and compiles to
    /// nothing (no LINE event; a module's or class's docstring is a store of <c>__doc__</c>).</summary>
    private static int FirstCompiled(List<Stmt> functionBody) => Docstring.Of(functionBody) is null ? 0 : 1;

    private void Statements(List<Stmt> body, int start)
    {
        for (int i = start; i < body.Count; i++)
        {
            _m.Ct.ThrowIfCancellationRequested();
            Statement(body[i]);
        }
    }

    /// <summary>
    /// A break's or continue's JUMP: raised here, or, when it leaves with or try-finally statements inside its loop, left
    /// for the outermost of them to raise after its cleanup (CPython calls __exit__ or runs the finally body before it
    /// jumps; C# runs them after the statement).
    /// </summary>
    private void LoopExitEdge(Action emit)
    {
        var left = _cleanups.Where(c => c.LoopCount == _loops.Count).ToList();
        if (left.Count == 0 || !_e.Instrumenter.ObservesBranches)
        {
            emit();
            return;
        }
        if (left.Any(c => c.Pending is null))
            return;
        _e.Instrumenter.DeferTo = left[0].Pending;
        try
        {
            emit();
        }
        finally
        {
            _e.Instrumenter.DeferTo = null;
        }
    }

    /// <summary>Registers a with or try-finally being lowered (<see cref="_cleanups"/>); returns the pending local it
    /// declares when a break or continue in <paramref name="body"/> may leave it (null: none, or <paramref name="canRaise"/>
    /// is false: a break that leaves it anyway then raises nothing, and the code is refused its events).</summary>
    private string? EnterCleanup(Node statement, List<Stmt> body, bool canRaise, Node? returnOwner = null)
    {
        if (canRaise)
            DeclarePendingReturn(returnOwner ?? statement, body);
        string? pending = null;
        if (canRaise && _e.Instrumenter.ObservesBranches && LoopExits.LeavesForLoop(body))
        {
            pending = NewBlockLocal("pendingJump");
            _w.Line($"int {pending} = -1;");
        }
        _cleanups.Add((statement, _loops.Count, pending));
        return pending;
    }

    private void LeaveCleanup() => _cleanups.RemoveAt(_cleanups.Count - 1);

    /// <summary>At the end of a with's or try-finally's C# finally block: the JUMP a break or continue left there, and
    /// (the outermost) the PY_RETURN of a return that left through it.</summary>
    private void RaisePending(Node statement, string? pending, Node? returnOwner = null)
    {
        if (pending is not null && _e.Instrumenter.PendingFlow(statement, pending) is { } code)
            _w.Line(code);
        RaisePendingReturn(returnOwner ?? statement);
    }

    /// <summary>A return that leaves through with statements or finally blocks: CPython runs their cleanups first and
    /// returns after them (PY_RETURN then), where C# returns before its finally blocks run. The outermost such statement
    /// of a function declares where a return there is kept (which return, and its value), when its body has one, and
    /// reports it at the end of its finally (<see cref="RaisePendingReturn"/>).</summary>
    private (Node Owner, string Point, string Value)? _pendingReturn;

    private void DeclarePendingReturn(Node statement, List<Stmt> body)
    {
        if (_pendingReturn is not null || IsModule || !_e.Instrumenter.DefersReturns || !LoopExits.Returns(body))
            return;
        string point = ResumeSafeLocal("int", "pendingReturn", "-1");
        // (A generator's return value is its ReturnValue field.)
        _pendingReturn = (statement, point, _gen is not null ? "ReturnValue" : ResumeSafeLocal("PyValue", "returned", "default"));
    }

    /// <summary>Declares a variable initialised to <paramref name="init"/> that code after a resume point may read: in a
    /// generator a field (a resume jumps past declarations, into try blocks), else a block local.</summary>
    private string ResumeSafeLocal(string type, string hint, string init)
    {
        if (_gen is not null)
        {
            string field = GeneratorField(type, hint);
            _w.Line($"{field} = {init};");
            return field;
        }
        string local = NewBlockLocal(hint);
        _w.Line($"{type} {local} = {init};");
        return local;
    }

    private void RaisePendingReturn(Node owner)
    {
        if (_pendingReturn is not { } p || !ReferenceEquals(p.Owner, owner))
            return;
        if (_e.Instrumenter.PendingReturn(owner, p.Point, p.Value) is { } code)
            _w.Line(code);
        _pendingReturn = null;
    }

    private void Block(List<Stmt> body)
    {
        _w.Open();
        Statements(body, 0);
        _w.Close();
    }

    /// <summary>Where the lines change inside the statement being lowered, when it spans several and the instrumenter
    /// places points there (<see cref="ExpressionLines"/>; null: none).</summary>
    private ExpressionLines.Plan? _linePlan;

    private void Statement(Stmt stmt)
    {
        var saved = _linePlan;
        _linePlan = _e.Instrumenter.WritesStatementCode ? ExpressionLines.Of(stmt) : null;
        try
        {
            StatementCore(stmt);
        }
        finally
        {
            _linePlan = saved;
        }
    }

    private void StatementCore(Stmt stmt)
    {
        switch (stmt)
        {
            case ExprStmt { Value: Constant }: // docstrings and other constant expressions: nothing to do
            case Pass:
                _e.StatementWithoutCode(stmt);
                return;
            case Global:
            case Nonlocal:
                return; // declarations: CPython compiles no instruction for them (no LINE either)
        }
        StatementHeader(stmt);
        if (stmt is Continue jump && _loops.Count > 0)
            LoopExitEdge(() => _e.BackEdge(_loops.Peek().Loop, jump));
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
                if (_pendingReturn is { } pr)
                {
                    // (Through cleanups: reported after them, RaisePendingReturn.)
                    string v = Spill(r.Value is null ? "PyValue.None" : LowerValue(r.Value));
                    _w.Line($"{pr.Point} = {_e.Instrumenter.DeferredReturn(r)};");
                    _w.Line($"{pr.Value} = {v};");
                    _w.Line($"return {v};");
                    break;
                }
                _e.Return(r, r.Value is null ? "PyValue.None" : LowerValue(r.Value));
                break;
            case Assign a:
                Assignment(a);
                break;
            case AugAssign aa:
                AugmentedAssignment(aa);
                break;
            case AnnAssign ann:
                AnnotatedAssignment(ann);
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
                if (_e.Instrumenter.ObservesBranches)
                    LoopExitEdge(() => _e.Edge(b, Analysis.Flow.FlowEdgeKind.Break));
                _w.Line(_loops.Peek().BreakLabel is { } label ? $"goto {label};" : "break;");
                break;
            case Continue c:
                if (_loops.Count == 0)
                    throw new LoweringError("'continue' not properly in loop", c, syntax: true);
                _w.Line(_loops.Peek().ContinueLabel is { } next ? $"goto {next};" : "continue;");
                break;
            case Try t:
                if (!TryFlatFinally(t) && !TryFastTryStatement(t))
                    TryStatement(t);
                break;
            case TryStar ts:
                TryStarStatement(ts);
                break;
            case With w:
                WithStatement(w, 0);
                break;
            case Match m:
                MatchStatement(m);
                break;
            // Bare raise: re-raise the exception being handled (the innermost handler's, whichever frame it is in),
            // keeping its traceback; with none, CPython's RuntimeError.
            case Raise { Exc: null } reraise:
            {
                string active = NewBlockLocal("active");
                _w.Line($"PyException {active} = Rt.ActiveException();");
                _e.Raise(reraise, $"Rt.Reraise({active})", active);
                break;
            }
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
                break;
            }
            case Assert a:
            {
                string cond = LowerCondition(a.Test);
                var (pre, msg) = Capture(() => a.Msg is null ? "default" : LowerShared(new[] { a.Msg })[0].AsValue());
                _w.Open($"if (!({_e.Branch(a, cond)}))");
                // (a followed assert without a message: LOAD_ASSERTION_ERROR's line, where its test may have left it)
                if (_linePlan is not null && a.Msg is null && _e.Instrumenter.LineWithin(a.Test, a.Lineno) is { } failing)
                    _w.Line($"_ = {failing};");
                _w.Append(pre, 0);
                _w.Line($"throw {AssertionErrorOf(a, msg)};");
                _w.Close();
                break;
            }
            case Import imp:
                ImportStatement(imp);
                break;
            case ImportFrom imp:
                ImportFromStatement(imp);
                break;
            case ExprStmt e:
                ExpressionStatement(e.Value);
                break;
            default:
                NotSupported($"'{stmt.PythonName}' statements are", stmt);
                break;
        }
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

    /// <summary>The exception a failing <c>assert</c> raises. With a message, CPython 3.12 calls <c>AssertionError(msg)</c>,
    /// a call an instrumenter sees (CALL, C_RETURN); without one it raises the class.</summary>
    private string AssertionErrorOf(Assert a, string msg)
    {
        if (a.Msg is null)
            return $"PyException.AssertionError({msg})";
        var shape = _e.ObservesCalls ? CallShape.Of(_m.BuiltinRef("AssertionError"), new[] { msg }) : null;
        string fast = $"PyException.AssertionError({msg}).Value";
        string value = _e.Call(a, shape, fast);
        return ReferenceEquals(value, fast) ? $"PyException.AssertionError({msg})" : $"PyException.FromValue({value})";
    }

    /// <summary>Spills a value to a fresh temporary; returns the temporary's name.</summary>
    private string Spill(string valueCode)
    {
        string t = NewTemp();
        _w.Line($"{t} = {valueCode};");
        return t;
    }

    /// <summary><c>assert test, msg</c> in a generator with a yield in the message.</summary>
    private void FlatAssert(Assert a)
    {
        string cond = LowerCondition(a.Test);
        string end = NewLabel("end_assert");
        _w.Line($"if ({_e.Branch(a, cond)}) goto {end};");
        string msg = LowerShared(new[] { a.Msg! })[0].AsValue();
        _w.Line($"throw {AssertionErrorOf(a, msg)};");
        _w.Line($"{end}:;");
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
