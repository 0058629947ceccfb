using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Float operations for float-speculated expressions (generated code tests that every operand is a float, then
/// computes on doubles): IEEE arithmetic is Python's for <c>+ - *</c>; division, floor division, modulo and power keep
/// CPython's results and errors.
/// </summary>
public static partial class FloatSpec
{
    /// <summary><c>a / b</c> on floats: ZeroDivisionError("float division by zero") for a zero divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Div(double a, double b) => b != 0.0 ? a / b : FloatOps.TrueDiv(a, b);

    /// <summary><c>a % b</c> on floats (float_rem): the sign of the divisor, a zero result signed as it;
    /// ZeroDivisionError("float modulo") for a zero divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Mod(double a, double b) => b != 0.0 ? FloatOps.ModNonZero(a, b) : FloatOps.Mod(a, b);

    /// <summary><c>a // b</c> on floats (float_floor_div); ZeroDivisionError("float floor division by zero").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FloorDiv(double a, double b) => FloatOps.FloorDiv(a, b);

    /// <summary><c>x ** y</c> on floats: libm's pow for a positive finite base and finite results, else CPython's
    /// float_pow; NaN where Python's result is complex (a negative base, a fractional exponent), which the generated
    /// code tests for (<see cref="IsReal"/>) and then evaluates the expression generically.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pow(double x, double y)
    {
        if (x > 0.0 && x != 1.0 && double.IsFinite(x) && double.IsFinite(y) && y != 0.0)
        {
            double r = Math.Pow(x, y);
            if (double.IsFinite(r))
                return r;
        }
        if (x < 0.0 && double.IsFinite(x) && double.IsFinite(y) && y != Math.Floor(y))
            return double.NaN;
        return FloatOps.Pow(x, y);
    }

    /// <summary>Whether a speculated tree holding a power that may be complex gave a real result (not NaN); a NaN
    /// one is evaluated again by the generic arm, which gives the complex result (or the same NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsReal(double value, out double result)
    {
        result = value;
        return !double.IsNaN(value);
    }
}
