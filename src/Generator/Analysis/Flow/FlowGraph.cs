using System.Collections.Generic;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// Builds the blocks of one code object as CPython 3.12's <c>cfg_builder</c> does: an instruction after a jump or an
/// exit, or at a label already given to a non-empty block, starts a new block; labels are resolved when the graph is
/// finished. Source edges (<see cref="FlowEdge"/>) attach to the next instruction added.
/// </summary>
internal sealed class FlowGraph
{
    private readonly List<FlowBlock> _blocks = new();
    private readonly List<FlowEdge> _pendingEdges = new();
    private int _currentLabel = -1;
    private int _labels;

    public FlowGraph()
    {
        Entry = Current = NewBlock();
    }

    public FlowBlock Entry { get; set; }

    public FlowBlock Current { get; private set; }

    /// <summary>Why the lowering cannot raise this code's events as laid out, though the layout is CPython's (null: it
    /// can).</summary>
    public string? LoweringLimit { get; set; }

    public IReadOnlyList<FlowBlock> AllBlocks => _blocks;

    public FlowBlock NewBlock()
    {
        var b = new FlowBlock(_blocks.Count);
        _blocks.Add(b);
        return b;
    }

    public int NewLabel() => _labels++;

    public void UseLabel(int label)
    {
        _currentLabel = label;
        MaybeStartNewBlock();
    }

    public void Edge(FlowEdge edge) => _pendingEdges.Add(edge);

    private bool _pendingStatement;

    /// <summary>The next instruction added begins a statement.</summary>
    public void StartStatement() => _pendingStatement = true;

    public FlowInstr Add(FlowOp op, int line, int label = -1, FlowSite? site = null, bool glue = false)
    {
        MaybeStartNewBlock();
        var instr = new FlowInstr { Op = op, Line = line, Label = label, Site = site, Glue = glue, StatementStart = _pendingStatement };
        _pendingStatement = false;
        if (_pendingEdges.Count > 0)
        {
            instr.Edges = new List<FlowEdge>(_pendingEdges);
            _pendingEdges.Clear();
        }
        Current.Instrs.Add(instr);
        return instr;
    }

    private bool CurrentIsTerminated()
    {
        var last = Current.Last;
        if (last is not null && last.Op.IsTerminator())
            return true;
        if (_currentLabel >= 0)
        {
            if (last is not null || Current.Label >= 0)
                return true;
            Current.Label = _currentLabel;
            _currentLabel = -1;
        }
        return false;
    }

    private void MaybeStartNewBlock()
    {
        if (!CurrentIsTerminated())
            return;
        var b = NewBlock();
        b.Label = _currentLabel;
        _currentLabel = -1;
        Current.Next = b;
        Current = b;
    }

    /// <summary>Resolves jump labels to blocks (<c>translate_jump_labels_to_targets</c>).</summary>
    public void ResolveLabels()
    {
        var byLabel = new Dictionary<int, FlowBlock>();
        for (var b = Entry; b is not null; b = b.Next)
        {
            if (b.Label >= 0)
                byLabel[b.Label] = b;
        }
        for (var b = Entry; b is not null; b = b.Next)
        {
            foreach (var i in b.Instrs)
            {
                if (i.Op.HasTarget() && i.Target is null)
                    i.Target = byLabel.TryGetValue(i.Label, out var t) ? t : throw new FlowUnmodelledException("a jump to a label never placed");
            }
        }
    }
}

/// <summary>The code uses what the flow model does not follow yet; its BRANCH and JUMP events are not raised.</summary>
internal sealed class FlowUnmodelledException : System.Exception
{
    public FlowUnmodelledException(string what) : base(what)
    {
    }
}
