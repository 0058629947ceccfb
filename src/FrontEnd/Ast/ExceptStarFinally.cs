using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

/// <summary>
/// A <c>try</c> with <c>except*</c> clauses and a <c>finally</c> as the generator sees it: the finally around a try
/// with the clauses (<c>try: (try: B except* E: H else: O) finally: F</c>), which is how CPython compiles it too, so
/// that the lowering's finally (flat or not, with its monitoring) serves both kinds of try.
/// </summary>
public static class ExceptStarFinally
{
    /// <summary>Splits every <see cref="TryStar"/> with a finally in <paramref name="module"/>, in place.</summary>
    public static void Split(Module module) => new Rewriter().Visit(module);

    private sealed class Rewriter : StatementListRewriter
    {
        protected override void Rewrite(List<Stmt>? body, bool isClassBody)
        {
            if (body is null)
                return;
            for (int i = 0; i < body.Count; i++)
            {
                if (body[i] is not TryStar { Finalbody.Count: > 0 } t)
                    continue;
                var inner = new TryStar
                {
                    Body = t.Body, Handlers = t.Handlers, Orelse = t.Orelse,
                    Lineno = t.Lineno, ColOffset = t.ColOffset, EndLineno = t.EndLineno, EndColOffset = t.EndColOffset,
                };
                body[i] = new Try
                {
                    Body = { inner }, Finalbody = t.Finalbody,
                    Lineno = t.Lineno, ColOffset = t.ColOffset, EndLineno = t.EndLineno, EndColOffset = t.EndColOffset,
                };
            }
        }
    }
}
