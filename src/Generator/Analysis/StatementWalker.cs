using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>
/// A walker over the statements of one scope: expressions are skipped (they hold no statements; a lambda's body is
/// an expression), and so are nested <c>def</c> and <c>class</c> bodies, whose statements are their own scope's.
/// A finder stops early by setting <see cref="Done"/>.
/// </summary>
internal abstract class StatementWalker : AstWalker
{
    protected bool Done { get; set; }

    public override void Visit(Node? node)
    {
        if (!Done && node is not null and not Expr)
            base.Visit(node);
    }

    public override void VisitFunctionDef(FunctionDef node) { }
    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) { }
    public override void VisitClassDef(ClassDef node) { }
}
