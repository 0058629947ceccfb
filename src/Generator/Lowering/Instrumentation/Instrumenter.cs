using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// The seam between the lowering and whatever observes a compiled program: PEP 669 <c>sys.monitoring</c>, a coverage
/// collector, the tests' counting instrumenter. The lowering writes every event point of a function through
/// <see cref="Emitter"/>, which calls the hook for it here exactly once per point in the generated code; the default,
/// <see cref="None"/>, adds nothing, so uninstrumented code is unchanged. Modelled on Roslyn's
/// <c>Lowering/Instrumentation/Instrumenter.cs</c>: one virtual method per kind of point, each given the Python
/// node and the C# the lowering made of it, returning (or writing) the instrumented form.
/// <para>The points, and the PEP 669 events they carry:</para>
/// <list type="bullet">
/// <item><see cref="FunctionStart"/>: a function's body begins, after its arguments are bound (PY_START).</item>
/// <item><see cref="Statement"/>: every statement, <c>pass</c> and docstrings included, and every <c>except</c>
/// clause entered, after its <c>#line</c> (LINE).</item>
/// <item><see cref="Call"/>: every call expression, and every decorator applied (CALL; C_RETURN/C_RAISE around it).</item>
/// <item><see cref="Return"/>: every <c>return</c>, and the implicit one at the end of a body (PY_RETURN).</item>
/// <item><see cref="Yield"/>: every <c>yield</c> and <c>yield from</c> (PY_YIELD).</item>
/// <item><see cref="Raise"/>: every <c>raise</c> statement, bare re-raises included (RERAISE); <see cref="HandlerEntered"/>,
/// <see cref="CleanupHandler"/> and <see cref="Reraise"/>, where CPython's exception handlers are entered and raise
/// again; <see cref="FrameStart"/>/<see cref="FrameEnd"/>, around a code object's body (RAISE, EXCEPTION_HANDLED, RERAISE,
/// PY_UNWIND).</item>
/// <item><see cref="Branch"/>: every two-way decision of the source: <c>if</c>/<c>elif</c> and <c>while</c> tests,
/// conditional expressions, <c>assert</c>.</item>
/// <item><see cref="Test"/>: each operand CPython tests with a jump of its own (a leaf of a condition, an operand of
/// <c>and</c>/<c>or</c>, a link of a comparison chain), and <see cref="LoopBranch"/>, each step of a loop (BRANCH);
/// <see cref="Edge"/> and <see cref="ValueEnd"/>, where control runs off a suite or a value to code compiled
/// elsewhere, and <see cref="BackEdge"/>, every jump back to a loop's head (JUMP).</item>
/// </list>
/// </summary>
internal abstract class Instrumenter
{
    /// <summary>Adds nothing: the code the lowering makes without instrumentation.</summary>
    public static readonly Instrumenter None = new NoInstrumenter();

    /// <summary>
    /// Whether the lowering may use fast paths that run Python code without passing through these hooks: a typed twin
    /// (a second copy of a function on C# <c>long</c>/<c>double</c>), a loop fused into one store, a constant folded
    /// in place of a call. An instrumenter that must see every point says no.
    /// </summary>
    public virtual bool AllowsUnobservedFastPaths => true;

    /// <summary>
    /// A C# condition that holds while nothing observes the points of the code that runs <paramref name="site"/> (a def,
    /// whose typed twin would run, or a loop, which a range fill would run whole); null: always. The unobserved fast
    /// paths the instrumenter allows run only under it, and fall back to the instrumented code otherwise.
    /// </summary>
    public virtual string? UnobservedGuard(Node site) => null;

    /// <summary>Whether <see cref="Statement"/> writes C# statements (not only comments): then a statement header is
    /// never placed where C# allows no statement (between a block and its <c>else</c>).</summary>
    public virtual bool WritesStatementCode => false;

    /// <summary>The points written for the code object of <paramref name="owner"/> (a def, lambda, class, generator
    /// expression or the module): one kind letter per point and its line; null when the instrumenter keeps none.</summary>
    public virtual (string Kinds, System.Collections.Generic.IReadOnlyList<int> Lines)? PointsOf(Node owner) => null;

    /// <summary>More arguments of the code object's constructor (after its points): monitoring's flow table.</summary>
    public virtual string CodeArguments(Node owner) => "";

    /// <summary>Writes what runs when the body of a module or class begins (PY_START of its code object).</summary>
    public virtual void CodeStart(Node owner, CodeWriter w)
    {
    }

    /// <summary>Writes what runs when the body of a module or class ends normally (PY_RETURN of its code object).</summary>
    public virtual void CodeEnd(Node owner, CodeWriter w)
    {
    }

    /// <summary>Writes what runs when a generator resumes after <paramref name="site"/> (a <c>yield</c>, or a
    /// <c>yield from</c> that passed a value on): by <c>next()</c> or <c>send()</c> (PY_RESUME), or by <c>throw()</c> or
    /// <c>close()</c>, whose exception (<c>Pending</c>) is raised right after (PY_THROW).</summary>
    public virtual void Resume(Node site, CodeWriter w)
    {
    }

    /// <summary>Writes what runs when a function's body starts (<paramref name="function"/>: its def or lambda).</summary>
    public virtual void FunctionStart(Node function, CodeWriter w)
    {
    }

    /// <summary>Writes what runs before a statement (or an entered except clause), after its <c>#line</c>.</summary>
    public virtual void Statement(Node statement, CodeWriter w)
    {
    }

    /// <summary>Writes what runs when the cleanup of <paramref name="statement"/> (a <c>with</c>) begins after its body
    /// completed or raised: CPython runs <c>__exit__</c> on the statement's line again (LINE).</summary>
    public virtual void StatementCleanup(Node statement, CodeWriter w)
    {
    }

    /// <summary>Writes what runs when a class statement's bases are evaluated, before its body (CPython calls
    /// <c>__build_class__</c> there: CALL); <see cref="ClassBuildEnd"/> follows once the class is created.</summary>
    public virtual void ClassBuildStart(ClassDef c, CodeWriter w)
    {
    }

    /// <summary>Writes what runs when a class statement's class is created (C_RETURN), or its body or creation raised
    /// (C_RAISE).</summary>
    public virtual void ClassBuildEnd(ClassDef c, CodeWriter w)
    {
    }

    /// <summary>Whether <see cref="Call"/> needs the call's generic form (<see cref="CallShape"/>): then the lowering
    /// makes each call's operands expressions that may be written twice.</summary>
    public virtual bool ObservesCalls => false;

    /// <summary>The C# of a call (<paramref name="site"/>: the <see cref="FrontEnd.Ast.Call"/>, or the decorator expression
    /// applied), <paramref name="code"/> its fast form; <paramref name="shape"/>, its generic form, is given when
    /// <see cref="ObservesCalls"/> (null for a call the lowering has no generic form of).</summary>
    public virtual string Call(Node site, CallShape? shape, string code) => code;

    /// <summary>The C# of the value a function returns (<paramref name="site"/>: the <c>return</c>, or the def or
    /// lambda for the implicit return at the end of its body).</summary>
    public virtual string Return(Node site, string value) => value;

    /// <summary>For a <c>return</c> that leaves through with statements or finally blocks, whose cleanups CPython runs
    /// before it returns: the C# value (an int) that says which return it is, kept until <see cref="PendingReturn"/>
    /// reports it after the cleanups (null: the instrumenter reports returns where they are, <see cref="Return"/>).</summary>
    public virtual string? DeferredReturn(Return site) => null;

    /// <summary>Whether <see cref="DeferredReturn"/> is used (then the lowering keeps a pending return).</summary>
    public virtual bool DefersReturns => false;

    /// <summary>The C# statement, at the end of the outermost cleanup's C# finally, that reports the return kept in
    /// <paramref name="pending"/> (-1: none) with <paramref name="value"/>; null: none.</summary>
    public virtual string? PendingReturn(Node statement, string pending, string value) => null;

    /// <summary>Writes what runs when a <c>yield from</c> ends because its delegate is exhausted (STOP_ITERATION).</summary>
    public virtual void DelegateReturned(Node site, CodeWriter w)
    {
    }

    /// <summary>The C# of a value a generator yields (<paramref name="site"/>: the <c>yield</c>, or the <c>yield from</c>
    /// for each value its delegate yields; <paramref name="asyncGeneratorYield"/>: an asynchronous generator's own yield).</summary>
    public virtual string Yield(Node site, string value, bool asyncGeneratorYield = false) => value;

    /// <summary>Writes what runs before a <c>raise</c> statement throws (<paramref name="reraised"/>: for a bare
    /// <c>raise</c>, the C# of the exception it raises again; else null).</summary>
    public virtual void Raise(Raise site, string? reraised, CodeWriter w)
    {
    }

    /// <summary>Whether the lowering gives CPython's exception handlers C# catch blocks of their own (where it has
    /// none: the cleanups CPython's handlers do and a frame's end) and reports each: then
    /// <see cref="HandlerEntered"/>, <see cref="CleanupHandler"/>, <see cref="Reraise"/> and <see cref="FrameStart"/> /
    /// <see cref="FrameEnd"/> are called.</summary>
    public virtual bool ObservesExceptions => false;

    /// <summary>A C# condition under which a catch whose except clauses name only builtin classes catches every
    /// exception and tests the clauses in its body (where the hooks see them in CPython's order) instead of in its
    /// filter; null: never.</summary>
    public virtual string? CatchAllGuard => null;

    /// <summary>The C# condition under which a catch the lowering adds for the exception events catches.</summary>
    public virtual string ExceptionsGuard => "false";

    /// <summary>Writes what runs where control enters one of CPython's handlers (<paramref name="kind"/>: an except
    /// handler, the exceptional finally body, a with's exit) of <paramref name="site"/> with <paramref name="exception"/>
    /// (C# of a <c>PyException</c>).</summary>
    public virtual void HandlerEntered(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
    }

    /// <summary>The filter, and the body, of the catch that stands for a handler of CPython's that only cleans up and
    /// raises <paramref name="exception"/> again: the filter raises the handler's events as the exception passes (null:
    /// no catch is needed).</summary>
    public virtual (string Filter, string Body)? CleanupFilter(Node site, ExceptionHandlerKind kind, string exception) => null;

    /// <summary>Writes what raises the events of such a handler now, where <paramref name="exception"/> leaves its code
    /// without a throw through it (an except's no-match, raised again after its catch).</summary>
    public virtual void CleanupHandler(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
    }

    /// <summary>Writes what runs before <paramref name="exception"/> is raised again where CPython has a RERAISE.</summary>
    public virtual void Reraise(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
    }

    /// <summary>Writes what opens the body of <paramref name="owner"/>'s code (a def, lambda or generator; a module's and
    /// a class body's are <see cref="CodeStart"/>'s and <see cref="CodeEnd"/>'s), after its start: a C# <c>try</c> that
    /// <see cref="FrameEnd"/> closes.</summary>
    public virtual void FrameStart(Node owner, CodeWriter w)
    {
    }

    /// <summary>Writes what closes the body <see cref="FrameStart"/> opened: where an exception leaves the code.</summary>
    public virtual void FrameEnd(Node owner, CodeWriter w)
    {
    }

    /// <summary>The value of a call of <paramref name="callee"/> that control falls through from into a join (the last
    /// operand of <c>and</c>/<c>or</c>, a conditional expression's <c>else</c>; <paramref name="join"/>): where CPython
    /// 3.12 raises LINE again when the callee was a Python function (its frame returns to the CALL's cache entry, which
    /// has no line, and the join is a line start).</summary>
    public virtual string AfterCallIntoJoin(Expr join, string callee, string value) => value;

    /// <summary>A point inside a statement that spans lines, where its evaluation moves to <paramref name="line"/> before
    /// or after <paramref name="e"/> (<see cref="Analysis.ExpressionLines"/>): a C# <c>bool</c> expression, always
    /// true, evaluated there (null: none).</summary>
    public virtual string? LineWithin(Expr e, int line) => null;

    /// <summary>The C# condition of a two-way decision (<paramref name="site"/>: the <c>if</c>, <c>while</c>,
    /// conditional expression or <c>assert</c>).</summary>
    public virtual string Branch(Node site, string condition) => condition;

    /// <summary>The C# condition of a while loop, evaluated at its head each time round, <c>while True</c>'s included
    /// (CPython's instruction on the while line that runs each time round: LINE).</summary>
    public virtual string WhileHead(While loop, string condition) => condition;

    /// <summary>Where <see cref="Edge"/> stores its sequence instead of raising it (null: it raises it): a break or
    /// continue that leaves a with or finally, whose jump CPython makes after the cleanup, which C# runs after the
    /// statement (<see cref="PendingFlow"/> raises it there).</summary>
    public virtual string? DeferTo { get; set; }

    /// <summary>The C# statement, at the end of a with's or finally's C# finally block, that raises the jump a break or
    /// continue left in <paramref name="pending"/> (null: the instrumenter keeps none).</summary>
    public virtual string? PendingFlow(Node statement, string pending) => null;

    /// <summary>The C# condition of a loop's step, at its head each time round (<paramref name="moveNext"/>: the cursor's
    /// <c>MoveNext</c>, true while there is an item; <paramref name="cursorLocal"/>: the C# variable or field holding the
    /// cursor). <paramref name="loop"/>: the <c>for</c>, or the comprehension or generator expression.</summary>
    public virtual string LoopStep(Node loop, LoopCursor cursor, string cursorLocal, string moveNext) => moveNext;

    /// <summary>Whether <see cref="Test"/> and the other flow hooks want each test CPython makes: then the lowering
    /// decomposes conditions as CPython's compiler does (a conditional expression tested as a condition is a test of its
    /// test, then of the value chosen) and keeps comparison chains link by link.</summary>
    public virtual bool ObservesBranches => false;

    /// <summary>The while loop whose test the lowering is writing now (null: none): its tests are CPython's first copy on
    /// entry and after a <c>continue</c>, its second (at the bottom of the loop) after the body ran off its end.</summary>
    public virtual While? WhileTest { get; set; }

    /// <summary>The C# condition of one test (<paramref name="leaf"/>: the expression whose truth is tested;
    /// <paramref name="part"/>: a comparison chain's link), <paramref name="condition"/> its truth.</summary>
    public virtual string Test(Node leaf, int part, string condition) => condition;

    /// <summary>The C# condition of a loop's step (<paramref name="loop"/>: the <c>for</c>, or a comprehension's
    /// <c>for</c> clause), <paramref name="step"/> true while there is an item.</summary>
    public virtual string LoopBranch(Node loop, string step) => step;

    /// <summary>Writes what runs where control leaves <paramref name="owner"/> by <paramref name="kind"/> (the end of an
    /// if's or a loop's suite, a break, a continue): <see cref="EdgeCode"/>'s statement.</summary>
    public void Edge(Node owner, Analysis.Flow.FlowEdgeKind kind, CodeWriter w)
    {
        if (EdgeCode(owner, kind) is { } code)
            w.Line(code);
    }

    /// <summary>The C# of a conditional expression's first value, or a comparison chain's last link, once computed
    /// (<paramref name="e"/>: the conditional expression or the chain).</summary>
    public virtual string ValueEnd(Expr e, string value) => value;

    /// <summary>The C# statement <see cref="Edge"/> would write, or null when it writes none (the lowering then needs no
    /// flag to know it reached the edge).</summary>
    public virtual string? EdgeCode(Node owner, Analysis.Flow.FlowEdgeKind kind) => null;

    /// <summary>Writes what runs before a while loop starts.</summary>
    public virtual void WhileStart(While loop, CodeWriter w)
    {
    }

    /// <summary>Writes members of a generator's class (<paramref name="function"/>: its def or generator expression).</summary>
    public virtual void GeneratorMembers(Node function, CodeWriter w)
    {
    }

    /// <summary>Writes, where a generator's (resumable) body is entered on each resume, before its dispatch, the
    /// declarations its points need.</summary>
    public virtual void ResumableBodyStart(Node function, CodeWriter w)
    {
    }

    /// <summary>Writes what runs before a jump back to the head of <paramref name="loop"/> (<paramref name="at"/>: the
    /// loop itself for the end of its body, or the <c>continue</c>).</summary>
    public virtual void BackEdge(Node loop, Node at, CodeWriter w)
    {
    }

    private sealed class NoInstrumenter : Instrumenter
    {
    }
}
