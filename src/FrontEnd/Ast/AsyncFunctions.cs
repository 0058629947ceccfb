using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

public sealed partial class FunctionDef
{
    /// <summary>Written <c>async def</c>: a coroutine function. Set only by <see cref="AsyncFunctions.AsFunctionDefs"/>;
    /// the parser makes <see cref="AsyncFunctionDef"/> nodes, as CPython's <c>ast</c> does.</summary>
    public bool IsAsync { get; set; }
}

/// <summary>
/// The generator's view of <c>async def</c>: a <see cref="FunctionDef"/> with <see cref="FunctionDef.IsAsync"/>, so that
/// everything that handles functions (scopes, the lowering, monitoring) handles coroutine functions too, and only what
/// differs (the coroutine object, <c>await</c>) asks. The tree <c>ast</c> shows keeps CPython's two node kinds.
/// </summary>
public static class AsyncFunctions
{
    /// <summary>Replaces every <see cref="AsyncFunctionDef"/> in <paramref name="module"/> by an equal
    /// <see cref="FunctionDef"/> marked async, in place (before the symbol table is built: it is keyed by node).</summary>
    public static void AsFunctionDefs(Module module) => new Rewriter().Visit(module);

    private sealed class Rewriter : StatementListRewriter
    {
        protected override void Rewrite(List<Stmt>? body, bool isClassBody)
        {
            if (body is null)
                return;
            for (int i = 0; i < body.Count; i++)
            {
                if (body[i] is AsyncFunctionDef a)
                {
                    body[i] = new FunctionDef
                    {
                        Name = a.Name, SourceName = a.SourceName, Args = a.Args, Body = a.Body, DecoratorList = a.DecoratorList,
                        Returns = a.Returns, TypeComment = a.TypeComment, TypeParams = a.TypeParams, IsAsync = true,
                        Lineno = a.Lineno, ColOffset = a.ColOffset, EndLineno = a.EndLineno, EndColOffset = a.EndColOffset,
                    };
                }
            }
        }
    }
}
