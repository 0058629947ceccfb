using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>What CPython 3.12's compiler reads of annotations (PEP 3107, PEP 526).</summary>
internal static class Annotations
{
    /// <summary>A def's annotations in the order MAKE_FUNCTION's dict has them (compiler_visit_annotations): the
    /// positional-or-keyword parameters, then the positional-only ones (CPython's order, not the signature's), *args,
    /// the keyword-only parameters, **kwargs, then <c>'return'</c>.</summary>
    public static List<(string Name, Expr Annotation)> OfFunction(FunctionDef f)
    {
        var found = new List<(string, Expr)>();
        void Add(Arg? a)
        {
            if (a?.Annotation is { } annotation)
                found.Add((a.Name, annotation));
        }
        foreach (var a in f.Args.Args)
            Add(a);
        foreach (var a in f.Args.Posonlyargs)
            Add(a);
        Add(f.Args.Vararg);
        foreach (var a in f.Args.Kwonlyargs)
            Add(a);
        Add(f.Args.Kwarg);
        if (f.Returns is not null)
            found.Add(("return", f.Returns));
        return found;
    }

    /// <summary>Whether a module or class body annotates a variable (CPython's find_ann: through the bodies of
    /// compound statements, not into defs and classes), so that it starts with an <c>__annotations__</c> dict.</summary>
    public static bool AnyIn(IEnumerable<Stmt> body)
    {
        foreach (var s in body)
        {
            bool found = s switch
            {
                AnnAssign => true,
                For f => AnyIn(f.Body) || AnyIn(f.Orelse),
                AsyncFor f => AnyIn(f.Body) || AnyIn(f.Orelse),
                While w => AnyIn(w.Body) || AnyIn(w.Orelse),
                If i => AnyIn(i.Body) || AnyIn(i.Orelse),
                With w => AnyIn(w.Body),
                AsyncWith w => AnyIn(w.Body),
                Try t => AnyIn(t.Body) || AnyIn(t.Orelse) || AnyIn(t.Finalbody) || AnyInHandlers(t.Handlers),
                TryStar t => AnyIn(t.Body) || AnyIn(t.Orelse) || AnyIn(t.Finalbody) || AnyInHandlers(t.Handlers),
                Match m => AnyInCases(m.Cases),
                _ => false,
            };
            if (found)
                return true;
        }
        return false;
    }

    private static bool AnyInHandlers(List<ExceptHandler> handlers)
    {
        foreach (var h in handlers)
        {
            if (AnyIn(h.Body))
                return true;
        }
        return false;
    }

    private static bool AnyInCases(List<MatchCase> cases)
    {
        foreach (var c in cases)
        {
            if (AnyIn(c.Body))
                return true;
        }
        return false;
    }
}
