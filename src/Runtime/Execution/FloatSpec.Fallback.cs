using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// The generic operators as the fallback arm of a float-speculated expression calls them: the same
/// <see cref="PyOps"/> operators, kept out of line. The fallback is cold, and in a large generated method every
/// inlined operator spends the JIT's inlining budget that the hot arm's helpers (item access, boxing of the
/// result) need.
/// </summary>
public static partial class FloatSpec
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Add(PyValue a, PyValue b) => PyOps.Add(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Sub(PyValue a, PyValue b) => PyOps.Sub(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Mul(PyValue a, PyValue b) => PyOps.Mul(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue TrueDiv(PyValue a, PyValue b) => PyOps.TrueDiv(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue FloorDiv(PyValue a, PyValue b) => PyOps.FloorDiv(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Mod(PyValue a, PyValue b) => PyOps.Mod(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Pow(PyValue a, PyValue b) => PyOps.Pow(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Neg(PyValue a) => PyOps.Neg(a);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue InplaceAdd(PyValue a, PyValue b) => PyOps.InplaceAdd(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue InplaceSub(PyValue a, PyValue b) => PyOps.InplaceSub(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue InplaceMul(PyValue a, PyValue b) => PyOps.InplaceMul(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue InplaceTrueDiv(PyValue a, PyValue b) => PyOps.InplaceTrueDiv(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue InplaceFloorDiv(PyValue a, PyValue b) => PyOps.InplaceFloorDiv(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue InplaceMod(PyValue a, PyValue b) => PyOps.InplaceMod(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue InplacePow(PyValue a, PyValue b) => PyOps.InplacePow(a, b);
}
