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
    public static bool Breaks(List<Stmt> body)
    {
        var finder = new BreakFinder();
        finder.VisitList(body);
        return finder.Found;
    }

    /// <summary>Whether <paramref name="body"/> can jump out of itself: a <c>return</c>, or a <c>break</c>/<c>continue</c>
    /// of a loop around it (not of a loop inside it). C# forbids such jumps out of its <c>finally</c>.</summary>
    public static bool JumpsOut(List<Stmt> body)
    {
        var finder = new JumpFinder();
        finder.VisitList(body);
        return finder.Found;
    }

    private sealed class JumpFinder : AstWalker
    {
        public bool Found;
        private int _loops;

        public override void Visit(Node? node)
        {
            if (!Found && node is not null and not Expr)
                base.Visit(node);
        }

        public override void VisitReturn(Return node) => Found = true;
        public override void VisitBreak(Break node) => Found |= _loops == 0;
        public override void VisitContinue(Continue node) => Found |= _loops == 0;

        public override void VisitWhile(While node) => Loop(node.Body, node.Orelse);
        public override void VisitFor(For node) => Loop(node.Body, node.Orelse);
        public override void VisitAsyncFor(AsyncFor node) => Loop(node.Body, node.Orelse);

        private void Loop(List<Stmt> body, List<Stmt> orelse)
        {
            _loops++;
            VisitList(body);
            _loops--;
            VisitList(orelse); // the else clause is outside the loop
        }

        public override void VisitFunctionDef(FunctionDef node) { }
        public override void VisitAsyncFunctionDef(AsyncFunctionDef node) { }
        public override void VisitClassDef(ClassDef node) { }
    }

    private sealed class BreakFinder : AstWalker
    {
        public bool Found;

        public override void Visit(Node? node)
        {
            // Expressions hold no statements (a lambda's body is an expression).
            if (!Found && node is not null and not Expr)
                base.Visit(node);
        }

        public override void VisitBreak(Break node) => Found = true;

        // A nested loop's own breaks end that loop; its else clause runs in the enclosing one.
        public override void VisitWhile(While node) => VisitList(node.Orelse);
        public override void VisitFor(For node) => VisitList(node.Orelse);
        public override void VisitAsyncFor(AsyncFor node) => VisitList(node.Orelse);

        // A break in a nested function or class body is not this loop's (and is a SyntaxError there).
        public override void VisitFunctionDef(FunctionDef node) { }
        public override void VisitAsyncFunctionDef(AsyncFunctionDef node) { }
        public override void VisitClassDef(ClassDef node) { }
    }
}
