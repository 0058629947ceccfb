using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>What CPython's compiler checks in an <c>except*</c> block, and what the lowering cannot do there yet.</summary>
internal static class ExceptStarBlocks
{
    /// <summary>The <c>break</c>, <c>continue</c> and <c>return</c> statements that would leave the handler body
    /// <paramref name="body"/>: CPython's SyntaxError ("cannot appear in an except* block"); a loop's own inside it are
    /// fine.</summary>
    public static List<Stmt> Exits(List<Stmt> body)
    {
        var finder = new ExitFinder();
        finder.VisitList(body);
        return finder.Found;
    }

    /// <summary>Whether the try may suspend its generator or coroutine (a yield or await of its scope in it).</summary>
    public static bool Suspends(TryStar t) => new MaySuspendFact().Of(t);

    private sealed class ExitFinder : StatementWalker
    {
        private int _loops;

        public List<Stmt> Found { get; } = new();

        public override void VisitReturn(Return node) => Found.Add(node);

        public override void VisitBreak(Break node)
        {
            if (_loops == 0)
                Found.Add(node);
        }

        public override void VisitContinue(Continue node)
        {
            if (_loops == 0)
                Found.Add(node);
        }

        public override void VisitWhile(While node) => Loop(node.Body, node.Orelse);
        public override void VisitFor(For node) => Loop(node.Body, node.Orelse);
        public override void VisitAsyncFor(AsyncFor node) => Loop(node.Body, node.Orelse);

        private void Loop(List<Stmt> body, List<Stmt> orelse)
        {
            _loops++;
            VisitList(body);
            _loops--;
            VisitList(orelse);
        }
    }
}
