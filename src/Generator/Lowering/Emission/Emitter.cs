using PyAot.FrontEnd.Ast;
using PyAot.Generator.Lowering.Instrumentation;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Where a body's event points are written: statement headers, calls, returns, yields, raises, branches and loop
/// back-edges each have one method here, and each calls its <see cref="Instrumentation.Instrumenter"/> hook, so that
/// an instrumenter (PEP 669 monitoring, coverage) sees every point exactly once and no construct writes one by hand.
/// It also holds the writer the lowering currently writes to (a construct may lower a part into a separate writer
/// first, to place it, see <c>BodyLowerer.Capture</c>).
/// </summary>
internal sealed class Emitter
{
    private readonly SourceMap _map;
    private readonly string _filePathForLine;

    public Emitter(Instrumenter instrumenter, SourceMap map, string filePathForLine)
    {
        Instrumenter = instrumenter;
        _map = map;
        _filePathForLine = filePathForLine;
    }

    public Instrumenter Instrumenter { get; }

    /// <summary>The writer the lowering writes to now.</summary>
    public CodeWriter Writer { get; set; } = new();

    /// <summary>The start of a function's body, after argument binding.</summary>
    public void FunctionStart(Node function) => Instrumenter.FunctionStart(function, Writer);

    /// <summary>The body of a module or class begins.</summary>
    public void CodeStart(Node owner) => Instrumenter.CodeStart(owner, Writer);

    /// <summary>The body of a module or class ends.</summary>
    public void CodeEnd(Node owner) => Instrumenter.CodeEnd(owner, Writer);

    /// <summary>A generator resumes after a yield, before what throw() or close() sent in is raised there.</summary>
    public void Resume(Node site, CodeWriter? into = null) => Instrumenter.Resume(site, into ?? Writer);

    /// <summary>
    /// A statement (or an except clause) begins: its Python source line as a comment, a <c>#line</c> directive that
    /// maps the C# after it to that line, and the instrumenter's hook.
    /// </summary>
    public void Statement(Node statement)
    {
        LineHeader(statement);
        Instrumenter.Statement(statement, Writer);
    }

    /// <summary>A statement that compiles to no code of its own (<c>pass</c>, a docstring, <c>global</c>): only the hook.</summary>
    public void StatementWithoutCode(Node statement) => Instrumenter.Statement(statement, Writer);

    private void LineHeader(Node node)
    {
        string text = _map.LineText(node.Lineno).Trim();
        if (text.Length > 0)
            Writer.Line("// " + CsNames.CommentText(text));
        LineDirective(node);
    }

    /// <summary>Maps the C# that follows to the node's line again, with no comment and no event: code of a statement
    /// whose header was written already (a class is created after its body ran).</summary>
    public void LineDirective(Node node) => Writer.Directive($"#line {node.Lineno} \"{_filePathForLine}\"");

    /// <summary>The cleanup of a statement (a <c>with</c>'s <c>__exit__</c>) begins, after its body completed or raised.</summary>
    public void StatementCleanup(Node statement) => Instrumenter.StatementCleanup(statement, Writer);

    /// <summary>A class statement's bases are evaluated; its body and the class's creation follow.</summary>
    public void ClassBuildStart(ClassDef c) => Instrumenter.ClassBuildStart(c, Writer);

    /// <summary>A class statement's class is created (or its body or creation raised).</summary>
    public void ClassBuildEnd(ClassDef c) => Instrumenter.ClassBuildEnd(c, Writer);

    /// <summary>Whether calls are lowered with their generic form (<see cref="Instrumentation.Instrumenter.ObservesCalls"/>).</summary>
    public bool ObservesCalls => Instrumenter.ObservesCalls;

    /// <summary>The C# of a call: <paramref name="call"/>, its fast form, and <paramref name="shape"/>, its generic form
    /// (null: none). An instrumented call is a <c>PyValue</c>.</summary>
    public CsExpr Call(Node site, CallShape? shape, CsExpr call)
    {
        string code = call.Type == CsType.Value ? call.Code : call.AsValue();
        string instrumented = Instrumenter.Call(site, shape, code);
        return ReferenceEquals(instrumented, code) ? call : CsExpr.Value(instrumented);
    }

    /// <summary>The C# of a call whose fast form is not a value (a loop's cursor, a test), as a string.</summary>
    public string Call(Node site, CallShape? shape, string call) => Instrumenter.Call(site, shape, call);

    /// <summary><c>return value;</c> from a function's C# method.</summary>
    public void Return(Node site, string value) => Writer.Line($"return {Instrumenter.Return(site, value)};");

    /// <summary>
    /// A generator's body ends, returning <paramref name="value"/> (its <c>StopIteration.value</c>; null: None).
    /// <paramref name="storeNone"/>: write <c>ReturnValue = None</c> even for None (a finally may have set it).
    /// </summary>
    public void GeneratorReturn(Node site, string? value, bool storeNone, CodeWriter? into = null)
    {
        var w = into ?? Writer;
        string v = value ?? "PyValue.None";
        string returned = Instrumenter.Return(site, v);
        if (value is not null || storeNone || !ReferenceEquals(returned, v))
            w.Line($"ReturnValue = {returned};");
        w.Line("return false;");
    }

    /// <summary>The value a generator's return stores before it leaves through a finally block.</summary>
    public string ReturnValue(Node site, string value) => Instrumenter.Return(site, value);

    /// <summary>A <c>yield from</c> ended, its delegate exhausted (the code after it has the delegate's return value).</summary>
    public void DelegateReturned(Node site) => Instrumenter.DelegateReturned(site, Writer);

    /// <summary>The value a generator yields.</summary>
    public string YieldValue(Node site, string value, bool asyncGeneratorYield = false) => Instrumenter.Yield(site, value, asyncGeneratorYield);

    /// <summary><c>throw exception;</c> for a <c>raise</c> statement (<paramref name="reraised"/>: a bare raise's
    /// handled exception).</summary>
    public void Raise(Raise site, string exception, string? reraised = null)
    {
        Instrumenter.Raise(site, reraised, Writer);
        Writer.Line($"throw {exception};");
    }

    /// <summary>Whether CPython's exception handlers get catch blocks of their own (<see cref="Instrumenter.ObservesExceptions"/>).</summary>
    public bool ObservesExceptions => Instrumenter.ObservesExceptions;

    /// <summary>The C# condition under which a catch added for the exception events catches.</summary>
    public string ExceptionsGuard => Instrumenter.ExceptionsGuard;

    /// <summary>The filter and body of the catch standing for a cleanup handler (null: none needed).</summary>
    public (string Filter, string Body)? CleanupFilter(Node site, ExceptionHandlerKind kind, string exception) =>
        Instrumenter.CleanupFilter(site, kind, exception);

    /// <summary>Raises, now, the events of a handler of CPython's that cleans up and raises again.</summary>
    public void CleanupHandler(Node site, ExceptionHandlerKind kind, string exception) =>
        Instrumenter.CleanupHandler(site, kind, exception, Writer);

    /// <summary>Control enters one of CPython's handlers with <paramref name="exception"/>.</summary>
    public void HandlerEntered(Node site, ExceptionHandlerKind kind, string exception) =>
        Instrumenter.HandlerEntered(site, kind, exception, Writer);

    /// <summary><paramref name="exception"/> is raised again where CPython has a RERAISE.</summary>
    public void Reraise(Node site, ExceptionHandlerKind kind, string exception) =>
        Instrumenter.Reraise(site, kind, exception, Writer);

    /// <summary>
    /// Code that CPython covers with a handler that only cleans up and raises again (<paramref name="kind"/>): when the
    /// instrumenter observes exceptions, <paramref name="body"/> in <c>try { ... } catch (PyException x) when (filter)
    /// { ... }</c>, whose filter raises the handler's events as an exception passes and does not catch it; else just
    /// the body. <paramref name="catchVariable"/>: a fresh C# name; <paramref name="when"/>: a condition the filter
    /// also needs (the finally body's copy that runs with an exception).
    /// </summary>
    public void Cleanup(Node site, ExceptionHandlerKind kind, string catchVariable, System.Action body, string? when = null)
    {
        if (Instrumenter.CleanupFilter(site, kind, catchVariable) is not { } filter)
        {
            body();
            return;
        }
        Writer.Line("try");
        Writer.Open();
        body();
        Writer.Close();
        CleanupCatch(filter, catchVariable, when);
    }

    /// <summary>The catch clause of <see cref="Cleanup"/> (after a try block the caller wrote).</summary>
    public void CleanupCatch((string Filter, string Body) filter, string catchVariable, string? when = null)
    {
        Writer.Line($"catch (PyException {catchVariable}) when ({(when is null ? "" : when + " && ")}{filter.Filter})");
        Writer.Open();
        Writer.Line(filter.Body);
        Writer.Close();
    }

    /// <summary>The body of a code object begins (after its start point), in <paramref name="into"/> or the writer.</summary>
    public void FrameStart(Node owner, CodeWriter? into = null) => Instrumenter.FrameStart(owner, into ?? Writer);

    /// <summary>The body of a code object ends.</summary>
    public void FrameEnd(Node owner, CodeWriter? into = null) => Instrumenter.FrameEnd(owner, into ?? Writer);

    /// <summary>The C# condition of a two-way decision.</summary>
    public string Branch(Node site, string condition) => Instrumenter.Branch(site, condition);

    /// <summary>The C# condition of a while loop at its head, each time round.</summary>
    public string WhileHead(While loop, string condition) => Instrumenter.WhileHead(loop, condition);

    /// <summary>The C# condition of a loop's step (its cursor's <c>MoveNext</c>), evaluated at the loop's head each time
    /// round: a <c>for</c> statement, an inlined comprehension (its node) or a generator expression.</summary>
    public string LoopStep(Node loop, LoopCursor cursor, string cursorLocal, string moveNext) =>
        Instrumenter.LoopStep(loop, cursor, cursorLocal, moveNext);

    /// <summary>Members the instrumenter adds to the class of a generator (its function, or generator expression).</summary>
    public void GeneratorMembers(Node function, CodeWriter into) => Instrumenter.GeneratorMembers(function, into);

    /// <summary>Where a generator's resumable body begins (each resume enters there): locals its points need.</summary>
    public void ResumableBodyStart(Node function, CodeWriter into) => Instrumenter.ResumableBodyStart(function, into);

    /// <summary>The C# condition of one test CPython makes with a jump of its own (BRANCH).</summary>
    public string Test(Node leaf, int part, string condition) => Instrumenter.Test(leaf, part, condition);

    /// <summary>The C# condition of a loop's step, with its BRANCH (<paramref name="loop"/>: a for, or a comprehension's
    /// for clause).</summary>
    public string LoopBranch(Node loop, string step) => Instrumenter.LoopBranch(loop, step);

    /// <summary>Where control runs off a suite, or leaves by break or continue (the JUMPs from there).</summary>
    public void Edge(Node owner, Analysis.Flow.FlowEdgeKind kind) => Instrumenter.Edge(owner, kind, Writer);

    /// <summary>A conditional expression's first value, computed.</summary>
    public string ValueEnd(Expr e, string value) => Instrumenter.ValueEnd(e, value);

    /// <summary>Before a while loop starts.</summary>
    public void WhileStart(While loop) => Instrumenter.WhileStart(loop, Writer);

    /// <summary>Before a jump back to a loop's head.</summary>
    public void BackEdge(Node loop, Node at) => Instrumenter.BackEdge(loop, at, Writer);
}
