using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Float speculation on whole arithmetic expressions. An expression tree of <c>+ - * / // % **</c> and unary minus whose
/// leaves are fast locals (C# locals, definitely bound) and int/float literals is lowered as
/// <c>(a.IsFloat &amp;&amp; b.IsFloat ? PyValue.FromFloat(native double arithmetic) : generic PyOps code)</c>.
/// <para>
/// Sound without deoptimization: reading a local has no side effect, so testing every leaf first and then choosing
/// one of the two evaluations is unobservable; when every leaf is a float, each operation has a float operand and
/// Python's float arithmetic is IEEE double arithmetic (int literals within ±2^53 convert exactly, as CPython's
/// int→float conversion does). Division, floor division, modulo and power keep CPython's results and errors
/// (<c>FloatSpec.Div</c>/<c>FloorDiv</c>/<c>Mod</c>/<c>Pow</c>: float_div, float_floor_div, float_rem, float_pow). A single comparison of such trees (<c>x * x + y * y &lt;= 4.0</c>) is
/// native too. Only trees touching floats are speculated: a float literal, a true division, or a local the
/// function mixes with floats (<see cref="Floatish"/>); pure int code keeps the plain fast paths.
/// </para>
/// </summary>
internal sealed partial class BodyLowerer
{
    private HashSet<string>? _floatish;
    /// <summary>Which arm of a speculated tree is being written (<see cref="SpeculationContext"/>).</summary>
    private SpeculationContext _speculation;

    /// <summary>A node of a speculated tree: a leaf's C# code, a literal, or an operation.</summary>
    private sealed class FNode
    {
        public string? Leaf;
        public string? Literal;
        /// <summary>A literal's value.</summary>
        public double Value;
        public bool IsFloat;
        public Operator Op;
        public bool Negate;
        public FNode? Left;
        public FNode? Right;
        /// <summary>Holds a power whose result may be complex in Python (a base not known positive, a fractional
        /// exponent): natively such a power is NaN, which only <c>+ - *</c> and negation pass on unchanged, and
        /// a NaN result sends the evaluation to the generic arm (<see cref="NativeValue"/>).</summary>
        public bool MayBeComplex;
    }

    /// <summary>The node of <c>l op r</c>, or null where a power that may be complex would feed a division, a modulo or
    /// a power (whose float rules would not pass its NaN on, or would raise float's errors instead of complex's).</summary>
    private static FNode? Operation(Operator op, FNode l, FNode r)
    {
        bool may = l.MayBeComplex || r.MayBeComplex;
        if (may && op is Operator.Div or Operator.Pow or Operator.Mod or Operator.FloorDiv)
            return null;
        if (op == Operator.Pow && !(r.Literal is not null && r.Value == Math.Floor(r.Value)) && !(l.Literal is not null && !(l.Value < 0)))
            may = true;
        return new FNode { Op = op, Left = l, Right = r, IsFloat = true, MayBeComplex = may };
    }

    /// <summary>The C# double of a tree used as a value: its native code, or for a tree that may be complex, a test
    /// that it is not NaN binding it to a new local (false sends the caller to the generic arm).</summary>
    private string NativeValue(FNode tree, out string? check)
    {
        if (!tree.MayBeComplex)
        {
            check = null;
            return NativeCode(tree);
        }
        string v = NewBlockLocal("real");
        check = $"FloatSpec.IsReal({NativeCode(tree)}, out double {v})";
        return v;
    }

    /// <summary>Locals that take part in float arithmetic somewhere in this function (<see cref="FloatLocals"/>).</summary>
    private HashSet<string> Floatish => _floatish ??= _fn?.Node is FunctionDef f ? FloatLocals.Of(f) : new HashSet<string>();

    /// <summary>Builds the speculated tree, or null when <paramref name="e"/> is not a float tree over fast locals.</summary>
    private FNode? FloatTree(Expr e, Dictionary<string, string> leafIds)
    {
        switch (e)
        {
            case Constant { Value: double d } when !double.IsNaN(d):
                return new FNode { Literal = DoubleLiteral(d), Value = d, IsFloat = true };
            case Constant { Value: int or long or BigInteger } c:
            {
                var v = c.Value is BigInteger big ? big : new BigInteger(Convert.ToInt64(c.Value, CultureInfo.InvariantCulture));
                if (BigInteger.Abs(v) > (BigInteger.One << 53))
                    return null;
                return new FNode { Literal = DoubleLiteral((double)v), Value = (double)v, IsFloat = false };
            }
            case Name n:
            {
                var (kind, id) = Storage(n.Id, n);
                if (kind != StorageKind.Local || id is null || !IsBoundRead(n))
                    return null;
                leafIds[id] = id;
                return new FNode { Leaf = id, IsFloat = true };
            }
            case UnaryOp { Op: UnaryOperator.USub } u:
            {
                var x = FloatTree(u.Operand, leafIds);
                if (x is null)
                    return null;
                if (x.Literal is not null)
                    return new FNode { Literal = x.Literal.StartsWith("-", StringComparison.Ordinal) ? x.Literal.Substring(1) : "-" + x.Literal, Value = -x.Value, IsFloat = x.IsFloat };
                return x.IsFloat ? new FNode { Negate = true, Left = x, IsFloat = true, MayBeComplex = x.MayBeComplex } : null;
            }
            case BinOp b when b.Op is Operator.Add or Operator.Sub or Operator.Mult or Operator.Div or Operator.Pow
                or Operator.Mod or Operator.FloorDiv:
            {
                var l = FloatTree(b.Left, leafIds);
                if (l is null)
                    return null;
                var r = FloatTree(b.Right, leafIds);
                if (r is null || !(l.IsFloat || r.IsFloat))
                    return null;
                return Operation(b.Op, l, r);
            }
        }
        return null;
    }

    private static string NativeCode(FNode n)
    {
        if (n.Literal is not null)
            return n.Literal.StartsWith("-", StringComparison.Ordinal) ? "(" + n.Literal + ")" : n.Literal;
        if (n.Leaf is not null)
            return $"BitConverter.Int64BitsToDouble({n.Leaf}.Bits)";
        if (n.Negate)
            return "(-" + NativeCode(n.Left!) + ")";
        string a = NativeCode(n.Left!), b = NativeCode(n.Right!);
        return n.Op switch
        {
            Operator.Add => $"({a} + {b})",
            Operator.Sub => $"({a} - {b})",
            Operator.Mult => $"({a} * {b})",
            Operator.Div => $"FloatSpec.Div({a}, {b})",
            Operator.Mod => $"FloatSpec.Mod({a}, {b})",
            Operator.FloorDiv => $"FloatSpec.FloorDiv({a}, {b})",
            _ => $"FloatSpec.Pow({a}, {b})",
        };
    }

    private static bool HasOperation(FNode n) => n.Leaf is null && n.Literal is null;

    private static bool HasFloatLiteral(FNode n) =>
        (n.Literal is not null && n.IsFloat) || (n.Left is not null && HasFloatLiteral(n.Left)) || (n.Right is not null && HasFloatLiteral(n.Right)) ||
        n.Op == Operator.Div && n.Left is not null && n.Right is not null;

    private bool Worth(FNode tree, Dictionary<string, string> leafIds, Expr e)
    {
        if (leafIds.Count == 0 || leafIds.Count > 8)
            return false;
        if (HasFloatLiteral(tree))
            return true;
        var names = new List<string>();
        bool floaty = false;
        FloatLocals.ArithmeticLeaves(e, names, ref floaty);
        return floaty || names.Any(Floatish.Contains);
    }

    private static string Guard(Dictionary<string, string> leafIds) =>
        string.Join(" && ", leafIds.Keys.Select(id => $"{id}.Ref == ValueTags.Float"));

    /// <summary>Hook for <see cref="Lower"/>: a float-speculated arithmetic expression, or null.</summary>
    private CsExpr? TryFloatArithmetic(BinOp b)
    {
        if (!_speculation.AllowsFloatSpeculation || IsModule)
            return null;
        var leafIds = new Dictionary<string, string>();
        var tree = FloatTree(b, leafIds);
        if (tree is null || !Worth(tree, leafIds, b))
            return null;
        string generic = FloatFallback(() => Lower(b).AsValue());
        string native = NativeValue(tree, out string? check);
        return CsExpr.Value($"({Guard(leafIds)}{(check is null ? "" : " && " + check)} ? PyValue.FromFloat({native}) : {generic})");
    }

    /// <summary>Hook for <see cref="Comparison"/>: one comparison of float trees, or null.</summary>
    private CsExpr? TryFloatComparison(Compare c, bool asCondition)
    {
        if (!_speculation.AllowsFloatSpeculation || IsModule || c.Ops.Count != 1)
            return null;
        string? op = NativeOperators.Comparison(c.Ops[0]);
        if (op is null)
            return null;
        var leafIds = new Dictionary<string, string>();
        var l = FloatTree(c.Left, leafIds);
        var r = l is null ? null : FloatTree(c.Comparators[0], leafIds);
        if (l is null || r is null || !(l.IsFloat || r.IsFloat) || !(HasOperation(l) || HasOperation(r)))
            return null;
        if (!Worth(l, leafIds, c) && !Worth(r, leafIds, c))
            return null;
        string left = NativeValue(l, out string? leftCheck), right = NativeValue(r, out string? rightCheck);
        string native = $"{left} {op} {right}";
        string guard = Guard(leafIds) + (leftCheck is null ? "" : " && " + leftCheck) + (rightCheck is null ? "" : " && " + rightCheck);
        var generic = FloatFallback(() => Comparison(c, asCondition));
        if (asCondition)
            return CsExpr.Bool($"({guard} ? {native} : {generic.AsCondition()})");
        return CsExpr.Value($"({guard} ? PyValue.FromBool({native}) : {generic.AsValue()})");
    }

    /// <summary>
    /// Hook for augmented assignment: <c>current op= value</c> where <paramref name="current"/> is a C# local holding
    /// the target's value (a fast local, or a temp holding <c>obj[i]</c>). Returns the C# expression of the result,
    /// or null. For floats (and an int/float mix) the in-place operator is the binary one.
    /// </summary>
    private string? TryFloatInplace(string current, string? pythonName, Operator op, Expr value, string method)
    {
        if (!_speculation.AllowsFloatSpeculation || IsModule
            || op is not (Operator.Add or Operator.Sub or Operator.Mult or Operator.Div or Operator.Pow or Operator.Mod or Operator.FloorDiv))
            return null;
        var leafIds = new Dictionary<string, string> { [current] = current };
        var r = FloatTree(value, leafIds);
        if (r is null)
            return null;
        var tree = Operation(op, new FNode { Leaf = current, IsFloat = true }, r);
        if (tree is null)
            return null;
        var names = new List<string>();
        bool floaty = false;
        FloatLocals.ArithmeticLeaves(value, names, ref floaty);
        if (!HasFloatLiteral(tree) && !floaty && !names.Any(Floatish.Contains) && !(pythonName is not null && Floatish.Contains(pythonName)))
            return null;
        if (leafIds.Count > 8)
            return null;
        string generic = FloatFallback(() => LowerValue(value));
        string native = NativeValue(tree, out string? check);
        return $"({Guard(leafIds)}{(check is null ? "" : " && " + check)} ? PyValue.FromFloat({native}) : {FallbackInplace(method)}({current}, {generic}))";
    }

    /// <summary>
    /// Hook for <c>obj[idx] op= value</c> when the value is a float tree: the item is read once into a temp (a leaf
    /// of the speculated operation). A bound fast local as the container and a small int literal or bound fast local
    /// as the index are used in place (the value has no side effects, so nothing can rebind them in between).
    /// </summary>
    private bool TrySubscriptFloatInplace(Subscript s, Operator op, Expr value, string method)
    {
        if (!_speculation.AllowsFloatSpeculation || IsModule || s.Slice is Slice || FloatTree(value, new Dictionary<string, string>()) is null)
            return false;
        string obj = FastLocal(s.Value) ?? Spill(LowerValue(s.Value));
        string cur;
        string store;
        if (s.Slice is Constant { Value: int or long } c && Convert.ToInt64(c.Value, CultureInfo.InvariantCulture) is var k &&
            k is >= -1_000_000 and <= 1_000_000)
        {
            // The item goes to a block-scoped local (the C# compiler reuses its slot; method-level temps would
            // add a local per statement, and big methods with many locals lose the JIT's inlining).
            string lit = k.ToString(CultureInfo.InvariantCulture);
            cur = NewBlockLocal("cur");
            _w.Open();
            _w.Line($"PyValue {cur} = PyOps.GetItemInt({obj}, {lit});");
            store = $"PyOps.SetItemInt({obj}, {lit}, ";
            string r = TryFloatInplace(cur, null, op, value, method) ?? $"{method}({cur}, {LowerValue(value)})";
            _w.Line($"{store}{r});");
            _w.Close();
            return true;
        }
        else
        {
            string idx = FastLocal(s.Slice) ?? Spill(LowerValue(s.Slice));
            cur = Spill($"PyOps.GetItem({obj}, {idx})");
            store = $"PyOps.SetItem({obj}, {idx}, ";
        }
        string result = TryFloatInplace(cur, null, op, value, method) ?? $"{method}({cur}, {LowerValue(value)})";
        _w.Line($"{store}{result});");
        return true;
    }

    /// <summary>The C# local of a definitely bound fast local, or null.</summary>
    private string? FastLocal(Expr e)
    {
        if (e is not Name n)
            return null;
        var (kind, id) = Storage(n.Id, n);
        return kind == StorageKind.Local && id is not null && IsBoundRead(n) ? id : null;
    }

    /// <summary>The class of a binary operator's method here (<see cref="SpeculationContext.OperatorClass"/>).</summary>
    private string OperatorClass(Operator op) => _speculation.OperatorClass(op);

    /// <summary>Lowers <paramref name="lower"/> as the given arm of a speculated tree.</summary>
    private T InArm<T>(SpeculationContext arm, Func<T> lower)
    {
        var saved = _speculation;
        _speculation = arm;
        try
        {
            return lower();
        }
        finally
        {
            _speculation = saved;
        }
    }

    /// <summary>The in-place operator method the fallback arm of a speculated <c>x op= tree</c> calls (see <see cref="OperatorClass"/>).</summary>
    private static string FallbackInplace(string method) =>
        method is "PyOps.InplaceAdd" or "PyOps.InplaceSub" or "PyOps.InplaceMul" or "PyOps.InplaceTrueDiv" or "PyOps.InplacePow"
            or "PyOps.InplaceMod" or "PyOps.InplaceFloorDiv"
            ? "FloatSpec." + method.Substring("PyOps.".Length)
            : method;

    private T FloatFallback<T>(Func<T> lower)
    {
        return InArm(_speculation.FloatFallback(), lower);
    }
}
