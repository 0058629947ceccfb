using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>
/// How a loop can be left, from its tree: whether a <c>while True:</c> ever reaches the code after it. Only a
/// <c>break</c> of the loop itself leaves such a loop normally, wherever it sits in the body: inside <c>if</c>,
/// <c>with</c>, <c>try</c> (any clause), <c>match</c>, or the <c>else</c> clause of a nested loop (which belongs to
/// the enclosing loop), but not inside a nested loop's body, nor inside a nested function or class.
/// </summary>
internal static class LoopExits
{
    /// <summary><c>while True:</c>, the loop whose test Python never finds false.</summary>
    public static bool IsInfinite(While loop) => loop.Test is Constant { Value: true };

    /// <summary>Whether a <c>break</c> in <paramref name="body"/> leaves the loop that body belongs to.</summary>
    public static bool Breaks(List<Stmt> body) => JumpFinder.Finds(body, returns: false, continues: false);

    /// <summary>Whether <paramref name="body"/> can jump out of itself: a <c>return</c>, or a <c>break</c>/<c>continue</c>
    /// of a loop around it (not of a loop inside it). C# forbids such jumps out of its <c>finally</c>.</summary>
    public static bool JumpsOut(List<Stmt> body) => JumpFinder.Finds(body, returns: true, continues: true);

    /// <summary>Whether <paramref name="body"/> has a <c>return</c> (of its function, not of a def inside it).</summary>
    public static bool Returns(List<Stmt> body) => ReturnFinder.Finds(body);

    /// <summary>Whether a <c>break</c> or <c>continue</c> in <paramref name="body"/> leaves it for a loop around it.</summary>
    public static bool LeavesForLoop(List<Stmt> body) => JumpFinder.Finds(body, returns: false, continues: true);

    private sealed class ReturnFinder : StatementWalker
    {
        public static bool Finds(List<Stmt> body)
        {
            var finder = new ReturnFinder();
            finder.VisitList(body);
            return finder.Done;
        }

        public override void VisitReturn(Return node) => Done = true;
    }

    /// <summary>The jumps out of <paramref name="body"/>, in order: each <c>return</c>, and each <c>break</c> or
    /// <c>continue</c> of a loop around it.</summary>
    public static List<Stmt> JumpsOutOf(List<Stmt> body)
    {
        var finder = new JumpFinder(returns: true, continues: true, all: true);
        finder.VisitList(body);
        return finder.Found;
    }

    /// <summary>A jump out of a body: a break (and, as asked, a continue) of a loop around it, or a return; the first
    /// one (<see cref="Finds"/>), or all (<see cref="JumpsOutOf"/>).</summary>
    private sealed class JumpFinder : StatementWalker
    {
        private readonly bool _returns;
        private readonly bool _continues;
        private readonly bool _all;
        private int _loops;

        public JumpFinder(bool returns, bool continues, bool all = false)
        {
            _returns = returns;
            _continues = continues;
            _all = all;
        }

        public List<Stmt> Found { get; } = new();

        public static bool Finds(List<Stmt> body, bool returns, bool continues)
        {
            var finder = new JumpFinder(returns, continues);
            finder.VisitList(body);
            return finder.Done;
        }

        private void Jump(Stmt node, bool leaves)
        {
            if (!leaves)
                return;
            Found.Add(node);
            Done = !_all;
        }

        public override void VisitReturn(Return node) => Jump(node, _returns);
        public override void VisitBreak(Break node) => Jump(node, _loops == 0);
        public override void VisitContinue(Continue node) => Jump(node, _continues && _loops == 0);

        // A nested loop's own breaks and continues end or repeat that loop; its else clause runs in the enclosing one.
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
