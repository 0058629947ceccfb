using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis.Flow;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// BRANCH and JUMP. Where CPython 3.12 raises them depends on how its compiler laid out the bytecode (which jumps its
/// optimizer kept, which tests it duplicated, on which lines their destinations are), so each code object's layout is
/// redone by the flow model (<c>Analysis/Flow</c>, checked against CPython on the standard library) and the lowering
/// raises, at each test it makes and each place control runs off a suite, the events the model says CPython's bytecode
/// raises from there: <c>Instrument.Branch(ref Points.f, whenTrue, whenFalse, test)</c> and
/// <c>Instrument.Flow(ref Points.f, sequence)</c>, sequences of (point, destination) pairs in the code object's flow
/// table. Code the model does not lay out yet has no such points; a tool asking for these events there is refused at
/// run time. After the body is lowered, a test or an edge with events that the lowering never reached makes the code
/// object refused too, rather than silently missing events.
/// </summary>
internal sealed partial class MonitoringInstrumenter
{
    private SymbolTable? _table;
    private readonly Dictionary<Node, FlowState> _flow = new();
    private readonly Dictionary<While, string> _againFlags = new();

    private sealed class FlowState(FlowPlan plan, int firstPoint)
    {
        public readonly FlowPlan Plan = plan;
        public readonly int FirstPoint = firstPoint;
        public readonly List<int> Table = new();
        public readonly Dictionary<string, int> Sequences = new();
        public readonly HashSet<object> Raised = new();
    }

    private const string Flow = "Instrument.Flow";

    public override bool ObservesBranches => true;

    private readonly Dictionary<Node, FlowPlan> _plans = new();

    /// <summary>The flow model's plan for <paramref name="owner"/>'s code object (made once).</summary>
    private FlowPlan PlanOf(Node owner)
    {
        if (_plans.TryGetValue(owner, out var plan))
            return plan;
        plan = _table is null
            ? FlowPlan.Unavailable("no symbol table")
            : FlowPlan.Build(_table, owner, owner switch
            {
                Module => 1,
                FunctionDef f => FirstLine(f),
                ClassDef c => FirstLine(c),
                _ => owner.Lineno,
            });
        _plans[owner] = plan;
        return plan;
    }

    /// <summary>The flow state of <paramref name="owner"/>'s code object, its points allocated on first use (at its
    /// start, right after PY_START, so that the offsets of its jumps keep CPython's order among themselves).</summary>
    private FlowState FlowOf(Node owner)
    {
        if (_flow.TryGetValue(owner, out var state))
            return state;
        var plan = PlanOf(owner);
        int first = _points.TryGetValue(owner, out var list) ? list.Count : 0;
        if (plan.Unmodelled is null)
        {
            foreach (var (kind, line) in plan.Points)
                NewPoint(owner, kind, line);
        }
        state = new FlowState(plan, first);
        _flow[owner] = state;
        return state;
    }

    /// <summary>The start index of <paramref name="events"/> in the code object's flow table (-1: none).</summary>
    private static int Sequence(FlowState st, IReadOnlyList<FlowPlan.Event> events)
    {
        if (events.Count == 0)
            return -1;
        var flat = new List<int> { events.Count };
        foreach (var e in events)
        {
            flat.Add(st.FirstPoint + e.Point);
            flat.Add(st.FirstPoint + e.Destination);
        }
        string key = string.Join(",", flat);
        if (st.Sequences.TryGetValue(key, out int start))
            return start;
        start = st.Table.Count;
        st.Table.AddRange(flat);
        st.Sequences[key] = start;
        return start;
    }

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The local (or generator field) that says a while loop's body ran off its end, so that its test is
    /// CPython's second copy (the one at the bottom of the loop).</summary>
    private string AgainFlag(While w) =>
        _againFlags.TryGetValue(w, out var name) ? name : _againFlags[w] = $"pyaotAgain{Int(w.Lineno)}_{Int(w.ColOffset)}";

    /// <summary>The while loops of a code object's own body (CPython compiles their tests twice), when its flow is laid out.</summary>
    private IEnumerable<While> RepeatedWhiles(Node owner)
    {
        if (PlanOf(owner).Unmodelled is not null)
            return Array.Empty<While>();
        return NodeWalk.All(owner).OfType<While>().Where(w => _owners.OwnerOf(w) == owner)
            .OrderBy(w => w.Lineno).ThenBy(w => w.ColOffset);
    }

    /// <summary>Declares the again-flags of a code object's while loops (not in generators: there they are fields, which
    /// keep their value across a yield).</summary>
    private void DeclareAgainFlags(Node owner, CodeWriter w)
    {
        foreach (var loop in RepeatedWhiles(owner))
            w.Line($"bool {AgainFlag(loop)} = false;");
    }

    private void GeneratorAgainFields(Node function, CodeWriter w)
    {
        foreach (var loop in RepeatedWhiles(function))
            w.Line($"private bool {AgainFlag(loop)};");
    }

    public override void WhileStart(While loop, CodeWriter w)
    {
        if (IsRepeated(loop))
            w.Line($"{AgainFlag(loop)} = false;");
    }

    private bool IsRepeated(While loop) => RepeatedWhiles(_owners.OwnerOf(loop)).Contains(loop);

    public override string Test(Node leaf, int part, string condition)
    {
        var owner = _owners.OwnerOf(leaf);
        var st = FlowOf(owner);
        if (st.Plan.Unmodelled is not null || !st.Plan.TryGetSite(leaf, part, 0, out var first))
            return condition;
        st.Raised.Add((leaf, part, 0));
        string armed = ArmedOf(owner);
        if (WhileTest is { } loop && st.Plan.TryGetSite(leaf, part, 1, out var second))
        {
            st.Raised.Add((leaf, part, 1));
            // The bottom copy of a constant test is a jump reached only from the body's end or a test in it, whose
            // events raise it: the test the lowering repeats at the top raises nothing for it.
            if (st.Plan.IsFolded(leaf, part, 1))
                second = new FlowPlan.Outcomes(Array.Empty<FlowPlan.Event>(), Array.Empty<FlowPlan.Event>());
            string flag = AgainFlag(loop);
            return $"Instrument.Branch(ref {armed}, {flag} ? {Int(Sequence(st, second.WhenTrue))} : {Int(Sequence(st, first.WhenTrue))}, " +
                $"{flag} ? {Int(Sequence(st, second.WhenFalse))} : {Int(Sequence(st, first.WhenFalse))}, {condition})";
        }
        return $"Instrument.Branch(ref {armed}, {Int(Sequence(st, first.WhenTrue))}, {Int(Sequence(st, first.WhenFalse))}, {condition})";
    }

    // (A generator expression's loops run in its own code, a comprehension's in the code around it: CodeOwners knows.)
    public override string LoopBranch(Node loop, string step) => Test(loop, 0, step);

    public override void Edge(Node owner, FlowEdgeKind kind, CodeWriter w)
    {
        if (EdgeCode(owner, kind) is { } line)
            w.Line(line);
    }

    public override string? EdgeCode(Node owner, FlowEdgeKind kind)
    {
        var code = _owners.OwnerOf(owner);
        var st = FlowOf(code);
        if (st.Plan.Unmodelled is not null)
            return null;
        var edge = new FlowEdge(owner, kind);
        int seq = Sequence(st, st.Plan.EdgeEvents(edge));
        // (a comprehension's in a while loop's test: the copy of the test that runs)
        int second = WhileTest is not null ? Sequence(st, st.Plan.EdgeEvents(edge with { Copy = 1 })) : -1;
        if (seq < 0 && second < 0)
            return null;
        st.Raised.Add(edge);
        string which = Int(seq);
        if (WhileTest is { } loop)
        {
            st.Raised.Add(edge with { Copy = 1 });
            which = $"{AgainFlag(loop)} ? {Int(second)} : {Int(seq)}";
        }
        if (DeferTo is { } pending)
            return $"{pending} = {which};";
        return $"if (Instrument.FlowActive) {Flow}(ref {ArmedOf(code)}, {which});";
    }

    public override string? PendingFlow(Node statement, string pending) =>
        $"if ({pending} >= 0) {{ if (Instrument.FlowActive) {Flow}(ref {ArmedOf(_owners.OwnerOf(statement))}, {pending}); {pending} = -1; }}";

    /// <summary>A <c>yield from</c> ended in a step that threw into its delegate: CPython's CLEANUP_THROW jumps on
    /// (a jump its compiler adds out of the exception handler, on no line).</summary>
    private void DelegateThrownJump(YieldFrom site, CodeWriter w)
    {
        var code = _owners.OwnerOf(site);
        var st = FlowOf(code);
        if (st.Plan.Unmodelled is not null)
            return;
        var edge = new FlowEdge(site, FlowEdgeKind.DelegateThrown);
        int seq = Sequence(st, st.Plan.EdgeEvents(edge));
        if (seq < 0)
            return;
        st.Raised.Add(edge);
        w.Line($"if (Instrument.FlowActive && DelegateThrownInto) {Flow}(ref {ArmedOf(code)}, {Int(seq)});");
    }

    public override string ValueEnd(Expr e, string value)
    {
        var code = _owners.OwnerOf(e);
        var st = FlowOf(code);
        if (st.Plan.Unmodelled is not null)
            return value;
        int first = Sequence(st, st.Plan.EdgeEvents(new FlowEdge(e, FlowEdgeKind.ValueEnd)));
        int second = WhileTest is not null ? Sequence(st, st.Plan.EdgeEvents(new FlowEdge(e, FlowEdgeKind.ValueEnd, 1))) : -1;
        if (first < 0 && second < 0)
            return value;
        st.Raised.Add(new FlowEdge(e, FlowEdgeKind.ValueEnd));
        string seq = Int(first);
        if (WhileTest is { } loop)
        {
            st.Raised.Add(new FlowEdge(e, FlowEdgeKind.ValueEnd, 1));
            seq = $"{AgainFlag(loop)} ? {Int(second)} : {Int(first)}";
        }
        return $"Instrument.Jumped(ref {ArmedOf(code)}, {seq}, {value})";
    }

    public override void BackEdge(Node loop, Node at, CodeWriter w)
    {
        // The end of a loop's body, or a continue: the JUMPs from there; a while's test is then the bottom copy, or
        // (after a continue, which goes to the top) the first again.
        Edge(at, at is Continue ? FlowEdgeKind.Continue : FlowEdgeKind.BodyEnd, w);
        if (loop is While wh && IsRepeated(wh))
            w.Line($"{AgainFlag(wh)} = {(at is Continue ? "false" : "true")};");
    }

    /// <summary>The C# arguments of the PyCode constructor for the code object's flow: its table, and why it has no
    /// BRANCH and JUMP events when it has none (the model does not lay it out, or the lowering did not reach every test).</summary>
    public override string CodeArguments(Node owner)
    {
        string? refused;
        if (!_flow.TryGetValue(owner, out var st))
        {
            // (no point of the code was written: if it has tests, their events would be missing)
            var plan = PlanOf(owner);
            refused = plan.Unmodelled ?? (plan.Expected.Any() ? "code the compiler does not instrument yet" : null);
            return refused is null ? "" : ", flowUnsupported: " + CsNames.StringLiteral(refused);
        }
        refused = st.Plan.Unmodelled;
        if (refused is null && st.Plan.Expected.FirstOrDefault(x => !st.Raised.Contains(x)) is { } missed)
        {
            var node = missed is FlowEdge edge ? edge.Node : (((Node, int, int))missed).Item1;
            refused = $"a test or jump the compiler does not instrument yet (line {Int(node.Lineno)})";
        }
        var sb = new System.Text.StringBuilder();
        if (st.Table.Count > 0)
            sb.Append(", flow: new int[] { ").Append(string.Join(", ", st.Table.Select(Int))).Append(" }");
        if (refused is not null)
            sb.Append(", flowUnsupported: ").Append(CsNames.StringLiteral(refused));
        return sb.ToString();
    }
}
