namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// The CPython 3.12 instructions the flow model tells apart: the jumps, the exits, the instructions its optimizer
/// rewrites (constant loads before a conditional jump or a return, the pairs it deletes) and the exception-block
/// pseudo-instructions. Everything else a statement or an expression compiles to is <see cref="Code"/>: one
/// instruction that computes something and falls through. (The POP_JUMP_IF_NONE and _NOT_NONE CPython's optimizer makes
/// of <c>x is None</c> tests jump as the POP_JUMP_IF_TRUE or _FALSE they come from: the model keeps those.)
/// </summary>
internal enum FlowOp
{
    Code,
    Nop,
    LoadConst,
    PopTop,
    CopyTop,
    Jump,
    JumpNoInterrupt,
    PopJumpIfFalse,
    PopJumpIfTrue,
    ForIter,
    EndFor,
    Send,
    ReturnValue,
    ReturnConst,
    Raise,
    Reraise,
    SetupFinally,
    SetupCleanup,
    SetupWith,
    PopBlock,
}

internal static class FlowOps
{
    public static bool IsConditional(this FlowOp op) =>
        op is FlowOp.PopJumpIfFalse or FlowOp.PopJumpIfTrue;

    public static bool IsUnconditionalJump(this FlowOp op) => op is FlowOp.Jump or FlowOp.JumpNoInterrupt;

    /// <summary>A jump in CPython's sense: it ends its block (the exception-block pushes have targets but do not).</summary>
    public static bool IsJump(this FlowOp op) =>
        op.IsConditional() || op.IsUnconditionalJump() || op is FlowOp.ForIter or FlowOp.Send;

    public static bool IsBlockPush(this FlowOp op) => op is FlowOp.SetupFinally or FlowOp.SetupCleanup or FlowOp.SetupWith;

    public static bool HasTarget(this FlowOp op) => op.IsJump() || op.IsBlockPush();

    public static bool IsScopeExit(this FlowOp op) =>
        op is FlowOp.ReturnValue or FlowOp.ReturnConst or FlowOp.Raise or FlowOp.Reraise;

    public static bool IsTerminator(this FlowOp op) => op.IsJump() || op.IsScopeExit();

    public static FlowOp Reversed(this FlowOp op) => op switch
    {
        FlowOp.PopJumpIfFalse => FlowOp.PopJumpIfTrue,
        FlowOp.PopJumpIfTrue => FlowOp.PopJumpIfFalse,
        _ => op,
    };
}
