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

    private sealed class Rewriter : AstWalker
    {
        public override void Visit(Node? node)
        {
            base.Visit(node);
            switch (node)
            {
                case Module m: Replace(m._body); break;
                case FunctionDef f: Replace(f._body); break;
                case AsyncFunctionDef f: Replace(f._body); break;
                case ClassDef c: Replace(c._body); break;
                case For f: Replace(f._body); Replace(f._orelse); break;
                case AsyncFor f: Replace(f._body); Replace(f._orelse); break;
                case While w: Replace(w._body); Replace(w._orelse); break;
                case If i: Replace(i._body); Replace(i._orelse); break;
                case With w: Replace(w._body); break;
                case AsyncWith w: Replace(w._body); break;
                case Try t: Replace(t._body); Replace(t._orelse); Replace(t._finalbody); break;
                case TryStar t: Replace(t._body); Replace(t._orelse); Replace(t._finalbody); break;
                case ExceptHandler h: Replace(h._body); break;
                case MatchCase c: Replace(c._body); break;
            }
        }

        private static void Replace(List<Stmt>? body)
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
