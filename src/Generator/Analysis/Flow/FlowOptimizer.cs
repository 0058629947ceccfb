using System.Collections.Generic;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// CPython 3.12's passes over the blocks of a code object that decide where its jumps go and on which lines
/// (<c>Python/flowgraph.c</c>: <c>optimize_cfg</c>, <c>push_cold_blocks_to_end</c>, <c>resolve_line_numbers</c>,
/// the pseudo-instructions' removal and <c>normalize_jumps</c>), redone on the model's instructions in the same order
/// and with the same rules, so that the jumps left, their targets and their lines are CPython's. Passes that do not
/// move a jump or a line (constant tuples, superinstructions, uninitialised-local checks) are left out. Source edges
/// and sites ride on the instructions: an instruction deleted hands its edges to the one control reaches next.
/// </summary>
internal static class FlowOptimizer
{
    private const int MaxCopySize = 4;

    public static void Run(FlowGraph g, int firstLine)
    {
        g.ResolveLabels();
        MarkExceptHandlers(g);
        OptimizeCfg(g);
        PushColdBlocksToEnd(g);
        DuplicateExitsWithoutLineno(g);
        PropagateLineNumbers(g);
        GuaranteeLinenoForExits(g, firstLine);
        ConvertPseudoOps(g);
        NormalizeJumps(g);
    }

    private static void MarkExceptHandlers(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            foreach (var i in b.Instrs)
            {
                if (i.Op.IsBlockPush())
                    i.Target!.ExceptHandler = true;
            }
        }
    }

    private static void OptimizeCfg(FlowGraph g)
    {
        EliminateEmptyBlocks(g);
        for (var b = g.Entry; b is not null; b = b.Next)
            InlineSmallExitBlock(b);
        for (var b = g.Entry; b is not null; b = b.Next)
            OptimizeBlock(b);
        RemoveRedundantNopsAndPairs(g);
        for (var b = g.Entry; b is not null; b = b.Next)
            InlineSmallExitBlock(b);
        MarkReachable(g);
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            if (b.Predecessors == 0)
                b.Instrs.Clear();
        }
        for (var b = g.Entry; b is not null; b = b.Next)
            RemoveRedundantNops(b);
        EliminateEmptyBlocks(g);
        RemoveRedundantJumps(g);
    }

    private static void EliminateEmptyBlocks(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            var next = b.Next;
            while (next is not null && next.Instrs.Count == 0)
                next = next.Next;
            b.Next = next;
        }
        while (g.Entry.Instrs.Count == 0 && g.Entry.Next is not null)
            g.Entry = g.Entry.Next;
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            foreach (var i in b.Instrs)
            {
                if (!i.Op.HasTarget())
                    continue;
                var t = i.Target!;
                while (t.Instrs.Count == 0 && t.Next is not null)
                    t = t.Next;
                i.Target = t;
            }
        }
    }

    private static bool InlineSmallExitBlock(FlowBlock b)
    {
        var last = b.Last;
        if (last is null || !last.Op.IsUnconditionalJump())
            return false;
        var target = last.Target!;
        if (!target.ExitsScope || target.Instrs.Count > MaxCopySize)
            return false;
        last.SetNop();
        foreach (var i in target.Instrs)
            b.Instrs.Add(i.Clone());
        return true;
    }

    /// <summary><c>optimize_basic_block</c>, the parts that touch jumps: a constant tested by a conditional jump, a
    /// constant returned, and jumps to jumps.</summary>
    private static void OptimizeBlock(FlowBlock b)
    {
        FlowInstr? constant = null; // the LOAD_CONST in force: the instruction before, or before a COPY 1 of it
        for (int i = 0; i < b.Instrs.Count; i++)
        {
            var inst = b.Instrs[i];
            bool copyOfConstant = constant is not null && inst.Op == FlowOp.CopyTop;
            if (!copyOfConstant)
                constant = inst.Op == FlowOp.LoadConst ? inst : null;
            var next = i + 1 < b.Instrs.Count ? b.Instrs[i + 1] : null;
            if (constant is not null)
            {
                if (next is not null && (next.Op is FlowOp.PopJumpIfFalse or FlowOp.PopJumpIfTrue)
                    && constant.ConstTruth is { } truth)
                {
                    MoveEdges(inst, next);
                    inst.SetNop();
                    if (truth == (next.Op == FlowOp.PopJumpIfTrue))
                    {
                        next.Op = FlowOp.Jump;
                        next.Glue = true;
                    }
                    else
                    {
                        next.SetNop();
                    }
                }
                else if (next is { Op: FlowOp.ReturnValue } && !copyOfConstant)
                {
                    inst.SetNop();
                    next.Op = FlowOp.ReturnConst;
                    i++;
                }
                continue;
            }
            if (inst.Op is FlowOp.PopJumpIfFalse or FlowOp.PopJumpIfTrue or FlowOp.Jump)
            {
                var target = FirstInstr(inst.Target!);
                if (target is { Op: FlowOp.Jump } && JumpThread(inst, target))
                    i--;
            }
        }
    }

    private static FlowInstr? FirstInstr(FlowBlock b) => b.Instrs.Count > 0 ? b.Instrs[0] : null;

    private static bool JumpThread(FlowInstr inst, FlowInstr target)
    {
        if ((inst.Line == target.Line || target.Line == -1) && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            return true;
        }
        return false;
    }

    private static void RemoveRedundantNopsAndPairs(FlowGraph g)
    {
        bool done = false;
        while (!done)
        {
            done = true;
            FlowInstr? prev = null, instr = null;
            for (var b = g.Entry; b is not null; b = b.Next)
            {
                RemoveRedundantNops(b);
                if (b.Label >= 0)
                    instr = null;
                foreach (var i in b.Instrs)
                {
                    prev = instr;
                    instr = i;
                    if (i.Op == FlowOp.PopTop && prev is { Op: FlowOp.LoadConst or FlowOp.CopyTop })
                    {
                        prev.SetNop();
                        i.SetNop();
                        done = false;
                    }
                }
                if ((instr is not null && instr.Op.IsJump()) || !b.HasFallthrough)
                    instr = null;
            }
        }
    }

    private static void RemoveRedundantNops(FlowBlock b)
    {
        var kept = new List<FlowInstr>(b.Instrs.Count);
        int prevLine = -1;
        for (int src = 0; src < b.Instrs.Count; src++)
        {
            var ins = b.Instrs[src];
            int line = ins.Line;
            if (ins.Op == FlowOp.Nop)
            {
                bool remove = false;
                if (line < 0 || prevLine == line)
                {
                    remove = true;
                }
                else if (src < b.Instrs.Count - 1)
                {
                    var nextIns = b.Instrs[src + 1];
                    if (nextIns.Line == line)
                    {
                        remove = true;
                    }
                    else if (nextIns.Line < 0)
                    {
                        nextIns.Line = line;
                        remove = true;
                    }
                }
                else
                {
                    var next = b.Next;
                    while (next is not null && next.Instrs.Count == 0)
                        next = next.Next;
                    if (next is not null && line == next.Instrs[0].Line)
                        remove = true;
                }
                if (remove)
                {
                    HandOnEdges(b, src, ins);
                    continue;
                }
            }
            kept.Add(ins);
            prevLine = line;
        }
        b.Instrs.Clear();
        b.Instrs.AddRange(kept);
    }

    /// <summary>An instruction is deleted: its edges go to the instruction control reaches after it.</summary>
    private static void HandOnEdges(FlowBlock b, int index, FlowInstr removed)
    {
        if (removed.Edges is null && !removed.StatementStart)
            return;
        FlowInstr? next = index + 1 < b.Instrs.Count ? b.Instrs[index + 1] : null;
        if (next is null)
        {
            var nb = b.Next;
            while (nb is not null && nb.Instrs.Count == 0)
                nb = nb.Next;
            next = nb?.Instrs[0];
        }
        if (next is not null)
            MoveEdges(removed, next);
    }

    private static void MoveEdges(FlowInstr from, FlowInstr to)
    {
        to.StatementStart |= from.StatementStart;
        from.StatementStart = false;
        if (from.Edges is null)
            return;
        (to.Edges ??= new List<FlowEdge>()).InsertRange(0, from.Edges);
        from.Edges = null;
    }

    private static void MarkReachable(FlowGraph g)
    {
        foreach (var b in g.AllBlocks)
        {
            b.Visited = false;
            b.Predecessors = 0;
        }
        var stack = new Stack<FlowBlock>();
        g.Entry.Predecessors = 1;
        stack.Push(g.Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Visited = true;
            if (b.Next is not null && b.HasFallthrough)
            {
                if (!b.Next.Visited)
                    stack.Push(b.Next);
                b.Next.Predecessors++;
            }
            foreach (var i in b.Instrs)
            {
                if (!i.Op.HasTarget())
                    continue;
                var t = i.Target!;
                if (!t.Visited)
                    stack.Push(t);
                t.Predecessors++;
            }
        }
    }

    private static void RemoveRedundantJumps(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            var last = b.Last;
            if (last is not null && last.Op.IsUnconditionalJump() && last.Target == b.Next)
                last.SetNop();
        }
    }

    private static void MarkWarm(FlowGraph g)
    {
        foreach (var blk in g.AllBlocks)
            blk.Visited = false;
        var stack = new Stack<FlowBlock>();
        stack.Push(g.Entry);
        g.Entry.Visited = true;
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Warm = true;
            if (b.Next is not null && b.HasFallthrough && !b.Next.Visited)
            {
                stack.Push(b.Next);
                b.Next.Visited = true;
            }
            foreach (var i in b.Instrs)
            {
                if (i.Op.IsJump() && !i.Target!.Visited)
                {
                    stack.Push(i.Target);
                    i.Target.Visited = true;
                }
            }
        }
    }

    private static void MarkCold(FlowGraph g)
    {
        MarkWarm(g);
        foreach (var blk in g.AllBlocks)
            blk.Visited = false;
        var stack = new Stack<FlowBlock>();
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            if (b.ExceptHandler)
            {
                stack.Push(b);
                b.Visited = true;
            }
        }
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Cold = true;
            if (b.Next is not null && b.HasFallthrough && !b.Next.Warm && !b.Next.Visited)
            {
                stack.Push(b.Next);
                b.Next.Visited = true;
            }
            foreach (var i in b.Instrs)
            {
                if (i.Op.IsJump() && !i.Target!.Warm && !i.Target.Visited)
                {
                    stack.Push(i.Target);
                    i.Target.Visited = true;
                }
            }
        }
    }

    private static void PushColdBlocksToEnd(FlowGraph g)
    {
        if (g.Entry.Next is null)
            return;
        MarkCold(g);
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            if (b.Cold && b.HasFallthrough && b.Next is not null && b.Next.Warm)
            {
                var jump = g.NewBlock();
                jump.Instrs.Add(new FlowInstr { Op = FlowOp.Jump, Line = -1, Target = b.Next, Glue = true, ColdFallthrough = true });
                jump.Cold = true;
                jump.Next = b.Next;
                b.Next = jump;
            }
        }
        FlowBlock? coldHead = null, coldTail = null;
        var cur = g.Entry;
        while (cur.Next is not null)
        {
            while (cur.Next is not null && !cur.Next.Cold)
                cur = cur.Next;
            if (cur.Next is null)
                break;
            var end = cur.Next;
            while (end.Next is not null && end.Next.Cold)
                end = end.Next;
            if (coldHead is null)
                coldHead = cur.Next;
            else
                coldTail!.Next = cur.Next;
            coldTail = end;
            cur.Next = end.Next;
            end.Next = null;
        }
        cur.Next = coldHead;
        if (coldHead is not null)
            RemoveRedundantJumps(g);
    }

    private static bool IsExitWithoutLineno(FlowBlock b)
    {
        if (!b.ExitsScope)
            return false;
        foreach (var i in b.Instrs)
        {
            if (i.Line >= 0)
                return false;
        }
        return true;
    }

    private static void DuplicateExitsWithoutLineno(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            var last = b.Last!;
            if (!last.Op.IsJump())
                continue;
            var target = last.Target!;
            if (IsExitWithoutLineno(target) && target.Predecessors > 1)
            {
                var copy = g.NewBlock();
                foreach (var i in target.Instrs)
                    copy.Instrs.Add(i.Clone());
                copy.Instrs[0].Line = last.Line;
                last.Target = copy;
                target.Predecessors--;
                copy.Predecessors = 1;
                copy.Next = target.Next;
                target.Next = copy;
            }
        }
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            if (b.HasFallthrough && b.Next is not null && b.Instrs.Count > 0 && IsExitWithoutLineno(b.Next))
                b.Next.Instrs[0].Line = b.Last!.Line;
        }
    }

    private static void PropagateLineNumbers(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            var last = b.Last;
            if (last is null)
                continue;
            int prev = -1;
            foreach (var i in b.Instrs)
            {
                if (i.Line < 0)
                    i.Line = prev;
                else
                    prev = i.Line;
            }
            if (b.HasFallthrough && b.Next is not null && b.Next.Predecessors == 1 && b.Next.Instrs.Count > 0
                && b.Next.Instrs[0].Line < 0)
                b.Next.Instrs[0].Line = prev;
            if (last.Op.IsJump())
            {
                var t = last.Target!;
                if (t.Predecessors == 1 && t.Instrs.Count > 0 && t.Instrs[0].Line < 0)
                    t.Instrs[0].Line = prev;
            }
        }
    }

    private static void GuaranteeLinenoForExits(FlowGraph g, int firstLine)
    {
        int line = firstLine;
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            var last = b.Last;
            if (last is null)
                continue;
            if (last.Line < 0)
            {
                if (last.Op == FlowOp.ReturnValue && line >= 0)
                {
                    foreach (var i in b.Instrs)
                        i.Line = line;
                }
            }
            else
            {
                line = last.Line;
            }
        }
    }

    private static void ConvertPseudoOps(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            foreach (var i in b.Instrs)
            {
                if (i.Op.IsBlockPush() || i.Op == FlowOp.PopBlock)
                    i.SetNop();
            }
        }
        for (var b = g.Entry; b is not null; b = b.Next)
            RemoveRedundantNops(b);
    }

    private static void NormalizeJumps(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
            b.Visited = false;
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            var last = b.Last;
            if (last is null || !last.Op.IsJump() || !last.Op.IsConditional())
                continue;
            if (!last.Target!.Visited)
                continue;
            // A conditional jump backwards: CPython reverses it over a new JUMP_BACKWARD to the old target.
            var back = g.NewBlock();
            // (CPython 3.12 gives the new jump the conditional jump's line.)
            back.Instrs.Add(new FlowInstr { Op = FlowOp.Jump, Line = last.Line, Target = last.Target, Glue = true });
            last.Op = last.Op.Reversed();
            last.Target = b.Next;
            back.Cold = b.Cold;
            back.Next = b.Next;
            b.Next = back;
        }
    }
}
