using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// PEP 669 <c>sys.monitoring</c> compiled in: at each event point the lowering reports, a test of the static flag
/// <c>Instrument.Active</c> (false while no tool has any event enabled) and then of the point's byte in its code object
/// (<c>Instrument.On(Points.f, k)</c>), guarding an out-of-line call that raises the event
/// (<c>Runtime/Monitoring/Instrument.cs</c>). LINE is raised, as CPython raises it, when a frame reaches a point of
/// another line than the last one it passed: each frame keeps that line in a local while a tool is active. Points are numbered per code object in the order they are written; each
/// has a kind and a line, which the code object is created with (<see cref="PointsOf"/>), so that the runtime can arm
/// the points of an event and <c>co_lines()</c> can map their offsets to lines. docs/monitoring.md has the events, where
/// each fires, and what is not instrumented yet.
/// </summary>
internal sealed partial class MonitoringInstrumenter : Instrumenter
{
    private const string Rt = "Instrument";

    /// <summary>The local (reserved in generated bodies) that holds the line of the point a frame passed last; a class
    /// body, which runs inside the method of the code around it, has its own, numbered by nesting.</summary>
    public const string PreviousLineLocal = "pyaotLine";

    /// <summary>How deeply class bodies may nest with a line local each (deeper ones share the last).</summary>
    public const int MaxClassNesting = 8;

    /// <summary>The line locals, and the locals that hold a class statement's body function while its CALL is watched,
    /// which Python names in generated bodies are kept away from.</summary>
    public static readonly IEnumerable<string> ReservedLocals =
        Enumerable.Range(0, MaxClassNesting + 1).Select(LineLocal)
            .Concat(Enumerable.Range(0, MaxClassNesting + 1).Select(BuildLocal))
            .Concat(Enumerable.Range(0, MaxClassNesting + 1).Select(RaisedLocalAt))
            .Concat(Enumerable.Range(0, MaxClassNesting + 1).Select(UnwindingLocalAt)).ToArray();

    private static string BuildLocal(int classDepth) =>
        "pyaotBuild" + classDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly Dictionary<ClassDef, (int Point, string Local)> _builds = new();

    private static string LineLocal(int classDepth) =>
        classDepth == 0 ? PreviousLineLocal : PreviousLineLocal + classDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly CodeOwners _owners;
    private readonly Dictionary<Node, List<(char Kind, int Line)>> _points = new();
    private readonly Dictionary<Node, string> _previousLine = new();
    private int _classDepth;
    private Func<Node, string>? _codeOf;
    private Func<Node, bool>? _isGenerator;

    public MonitoringInstrumenter(Module module) => _owners = new CodeOwners(module);

    /// <summary>Where the code object of a def, lambda, class body, generator expression or the module is (the module
    /// compiler declares it), and whether a def's body is a generator's.</summary>
    public void Bind(Func<Node, string> codeOf, Func<Node, bool> isGenerator, FrontEnd.Scopes.SymbolTable table)
    {
        _codeOf = codeOf;
        _isGenerator = isGenerator;
        _table = table;
    }

    /// <summary><c>Instrument.Quiet(Points.f)</c>: no tool is active, or none wants any event anywhere in the code (every
    /// one of its points is disarmed, as after a coverage tool's DISABLE).</summary>
    public override string? UnobservedGuard(Node site)
    {
        var owner = site is FunctionDef or Lambda ? site : _owners.OwnerOf(site);
        return $"{Rt}.Quiet({ArmedOf(owner)})";
    }

    public override bool WritesStatementCode => true;

    public override (string Kinds, IReadOnlyList<int> Lines)? PointsOf(Node owner) =>
        _points.TryGetValue(owner, out var list)
            ? (new string(list.Select(p => p.Kind).ToArray()), list.Select(p => p.Line).ToList())
            : null;

    private int NewPoint(Node owner, char kind, int line)
    {
        if (!_points.TryGetValue(owner, out var list))
            _points[owner] = list = new List<(char, int)>();
        list.Add((kind, line));
        return list.Count - 1;
    }

    /// <summary>The C# of the owner's Armed array: <c>Points.f</c>, a plain static field (read only once a tool is active).</summary>
    private string ArmedOf(Node owner) => "Points." + _codeOf!(owner);

    /// <summary>The C# of the owner's code object: <c>Codes.f</c>.</summary>
    private string CodeObjectOf(Node owner) => "Codes." + _codeOf!(owner);

    /// <summary>The C# of the running module's name (a function object made for an event belongs to it).</summary>
    private const string ModuleName = "Rt.ModuleNameOf(Globals.__name__)";

    private string PreviousLineOf(Node owner) => _previousLine.TryGetValue(owner, out var local) ? local : PreviousLineLocal;

    /// <summary><c>if (Instrument.Active) Instrument.Event(ref Points.f, k);</c>: while no tool is active, one test of a
    /// static flag; the rest (is the point armed, the callbacks) out of line.</summary>
    private void Point(Node owner, int k, string method, CodeWriter w) =>
        w.Line($"if ({Rt}.Active) {Rt}.{method}(ref {ArmedOf(owner)}, {k});");

    /// <summary>A point where a line may begin: <c>if (Instrument.Active) Instrument.Line(ref Points.f, k, line, ref
    /// pyaotLine);</c>, which raises LINE when the line differs from the last one the frame passed.</summary>
    private void LinePoint(Node owner, int line, CodeWriter w) =>
        w.Line($"if ({Rt}.Active) {Rt}.Line(ref {ArmedOf(owner)}, {NewPoint(owner, 'L', line)}, {line}, ref {PreviousLineOf(owner)});");

    /// <summary>A loop's head, as a condition: <c>Instrument.At(ref Points.f, k, line, ref pyaotLine)</c>, always true.</summary>
    private string HeadPoint(Node owner, int line) =>
        $"{Rt}.At(ref {ArmedOf(owner)}, {NewPoint(owner, 'L', line)}, {line}, ref {PreviousLineOf(owner)})";

    /// <summary>A point that passes a value on (PY_RETURN, PY_YIELD): <c>Instrument.Return(ref Points.f, k, value)</c>,
    /// which tests the flag and returns the value (the field by reference: read only once a tool is active).</summary>
    private string ValuePoint(Node owner, int k, string method, string value) =>
        $"{Rt}.{method}(ref {ArmedOf(owner)}, {k}, {value})";

    /// <summary>The frame's locals: its line, and the point of the RAISE it raised for the exception in flight.</summary>
    private void DeclarePreviousLine(Node owner, CodeWriter w)
    {
        w.Line($"int {PreviousLineOf(owner)} = -1;");
        DeclareRaised(owner, w);
    }

    public override void FunctionStart(Node function, CodeWriter w)
    {
        // A generator declares its line local where each resume enters (ResumableBodyStart): a resume starts afresh,
        // as CPython's RESUME after a yield lets the next line raise LINE even if it is the same.
        if (!(function is GeneratorExp || _isGenerator!(function)))
        {
            DeclarePreviousLine(function, w);
            DeclareAgainFlags(function, w);
        }
        // PY_START is on co_firstlineno: a decorated function's first decorator.
        Point(function, NewPoint(function, 'S', FirstLine(function)), "Start", w);
        FlowOf(function);
        // A lambda's body is an expression: its line begins after RESUME; so does a generator expression's (once: its
        // resumes continue on the line).
        if (function is Lambda lambda)
            LinePoint(function, lambda.Body.Lineno, w);
        else if (function is GeneratorExp genexp)
            LinePoint(function, genexp.Lineno, w);
        // A body that is only a docstring compiles to its implicit return alone, on co_firstlineno.
        else if (function is FunctionDef { Body.Count: 1 } def && Docstring.Of(def.Body) is not null)
            LinePoint(function, FirstLine(function), w);
    }

    public override void ResumableBodyStart(Node function, CodeWriter w) => DeclarePreviousLine(function, w);

    public override void CodeStart(Node owner, CodeWriter w)
    {
        if (owner is ClassDef)
        {
            // The class body runs in the method of the code around it, in a block of its own with its own line local.
            _classDepth++;
            _previousLine[owner] = LineLocal(Math.Min(_classDepth, MaxClassNesting));
            _raised[owner] = RaisedLocalAt(Math.Min(_classDepth, MaxClassNesting));
            w.Open();
        }
        DeclarePreviousLine(owner, w);
        DeclareAgainFlags(owner, w);
        // (A module's RESUME is on line 0 in CPython 3.12: its PY_START maps there.)
        Point(owner, NewPoint(owner, 'S', owner is Module ? 0 : FirstLine(owner)), "Start", w);
        FlowOf(owner);
        FrameStart(owner, w);
        // A class body's code begins on co_firstlineno, a decorated class's first decorator (it sets __module__ and
        // __qualname__ there).
        if (owner is ClassDef)
            LinePoint(owner, FirstLine(owner), w);
    }

    public override void CodeEnd(Node owner, CodeWriter w)
    {
        var body = owner switch { Module m => m.Body, ClassDef c => c.Body, _ => null };
        int line = body is { Count: > 0 } ? body[body.Count - 1].Lineno : 1;
        // On the line the frame ran last, as a def's implicit return (after a try or an if, a line of their bodies).
        w.Line($"_ = {Rt}.ReturnAt(ref {ArmedOf(owner)}, {NewPoint(owner, 'r', line)}, PyValue.None, {PreviousLineOf(owner)});");
        FrameEnd(owner, w);
        if (owner is ClassDef)
        {
            w.Close();
            _classDepth--;
        }
    }

    public override void Statement(Node statement, CodeWriter w) =>
        // A decorated def or class begins with its first decorator, as CPython evaluates it first; a statement whose
        // first instruction is on a later line, on that line.
        LinePoint(_owners.OwnerOf(statement), statement is Stmt s && Analysis.ExpressionLines.Of(s) is { } plan ? plan.FirstLine : FirstLine(statement), w);

    /// <summary>
    /// A class statement is a call of <c>__build_class__</c> in CPython: CALL after the bases, C_RETURN once the class
    /// exists, C_RAISE when the body or the creation raises. Compiled code runs the body inline, so the statement is
    /// wrapped: <c>{ PyValue pyaotBuildN = Instrument.Watching(...) ? Instrument.BuildingClass(...) : default; try {
    /// body, creation } catch (PyException) { C_RAISE; throw; } C_RETURN }</c>, the events out of line and only when
    /// the CALL was watched.
    /// </summary>
    public override void ClassBuildStart(ClassDef c, CodeWriter w)
    {
        var owner = _owners.OwnerOf(c);
        int k = NewPoint(owner, 'C', c.Lineno);
        string local = BuildLocal(Math.Min(_classDepth + 1, MaxClassNesting));
        _builds[c] = (k, local);
        string armed = ArmedOf(owner);
        w.Open();
        w.Line($"PyValue {local} = {Rt}.Watching({armed}, {k}) ? {Rt}.BuildingClass(ref {armed}, {k}, {CodeObjectOf(c)}, {ModuleName}) : default;");
        w.Line("try");
        w.Open();
    }

    public override void ClassBuildEnd(ClassDef c, CodeWriter w)
    {
        var (k, local) = _builds[c];
        string armed = ArmedOf(_owners.OwnerOf(c));
        w.Close();
        w.Line("catch (PyException)");
        w.Open();
        w.Line($"if (!{local}.IsUnbound) {Rt}.ClassRaised(ref {armed}, {k}, {local});");
        w.Line("throw;");
        w.Close();
        w.Line($"if (!{local}.IsUnbound) {Rt}.ClassBuilt(ref {armed}, {k}, {local});");
        w.Close();
    }

    public override void StatementCleanup(Node statement, CodeWriter w) =>
        LinePoint(_owners.OwnerOf(statement), statement.Lineno, w);

    private static int FirstLine(Node statement) => Analysis.FirstLines.Of(statement);

    // A loop's head is a LINE point passed each time round, before the step: a for's FOR_ITER, a while's test (which
    // CPython 3.12 repeats at the bottom of the loop). In the loop's condition, so that it comes after the cleanup of a
    // continue that leaves a finally or a with, and before a generator being iterated resumes.

    public override string LoopStep(Node loop, LoopCursor cursor, string cursorLocal, string moveNext)
    {
        // The step's owner: a generator expression's loops run in its own code, a comprehension's in the code around it.
        var owner = loop is GeneratorExp ? loop : _owners.OwnerOf(loop);
        // STOP_ITERATION where the loop ends on a Python generator it was iterating, which returned in that step (a range
        // never is one).
        // (a comprehension whose lines are followed has one too: CPython's FOR_ITER on its first line, each round)
        string? head = loop is For || (loop is Expr comp && Analysis.ExpressionLines.IsFollowedComprehension(comp))
            ? HeadPoint(owner, loop.Lineno)
            : null;
        string step = cursor.IsRange
            ? moveNext
            : $"{Rt}.Step({moveNext}, ref {ArmedOf(owner)}, {NewPoint(owner, 'I', loop.Lineno)}, in {cursorLocal})";
        return head is null ? step : $"({head} && {step})";
    }

    public override string AfterCallIntoJoin(Expr join, string callee, string value)
    {
        if (join is IfExp && !JumpsToJoin(join))
            return value;
        var owner = _owners.OwnerOf(join);
        return $"{Rt}.Rejoin(ref {ArmedOf(owner)}, {NewPoint(owner, 'L', join.Lineno)}, {join.Lineno}, ref {PreviousLineOf(owner)}, {callee}, {value})";
    }

    public override string? LineWithin(Expr e, int line) => HeadPoint(_owners.OwnerOf(e), line);

    public override string WhileHead(While loop, string condition) =>
        $"({HeadPoint(_owners.OwnerOf(loop), loop.Lineno)} && ({condition}))";

    public override bool ObservesCalls => true;

    /// <summary>
    /// A call site: <c>(Instrument.Watching(Points.f, k) ? generic : fast)</c>. While no tool wants CALL
    /// here, the fast form the lowering chose runs (a flag test more than without monitoring); when one does, the generic
    /// form, which calls the callee through the runtime with CALL before and C_RETURN/C_RAISE after
    /// (<c>Runtime/Monitoring/Instrument.Calls.cs</c>). A call the lowering gives no generic form of is not instrumented.
    /// </summary>
    public override string Call(Node site, CallShape? shape, string code)
    {
        if (shape is null)
            return code;
        var owner = _owners.OwnerOf(site);
        int k = NewPoint(owner, 'C', CallLine(site));
        string armed = ArmedOf(owner);
        if (shape.Form == CallForm.GeneratorExpression)
            return $"{Rt}.GeneratorCall(ref {armed}, {k}, {CodeObjectOf(site)}, {ModuleName}, {code})";
        string At(string method, string rest) => $"{Rt}.{method}(ref {armed}, {k}, {rest})";
        string args = shape.Args.Count == 0 ? "ReadOnlySpan<PyValue>.Empty" : "[" + string.Join(", ", shape.Args) + "]";
        if (shape.Form == CallForm.Value)
        {
            // CALL first; the generic form only when C_RETURN or C_RAISE must follow (a callee that is not Python code).
            string arg0 = shape.Args.Count > 0 ? shape.Args[0] : $"{Rt}.Missing";
            return $"({Rt}.Calls(ref {armed}, {k}, {shape.Callable}, {arg0}) ? {At("Returning", $"{shape.Callable}, {args}, {shape.KwNames}")} : {code})";
        }
        string generic = shape.Form switch
        {
            CallForm.MethodObject => At("CallMethodObject", $"{shape.Callable}, {args}, {shape.KwNames}"),
            CallForm.Method => At("CallMethod", $"{shape.Callable}, {CsNames.StringLiteral(shape.Method!)}, {args}, {shape.KwNames}"),
            CallForm.Unpacked => At("CallEx", $"{shape.Callable}, {shape.Args[0]}, {shape.Args[1]}"),
            CallForm.RangeCursor => At("CallRange", $"{shape.Callable}, {string.Join(", ", shape.Args)}"),
            CallForm.TryNext => At("CallTryNext", $"{shape.Callable}, {shape.Args[0]}, out {shape.Out![0]}, out {shape.Out[1]}"),
            CallForm.Super => At("CallSuper", $"{shape.Callable}, {shape.Args[0]}, {shape.Args[1]}"),
            CallForm.GeneratorExpression => code,
            _ => throw new InvalidOperationException(shape.Form.ToString()),
        };
        // A method of a Python class keeps its fast form after its CALL, found through the method's cache site.
        if (shape.Form == CallForm.Method && shape.Site is { } methodSite)
            return $"({Rt}.CallsMethod(ref {armed}, {k}, {shape.Callable}, {methodSite}) ? {generic} : {code})";
        // One inlined test, and the generic form first: written as Active && On(...), or with the fast form first, the
        // JIT's native-to-IL map can lose the fast call's entry (found by tracebacks without the frame's line).
        return $"({Rt}.Watching({armed}, {k}) ? {generic} : {code})";
    }

    /// <summary>The line of a call's CALL: a method call's is the line of its method name (CPython 3.12 moves it there
    /// when the receiver starts on an earlier line); any other call's, its first line.</summary>
    private static int CallLine(Node site) =>
        site is FrontEnd.Ast.Call { Func: FrontEnd.Ast.Attribute a } ? a.EndLineno : site.Lineno;

    public override string Return(Node site, string value)
    {
        // The implicit return at the end of a body is on the line of its last statement, as CPython places it.
        var owner = site is FunctionDef or Lambda or GeneratorExp ? site : _owners.OwnerOf(site);
        int line = site switch
        {
            FunctionDef { Body.Count: 1 } f when Docstring.Of(f.Body) is not null => FirstLine(f),
            FunctionDef f => f.Body[f.Body.Count - 1].Lineno,
            Lambda l => l.Body.Lineno,
            GeneratorExp g => g.Lineno,
            _ => site.Lineno,
        };
        int k = NewPoint(owner, 'r', line);
        // The implicit return of a def is on the line the frame ran last (after an if or a try, a line of their bodies).
        return site is FunctionDef
            ? $"{Rt}.ReturnAt(ref {ArmedOf(owner)}, {k}, {value}, {PreviousLineOf(owner)})"
            : ValuePoint(owner, k, "Return", value);
    }

    public override bool DefersReturns => true;

    public override string? DeferredReturn(Return site)
    {
        var owner = _owners.OwnerOf(site);
        return NewPoint(owner, 'r', site.Lineno).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>PY_RETURN of a return that left through cleanups: on the line the frame ran last (CPython's RETURN_VALUE
    /// there has no location of its own: the finally body's last line, or the with's).</summary>
    public override string? PendingReturn(Node statement, string pending, string value)
    {
        var owner = _owners.OwnerOf(statement);
        return $"if ({pending} >= 0) _ = {Rt}.ReturnAt(ref {ArmedOf(owner)}, {pending}, {value}, {PreviousLineOf(owner)});";
    }

    /// <summary>The code a suspension at <paramref name="site"/> is in: a generator expression's own (its yield, the
    /// awaits of its async fors), whose node is otherwise a point of the code that makes it.</summary>
    private Node SuspendingCode(Node site) => site is GeneratorExp ? site : _owners.OwnerOf(site);

    public override string Yield(Node site, string value, bool asyncGeneratorYield = false)
    {
        var owner = SuspendingCode(site);
        string point = ValuePoint(owner, NewPoint(owner, 'Y', site.Lineno), asyncGeneratorYield ? "AsyncYield" : "Yield", value);
        // A value the delegate of a 'yield from' yields in answer to a throw() leaves through throw() directly, as in
        // CPython, where the delegating frame does not run.
        return site is YieldFrom or Await or AsyncWith or AsyncFor ? $"(DelegateThrownInto ? {value} : {point})" : point;
    }

    /// <summary>The resume point of each <c>yield from</c> and <c>await</c>, where PY_THROW is raised when an exception
    /// thrown into its delegate comes back out.</summary>
    private readonly Dictionary<Node, int> _resumePoints = new();

    public override void Resume(Node site, CodeWriter w)
    {
        var owner = SuspendingCode(site);
        int k = NewPoint(owner, 'R', site.Lineno);
        _resumePoints[site] = k;
        // A throw() into a generator suspended in 'yield from' goes to the delegate: the delegating frame raises no event.
        // At a yield, a resume by throw() or close() is PY_THROW, one by next() or send() PY_RESUME.
        // (The frame is on the yield from's line again: an exception the delegate raises is raised there.)
        // (A yield from's delegate stepped before the body was entered, PyGenerator.StepDelegateAhead, was a step the
        // frame took without a tool: it raises no PY_RESUME.)
        if (site is YieldFrom)
            w.Line($"if ({Rt}.Active) {{ {PreviousLineOf(owner)} = ~{site.Lineno}; if (Pending is null && !SteppedAhead) {Rt}.Resume(ref {ArmedOf(owner)}, {k}); }}");
        else if (site is Await or AsyncWith or AsyncFor)
            w.Line($"if ({Rt}.Active) {{ {PreviousLineOf(owner)} = ~{site.Lineno}; if (Pending is null) {Rt}.Resume(ref {ArmedOf(owner)}, {k}); }}");
        else
        {
            // After a resume the frame is on the yield's line, yet its next point raises LINE even on that line (as after
            // CPython's RESUME): the line is kept complemented, which no line equals (Instrument.ReturnAt reads it).
            w.Line($"if ({Rt}.Active) {{ {PreviousLineOf(owner)} = ~{site.Lineno}; {Rt}.Resume(ref {ArmedOf(owner)}, {k}, Pending); }}");
        }
    }

    public override void GeneratorMembers(Node function, CodeWriter w)
    {
        // Thrown into before it started: PY_THROW at its start (its first point, on co_firstlineno).
        w.Line($"protected override void ThrownBeforeStart(PyException pending) {{ if ({Rt}.Active) {Rt}.ThrownBeforeStart(ref {ArmedOf(function)}, 0, pending); }}");
        GeneratorAgainFields(function, w);
        w.Line();
    }

    public override void DelegateReturned(Node site, CodeWriter w)
    {
        var owner = SuspendingCode(site);
        // A delegate that returned in answer to a throw() resumes this frame with its StopIteration (CPython 3.12's
        // _gen_throw: gen_send_ex with the exception set): PY_THROW, then the handler around the yield (RAISE,
        // EXCEPTION_HANDLED), and its jump back to END_SEND raises LINE on the yield's line again.
        if (_resumePoints.TryGetValue(site, out int resume))
            w.Line($"if ({Rt}.Active && DelegateThrownInto) {Rt}.Throw(ref {ArmedOf(owner)}, {resume}, PyException.StopIterationOf(DelegateResult));");
        DelegateReturnedAfterThrow(site, w);
        DelegateThrownJump(site, w);
        w.Line("if (DelegateThrownInto)");
        w.Open();
        w.Line($"{PreviousLineOf(owner)} = ~{site.Lineno};");
        LinePoint(owner, site.Lineno, w);
        w.Close();
        w.Line($"if ({Rt}.Active) {Rt}.DelegateReturned(ref {ArmedOf(owner)}, {NewPoint(owner, 'I', site.Lineno)}, DelegateGeneratorReturned && !DelegateThrownInto, DelegateResult, DelegateStop);");
    }
}
