using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// Several instrumenters at once (say, monitoring and coverage), applied in order: each wraps what the previous one
/// made, as Roslyn's <c>CompoundInstrumenter</c> does.
/// </summary>
internal sealed class CompoundInstrumenter : Instrumenter
{
    private readonly IReadOnlyList<Instrumenter> _parts;

    public CompoundInstrumenter(params Instrumenter[] parts) => _parts = parts;

    public override bool AllowsUnobservedFastPaths => _parts.All(p => p.AllowsUnobservedFastPaths);

    public override bool WritesStatementCode => _parts.Any(p => p.WritesStatementCode);

    public override string? UnobservedGuard(Node site) =>
        _parts.Select(p => p.UnobservedGuard(site)).Where(g => g is not null).DefaultIfEmpty(null)
            .Aggregate((a, b) => a is null ? b : b is null ? a : $"{a} && {b}");

    public override (string Kinds, IReadOnlyList<int> Lines)? PointsOf(Node owner) =>
        _parts.Select(p => p.PointsOf(owner)).FirstOrDefault(p => p is not null);

    public override string CodeArguments(Node owner) => string.Concat(_parts.Select(p => p.CodeArguments(owner)));

    public override bool ObservesBranches => _parts.Any(p => p.ObservesBranches);

    public override While? WhileTest
    {
        get => _parts.Count > 0 ? _parts[0].WhileTest : null;
        set
        {
            foreach (var p in _parts)
                p.WhileTest = value;
        }
    }

    public override string Test(Node leaf, int part, string condition) =>
        _parts.Aggregate(condition, (c, p) => p.Test(leaf, part, c));

    public override string? DeferTo
    {
        get => _parts.Count > 0 ? _parts[0].DeferTo : null;
        set
        {
            foreach (var p in _parts)
                p.DeferTo = value;
        }
    }

    public override string? PendingFlow(Node statement, string pending)
    {
        var codes = _parts.Select(p => p.PendingFlow(statement, pending)).Where(c => c is not null).ToList();
        return codes.Count == 0 ? null : string.Join(" ", codes);
    }

    public override string LoopBranch(Node loop, string step) => _parts.Aggregate(step, (c, p) => p.LoopBranch(loop, c));

    public override string ValueEnd(Expr e, string value) => _parts.Aggregate(value, (v, p) => p.ValueEnd(e, v));

    public override string? EdgeCode(Node owner, Analysis.Flow.FlowEdgeKind kind)
    {
        var codes = _parts.Select(p => p.EdgeCode(owner, kind)).Where(c => c is not null).ToList();
        return codes.Count == 0 ? null : string.Join(" ", codes);
    }

    public override void WhileStart(While loop, CodeWriter w)
    {
        foreach (var p in _parts)
            p.WhileStart(loop, w);
    }

    public override void CodeStart(Node owner, CodeWriter w)
    {
        foreach (var p in _parts)
            p.CodeStart(owner, w);
    }

    public override void CodeEnd(Node owner, CodeWriter w)
    {
        foreach (var p in _parts)
            p.CodeEnd(owner, w);
    }

    public override void GeneratorMembers(Node function, CodeWriter w)
    {
        foreach (var p in _parts)
            p.GeneratorMembers(function, w);
    }

    public override void DelegateReturned(Node site, CodeWriter w)
    {
        foreach (var p in _parts)
            p.DelegateReturned(site, w);
    }

    public override void Resume(Node site, CodeWriter w)
    {
        foreach (var p in _parts)
            p.Resume(site, w);
    }

    public override string LoopStep(Node loop, LoopCursor cursor, string cursorLocal, string moveNext) =>
        _parts.Aggregate(moveNext, (c, p) => p.LoopStep(loop, cursor, cursorLocal, c));

    public override void ResumableBodyStart(Node function, CodeWriter w)
    {
        foreach (var p in _parts)
            p.ResumableBodyStart(function, w);
    }

    public override void FunctionStart(Node function, CodeWriter w)
    {
        foreach (var p in _parts)
            p.FunctionStart(function, w);
    }

    public override void Statement(Node statement, CodeWriter w)
    {
        foreach (var p in _parts)
            p.Statement(statement, w);
    }

    public override void StatementCleanup(Node statement, CodeWriter w)
    {
        foreach (var p in _parts)
            p.StatementCleanup(statement, w);
    }

    public override void ClassBuildStart(ClassDef c, CodeWriter w)
    {
        foreach (var p in _parts)
            p.ClassBuildStart(c, w);
    }

    public override void ClassBuildEnd(ClassDef c, CodeWriter w)
    {
        for (int i = _parts.Count - 1; i >= 0; i--)
            _parts[i].ClassBuildEnd(c, w);
    }

    public override bool ObservesCalls => _parts.Any(p => p.ObservesCalls);

    public override string Call(Node site, CallShape? shape, string code) => _parts.Aggregate(code, (c, p) => p.Call(site, shape, c));

    public override string Return(Node site, string value) => _parts.Aggregate(value, (v, p) => p.Return(site, v));

    public override bool DefersReturns => _parts.Any(p => p.DefersReturns);

    // (One instrumenter at most defers returns: the first that does.)
    public override string? DeferredReturn(Return site) =>
        _parts.Select(p => p.DeferredReturn(site)).FirstOrDefault(d => d is not null);

    public override string? PendingReturn(Node statement, string pending, string value) =>
        _parts.Select(p => p.PendingReturn(statement, pending, value)).FirstOrDefault(d => d is not null);

    public override string Yield(Node site, string value, bool asyncGeneratorYield = false) =>
        _parts.Aggregate(value, (v, p) => p.Yield(site, v, asyncGeneratorYield));

    public override void Raise(Raise site, string? reraised, CodeWriter w)
    {
        foreach (var p in _parts)
            p.Raise(site, reraised, w);
    }

    public override bool ObservesExceptions => _parts.Any(p => p.ObservesExceptions);

    public override string? CatchAllGuard =>
        _parts.Select(p => p.CatchAllGuard).Where(g => g is not null).DefaultIfEmpty(null).Aggregate((a, b) => $"{a} || {b}");

    public override string ExceptionsGuard =>
        string.Join(" || ", _parts.Where(p => p.ObservesExceptions).Select(p => p.ExceptionsGuard).DefaultIfEmpty("false"));

    public override void HandlerEntered(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
        foreach (var p in _parts)
            p.HandlerEntered(site, kind, exception, w);
    }

    public override (string Filter, string Body)? CleanupFilter(Node site, ExceptionHandlerKind kind, string exception)
    {
        var parts = _parts.Select(p => p.CleanupFilter(site, kind, exception)).Where(f => f is not null).Select(f => f!.Value).ToList();
        // (The first filter that catches throws its body; the others then see nothing: fine for the one monitoring.)
        return parts.Count == 0 ? null : (string.Join(" || ", parts.Select(p => "(" + p.Filter + ")")), parts[0].Body);
    }

    public override void CleanupHandler(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
        foreach (var p in _parts)
            p.CleanupHandler(site, kind, exception, w);
    }

    public override void Reraise(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w)
    {
        foreach (var p in _parts)
            p.Reraise(site, kind, exception, w);
    }

    public override void FrameStart(Node owner, CodeWriter w)
    {
        foreach (var p in _parts)
            p.FrameStart(owner, w);
    }

    public override void FrameEnd(Node owner, CodeWriter w)
    {
        for (int i = _parts.Count - 1; i >= 0; i--)
            _parts[i].FrameEnd(owner, w);
    }

    public override string Branch(Node site, string condition) => _parts.Aggregate(condition, (c, p) => p.Branch(site, c));

    public override string AfterCallIntoJoin(Expr join, string callee, string value) =>
        _parts.Aggregate(value, (v, p) => p.AfterCallIntoJoin(join, callee, v));

    public override string? LineWithin(Expr e, int line)
    {
        var codes = _parts.Select(p => p.LineWithin(e, line)).Where(c => c is not null).ToList();
        return codes.Count == 0 ? null : string.Join(" && ", codes);
    }

    public override string WhileHead(While loop, string condition) => _parts.Aggregate(condition, (c, p) => p.WhileHead(loop, c));

    public override void BackEdge(Node loop, Node at, CodeWriter w)
    {
        foreach (var p in _parts)
            p.BackEdge(loop, at, w);
    }
}
