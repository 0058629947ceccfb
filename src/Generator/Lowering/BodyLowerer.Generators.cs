using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Generators. A generator function (or generator expression) compiles to a sealed class deriving from the
/// runtime's <c>PyGenerator</c> (a <c>PyIterator</c>, so <c>for</c>, <c>list()</c>, <c>sum()</c>... step it with
/// <c>MoveNext</c> and the end of iteration never throws). Its parameters, locals, cells and temporaries are fields;
/// its body is the override <c>Resume(out PyValue yielded)</c>:
/// <list type="bullet">
/// <item><c>yield v</c> is <c>return YieldValue(k, v, out yielded); resume_k: Resumed();</c> (k ≥ 2 numbers the yield;
/// <c>Resumed</c> raises what <c>throw()</c>/<c>close()</c> sent in), its value is the field <c>Sent</c>;
/// <c>yield from x</c> is <c>StartYieldFrom(x); resume_k: if (YieldFrom(k, out yielded)) return true;</c> with the result in
/// <c>DelegateResult</c>; <c>return x</c> is <c>ReturnValue = x; return false;</c>.</item>
/// <item>A <c>switch (State)</c> at the top jumps to the label of the yield the generator stopped at. C# can only
/// jump to a label in the same or an enclosing block, so <c>if</c>/<c>while</c>/<c>for</c> statements that contain
/// a yield are lowered to labels and gotos at the same block level (loop cursors become fields), and a <c>try</c>
/// that contains one gets its own dispatch switch at the top of its block (the outer switch jumps to the label
/// before the <c>try</c>). Statements without a yield are lowered as in any function.</item>
/// <item>A C# <c>finally</c> around a yield runs its Python body only when <c>!Suspending</c>: returning from the
/// method at a yield is a pause, not an exit. <c>close()</c> raises GeneratorExit at the yield, so Python's
/// finally blocks and handlers run.</item>
/// <item>An except handler (or try-else block) with a yield inside runs outside the C# catch, which only stores the
/// exception in a field; the handlers are then tested in order at the same block level.</item>
/// <item>Yields are accepted as whole statements and as the whole value of an assignment or return; elsewhere
/// (inside larger expressions, finally blocks) the SliceChecker reports PY2001.</item>
/// </list>
/// A generator expression is the same machine built from its clauses; its first iterable is evaluated (and
/// <c>iter()</c> called on it) in the enclosing scope, and passed to the constructor.
/// </summary>
internal sealed partial class BodyLowerer
{
    private GeneratorState? _gen;

    private sealed class GeneratorState
    {
        public GeneratorState(string className) => ClassName = className;

        public string ClassName { get; }
        public int NextState = 2;
        /// <summary>A yield sets Suspending (a yield inside a resumable try, yield from): MoveNext's finally clears it.</summary>
        public bool SetsSuspending;
        /// <summary>Python locals kept in PyValue fields: stored through StoreField (no write barrier when the tag stays).</summary>
        public readonly HashSet<string> ValueFields = new();
        public readonly List<string> Fields = new();
        /// <summary>Python locals that are never live across a yield: C# locals of <c>Resume</c>, not fields.</summary>
        public readonly HashSet<string> ResumeLocalNames = new();
        public readonly List<string> ResumeLocals = new();
        /// <summary>The blocks that dispatch on State: the method body, then each enclosing try with a yield inside.</summary>
        public readonly Stack<DispatchScope> Dispatch = new();
    }

    private sealed class DispatchScope
    {
        /// <summary>The label just before the <c>try</c> statement (null for the method body).</summary>
        public string? Entry;
        public readonly List<(int State, string Label)> Cases = new();
    }

    /// <summary>Members of <c>PyGenerator</c> the generated class uses: Python names never take them.</summary>
    private static readonly string[] GeneratorMembers =
    {
        "State", "Sent", "Pending", "Suspending", "ReturnValue", "Delegate", "DelegateResult", "Resume", "YieldValue",
        "Resumed", "yielded", "Yield", "StoreField", "NextSlow", "Abandon", "StopIterationRaised", "stopIteration__", "StartYieldFrom", "YieldFrom", "GeneratorType", "MoveNext", "Exhausted", "Send", "Throw", "Close",
        "Type", "Repr", "Str", "Next", "Iter", "Hash", "TryGetAttr", "TryCallMethod", "Equals", "GetHashCode", "ToString",
    };

    // =========================================================================================================
    // Entry points

    /// <summary>
    /// A generator function: returns the body of its static method (which creates the generator object) and adds
    /// the generator class to <c>ModuleCompiler.GeneratorClasses</c>.
    /// </summary>
    public string LowerGenerator(string className)
    {
        var fn = _fn!;
        var paramNames = _m.ParamNames[fn];
        _gen = new GeneratorState(className);
        foreach (var r in GeneratorMembers)
            _names.Reserve(r);
        _names.Reserve(className);
        if (fn.ClosureParam is not null)
            _names.Reserve(fn.ClosureParam);
        for (int i = 0; i < fn.Parameters.Count; i++)
            _names.Reserve(paramNames[i].TrimStart('@'));
        var ctorParams = new List<string>();
        var ctorBody = new List<string>();
        var ctorArgs = new List<string>();
        foreach (var v in fn.FreeVars)
        {
            string f = _names.Allocate(v + "_free");
            _gen.Fields.Add($"private readonly PyCell {f};");
            ctorParams.Add($"PyCell {f}");
            ctorBody.Add($"this.{f} = {f};");
            ctorArgs.Add($"{fn.ClosureParam}.{FunctionInfo.CellField(v)}");
            _free[v] = f;
        }
        for (int i = 0; i < fn.Parameters.Count; i++)
        {
            var sym = _functionScope.Lookup(fn.Parameters[i]);
            ctorArgs.Add(paramNames[i]);
            ctorParams.Add("PyValue " + paramNames[i]);
            if (sym is not null && sym.Kind == SymbolKind.Cell)
            {
                string cell = _names.Allocate(fn.Parameters[i] + "_cell");
                _cells[fn.Parameters[i]] = cell;
                _gen.Fields.Add($"private readonly PyCell {cell};");
                ctorBody.Add($"this.{cell} = new PyCell({paramNames[i]});");
            }
            else
            {
                // The field keeps the parameter's C# name unless the generator's own members need it.
                string plain = paramNames[i].TrimStart('@');
                string field = GeneratorMembers.Contains(plain) || plain == className ? _names.Allocate(fn.Parameters[i]) : paramNames[i];
                _locals[fn.Parameters[i]] = field;
                _gen.Fields.Add($"private PyValue {field};");
                ctorBody.Add($"this.{field} = {paramNames[i]};");
                _bound!.Add(field);
            }
        }
        if (fn.Node is FunctionDef def)
            FindResumeLocals(def.Body, fn.Parameters);
        DeclareGeneratorLocals();
        string resume = fn.Node is Lambda lambda
            ? GeneratorResumeMethod(fn.Node, () => GeneratorLambdaBody(lambda))
            : GeneratorResumeMethod(fn.Node, () => Statements(((FunctionDef)fn.Node).Body, 0));
        EmitGeneratorClass(fn.Name, fn.Scope.QualName, fn.Node.Lineno, ctorParams, ctorBody, resume);
        var factory = new CodeWriter();
        factory.Line("{");
        factory.Directive("#line hidden");
        factory.Line($"    return PyValue.FromObject(new {className}({string.Join(", ", ctorArgs)}));");
        factory.Directive("#line default");
        factory.Line("}");
        return factory.ToString();
    }

    /// <summary>
    /// <c>(elt for x in it if c ...)</c>: the generator object, created in the enclosing scope with the first
    /// iterable's iterator (evaluated now, as CPython does) and the cells the expression closes over.
    /// </summary>
    private CsExpr GeneratorExpression(GeneratorExp ge)
    {
        var scope = _m.Table.ScopeOf(ge);
        string source = $"PyOps.GetIter({LowerValue(ge.Generators[0].Iter)})";
        var info = new FunctionInfo(ge, scope);
        foreach (var sym in scope.Symbols)
        {
            if (sym.Kind == SymbolKind.Free)
                info.FreeVars.Add(sym.Name);
        }
        var cells = new List<string>();
        foreach (var v in info.FreeVars)
        {
            var (kind, id) = Storage(v, ge);
            if (kind is not (StorageKind.Cell or StorageKind.Free))
                throw new LoweringError($"the variable '{v}' could not be resolved", ge);
            cells.Add(id!);
        }
        string className = _m.AllocateMember(CsNames.SanitizeIdentifier(scope.QualName
            .Replace(".<locals>.", "__").Replace("<genexpr>", "genexpr").Replace("<lambda>", "lambda").Replace('.', '_')) + "_Generator");
        new BodyLowerer(_m, scope, info).LowerGeneratorExpressionClass(ge, className);
        cells.Add(source);
        return CsExpr.Value($"PyValue.FromObject(new {className}({string.Join(", ", cells)}))");
    }

    private void LowerGeneratorExpressionClass(GeneratorExp ge, string className)
    {
        var fn = _fn!;
        _gen = new GeneratorState(className);
        foreach (var r in GeneratorMembers)
            _names.Reserve(r);
        _names.Reserve(className);
        var ctorParams = new List<string>();
        var ctorBody = new List<string>();
        foreach (var v in fn.FreeVars)
        {
            string f = _names.Allocate(v + "_free");
            _gen.Fields.Add($"private readonly PyCell {f};");
            ctorParams.Add($"PyCell {f}");
            ctorBody.Add($"this.{f} = {f};");
            _free[v] = f;
        }
        string source = _names.Allocate("source");
        _gen.Fields.Add($"private PyValue {source};");
        ctorParams.Add($"PyIterator {source}");
        ctorBody.Add($"this.{source} = PyValue.FromObject({source});");
        FindResumeLocals(ge);
        DeclareGeneratorLocals();
        string resume = GeneratorResumeMethod(ge, () =>
        {
            _e.LineDirective(ge);
            GeneratorExpressionLoops(ge, 0, source);
        });
        EmitGeneratorClass("<genexpr>", fn.Scope.QualName, ge.Lineno, ctorParams, ctorBody, resume);
    }

    private void GeneratorExpressionLoops(GeneratorExp ge, int index, string source)
    {
        if (index == ge.Generators.Count)
        {
            EmitYield(ge, LowerValue(ge.Elt));
            return;
        }
        var gen = ge.Generators[index];
        var cursor = index == 0 ? LoopCursor.Iterator($"IterLoop.Start({source})") : LowerIterationCursor(gen.Iter);
        string it = GeneratorField(cursor.TypeName, cursor.Hint);
        string top = NewLabel("next");
        string end = NewLabel("done");
        _w.Line($"{it} = {cursor.Code};");
        _w.Line($"{top}:");
        if (gen.Target is Name tn)
        {
            string lv = NameLvalue(tn.Id, tn);
            _w.Line($"if (!{it}.MoveNext(ref {lv})) goto {end};");
            MarkBound(lv);
        }
        else
        {
            string item = NewTemp("item");
            _w.Line($"if (!{it}.MoveNext(ref {item})) goto {end};");
            StoreTo(gen.Target, CsExpr.Value(item), valueIsTemp: true);
        }
        foreach (var cond in gen.Ifs)
            _w.Line($"if (!({LowerCondition(cond)})) goto {top};");
        GeneratorExpressionLoops(ge, index + 1, source);
        _w.Line($"goto {top};");
        _w.Line($"{end}:");
        _w.Line($"{it} = default;");
    }

    // =========================================================================================================
    // Locals that need not be fields

    /// <summary>
    /// The loop variables of <c>for</c> statements that are never live across a yield (read in the loop body only,
    /// and only before the body's first yield, assigned nowhere else): they become C# locals of <c>Resume</c>,
    /// which saves a field store (a GC write barrier) per item. Conservative: any doubt keeps the field.
    /// </summary>
    private void FindResumeLocals(List<Stmt> body, List<string> parameters)
    {
        var all = new List<Node>();
        foreach (var st in body)
            all.AddRange(NodeWalk.All(st));
        var stores = new Dictionary<string, int>();
        var loads = new Dictionary<string, int>();
        var otherBinders = new HashSet<string>(parameters);
        foreach (var n in all)
        {
            switch (n)
            {
                case Name nm:
                    var d = nm.Ctx == ExprContext.Load ? loads : stores;
                    d[nm.Id] = (d.TryGetValue(nm.Id, out int c) ? c : 0) + 1;
                    break;
                case FunctionDef f: otherBinders.Add(f.Name); break;
                case AsyncFunctionDef f: otherBinders.Add(f.Name); break;
                case ClassDef c2: otherBinders.Add(c2.Name); break;
                case ExceptHandler h when h.Name is not null: otherBinders.Add(h.Name); break;
                case Alias a: otherBinders.Add(a.Asname ?? a.Name.Split('.')[0]); break;
                case MatchAs m when m.Name is not null: otherBinders.Add(m.Name); break;
                case MatchStar m when m.Name is not null: otherBinders.Add(m.Name); break;
                case MatchMapping m when m.Rest is not null: otherBinders.Add(m.Rest); break;
                case Global g: otherBinders.UnionWith(g.Names); break;
                case Nonlocal nl: otherBinders.UnionWith(nl.Names); break;
            }
        }
        foreach (var n in all)
        {
            if (n is not For { Target: Name t } f || otherBinders.Contains(t.Id))
                continue;
            if (_functionScope.Lookup(t.Id)?.Kind != SymbolKind.Local || stores[t.Id] != 1)
                continue;
            int counted = 0;
            bool afterYield = false;
            if (ReadsBeforeYield(f.Body, t.Id, ref afterYield, ref counted) && counted == (loads.TryGetValue(t.Id, out int l) ? l : 0))
                _gen!.ResumeLocalNames.Add(t.Id);
        }
    }

    /// <summary>A generator expression: the innermost clause's variable, when only its conditions and the element read it.</summary>
    private void FindResumeLocals(GeneratorExp ge)
    {
        if (ge.Generators[ge.Generators.Count - 1].Target is not Name t || _functionScope.Lookup(t.Id)?.Kind != SymbolKind.Local)
            return;
        int inner = Loads(ge.Elt, t.Id);
        foreach (var c in ge.Generators[ge.Generators.Count - 1].Ifs)
            inner += Loads(c, t.Id);
        int all = Loads(ge.Elt, t.Id);
        int stores = 0;
        for (int i = 0; i < ge.Generators.Count; i++)
        {
            var g = ge.Generators[i];
            if (i > 0)
                all += Loads(g.Iter, t.Id);
            foreach (var c in g.Ifs)
                all += Loads(c, t.Id);
            foreach (var n in NodeWalk.All(g.Target))
            {
                if (n is Name nm && nm.Id == t.Id)
                    stores++;
            }
        }
        if (all == inner && stores == 1)
            _gen!.ResumeLocalNames.Add(t.Id);
    }

    /// <summary>Reads of <paramref name="name"/> under <paramref name="node"/> (nested scopes included: conservative).</summary>
    private static int Loads(Node node, string name) =>
        NodeWalk.All(node).Count(n => n is Name { Ctx: ExprContext.Load } nm && nm.Id == name);

    /// <summary>Whether a yield (or await) is anywhere under <paramref name="node"/>, nested scopes included.</summary>
    private static bool HasYieldNode(Node? node) =>
        node is not null && NodeWalk.All(node).Any(n => n is Yield or YieldFrom or Await);

    /// <summary>A statement's value that is one yield whose operand has none: its reads happen before it suspends.</summary>
    private static bool IsSimpleYield(Expr? value) => value switch
    {
        Yield y => !HasYieldNode(y.Value),
        YieldFrom yf => !HasYieldNode(yf.Value),
        _ => false,
    };

    /// <summary>
    /// Whether every read of <paramref name="name"/> in <paramref name="body"/> happens before the body's first
    /// yield on its path (counting them into <paramref name="counted"/>); false on any read that may follow one.
    /// </summary>
    private static bool ReadsBeforeYield(List<Stmt> body, string name, ref bool afterYield, ref int counted)
    {
        foreach (var s in body)
        {
            int reads = Loads(s, name);
            bool yields = HasYieldNode(s);
            if (reads > 0)
            {
                if (afterYield)
                    return false;
                if (yields)
                {
                    switch (s)
                    {
                        case If i when !HasYieldNode(i.Test):
                            counted += Loads(i.Test, name);
                            bool a1 = false, a2 = false;
                            if (!ReadsBeforeYield(i.Body, name, ref a1, ref counted) || !ReadsBeforeYield(i.Orelse, name, ref a2, ref counted))
                                return false;
                            break;
                        case ExprStmt e when IsSimpleYield(e.Value):
                            counted += reads;
                            break;
                        case Return r when IsSimpleYield(r.Value):
                            counted += reads;
                            break;
                        // Assignment targets are evaluated after the yield returns: they must not read it.
                        case Assign a when IsSimpleYield(a.Value) && a.Targets.All(t => Loads(t, name) == 0):
                            counted += reads;
                            break;
                        default:
                            return false;
                    }
                }
                else
                {
                    counted += reads;
                }
            }
            afterYield |= yields;
        }
        return true;
    }

    /// <summary>Locals and cells of the generator's scope become fields.</summary>
    private void DeclareGeneratorLocals()
    {
        foreach (var sym in _functionScope.Symbols)
        {
            if (sym.Kind == SymbolKind.Local && !_locals.ContainsKey(sym.Name))
            {
                string id = _names.Allocate(sym.Name);
                _locals[sym.Name] = id;
                if (_gen!.ResumeLocalNames.Contains(sym.Name))
                    _gen.ResumeLocals.Add(id);
                else
                {
                    _gen.Fields.Add($"private PyValue {id};");
                    _gen.ValueFields.Add(id);
                }
            }
            else if (sym.Kind == SymbolKind.Cell && !_cells.ContainsKey(sym.Name))
            {
                string cell = _names.Allocate(sym.Name + "_cell");
                _cells[sym.Name] = cell;
                _gen!.Fields.Add($"private readonly PyCell {cell} = new PyCell();");
            }
        }
    }

    /// <summary>
    /// Lowers the body (through <paramref name="lowerBody"/>) into the generator's <c>MoveNext</c> (the iteration
    /// protocol; the body fused in, so a <c>for</c> over the generator makes one call per item), with its dispatch
    /// switch and the exception handling PyGenerator's protocol needs (PEP 479, finishing when an exception leaves
    /// the body); <c>Resume</c> (send/throw) calls it.
    /// </summary>
    private string GeneratorResumeMethod(Node function, Action lowerBody)
    {
        var top = new DispatchScope();
        _gen!.Dispatch.Push(top);
        _e.FunctionStart(function);
        lowerBody();
        _gen.Dispatch.Pop();
        var w = new CodeWriter();
        w.Open("public override bool MoveNext(out PyValue yielded)");
        w.Directive("#line hidden");
        w.Line("if (State < 0 || State == 1) return NextSlow(out yielded);");
        w.Line("PyProgram.CheckStack();");
        w.Line("try");
        w.Open();
        w.Line("yielded = default;");
        foreach (var l in _gen.ResumeLocals)
            w.Line($"PyValue {l} = default;");
        EmitDispatch(w, top);
        w.Line("State = 1;");
        w.Append(_w, 0);
        w.Directive("#line hidden");
        if (function is Lambda)
            w.Line("return false;"); // not reached: a lambda's body returns its value (GeneratorLambdaBody)
        else
            _e.GeneratorReturn(function, null, storeNone: false, into: w);
        w.Close();
        // A filter, not catch-and-rethrow (see PyGenerator.MoveNext).
        w.Line("catch (PyException stopIteration__) when (stopIteration__.Matches(PyTypes.StopIteration))");
        w.Open();
        w.Line("throw StopIterationRaised(stopIteration__);");
        w.Close();
        w.Line("finally");
        w.Open();
        // State is still 1 when the body ended or an exception left it: finished.
        w.Line("if (State == 1) Abandon();");
        if (_gen.SetsSuspending)
            w.Line("else Suspending = false;");
        w.Close();
        w.Directive("#line default");
        w.Close();
        w.Line();
        w.Line("protected override bool Resume(out PyValue yielded) => MoveNext(out yielded);");
        return w.ToString();
    }

    private static void EmitDispatch(CodeWriter w, DispatchScope scope)
    {
        w.Directive("#line hidden");
        if (scope.Cases.Count == 0)
            return;
        w.Open("switch (State)");
        foreach (var (state, label) in scope.Cases)
            w.Line($"case {state}: goto {label};");
        w.Close();
    }

    private void EmitGeneratorClass(string name, string qualName, int line, List<string> ctorParams, List<string> ctorBody, string resume)
    {
        var g = _gen!;
        var w = new CodeWriter();
        w.Line($"/// <summary>The generator object of Python <c>{CsNames.CommentText(qualName).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")}</c> (line {line}): a state machine.</summary>");
        w.Open($"private sealed class {g.ClassName} : PyGenerator");
        foreach (var f in g.Fields)
            w.Line(f);
        foreach (var t in _temps)
            w.Line($"private PyValue {t};");
        foreach (var l in _localDecls)
            w.Line($"private PyValue {l};");
        w.Line();
        w.Open($"public {g.ClassName}({string.Join(", ", ctorParams)}) : base({CsNames.StringLiteral(name)}, {CsNames.StringLiteral(qualName)})");
        foreach (var b in ctorBody)
            w.Line(b);
        w.Close();
        w.Line();
        w.Append(Reparse(resume), 0);
        w.Close();
        _m.GeneratorClasses.Add(w.ToString());
    }

    /// <summary><c>lv = value;</c>, or <c>StoreField(ref lv, value);</c> for a local kept in a generator's field.</summary>
    private string AssignStatement(string lv, string value) =>
        _gen is not null && _gen.ValueFields.Contains(lv) ? $"StoreField(ref {lv}, {value});" : $"{lv} = {value};";

    private static CodeWriter Reparse(string code)
    {
        var cw = new CodeWriter();
        foreach (var line in code.Split('\n'))
        {
            if (line.Length > 0)
                cw.Directive(line);
        }
        return cw;
    }

    private string GeneratorField(string type, string hint)
    {
        string name = _names.Allocate(hint);
        _gen!.Fields.Add($"private {type} {name};");
        return name;
    }

    // =========================================================================================================
    // Yield points

    private void RegisterResume(int state, string label)
    {
        var scopes = _gen!.Dispatch.ToArray(); // innermost first
        scopes[0].Cases.Add((state, label));
        for (int i = 1; i < scopes.Length; i++)
            scopes[i].Cases.Add((state, scopes[i - 1].Entry!));
    }

    /// <summary><c>yield v</c>; the value of the expression is <c>Sent</c>.</summary>
    private void EmitYield(Node site, string value)
    {
        value = _e.YieldValue(site, value);
        int k = _gen!.NextState++;
        string label = NewLabel("resume");
        RegisterResume(k, label);
        // Inside a resumable try, its C# finally must know the body is only pausing (Suspending).
        if (_gen.Dispatch.Count > 1)
        {
            _gen.SetsSuspending = true;
            _w.Line($"return YieldValue({k}, {value}, out yielded);");
        }
        else
        {
            _w.Line($"return Yield({k}, {value}, out yielded);");
        }
        _w.Line($"{label}:");
        _w.Line("Resumed();");
    }

    private CsExpr LowerYield(Yield y)
    {
        if (_gen is null)
            throw new LoweringError("'yield' outside a generator function is", y);
        EmitYield(y, y.Value is null ? "PyValue.None" : LowerValue(y.Value));
        return CsExpr.Value("Sent");
    }

    private CsExpr LowerYieldFrom(YieldFrom y)
    {
        if (_gen is null)
            throw new LoweringError("'yield from' outside a generator function is", y);
        string source = _e.YieldValue(y, LowerValue(y.Value));
        int k = _gen.NextState++;
        string label = NewLabel("resume");
        RegisterResume(k, label);
        _gen.SetsSuspending = true;
        _w.Line($"StartYieldFrom({source});");
        _w.Line($"{label}:");
        _w.Line($"if (YieldFrom({k}, out yielded)) return true;");
        return CsExpr.Value("DelegateResult");
    }

    // =========================================================================================================
    // Statements inside generators

    private bool ContainsYield(List<Stmt> body) => body.Any(ContainsYield);

    /// <summary>Whether a statement may suspend the generator: a yield of this scope anywhere in it (compound
    /// statements with one take their flat, resumable forms).</summary>
    private bool ContainsYield(Stmt s) => s switch
    {
        ExprStmt e => HasYield(e.Value),
        Assign a => HasYield(a.Value) || a.Targets.Any(HasYield),
        AugAssign a => HasYield(a.Target) || HasYield(a.Value),
        AnnAssign a => HasYield(a.Target) || HasYield(a.Value),
        Return r => HasYield(r.Value),
        Delete d => d.Targets.Any(HasYield),
        Raise r => HasYield(r.Exc) || HasYield(r.Cause),
        Assert a => HasYield(a.Test) || HasYield(a.Msg),
        If i => HasYield(i.Test) || ContainsYield(i.Body) || ContainsYield(i.Orelse),
        While w => HasYield(w.Test) || ContainsYield(w.Body) || ContainsYield(w.Orelse),
        For f => HasYield(f.Target) || HasYield(f.Iter) || ContainsYield(f.Body) || ContainsYield(f.Orelse),
        Try t => ContainsYield(t.Body) || t.Handlers.Any(h => ContainsYield(h.Body)) || ContainsYield(t.Orelse) || ContainsYield(t.Finalbody),
        With w => w.Items.Any(i => HasYield(i.ContextExpr) || HasYield(i.OptionalVars)) || ContainsYield(w.Body),
        Match m => HasYield(m.Subject) || m.Cases.Any(c => ContainsYield(c.Body)),
        FunctionDef f => f.DecoratorList.Any(HasYield) || f.Args.Defaults.Any(HasYield) || f.Args.KwDefaults.Any(HasYield),
        ClassDef c => c.DecoratorList.Any(HasYield) || c.Bases.Any(HasYield) || c.Keywords.Any(k => HasYield(k.Value)),
        _ => false,
    };

    /// <summary>Statements that lower differently in a generator; false: the ordinary lowering applies.</summary>
    private bool GeneratorStatement(Stmt stmt)
    {
        switch (stmt)
        {
            case Return r:
                _e.GeneratorReturn(r, r.Value is null ? null : LowerValue(r.Value), storeNone: _finallyExits.Count > 0 || _usesFlatFinally);
                _bound = null;
                return true;
            case ExprStmt { Value: Yield y }:
                LowerYield(y);
                return true;
            case ExprStmt { Value: YieldFrom yf }:
                LowerYieldFrom(yf);
                return true;
            case If i when ContainsYield(i):
                FlatIf(i);
                return true;
            case While w when ContainsYield(w):
                FlatWhile(w);
                return true;
            case For f when ContainsYield(f):
                FlatFor(f);
                return true;
            case Try t when ContainsYield(t):
                if (!TryFlatFinally(t))
                    GeneratorTry(t);
                return true;
            case With w when ContainsYield(w):
                GeneratorWith(w, 0);
                return true;
            case Assert a when a.Msg is not null && HasYield(a.Msg):
                FlatAssert(a);
                return true;
        }
        return false;
    }

    private void FlatIf(If s)
    {
        string cond = LowerCondition(s.Test);
        var before = _bound;
        string end = NewLabel("end_if");
        string? elseLabel = s.Orelse.Count > 0 ? NewLabel("else") : null;
        _w.Line($"if (!({_e.Branch(s, cond)})) goto {elseLabel ?? end};");
        _bound = Copy(before);
        Statements(s.Body, 0);
        var afterBody = _bound;
        _bound = Copy(before);
        if (elseLabel is not null)
        {
            _w.Line($"goto {end};");
            _w.Line($"{elseLabel}:");
            Statements(s.Orelse, 0);
        }
        _w.Line($"{end}:;");
        _bound = Meet(afterBody, _bound);
    }

    private void FlatWhile(While wh)
    {
        var entry = LoopEntryState(wh.Body);
        _bound = Copy(entry);
        string top = NewLabel("while");
        string end = NewLabel("end_while");
        string? elseLabel = wh.Orelse.Count > 0 ? NewLabel("while_else") : null;
        _w.Line($"{top}:");
        string cond = LowerCondition(wh.Test);
        var afterTest = Copy(_bound);
        if (!LoopExits.IsInfinite(wh)) // (while True: no test, no branch)
            _w.Line($"if (!({_e.Branch(wh, cond)})) goto {elseLabel ?? end};");
        var loop = new LoopInfo(wh) { BreakLabel = end, ContinueLabel = top };
        _loops.Push(loop);
        Statements(wh.Body, 0);
        _loops.Pop();
        _e.BackEdge(wh, wh);
        _w.Line($"goto {top};");
        _bound = Copy(afterTest);
        if (!LoopExits.CanFallThrough(wh))
            _bound = null;
        if (elseLabel is not null)
        {
            _w.Line($"{elseLabel}:");
            Statements(wh.Orelse, 0);
            _bound = afterTest;
        }
        _w.Line($"{end}:;");
    }

    private void FlatFor(For f)
    {
        var cursor = LowerIterationCursor(f.Iter);
        string it = GeneratorField(cursor.TypeName, cursor.Hint);
        _w.Line($"{it} = {cursor.Code};");
        var entry = LoopEntryState(f.Body);
        string top = NewLabel("for");
        string end = NewLabel("end_for");
        string? elseLabel = f.Orelse.Count > 0 ? NewLabel("for_else") : null;
        _bound = Copy(entry);
        _w.Line($"{top}:");
        if (f.Target is Name tn && !IsClassNamespaceName(tn.Id, tn))
        {
            string lv = NameLvalue(tn.Id, tn);
            _w.Line($"if (!{it}.MoveNext(ref {lv})) goto {elseLabel ?? end};");
            MarkBound(lv);
        }
        else
        {
            string item = NewTemp("item");
            _w.Line($"if (!{it}.MoveNext(ref {item})) goto {elseLabel ?? end};");
            StoreTo(f.Target, CsExpr.Value(item), valueIsTemp: true);
        }
        _loops.Push(new LoopInfo(f) { BreakLabel = end, ContinueLabel = top });
        Statements(f.Body, 0);
        _loops.Pop();
        _e.BackEdge(f, f);
        _w.Line($"goto {top};");
        _bound = Copy(entry);
        if (elseLabel is not null)
        {
            _w.Line($"{elseLabel}:");
            Statements(f.Orelse, 0);
            _bound = entry;
        }
        _w.Line($"{end}:");
        _w.Line($"{it} = default;");
    }

    /// <summary>A C# try block the generator can resume into: a label before it, a dispatch switch at its top.</summary>
    private void ResumableTryBlock(Action body)
    {
        string entry = NewLabel("try");
        _w.Line($"{entry}:");
        _w.Line("try");
        _w.Open();
        var scope = new DispatchScope { Entry = entry };
        _gen!.Dispatch.Push(scope);
        var saved = _w;
        var inner = new CodeWriter();
        _w = inner;
        try
        {
            body();
        }
        finally
        {
            _w = saved;
            _gen.Dispatch.Pop();
        }
        EmitDispatch(_w, scope);
        _w.Append(inner, 0);
        _w.Close();
    }

    /// <summary>
    /// <c>with</c> with a yield inside: as <see cref="WithStatement"/>, with a resumable try block, the flag in a
    /// field, and no <c>__exit__</c> while the generator is only suspending.
    /// </summary>
    private void GeneratorWith(With w, int index)
    {
        var item = w.Items[index];
        var before = Copy(_bound);
        string manager = Spill(LowerValue(item.ContextExpr));
        string exit = NewTemp("exit");
        string entered = NewTemp("entered");
        _w.Line($"{entered} = Rt.WithEnter({manager}, out {exit});");
        string failed = GeneratorField("bool", "failed");
        _w.Line($"{failed} = false;");
        ResumableTryBlock(() =>
        {
            if (item.OptionalVars is not null)
                StoreTo(item.OptionalVars, CsExpr.Value(entered), valueIsTemp: true);
            if (index + 1 < w.Items.Count)
                GeneratorWith(w, index + 1);
            else
                Statements(w.Body, 0);
        });
        string exc = NewBlockLocal("exception");
        _w.Line($"catch (PyException {exc})");
        _w.Open();
        _w.Line($"{failed} = true;");
        _w.Line($"if (!Rt.WithExitError({exit}, {exc})) throw;");
        _w.Close();
        _w.Line("finally");
        _w.Open();
        _w.Line($"if (!Suspending && !{failed}) Rt.WithExitNormal({exit});");
        _w.Close();
        _bound = WithoutDeleted(before, w, w.Body);
    }

    /// <summary>
    /// try/except/else/finally with yields in the try body, handlers or else block (the SliceChecker keeps them out
    /// of finally blocks): as <see cref="TryStatement"/>, with resumable try blocks and the finally body skipped
    /// while the generator is only suspending. When a handler or the else block has a yield, the handlers run
    /// after the C# catch, at the same block level (<see cref="FlatHandlers"/>).
    /// </summary>
    private void GeneratorTry(Try t)
    {
        var before = Copy(_bound);
        var entry = WithoutDeleted(before, t, TryBodies(t));
        string? ok = null;
        if (t.Orelse.Count > 0 && t.Handlers.Count > 0)
        {
            ok = GeneratorField("bool", "completed");
            _w.Line($"{ok} = false;");
        }
        HashSet<string>? after = null;
        void TryWithHandlers()
        {
            if (t.Handlers.Count == 0)
            {
                _bound = Copy(before);
                Statements(t.Body, 0);
                after = _bound;
                return;
            }
            if (t.Handlers.Any(h => ContainsYield(h.Body)) || ContainsYield(t.Orelse))
            {
                after = FlatHandlers(t, before, entry);
                return;
            }
            HashSet<string>? bodyEnd = null;
            ResumableTryBlock(() =>
            {
                _bound = Copy(before);
                Statements(t.Body, 0);
                if (ok is not null)
                    _w.Line($"{ok} = true;");
                bodyEnd = _bound;
            });
            string exc = NewBlockLocal("exception");
            _w.Line($"catch (PyException {exc}){HandlerFilter(t.Handlers, exc)}");
            _w.Open();
            HashSet<string>? handled = ExceptClauses(t.Handlers, exc, entry, "throw;");
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
            after = Meet(bodyEnd, handled);
        }
        if (t.Finalbody.Count > 0)
        {
            ResumableTryBlock(TryWithHandlers);
            _w.Line("finally");
            _w.Open();
            _w.Line("if (!Suspending)");
            _w.Open();
            _bound = Copy(entry);
            Statements(t.Finalbody, 0);
            var finallyEnd = _bound;
            _w.Close();
            _w.Close();
            if (after is not null && finallyEnd is not null)
                after.UnionWith(finallyEnd);
            else if (finallyEnd is null)
                after = null;
        }
        else
        {
            TryWithHandlers();
        }
        _bound = after;
    }

    /// <summary>
    /// The try body in a resumable block whose catch only stores the exception in a field; then the handlers, tested
    /// in order, and the else block, all at this block level so yields inside them can be resumed. Returns the
    /// definite-assignment state after the statement.
    /// </summary>
    private HashSet<string>? FlatHandlers(Try t, HashSet<string>? before, HashSet<string>? entry)
    {
        string excField = GeneratorField("PyException?", "exception");
        string exc = excField + "!";
        string end = NewLabel("end_try");
        string noException = t.Orelse.Count > 0 ? NewLabel("try_else") : end;
        _w.Line($"{excField} = null;");
        HashSet<string>? bodyEnd = null;
        ResumableTryBlock(() =>
        {
            _bound = Copy(before);
            Statements(t.Body, 0);
            bodyEnd = _bound;
        });
        string caught = NewBlockLocal("caught");
        _w.Line($"catch (PyException {caught})");
        _w.Open();
        _w.Line($"{excField} = {caught};");
        _w.Close();
        _w.Line($"if ({excField} is null) goto {noException};");
        HashSet<string>? handled = null;
        bool caughtAll = false;
        for (int i = 0; i < t.Handlers.Count; i++)
        {
            var h = t.Handlers[i];
            StatementHeader(h);
            _bound = Copy(entry);
            string next = NewLabel("next_handler");
            if (h.Type is null)
            {
                caughtAll = true;
            }
            else
            {
                string type = LowerValue(h.Type);
                _w.Line($"if (!{exc}.Matches({type})) goto {next};");
            }
            string? nameLv = null;
            if (h.Name is not null)
            {
                nameLv = NameLvalue(h.Name, h);
                _w.Line($"{nameLv} = {exc}.Value;");
                MarkBound(nameLv);
            }
            ResumableTryBlock(() =>
            {
                _handlers.Push(exc);
                Statements(h.Body, 0);
                _handlers.Pop();
            });
            string inner = NewBlockLocal("raised");
            _w.Line($"catch (PyException {inner}) when (Rt.SetContext({inner}, {exc}))");
            _w.Open();
            _w.Line("throw;");
            _w.Close();
            if (nameLv is not null)
            {
                _w.Line("finally");
                _w.Open();
                _w.Line($"if (!Suspending) {nameLv} = default;");
                _w.Close();
                _bound?.Remove(nameLv);
            }
            _w.Line($"{excField} = null;");
            _w.Line($"goto {end};");
            _w.Line($"{next}:");
            handled = handled is null && i == 0 ? _bound : Meet(handled, _bound);
            if (caughtAll)
                break;
        }
        _w.Directive("#line hidden");
        _w.Line($"throw Rt.Reraise({exc});");
        if (t.Orelse.Count > 0)
        {
            _w.Line($"{noException}:");
            _bound = bodyEnd;
            Statements(t.Orelse, 0);
            bodyEnd = _bound;
        }
        _w.Line($"{end}:;");
        return Meet(bodyEnd, handled);
    }
}
