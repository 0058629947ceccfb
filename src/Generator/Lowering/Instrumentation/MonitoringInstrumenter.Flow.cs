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
        plan = _table is null ? FlowPlan.Unavailable("no symbol table") : FlowPlan.Build(_table, owner);
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

    /// <summary>Whether a conditional expression's join is a jump target in CPython's layout: the JUMP at the end of its
    /// first value is kept, not replaced by a copy of a small exit block after the join (as before a <c>return</c>).</summary>
    private bool JumpsToJoin(Expr conditional)
    {
        var plan = PlanOf(_owners.OwnerOf(conditional));
        return plan.Unmodelled is null &&
               plan.EdgeEvents(new FlowEdge(conditional, FlowEdgeKind.ValueEnd)).Any(e => plan.Points[e.Point].Kind == 'J');
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

    /// <summary>Whether the loop has an again-flag (<see cref="RepeatedWhiles"/>): its code's flow is laid out.</summary>
    private bool IsRepeated(While loop) => PlanOf(_owners.OwnerOf(loop)).Unmodelled is null;

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

    /// <summary>
    /// The C# of the code object's Armed array and of the flow sequence of <paramref name="edge"/> in it (null: no
    /// events there), marked raised.
    /// Inside a while loop's test (<paramref name="copies"/>: a comprehension's or a conditional expression's edge
    /// there), the copy of the test that runs chooses: <c>pyaotAgain... ? second : first</c>.
    /// </summary>
    private (string Armed, string Sequence)? EdgeSequence(FlowEdge edge, bool copies = true)
    {
        var code = _owners.OwnerOf(edge.Node);
        var st = FlowOf(code);
        if (st.Plan.Unmodelled is not null)
            return null;
        int first = Sequence(st, st.Plan.EdgeEvents(edge));
        var loop = copies ? WhileTest : null;
        int second = loop is not null ? Sequence(st, st.Plan.EdgeEvents(edge with { Copy = 1 })) : -1;
        if (first < 0 && second < 0)
            return null;
        st.Raised.Add(edge);
        if (loop is null)
            return (ArmedOf(code), Int(first));
        st.Raised.Add(edge with { Copy = 1 });
        return (ArmedOf(code), $"{AgainFlag(loop)} ? {Int(second)} : {Int(first)}");
    }

    public override string? EdgeCode(Node owner, FlowEdgeKind kind)
    {
        if (EdgeSequence(new FlowEdge(owner, kind)) is not var (armed, seq))
            return null;
        // (the frame's line: a JUMP to another line, as a `while True` loop's back-edge, raises its INSTRUCTION after
        // that line's LINE, at the point the lowering has there)
        return DeferTo is { } pending ? $"{pending} = {seq};"
            : $"if (Instrument.FlowActive) {Flow}(ref {armed}, {seq}, {PreviousLineOf(_owners.OwnerOf(owner))});";
    }

    public override string? PendingFlow(Node statement, string pending)
    {
        var owner = _owners.OwnerOf(statement);
        return $"if ({pending} >= 0) {{ if (Instrument.FlowActive) {Flow}(ref {ArmedOf(owner)}, {pending}, {PreviousLineOf(owner)}); {pending} = -1; }}";
    }

    /// <summary>A <c>yield from</c> ended in a step that threw into its delegate: CPython's CLEANUP_THROW jumps on
    /// (a jump its compiler adds out of the exception handler, on no line).</summary>
    private void DelegateThrownJump(Node site, CodeWriter w)
    {
        // (the model gives this edge one copy, even in a while loop's test)
        if (EdgeSequence(new FlowEdge(site, FlowEdgeKind.DelegateThrown), copies: false) is var (armed, seq))
            w.Line($"if (Instrument.FlowActive && DelegateThrownInto) {Flow}(ref {armed}, {seq});");
    }

    public override string ValueEnd(Expr e, string value) =>
        EdgeSequence(new FlowEdge(e, FlowEdgeKind.ValueEnd)) is var (armed, seq)
            ? $"Instrument.Jumped(ref {armed}, {seq}, {value})"
            : value;

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
