using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// An asynchronous comprehension (PEP 530): a list, set or dict comprehension with an <c>async for</c>, or with an
/// <c>await</c> in its own code (its element, conditions, or an iterable after the first). Inlined (PEP 709) in an
/// <c>async def</c>, it suspends the function where it awaits, so it is lowered with the function's resumable layout.
/// A comprehension inlined in it counts, being inlined too; a lambda or generator expression does not. A generator
/// expression of that kind is an asynchronous generator expression.
/// </summary>
internal sealed class AsyncComprehension : ScopeWalker
{
    private bool _found;

    public static bool Is(Expr node)
    {
        var generators = node switch
        {
            ListComp lc => lc.Generators,
            SetComp sc => sc.Generators,
            DictComp dc => dc.Generators,
            GeneratorExp ge => ge.Generators,
            _ => null,
        };
        if (generators is null)
            return false;
        if (generators.Exists(g => g.IsAsync != 0))
            return true;
        var walker = new AsyncComprehension();
        walker.WalkOwnCode(node);
        return walker._found;
    }

    /// <summary>What the comprehension itself evaluates (not its first iterable, evaluated outside it).</summary>
    private void WalkOwnCode(Expr node)
    {
        switch (node)
        {
            case ListComp lc:
                Parts(lc.Generators);
                Visit(lc.Elt);
                break;
            case SetComp sc:
                Parts(sc.Generators);
                Visit(sc.Elt);
                break;
            case DictComp dc:
                Parts(dc.Generators);
                Visit(dc.Key);
                Visit(dc.Value);
                break;
            case GeneratorExp ge:
                Parts(ge.Generators);
                Visit(ge.Elt);
                break;
        }
    }

    private void Parts(System.Collections.Generic.List<Comprehension> generators)
    {
        for (int i = 0; i < generators.Count; i++)
        {
            Visit(generators[i].Target);
            if (i > 0)
                Visit(generators[i].Iter);
            VisitList(generators[i].Ifs);
        }
    }

    public override void Visit(Node? node)
    {
        if (_found || node is null)
            return;
        if (node is Await)
        {
            _found = true;
            return;
        }
        if (node is ListComp or SetComp or DictComp && Is((Expr)node))
        {
            _found = true;
            return;
        }
        base.Visit(node);
    }
}
