using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>What CPython's compiler checks in an <c>except*</c> block, and what the lowering cannot do there yet.</summary>
internal static class ExceptStarBlocks
{
    /// <summary>The <c>break</c>, <c>continue</c> and <c>return</c> statements that would leave the handler body
    /// <paramref name="body"/>: CPython's SyntaxError ("cannot appear in an except* block"); a loop's own inside it are
    /// fine.</summary>
    public static List<Stmt> Exits(List<Stmt> body) => LoopExits.JumpsOutOf(body);

    /// <summary>Whether the try may suspend its generator or coroutine (a yield or await of its scope in it).</summary>
    public static bool Suspends(TryStar t) => new MaySuspendFact().Of(t);
}
