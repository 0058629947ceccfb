using System;
using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// RAISE, RERAISE, EXCEPTION_HANDLED and PY_UNWIND (<c>Runtime/Monitoring/Instrument.Exceptions.cs</c>). Each of
/// CPython's handlers the lowering reports gets a point (kind <c>H</c>) on the line of the handler's first instruction,
/// and each RERAISE one (kind <c>E</c>) on the RERAISE's line, as CPython 3.12's compiler places them (mostly none: the
/// handlers' own instructions have no location); the frame keeps, beside its line, the point of the RAISE or RERAISE it
/// raised for the exception in flight (<see cref="RaisedLocal"/>). The body of each code object is wrapped in a C# try
/// whose filter raises RAISE (for an exception no handler of the frame saw) and PY_UNWIND as the exception leaves, and
/// so are the parts under CPython's cleanup handlers, whose filters raise EXCEPTION_HANDLED and RERAISE. A filter runs
/// in .NET's first pass, before the catch found runs: the order is CPython's because no Python code runs in the second
/// pass while exceptions are observed (the handlers that run Python code are catches that end the first pass: except
/// clauses, a with's <c>__exit__</c>, and a finally body, whose catch keeps the exception, lets the C# finally run the
/// body in ordinary flow and throws again at its end). Filters rethrow nothing, so a deep recursion unwinding under a
/// tool needs no more stack than without one.
/// </summary>
internal sealed partial class MonitoringInstrumenter
{
    /// <summary>The local that holds the point of the RAISE or RERAISE the frame raised for the exception in flight
    /// (-1: none); a class body has its own, as its line local.</summary>
    public const string RaisedLocal = "pyaotRaised";

    private const string UnwindingLocal = "pyaotUnwinding";

    private static string RaisedLocalAt(int classDepth) =>
        classDepth == 0 ? RaisedLocal : RaisedLocal + classDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string UnwindingLocalAt(int classDepth) =>
        UnwindingLocal + classDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly Dictionary<Node, string> _raised = new();

    public override bool ObservesExceptions => true;

    public override string ExceptionsGuard => $"{Rt}.ExceptionsActive";

    public override string CatchAllGuard => $"{Rt}.Active";

    private string RaisedOf(Node owner) => _raised.TryGetValue(owner, out var local) ? local : RaisedLocal;

    private void DeclareRaised(Node owner, CodeWriter w) => w.Line($"int {RaisedOf(owner)} = -1;");

    private Node ExceptionOwner(Node site, ExceptionHandlerKind kind) => kind switch
    {
        ExceptionHandlerKind.Generator => site,
        ExceptionHandlerKind.DelegateThrow or ExceptionHandlerKind.AsyncForEnd => SuspendingCode(site),
        _ => _owners.OwnerOf(site),
    };

    /// <summary>The line of the handler's first instruction (-1: none). Only a with's (and END_ASYNC_FOR) has one: compile.c gives
    /// the others' PUSH_EXC_INFO and cleanups NO_LOCATION, and no line reaches a handler from an instruction before it.</summary>
    private static int HandlerLine(Node site, ExceptionHandlerKind kind) =>
        kind is ExceptionHandlerKind.With or ExceptionHandlerKind.DelegateThrow or ExceptionHandlerKind.AsyncForEnd ? site.Lineno : -1;

    /// <summary>The line of the RERAISE (-1: none; null: the line the frame is on, known at run time). A RERAISE that
    /// ends a block inherits the line of the instruction before it (flowgraph.c's propagation): the last except
    /// clause's test, the with statement's <c>__exit__</c> call, the comprehension's restore, the raise itself, or the
    /// last instruction of a finally body, which differs by the path taken through the body (its exit block is copied
    /// per predecessor), so the frame's line at run time gives it.</summary>
    private static int? ReraiseLine(Node site, ExceptionHandlerKind kind) => kind switch
    {
        ExceptionHandlerKind.ExceptNoMatch => ((Try)site).Handlers[((Try)site).Handlers.Count - 1].Lineno,
        ExceptionHandlerKind.BareRaise or ExceptionHandlerKind.WithExit or ExceptionHandlerKind.Comprehension
            or ExceptionHandlerKind.DelegateThrow => site.Lineno,
        ExceptionHandlerKind.FinallyEnd => null,
        _ => -1,
    };

    public override void Raise(Raise site, string? reraised, CodeWriter w)
    {
        // 'raise X' is an error like any other: RAISE comes from the handler or frame end the exception reaches, on the
        // raise's line. A bare raise is RERAISE here (CPython's RAISE_VARARGS 0).
        if (reraised is not null)
            Reraise(site, ExceptionHandlerKind.BareRaise, reraised, w);
    }

    public override void HandlerEntered(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
        var owner = ExceptionOwner(site, kind);
        int k = NewPoint(owner, 'H', HandlerLine(site, kind));
        if (kind != ExceptionHandlerKind.With)
        {
            w.Line($"if ({Rt}.ExceptionsActive) {Rt}.Handled(ref {ArmedOf(owner)}, {k}, {exception}, {PreviousLineOf(owner)}, ref {RaisedOf(owner)});");
            return;
        }
        // A with's handler begins the with statement's line again: LINE, then the handler's first instruction.
        w.Line($"if ({Rt}.ExceptionsActive) {Rt}.Handled(ref {ArmedOf(owner)}, {k}, {exception}, {PreviousLineOf(owner)}, ref {RaisedOf(owner)}, instruction: false);");
        LinePoint(owner, site.Lineno, w);
    }

    public override (string Filter, string Body)? CleanupFilter(Node site, ExceptionHandlerKind kind, string exception)
    {
        var owner = ExceptionOwner(site, kind);
        // An exception out of a delegate that throw() or close() reached resumes the delegating frame with it: PY_THROW
        // there first (gen_send_ex with exc set), then the handler around the yield.
        string thrown = kind == ExceptionHandlerKind.DelegateThrow && _resumePoints.TryGetValue(site, out int resume)
            ? $"{Rt}.DelegateRaised(ref {ArmedOf(owner)}, {resume}, {exception}) && " : "";
        var (points, restore) = CleanupPoints(owner, site, kind);
        return ($"{thrown}{Rt}.ExceptionsActive && {Rt}.CleanupFilter(ref {ArmedOf(owner)}, {points}, {exception}, {PreviousLineOf(owner)}, ref {RaisedOf(owner)}{restore})",
                $"throw {Rt}.Replacement({exception});");
    }

    public override void CleanupHandler(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
        var owner = ExceptionOwner(site, kind);
        var (points, restore) = CleanupPoints(owner, site, kind);
        w.Line($"if ({Rt}.ExceptionsActive) {Rt}.Cleanup(ref {ArmedOf(owner)}, {points}, {exception}, {PreviousLineOf(owner)}, ref {RaisedOf(owner)}{restore});");
    }

    /// <summary>A cleanup handler's two points, "handler, reraise", and for a comprehension's the LINE of its restore
    /// between them (CPython's SWAP, POP_TOP without a location, then the restore on the comprehension's line).</summary>
    private (string Points, string RestoreLine) CleanupPoints(Node owner, Node site, ExceptionHandlerKind kind)
    {
        int h = NewPoint(owner, 'H', HandlerLine(site, kind));
        string points = $"{h}, {ReraisePoint(owner, site, kind)}";
        if (kind != ExceptionHandlerKind.Comprehension)
            return (points, "");
        int restore = NewPoint(owner, 'L', site.Lineno);
        return (points, $", restoreLine: {restore}");
    }

    private int ReraisePoint(Node owner, Node site, ExceptionHandlerKind kind) =>
        ReraiseLine(site, kind) is { } line ? NewPoint(owner, 'E', line) : -1;

    public override void Reraise(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
        var owner = ExceptionOwner(site, kind);
        w.Line($"if ({Rt}.ExceptionsActive) {Rt}.Reraised(ref {ArmedOf(owner)}, {ReraisePoint(owner, site, kind)}, {exception}, {PreviousLineOf(owner)}, ref {RaisedOf(owner)});");
    }

    /// <summary>A <c>yield from</c> whose delegate returned after a <c>throw()</c> passed to it: the StopIteration
    /// raised in the delegating frame and handled by the handler around the yield (CLEANUP_THROW).</summary>
    private void DelegateReturnedAfterThrow(Node site, CodeWriter w)
    {
        var owner = SuspendingCode(site);
        int k = NewPoint(owner, 'H', HandlerLine(site, ExceptionHandlerKind.DelegateThrow));
        w.Line($"if ({Rt}.ExceptionsActive && DelegateThrownInto) {Rt}.Handled(ref {ArmedOf(owner)}, {k}, PyException.StopIterationOf(DelegateResult), {PreviousLineOf(owner)}, ref {RaisedOf(owner)});");
    }

    public override void FrameStart(Node owner, CodeWriter w)
    {
        w.Line("try");
        w.Open();
    }

    public override void FrameEnd(Node owner, CodeWriter w)
    {
        string exc = UnwindingLocalAt(_classDepth);
        string armed = ArmedOf(owner);
        string line = PreviousLineOf(owner), raised = RaisedOf(owner);
        // A generator's body is under a handler of its own (it turns a StopIteration leaving it into RuntimeError).
        bool generator = owner is GeneratorExp || (owner is FunctionDef or Lambda && _isGenerator!(owner));
        string cleanup = generator ? ", " + CleanupPoints(owner, owner, ExceptionHandlerKind.Generator).Points : "";
        w.Close();
        if (generator)
        {
            // PEP 479 under the generator's handler: the StopIteration is handled, the RuntimeError it becomes raised
            // again (PyGenerator's own catch, further out, makes the same conversion when no tool watches).
            string stop = UnwindingLocalAt(_classDepth) + "Stop";
            w.Line($"catch (PyException {stop}) when ({Rt}.ExceptionsActive && {stop}.Matches(PyTypes.StopIteration))");
            w.Open();
            w.Line($"var {stop}Converted = StopIterationRaised({stop});");
            w.Line($"{Rt}.GeneratorStopped(ref {armed}{cleanup}, {stop}, {stop}Converted, {line}, ref {raised});");
            w.Line($"throw {stop}Converted;");
            w.Close();
        }
        w.Line($"catch (PyException {exc}) when ({Rt}.ExceptionsActive && {Rt}.Unwinding(ref {armed}, {exc}, {line}, ref {raised}{cleanup}))");
        w.Open();
        w.Line($"throw {Rt}.Replacement({exc});");
        w.Close();
    }
}
