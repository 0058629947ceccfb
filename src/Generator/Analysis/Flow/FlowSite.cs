using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// A point of the source where compiled code decides which way to go, as CPython 3.12's bytecode has one: a test
/// (<see cref="Node"/> is the expression whose truth is tested: a leaf of an <c>if</c>'s condition, an operand of
/// <c>and</c>/<c>or</c>; a comparison chain's link <see cref="Part"/>) or a loop's step (the <c>for</c> or comprehension). A test
/// CPython compiles twice (a <c>while</c> loop's, at the top and at the bottom) has one site per copy.
/// </summary>
internal sealed record FlowSite(Node Node, int Part, int Copy)
{
    public override string ToString() => $"{Node.PythonName}@{Node.Lineno}:{Node.ColOffset}.{Part}#{Copy}";

    /// <summary>The part of an <c>and</c>/<c>or</c> value's test of its operand: 0, except after a comparison chain,
    /// whose links are parts 0..n-1 (the chain's own tests) and whose value is then tested as part n.</summary>
    public static int OperandPart(Expr operand) => operand is Compare { Ops.Count: > 1 } chain ? chain.Ops.Count : 0;
}

/// <summary>
/// A place in the source where control goes on by itself to code CPython compiles elsewhere: the end of a suite (the body
/// of an <c>if</c> or a loop), a <c>break</c> or <c>continue</c>, the end of a conditional expression's first value.
/// The lowering raises, there, the JUMP events CPython's bytecode raises on the way.
/// </summary>
internal sealed record FlowEdge(Node Node, FlowEdgeKind Kind, int Copy = 0)
{
    public override string ToString() => $"{Kind}:{Node.PythonName}@{Node.Lineno}:{Node.ColOffset}#{Copy}";
}

internal enum FlowEdgeKind
{
    /// <summary>The end of the first suite of an if/while/for (its body).</summary>
    BodyEnd,
    /// <summary>The end of an else suite.</summary>
    ElseEnd,
    Break,
    Continue,
    /// <summary>The end of a conditional expression's first value, or of a comparison chain's last link (as a value).</summary>
    ValueEnd,
    /// <summary>A with statement's item (the edge's node) exited normally, after <c>__exit__(None, None, None)</c>; or a
    /// try statement (the node) completed normally, after its finally body.</summary>
    Exit,
    /// <summary>A <c>yield from</c> whose delegate, thrown into, returned: CPython's CLEANUP_THROW goes on to END_SEND.</summary>
    DelegateThrown,
}
