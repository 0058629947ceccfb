using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Subscripts and slices. A subscript tested for truth (<c>if a[i]:</c>, <c>a[i] or b[j]</c>) is one
/// <c>PyOps.IsTrueItem(a, i)</c>, which answers a list's bool item inline without the intermediate value. An index
/// that is a <c>+</c>/<c>-</c> tree (<c>a[row - col + n - 1]</c>) uses <c>PyOps.IndexAdd/IndexSub</c>: the same
/// operation as <c>PyOps.Add/Sub</c> (their slow path is Add/Sub itself) with only the small-int path inlined, which
/// keeps big functions within the JIT's inlining budget. Evaluation order is unchanged: the tree is only rewritten
/// when none of it needs statements, so its C# argument order is Python's.
/// <para>
/// Slicing with the bounds as values: <c>a[lo:hi:step]</c> (load), <c>a[lo:hi:step] = v</c> (store) and
/// <c>del a[lo:hi:step]</c> are lowered to <c>PyOps.GetSlice/SetSlice/DelSlice(a, lo, hi, step)</c> (None for an
/// omitted bound) instead of building a slice object for <c>PyOps.GetItem/SetItem/DelItem</c>. The runtime works on
/// a list's or tuple's backing array when the bounds are ints or None and otherwise builds the slice object and
/// takes the generic path, so user classes, str and bounds with <c>__index__</c> behave exactly as before.
/// Evaluation order is CPython's: the object, then the bounds left to right (after the value, for a store).
/// </para>
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

    private List<CsExpr> LowerSliceOperands(Subscript s, Slice sl) =>
        LowerOperands(new List<Expr?> { s.Value, sl.Lower, sl.Upper, sl.Step });

    private static string SliceArgs(List<CsExpr> ops) =>
        $"{ops[0].AsValue()}, {ops[1].AsValue()}, {ops[2].AsValue()}, {ops[3].AsValue()}";

    /// <summary><c>a[lo:hi:step]</c> as a value.</summary>
    private CsExpr LowerSliceLoad(Subscript s, Slice sl) =>
        CsExpr.Value($"PyOps.GetSlice({SliceArgs(LowerSliceOperands(s, sl))})");

    /// <summary><c>a[lo:hi:step] = v</c>; <paramref name="v"/> is already evaluated (a temporary or a constant).</summary>
    private void StoreSlice(Subscript s, Slice sl, string v) =>
        _w.Line($"PyOps.SetSlice({SliceArgs(LowerSliceOperands(s, sl))}, {v});");

    /// <summary><c>del a[lo:hi:step]</c>.</summary>
    private void DeleteSlice(Subscript s, Slice sl) =>
        _w.Line($"PyOps.DelSlice({SliceArgs(LowerSliceOperands(s, sl))});");
}
