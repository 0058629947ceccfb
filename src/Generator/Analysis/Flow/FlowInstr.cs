using System.Collections.Generic;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// One instruction of the model: its <see cref="FlowOp"/>, its line (-1: none, as CPython's NO_LOCATION) and, for a
/// jump, its target. <see cref="Site"/> says which point of the source a jump belongs to (the lowering raises its
/// events there); <see cref="Edges"/> are the source edges (the end of a suite, a <c>break</c>) whose code continues
/// at this instruction.
/// </summary>
internal sealed class FlowInstr
{
    public FlowOp Op;
    public int Line;
    public FlowBlock? Target;
    public int Label = -1;

    /// <summary>For <see cref="FlowOp.LoadConst"/>: the constant's truth (null: not known to the model).</summary>
    public bool? ConstTruth;

    /// <summary>The source point a conditional jump or FOR_ITER decides for (null for jumps the compiler adds).</summary>
    public FlowSite? Site;

    /// <summary>Whether the lowering runs this instruction as part of a source point (code), or it only moves control
    /// (a jump, a NOP, the END_FOR or POP_TOP of a loop or a comparison chain): events are followed across glue.</summary>
    public bool Glue;

    public List<FlowEdge>? Edges;

    /// <summary>The first instruction of a statement: the lowering runs the statement from here, so the events followed
    /// from a test or another statement's end stop here (a break's or continue's jump is its own).</summary>
    public bool StatementStart;

    /// <summary>A jump CPython adds where a cold block (exception handling) falls through into warm code: run only on an
    /// exception path the lowering has no point for (a throw() into a yield from that raises StopIteration).</summary>
    public bool ColdFallthrough;

    public FlowInstr Clone() => new()
    {
        Op = Op, Line = Line, Target = Target, Label = Label, ConstTruth = ConstTruth, Site = Site, Glue = Glue,
        Edges = Edges is null ? null : new List<FlowEdge>(Edges), StatementStart = StatementStart,
    };

    public void SetNop()
    {
        Op = FlowOp.Nop;
        Target = null;
        Glue = true;
    }

    public override string ToString() => $"{Op} line {Line}{(Target is null ? "" : $" -> B{Target.Id}")}";
}

/// <summary>The block structure CPython's compiler builds: instructions, the block after it and jump bookkeeping.</summary>
internal sealed class FlowBlock
{
    public readonly int Id;
    public readonly List<FlowInstr> Instrs = new();
    public FlowBlock? Next;
    public int Label = -1;
    public int Predecessors;
    public bool Visited;
    public bool ExceptHandler;
    public bool Cold;
    public bool Warm;

    public FlowBlock(int id) => Id = id;

    public FlowInstr? Last => Instrs.Count > 0 ? Instrs[Instrs.Count - 1] : null;

    public bool HasFallthrough => Last is not { } l || !(l.Op.IsUnconditionalJump() || l.Op.IsScopeExit());

    public bool ExitsScope => Last is { } l && l.Op.IsScopeExit();

    public override string ToString() => $"B{Id} ({Instrs.Count})";
}
