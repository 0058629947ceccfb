using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

internal sealed partial class BodyLowerer
{
    private readonly Dictionary<Expr, bool> _needsStatements = new();

    private string LowerValue(Expr e) => Lower(e).AsValue();

    /// <summary>
    /// Whether lowering <paramref name="e"/> emits statements (an inlined comprehension). Operands evaluated before
    /// such an expression are spilled to temporaries so Python's left-to-right order holds.
    /// </summary>
    private bool NeedsStatements(Expr e)
    {
        if (_needsStatements.TryGetValue(e, out var r))
            return r;
        r = e switch
        {
            ListComp or SetComp or DictComp or Yield or YieldFrom => true,
            Constant or Name => false,
            BoolOp b => b.Values.Any(NeedsStatements),
            NamedExpr ne => NeedsStatements(ne.Value),
            BinOp b => NeedsStatements(b.Left) || NeedsStatements(b.Right),
            UnaryOp u => NeedsStatements(u.Operand),
            IfExp i => NeedsStatements(i.Test) || NeedsStatements(i.Body) || NeedsStatements(i.Orelse),
            Dict d => d.Keys.Any(k => k is null || NeedsStatements(k)) || d.Values.Any(NeedsStatements),
            Set s => s.Elts.Any(x => x is Starred || NeedsStatements(x)),
            List l => l.Elts.Any(x => x is Starred || NeedsStatements(x)),
            Tuple t => t.Elts.Any(x => x is Starred || NeedsStatements(x)),
            Compare c => NeedsStatements(c.Left) || c.Comparators.Any(NeedsStatements),
            Call c => c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null) ||
                      NeedsStatements(c.Func) || c.Args.Any(NeedsStatements) || c.Keywords.Any(k => NeedsStatements(k.Value)),
            FormattedValue fv => NeedsStatements(fv.Value) || (fv.FormatSpec is not null && NeedsStatements(fv.FormatSpec)),
            JoinedStr js => js.Values.Any(NeedsStatements),
            Attribute a => NeedsStatements(a.Value),
            Subscript s => NeedsStatements(s.Value) || NeedsStatements(s.Slice),
            Slice s => (s.Lower is not null && NeedsStatements(s.Lower)) || (s.Upper is not null && NeedsStatements(s.Upper)) ||
                       (s.Step is not null && NeedsStatements(s.Step)),
            Starred s => NeedsStatements(s.Value),
            _ => false,
        };
        _needsStatements[e] = r;
        return r;
    }

    /// <summary>Lowers operands evaluated left to right, spilling the ones before a statement-emitting operand.</summary>
    private List<CsExpr> LowerOperands(IReadOnlyList<Expr?> ops)
    {
        // (a null entry is an absent optional operand: None; LowerOperands of kw defaults passes nulls too)
        int last = -1;
        for (int i = 0; i < ops.Count; i++)
        {
            if (ops[i] is { } op && NeedsStatements(op))
                last = i;
        }
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
            if (i < last && !e.IsConstant)
                e = CsExpr.Value(Spill(e.AsValue()));
            result.Add(e);
        }
        return result;
    }


    // =========================================================================================================

    private CsExpr Lower(Expr e)
    {
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
                return _e.Call(c, LowerCall(c));
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
        return d.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Names

    /// <summary>Whether a name read here means the builtin (no local, no module global of that name).</summary>
    private bool IsBuiltin(Name n) =>
        Storage(n.Id, n) is (StorageKind.Global, null) && BuiltinNames.All.Contains(n.Id);

    /// <summary>Whether a name read here is the module global <paramref name="n"/> (not a local of any kind).</summary>
    private bool IsGlobal(Name n) => Storage(n.Id, n).Kind == StorageKind.Global;

    private CsExpr LoadName(Name n)
    {
        string name = n.Id;
        var (kind, id) = Storage(name, n);
        switch (kind)
        {
            case StorageKind.ClassNamespace:
            {
                // LOAD_NAME: the class body's own binding, else the global, else the builtin.
                string t = NewTemp();
                return CsExpr.Value($"({id}.TryGet({CsNames.StringLiteral(name)}, out {t}) ? {t} : {GlobalRead(name).Code})");
            }
            case StorageKind.Local:
            case StorageKind.ComprehensionVariable:
                return IsBound(id!) ? CsExpr.Value(id!) : CsExpr.Value($"Rt.Local({id}, {CsNames.StringLiteral(name)})");
            case StorageKind.Cell:
                return CsExpr.Value($"Rt.Local({id}.Value, {CsNames.StringLiteral(name)})");
            case StorageKind.Free:
                return CsExpr.Value($"Rt.Free({id}.Value, {CsNames.StringLiteral(name)})");
        }
        return GlobalRead(name);
    }

    /// <summary>A read of the module global <paramref name="name"/>, falling back to the builtin of that name.</summary>
    private CsExpr GlobalRead(string name)
    {
        string? id = _m.GlobalFields.TryGetValue(name, out var field) ? ModuleState.Global(field) : null;
        if (id is not null)
        {
            if (BuiltinNames.All.Contains(name))
                return CsExpr.Value($"Rt.GlobalOrBuiltin({id}, {_m.BuiltinRef(name)})");
            if (IsModule && IsBound(id) && !_m.GloballyDeleted.Contains(name))
                return CsExpr.Value(id);
            return CsExpr.Value($"Rt.Global({id}, {CsNames.StringLiteral(name)})");
        }
        if (BuiltinNames.All.Contains(name))
            return CsExpr.Value(_m.BuiltinRef(name));
        return CsExpr.Value($"Rt.NameError({CsNames.StringLiteral(name)})");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Operators

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
        string cls = method == "Neg" && _inFloatFallback ? "FloatSpec" : "PyOps";
        return CsExpr.Value($"{cls}.{method}({LowerValue(u.Operand)})");
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

    /// <summary>A Python truth test as a C# bool, without materialising intermediate bools as PyValues.</summary>
    private string LowerCondition(Expr e)
    {
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
            string result = LowerValue(b.Values[b.Values.Count - 1]);
            for (int i = b.Values.Count - 2; i >= 0; i--)
            {
                string left = LowerValue(b.Values[i]);
                string t = NewTemp();
                result = isAnd
                    ? $"(PyOps.IsTrue({t} = {left}) ? {result} : {t})"
                    : $"(PyOps.IsTrue({t} = {left}) ? {t} : {result})";
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
            _w.Open($"if ({(isAnd ? "" : "!")}PyOps.IsTrue({r}))");
            opened++;
            _w.Line($"{r} = {LowerValue(b.Values[i])};");
        }
        for (int i = 0; i < opened; i++)
            _w.Close();
        return CsExpr.Value(r);
    }

    private CsExpr Conditional(IfExp i)
    {
        if (!NeedsStatements(i.Body) && !NeedsStatements(i.Orelse))
        {
            string cond = _e.Branch(i, LowerCondition(i.Test));
            return CsExpr.Value($"({cond} ? {LowerValue(i.Body)} : {LowerValue(i.Orelse)})");
        }
        if (SuspendsIn(i))
            return FlatConditional(i);
        string c = _e.Branch(i, LowerCondition(i.Test));
        string r = NewTemp();
        _w.Open($"if ({c})");
        _w.Line($"{r} = {LowerValue(i.Body)};");
        _w.Close();
        _w.Open("else");
        _w.Line($"{r} = {LowerValue(i.Orelse)};");
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
        if ((TryFloatComparison(c, asCondition) ?? TryIntComparison(c, asCondition)) is { } speculated)
            return speculated;
        int n = c.Ops.Count;
        if (n == 1)
        {
            var ops = LowerOperands(new List<Expr> { c.Left, c.Comparators[0] });
            return CompareOne(c.Ops[0], ops[0].AsValue(), ops[1].AsValue(), asCondition);
        }
        if (c.Comparators.Skip(1).Any(NeedsStatements) || (NeedsStatements(c.Comparators[0]) && !c.Left.IsPure()))
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
            return CsExpr.Bool("(" + string.Join(" && ", links.Select(l => Paren(l.AsCondition()))) + ")");
        // Value: (IsTrue(r = link0) ? (IsTrue(r = link1) ? link2 : r) : r)
        string result = links[n - 1].AsValue();
        for (int i = n - 2; i >= 0; i--)
        {
            if (links[i].Type == CsType.Bool)
            {
                result = $"({links[i].Code} ? {result} : PyValue.False)";
            }
            else
            {
                string r = NewTemp();
                result = $"(PyOps.IsTrue({r} = {links[i].Code}) ? {result} : {r})";
            }
        }
        return CsExpr.Value(result);
    }

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
            if (i < c.Ops.Count - 1)
            {
                _w.Open($"if (PyOps.IsTrue({r}))");
                opened++;
            }
        }
        for (int i = 0; i < opened; i++)
            _w.Close();
        return CsExpr.Value(r);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calls

    /// <summary><c>[a, *b]</c>, <c>(a, *b)</c>, <c>{a, *b}</c>: the items gathered into a list, in order.</summary>
    private CsExpr DisplayWithUnpacking(Expr e)
    {
        string items = Holder("PyList", "items", "new PyList()", e);
        foreach (var x in Elements(e))
        {
            if (x is Starred st)
                _w.Line($"{items}.Extend({LowerValue(st.Value)});");
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
    /// A call with <c>*iterable</c> or <c>**mapping</c> arguments (CPython's CALL_FUNCTION_EX): the callee, then the
    /// positional arguments into a list, then the keywords into a dict, then one call.
    /// </summary>
    private CsExpr LowerCallWithUnpacking(Call c)
    {
        string func = c.Func is Attribute attr
            ? Spill($"PyOps.GetAttr({LowerValue(attr.Value)}, {CsNames.StringLiteral(attr.Attr)})")
            : Spill(LowerValue(c.Func));
        string pos = Holder("PyList", "args", "new PyList()", c);
        foreach (var a in c.Args)
        {
            if (a is Starred st)
                _w.Line($"{pos}.Extend({LowerValue(st.Value)});");
            else
                _w.Line($"{pos}.Append({LowerValue(a)});");
        }
        string kw = "null";
        if (c.Keywords.Count > 0)
        {
            kw = Holder("PyDict", "kwargs", "new PyDict()", c);
            foreach (var k in c.Keywords)
            {
                if (k.Arg is null)
                    _w.Line($"Rt.MergeKeywords({kw}, {LowerValue(k.Value)}, {func});");
                else
                    _w.Line($"Rt.AddKeyword({kw}, {CsNames.StringLiteral(k.Arg)}, {LowerValue(k.Value)}, {func});");
            }
        }
        string r = NewTemp();
        _w.Line($"{r} = Rt.CallEx({func}, {pos}, {kw});");
        return CsExpr.Value(r);
    }

    private CsExpr LowerCall(Call c)
    {
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null))
            return LowerCallWithUnpacking(c);
        var kwNames = c.Keywords.Select(k => k.Arg!).ToList();
        if (c.Func is Name { Id: "super" } sn && c.Args.Count == 0 && kwNames.Count == 0 && IsBuiltin(sn) &&
            _fn is { } method && method.FreeVars.Contains("__class__") && method.Parameters.Count > 0 && _scope == _functionScope)
        {
            // Zero-argument super(): the class from the method's __class__ cell, the first argument as self.
            var self = LoadName(new Name { Id = method.Parameters[0], Ctx = ExprContext.Load, Lineno = c.Lineno, ColOffset = c.ColOffset });
            return CsExpr.Value($"Rt.Super(Rt.Free({_free["__class__"]}.Value, \"__class__\"), {self.Code})");
        }
        if (c.Func is Name fname && kwNames.Count == 0)
        {
            if (IsBuiltin(fname))
            {
                if (TryBuiltinCall(fname.Id, c, out var special))
                    return special;
            }
            else if (IsGlobal(fname) &&
                     _m.UniqueDefs.TryGetValue(fname.Id, out var fn) &&
                     c.Args.Count >= fn.RequiredCount && c.Args.Count <= fn.Parameters.Count)
            {
                // Guarded direct call: the helper calls the static method when the global still holds the function
                // object the def created (the global is read first, as Python evaluates the callee first).
                fn.CallArities.Add(c.Args.Count);
                var ops = LowerOperands(new List<Expr> { c.Func }.Concat(c.Args).ToList());
                return CsExpr.Value($"{ModuleState.CallHelper(fn)}({string.Join(", ", ops.Select(o => o.AsValue()))})");
            }
            else if (TryImportedFunctionCall(fname, c, out var imported))
            {
                return imported;
            }
        }
        if (c.Func is Name pn && pn.Id == "print" && IsBuiltin(pn) && TryPrintArguments(c, out var printArgs))
            return CsExpr.Value($"Rt.Print({printArgs})");
        string kw = kwNames.Count == 0 ? "null" : _m.KwNames(kwNames);
        if (c.Func is Attribute { Attr: "append" } app && c.Args.Count == 1 && kwNames.Count == 0)
        {
            // The commonest method call: lists append without the method lookup (any other object: the protocol).
            var ops = LowerOperands(new List<Expr> { app.Value, c.Args[0] });
            return CsExpr.Value($"Rt.CallAppend({ops[0].AsValue()}, {ops[1].AsValue()})");
        }
        if (c.Func is Attribute { Value: Name moduleName } moduleAttr && TryBuiltinModuleCall(moduleName, moduleAttr.Attr, c, out var direct))
            return direct;
        if (c.Func is Attribute builtinAttr && TryBuiltinMethodCall(builtinAttr, c, out var builtinCall))
            return builtinCall;
        if (c.Func is Attribute siteAttr && TryAttrSiteCall(siteAttr, c, out var siteCall))
            return siteCall;
        if (c.Func is Attribute attr)
        {
            var ops = LowerOperands(new List<Expr> { attr.Value }.Concat(c.Args).Concat(c.Keywords.Select(k => k.Value)).ToList());
            string args = Span(ops.Skip(1).Select(o => o.AsValue()).ToList());
            return CsExpr.Value($"PyOps.CallMethod({ops[0].AsValue()}, {CsNames.StringLiteral(attr.Attr)}, {args}, {kw})");
        }
        var all = LowerOperands(new List<Expr> { c.Func }.Concat(c.Args).Concat(c.Keywords.Select(k => k.Value)).ToList());
        if (FixedArityCall(all.Select(o => o.AsValue()).ToList(), c.Keywords.Count) is { } fixedCall)
            return CsExpr.Value(fixedCall);
        return CsExpr.Value($"PyOps.Call({all[0].AsValue()}, {Span(all.Skip(1).Select(o => o.AsValue()).ToList())}, {kw})");
    }

    private static string Span(List<string> items) =>
        items.Count == 0 ? "ReadOnlySpan<PyValue>.Empty" : "[" + string.Join(", ", items) + "]";

    /// <summary>
    /// Builtins called with positional arguments the runtime has a direct entry point for: a static call, no
    /// argument span, no lookup. Key: name and argument count; value: the C# method (the arguments are appended).
    /// </summary>
    private static readonly Dictionary<(string, int), string> DirectBuiltins = new()
    {
        [("len", 1)] = "Builtins.Len",
        [("int", 0)] = "Builtins.Int",
        [("int", 1)] = "Builtins.Int",
        [("int", 2)] = "Builtins.Int",
        [("float", 0)] = "Builtins.Float",
        [("float", 1)] = "Builtins.Float",
        [("str", 1)] = "Builtins.Str",
        [("repr", 1)] = "Builtins.Repr",
        [("ascii", 1)] = "Builtins.Ascii",
        [("bool", 1)] = "Builtins.Bool",
        [("abs", 1)] = "Builtins.Abs",
        [("list", 0)] = "Builtins.List",
        [("list", 1)] = "Builtins.List",
        [("tuple", 0)] = "Builtins.Tuple",
        [("tuple", 1)] = "Builtins.Tuple",
        [("chr", 1)] = "Builtins.Chr",
        [("ord", 1)] = "Builtins.Ord",
        [("hex", 1)] = "Builtins.Hex",
        [("oct", 1)] = "Builtins.Oct",
        [("bin", 1)] = "Builtins.Bin",
        [("divmod", 2)] = "Builtins.Divmod",
        [("hash", 1)] = "Builtins.Hash",
        [("isinstance", 2)] = "Builtins.Isinstance",
        [("callable", 1)] = "Builtins.Callable",
        [("type", 1)] = "Builtins.Type",
        [("iter", 1)] = "Builtins.Iter",
        [("any", 1)] = "Builtins.Any",
        [("all", 1)] = "Builtins.All",
    };

    private bool TryBuiltinCall(string name, Call c, out CsExpr result)
    {
        result = default;
        if (c.Keywords.Count > 0 || c.Args.Any(a => a is Starred))
            return false;
        int n = c.Args.Count;
        if (DirectBuiltins.TryGetValue((name, n), out var method))
        {
            var args = LowerOperands(c.Args).Select(a => a.AsValue());
            result = CsExpr.Value($"{method}({string.Join(", ", args)})");
            return true;
        }
        switch (name)
        {
            case "str" when n == 0:
                result = new CsExpr("\"\"", CsType.String, isConstant: true);
                return true;
            case "min" or "max" when n >= 1:
            {
                var args = LowerOperands(c.Args).Select(a => a.AsValue()).ToList();
                result = CsExpr.Value($"Builtins.{(name == "min" ? "Min" : "Max")}({Span(args)})");
                return true;
            }
            case "sum" when n is 1 or 2:
            {
                var args = LowerOperands(c.Args).Select(a => a.AsValue()).ToList();
                result = CsExpr.Value($"Builtins.Sum({args[0]}, {(n == 2 ? args[1] : "default")})");
                return true;
            }
            case "round" when n is 1 or 2:
            {
                var args = LowerOperands(c.Args).Select(a => a.AsValue()).ToList();
                result = CsExpr.Value($"Builtins.Round({args[0]}, {(n == 2 ? args[1] : "default")})");
                return true;
            }
            case "sorted" when n == 1:
                result = CsExpr.Value($"Builtins.Sorted({LowerValue(c.Args[0])}, PyValue.None, false)");
                return true;
        }
        return false;
    }

    /// <summary><c>print(...)</c> as a statement calls the runtime's print directly (sep/end/flush keywords).</summary>
    private bool TryPrintStatement(Call c)
    {
        if (c.Func is not Name { Id: "print" } pn || !IsBuiltin(pn))
            return false;
        if (!TryPrintArguments(c, out var args))
            return false;
        _w.Line(_e.Call(c, $"Builtins.Print({args})") + ";");
        return true;
    }

    private bool TryPrintArguments(Call c, out string args)
    {
        args = "";
        if (c.Keywords.Any(k => k.Arg is not ("sep" or "end" or "flush")) || c.Args.Any(a => a is Starred))
            return false;
        var exprs = new List<Expr>(c.Args);
        exprs.AddRange(c.Keywords.Select(k => k.Value));
        var ops = LowerOperands(exprs);
        var positional = ops.Take(c.Args.Count).Select(o => o.AsValue()).ToList();
        string sep = "PyValue.None", end = "PyValue.None", flush = "false";
        for (int i = 0; i < c.Keywords.Count; i++)
        {
            var v = ops[c.Args.Count + i];
            switch (c.Keywords[i].Arg)
            {
                case "sep":
                    sep = v.AsValue();
                    break;
                case "end":
                    end = v.AsValue();
                    break;
                case "flush":
                    flush = v.AsCondition();
                    break;
            }
        }
        args = $"{Span(positional)}, {sep}, {end}, {flush}";
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------
    // f-strings

    private CsExpr FString(JoinedStr js)
    {
        var parts = new List<string>();
        foreach (var v in js.Values)
        {
            if (v is Constant { Value: string s })
                parts.Add(CsNames.StringLiteral(s));
            else if (v is FormattedValue fv)
                parts.Add(FormattedPart(fv));
            else
                parts.Add(Lower(v).AsString());
        }
        return parts.Count switch
        {
            0 => new CsExpr("\"\"", CsType.String, isConstant: true),
            1 => CsExpr.Str(parts[0]),
            _ => CsExpr.Str($"string.Concat({string.Join(", ", parts)})"),
        };
    }

    /// <summary>{value!conv:spec}: the conversion (repr/str/ascii), then format() with the (possibly nested) spec.</summary>
    private string FormattedPart(FormattedValue fv)
    {
        string value = LowerValue(fv.Value);
        string spec = fv.FormatSpec is null ? "\"\"" : Lower(fv.FormatSpec).AsString();
        string? converted = fv.Conversion switch
        {
            's' => $"PyOps.Str({value})",
            'r' => $"PyOps.Repr({value})",
            'a' => $"PyOps.Ascii({value})",
            _ => null,
        };
        if (converted is not null)
            return fv.FormatSpec is null ? converted : $"PyOps.Format(PyValue.FromString({converted}), {spec})";
        return $"PyOps.Format({value}, {spec})";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Comprehensions (PEP 709: inlined)

    private enum ComprehensionKind
    {
        List,
        Set,
        Dict,
    }

    /// <summary>
    /// A list/set/dict comprehension runs inline: a C# block with nested loops in the current method, no
    /// closure, no delegate. Its iteration variables are fresh C# locals, so a same-named variable outside is
    /// untouched and nothing leaks. The outermost iterable is evaluated in the enclosing scope, before the block.
    /// </summary>
    private CsExpr Comprehension(Expr node, List<Comprehension> generators, ComprehensionKind kind, Expr elt, Expr? value)
    {
        var compScope = _m.Table.ScopeOf(node);
        var firstCursor = LowerIterationCursor(generators[0].Iter);
        string result = NewTemp(kind switch { ComprehensionKind.List => "list", ComprehensionKind.Set => "set", _ => "dict" });
        var savedScope = _scope;
        var savedBound = Copy(_bound);
        _scope = compScope;
        var vars = new Dictionary<string, string>();
        _compVars[compScope] = vars;
        _w.Open();
        foreach (var sym in compScope.Symbols)
        {
            if (sym.Kind == SymbolKind.Local)
            {
                string id = _names.Allocate(sym.Name);
                vars[sym.Name] = id;
                _w.Line($"PyValue {id} = default;");
            }
            else if (sym.Kind == SymbolKind.Cell)
            {
                // Captured by a function made in the comprehension: one cell per execution of the comprehension
                // (every function made in it sees the last value), isolated from the enclosing scope's name.
                string cell = _names.Allocate(sym.Name + "_cell");
                vars[sym.Name] = cell;
                _w.Line($"var {cell} = new PyCell();");
            }
        }
        string acc = NewBlockLocal("acc");
        // [f(x) for x in xs] without conditions: the list is allocated once at the iterable's length when known;
        // a dict likewise (its order is insertion order whatever its table size). Not a set: CPython's set
        // iterates in table order, which a bigger table would change.
        string? sizedCursor = null;
        if (kind != ComprehensionKind.Set && generators.Count == 1 && generators[0].Ifs.Count == 0)
        {
            sizedCursor = NewBlockLocal(firstCursor.Hint);
            _w.Line($"var {sizedCursor} = {firstCursor.Code};");
        }
        _w.Line(kind switch
        {
            ComprehensionKind.List when sizedCursor is not null => $"var {acc} = new PyList({sizedCursor}.LengthHint);",
            // Filtered or nested: a pooled scratch buffer, copied once into a list of the exact length.
            ComprehensionKind.List => $"var {acc} = ListBuilder.Start();",
            ComprehensionKind.Set => $"var {acc} = new PySet();",
            _ when sizedCursor is not null => $"var {acc} = new PyDict({sizedCursor}.LengthHint);",
            _ => $"var {acc} = new PyDict();",
        });
        int opened = 0;
        for (int g = 0; g < generators.Count; g++)
        {
            var gen = generators[g];
            var cursor = g == 0 ? firstCursor : LowerIterationCursor(gen.Iter);
            string it = g == 0 && sizedCursor is not null
                ? sizedCursor
                : NewBlockLocal(cursor.Hint);
            string init = it == sizedCursor ? "" : $"var {it} = {cursor.Code}";
            if (gen.Target is Name tn)
            {
                string lv = NameLvalue(tn.Id, tn);
                _w.Open($"for ({init}; {it}.MoveNext(ref {lv});)");
                MarkBound(lv);
            }
            else
            {
                string item = NewTemp("item");
                _w.Open($"for ({init}; {it}.MoveNext(ref {item});)");
                StoreTo(gen.Target, CsExpr.Value(item), valueIsTemp: true);
            }
            opened++;
            foreach (var cond in gen.Ifs)
            {
                string c = LowerCondition(cond);
                _w.Open($"if ({c})");
                opened++;
            }
        }
        switch (kind)
        {
            case ComprehensionKind.List:
                _w.Line($"{acc}.Append({LowerValue(elt)});");
                break;
            case ComprehensionKind.Set:
                _w.Line($"{acc}.Add({LowerValue(elt)});");
                break;
            default:
            {
                // Python 3.8+: the key is evaluated before the value.
                string k = LowerValue(elt);
                if (NeedsStatements(value!))
                    k = Spill(k);
                string v = LowerValue(value!);
                _w.Line($"{acc}.SetItem({k}, {v});");
                break;
            }
        }
        for (int i = 0; i < opened; i++)
            _w.Close();
        _w.Line(kind == ComprehensionKind.List && sizedCursor is null
            ? $"{result} = PyValue.FromObject({acc}.Finish());"
            : $"{result} = PyValue.FromObject({acc});");
        _w.Close();
        _scope = savedScope;
        _bound = savedBound;
        return CsExpr.Value(result);
    }
}

internal static class ExprExtensions
{
    /// <summary>Evaluating it has no effect and cannot raise (a literal).</summary>
    public static bool IsPure(this Expr e) => e is Constant;
}
