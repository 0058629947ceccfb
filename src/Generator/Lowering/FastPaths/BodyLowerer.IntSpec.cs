using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Int speculation on whole arithmetic expressions, the int counterpart of <c>BodyLowerer.FloatSpec.cs</c>. A tree of
/// <c>+ - * // % &amp; | ^</c>, <c>&gt;&gt;</c> by a literal and unary minus whose leaves are fast locals (C# locals,
/// definitely bound) and int literals is lowered as
/// <c>(a.Ref == ValueTags.Int &amp;&amp; b.Ref == ValueTags.Int &amp;&amp; IntSpec.Mul(a.Bits, b.Bits, out long t) ? PyValue.FromInt(t % 7...) : generic PyOps code)</c>:
/// every leaf's tag is tested once, then the tree is computed on longs; each operation that could leave the small
/// ints or raise (overflow into a big int, a zero divisor) is an <c>IntSpec</c> helper that returns false, and
/// then the whole tree is evaluated again on the generic path, which gives the big int or the error.
/// <para>
/// Sound without deoptimization: reading a bound local has no side effect, so testing every leaf and computing on
/// longs first is unobservable, and when every leaf is an int (bools are not: their tag differs) Python's int
/// arithmetic is long arithmetic wherever the helpers return true. A single comparison of such trees
/// (<c>i * i &lt;= limit</c>) and an augmented assignment to a fast local (<c>total += i * i % 10</c>) are native too.
/// An expression with a single operation is left to PyOps' own inline int path (the same test and operation; a
/// guarded copy would only add code), and trees over locals the function mixes with floats to the float speculation.
/// </para>
/// </summary>
internal sealed partial class BodyLowerer
{

    /// <summary>A node of an int-speculated tree: a leaf's C# local, a literal, or an operation.</summary>
    private sealed class INode
    {
        public string? Leaf;
        public long? Literal;
        public Operator Op;
        public bool Negate;
        public INode? Left;
        public INode? Right;

        public bool IsOperation => Leaf is null && Literal is null;

        /// <summary>How many operations the tree has (a single one gains nothing over PyOps' own int fast path).</summary>
        public int Operations => IsOperation ? 1 + (Left?.Operations ?? 0) + (Right?.Operations ?? 0) : 0;
    }

    /// <summary>Builds the speculated tree, or null when <paramref name="e"/> is not an int tree over fast locals.</summary>
    private INode? IntTree(Expr e, HashSet<string> leafIds)
    {
        switch (e)
        {
            case Constant { Value: int or long } c:
                return new INode { Literal = Convert.ToInt64(c.Value, CultureInfo.InvariantCulture) };
            case Name n:
            {
                var (kind, id) = Storage(n.Id, n);
                if (kind is not (StorageKind.Local or StorageKind.ComprehensionVariable) || id is null || !IsBoundRead(n) ||
                    (kind == StorageKind.Local && Floatish.Contains(n.Id)))
                    return null;
                leafIds.Add(id);
                return new INode { Leaf = id };
            }
            case UnaryOp { Op: UnaryOperator.USub } u:
            {
                var x = IntTree(u.Operand, leafIds);
                if (x is null)
                    return null;
                if (x.Literal is long v && v != long.MinValue)
                    return new INode { Literal = -v };
                return new INode { Negate = true, Left = x };
            }
            case BinOp b when b.Op is Operator.Add or Operator.Sub or Operator.Mult or Operator.FloorDiv or Operator.Mod
                or Operator.BitAnd or Operator.BitOr or Operator.BitXor or Operator.RShift:
            {
                var l = IntTree(b.Left, leafIds);
                if (l is null)
                    return null;
                var r = IntTree(b.Right, leafIds);
                if (r is null)
                    return null;
                if (b.Op == Operator.RShift && r.Literal is not (>= 0))
                    return null;
                return new INode { Op = b.Op, Left = l, Right = r };
            }
        }
        return null;
    }

    /// <summary>
    /// The C# code of <paramref name="n"/>'s long value; operations that can fail append their
    /// <c>IntSpec.Op(..., out long t)</c> test to <paramref name="tests"/> (in evaluation order) and yield <c>t</c>.
    /// </summary>
    private string IntCode(INode n, List<string> tests)
    {
        if (n.Literal is long lit)
            return lit < 0 ? "(" + lit.ToString(CultureInfo.InvariantCulture) + "L)" : lit.ToString(CultureInfo.InvariantCulture) + "L";
        if (n.Leaf is not null)
            return n.Leaf + ".Bits";
        string a = IntCode(n.Left!, tests);
        if (n.Negate)
            return Checked($"IntSpec.Neg({a}, out long {{0}})");
        string b = IntCode(n.Right!, tests);
        bool positiveDivisor = n.Right!.Literal is > 0;
        return n.Op switch
        {
            Operator.Add => Checked($"IntSpec.Add({a}, {b}, out long {{0}})"),
            Operator.Sub => Checked($"IntSpec.Sub({a}, {b}, out long {{0}})"),
            Operator.Mult => Checked($"IntSpec.Mul({a}, {b}, out long {{0}})"),
            Operator.FloorDiv when positiveDivisor => $"IntSpec.FloorDivPos({a}, {b})",
            Operator.FloorDiv => Checked($"IntSpec.FloorDiv({a}, {b}, out long {{0}})"),
            Operator.Mod when positiveDivisor => $"IntSpec.ModPos({a}, {b})",
            Operator.Mod => Checked($"IntSpec.Mod({a}, {b}, out long {{0}})"),
            Operator.BitAnd => $"({a} & {b})",
            Operator.BitOr => $"({a} | {b})",
            Operator.BitXor => $"({a} ^ {b})",
            _ => $"({a} >> {Math.Min(n.Right!.Literal!.Value, 63).ToString(CultureInfo.InvariantCulture)})",
        };

        string Checked(string format)
        {
            string t = NewBlockLocal("n");
            tests.Add(string.Format(CultureInfo.InvariantCulture, format, t));
            return t;
        }
    }

    private static string IntGuard(HashSet<string> leafIds, List<string> tests) =>
        string.Join(" && ", leafIds.Select(id => $"{id}.Ref == ValueTags.Int").Concat(tests));

    private bool IntSpecAllowed => _speculation.AllowsIntSpeculation;

    /// <summary>Hook for <see cref="Lower"/>: an int-speculated arithmetic expression, or null.</summary>
    private CsExpr? TryIntArithmetic(BinOp b)
    {
        if (!IntSpecAllowed)
            return null;
        var leafIds = new HashSet<string>();
        var tree = IntTree(b, leafIds);
        if (tree is null || tree.Operations < 2 || leafIds.Count == 0 || leafIds.Count > 8)
            return null;
        var tests = new List<string>();
        string native = IntCode(tree, tests);
        string generic = IntFallback(() => Lower(b).AsValue());
        return CsExpr.Value($"({IntGuard(leafIds, tests)} ? PyValue.FromInt({native}) : {generic})");
    }

    /// <summary>Hook for <see cref="Comparison"/>: one comparison of int trees (at least one with an operation), or null.</summary>
    private CsExpr? TryIntComparison(Compare c, bool asCondition)
    {
        if (!IntSpecAllowed || c.Ops.Count != 1)
            return null;
        string? op = NativeOperators.Comparison(c.Ops[0]);
        if (op is null)
            return null;
        var leafIds = new HashSet<string>();
        var l = IntTree(c.Left, leafIds);
        var r = l is null ? null : IntTree(c.Comparators[0], leafIds);
        if (l is null || r is null || !(l.IsOperation || r.IsOperation) || leafIds.Count == 0 || leafIds.Count > 8)
            return null;
        var tests = new List<string>();
        string native = $"{IntCode(l, tests)} {op} {IntCode(r, tests)}";
        var generic = IntFallback(() => Comparison(c, asCondition));
        string guard = IntGuard(leafIds, tests);
        if (asCondition)
            return CsExpr.Bool($"({guard} ? {native} : {generic.AsCondition()})");
        return CsExpr.Value($"({guard} ? PyValue.FromBool({native}) : {generic.AsValue()})");
    }

    /// <summary>
    /// Hook for augmented assignment to a fast local: <c>current op= value</c> (<paramref name="current"/> is the C#
    /// local). Returns the C# expression of the result, or null. On ints the in-place operator is the binary one.
    /// </summary>
    private string? TryIntInplace(string current, string pythonName, Operator op, Expr value, string method)
    {
        if (!IntSpecAllowed || IsModule || Floatish.Contains(pythonName) ||
            op is not (Operator.Add or Operator.Sub or Operator.Mult or Operator.FloorDiv or Operator.Mod
                or Operator.BitAnd or Operator.BitOr or Operator.BitXor or Operator.RShift))
            return null;
        var leafIds = new HashSet<string> { current };
        var r = IntTree(value, leafIds);
        if (r is null || leafIds.Count > 8 || (op == Operator.RShift && r.Literal is not (>= 0)))
            return null;
        var tree = new INode { Op = op, Left = new INode { Leaf = current }, Right = r };
        if (tree.Operations < 2)
            return null;
        var tests = new List<string>();
        string native = IntCode(tree, tests);
        string generic = IntFallback(() => LowerValue(value));
        return $"({IntGuard(leafIds, tests)} ? PyValue.FromInt({native}) : {method}({current}, {generic}))";
    }

    private T IntFallback<T>(Func<T> lower)
    {
        return InArm(_speculation.IntFallback(), lower);
    }
}
