using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

internal sealed partial class BodyLowerer
{
    private NeedsStatementsFact? _needsStatements;

    private string LowerValue(Expr e) => Lower(e).AsValue();

    /// <summary>Whether lowering <paramref name="e"/> writes statements (<see cref="NeedsStatementsFact"/>).</summary>
    private bool NeedsStatements(Expr e) =>
        (_needsStatements ??= new NeedsStatementsFact(_e.ObservesCalls)).Of(e) || (_linePlan?.Holders.Contains(e) ?? false);

    /// <summary>Lowers operands evaluated left to right, spilling the ones before a statement-emitting operand.</summary>
    private List<CsExpr> LowerOperands(IReadOnlyList<Expr?> ops)
    {
        // An operand lowered already (a call's, see PreLowerCall) was ordered then: it writes nothing now.
        int last = LastIndex(ops, op => NeedsStatements(op) && !_preLowered.ContainsKey(op));
        return LowerInOrder(ops, spillBefore: last);
    }

    /// <summary>The index of the last operand that holds (-1: none; absent operands never do).</summary>
    private static int LastIndex(IReadOnlyList<Expr?> ops, Func<Expr, bool> holds)
    {
        int last = -1;
        for (int i = 0; i < ops.Count; i++)
        {
            if (ops[i] is { } op && holds(op))
                last = i;
        }
        return last;
    }

    /// <summary>Lowers operands left to right; each non-constant one before index <paramref name="spillBefore"/> goes
    /// to a temporary as it is lowered, so that it is evaluated before whatever statements the later ones write. (A
    /// null operand is an absent optional one: None.)</summary>
    private List<CsExpr> LowerInOrder(IReadOnlyList<Expr?> ops, int spillBefore)
    {
        var result = new List<CsExpr>(ops.Count);
        for (int i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op is null)
            {
                result.Add(new CsExpr("PyValue.None", CsType.Value, isConstant: true));
                continue;
            }
            var e = Lower(op);
            if (i < spillBefore && !e.IsConstant && !_preLowered.ContainsKey(op))
                e = CsExpr.Value(Spill(e.AsValue()));
            result.Add(e);
        }
        return result;
    }

    // =========================================================================================================

    private CsExpr Lower(Expr e)
    {
        if (_preLowered.Count > 0 && _preLowered.TryGetValue(e, out var pre))
            return pre;
        var lowered = LowerUnmarked(e);
        return TakeLineMark(e, out var mark) ? WithLinePoints(e, lowered, mark) : lowered;
    }

    /// <summary><paramref name="lowered"/> with the LINE points of a statement spanning lines around it: the line its
    /// evaluation starts on, and those its parents' instructions after it run on (<see cref="ExpressionLines"/>).</summary>
    private CsExpr WithLinePoints(Expr e, CsExpr lowered, ExpressionLines.Mark mark)
    {
        string code = WithLinePoints(e, lowered.Code, mark);
        if (code == lowered.Code)
            return lowered;
        // A name or a constant may be written twice (a call's operand, in its fast and its generic form): with its
        // points, it is evaluated once, into a temporary, where it stands; what comes before it in the statement is
        // spilled first, as it writes statements (ExpressionLines.Plan.Holders, NeedsStatements).
        if (CallOperands.IsSimple(e) || lowered.IsConstant)
            return CsExpr.Value(Spill(new CsExpr(code, lowered.Type).AsValue()));
        return new CsExpr(code, lowered.Type);
    }

    /// <summary>The expressions of the statement being lowered whose LINE points are written (a test lowered as a
    /// condition may be lowered as a value inside, which writes them).</summary>
    private readonly HashSet<Expr> _linePointsWritten = new();

    /// <summary>The mark of <paramref name="e"/> in the plan of the statement being lowered, when it has one whose points
    /// are not written yet; the caller writes them.</summary>
    private bool TakeLineMark(Expr e, out ExpressionLines.Mark mark)
    {
        mark = null!;
        return _linePlan is not null && _linePlan.Marks.TryGetValue(e, out mark!) && _linePointsWritten.Add(e);
    }

    /// <summary><paramref name="code"/> (C# of any type) with the points of <paramref name="mark"/> around it.</summary>
    private string WithLinePoints(Expr e, string code, ExpressionLines.Mark mark)
    {
        // (the first line's point outermost: it runs first)
        foreach (int line in Enumerable.Reverse(mark.Before ?? new List<int>()))
        {
            if (_e.Instrumenter.LineWithin(e, line) is { } before)
                code = $"Instrument.Before({before}, {code})";
        }
        foreach (int line in mark.After ?? Enumerable.Empty<int>())
        {
            if (_e.Instrumenter.LineWithin(e, line) is { } after)
                code = $"Instrument.After({code}, {after})";
        }
        return code;
    }

    private CsExpr LowerUnmarked(Expr e)
    {
        if (_preLowered.Count > 0 && _preLowered.TryGetValue(e, out var pre))
            return pre;
        switch (e)
        {
            case Constant c:
                return LowerConstant(c.Value, c);
            case Name n:
                return LoadName(n);
            case BinOp b:
            {
                if ((TryFloatArithmetic(b) ?? TryIntArithmetic(b)) is { } speculated)
                    return speculated;
                var ops = LowerOperands(new List<Expr> { b.Left, b.Right });
                return CsExpr.Value($"{OperatorClass(b.Op)}.{OperatorMethod(b.Op)}({ops[0].AsValue()}, {ops[1].AsValue()})");
            }
            case UnaryOp u:
                return Unary(u);
            case BoolOp b:
                return BoolOperation(b);
            case Compare c:
                return Comparison(c, asCondition: false);
            case IfExp i:
                return Conditional(i);
            case NamedExpr ne:
            {
                var value = Lower(ne.Value);
                var target = (Name)ne.Target;
                if (Storage(target.Id, target) is (StorageKind.ClassNamespace, var ns))
                    return CsExpr.Value($"{ns}.Store({CsNames.StringLiteral(target.Id)}, {value.AsValue()})");
                string lv = NameLvalue(target.Id, target);
                return CsExpr.Value($"({lv} = {value.AsValue()})");
            }
            case Call c:
                return LowerCallSite(c);
            case Attribute a:
                return CsExpr.Value(AttrGetCode(LowerValue(a.Value), a.Attr));
            case Subscript { Slice: Slice sl } ss:
                return LowerSliceLoad(ss, sl);
            case Subscript s:
            {
                var (obj, key) = LowerSubscriptOperands(s);
                return CsExpr.Value($"PyOps.GetItem({obj}, {key})");
            }
            case Slice s:
            {
                var ops = LowerOperands(new List<Expr?> { s.Lower, s.Upper, s.Step });
                return CsExpr.Value($"PyOps.Slice({ops[0].AsValue()}, {ops[1].AsValue()}, {ops[2].AsValue()})");
            }
            case List or Tuple or Set when Elements(e).Any(x => x is Starred):
                return DisplayWithUnpacking(e);
            case List l:
            {
                if (l.Elts.Count == 0)
                    return CsExpr.Value("PyValue.FromObject(new PyList())");
                var items = LowerOperands(l.Elts).Select(x => x.AsValue());
                return CsExpr.Value($"PyValue.FromObject(new PyList(new PyValue[] {{ {string.Join(", ", items)} }}))");
            }
            case Tuple t:
            {
                if (t.Elts.Count == 0)
                    return new CsExpr("PyValue.FromObject(PyTuple.Empty)", CsType.Value, isConstant: true);
                var items = LowerOperands(t.Elts).Select(x => x.AsValue());
                return CsExpr.Value($"PyValue.FromObject(new PyTuple(new PyValue[] {{ {string.Join(", ", items)} }}))");
            }
            case Set s:
            {
                var items = LowerOperands(s.Elts).Select(x => x.AsValue());
                return CsExpr.Value($"Rt.MakeSet(new PyValue[] {{ {string.Join(", ", items)} }})");
            }
            case Dict d when d.Keys.Any(k => k is null):
            {
                // {**a, k: v}: entries in order, mappings merged with update semantics.
                string dict = Holder("PyDict", "dict", "new PyDict()", d);
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    if (d.Keys[i] is { } key)
                    {
                        var kv = LowerOperands(new List<Expr> { key, d.Values[i] });
                        _w.Line($"{dict}.SetItem({kv[0].AsValue()}, {kv[1].AsValue()});");
                    }
                    else
                    {
                        _w.Line($"{dict}.UpdateFrom({LowerValue(d.Values[i])});");
                    }
                }
                string r = NewTemp();
                _w.Line($"{r} = PyValue.FromObject({dict});");
                return CsExpr.Value(r);
            }
            case Dict d:
            {
                var flat = new List<Expr?>();
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    flat.Add(d.Keys[i]);
                    flat.Add(d.Values[i]);
                }
                if (flat.Count == 0)
                    return CsExpr.Value("PyValue.FromObject(new PyDict())");
                var items = LowerOperands(flat).Select(x => x.AsValue());
                return CsExpr.Value($"Rt.MakeDict(new PyValue[] {{ {string.Join(", ", items)} }})");
            }
            case JoinedStr js:
                return FString(js);
            case FormattedValue fv:
                return CsExpr.Str(FormattedPart(fv));
            case Lambda lambda:
                return CsExpr.Value($"PyValue.FromObject({MakeFunction(_m.Functions[lambda])})");
            case ListComp lc:
                return Comprehension(lc, lc.Generators, ComprehensionKind.List, lc.Elt, null);
            case SetComp sc:
                return Comprehension(sc, sc.Generators, ComprehensionKind.Set, sc.Elt, null);
            case DictComp dc:
                return Comprehension(dc, dc.Generators, ComprehensionKind.Dict, dc.Key, dc.Value);
            case GeneratorExp ge:
                return GeneratorExpression(ge);
            case Yield y:
                return LowerYield(y);
            case YieldFrom yf:
                return LowerYieldFrom(yf);
            case Await aw:
                return LowerAwait(aw);
        }
        throw new LoweringError($"'{e.PythonName}' expressions are not supported yet", e);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Constants

    private CsExpr LowerConstant(object? value, Node at)
    {
        switch (value)
        {
            case null:
                return new CsExpr("PyValue.None", CsType.Value, isConstant: true);
            case bool b:
                return new CsExpr(b ? "PyValue.True" : "PyValue.False", CsType.Value, isConstant: true);
            case int i:
                return IntConstant(i);
            case long l:
                return IntConstant(l);
            case BigInteger big:
                return big >= long.MinValue && big <= long.MaxValue
                    ? IntConstant((long)big)
                    : new CsExpr(_m.BigInt(big), CsType.Value, isConstant: true);
            case double d:
                return new CsExpr($"PyValue.FromFloat({DoubleLiteral(d)})", CsType.Value, isConstant: true);
            case System.Numerics.Complex z:
                return CsExpr.Value($"global::PyAot.Runtime.PyComplex.Create({DoubleLiteral(z.Real)}, {DoubleLiteral(z.Imaginary)})");
            case string s:
                return new CsExpr(CsNames.StringLiteral(s), CsType.String, isConstant: true);
            case byte[] bytes:
                return new CsExpr(_m.Bytes(bytes), CsType.Value, isConstant: true);
            case EllipsisValue:
                return new CsExpr("PyValue.FromObject(PyEllipsisType.Instance)", CsType.Value, isConstant: true);
        }
        throw new LoweringError($"constants of type '{value.GetType().Name}' are not supported yet", at);
    }

    private static CsExpr IntConstant(long v) =>
        new(v == long.MinValue ? "PyValue.FromInt(long.MinValue)" : $"PyValue.FromInt({v.ToString(CultureInfo.InvariantCulture)})",
            CsType.Value, isConstant: true);

    private static string DoubleLiteral(double d)
    {
        if (double.IsPositiveInfinity(d))
            return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(d))
            return "double.NegativeInfinity";
        if (double.IsNaN(d))
            return "double.NaN";
        if (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0)
            return "-0.0d";
        return PyLiteral.RoundTripString(d) + "d";
    }

    private static string Paren(string code) =>
        IsAtomic(code) ? code : "(" + code + ")";

    private static bool IsAtomic(string code)
    {
        if (code.Length == 0)
            return true;
        if (code[0] == '(' && MatchingParen(code, 0) == code.Length - 1)
            return true;
        // identifier-ish / member access / invocation chains: no top-level operators
        int depth = 0;
        bool inString = false;
        for (int i = 0; i < code.Length; i++)
        {
            char ch = code[i];
            if (inString)
            {
                if (ch == '\\')
                    i++;
                else if (ch == '"')
                    inString = false;
                continue;
            }
            switch (ch)
            {
                case '"':
                    inString = true;
                    break;
                case '(':
                case '[':
                case '{':
                    depth++;
                    break;
                case ')':
                case ']':
                case '}':
                    depth--;
                    break;
                default:
                    if (depth == 0 && !(char.IsLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '@'))
                        return false;
                    break;
            }
        }
        return true;
    }

    private static int MatchingParen(string code, int open)
    {
        int depth = 0;
        bool inString = false;
        for (int i = open; i < code.Length; i++)
        {
            char ch = code[i];
            if (inString)
            {
                if (ch == '\\')
                    i++;
                else if (ch == '"')
                    inString = false;
                continue;
            }
            if (ch == '"')
                inString = true;
            else if (ch == '(')
                depth++;
            else if (ch == ')' && --depth == 0)
                return i;
        }
        return -1;
    }

    /// <summary><c>[a, *b]</c>, <c>(a, *b)</c>, <c>{a, *b}</c>: the items gathered into a list, in order.</summary>
    private CsExpr DisplayWithUnpacking(Expr e)
    {
        string items = Holder("PyList", "items", "new PyList()", e);
        foreach (var x in Elements(e))
        {
            if (x is Starred st)
                _w.Line(e is Set ? $"{items}.Extend({LowerValue(st.Value)});" : $"Rt.ExtendDisplay({items}, {LowerValue(st.Value)});");
            else
                _w.Line($"{items}.Append({LowerValue(x)});");
        }
        string r = NewTemp();
        _w.Line(e switch
        {
            List => $"{r} = PyValue.FromObject({items});",
            Tuple => $"{r} = PyValue.FromObject(new PyTuple({items}.AsSpan().ToArray()));",
            _ => $"{r} = PyValue.FromObject(PySet.FromIterable(PyValue.FromObject({items}), false));",
        });
        return CsExpr.Value(r);
    }

    /// <summary>
    /// A holder (list, dict) built over several statements: a C# block local, or a generator field when a yield may
    /// suspend the generator while it is being filled. Emits the initialisation; returns the name.
    /// </summary>
    private string Holder(string type, string hint, string init, Expr owner)
    {
        if (!SuspendsIn(owner))
        {
            string local = NewBlockLocal(hint);
            _w.Line($"var {local} = {init};");
            return local;
        }
        string field = GeneratorField(type + "?", hint);
        _w.Line($"{field} = {init};");
        return field + "!";
    }
}

internal static class ExprExtensions
{
    /// <summary>Evaluating it has no effect and cannot raise (a literal).</summary>
    public static bool IsPure(this Expr e) => e is Constant;
}
