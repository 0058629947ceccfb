using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// PEP 669 <c>sys.monitoring</c> compiled in: at each event point the lowering reports, a test of the static flag
/// <c>Instrument.Active</c> (false while no tool has any event enabled) and then of the point's byte in its code object
/// (<c>Instrument.On(Points.f, k)</c>), guarding an out-of-line call that raises the event
/// (<c>Runtime/Monitoring/Instrument.cs</c>). Points are numbered per code object in the order they are written; each
/// has a kind and a line, which the code object is created with (<see cref="PointsOf"/>), so that the runtime can arm
/// the points of an event and <c>co_lines()</c> can map their offsets to lines. docs/monitoring.md has the events, where
/// each fires, and what is not instrumented yet.
/// </summary>
internal sealed class MonitoringInstrumenter : Instrumenter
{
    private const string Rt = "Instrument";

    private readonly CodeOwners _owners;
    private readonly Dictionary<Node, List<(char Kind, int Line)>> _points = new();
    private Func<Node, string>? _codeOf;

    public MonitoringInstrumenter(Module module) => _owners = new CodeOwners(module);

    /// <summary>Where the code object of a def, lambda, class body, generator expression or the module is (the module
    /// compiler declares it).</summary>
    public void Bind(Func<Node, string> codeOf) => _codeOf = codeOf;

    public override string? UnobservedGuard => $"!{Rt}.Active";

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

    /// <summary><c>if (Instrument.Active &amp;&amp; Instrument.On(Points.f, k)) Instrument.Event(Points.f, k);</c>:
    /// while no tool is active, one test of a static flag.</summary>
    private void Point(Node owner, int k, string method, CodeWriter w)
    {
        string armed = ArmedOf(owner);
        w.Line($"if ({Rt}.Active && {Rt}.On({armed}, {k})) {Rt}.{method}({armed}, {k});");
    }

    /// <summary>A point that passes a value on (PY_RETURN, PY_YIELD): <c>Instrument.Return(ref Points.f, k, value)</c>,
    /// which tests the flag and returns the value (the field by reference: read only once a tool is active).</summary>
    private string ValuePoint(Node owner, int k, string method, string value) =>
        $"{Rt}.{method}(ref {ArmedOf(owner)}, {k}, {value})";

    public override void FunctionStart(Node function, CodeWriter w)
    {
        // PY_START is on co_firstlineno: a decorated function's first decorator.
        int line = function is FunctionDef { DecoratorList.Count: > 0 } f ? Math.Min(f.Lineno, f.DecoratorList.Min(d => d.Lineno)) : function.Lineno;
        Point(function, NewPoint(function, 'S', line), "Start", w);
    }

    public override void CodeStart(Node owner, CodeWriter w)
    {
        Point(owner, NewPoint(owner, 'S', owner is Module ? 1 : owner.Lineno), "Start", w);
    }

    public override void CodeEnd(Node owner, CodeWriter w)
    {
        var body = owner switch { Module m => m.Body, ClassDef c => c.Body, _ => null };
        int line = body is { Count: > 0 } ? body[body.Count - 1].Lineno : 1;
        Point(owner, NewPoint(owner, 'r', line), "ReturnNone", w);
    }

    public override void Statement(Node statement, CodeWriter w)
    {
        if (statement is Stmt s && !_owners.StartsLine(s))
            return;
        var owner = _owners.OwnerOf(statement);
        Point(owner, NewPoint(owner, 'L', statement.Lineno), "Line", w);
    }

    public override string Return(Node site, string value)
    {
        // The implicit return at the end of a body is on the line of its last statement, as CPython places it.
        var owner = site is FunctionDef or Lambda or GeneratorExp ? site : _owners.OwnerOf(site);
        int line = site switch
        {
            FunctionDef f => f.Body[f.Body.Count - 1].Lineno,
            Lambda l => l.Body.Lineno,
            GeneratorExp g => g.Lineno,
            _ => site.Lineno,
        };
        return ValuePoint(owner, NewPoint(owner, 'r', line), "Return", value);
    }

    public override string Yield(Node site, string value)
    {
        // 'yield from' reports its delegation through the runtime, not here (docs/monitoring.md).
        if (site is YieldFrom)
            return value;
        var owner = site is GeneratorExp ? site : _owners.OwnerOf(site);
        return ValuePoint(owner, NewPoint(owner, 'Y', site.Lineno), "Yield", value);
    }

    public override void Resume(Node site, CodeWriter w)
    {
        if (site is YieldFrom)
            return;
        var owner = site is GeneratorExp ? site : _owners.OwnerOf(site);
        Point(owner, NewPoint(owner, 'R', site.Lineno), "Resume", w);
    }

    public override void BackEdge(Node loop, Node at, CodeWriter w)
    {
        // Back at the head of a loop from another line, CPython runs the loop's own line again (a for's FOR_ITER, a
        // while's test, which CPython 3.12 repeats at the bottom), and raises LINE for it. 'while True:' has no test.
        if (loop is While { Test: Constant c } && IsTrueConstant(c))
            return;
        var body = loop switch { For f => f.Body, While wh => wh.Body, _ => null };
        int from = at == loop ? body?.LastOrDefault()?.Lineno ?? loop.Lineno : at.Lineno;
        if (from == loop.Lineno)
            return;
        var owner = _owners.OwnerOf(loop);
        Point(owner, NewPoint(owner, 'L', loop.Lineno), "Line", w);
    }

    private static bool IsTrueConstant(Constant c) => c.Value switch
    {
        bool b => b,
        int i => i != 0,
        long l => l != 0,
        string s => s.Length > 0,
        _ => false,
    };
}
