using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// Whether a module reads its namespace as a dictionary: a call of the builtin <c>globals()</c> anywhere in it, or
/// <c>locals()</c>, <c>vars()</c> or <c>dir()</c> without arguments in its module-level code (where they mean the
/// same dictionary). Such a module keeps its globals in that dictionary (its <c>__dict__</c>) rather than in static
/// fields, so that what the program writes through either is seen by the other (<c>ModuleCompiler.GlobalsInDict</c>).
/// </summary>
internal sealed class GlobalsDictUse : AstWalker
{
    private readonly MissingBuiltins _builtins;
    private int _depth; // how many functions, lambdas and class bodies the walk is inside
    private bool _found;

    private GlobalsDictUse(SymbolTable table) => _builtins = new MissingBuiltins(table);

    public static bool In(Module module, SymbolTable table)
    {
        var walker = new GlobalsDictUse(table);
        walker.VisitModule(module);
        return walker._found;
    }

    public override void VisitCall(Call node)
    {
        if (node.Func is Name { Id: var name } && _builtins.IsUnbound(name)
            && (name == "globals" || _depth == 0 && name is "locals" or "vars" or "dir" && node.Args.Count == 0 && node.Keywords.Count == 0))
            _found = true;
        base.VisitCall(node);
    }

    public override void VisitFunctionDef(FunctionDef node) => Nested(() => base.VisitFunctionDef(node));

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => Nested(() => base.VisitAsyncFunctionDef(node));

    public override void VisitLambda(Lambda node) => Nested(() => base.VisitLambda(node));

    public override void VisitClassDef(ClassDef node) => Nested(() => base.VisitClassDef(node));

    private void Nested(System.Action visit)
    {
        _depth++;
        visit();
        _depth--;
    }
}
