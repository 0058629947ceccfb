using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Definite assignment as the lowering tracks it today (<c>_bound</c>: the storage certainly bound at the point being
/// written, null where the code is unreachable): a read of a name gets an unbound check only where it may be unbound.
/// <see cref="Meet"/> joins two paths; a loop body or a try body starts from <see cref="WithoutDeleted"/>, without the
/// names it may unbind (<c>Analysis/Unbinding</c>).
/// </summary>
internal sealed partial class BodyLowerer
{
    private static HashSet<string>? Copy(HashSet<string>? s) => s is null ? null : new HashSet<string>(s);

    private static HashSet<string>? Meet(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null)
            return b;
        if (b is null)
            return a;
        var r = new HashSet<string>(a);
        r.IntersectWith(b);
        return r;
    }

    private void MarkBound(string lvalue) => _bound?.Add(lvalue);

    private bool IsBound(string lvalue) => _bound is null || _bound.Contains(lvalue);

    /// <summary>The definite-assignment state at the top of a loop body: what holds before the loop minus anything
    /// the body unbinds (a later iteration may start without it).</summary>
    private HashSet<string>? LoopEntryState(List<Stmt> body) => WithoutDeleted(_bound, _m.Tree, body);

    /// <summary>
    /// A copy of the definite-assignment state <paramref name="state"/> minus every name the
    /// <paramref name="bodies"/> may unbind (<see cref="Unbinding"/>): after code that can be cut short or repeated, such a name is no longer
    /// certainly bound. Names without a C# local (class-namespace names, unresolved ones) are not in the set.
    /// </summary>
    private HashSet<string>? WithoutDeleted(HashSet<string>? state, Node at, params List<Stmt>[] bodies)
    {
        var result = Copy(state);
        if (result is null)
            return null;
        foreach (var d in Unbinding.NamesUnboundIn(bodies))
        {
            try
            {
                result.Remove(NameLvalue(d, at));
            }
            catch (Exception e) when (e is LoweringError or InvalidOperationException)
            {
            }
        }
        return result;
    }
}
