using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

/// <summary>
/// A rewrite of a tree's statements in place: <see cref="Rewrite"/> is given each statement list (a module's, a
/// function's or class's body, a loop's or if's body and else, a try's parts, a handler's, a case's) once the lists
/// inside its statements were rewritten. The generator's views of the tree are made so (<see cref="GeneratorTree"/>).
/// </summary>
public abstract class StatementListRewriter : AstWalker
{
    public override void Visit(Node? node)
    {
        base.Visit(node);
        switch (node)
        {
            case Module m: Rewrite(m._body, false); break;
            case FunctionDef f: Rewrite(f._body, false); break;
            case AsyncFunctionDef f: Rewrite(f._body, false); break;
            case ClassDef c: Rewrite(c._body, true); break;
            case For f: Rewrite(f._body, false); Rewrite(f._orelse, false); break;
            case AsyncFor f: Rewrite(f._body, false); Rewrite(f._orelse, false); break;
            case While w: Rewrite(w._body, false); Rewrite(w._orelse, false); break;
            case If i: Rewrite(i._body, false); Rewrite(i._orelse, false); break;
            case With w: Rewrite(w._body, false); break;
            case AsyncWith w: Rewrite(w._body, false); break;
            case Try t: Rewrite(t._body, false); Rewrite(t._orelse, false); Rewrite(t._finalbody, false); break;
            case TryStar t: Rewrite(t._body, false); Rewrite(t._orelse, false); Rewrite(t._finalbody, false); break;
            case ExceptHandler h: Rewrite(h._body, false); break;
            case MatchCase c: Rewrite(c._body, false); break;
        }
    }

    /// <summary>Rewrites one statement list (null: the node has none); <paramref name="isClassBody"/>: a class's body.</summary>
    protected abstract void Rewrite(List<Stmt>? body, bool isClassBody);
}
