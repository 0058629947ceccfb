using System;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

public class ArithmeticTests
{
    private static PyValue I(long v) => PyValue.FromInt(v);
    private static PyValue F(double v) => PyValue.FromFloat(v);

    [Fact]
    public void FastPathsDoNotAllocate()
    {
        // Warm up (JIT, static constructors).
        Loop(100);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var r = Loop(100_000);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
        Assert.True(r.IsFloat);
    }

    private static PyValue Loop(int n)
    {
        PyValue acc = I(0), f = F(0.5);
        for (int i = 0; i < n; i++)
        {
            var x = I(i);
            acc = PyOps.Add(acc, PyOps.Mul(x, I(3)));
            acc = PyOps.Sub(acc, PyOps.FloorDiv(x, I(7)));
            acc = PyOps.Mod(acc, I(1_000_003));
            acc = PyOps.Add(acc, PyOps.Mod(I(-i), I(5)));
            f = PyOps.Add(f, PyOps.TrueDiv(F(i), F(3.0)));
            f = PyOps.Sub(f, PyOps.Mul(F(0.25), x));        // float * int
            f = PyOps.Add(f, PyOps.TrueDiv(x, I(7)));         // int / int -> float
            f = PyOps.Add(f, PyOps.FloorDiv(F(i), F(2.0)));
            f = PyOps.Add(f, PyOps.Mod(F(-i), F(2.5)));
            if (PyOps.LtBool(acc, x) && PyOps.EqBool(f, F(-1)))
                acc = PyOps.Neg(acc);
            if (PyOps.IsTrue(PyOps.Gt(x, F(1e300))))
                acc = I(0);
        }
        return PyOps.Add(f, acc);
    }

    [Theory]
    // Recorded from CPython 3.12: (a // b, a % b) for ints.
    [InlineData(7, 2, 3, 1)]
    [InlineData(-7, 2, -4, 1)]
    [InlineData(7, -2, -4, -1)]
    [InlineData(-7, -2, 3, -1)]
    [InlineData(0, 5, 0, 0)]
    [InlineData(long.MinValue, 1, long.MinValue, 0)]
    public void IntFloorDivMod(long a, long b, long q, long r)
    {
        Assert.Equal(q, PyOps.FloorDiv(I(a), I(b)).AsLong);
        Assert.Equal(r, PyOps.Mod(I(a), I(b)).AsLong);
    }

    [Theory]
    // Recorded from CPython 3.12: repr(a // b), repr(a % b) for floats.
    [InlineData(7.5, 2.0, "3.0", "1.5")]
    [InlineData(-7.5, 2.0, "-4.0", "0.5")]
    [InlineData(7.5, -2.0, "-4.0", "-0.5")]
    [InlineData(-0.0, 5.0, "-0.0", "0.0")]
    [InlineData(0.0, -5.0, "-0.0", "-0.0")]
    [InlineData(1.0, 0.1, "9.0", "0.09999999999999995")]
    public void FloatFloorDivMod(double a, double b, string q, string r)
    {
        Assert.Equal(q, PyOps.Repr(PyOps.FloorDiv(F(a), F(b))));
        Assert.Equal(r, PyOps.Repr(PyOps.Mod(F(a), F(b))));
    }

    [Fact]
    public void OverflowPromotesToBigInt()
    {
        var big = PyOps.Mul(I(long.MaxValue), I(2));
        Assert.True(big.IsBigInt);
        Assert.Equal("18446744073709551614", PyOps.Repr(big));
        Assert.Equal("9223372036854775807", PyOps.Repr(PyOps.FloorDiv(big, I(2))));
        Assert.True(PyOps.FloorDiv(big, I(2)).IsInt);
        Assert.Equal("9223372036854775808", PyOps.Repr(PyOps.Neg(I(long.MinValue))));
        Assert.Equal("1267650600228229401496703205376", PyOps.Repr(PyOps.Pow(I(2), I(100))));
        Assert.Equal("0.5", PyOps.Repr(PyOps.Pow(I(2), I(-1))));
        Assert.Equal("1267650600228229401496703205376", PyOps.Repr(PyOps.LShift(I(1), I(100))));
        Assert.Equal("-1", PyOps.Repr(PyOps.RShift(I(-5), I(100))));
    }

    [Theory]
    // Recorded from CPython 3.12.
    [InlineData("1//0", "ZeroDivisionError", "integer division or modulo by zero")]
    [InlineData("1%0", "ZeroDivisionError", "integer modulo by zero")]
    [InlineData("1/0", "ZeroDivisionError", "division by zero")]
    [InlineData("1.0/0", "ZeroDivisionError", "float division by zero")]
    [InlineData("1.0//0.0", "ZeroDivisionError", "float floor division by zero")]
    [InlineData("1.0%0", "ZeroDivisionError", "float modulo")]
    [InlineData("0**-1", "ZeroDivisionError", "0.0 cannot be raised to a negative power")]
    [InlineData("0.0**-1", "ZeroDivisionError", "0.0 cannot be raised to a negative power")]
    [InlineData("10.0**400", "OverflowError", "(34, 'Numerical result out of range')")]
    [InlineData("1<<-1", "ValueError", "negative shift count")]
    [InlineData("1+'a'", "TypeError", "unsupported operand type(s) for +: 'int' and 'str'")]
    [InlineData("'a'+1", "TypeError", "can only concatenate str (not \"int\") to str")]
    [InlineData("None+1", "TypeError", "unsupported operand type(s) for +: 'NoneType' and 'int'")]
    [InlineData("'a'**2", "TypeError", "unsupported operand type(s) for ** or pow(): 'str' and 'int'")]
    [InlineData("[1]*1.5", "TypeError", "can't multiply sequence by non-int of type 'float'")]
    [InlineData("1<'a'", "TypeError", "'<' not supported between instances of 'int' and 'str'")]
    [InlineData("[1]<(1,)", "TypeError", "'<' not supported between instances of 'list' and 'tuple'")]
    [InlineData("10**400/1", "OverflowError", "integer division result too large for a float")]
    [InlineData("10**400+1.0", "OverflowError", "int too large to convert to float")]
    public void ErrorMessages(string expr, string type, string message)
    {
        var e = Assert.Throws<PyException>(() => Eval(expr));
        Assert.Equal(type, e.Type.Name);
        Assert.Equal(message, e.Instance.Str());
    }

    private static PyValue Big(int exp) => PyOps.Pow(I(10), I(exp));

    private static PyValue Eval(string expr) => expr switch
    {
        "1//0" => PyOps.FloorDiv(I(1), I(0)),
        "1%0" => PyOps.Mod(I(1), I(0)),
        "1/0" => PyOps.TrueDiv(I(1), I(0)),
        "1.0/0" => PyOps.TrueDiv(F(1), I(0)),
        "1.0//0.0" => PyOps.FloorDiv(F(1), F(0)),
        "1.0%0" => PyOps.Mod(F(1), I(0)),
        "0**-1" => PyOps.Pow(I(0), I(-1)),
        "0.0**-1" => PyOps.Pow(F(0), I(-1)),
        "10.0**400" => PyOps.Pow(F(10), I(400)),
        "1<<-1" => PyOps.LShift(I(1), I(-1)),
        "1+'a'" => PyOps.Add(I(1), PyValue.FromString("a")),
        "'a'+1" => PyOps.Add(PyValue.FromString("a"), I(1)),
        "None+1" => PyOps.Add(PyValue.None, I(1)),
        "'a'**2" => PyOps.Pow(PyValue.FromString("a"), I(2)),
        "[1]*1.5" => PyOps.Mul(PyValue.FromObject(new PyList(new[] { I(1) })), F(1.5)),
        "1<'a'" => PyOps.Lt(I(1), PyValue.FromString("a")),
        "[1]<(1,)" => PyOps.Lt(PyValue.FromObject(new PyList(new[] { I(1) })), PyValue.FromObject(PyTuple.Create(I(1)))),
        "10**400/1" => PyOps.TrueDiv(Big(400), I(1)),
        "10**400+1.0" => PyOps.Add(Big(400), F(1.0)),
        _ => throw new ArgumentException(expr),
    };

    [Fact]
    public void MixedComparisons()
    {
        Assert.True(PyOps.EqBool(I(1), F(1.0)));
        Assert.True(PyOps.EqBool(I(1), PyValue.True));
        Assert.True(PyOps.EqBool(F(1.0), PyValue.True));
        // 2**53 + 1 is not equal to the float 2**53 (exact comparison, not via double).
        Assert.False(PyOps.EqBool(I((1L << 53) + 1), F(9007199254740992.0)));
        Assert.True(PyOps.GtBool(I((1L << 53) + 1), F(9007199254740992.0)));
        Assert.True(PyOps.LtBool(Big(400), F(double.PositiveInfinity)));
        Assert.False(PyOps.EqBool(F(double.NaN), F(double.NaN)));
        Assert.True(PyOps.NeBool(F(double.NaN), F(double.NaN)));
        Assert.Equal(PyOps.Hash(I(1)), PyOps.Hash(F(1.0)));
        Assert.Equal(PyOps.Hash(I(1)), PyOps.Hash(PyValue.True));
    }

    [Theory]
    // hash() recorded from CPython 3.12.
    [InlineData(1.5, 1152921504606846977L)]
    [InlineData(-2.5, -1152921504606846978L)]
    [InlineData(0.1, 230584300921369408L)]
    [InlineData(1e300, 1224995262755759164L)]
    public void FloatHash(double d, long expected) => Assert.Equal(expected, PyOps.Hash(F(d)));
}
