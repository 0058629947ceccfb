using System;
using System.Collections.Generic;

namespace PyAot.Generator.Analysis;

/// <summary>A variable definite assignment tracks: a name in the scope that holds it in a C# local.</summary>
internal readonly record struct Variable(PyAot.FrontEnd.Scopes.Scope Owner, string Name);

/// <summary>
/// The variables certainly bound at one point of a body (a must-set), or unreachable: the lattice of definite
/// assignment. <see cref="Join"/> meets two paths (the variables bound on both; an unreachable path adds no
/// constraint); a fork is a <see cref="Copy"/>. Variables are numbered by their body's analysis, and a state is a bit
/// set over those numbers, so forks and joins cost a few words whatever the body's size.
/// </summary>
internal sealed class BindingState
{
    private ulong[]? _bits;

    private BindingState(ulong[]? bits) => _bits = bits;

    public static BindingState Empty() => new(Array.Empty<ulong>());

    public static BindingState Unreachable() => new(null);

    /// <summary>No path reaches this point.</summary>
    public bool IsUnreachable => _bits is null;

    public bool Contains(int variable) =>
        _bits is null || (variable >> 6 < _bits.Length && (_bits[variable >> 6] & (1UL << (variable & 63))) != 0);

    public void Bind(int variable)
    {
        if (_bits is null)
            return;
        int word = variable >> 6;
        if (word >= _bits.Length)
            Array.Resize(ref _bits, word + 1);
        _bits[word] |= 1UL << (variable & 63);
    }

    public void Unbind(int variable)
    {
        if (_bits is not null && variable >> 6 < _bits.Length)
            _bits[variable >> 6] &= ~(1UL << (variable & 63));
    }

    /// <summary>Adds what <paramref name="other"/> has bound (code that certainly ran after this point bound it).</summary>
    public void UnionWith(BindingState other)
    {
        if (_bits is null || other._bits is null)
            return;
        if (other._bits.Length > _bits.Length)
            Array.Resize(ref _bits, other._bits.Length);
        for (int i = 0; i < other._bits.Length; i++)
            _bits[i] |= other._bits[i];
    }

    public BindingState Copy() => new(_bits is null ? null : (ulong[])_bits.Clone());

    /// <summary>The state where two paths meet.</summary>
    public static BindingState Join(BindingState a, BindingState b)
    {
        if (a._bits is null)
            return b.Copy();
        if (b._bits is null)
            return a.Copy();
        var r = new ulong[Math.Min(a._bits.Length, b._bits.Length)];
        for (int i = 0; i < r.Length; i++)
            r[i] = a._bits[i] & b._bits[i];
        return new BindingState(r);
    }
}
