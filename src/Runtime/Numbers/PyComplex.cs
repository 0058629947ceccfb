using System;

namespace PyAot.Runtime;

/// <summary>complex: a pair of floats, with CPython's arithmetic, repr and errors.</summary>
public sealed class PyComplex(double real, double imag) : PyObject
{
    public static readonly PyType ComplexType = CreateType();

    public double Real { get; } = real;
    public double Imag { get; } = imag;

    public override PyType Type => ComplexType;

    public static PyValue Create(double real, double imag) => PyValue.FromObject(new PyComplex(real, imag));

    private static PyType CreateType()
    {
        var t = new PyType("complex", PyTypes.Object);
        t.Constructor = static (args, kw) =>
        {
            ArgCheck.OnlyKeywords("complex", kw, "real", "imag");
            var pos = ArgCheck.Positional(args, kw);
            if (pos.Length > 2)
                throw PyException.TypeError($"complex() takes at most 2 arguments ({pos.Length} given)");
            var re = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kw, "real", out var r) ? r : default;
            var im = pos.Length > 1 ? pos[1] : ArgCheck.TryGetKeyword(args, kw, "imag", out var i) ? i : default;
            if (re.IsUnbound && im.IsUnbound)
                return Create(0, 0);
            if (re.Ref is string s)
            {
                if (!im.IsUnbound)
                    throw PyException.TypeError("complex() can't take second arg if first is a string");
                return Parse(s);
            }
            if (im.Ref is string)
                throw PyException.TypeError("complex() second arg can't be a string");
            bool reComplex = false, imComplex = false;
            var (a, b) = re.IsUnbound ? (0.0, 0.0) : Parts(re, "complex() first argument must be a string or a number, not '{0}'", special: true, out reComplex);
            var (c, d) = im.IsUnbound ? (b, 0.0) : Parts(im, "complex() second argument must be a number, not '{0}'", special: false, out imComplex);
            // As complex_new: the parts are added only when an argument is complex, so complex(0, -0.0) keeps its -0.0.
            if (imComplex)
                a -= d;
            if (reComplex && !im.IsUnbound)
                c += b;
            return Create(a, c);
        };
        return t;
    }

    private static (double, double) Parts(PyValue v, string error, bool special, out bool isComplex)
    {
        isComplex = true;
        v = PyDerivedInstance.BuiltinUnless(v, "__float__");
        if (v.Ref is PyComplex c)
            return (c.Real, c.Imag);
        isComplex = false;
        if (TryReal(v, out double d))
            return (d, 0);
        if (v.Ref is PyInstance inst)
        {
            // complex_new: the first argument's __complex__ (try_complex_special_method), then for either argument
            // PyFloat_AsDouble's __float__ or __index__.
            if (special && inst.Type.TryLookup("__complex__", out var method))
            {
                var r = PyOps.Call(method, new[] { v }, null);
                if (r.Ref is PyComplex rc)
                {
                    isComplex = true;
                    return (rc.Real, rc.Imag);
                }
                throw PyException.TypeError($"__complex__ returned non-complex (type {PyOps.TypeName(r)})");
            }
            if (inst.Type.TryLookup("__float__", out _) || inst.Type.TryLookup("__index__", out _))
                return (Builtins.Float(v).AsDouble, 0);
        }
        throw PyException.TypeError(string.Format(System.Globalization.CultureInfo.InvariantCulture, error, PyOps.TypeName(v)));
    }

    private static bool TryReal(PyValue v, out double d)
    {
        if (v.IsFloat) { d = v.AsDouble; return true; }
        if (v.IsInt || v.IsBool) { d = v.Bits; return true; }
        if (v.Ref is PyBigInt b) { d = IntOps.ToDouble(b.Value); return true; }
        d = 0;
        return false;
    }

    private static PyValue Parse(string text)
    {
        string s = text.Trim();
        if (s.StartsWith("(", StringComparison.Ordinal) && s.EndsWith(")", StringComparison.Ordinal))
            s = s.Substring(1, s.Length - 2).Trim();
        try
        {
            if (s.EndsWith("j", StringComparison.OrdinalIgnoreCase))
            {
                string body = s.Substring(0, s.Length - 1);
                // Split at the last sign that is not part of an exponent.
                int split = -1;
                for (int k = body.Length - 1; k > 0; k--)
                {
                    if ((body[k] == '+' || body[k] == '-') && body[k - 1] is not ('e' or 'E'))
                    {
                        split = k;
                        break;
                    }
                }
                string re = split < 0 ? "0" : body.Substring(0, split);
                string im = split < 0 ? body : body.Substring(split);
                if (im is "" or "+")
                    im = "1";
                else if (im == "-")
                    im = "-1";
                return Create(Builtins.Float(PyValue.FromString(re)).AsDouble, Builtins.Float(PyValue.FromString(im)).AsDouble);
            }
            return Create(Builtins.Float(PyValue.FromString(s)).AsDouble, 0);
        }
        catch (PyException)
        {
            throw PyException.ValueError("complex() arg is a malformed string");
        }
    }

    private static string Part(double d)
    {
        string r = FloatRepr.Repr(d);
        return r.EndsWith(".0", StringComparison.Ordinal) ? r.Substring(0, r.Length - 2) : r;
    }

    public override string Repr()
    {
        if (Real == 0 && BitConverter.DoubleToInt64Bits(Real) == 0)
            return Part(Imag) + "j";
        string im = Part(Imag);
        string sign = im.StartsWith("-", StringComparison.Ordinal) ? "" : "+";
        return "(" + Part(Real) + sign + im + "j)";
    }

    public override bool IsTrue() => Real != 0 || Imag != 0;

    public override long Hash()
    {
        long hr = PyHash.Hash(PyValue.FromFloat(Real));
        long hi = PyHash.Hash(PyValue.FromFloat(Imag));
        long h = unchecked(hr + 1000003L * hi);
        return h == -1 ? -2 : h;
    }

    private static bool TryOperand(PyValue v, out double re, out double im)
    {
        if (v.Ref is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return true;
        }
        im = 0;
        return TryReal(v, out re);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne))
            return default;
        if (!TryOperand(other, out double re, out double im))
            return default;
        bool eq = Real == re && Imag == im;
        return PyValue.FromBool(eq == (op == CompareOp.Eq));
    }

    public override PyValue UnaryOp(char op) => op switch
    {
        '-' => Create(-Real, -Imag),
        '+' => Create(Real, Imag),
        _ => default,
    };

    public PyValue Abs()
    {
        if (double.IsInfinity(Real) || double.IsInfinity(Imag))
            return PyValue.FromFloat(double.PositiveInfinity);
        double r = Math.Sqrt(Real * Real + Imag * Imag);
        if (double.IsInfinity(r))
            r = new System.Numerics.Complex(Real, Imag).Magnitude;
        if (double.IsInfinity(r))
            throw PyException.OverflowError("absolute value too large");
        return PyValue.FromFloat(r);
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (!TryOperand(other, out double ore, out double oim))
            return default;
        double ar = Real, ai = Imag, br = ore, bi = oim;
        if (reflected)
            (ar, ai, br, bi) = (br, bi, ar, ai);
        switch (op)
        {
            case BinOp.Add:
                return Create(ar + br, ai + bi);
            case BinOp.Sub:
                return Create(ar - br, ai - bi);
            case BinOp.Mul:
                return Create(ar * br - ai * bi, ar * bi + ai * br);
            case BinOp.TrueDiv:
                return Div(ar, ai, br, bi);
            case BinOp.Pow:
                return Pow(ar, ai, br, bi);
            case BinOp.FloorDiv:
            case BinOp.Mod:
                return default;
        }
        return default;
    }

    private static PyValue Div(double ar, double ai, double br, double bi)
    {
        // CPython's _Py_c_quot (Smith's algorithm).
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0)
                throw PyException.ZeroDivisionError("complex division by zero");
            double ratio = bi / br, denom = br + bi * ratio;
            return Create((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            return Create((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return Create(FloatOps.NaN, FloatOps.NaN);
    }

    private static PyValue Pow(double ar, double ai, double br, double bi)
    {
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100)
        {
            // Integer exponents: repeated multiplication, as CPython's c_powi.
            long n = (long)br;
            if (n < 0)
            {
                var p = PowU(ar, ai, -n);
                if (p.Item1 == 0 && p.Item2 == 0)
                    throw PyException.ZeroDivisionError("0.0 to a negative or complex power");
                return Div(1, 0, p.Item1, p.Item2);
            }
            var q = PowU(ar, ai, n);
            return Create(q.Item1, q.Item2);
        }
        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0)
                throw PyException.ZeroDivisionError("0.0 to a negative or complex power");
            return Create(br == 0 ? 1 : 0, 0);
        }
        // c_pow of CPython's Objects/complexobject.c, step for step (the last bits of the result are its).
        double vabs = Hypot(ar, ai);
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        double re = len * Math.Cos(phase), im = len * Math.Sin(phase);
        if (double.IsInfinity(re) || double.IsInfinity(im))
            throw PyException.OverflowError("complex exponentiation");
        return Create(re, im);
    }

    /// <summary><c>x ** y</c> of two floats that float_pow hands to complex_pow (a negative base, a fractional
    /// exponent).</summary>
    internal static PyValue PowReal(double x, double y) => Pow(x, 0, y, 0);

    private static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y))
            return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y))
            return double.NaN;
        return x == 0 && y == 0 ? 0.0 : MathModule.Hypot2(x, y);
    }

    private static (double, double) PowU(double ar, double ai, long n)
    {
        double rr = 1, ri = 0, xr = ar, xi = ai;
        while (n > 0)
        {
            if ((n & 1) != 0)
                (rr, ri) = (rr * xr - ri * xi, rr * xi + ri * xr);
            (xr, xi) = (xr * xr - xi * xi, 2 * xr * xi);
            n >>= 1;
        }
        return (rr, ri);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "real":
                value = PyValue.FromFloat(Real);
                return true;
            case "imag":
                value = PyValue.FromFloat(Imag);
                return true;
            case "conjugate":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (name == "conjugate")
        {
            ArgCheck.None("complex.conjugate", args, kwNames);
            result = Create(Real, -Imag);
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }
}
