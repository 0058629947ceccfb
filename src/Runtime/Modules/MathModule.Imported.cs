namespace PyAot.Runtime;

/// <summary>
/// Calls of math functions through names bound by <c>from math import sqrt</c> (any module-level or local name
/// the import bound): <c>MathModule.Fn_sqrt(f, x)</c> calls the function directly when <c>f</c> is the very
/// function object the math module was created with (whatever rebinding happened since, of the name or of the
/// module's attribute), else through the ordinary call protocol.
/// </summary>
public static partial class MathModule
{
    // The function objects the module was created with (set once by Create).
    private static object? s_atan;
    private static object? s_atan2;
    private static object? s_ceil;
    private static object? s_comb;
    private static object? s_cos;
    private static object? s_degrees;
    private static object? s_exp;
    private static object? s_fabs;
    private static object? s_factorial;
    private static object? s_floor;
    private static object? s_gcd;
    private static object? s_hypot;
    private static object? s_isclose;
    private static object? s_isinf;
    private static object? s_isnan;
    private static object? s_isqrt;
    private static object? s_log;
    private static object? s_log10;
    private static object? s_log2;
    private static object? s_pow;
    private static object? s_radians;
    private static object? s_sin;
    private static object? s_sqrt;
    private static object? s_tan;
    private static object? s_trunc;

    private static void CaptureOriginals(BuiltinModule m)
    {
        s_atan = m.Original("atan");
        s_atan2 = m.Original("atan2");
        s_ceil = m.Original("ceil");
        s_comb = m.Original("comb");
        s_cos = m.Original("cos");
        s_degrees = m.Original("degrees");
        s_exp = m.Original("exp");
        s_fabs = m.Original("fabs");
        s_factorial = m.Original("factorial");
        s_floor = m.Original("floor");
        s_gcd = m.Original("gcd");
        s_hypot = m.Original("hypot");
        s_isclose = m.Original("isclose");
        s_isinf = m.Original("isinf");
        s_isnan = m.Original("isnan");
        s_isqrt = m.Original("isqrt");
        s_log = m.Original("log");
        s_log10 = m.Original("log10");
        s_log2 = m.Original("log2");
        s_pow = m.Original("pow");
        s_radians = m.Original("radians");
        s_sin = m.Original("sin");
        s_sqrt = m.Original("sqrt");
        s_tan = m.Original("tan");
        s_trunc = m.Original("trunc");
    }

    public static PyValue Fn_sqrt(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_sqrt) ? Sqrt(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_floor(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_floor) ? Floor(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_ceil(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_ceil) ? Ceil(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_trunc(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_trunc) ? Trunc(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_fabs(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_fabs) ? Fabs(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_exp(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_exp) ? Exp(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_sin(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_sin) ? Sin(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_cos(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_cos) ? Cos(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_tan(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_tan) ? Tan(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_atan(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_atan) ? Atan(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_atan2(PyValue f, PyValue y, PyValue x) => ReferenceEquals(f.Ref, s_atan2) ? Atan2(y, x) : PyOps.Call(f, [y, x], null);
    public static PyValue Fn_log(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_log) ? Log(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_log(PyValue f, PyValue x, PyValue b) => ReferenceEquals(f.Ref, s_log) ? Log(x, b) : PyOps.Call(f, [x, b], null);
    public static PyValue Fn_log2(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_log2) ? Log2(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_log10(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_log10) ? Log10(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_pow(PyValue f, PyValue x, PyValue y) => ReferenceEquals(f.Ref, s_pow) ? Pow(x, y) : PyOps.Call(f, [x, y], null);
    public static PyValue Fn_gcd(PyValue f, PyValue a, PyValue b) => ReferenceEquals(f.Ref, s_gcd) ? Gcd(a, b) : PyOps.Call(f, [a, b], null);
    public static PyValue Fn_factorial(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_factorial) ? Factorial(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_isqrt(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_isqrt) ? Isqrt(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_hypot(PyValue f, PyValue x, PyValue y) => ReferenceEquals(f.Ref, s_hypot) ? Hypot([x, y]) : PyOps.Call(f, [x, y], null);
    public static PyValue Fn_isclose(PyValue f, PyValue a, PyValue b) => ReferenceEquals(f.Ref, s_isclose) ? Isclose(a, b, default, default) : PyOps.Call(f, [a, b], null);
    public static PyValue Fn_isinf(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_isinf) ? Isinf(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_isnan(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_isnan) ? Isnan(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_comb(PyValue f, PyValue n, PyValue k) => ReferenceEquals(f.Ref, s_comb) ? Comb(n, k) : PyOps.Call(f, [n, k], null);
    public static PyValue Fn_degrees(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_degrees) ? Degrees(x) : PyOps.Call(f, [x], null);
    public static PyValue Fn_radians(PyValue f, PyValue x) => ReferenceEquals(f.Ref, s_radians) ? Radians(x) : PyOps.Call(f, [x], null);
}
