using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Raised by typed code (a function's <c>long</c>/<c>double</c> twin) where it cannot go on with native values:
/// an int result beyond 64 bits, a division by zero, falling off the end (returns None), a changed global.
/// Twins are only made for pure functions, so the guarded call that chose the twin catches this (and
/// <see cref="OverflowException"/> from <c>checked</c> arithmetic) and runs the generic version from the start,
/// which gives Python's result (big ints) or raises Python's exception. Never seen by Python code.
/// </summary>
public sealed class TypedDeopt : Exception
{
    public static readonly TypedDeopt Instance = new();

    private TypedDeopt()
        : base("typed code fell back to the generic path")
    {
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T Throw<T>() => throw Instance;

    /// <summary>Whether the guarded call should run the generic version (the exception is a deopt).</summary>
    public static bool IsDeopt(Exception e) => e is TypedDeopt or OverflowException;
}

/// <summary>
/// Arithmetic on native ints and floats with Python's semantics, for typed code: floor division and modulo
/// round toward negative infinity, <c>/</c> on ints is true division, mixed comparisons are exact. Anything
/// Python would answer differently from the native operation (zero divisors, 64-bit overflow, inexact int→float
/// conversion) deoptimizes (<see cref="TypedDeopt"/>).
/// </summary>
public static class TypedOps
{
    private const long Exact = 1L << 53;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDiv(long a, long b)
    {
        if (b <= 0)
            return FloorDivSlow(a, b);
        long q = a / b;
        if (a < 0 && q * b != a)
            q--;
        return q;
    }

    private static long FloorDivSlow(long a, long b)
    {
        if (b == 0 || (a == long.MinValue && b == -1))
            return TypedDeopt.Throw<long>();
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            q--;
        return q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Mod(long a, long b)
    {
        if (b <= 0)
            return ModSlow(a, b);
        long r = a % b;
        if (r < 0)
            r += b;
        return r;
    }

    private static long ModSlow(long a, long b)
    {
        if (b == 0)
            return TypedDeopt.Throw<long>();
        if (b == -1)
            return 0;
        long r = a % b;
        if (r != 0 && (r < 0) != (b < 0))
            r += b;
        return r;
    }

    /// <summary><c>a / b</c> on ints: exact operands give the correctly rounded quotient.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TrueDiv(long a, long b)
    {
        if (b == 0 || a < -Exact || a > Exact || b < -Exact || b > Exact)
            return TypedDeopt.Throw<double>();
        return (double)a / b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TrueDiv(double a, double b) => b == 0.0 ? TypedDeopt.Throw<double>() : a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FloorDiv(double a, double b) => b == 0.0 ? TypedDeopt.Throw<double>() : FloatOps.FloorDiv(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Mod(double a, double b) => b == 0.0 ? TypedDeopt.Throw<double>() : FloatOps.Mod(a, b);

    /// <summary>An int as a float, for comparing with a float: exact or deoptimize.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exactly(long a) => a >= -Exact && a <= Exact ? a : TypedDeopt.Throw<double>();

    /// <summary>An int as a float for arithmetic (Python's int→float conversion, correctly rounded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToFloat(long a) => a;
}
