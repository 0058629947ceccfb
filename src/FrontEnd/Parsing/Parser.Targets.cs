using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>Assignment, deletion and loop targets: parsed as expressions, then given Store/Del context.</summary>
internal sealed partial class Parser
{
    /// <summary>Sets <paramref name="ctx"/> on a target tree; false when some part can't be a target.</summary>
    private static bool SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                return true;
            case Attribute a:
                a.Ctx = ctx;
                return true;
            case Subscript s:
                s.Ctx = ctx;
                return true;
            case Starred st:
                if (ctx == ExprContext.Del)
                    return false;
                st.Ctx = ctx;
                return SetContext(st.Value, ctx);
            case Tuple t:
                t.Ctx = ctx;
                foreach (var x in t.Elts)
                    if (!SetContext(x, ctx))
                        return false;
                return true;
            case List l:
                l.Ctx = ctx;
                foreach (var x in l.Elts)
                    if (!SetContext(x, ctx))
                        return false;
                return true;
            default:
                return false;
        }
    }

    /// <summary>star_targets for 'for' loops and comprehensions: stops before 'in'.</summary>
    private Expr StarTargets(TargetsType type)
    {
        int save = _p;
        var start = Cur;
        var first = StarTarget();
        Expr result = first;
        if (At(TokenKind.Comma))
        {
            var elts = new List<Expr> { first };
            while (Eat(TokenKind.Comma))
            {
                if (At(TokenKind.In) || At(TokenKind.Equal))
                    break;
                elts.Add(StarTarget());
            }
            result = At(new Tuple { Elts = elts, Ctx = ExprContext.Store }, start);
        }
        if (At(TokenKind.In) && SetContext(result, ExprContext.Store))
            return result;
        // CPython's invalid_for_target: reparse as expressions and blame the first bad target.
        int furthest = _furthest;
        _p = save;
        var e = StarExpressions();
        if (InvalidTarget(e, TargetsType.For) is not null)
            throw InvalidTargetError(e, TargetsType.For);
        _furthest = furthest;
        throw Generic();
    }

    private Expr StarTarget()
    {
        if (At(TokenKind.Star))
        {
            var start = Take();
            if (At(TokenKind.Star))
                throw Generic();
            var inner = StarTarget();
            return At(new Starred { Value = inner, Ctx = ExprContext.Store }, start);
        }
        return Primary();
    }

    /// <summary>Turns the targets of an assignment chain into Store context, with CPython's errors.</summary>
    private void CheckAssignTargets(List<Expr> targets, Expr value)
    {
        for (int i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            bool parenthesizedYield = t is Yield or YieldFrom && IsParenthesized(t);
            if (t is Yield or YieldFrom && !parenthesizedYield)
                throw Error(t, "assignment to yield expression not possible");
            if (SetContext(t, ExprContext.Store))
                continue;
            // invalid_named_expression: "x() = 1" style single-target mistakes get a '==' hint.
            if (i == 0 && targets.Count == 1 && (IsBitwiseOrLevel(t) || parenthesizedYield)
                && (IsBitwiseOrLevel(value) || value is Yield or YieldFrom && IsParenthesized(value))
                && t is not (List or Tuple or GeneratorExp) && t is not Constant { Value: bool or null })
            {
                if (t is Name)
                    continue;
                throw Error(t, $"cannot assign to {ExprName(t)} here. Maybe you meant '==' instead of '='?");
            }
            throw InvalidTargetError(t, TargetsType.Star);
        }
    }

    /// <summary>Whether an opening parenthesis comes right before the expression (blanks aside).</summary>
    private bool IsParenthesized(Expr e)
    {
        int i = _src.LineStart(e.Lineno) + _src.ByteToCharColumn(e.Lineno, e.ColOffset) - 1;
        string text = _src.Text;
        while (i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\f'))
            i--;
        return i >= 0 && text[i] == '(';
    }

    /// <summary>Whether the expression is what CPython's bitwise_or rule can produce (no comparison, not, and/or...).</summary>
    private static bool IsBitwiseOrLevel(Expr e) =>
        e is not (Compare or BoolOp or IfExp or Lambda or Starred or NamedExpr or Yield or YieldFrom)
        && !(e is UnaryOp { Op: UnaryOperator.Not })
        && !(e is Tuple { Elts.Count: > 0 } t && t.Lineno == t.Elts[0].Lineno && t.ColOffset == t.Elts[0].ColOffset);
}
