using System.Collections.Generic;

namespace PyAot.Generator.Analysis;

/// <summary>A variable definite assignment tracks: a name in the scope that holds it in a C# local.</summary>
internal readonly record struct Variable(PyAot.FrontEnd.Scopes.Scope Owner, string Name);

/// <summary>
/// The names certainly bound at one point of a body (a must-set), or unreachable: the lattice of definite assignment.
/// <see cref="Join"/> meets two paths (the names bound on both; an unreachable path adds no constraint); a fork is a
/// <see cref="Copy"/>.
/// </summary>
internal sealed class BindingState
{
    private readonly HashSet<Variable>? _bound;

    private BindingState(HashSet<Variable>? bound) => _bound = bound;

    public static BindingState Empty() => new(new HashSet<Variable>());

    public static BindingState Unreachable() => new(null);

    /// <summary>No path reaches this point.</summary>
    public bool IsUnreachable => _bound is null;

    public bool Contains(Variable variable) => _bound is null || _bound.Contains(variable);

    public void Bind(Variable variable) => _bound?.Add(variable);

    public void Unbind(Variable variable) => _bound?.Remove(variable);

    /// <summary>Adds what <paramref name="other"/> has bound (code that certainly ran after this point bound it).</summary>
    public void UnionWith(BindingState other)
    {
        if (_bound is not null && other._bound is not null)
            _bound.UnionWith(other._bound);
    }

    public BindingState Copy() => new(_bound is null ? null : new HashSet<Variable>(_bound));

    /// <summary>The state where two paths meet.</summary>
    public static BindingState Join(BindingState a, BindingState b)
    {
        if (a._bound is null)
            return b.Copy();
        if (b._bound is null)
            return a.Copy();
        var r = new HashSet<Variable>(a._bound);
        r.IntersectWith(b._bound);
        return new BindingState(r);
    }
}
