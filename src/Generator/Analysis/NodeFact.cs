using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// A property of a node that holds when it holds of the node itself or of anything under it in the same scope
/// (<see cref="ScopeWalker"/>), worked out for a whole subtree in one walk and remembered for every node in it, so
/// asking about a statement and then about each of its parts costs one walk.
/// </summary>
internal abstract class NodeFact : ScopeWalker
{
    private readonly Dictionary<Node, bool> _memo = new(); // (nodes compare by reference)
    private bool _found;

    /// <summary>Whether the node itself has the property, whatever is under it.</summary>
    protected abstract bool HoldsOfItself(Node node);

    public bool Of(Node? node)
    {
        if (node is null)
            return false;
        bool saved = _found;
        _found = false;
        Visit(node);
        bool result = _found;
        _found = saved;
        return result;
    }

    public override void Visit(Node? node)
    {
        if (node is null)
            return;
        if (_memo.TryGetValue(node, out bool known))
        {
            _found |= known;
            return;
        }
        bool outer = _found;
        _found = HoldsOfItself(node);
        if (!_found)
            base.Visit(node);
        _memo[node] = _found;
        _found |= outer;
    }
}

/// <summary>Evaluating it may suspend the generator: a <c>yield</c>, <c>yield from</c>, <c>await</c>, <c>async for</c> or
/// <c>async with</c> of this scope.</summary>
internal sealed class MaySuspendFact : NodeFact
{
    // (async for and async with await __anext__, __aenter__ and __aexit__)
    protected override bool HoldsOfItself(Node node) =>
        node is Yield or YieldFrom or Await or AsyncFor or AsyncWith || node is Expr e and not GeneratorExp && AsyncComprehension.Is(e);

    // A variable annotation is evaluated only at module level, where there is no generator.
    public override void VisitAnnAssign(AnnAssign node)
    {
        Visit(node.Value);
        Visit(node.Target);
    }
}

/// <summary>
/// Lowering it writes C# statements, not only an expression: an inlined comprehension, a yield, a display or a call
/// with <c>*</c>/<c>**</c> unpacking, a dict display with <c>**</c>, a call whose operands are spilled because an
/// instrumenter observes it. Operands evaluated before such an expression are
/// spilled to temporaries, so that Python's left-to-right order holds.
/// </summary>
internal sealed class NeedsStatementsFact(bool observedCalls) : NodeFact
{
    protected override bool HoldsOfItself(Node node) => node switch
    {
        // A call an instrumenter observes spills its operands that are not simple (see CallOperands).
        Call c when observedCalls && CallOperands.Of(c).Any(o => !CallOperands.IsSimple(o)) => true,
        ListComp or SetComp or DictComp or Yield or YieldFrom or Await => true,
        List l => l.Elts.Exists(x => x is Starred),
        Tuple t => t.Elts.Exists(x => x is Starred),
        Set s => s.Elts.Exists(x => x is Starred),
        Dict d => d.Keys.Exists(k => k is null),
        Call c => c.Args.Exists(a => a is Starred) || c.Keywords.Exists(k => k.Arg is null),
        _ => false,
    };
}
