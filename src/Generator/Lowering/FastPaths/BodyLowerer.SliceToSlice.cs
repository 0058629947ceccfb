using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>x[lo:hi] = x[lo2:hi2:st2]</c> (the same name on both sides, as fannkuch's <c>perm[:k+1] = perm[k::-1]</c>)
/// becomes one <c>PyOps.SetSliceFromSlice</c> call that moves the items inside the list without building the
/// intermediate list. CPython evaluates the value's slice before the target's bounds, the call after; that is
/// only unobservable when evaluating the target's bounds runs no user code, so they must be None, int constants,
/// names (not of a class body), or <c>+</c>/<c>-</c> of those, and the names used in arithmetic are checked to
/// hold ints at run time (the two-step code runs otherwise).
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary><c>x[lo:hi:st] = x[lo2:hi2:st2]</c> as one in-place move when that keeps CPython's semantics.</summary>
    private bool TrySliceToSlice(Assign a)
    {
        if (a.Targets.Count != 1 || a.Targets[0] is not Subscript { Value: Name tx, Slice: Slice dst } target
            || a.Value is not Subscript { Value: Name vx, Slice: Slice src } value || tx.Id != vx.Id
            || Storage(tx.Id, tx).Kind == StorageKind.ClassNamespace)
            return false;
        var guardNames = new List<Name>();
        if (!PureBound(dst.Lower, guardNames) || !PureBound(dst.Upper, guardNames) || !PureBound(dst.Step, guardNames))
            return false;
        var vops = LowerSliceOperands(value, src);
        var list = vops[0].IsConstant ? vops[0].AsValue() : Spill(vops[0].AsValue());
        var srcBounds = vops.Skip(1).Select(o => o.IsConstant ? o.AsValue() : Spill(o.AsValue())).ToList();
        var guards = new List<string>();
        foreach (var n in guardNames)
        {
            var g = Lower(n);
            if (g.Type == CsType.Value && !guards.Contains($"{g.Code}.IsInt"))
                guards.Add($"{g.Code}.IsInt");
        }
        string call = $"{list}, {string.Join(", ", srcBounds)}";
        if (guards.Count > 0)
        {
            _w.Open($"if ({string.Join(" && ", guards)})");
        }
        var dops = LowerOperands(new List<Expr?> { dst.Lower, dst.Upper, dst.Step });
        if (dst.Lower is null && dst.Step is null && src.Upper is null && src.Lower is not null
            && src.Step is UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: int or long } one }
            && System.Convert.ToInt64(one.Value) == 1)
            _w.Line($"PyOps.FlipPrefix({list}, {srcBounds[0]}, {dops[1].AsValue()});"); // x[:h] = x[k::-1]
        else
            _w.Line($"PyOps.SetSliceFromSlice({call}, {dops[0].AsValue()}, {dops[1].AsValue()}, {dops[2].AsValue()});");
        if (guards.Count > 0)
        {
            _w.Close();
            _w.Open("else");
            string t = Spill($"PyOps.GetSlice({call})");
            var dops2 = LowerOperands(new List<Expr?> { dst.Lower, dst.Upper, dst.Step });
            _w.Line($"PyOps.SetSlice({list}, {dops2[0].AsValue()}, {dops2[1].AsValue()}, {dops2[2].AsValue()}, {t});");
            _w.Close();
        }
        return true;
    }

    /// <summary>A target bound whose evaluation runs no user code (names in arithmetic are collected for a run-time
    /// int check).</summary>
    private bool PureBound(Expr? e, List<Name> guardNames)
    {
        switch (e)
        {
            case null:
            case Constant { Value: null or int or long or System.Numerics.BigInteger }:
                return true;
            case Name n:
                return Storage(n.Id, n).Kind != StorageKind.ClassNamespace;
            case BinOp { Op: Operator.Add or Operator.Sub } b:
                return PureLeaf(b.Left, guardNames) && PureLeaf(b.Right, guardNames);
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: int or long } }:
                return true;
            default:
                return false;
        }
    }

    private bool PureLeaf(Expr e, List<Name> guardNames)
    {
        switch (e)
        {
            case Constant { Value: int or long }:
                return true;
            case Name n when Storage(n.Id, n).Kind != StorageKind.ClassNamespace:
                guardNames.Add(n);
                return true;
            default:
                return false;
        }
    }
}
