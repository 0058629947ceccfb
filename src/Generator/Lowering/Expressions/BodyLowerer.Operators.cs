using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis.Flow;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Unary and binary operators, <c>and</c>/<c>or</c>, conditional expressions and comparison chains, as values and as
/// C# conditions; the flat forms a generator needs when an operand may suspend sit beside them. Arithmetic asks the
/// float and int speculation strategies first (<c>FastPaths/</c>).
/// </summary>
internal sealed partial class BodyLowerer
{
    private static string OperatorMethod(Operator op) => op switch
    {
        Operator.Add => "Add",
        Operator.Sub => "Sub",
        Operator.Mult => "Mul",
        Operator.MatMult => "MatMul",
        Operator.Div => "TrueDiv",
        Operator.Mod => "Mod",
        Operator.Pow => "Pow",
        Operator.LShift => "LShift",
        Operator.RShift => "RShift",
        Operator.BitOr => "BitOr",
        Operator.BitXor => "BitXor",
        Operator.BitAnd => "BitAnd",
        Operator.FloorDiv => "FloorDiv",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private CsExpr Unary(UnaryOp u)
    {
        if (u.Op == UnaryOperator.Not)
            return CsExpr.Bool($"!{Paren(LowerCondition(u.Operand))}");
        // Fold -<number> so that negative literals are constants.
        if (u.Op == UnaryOperator.USub && u.Operand is Constant c)
        {
            switch (c.Value)
            {
                case long l when l != 0:
                    return IntConstant(-l);
                case int i when i != 0:
                    return IntConstant(-(long)i);
                case BigInteger big:
                    return LowerConstant(-big, u);
                case double d:
                    return LowerConstant(-d, u);
            }
        }
        string method = u.Op switch
        {
            UnaryOperator.USub => "Neg",
            UnaryOperator.UAdd => "Pos",
            _ => "Invert",
        };
        string cls = method == "Neg" ? _speculation.NegationClass : "PyOps";
        return CsExpr.Value($"{cls}.{method}({LowerValue(u.Operand)})");
    }

    /// <summary>
    /// A Python truth test as a C# bool, without materialising intermediate bools as PyValues. Where the instrumenter
    /// observes CPython's tests (monitoring's BRANCH), the condition is taken apart as CPython's compiler takes it apart
    /// (<c>compiler_jump_if</c>: <c>not</c>, <c>and</c>/<c>or</c>, a conditional expression, a comparison chain's links)
    /// and each test is given to it.
    /// </summary>
    private string LowerCondition(Expr e)
    {
        string condition = LowerConditionUnmarked(e);
        // (a test lowered without Lower, a comparison or and/or, has the LINE points of its statement's plan here)
        return TakeLineMark(e, out var mark) ? WithLinePoints(e, condition, mark) : condition;
    }

    private string LowerConditionUnmarked(Expr e)
    {
        if (!_e.Instrumenter.ObservesBranches)
            return LowerConditionCore(e);
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u when !FlowCompiler.IsFoldedConstant(u):
                return "!" + Paren(LowerCondition(u.Operand));
            case BoolOp b when !b.Values.Skip(1).Any(NeedsStatements):
            {
                string op = b.Op == BoolOperator.And ? " && " : " || ";
                return "(" + string.Join(op, b.Values.Select(v => Paren(LowerCondition(v)))) + ")";
            }
            case BoolOp b when !SuspendsIn(b):
            {
                // An operand needs statements: r = test(a); if (r) { ...; r = test(b); }
                string r = NewTemp();
                _w.Line($"{r} = PyValue.FromBool({LowerCondition(b.Values[0])});");
                int opened = 0;
                for (int k = 1; k < b.Values.Count; k++)
                {
                    _w.Open($"if ({(b.Op == BoolOperator.And ? "" : "!")}PyOps.IsTrue({r}))");
                    opened++;
                    _w.Line($"{r} = PyValue.FromBool({LowerCondition(b.Values[k])});");
                }
                for (int k = 0; k < opened; k++)
                    _w.Close();
                return $"PyOps.IsTrue({r})";
            }
            case IfExp i when !NeedsStatements(i.Body) && !NeedsStatements(i.Orelse):
                return $"({LowerCondition(i.Test)} ? {Paren(LowerCondition(i.Body))} : {Paren(LowerCondition(i.Orelse))})";
            case IfExp i when !SuspendsIn(i):
            {
                string r = NewTemp();
                _w.Open($"if ({LowerCondition(i.Test)})");
                _w.Line($"{r} = PyValue.FromBool({LowerCondition(i.Body)});");
                _w.Close();
                _w.Open("else");
                _w.Line($"{r} = PyValue.FromBool({LowerCondition(i.Orelse)});");
                _w.Close();
                return $"PyOps.IsTrue({r})";
            }
            case Compare c when c.Ops.Count > 1 && !ChainNeedsStatements(c):
                // Each link is a test (Comparison gives each to the instrumenter): (test0(a < (t = b)) && test1(t < c))
                return LowerConditionCore(c);
            case Compare c when c.Ops.Count > 1 && !SuspendsIn(c):
            {
                // A comparand needs statements: r = test0(a < b); if (r) { ...; r = test1(b < c); }
                string r = NewTemp();
                string left = Spill(LowerValue(c.Left));
                int opened = 0;
                for (int k = 0; k < c.Ops.Count; k++)
                {
                    string right = Spill(LowerValue(c.Comparators[k]));
                    _w.Line($"{r} = PyValue.FromBool({_e.Test(c, k, CompareOne(c.Ops[k], left, right, true).AsCondition())});");
                    left = right;
                    if (k < c.Ops.Count - 1)
                    {
                        _w.Open($"if (PyOps.IsTrue({r}))");
                        opened++;
                    }
                }
                for (int k = 0; k < opened; k++)
                    _w.Close();
                return $"PyOps.IsTrue({r})";
            }
        }
        return _e.Test(e, 0, LowerConditionCore(e));
    }

    private string LowerConditionCore(Expr e)
    {
        if (_preLowered.Count > 0 && _preLowered.TryGetValue(e, out var pre))
            return pre.AsCondition();
        switch (e)
        {
            case Constant { Value: bool b }:
                return b ? "true" : "false";
            case Compare c:
                return Comparison(c, asCondition: true).AsCondition();
            case UnaryOp { Op: UnaryOperator.Not } u:
                return "!" + Paren(LowerCondition(u.Operand));
            case Subscript { Slice: not Slice } s:
                return ItemCondition(s);
            case BoolOp b when !b.Values.Skip(1).Any(NeedsStatements):
            {
                string op = b.Op == BoolOperator.And ? " && " : " || ";
                return "(" + string.Join(op, b.Values.Select(v => Paren(LowerCondition(v)))) + ")";
            }
        }
        return Lower(e).AsCondition();
    }

    private CsExpr BoolOperation(BoolOp b)
    {
        bool isAnd = b.Op == BoolOperator.And;
        if (!b.Values.Skip(1).Any(NeedsStatements))
        {
            // a and b  ->  (PyOps.IsTrue(t = a) ? b : t);  a or b  ->  (PyOps.IsTrue(t = a) ? t : b)
            string result = IntoJoin(b, b.Values[b.Values.Count - 1], LowerValue(b.Values[b.Values.Count - 1]));
            for (int i = b.Values.Count - 2; i >= 0; i--)
            {
                string left = LowerValue(b.Values[i]);
                string t = NewTemp();
                string test = _e.Test(b.Values[i], FlowSite.OperandPart(b.Values[i]), $"PyOps.IsTrue({t} = {left})");
                result = isAnd
                    ? $"({test} ? {result} : {t})"
                    : $"({test} ? {t} : {result})";
            }
            return CsExpr.Value(result);
        }
        if (SuspendsIn(b))
            return FlatBoolOperation(b);
        // Statement form: t = a; if (truth(t) == isAnd) { ...; t = b; ... }
        string r = NewTemp();
        _w.Line($"{r} = {LowerValue(b.Values[0])};");
        int opened = 0;
        for (int i = 1; i < b.Values.Count; i++)
        {
            _w.Open($"if ({(isAnd ? "" : "!")}{Paren(_e.Test(b.Values[i - 1], FlowSite.OperandPart(b.Values[i - 1]), $"PyOps.IsTrue({r})"))})");
            opened++;
            string operand = LowerValue(b.Values[i]);
            _w.Line($"{r} = {(i == b.Values.Count - 1 ? IntoJoin(b, b.Values[i], operand) : operand)};");
        }
        for (int i = 0; i < opened; i++)
            _w.Close();
        return CsExpr.Value(r);
    }

    /// <summary>The value of <paramref name="operand"/>, the last of <c>and</c>/<c>or</c> <paramref name="join"/> (or a
    /// conditional expression's <c>else</c>), from which control falls through into the join the other operands jump
    /// to: a call of a name that is not a builtin gets the instrumenter's hook (CPython's LINE again after a Python
    /// function returns there, <see cref="Instrumentation.Instrumenter.AfterCallIntoJoin"/>, which also knows whether a
    /// conditional expression's join is still a jump target after CPython's optimizer).</summary>
    private string IntoJoin(Expr join, Expr operand, string value) =>
        operand is Call { Func: Name n } && !IsBuiltin(n) ? _e.Instrumenter.AfterCallIntoJoin(join, LoadName(n).Code, value) : value;

    private CsExpr Conditional(IfExp i)
    {
        if (!NeedsStatements(i.Body) && !NeedsStatements(i.Orelse))
        {
            string cond = _e.Branch(i, LowerCondition(i.Test));
            return CsExpr.Value($"({cond} ? {_e.ValueEnd(i, LowerValue(i.Body))} : {IntoJoin(i, i.Orelse, LowerValue(i.Orelse))})");
        }
        if (SuspendsIn(i))
            return FlatConditional(i);
        string c = _e.Branch(i, LowerCondition(i.Test));
        string r = NewTemp();
        _w.Open($"if ({c})");
        _w.Line($"{r} = {_e.ValueEnd(i, LowerValue(i.Body))};");
        _w.Close();
        _w.Open("else");
        _w.Line($"{r} = {IntoJoin(i, i.Orelse, LowerValue(i.Orelse))};");
        _w.Close();
        return CsExpr.Value(r);
    }

    private static string CompareMethod(CmpOperator op) => op switch
    {
        CmpOperator.Eq => "Eq",
        CmpOperator.NotEq => "Ne",
        CmpOperator.Lt => "Lt",
        CmpOperator.LtE => "Le",
        CmpOperator.Gt => "Gt",
        CmpOperator.GtE => "Ge",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>One comparison <c>a op b</c>: a C# bool for is/in (and for rich comparisons in a condition).</summary>
    private static CsExpr CompareOne(CmpOperator op, string a, string b, bool asCondition) => op switch
    {
        CmpOperator.Is => CsExpr.Bool($"PyOps.Is({a}, {b})"),
        CmpOperator.IsNot => CsExpr.Bool($"!PyOps.Is({a}, {b})"),
        CmpOperator.In => CsExpr.Bool($"Rt.In({a}, {b})"),
        CmpOperator.NotIn => CsExpr.Bool($"!Rt.In({a}, {b})"),
        _ => asCondition
            ? CsExpr.Bool($"PyOps.{CompareMethod(op)}Bool({a}, {b})")
            : CsExpr.Value($"PyOps.{CompareMethod(op)}({a}, {b})"),
    };

    /// <summary>
    /// <c>a &lt; b &lt; c</c>: b is evaluated once (a temporary) and c only when <c>a &lt; b</c> holds. In a condition
    /// the links are joined with <c>&amp;&amp;</c>; as a value the first false link's result is the value.
    /// </summary>
    private CsExpr Comparison(Compare c, bool asCondition)
    {
        int n = c.Ops.Count;
        // (A chain's links are tests of their own where they are observed: no speculated form, which fuses them.)
        if ((n == 1 || !_e.Instrumenter.ObservesBranches)
            && (TryFloatComparison(c, asCondition) ?? TryIntComparison(c, asCondition)) is { } speculated)
            return speculated;
        if (n == 1)
        {
            var ops = LowerOperands(new List<Expr> { c.Left, c.Comparators[0] });
            return CompareOne(c.Ops[0], ops[0].AsValue(), ops[1].AsValue(), asCondition);
        }
        if (ChainNeedsStatements(c))
            return ComparisonStatements(c);
        string left = LowerValue(c.Left);
        var links = new List<CsExpr>();
        for (int i = 0; i < n; i++)
        {
            string right = LowerValue(c.Comparators[i]);
            if (i < n - 1)
            {
                string t = NewTemp();
                links.Add(CompareOne(c.Ops[i], left, $"{t} = {right}", asCondition));
                left = t;
            }
            else
            {
                links.Add(CompareOne(c.Ops[i], left, right, asCondition));
            }
        }
        if (asCondition)
            return CsExpr.Bool("(" + string.Join(" && ", links.Select((l, i) => Paren(_e.Test(c, i, l.AsCondition())))) + ")");
        // Value: (IsTrue(r = link0) ? (IsTrue(r = link1) ? link2 : r) : r)
        string result = _e.ValueEnd(c, links[n - 1].AsValue());
        for (int i = n - 2; i >= 0; i--)
        {
            if (links[i].Type == CsType.Bool)
            {
                result = $"({_e.Test(c, i, links[i].Code)} ? {result} : PyValue.False)";
            }
            else
            {
                string r = NewTemp();
                result = $"({_e.Test(c, i, $"PyOps.IsTrue({r} = {links[i].Code})")} ? {result} : {r})";
            }
        }
        return CsExpr.Value(result);
    }

    /// <summary>Whether a chain's comparands need statements (then a later one is spilled after the earlier links).</summary>
    private bool ChainNeedsStatements(Compare c) =>
        c.Comparators.Skip(1).Any(NeedsStatements) || (NeedsStatements(c.Comparators[0]) && !c.Left.IsPure());

    private CsExpr ComparisonStatements(Compare c)
    {
        if (SuspendsIn(c))
            return FlatComparison(c);
        string r = NewTemp();
        string left = Spill(LowerValue(c.Left));
        int opened = 0;
        for (int i = 0; i < c.Ops.Count; i++)
        {
            string right = Spill(LowerValue(c.Comparators[i]));
            _w.Line($"{r} = {CompareOne(c.Ops[i], left, right, false).AsValue()};");
            left = right;
            if (i == c.Ops.Count - 1)
                _e.Edge(c, FlowEdgeKind.ValueEnd);
            if (i < c.Ops.Count - 1)
            {
                _w.Open($"if ({_e.Test(c, i, $"PyOps.IsTrue({r})")})");
                opened++;
            }
        }
        for (int i = 0; i < opened; i++)
            _w.Close();
        return CsExpr.Value(r);
    }

    /// <summary><c>a and b</c> / <c>a or b</c> with a yield in a later operand: <c>r = a; if (...) goto end; r = b; end:</c>.</summary>
    private CsExpr FlatBoolOperation(BoolOp b)
    {
        bool isAnd = b.Op == BoolOperator.And;
        string r = NewTemp();
        string end = NewLabel("end_bool");
        _w.Line($"{r} = {LowerValue(b.Values[0])};");
        for (int i = 1; i < b.Values.Count; i++)
        {
            _w.Line($"if ({(isAnd ? "!" : "")}{Paren(_e.Test(b.Values[i - 1], FlowSite.OperandPart(b.Values[i - 1]), $"PyOps.IsTrue({r})"))}) goto {end};");
            _w.Line($"{r} = {LowerValue(b.Values[i])};");
        }
        _w.Line($"{end}:;");
        return CsExpr.Value(r);
    }

    /// <summary><c>x if c else y</c> with a yield in a branch.</summary>
    private CsExpr FlatConditional(IfExp i)
    {
        string c = _e.Branch(i, LowerCondition(i.Test));
        string r = NewTemp();
        string orelse = NewLabel("else");
        string end = NewLabel("end_if");
        _w.Line($"if (!({c})) goto {orelse};");
        _w.Line($"{r} = {_e.ValueEnd(i, LowerValue(i.Body))};");
        _w.Line($"goto {end};");
        _w.Line($"{orelse}:");
        _w.Line($"{r} = {IntoJoin(i, i.Orelse, LowerValue(i.Orelse))};");
        _w.Line($"{end}:;");
        return CsExpr.Value(r);
    }

    /// <summary><c>a &lt; b &lt; c</c> with a yield in a later comparand: stops at the first false link.</summary>
    private CsExpr FlatComparison(Compare c)
    {
        string r = NewTemp();
        string end = NewLabel("end_compare");
        string left = Spill(LowerValue(c.Left));
        for (int i = 0; i < c.Ops.Count; i++)
        {
            string right = Spill(LowerValue(c.Comparators[i]));
            _w.Line($"{r} = {CompareOne(c.Ops[i], left, right, false).AsValue()};");
            left = right;
            if (i == c.Ops.Count - 1)
                _e.Edge(c, FlowEdgeKind.ValueEnd);
            if (i < c.Ops.Count - 1)
                _w.Line($"if (!{Paren(_e.Test(c, i, $"PyOps.IsTrue({r})"))}) goto {end};");
        }
        _w.Line($"{end}:;");
        return CsExpr.Value(r);
    }
}
