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
        /// <summary>The states of the body's <c>yield from</c>s, with their lines: the dispatch of such a state first
        /// steps the generator delegated to, and returns what it yields (<c>PyGenerator.StepDelegateAhead</c>).</summary>
        public readonly Dictionary<int, int> YieldFromLines = new();
        /// <summary>The body can suspend while it handles an exception: each step takes the handled exceptions it leaves
        /// entered off the thread's (<c>HandledExceptions.Suspend</c>) and the next puts them back.</summary>
        public bool KeepsHandledExceptions;
        /// <summary>Python locals kept in PyValue fields: stored through StoreField (no write barrier when the tag stays).</summary>
        public readonly HashSet<string> ValueFields = new();
        public readonly List<string> Fields = new();
        /// <summary>Python locals that are never live across a yield: C# locals of <c>Resume</c>, not fields.</summary>
        public readonly HashSet<string> ResumeLocalNames = new();
        public readonly List<string> ResumeLocals = new();
        /// <summary>Temporaries no suspension separates from their reads (<see cref="SuspensionLiveness"/>): C# locals of
        /// the step method, not fields.</summary>
        public HashSet<string> LocalTemps = new();
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
        "Resumed", "yielded", "Yield", "StoreField", "NextSlow", "Abandon", "StopIterationRaised", "stopIteration__", "StartYieldFrom", "YieldFrom", "DelegationLine", "GeneratorType", "MoveNext", "Exhausted", "Send", "Throw", "Close",
        "StartAwait", "Kind", "Delegating", "DelegateStop", "DelegateGeneratorReturned", "DelegateThrownInto", "StepWith", "CoroutineType", "AwaitableIterator", "StepDelegateAhead", "SteppedAhead", "GeneratorName", "GeneratorQualName",
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
            }
        }
        if (fn.Node is FunctionDef def)
            _gen.ResumeLocalNames.UnionWith(ResumeLocals.Of(_functionScope, def.Body, fn.Parameters));
        DeclareGeneratorLocals();
        string resume = fn.Node is Lambda lambda
            ? GeneratorResumeMethod(fn.Node, () => GeneratorLambdaBody(lambda))
            : GeneratorResumeMethod(fn.Node, () => Statements(((FunctionDef)fn.Node).Body, FirstCompiled(((FunctionDef)fn.Node).Body)));
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
        // CPython calls the generator expression's function with the iterator (an async for's: GET_AITER's): a call an
        // instrumenter sees.
        string iterable = LowerValue(ge.Generators[0].Iter);
        string source = _e.Call(ge, _e.ObservesCalls ? new CallShape(CallForm.GeneratorExpression, "", System.Array.Empty<string>()) : null,
            ge.Generators[0].IsAsync != 0 ? $"AsyncProtocol.Iter({iterable})" : $"PyOps.GetIter({iterable})");
        var info = new FunctionInfo(ge, scope);
        foreach (var sym in scope.Symbols)
        {
            if (sym.Kind == SymbolKind.Free)
                info.FreeVars.Add(sym.Name);
        }
        var cells = new List<string>();
        foreach (var v in info.FreeVars)
        {
            var (kind, id) = Storage(v, ge, capturing: true);
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
        // (an async for's first iterator is whatever __aiter__ returned)
        ctorParams.Add(ge.Generators[0].IsAsync != 0 ? $"PyValue {source}" : $"PyIterator {source}");
        ctorBody.Add(ge.Generators[0].IsAsync != 0 ? $"this.{source} = {source};" : $"this.{source} = PyValue.FromObject({source});");
        _gen.ResumeLocalNames.UnionWith(ResumeLocals.Of(_functionScope, ge));
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
            if (_e.Instrumenter.ObservesBranches)
                _e.Edge(ge.Generators[index - 1], Analysis.Flow.FlowEdgeKind.BodyEnd);
            return;
        }
        var gen = ge.Generators[index];
        if (gen.IsAsync != 0)
        {
            AsyncGeneratorExpressionLoop(ge, index, source);
            return;
        }
        var cursor = index == 0 ? LoopCursor.Iterator($"IterLoop.Start({source})") : LowerIterationCursor(gen.Iter);
        string it = GeneratorField(cursor.TypeName, cursor.Hint);
        string top = NewLabel("next");
        string end = NewLabel("done");
        _w.Line($"{it} = {cursor.Code};");
        _w.Line($"{top}:");
        if (gen.Target is Name tn)
        {
            string lv = NameLvalue(tn.Id, tn);
            _w.Line($"if (!{_e.LoopBranch(gen, _e.LoopStep(ge, cursor, it, $"{it}.MoveNext(ref {lv})"))}) goto {end};");
        }
        else
        {
            string item = NewTemp("item");
            _w.Line($"if (!{_e.LoopBranch(gen, _e.LoopStep(ge, cursor, it, $"{it}.MoveNext(ref {item})"))}) goto {end};");
            StoreTo(gen.Target, CsExpr.Value(item), valueIsTemp: true);
        }
        GeneratorExpressionRest(ge, index, source, top, end);
        _w.Line($"{it} = default;");
    }

    /// <summary>After a clause's item is stored: its conditions (back to <paramref name="top"/> when one fails), the
    /// clauses inside it or the element, and the way round; the loop ends at <paramref name="end"/>.</summary>
    private void GeneratorExpressionRest(GeneratorExp ge, int index, string source, string top, string end)
    {
        foreach (var cond in ge.Generators[index].Ifs)
            _w.Line($"if (!({LowerCondition(cond)})) goto {top};");
        GeneratorExpressionLoops(ge, index + 1, source);
        _w.Line($"goto {top};");
        _w.Line($"{end}:");
    }

    /// <summary>An <c>async for</c> of an asynchronous generator expression: each item awaited from the iterator's
    /// <c>__anext__</c> (on the expression's line: a comprehension's for has no position), StopAsyncIteration ending
    /// the loop.</summary>
    private void AsyncGeneratorExpressionLoop(GeneratorExp ge, int index, string source)
    {
        var gen = ge.Generators[index];
        string iterator = source;
        if (index > 0)
        {
            iterator = NewTemp("aiter");
            _w.Line($"{iterator} = AsyncProtocol.Iter({LowerValue(gen.Iter)});");
        }
        string top = NewLabel("next");
        string end = NewLabel("done");
        _w.Line($"{top}:");
        string item = Spill(Delegation(ge, $"AsyncProtocol.Next({iterator})", "StartAwait", "AwaitContext.AsyncForNext",
            stopAsyncIteration: end).AsValue());
        StoreTo(gen.Target, CsExpr.Value(item), valueIsTemp: true);
        GeneratorExpressionRest(ge, index, source, top, end);
        if (index > 0)
            _w.Line($"{iterator} = default;");
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
        // A coroutine has no iteration protocol: its body is Resume, which send/throw/await reach through Step.
        bool coroutine = _fn?.IsCoroutine == true;
        if (coroutine)
        {
            w.Open("protected override bool Resume(out PyValue yielded)");
            w.Directive("#line hidden");
        }
        else
        {
            w.Open("public override bool MoveNext(out PyValue yielded)");
            w.Directive("#line hidden");
            w.Line("if (State < 0 || State == 1) return NextSlow(out yielded);");
        }
        w.Line("PyProgram.CheckStack();");
        if (_gen.KeepsHandledExceptions)
            w.Line("int handledDepth__ = HandledExceptions.Resume(ref SuspendedHandlers);");
        w.Line("try");
        w.Open();
        w.Line("yielded = default;");
        foreach (var l in _gen.ResumeLocals)
            w.Line($"PyValue {l} = default;");
        _gen.LocalTemps = SuspensionLiveness.LocalTemps(_w.ToString(), _temps);
        foreach (var t in _temps)
        {
            if (_gen.LocalTemps.Contains(t))
                w.Line($"PyValue {t} = default;");
        }
        _e.ResumableBodyStart(function, w);
        _e.FrameStart(function, w);
        EmitDispatch(w, top, _gen.YieldFromLines);
        w.Line("State = 1;");
        w.Append(_w, 0);
        w.Directive("#line hidden");
        if (function is Lambda)
            w.Line("return false;"); // not reached: a lambda's body returns its value (GeneratorLambdaBody)
        else
            _e.GeneratorReturn(function, null, storeNone: false, into: w);
        _e.FrameEnd(function, w);
        w.Close();
        // A filter, not catch-and-rethrow (see PyGenerator.MoveNext).
        if (_fn?.IsAsyncGenerator == true)
        {
            w.Line("catch (PyException stopIteration__) when (stopIteration__.Matches(PyTypes.StopIteration) || stopIteration__.Matches(PyTypes.StopAsyncIteration))");
            w.Open();
            w.Line("throw AsyncStopRaised(stopIteration__);");
        }
        else
        {
            w.Line("catch (PyException stopIteration__) when (stopIteration__.Matches(PyTypes.StopIteration))");
            w.Open();
            w.Line("throw StopIterationRaised(stopIteration__);");
        }
        w.Close();
        w.Line("finally");
        w.Open();
        // State is still 1 when the body ended or an exception left it: finished.
        w.Line("if (State == 1) Abandon();");
        if (_gen.SetsSuspending)
            w.Line("else Suspending = false;");
        if (_gen.KeepsHandledExceptions)
            w.Line("HandledExceptions.Suspend(handledDepth__, ref SuspendedHandlers);");
        w.Close();
        w.Directive("#line default");
        w.Close();
        if (!coroutine)
        {
            w.Line();
            w.Line("protected override bool Resume(out PyValue yielded) => MoveNext(out yielded);");
        }
        return w.ToString();
    }

    /// <summary>The <c>switch (State)</c> that jumps to where the body suspended. At the top of the body, a state
    /// suspended in <c>yield from</c> (<paramref name="yieldFromLines"/>) first steps its delegate without going there,
    /// on the yield from's line (a frame read off the stack meanwhile is on it, as in CPython).</summary>
    private void EmitDispatch(CodeWriter w, DispatchScope scope, IReadOnlyDictionary<int, int>? yieldFromLines = null)
    {
        w.Directive("#line hidden");
        if (scope.Cases.Count == 0)
            return;
        w.Open("switch (State)");
        foreach (var (state, label) in scope.Cases)
        {
            if (yieldFromLines is not null && yieldFromLines.TryGetValue(state, out int line))
            {
                w.Line($"case {state}:");
                w.Directive($"#line {line} \"{_m.FilePathForLine}\"");
                w.Line("    if (StepDelegateAhead(out yielded)) return true;");
                w.Directive("#line hidden");
                w.Line($"    goto {label};");
            }
            else
            {
                w.Line($"case {state}: goto {label};");
            }
        }
        w.Close();
    }

    private void EmitGeneratorClass(string name, string qualName, int line, List<string> ctorParams, List<string> ctorBody, string resume)
    {
        var g = _gen!;
        var w = new CodeWriter();
        var (kind, baseClass) = _fn switch
        {
            { IsAsyncGenerator: true } => ("asynchronous generator", "PyAsyncGenerator"),
            { IsCoroutine: true } => ("coroutine", "PyCoroutine"),
            _ => ("generator", "PyGenerator"),
        };
        w.Line($"/// <summary>The {kind} object of Python <c>{CsNames.CommentText(qualName).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")}</c> (line {line}): a state machine.</summary>");
        w.Open($"private sealed class {g.ClassName} : {baseClass}");
        foreach (var f in g.Fields)
            w.Line(f);
        foreach (var t in _temps)
        {
            if (!g.LocalTemps.Contains(t))
                w.Line($"private PyValue {t};");
        }
        foreach (var l in _localDecls)
            w.Line($"private PyValue {l};");
        w.Line();
        w.Open($"public {g.ClassName}({string.Join(", ", ctorParams)})");
        foreach (var b in ctorBody)
            w.Line(b);
        w.Close();
        w.Line();
        w.Line($"protected override string GeneratorName => {CsNames.StringLiteral(name)};");
        w.Line($"protected override string GeneratorQualName => {CsNames.StringLiteral(qualName)};");
        w.Line($"public override PyCode Code => {_m.CodeOf(_fn!.Node)};");
        if (g.YieldFromLines.Count > 0)
        {
            // (the frame of a generator a chain step passes over: PyGenerator.SkippedFrames)
            var cases = g.YieldFromLines.OrderBy(c => c.Key).Select(c => $"{c.Key} => {c.Value}");
            w.Line($"protected override int DelegationLine(int state) => state switch {{ {string.Join(", ", cases)}, _ => -1 }};");
        }
        _e.GeneratorMembers(_fn!.Node, w);
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

    /// <summary>Statements that lower differently in a generator; false: the ordinary lowering applies.</summary>
    private bool GeneratorStatement(Stmt stmt)
    {
        switch (stmt)
        {
            case Return r when _pendingReturn is { } pr:
                // (Through cleanups: reported after them, RaisePendingReturn.)
                _w.Line($"ReturnValue = {(r.Value is null ? "PyValue.None" : LowerValue(r.Value))};");
                _w.Line($"{pr.Point} = {_e.Instrumenter.DeferredReturn(r)};");
                _w.Line("return false;");
                return true;
            case Return r:
                _e.GeneratorReturn(r, r.Value is null ? null : LowerValue(r.Value), storeNone: _finallyExits.Count > 0 || _usesFlatFinally);
                return true;
            case ExprStmt { Value: Yield y }:
                LowerYield(y);
                return true;
            case ExprStmt { Value: YieldFrom yf }:
                LowerYieldFrom(yf);
                return true;
            case ExprStmt { Value: Await aw }:
                LowerAwait(aw);
                return true;
            case AsyncWith aw:
                AsyncWithStatement(aw, 0);
                return true;
            case AsyncFor af:
                AsyncForStatement(af);
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

    /// <summary>
    /// <c>lambda: (yield x)</c>: a generator whose body returns the value of the lambda's expression.
    /// </summary>
    private void GeneratorLambdaBody(Lambda lambda)
    {
        _e.LineDirective(lambda.Body);
        _e.GeneratorReturn(lambda, LowerValue(lambda.Body), storeNone: true);
    }
}
