using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// Which code object each statement runs in, as CPython compiles them: the module, a <c>def</c> or <c>lambda</c>, a
/// class body, a generator expression (an inlined list/set/dict comprehension is part of the code around it, PEP 709);
/// and whether a statement starts a new line there (CPython raises LINE when execution reaches a line other than the
/// one it was on: a statement on the same line as the one before it, or as the header whose body it begins, raises
/// none).
/// </summary>
internal sealed class CodeOwners : AstWalker
{
    private readonly Dictionary<Node, Node> _owner = new();
    private readonly HashSet<Stmt> _sameLine = new();
    private readonly Stack<Node> _stack = new();

    public CodeOwners(Module module)
    {
        _stack.Push(module);
        VisitModule(module);
    }

    /// <summary>The module, def, lambda, class or generator expression whose code runs <paramref name="node"/>.</summary>
    public Node OwnerOf(Node node) => _owner.TryGetValue(node, out var o) ? o : _stack.Peek();

    /// <summary>Whether <paramref name="statement"/> starts a line of its own (raises LINE).</summary>
    public bool StartsLine(Stmt statement) => !_sameLine.Contains(statement);

    public override void Visit(Node? node)
    {
        if (node is null)
            return;
        _owner[node] = _stack.Peek();
        base.Visit(node);
    }

    public override void VisitModule(Module node)
    {
        Block(node.Body, null);
        base.VisitModule(node);
    }

    public override void VisitFunctionDef(FunctionDef node)
    {
        VisitList(node.DecoratorList);
        Visit(node.Args);
        Visit(node.Returns);
        Nested(node, () => { Block(node.Body, null); VisitList(node.Body); });
    }

    public override void VisitClassDef(ClassDef node)
    {
        VisitList(node.DecoratorList);
        VisitList(node.Bases);
        VisitList(node.Keywords);
        Nested(node, () => { Block(node.Body, null); VisitList(node.Body); });
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
                if (i > 0)
                    Visit(g.Iter);
                Visit(g.Target);
                VisitList(g.Ifs);
            }
            Visit(node.Elt);
        });
    }

    public override void VisitIf(If node)
    {
        Block(node.Body, node);
        Block(node.Orelse, null);
        base.VisitIf(node);
    }

    public override void VisitWhile(While node)
    {
        Block(node.Body, node);
        Block(node.Orelse, null);
        base.VisitWhile(node);
    }

    public override void VisitFor(For node)
    {
        Block(node.Body, node);
        Block(node.Orelse, null);
        base.VisitFor(node);
    }

    public override void VisitWith(With node)
    {
        Block(node.Body, node);
        base.VisitWith(node);
    }

    public override void VisitTry(Try node)
    {
        Block(node.Body, null);
        Block(node.Orelse, null);
        Block(node.Finalbody, null);
        base.VisitTry(node);
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        Block(node.Body, node);
        base.VisitExceptHandler(node);
    }

    public override void VisitMatchCase(MatchCase node)
    {
        Block(node.Body, null);
        base.VisitMatchCase(node);
    }

    private void Nested(Node owner, System.Action visit)
    {
        _stack.Push(owner);
        visit();
        _stack.Pop();
    }

    /// <summary>Marks the statements of a block that continue the line of what runs just before them.</summary>
    private void Block(List<Stmt> body, Node? header)
    {
        for (int i = 0; i < body.Count; i++)
        {
            int before = i > 0 ? body[i - 1].Lineno : header?.Lineno ?? -1;
            if (body[i].Lineno == before)
                _sameLine.Add(body[i]);
        }
    }
}
