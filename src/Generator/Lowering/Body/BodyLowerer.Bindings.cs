using PyAot.FrontEnd.Ast;
using PyAot.Generator.Analysis;

namespace PyAot.Generator.Lowering;

/// <summary>
/// The definite-assignment facts of the body, worked out from the tree before any C# is written
/// (<see cref="DefiniteAssignment"/>): the lowering asks whether a read is certainly bound (no unbound check needed)
/// and whether the end of a block is reachable; it keeps no state of its own about it.
/// </summary>
internal sealed partial class BodyLowerer
{
    private DefiniteAssignment? _facts;

    private DefiniteAssignment Facts => _facts ??= _fn is null ? DefiniteAssignment.ForModule(_m.Table, _m.Tree) : _m.DefiniteAssignmentOf(_fn);

    /// <summary>Whether the read <paramref name="n"/> is certainly bound (its storage needs no unbound check).</summary>
    private bool IsBoundRead(Name n) => Facts.IsBound(n);
}
