using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>
/// The names a piece of code may unbind in its own scope: <c>del x</c> (also inside tuple and list targets) and
/// <c>except E as x</c>, whose name Python deletes when the handler ends. Wherever it sits among the statements
/// (inside <c>if</c>, loops, <c>with</c>, any clause of <c>try</c>, <c>match</c> cases), but not in a nested function or
/// class, whose names are their own. Code that may run again (a loop body) or be cut short (a try body, before its
/// handlers) makes such a name no longer certainly bound.
/// </summary>
internal static class Unbinding
{
    public static HashSet<string> NamesUnboundIn(params List<Stmt>[] bodies)
    {
        var finder = new Finder();
        foreach (var body in bodies)
            finder.VisitList(body);
        return finder.Names;
    }

    private sealed class Finder : StatementWalker
    {
        public readonly HashSet<string> Names = new();

        public override void VisitDelete(Delete node)
        {
            foreach (var t in node.Targets)
                AddTarget(t);
        }

        private void AddTarget(Expr t)
        {
            switch (t)
            {
                case Name n:
                    Names.Add(n.Id);
                    break;
                case Tuple or List:
                    foreach (var e in t is Tuple tu ? tu.Elts : ((List)t).Elts)
                        AddTarget(e);
                    break;
            }
        }

        public override void VisitExceptHandler(ExceptHandler node)
        {
            if (node.Name is not null)
                Names.Add(node.Name);
            base.VisitExceptHandler(node);
        }
    }
}
