using System;
using System.Collections.Generic;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>The <c>math</c> module, with CPython 3.12's results and error messages.</summary>
public static partial class MathModule
{
    public static readonly BuiltinModule Instance = Create();

    private static PyException DomainError() => PyException.ValueError("math domain error");
    private static PyException RangeError() => PyException.OverflowError("math range error");

    /// <summary>A float argument: int, bool, big int, float, or an object with __float__/__index__.</summary>
    public static double ToFloat(PyValue v)
    {
        v = PyDerivedInstance.BuiltinUnless(v, "__float__");
        if (v.IsFloat)
            return v.AsDouble;
        if (v.IsInt || v.IsBool)
            return v.Bits;
        if (v.Ref is PyBigInt b)
            return IntOps.ToDouble(b.Value);
        if (v.Ref is PyInstance inst && (inst.Type.TryLookup("__float__", out _) || inst.Type.TryLookup("__index__", out _)))
            return Builtins.Float(v).AsDouble;
        throw PyException.TypeError($"must be real number, not {PyOps.TypeName(v)}");
    }

    private static BigInteger ToInteger(PyValue v)
    {
        if (PyOps.TryIndex(v, out var big))
            return big;
        throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
    }

    private static PyValue Checked(double r, double x)
    {
        // CPython's math_1: a NaN from a non-NaN argument is a domain error, an infinity from a finite one a range error.
        if (double.IsNaN(r) && !double.IsNaN(x))
            throw DomainError();
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsNaN(x))
            throw RangeError();
        return PyValue.FromFloat(r);
    }

    private static PyValue Unary(PyValue x, Func<double, double> f)
    {
        double d = ToFloat(x);
        return Checked(f(d), d);
    }

    // ---- direct entry points (generated code calls them while the module is pristine) ----

    public static PyValue Sqrt(PyValue x)
    {
        double d = ToFloat(x);
        if (d < 0)
            throw DomainError();
        return PyValue.FromFloat(Math.Sqrt(d));
    }

    public static PyValue Floor(PyValue x)
    {
        if (x.IsInt || x.IsBigInt)
            return x;
        if (x.IsBool)
            return PyValue.FromInt(x.Bits);
        if (x.Ref is PyInstance inst && inst.Type.TryLookup("__floor__", out var m))
            return PyOps.CallWithSelf(m, x, ReadOnlySpan<PyValue>.Empty, null);
        return FloatOps.ToInt(Math.Floor(ToFloat(x)));
    }

    public static PyValue Ceil(PyValue x)
    {
        if (x.IsInt || x.IsBigInt)
            return x;
        if (x.IsBool)
            return PyValue.FromInt(x.Bits);
        if (x.Ref is PyInstance inst && inst.Type.TryLookup("__ceil__", out var m))
            return PyOps.CallWithSelf(m, x, ReadOnlySpan<PyValue>.Empty, null);
        return FloatOps.ToInt(Math.Ceiling(ToFloat(x)));
    }

    public static PyValue Trunc(PyValue x)
    {
        if (x.IsInt || x.IsBigInt)
            return x;
        if (x.IsBool)
            return PyValue.FromInt(x.Bits);
        if (x.IsFloat)
            return FloatOps.ToInt(x.AsDouble);
        if (x.Ref is PyInstance inst && inst.Type.TryLookup("__trunc__", out var m))
            return PyOps.CallWithSelf(m, x, ReadOnlySpan<PyValue>.Empty, null);
        throw PyException.TypeError($"type {PyOps.TypeName(x)} doesn't define __trunc__ method");
    }

    public static PyValue Fabs(PyValue x) => PyValue.FromFloat(Math.Abs(ToFloat(x)));
    public static PyValue Exp(PyValue x) => Unary(x, Math.Exp);
    public static PyValue Sin(PyValue x)
    {
        double d = ToFloat(x);
        return Checked(Math.Sin(d), d);
    }

    public static PyValue Cos(PyValue x)
    {
        double d = ToFloat(x);
        return Checked(Math.Cos(d), d);
    }

    public static PyValue Tan(PyValue x) => Unary(x, Math.Tan);
    public static PyValue Asin(PyValue x) => Unary(x, Math.Asin);
    public static PyValue Acos(PyValue x) => Unary(x, Math.Acos);
    public static PyValue Atan(PyValue x) => Unary(x, Math.Atan);
    public static PyValue Sinh(PyValue x) => Unary(x, Math.Sinh);
    public static PyValue Cosh(PyValue x) => Unary(x, Math.Cosh);
    public static PyValue Tanh(PyValue x) => Unary(x, Math.Tanh);
    public static PyValue Atan2(PyValue y, PyValue x) => PyValue.FromFloat(Math.Atan2(ToFloat(y), ToFloat(x)));
    public static PyValue Degrees(PyValue x) => PyValue.FromFloat(ToFloat(x) * (180.0 / Math.PI));
    public static PyValue Radians(PyValue x) => PyValue.FromFloat(ToFloat(x) * (Math.PI / 180.0));
    public static PyValue Isinf(PyValue x) => PyValue.FromBool(double.IsInfinity(ToFloat(x)));
    public static PyValue Isnan(PyValue x) => PyValue.FromBool(double.IsNaN(ToFloat(x)));
    public static PyValue Isfinite(PyValue x) => PyValue.FromBool(double.IsFinite(ToFloat(x)));
    public static PyValue Copysign(PyValue x, PyValue y) => PyValue.FromFloat(Math.CopySign(ToFloat(x), ToFloat(y)));

    public static PyValue Fmod(PyValue x, PyValue y)
    {
        double a = ToFloat(x), b = ToFloat(y);
        if (double.IsInfinity(b) && double.IsFinite(a))
            return PyValue.FromFloat(a);
        double r = a % b;
        if (double.IsNaN(r) && !double.IsNaN(a) && !double.IsNaN(b))
            throw DomainError();
        return PyValue.FromFloat(r);
    }

    public static PyValue Modf(PyValue x)
    {
        double d = ToFloat(x);
        if (double.IsInfinity(d))
            return PyValue.FromObject(new PyTuple(new[] { PyValue.FromFloat(Math.CopySign(0.0, d)), PyValue.FromFloat(d) }));
        double ip = Math.Truncate(d);
        return PyValue.FromObject(new PyTuple(new[] { PyValue.FromFloat(Math.CopySign(d - ip, d)), PyValue.FromFloat(ip) }));
    }

    public static PyValue Pow(PyValue x, PyValue y)
    {
        double a = ToFloat(x), b = ToFloat(y);
        if (a == 0 && b < 0 && double.IsFinite(b))
            throw DomainError();
        if (a < 0 && double.IsFinite(a) && double.IsFinite(b) && Math.Floor(b) != b)
            throw DomainError();
        double r = Math.Pow(a, b);
        if (a == 1 || b == 0)
            r = 1;
        if (double.IsInfinity(r) && double.IsFinite(a) && double.IsFinite(b))
            throw RangeError();
        return PyValue.FromFloat(r);
    }

    private static double LogOf(PyValue x)
    {
        if (x.Ref is PyBigInt b)
        {
            if (b.Value.Sign <= 0)
                throw DomainError();
            return BigLog(b.Value, Math.Log);
        }
        double d = ToFloat(x);
        if (d <= 0)
            throw DomainError();
        return Math.Log(d);
    }

    /// <summary>CPython's loghelper for ints too big for a float: n = x * 2**e with x in [0.5, 1), f(x) + f(2) * e.</summary>
    private static double BigLog(BigInteger n, Func<double, double> f)
    {
        long bits = (long)n.GetBitLength();
        if (bits <= 1023)
            return f(IntOps.ToDouble(n));
        long shift = bits - 64;
        double x = IntOps.ToDouble(n >> (int)shift) / Math.Pow(2, 64);
        return f(x) + f(2.0) * (shift + 64);
    }

    public static PyValue Log(PyValue x) => PyValue.FromFloat(LogOf(x));

    public static PyValue Log(PyValue x, PyValue b)
    {
        double num = LogOf(x), den = LogOf(b);
        if (den == 0)
            throw PyException.ZeroDivisionError("float division by zero");
        return PyValue.FromFloat(num / den);
    }

    public static PyValue Log2(PyValue x)
    {
        if (x.Ref is PyBigInt b)
        {
            if (b.Value.Sign <= 0)
                throw DomainError();
            return PyValue.FromFloat(BigLog(b.Value, Math.Log2));
        }
        double d = ToFloat(x);
        if (d <= 0)
            throw DomainError();
        return PyValue.FromFloat(Math.Log2(d));
    }

    public static PyValue Log10(PyValue x)
    {
        if (x.Ref is PyBigInt b)
        {
            if (b.Value.Sign <= 0)
                throw DomainError();
            return PyValue.FromFloat(BigLog(b.Value, Math.Log10));
        }
        double d = ToFloat(x);
        if (d <= 0)
            throw DomainError();
        return PyValue.FromFloat(Math.Log10(d));
    }

    public static PyValue Log1p(PyValue x)
    {
        double d = ToFloat(x);
        if (d <= -1)
            throw DomainError();
        return PyValue.FromFloat(Math.Abs(d) < 1e-5 ? d - d * d / 2 + d * d * d / 3 : Math.Log(1 + d));
    }

    public static PyValue Gcd(ReadOnlySpan<PyValue> args)
    {
        BigInteger g = 0;
        foreach (var a in args)
            g = BigInteger.GreatestCommonDivisor(g, ToInteger(a));
        return PyValue.FromBigInteger(g);
    }

    public static PyValue Gcd(PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt && a.Bits != long.MinValue && b.Bits != long.MinValue)
        {
            long x = Math.Abs(a.Bits), y = Math.Abs(b.Bits);
            while (y != 0)
                (x, y) = (y, x % y);
            return PyValue.FromInt(x);
        }
        return Gcd(new[] { a, b });
    }

    public static PyValue Lcm(ReadOnlySpan<PyValue> args)
    {
        BigInteger l = 1;
        foreach (var a in args)
        {
            var v = BigInteger.Abs(ToInteger(a));
            if (v.IsZero || l.IsZero)
                l = 0;
            else
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
        }
        return PyValue.FromBigInteger(l);
    }

    public static PyValue Factorial(PyValue x)
    {
        if (x.IsFloat)
            throw PyException.TypeError("'float' object cannot be interpreted as an integer");
        var n = ToInteger(x);
        if (n.Sign < 0)
            throw PyException.ValueError("factorial() not defined for negative values");
        if (n > 100000)
            throw PyException.OverflowError("factorial() argument should not exceed 9223372036854775807");
        int k = (int)n;
        if (k <= 20)
        {
            long r = 1;
            for (int i = 2; i <= k; i++)
                r *= i;
            return PyValue.FromInt(r);
        }
        return PyValue.FromBigInteger(Product(1, k));
    }

    private static BigInteger Product(long lo, long hi)
    {
        if (hi - lo < 16)
        {
            BigInteger r = 1;
            for (long i = lo; i <= hi; i++)
                r *= i;
            return r;
        }
        long mid = (lo + hi) / 2;
        return Product(lo, mid) * Product(mid + 1, hi);
    }

    public static PyValue Isqrt(PyValue x)
    {
        var n = ToInteger(x);
        if (n.Sign < 0)
            throw PyException.ValueError("isqrt() argument must be nonnegative");
        if (n.IsZero)
            return PyValue.FromInt(0);
        // Newton's iteration from an overestimate.
        BigInteger r = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var next = (r + n / r) >> 1;
            if (next >= r)
                return PyValue.FromBigInteger(r);
            r = next;
        }
    }

    public static PyValue Comb(PyValue nv, PyValue kv)
    {
        var n = ToInteger(nv);
        var k = ToInteger(kv);
        if (n.Sign < 0)
            throw PyException.ValueError("n must be a non-negative integer");
        if (k.Sign < 0)
            throw PyException.ValueError("k must be a non-negative integer");
        if (k > n)
            return PyValue.FromInt(0);
        if (k > n - k)
            k = n - k;
        BigInteger r = 1;
        for (BigInteger i = 1; i <= k; i++)
            r = r * (n - k + i) / i;
        return PyValue.FromBigInteger(r);
    }

    public static PyValue Perm(PyValue nv, PyValue kv)
    {
        var n = ToInteger(nv);
        if (kv.IsNone)
            return Factorial(nv);
        var k = ToInteger(kv);
        if (n.Sign < 0)
            throw PyException.ValueError("n must be a non-negative integer");
        if (k.Sign < 0)
            throw PyException.ValueError("k must be a non-negative integer");
        if (k > n)
            return PyValue.FromInt(0);
        BigInteger r = 1;
        for (BigInteger i = n - k + 1; i <= n; i++)
            r *= i;
        return PyValue.FromBigInteger(r);
    }

    public static PyValue Hypot(ReadOnlySpan<PyValue> args)
    {
        double max = 0;
        var vals = new double[args.Length];
        bool nan = false;
        for (int i = 0; i < args.Length; i++)
        {
            double d = Math.Abs(ToFloat(args[i]));
            vals[i] = d;
            if (double.IsNaN(d))
                nan = true;
            if (d > max)
                max = d;
        }
        if (double.IsInfinity(max))
            return PyValue.FromFloat(double.PositiveInfinity);
        if (nan)
            return PyValue.FromFloat(FloatOps.NaN);
        if (max == 0 || args.Length == 1)
            return PyValue.FromFloat(max);
        if (args.Length == 2)
            return PyValue.FromFloat(Hypot2(vals[0], vals[1]));
        double sum = 0;
        foreach (var d in vals)
        {
            double s = d / max;
            sum += s * s;
        }
        return PyValue.FromFloat(max * Math.Sqrt(sum));
    }

    internal static double Hypot2(double x, double y)
    {
        // Correctly rounded in practice: scale, then a fused multiply-add square root.
        if (x < y)
            (x, y) = (y, x);
        double r = y / x;
        return x * Math.Sqrt(Math.FusedMultiplyAdd(r, r, 1.0));
    }

    public static PyValue Dist(PyValue p, PyValue q)
    {
        var a = PyOps.GetIter(p);
        var b = PyOps.GetIter(q);
        var diffs = new List<PyValue>();
        while (a.MoveNext(out var x))
        {
            if (!b.MoveNext(out var y))
                throw PyException.ValueError("both points must have the same number of dimensions");
            diffs.Add(PyValue.FromFloat(ToFloat(x) - ToFloat(y)));
        }
        if (b.MoveNext(out _))
            throw PyException.ValueError("both points must have the same number of dimensions");
        return Hypot(diffs.ToArray());
    }

    public static PyValue Isclose(PyValue a, PyValue b, PyValue relTol, PyValue absTol)
    {
        double x = ToFloat(a), y = ToFloat(b);
        double rel = relTol.IsUnbound ? 1e-9 : ToFloat(relTol);
        double abs = absTol.IsUnbound ? 0.0 : ToFloat(absTol);
        if (rel < 0 || abs < 0)
            throw PyException.ValueError("tolerances must be non-negative");
        if (x == y)
            return PyValue.True;
        if (double.IsInfinity(x) || double.IsInfinity(y))
            return PyValue.False;
        double diff = Math.Abs(y - x);
        return PyValue.FromBool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
    }

    public static PyValue Prod(PyValue iterable, PyValue start)
    {
        var acc = start.IsUnbound ? PyValue.FromInt(1) : start;
        var it = PyOps.GetIter(iterable);
        while (it.MoveNext(out var v))
            acc = PyOps.Mul(acc, v);
        return acc;
    }

    /// <summary>math.fsum: Shewchuk's exact partial sums, rounded as CPython rounds them.</summary>
    public static PyValue Fsum(PyValue iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var it = PyOps.GetIter(iterable);
        while (it.MoveNext(out var item))
        {
            double x = ToFloat(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                    (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0)
                    partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave))
                        throw PyException.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave))
                        infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else
                {
                    partials.Add(x);
                }
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum))
                throw PyException.ValueError("-inf + inf in fsum");
            return PyValue.FromFloat(specialSum);
        }
        double sum = 0.0;
        int n = partials.Count;
        if (n > 0)
        {
            sum = partials[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = sum;
                double y = partials[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0)
                    break;
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr)
                    sum = x;
            }
        }
        return PyValue.FromFloat(sum);
    }

    // ---- guarded calls: direct while `m` is the pristine math module, else the attribute's call ----

    private static BuiltinModule M => Instance;
    private static PyValue Slow(PyValue m, string name, ReadOnlySpan<PyValue> args) => PyOps.CallMethod(m, name, args, null);

    public static PyValue Call_sqrt(PyValue m, PyValue x) => M.Is(m) ? Sqrt(x) : Slow(m, "sqrt", [x]);
    public static PyValue Call_floor(PyValue m, PyValue x) => M.Is(m) ? Floor(x) : Slow(m, "floor", [x]);
    public static PyValue Call_ceil(PyValue m, PyValue x) => M.Is(m) ? Ceil(x) : Slow(m, "ceil", [x]);
    public static PyValue Call_trunc(PyValue m, PyValue x) => M.Is(m) ? Trunc(x) : Slow(m, "trunc", [x]);
    public static PyValue Call_fabs(PyValue m, PyValue x) => M.Is(m) ? Fabs(x) : Slow(m, "fabs", [x]);
    public static PyValue Call_exp(PyValue m, PyValue x) => M.Is(m) ? Exp(x) : Slow(m, "exp", [x]);
    public static PyValue Call_sin(PyValue m, PyValue x) => M.Is(m) ? Sin(x) : Slow(m, "sin", [x]);
    public static PyValue Call_cos(PyValue m, PyValue x) => M.Is(m) ? Cos(x) : Slow(m, "cos", [x]);
    public static PyValue Call_tan(PyValue m, PyValue x) => M.Is(m) ? Tan(x) : Slow(m, "tan", [x]);
    public static PyValue Call_atan(PyValue m, PyValue x) => M.Is(m) ? Atan(x) : Slow(m, "atan", [x]);
    public static PyValue Call_atan2(PyValue m, PyValue y, PyValue x) => M.Is(m) ? Atan2(y, x) : Slow(m, "atan2", [y, x]);
    public static PyValue Call_log(PyValue m, PyValue x) => M.Is(m) ? Log(x) : Slow(m, "log", [x]);
    public static PyValue Call_log(PyValue m, PyValue x, PyValue b) => M.Is(m) ? Log(x, b) : Slow(m, "log", [x, b]);
    public static PyValue Call_log2(PyValue m, PyValue x) => M.Is(m) ? Log2(x) : Slow(m, "log2", [x]);
    public static PyValue Call_log10(PyValue m, PyValue x) => M.Is(m) ? Log10(x) : Slow(m, "log10", [x]);
    public static PyValue Call_pow(PyValue m, PyValue x, PyValue y) => M.Is(m) ? Pow(x, y) : Slow(m, "pow", [x, y]);
    public static PyValue Call_gcd(PyValue m, PyValue a, PyValue b) => M.Is(m) ? Gcd(a, b) : Slow(m, "gcd", [a, b]);
    public static PyValue Call_factorial(PyValue m, PyValue x) => M.Is(m) ? Factorial(x) : Slow(m, "factorial", [x]);
    public static PyValue Call_isqrt(PyValue m, PyValue x) => M.Is(m) ? Isqrt(x) : Slow(m, "isqrt", [x]);
    public static PyValue Call_hypot(PyValue m, PyValue x, PyValue y) => M.Is(m) ? Hypot([x, y]) : Slow(m, "hypot", [x, y]);
    public static PyValue Call_isclose(PyValue m, PyValue a, PyValue b) => M.Is(m) ? Isclose(a, b, default, default) : Slow(m, "isclose", [a, b]);
    public static PyValue Call_isinf(PyValue m, PyValue x) => M.Is(m) ? Isinf(x) : Slow(m, "isinf", [x]);
    public static PyValue Call_isnan(PyValue m, PyValue x) => M.Is(m) ? Isnan(x) : Slow(m, "isnan", [x]);
    public static PyValue Call_comb(PyValue m, PyValue n, PyValue k) => M.Is(m) ? Comb(n, k) : Slow(m, "comb", [n, k]);
    public static PyValue Call_degrees(PyValue m, PyValue x) => M.Is(m) ? Degrees(x) : Slow(m, "degrees", [x]);
    public static PyValue Call_radians(PyValue m, PyValue x) => M.Is(m) ? Radians(x) : Slow(m, "radians", [x]);

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("math");
        m.Add("pi", PyValue.FromFloat(Math.PI));
        m.Add("e", PyValue.FromFloat(Math.E));
        m.Add("tau", PyValue.FromFloat(2 * Math.PI));
        m.Add("inf", PyValue.FromFloat(double.PositiveInfinity));
        m.Add("nan", PyValue.FromFloat(FloatOps.NaN));
        void F1(string name, Func<PyValue, PyValue> f) =>
            m.AddFunction(name, (args, kw) => f(BuiltinModule.Arg1("math." + name, args, kw)));
        void F2(string name, Func<PyValue, PyValue, PyValue> f) =>
            m.AddFunction(name, (args, kw) =>
            {
                var a = BuiltinModule.ArgN(name, args, kw, 2);
                return f(a[0], a[1]);
            });
        F1("sqrt", Sqrt);
        F1("floor", Floor);
        F1("ceil", Ceil);
        F1("trunc", Trunc);
        F1("fabs", Fabs);
        F1("exp", Exp);
        F1("sin", Sin);
        F1("cos", Cos);
        F1("tan", Tan);
        F1("asin", Asin);
        F1("acos", Acos);
        F1("atan", Atan);
        F1("sinh", Sinh);
        F1("cosh", Cosh);
        F1("tanh", Tanh);
        F1("degrees", Degrees);
        F1("radians", Radians);
        F1("isinf", Isinf);
        F1("isnan", Isnan);
        F1("isfinite", Isfinite);
        F1("log2", Log2);
        F1("log10", Log10);
        F1("log1p", Log1p);
        F1("acosh", Acosh);
        F1("asinh", Asinh);
        F1("atanh", Atanh);
        F1("cbrt", Cbrt);
        F1("gamma", Gamma);
        F1("lgamma", Lgamma);
        F1("erf", Erf);
        F1("erfc", Erfc);
        F1("frexp", Frexp);
        F1("ulp", Ulp);
        F2("ldexp", Ldexp);
        F2("remainder", Remainder);
        m.AddFunction("nextafter", (args, kw) =>
        {
            int positional = args.Length - (kw?.Length ?? 0);
            if (positional != 2)
                throw PyException.TypeError($"nextafter() takes exactly 2 positional arguments ({positional} given)");
            var steps = PyValue.None;
            for (int k = 0; k < (kw?.Length ?? 0); k++)
            {
                if (kw![k] != "steps")
                    throw PyException.TypeError($"'{kw[k]}' is an invalid keyword argument for nextafter()");
                steps = args[positional + k];
            }
            return Nextafter(args[0], args[1], steps);
        });
        F1("factorial", Factorial);
        F1("isqrt", Isqrt);
        F1("modf", Modf);
        F1("fsum", Fsum);
        F2("atan2", Atan2);
        F2("copysign", Copysign);
        F2("fmod", Fmod);
        F2("pow", Pow);
        F2("comb", Comb);
        F2("dist", Dist);
        m.AddFunction("log", (args, kw) =>
        {
            ArgCheck.Range("log", args, kw, 1, 2);
            return args.Length == 1 ? Log(args[0]) : Log(args[0], args[1]);
        });
        m.AddFunction("perm", (args, kw) =>
        {
            ArgCheck.Range("perm", args, kw, 1, 2);
            return Perm(args[0], args.Length == 2 ? args[1] : PyValue.None);
        });
        m.AddFunction("gcd", (args, kw) =>
        {
            ArgCheck.NoKeywords("gcd", kw);
            return Gcd(args);
        });
        m.AddFunction("lcm", (args, kw) =>
        {
            ArgCheck.NoKeywords("lcm", kw);
            return Lcm(args);
        });
        m.AddFunction("hypot", (args, kw) =>
        {
            ArgCheck.NoKeywords("hypot", kw);
            return Hypot(args);
        });
        m.AddFunction("isclose", (args, kw) =>
        {
            ArgCheck.OnlyKeywords("isclose", kw, "rel_tol", "abs_tol");
            var pos = ArgCheck.Positional(args, kw);
            if (pos.Length != 2)
                throw PyException.TypeError($"isclose() takes exactly 2 positional arguments ({pos.Length} given)");
            return Isclose(pos[0], pos[1], Kw(args, kw, "rel_tol"), Kw(args, kw, "abs_tol"));
        });
        m.AddFunction("prod", (args, kw) =>
        {
            ArgCheck.OnlyKeywords("prod", kw, "start");
            var pos = ArgCheck.Positional(args, kw);
            if (pos.Length != 1)
                throw PyException.TypeError($"prod() takes exactly 1 positional argument ({pos.Length} given)");
            return Prod(pos[0], Kw(args, kw, "start"));
        });
        CaptureOriginals(m);
        return m;
    }

    private static PyValue Kw(ReadOnlySpan<PyValue> args, string[]? kw, string name) =>
        ArgCheck.TryGetKeyword(args, kw, name, out var v) ? v : default;
}
