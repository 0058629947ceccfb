using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>for j in range(...): x[j] = CONST</c> (the sieve's crossing-out loop): before the generic loop, the lowering
/// emits <c>if (!range.FillItems(x, CONST, ref j))</c>, which runs the whole loop as one strided store loop when
/// <c>x</c> is a list and every index is in range (see <c>RangeLoop.FillItems</c>); otherwise nothing has happened
/// and the generic loop runs from the start, with Python's errors.
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>The <c>FillItems</c> call for such a loop over cursor <paramref name="it"/>, or null. The loop has no
    /// else clause, its target is a fast local, and its body is the single store <c>x[j] = CONST</c> with <c>x</c>
    /// another fast local (reading it has no side effect) and CONST None, a bool, a small int or a float.</summary>
    private string? RangeFillCall(For f, LoopCursor cursor, string it, string? directTarget)
    {
        // The fused store runs the loop's body without its statement and back-edge hooks.
        if (!_m.Instrumenter.AllowsUnobservedFastPaths)
            return null;
        if (directTarget is null || f.Orelse.Count > 0 || f.Body.Count != 1 || !cursor.IsRange)
            return null;
        if (f.Target is not Name target || Storage(target.Id, target).Kind is not (StorageKind.Local or StorageKind.ComprehensionVariable))
            return null;
        if (f.Body[0] is not Assign { Targets.Count: 1 } assign || assign.Targets[0] is not Subscript { Value: Name x, Slice: Name index } ||
            index.Id != target.Id || x.Id == target.Id)
            return null;
        if (assign.Value is not Constant { Value: null or bool or int or long or double } value)
            return null;
        var (kind, xId) = Storage(x.Id, x);
        if (kind is not (StorageKind.Local or StorageKind.ComprehensionVariable) || xId is null)
            return null;
        string fill = $"{it}.FillItems({xId}, {LowerValue(value)}, ref {directTarget})";
        return _m.Instrumenter.UnobservedGuard(f) is { } guard ? $"({guard} && {fill})" : fill;
    }
}

internal sealed partial class BodyLowerer
{
    /// <summary><c>x[i] += C</c> / <c>x[i] -= C</c> with an int literal C (fannkuch's <c>count[r] -= 1</c>): one
    /// runtime call that updates an int item of a list in place (<c>PyOps.ItemInplaceAddInt</c>), the generic
    /// get/inplace-op/set sequence otherwise. False when the statement has another shape.</summary>
    private bool TryItemInplaceInt(Subscript s, AugAssign aa)
    {
        if (s.Slice is Slice || aa.Op is not (Operator.Add or Operator.Sub) || aa.Value is not Constant { Value: int or long } c)
            return false;
        long delta = System.Convert.ToInt64(c.Value, System.Globalization.CultureInfo.InvariantCulture);
        string method = aa.Op == Operator.Add ? "ItemInplaceAddInt" : "ItemInplaceSubInt";
        // A fast local container is read in place only when the index is one too (an index expression could rebind it).
        string? idxLocal = FastLocal(s.Slice);
        string obj = (idxLocal is not null ? FastLocal(s.Value) : null) ?? Spill(LowerValue(s.Value));
        string idx = idxLocal ?? Spill(LowerValue(s.Slice));
        _w.Line($"PyOps.{method}({obj}, {idx}, {delta.ToString(System.Globalization.CultureInfo.InvariantCulture)});");
        return true;
    }
}
