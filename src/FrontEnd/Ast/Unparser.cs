using System.Numerics;
using System.Text;

namespace PyAot.FrontEnd.Ast;

/// <summary>
/// An expression back to source text, as CPython 3.12's compiler writes it (<c>Python/ast_unparse.c</c>,
/// <c>_PyAST_ExprAsUnicode</c>): the annotations <c>from __future__ import annotations</c> keeps as strings
/// (PEP 563). Parentheses only where precedence needs them, constants by their repr (an infinite float as
/// <c>1e309</c>), one space around binary operators. Not <c>ast.unparse</c>, whose layout differs in places.
/// </summary>
public static class Unparser
{
    // Priority levels, lowest first (ast_unparse.c).
    private const int Tuple = 0, Test = 1, Or = 2, And = 3, Not = 4, Cmp = 5, Expr = 6, BOr = Expr, BXor = 7, BAnd = 8,
        Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, AwaitLevel = 14, Atom = 15;

    public static string Of(Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, Test);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOperator.And ? And : Or;
                Open(sb, level > pr);
                for (int i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0)
                        sb.Append(b.Op == BoolOperator.And ? " and " : " or ");
                    Append(sb, b.Values[i], pr + 1);
                }
                Close(sb, level > pr);
                break;
            }
            case BinOp b:
            {
                var (op, pr) = Binary(b.Op);
                bool rightAssociative = b.Op == Operator.Pow;
                Open(sb, level > pr);
                Append(sb, b.Left, pr + (rightAssociative ? 1 : 0));
                sb.Append(op);
                Append(sb, b.Right, pr + (rightAssociative ? 0 : 1));
                Close(sb, level > pr);
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOperator.Invert => ("~", Factor),
                    UnaryOperator.Not => ("not ", Not),
                    UnaryOperator.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                Open(sb, level > pr);
                sb.Append(op);
                Append(sb, u.Operand, pr);
                Close(sb, level > pr);
                break;
            }
            case Lambda l:
                Open(sb, level > Test);
                sb.Append(l.Args.Args.Count + l.Args.Posonlyargs.Count > 0 ? "lambda " : "lambda");
                Arguments(sb, l.Args);
                sb.Append(": ");
                Append(sb, l.Body, Test);
                Close(sb, level > Test);
                break;
            case IfExp i:
                Open(sb, level > Test);
                Append(sb, i.Body, Test + 1);
                sb.Append(" if ");
                Append(sb, i.Test, Test + 1);
                sb.Append(" else ");
                Append(sb, i.Orelse, Test);
                Close(sb, level > Test);
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0)
                        sb.Append(", ");
                    if (d.Keys[i] is { } key)
                    {
                        Append(sb, key, Test);
                        sb.Append(": ");
                        Append(sb, d.Values[i], Test);
                    }
                    else
                    {
                        sb.Append("**");
                        Append(sb, d.Values[i], Expr);
                    }
                }
                sb.Append('}');
                break;
            case Set s:
                Items(sb.Append('{'), s.Elts).Append('}');
                break;
            case GeneratorExp g:
                Append(sb.Append('('), g.Elt, Test);
                Comprehensions(sb, g.Generators).Append(')');
                break;
            case ListComp lc:
                Append(sb.Append('['), lc.Elt, Test);
                Comprehensions(sb, lc.Generators).Append(']');
                break;
            case SetComp sc:
                Append(sb.Append('{'), sc.Elt, Test);
                Comprehensions(sb, sc.Generators).Append('}');
                break;
            case DictComp dc:
                Append(sb.Append('{'), dc.Key, Test);
                Append(sb.Append(": "), dc.Value, Test);
                Comprehensions(sb, dc.Generators).Append('}');
                break;
            case Yield y:
                if (y.Value is null)
                {
                    sb.Append("(yield)");
                    break;
                }
                Append(sb.Append("(yield "), y.Value, Test);
                sb.Append(')');
                break;
            case YieldFrom yf:
                Append(sb.Append("(yield from "), yf.Value, Test);
                sb.Append(')');
                break;
            case Await a:
                Open(sb, level > AwaitLevel);
                Append(sb.Append("await "), a.Value, Atom);
                Close(sb, level > AwaitLevel);
                break;
            case Compare c:
                Open(sb, level > Cmp);
                Append(sb, c.Left, Cmp + 1);
                for (int i = 0; i < c.Comparators.Count; i++)
                {
                    sb.Append(Comparison(c.Ops[i]));
                    Append(sb, c.Comparators[i], Cmp + 1);
                }
                Close(sb, level > Cmp);
                break;
            case Call call:
                Call(sb, call);
                break;
            case Constant k:
                if (k.Value is EllipsisValue)
                    sb.Append("...");
                else
                    sb.Append(ConstantRepr(k.Value));
                break;
            case JoinedStr j:
                sb.Append('f').Append(PyLiteral.Repr(FStringBody(j)));
                break;
            case FormattedValue f:
                FormattedValue(sb, f);
                break;
            case Attribute at:
                Append(sb, at.Value, Atom);
                // An int needs a space before the period ("1 .real").
                sb.Append(at.Value is Constant { Value: long or int or BigInteger } ? " ." : ".").Append(at.Attr);
                break;
            case Subscript sub:
                Append(sb, sub.Value, Atom);
                Append(sb.Append('['), sub.Slice, Tuple);
                sb.Append(']');
                break;
            case Starred st:
                Append(sb.Append('*'), st.Value, Expr);
                break;
            case Slice sl:
                if (sl.Lower is not null)
                    Append(sb, sl.Lower, Test);
                sb.Append(':');
                if (sl.Upper is not null)
                    Append(sb, sl.Upper, Test);
                if (sl.Step is not null)
                    Append(sb.Append(':'), sl.Step, Test);
                break;
            case Name n:
                sb.Append(n.Id);
                break;
            case List list:
                Items(sb.Append('['), list.Elts).Append(']');
                break;
            case Ast.Tuple t:
                if (t.Elts.Count == 0)
                {
                    sb.Append("()");
                    break;
                }
                Open(sb, level > Tuple);
                Items(sb, t.Elts);
                if (t.Elts.Count == 1)
                    sb.Append(',');
                Close(sb, level > Tuple);
                break;
            case NamedExpr ne:
                Open(sb, level > Tuple);
                Append(sb, ne.Target, Atom);
                Append(sb.Append(":="), ne.Value, Atom);
                Close(sb, level > Tuple);
                break;
        }
    }

    private static void Open(StringBuilder sb, bool parenthesize)
    {
        if (parenthesize)
            sb.Append('(');
    }

    private static void Close(StringBuilder sb, bool parenthesize)
    {
        if (parenthesize)
            sb.Append(')');
    }

    private static StringBuilder Items(StringBuilder sb, System.Collections.Generic.List<Expr> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            Append(sb, items[i], Test);
        }
        return sb;
    }

    private static (string Op, int Level) Binary(Operator op) => op switch
    {
        Operator.Add => (" + ", Arith),
        Operator.Sub => (" - ", Arith),
        Operator.Mult => (" * ", Term),
        Operator.MatMult => (" @ ", Term),
        Operator.Div => (" / ", Term),
        Operator.Mod => (" % ", Term),
        Operator.LShift => (" << ", Shift),
        Operator.RShift => (" >> ", Shift),
        Operator.BitOr => (" | ", BOr),
        Operator.BitXor => (" ^ ", BXor),
        Operator.BitAnd => (" & ", BAnd),
        Operator.FloorDiv => (" // ", Term),
        _ => (" ** ", Power),
    };

    private static string Comparison(CmpOperator op) => op switch
    {
        CmpOperator.Eq => " == ",
        CmpOperator.NotEq => " != ",
        CmpOperator.Lt => " < ",
        CmpOperator.LtE => " <= ",
        CmpOperator.Gt => " > ",
        CmpOperator.GtE => " >= ",
        CmpOperator.Is => " is ",
        CmpOperator.IsNot => " is not ",
        CmpOperator.In => " in ",
        _ => " not in ",
    };

    /// <summary>repr of a constant, an infinite float written as <c>1e309</c> (so that the text evaluates to it).</summary>
    private static string ConstantRepr(object? value)
    {
        string repr = PyLiteral.Repr(value);
        return value is double or Complex ? repr.Replace("inf", "1e309") : repr;
    }

    private static StringBuilder Comprehensions(StringBuilder sb, System.Collections.Generic.List<Comprehension> generators)
    {
        foreach (var g in generators)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Append(sb, g.Target, Tuple);
            sb.Append(" in ");
            Append(sb, g.Iter, Test + 1);
            foreach (var cond in g.Ifs)
            {
                sb.Append(" if ");
                Append(sb, cond, Test + 1);
            }
        }
        return sb;
    }

    private static void Call(StringBuilder sb, Call call)
    {
        Append(sb, call.Func, Atom);
        if (call.Args.Count == 1 && call.Keywords.Count == 0 && call.Args[0] is GeneratorExp only)
        {
            Append(sb, only, Test); // f(x for x in y): the generator's own parentheses
            return;
        }
        sb.Append('(');
        bool first = true;
        foreach (var a in call.Args)
        {
            if (!first)
                sb.Append(", ");
            first = false;
            Append(sb, a, Test);
        }
        foreach (var k in call.Keywords)
        {
            if (!first)
                sb.Append(", ");
            first = false;
            sb.Append(k.Arg is null ? "**" : k.Arg + "=");
            Append(sb, k.Value, Test);
        }
        sb.Append(')');
    }

    private static void Arguments(StringBuilder sb, Arguments args)
    {
        bool first = true;
        void Separator()
        {
            if (!first)
                sb.Append(", ");
            first = false;
        }
        int posOnly = args.Posonlyargs.Count, count = args.Args.Count, defaults = args.Defaults.Count;
        for (int i = 0; i < posOnly + count; i++)
        {
            Separator();
            Arg(sb, i < posOnly ? args.Posonlyargs[i] : args.Args[i - posOnly]);
            int d = i - posOnly - count + defaults;
            if (d >= 0)
                Append(sb.Append('='), args.Defaults[d], Test);
            if (posOnly > 0 && i + 1 == posOnly)
                sb.Append(", /");
        }
        if (args.Vararg is not null || args.Kwonlyargs.Count > 0)
        {
            Separator();
            sb.Append('*');
            if (args.Vararg is not null)
                Arg(sb, args.Vararg);
        }
        int kwDefaults = args.KwDefaults.Count;
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            Separator();
            Arg(sb, args.Kwonlyargs[i]);
            int d = i - args.Kwonlyargs.Count + kwDefaults;
            if (d >= 0 && args.KwDefaults[d] is { } value)
                Append(sb.Append('='), value, Test);
        }
        if (args.Kwarg is not null)
        {
            Separator();
            Arg(sb.Append("**"), args.Kwarg);
        }
    }

    private static void Arg(StringBuilder sb, Arg a)
    {
        sb.Append(a.Name);
        if (a.Annotation is not null)
            Append(sb.Append(": "), a.Annotation, Test);
    }

    /// <summary>An f-string's text between its quotes: its constant parts with braces doubled, its fields.</summary>
    private static string FStringBody(JoinedStr j)
    {
        var body = new StringBuilder();
        foreach (var part in j.Values)
            FStringElement(body, part);
        return body.ToString();
    }

    private static void FStringElement(StringBuilder sb, Expr part)
    {
        switch (part)
        {
            case Constant { Value: var v }:
                sb.Append((v?.ToString() ?? "").Replace("{", "{{").Replace("}", "}}"));
                break;
            case JoinedStr nested: // a format spec
                foreach (var p in nested.Values)
                    FStringElement(sb, p);
                break;
            case FormattedValue f:
                FormattedValue(sb, f);
                break;
        }
    }

    private static void FormattedValue(StringBuilder sb, FormattedValue f)
    {
        // Above PR_TEST so that a lambda's ':' is parenthesized; a value starting with a brace is spaced from the field's.
        var value = new StringBuilder();
        Append(value, f.Value, Test + 1);
        sb.Append(value.Length > 0 && value[0] == '{' ? "{ " : "{").Append(value);
        if (f.Conversion > 0)
            sb.Append('!').Append((char)f.Conversion);
        if (f.FormatSpec is not null)
        {
            sb.Append(':');
            FStringElement(sb, f.FormatSpec);
        }
        sb.Append('}');
    }
}
