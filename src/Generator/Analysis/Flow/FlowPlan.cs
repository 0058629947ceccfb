using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// What the lowering needs to raise one code object's BRANCH and JUMP events as CPython 3.12 raises them, from the
/// flow model's layout (<see cref="FlowCompiler"/>):
/// <list type="bullet">
/// <item>the points: every instruction of the layout that is a jump or a jump's destination, in bytecode order, with its
/// line (<c>B</c> a conditional jump or FOR_ITER, <c>J</c> a jump, <c>d</c> a destination that is neither), so that
/// offsets keep CPython's order (a backward jump's destination offset is below its own);</item>
/// <item>for each test (<see cref="FlowSite"/>) and each of its two outcomes, and for each source edge
/// (<see cref="FlowEdge"/>), the events raised from there until control reaches code the lowering runs next: a
/// BRANCH to the destination, then the JUMPs control passes on its way (<see cref="Walk"/>).</item>
/// </list>
/// A code object whose layout the model does not know (<see cref="Unmodelled"/>) has no points and no events.
/// </summary>
internal sealed class FlowPlan
{
    /// <summary>One event: the point that raises it and the point of its destination.</summary>
    public readonly record struct Event(int Point, int Destination);

    public readonly record struct Outcomes(IReadOnlyList<Event> WhenTrue, IReadOnlyList<Event> WhenFalse);

    private readonly Dictionary<(Node, int, int), Outcomes> _sites = new();
    private readonly Dictionary<FlowEdge, IReadOnlyList<Event>> _edges = new();

    public string? Unmodelled { get; private set; }

    /// <summary>The points, in offset order: kind letter and line (-1: none).</summary>
    public List<(char Kind, int Line)> Points { get; } = new();

    private FlowPlan(string? unmodelled) => Unmodelled = unmodelled;

    /// <summary>A plan with no events, for code whose layout is not known.</summary>
    public static FlowPlan Unavailable(string reason) => new(reason);

    public static FlowPlan Build(SymbolTable symbols, Node owner)
    {
        FlowGraph g;
        try
        {
            g = FlowCompiler.Compile(symbols, owner);
        }
        catch (FlowUnmodelledException e)
        {
            return new FlowPlan(e.Message);
        }
        if (g.LoweringLimit is { } limit)
            return new FlowPlan(limit);
        var plan = new FlowPlan(null);
        plan.Lay(g);
        return plan;
    }

    public bool TryGetSite(Node node, int part, int copy, out Outcomes outcomes) =>
        _sites.TryGetValue((node, part, copy), out outcomes);

    /// <summary>Whether the test is of a constant, which CPython's optimizer folded to a jump or nothing.</summary>
    public bool IsFolded(Node node, int part, int copy) => _folded.Contains((node, part, copy));

    public IReadOnlyList<Event> EdgeEvents(FlowEdge edge) => _edges.TryGetValue(edge, out var e) ? e : System.Array.Empty<Event>();

    private readonly HashSet<(Node, int, int)> _folded = new();

    /// <summary>Every test CPython makes (not a constant's, folded away: the lowering may not test it either) and every
    /// edge with events, for the lowering's check that it raised each.</summary>
    public IEnumerable<object> Expected =>
        _sites.Where(kv => !_folded.Contains(kv.Key)).Select(kv => (object)kv.Key)
            .Concat(_edges.Where(kv => kv.Value.Count > 0).Select(kv => (object)kv.Key));

    private void Lay(FlowGraph g)
    {
        var order = new List<FlowInstr>();
        for (var b = g.Entry; b is not null; b = b.Next)
            order.AddRange(b.Instrs);
        var position = new Dictionary<FlowInstr, int>();
        for (int i = 0; i < order.Count; i++)
            position[order[i]] = i;
        FlowInstr? NextOf(FlowInstr ins) => position[ins] + 1 < order.Count ? order[position[ins] + 1] : null;
        FlowInstr? TargetOf(FlowInstr ins) => FlowDump.First(ins.Target!);

        // The instructions that get a point: jumps and their destinations.
        var marked = new HashSet<FlowInstr>();
        foreach (var ins in order)
        {
            if (ins.Op.IsConditional() || ins.Op == FlowOp.ForIter)
            {
                marked.Add(ins);
                AddIfNotNull(marked, NextOf(ins));
                AddIfNotNull(marked, ins.Op == FlowOp.ForIter ? FlowDump.PastEndFor(ins.Target!) : TargetOf(ins));
            }
            else if (ins.Op == FlowOp.Jump)
            {
                marked.Add(ins);
                AddIfNotNull(marked, TargetOf(ins));
            }
        }
        var pointOf = new Dictionary<FlowInstr, int>();
        foreach (var ins in order)
        {
            if (!marked.Contains(ins))
                continue;
            pointOf[ins] = Points.Count;
            // (FOR_ITER's branch is a kind of its own, 'F': its instruction starts before the iterator's step.)
            char kind = ins.Op.IsConditional() ? 'B' : ins.Op == FlowOp.ForIter ? 'F' : ins.Op == FlowOp.Jump ? 'J' : 'd';
            Points.Add((kind, ins.Line));
        }

        var covered = new HashSet<FlowInstr>();

        // The JUMPs control passes from an instruction on, until it reaches code the lowering runs: a test, a statement's
        // code, or the start of a statement (whose own ends raise its jumps); an edge's walk starts at its own statement.
        // (reached: every instruction passed, the one it stops at included)
        List<Event> Walk(FlowInstr? ins, bool fromEdge = false, HashSet<FlowInstr>? reached = null)
        {
            var events = new List<Event>();
            var seen = new HashSet<FlowInstr>();
            bool first = true;
            for (; ins is not null; first = false)
            {
                reached?.Add(ins);
                if (!ins.Glue || (ins.StatementStart && !(first && fromEdge)) || !seen.Add(ins))
                    break;
                if (ins.Op == FlowOp.Jump)
                {
                    covered.Add(ins);
                    var target = TargetOf(ins);
                    events.Add(new Event(pointOf[ins], target is null ? pointOf[ins] : pointOf[target]));
                    ins = target;
                }
                else
                {
                    ins = NextOf(ins);
                }
            }
            return events;
        }

        // Where a conditional jump's outcomes lead (a join a conditional expression's first value also runs off to).
        var walkedInto = new HashSet<FlowInstr>();

        List<Event> Branch(FlowInstr ins, FlowInstr? dest)
        {
            var events = new List<Event> { new(pointOf[ins], dest is null ? pointOf[ins] : pointOf[dest]) };
            events.AddRange(Walk(dest, reached: ins.Op.IsConditional() ? walkedInto : null));
            return events;
        }

        foreach (var ins in order)
        {
            if (ins.Site is { } site)
            {
                Outcomes outcomes;
                if (ins.Op.IsConditional())
                {
                    var taken = Branch(ins, TargetOf(ins));
                    var fallthrough = Branch(ins, NextOf(ins));
                    bool jumpsWhenTrue = ins.Op is FlowOp.PopJumpIfTrue;
                    outcomes = jumpsWhenTrue ? new Outcomes(taken, fallthrough) : new Outcomes(fallthrough, taken);
                }
                else if (ins.Op == FlowOp.ForIter)
                {
                    outcomes = new Outcomes(Branch(ins, NextOf(ins)), Branch(ins, FlowDump.PastEndFor(ins.Target!)));
                }
                else
                {
                    // A test of a constant, folded away: a jump taken whatever the value, or nothing.
                    var walk = ins.Op == FlowOp.Jump ? Walk(ins) : new List<Event>();
                    outcomes = new Outcomes(walk, walk);
                    _folded.Add((site.Node, site.Part, site.Copy));
                }
                var key = (site.Node, site.Part, site.Copy);
                if (_sites.ContainsKey(key))
                {
                    Unmodelled = "a test compiled twice";
                    return;
                }
                _sites[key] = outcomes;
            }
            if (ins.Edges is { } edges)
            {
                var walk = Walk(ins, fromEdge: true);
                foreach (var edge in edges)
                {
                    if (_edges.TryGetValue(edge, out var other) && !other.SequenceEqual(walk))
                    {
                        Unmodelled = "a suite whose end is compiled twice";
                        return;
                    }
                    _edges[edge] = walk;
                }
            }
        }
        // Every jump must be raised from some test or edge, or the lowering would miss it (a jump after a finally body
        // compiled at a break, say).
        foreach (var ins in order)
        {
            if (ins.Op == FlowOp.Jump && !ins.ColdFallthrough && !covered.Contains(ins))
            {
                Unmodelled = $"a jump (line {ins.Line}) that no test or suite end leads to";
                return;
            }
        }
        // A conditional expression's first value that ends in a test of its own (x = (a or b) if c else d): its
        // jump is reached both from that test and by running off the value, which the lowering cannot tell apart.
        foreach (var ins in order)
        {
            if (ins.Edges is { } edges && walkedInto.Contains(ins)
                && edges.Any(e => e.Kind == FlowEdgeKind.ValueEnd && _edges[e].Count > 0))
            {
                Unmodelled = "a conditional expression whose first value ends in a test";
                return;
            }
        }
    }

    private static void AddIfNotNull(HashSet<FlowInstr> set, FlowInstr? ins)
    {
        if (ins is not null)
            set.Add(ins);
    }
}
