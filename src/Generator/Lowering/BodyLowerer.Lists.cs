using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Subscripts in list-heavy code. A subscript tested for truth (<c>if a[i]:</c>, <c>a[i] or b[j]</c>) is one
/// <c>PyOps.IsTrueItem(a, i)</c>, which answers a list's bool item inline without the intermediate value. An index
/// that is a <c>+</c>/<c>-</c> tree (<c>a[row - col + n - 1]</c>) uses <c>PyOps.IndexAdd/IndexSub</c>: the same
/// operation as <c>PyOps.Add/Sub</c> (their slow path is Add/Sub itself) with only the small-int path inlined, which
/// keeps big functions within the JIT's inlining budget. Evaluation order is unchanged: the tree is only rewritten
/// when none of it needs statements, so its C# argument order is Python's.
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>A subscript key: <c>+</c>/<c>-</c> trees with the index entry points, anything else as usual.</summary>
    private CsExpr LowerIndex(Expr key)
    {
        if (key is BinOp { Op: Operator.Add or Operator.Sub } b && !NeedsStatements(b))
        {
            var left = LowerIndex(b.Left);
            var right = LowerIndex(b.Right);
            string method = b.Op == Operator.Add ? "IndexAdd" : "IndexSub";
            return CsExpr.Value($"PyOps.{method}({left.AsValue()}, {right.AsValue()})");
        }
        return Lower(key);
    }

    /// <summary>The object and key of <c>obj[key]</c> (not a slice), evaluated in Python's order.</summary>
    private (string Obj, string Key) LowerSubscriptOperands(Subscript s)
    {
        if (s.Slice is BinOp { Op: Operator.Add or Operator.Sub } && !NeedsStatements(s.Slice))
            return (Lower(s.Value).AsValue(), LowerIndex(s.Slice).AsValue());
        var ops = LowerOperands(new List<Expr> { s.Value, s.Slice });
        return (ops[0].AsValue(), ops[1].AsValue());
    }

    /// <summary><c>obj[key]</c> as a condition.</summary>
    private string ItemCondition(Subscript s)
    {
        var (obj, key) = LowerSubscriptOperands(s);
        return $"PyOps.IsTrueItem({obj}, {key})";
    }

    /// <summary>A call of a callable value (a local holding a function or a bound method) with up to three
    /// positional arguments: <c>PyOps.Call0..Call3</c>, no argument span; null when the call has another shape.</summary>
    private static string? FixedArityCall(List<string> operands, int keywordCount)
    {
        int args = operands.Count - 1;
        if (keywordCount != 0 || args > 3)
            return null;
        return $"PyOps.Call{args}({string.Join(", ", operands)})";
    }
}
