using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Scopes;

/// <summary>
/// A walker that stays in one scope: of a nested <c>def</c>, <c>class</c>, <c>lambda</c> or comprehension it visits
/// only what the enclosing scope evaluates (decorators, defaults and annotations, bases and keywords, a
/// comprehension's first iterable), not the nested body.
/// </summary>
public abstract class ScopeWalker : AstWalker
{
    public override void VisitFunctionDef(FunctionDef node)
    {
        VisitList(node.DecoratorList);
        VisitList(node.TypeParams);
        Visit(node.Args);
        Visit(node.Returns);
    }

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        VisitList(node.DecoratorList);
        VisitList(node.TypeParams);
        Visit(node.Args);
        Visit(node.Returns);
    }

    public override void VisitClassDef(ClassDef node)
    {
        VisitList(node.DecoratorList);
        VisitList(node.TypeParams);
        VisitList(node.Bases);
        VisitList(node.Keywords);
    }

    public override void VisitLambda(Lambda node) => Visit(node.Args);

    public override void VisitListComp(ListComp node) => Visit(node.Generators[0].Iter);
    public override void VisitSetComp(SetComp node) => Visit(node.Generators[0].Iter);
    public override void VisitDictComp(DictComp node) => Visit(node.Generators[0].Iter);
    public override void VisitGeneratorExp(GeneratorExp node) => Visit(node.Generators[0].Iter);
}
