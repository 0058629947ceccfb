using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// Which code object each node runs in, as CPython compiles them: the module, a <c>def</c> or <c>lambda</c>, a class
/// body, a generator expression (an inlined list/set/dict comprehension is part of the code around it, PEP 709).
/// </summary>
internal sealed class CodeOwners : AstWalker
{
    private readonly Dictionary<Node, Node> _owner = new();
    private readonly Stack<Node> _stack = new();

    public CodeOwners(Module module)
    {
        _stack.Push(module);
        VisitModule(module);
    }

    /// <summary>The module, def, lambda, class or generator expression whose code runs <paramref name="node"/>.</summary>
    public Node OwnerOf(Node node) => _owner.TryGetValue(node, out var o) ? o : _stack.Peek();

    public override void Visit(Node? node)
    {
        if (node is null)
            return;
        _owner[node] = _stack.Peek();
        base.Visit(node);
    }

    public override void VisitFunctionDef(FunctionDef node)
    {
        VisitList(node.DecoratorList);
        Visit(node.Args);
        Visit(node.Returns);
        Nested(node, () => VisitList(node.Body));
    }

    public override void VisitClassDef(ClassDef node)
    {
        VisitList(node.DecoratorList);
        VisitList(node.Bases);
        VisitList(node.Keywords);
        Nested(node, () => VisitList(node.Body));
    }

    public override void VisitLambda(Lambda node)
    {
        Visit(node.Args);
        Nested(node, () => Visit(node.Body));
    }

    public override void VisitGeneratorExp(GeneratorExp node)
    {
        Visit(node.Generators[0].Iter);
        Nested(node, () =>
        {
            for (int i = 0; i < node.Generators.Count; i++)
            {
                var g = node.Generators[i];
                _owner[g] = node;
                if (i > 0)
                    Visit(g.Iter);
                Visit(g.Target);
                VisitList(g.Ifs);
            }
            Visit(node.Elt);
        });
    }

    private void Nested(Node owner, System.Action visit)
    {
        _stack.Push(owner);
        visit();
        _stack.Pop();
    }
}
