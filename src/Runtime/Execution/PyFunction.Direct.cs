using System;

namespace PyAot.Runtime;

/// <summary>
/// Fixed-arity entry points: <c>CallN(a0, ...)</c> is <c>Call([a0, ...], null)</c> without an argument span. The
/// generator overrides the ones a plain-positional function accepts with a direct call of its static method, so
/// a method call <c>obj.m(x)</c> whose site resolved <c>m</c> (see <see cref="AttrSites"/>) is one virtual call
/// <c>m.Call2(obj, x)</c>: no bound method, no argument array.
/// </summary>
public abstract partial class PyFunction
{
    public virtual PyValue Call0() => Call(ReadOnlySpan<PyValue>.Empty, null);
    public virtual PyValue Call1(PyValue a0) => Call([a0], null);
    public virtual PyValue Call2(PyValue a0, PyValue a1) => Call([a0, a1], null);
    public virtual PyValue Call3(PyValue a0, PyValue a1, PyValue a2) => Call([a0, a1, a2], null);
    public virtual PyValue Call4(PyValue a0, PyValue a1, PyValue a2, PyValue a3) => Call([a0, a1, a2, a3], null);
    public virtual PyValue Call5(PyValue a0, PyValue a1, PyValue a2, PyValue a3, PyValue a4) => Call([a0, a1, a2, a3, a4], null);
    public virtual PyValue Call6(PyValue a0, PyValue a1, PyValue a2, PyValue a3, PyValue a4, PyValue a5) => Call([a0, a1, a2, a3, a4, a5], null);

    /// <summary>The function called with <paramref name="self"/> prepended to positional <paramref name="args"/>.</summary>
    public PyValue CallWithSelf(PyValue self, ReadOnlySpan<PyValue> args)
    {
        switch (args.Length)
        {
            case 0: return Call1(self);
            case 1: return Call2(self, args[0]);
            case 2: return Call3(self, args[0], args[1]);
            case 3: return Call4(self, args[0], args[1], args[2]);
            case 4: return Call5(self, args[0], args[1], args[2], args[3]);
            case 5: return Call6(self, args[0], args[1], args[2], args[3], args[4]);
        }
        var all = new PyValue[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return Call(all, null);
    }
}
