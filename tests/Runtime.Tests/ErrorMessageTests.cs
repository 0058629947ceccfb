using System;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

/// <summary>Outcomes recorded from CPython 3.12 (the Python expression is in each case's comment).</summary>
public class ErrorMessageTests
{
    private static PyValue I(long v) => PyValue.FromInt(v);
    private static PyValue F(double v) => PyValue.FromFloat(v);
    private static PyValue S(string s) => PyValue.FromString(s);
    private static PyValue L(params PyValue[] xs) => PyValue.FromObject(new PyList(xs));
    private static PyValue B(string name) => Builtins.Lookup(name, out var v) ? v : throw new ArgumentException(name);
    private static PyValue Call(string builtin, params PyValue[] args) => PyOps.Call(B(builtin), args, null);
    private static PyValue M(PyValue o, string name, params PyValue[] args) => PyOps.CallMethod(o, name, args, null);

    private static string Outcome(Func<PyValue> f)
    {
        try
        {
            return PyOps.Repr(f());
        }
        catch (PyException e)
        {
            return e.Type.Name + ": " + e.Instance.Str();
        }
    }

    public static TheoryData<string, Func<PyValue>, string> Cases => new()
    {
        { "a, b = [1,2,3]", () => { PyOps.Unpack(L(I(1), I(2), I(3)), 2); return PyValue.None; }, "ValueError: too many values to unpack (expected 2)" },
        { "a, b = [1]", () => { PyOps.Unpack(L(I(1)), 2); return PyValue.None; }, "ValueError: not enough values to unpack (expected 2, got 1)" },
        { "a, *b, c = [1]", () => { PyOps.UnpackStar(L(I(1)), 1, 1); return PyValue.None; }, "ValueError: not enough values to unpack (expected at least 2, got 1)" },
        { "{}[[1]]", () => PyOps.GetItem(PyOps.NewDict(), L(I(1))), "TypeError: unhashable type: 'list'" },
        { "[].pop()", () => M(L(), "pop"), "IndexError: pop from empty list" },
        { "[1].remove(3)", () => M(L(I(1)), "remove", I(3)), "ValueError: list.remove(x): x not in list" },
        { "'abc'.index('z')", () => M(S("abc"), "index", S("z")), "ValueError: substring not found" },
        { "(1,).index(3)", () => M(PyOps.NewTuple(I(1)), "index", I(3)), "ValueError: tuple.index(x): x not in tuple" },
        { "[1,2].index(3)", () => M(L(I(1), I(2)), "index", I(3)), "ValueError: 3 is not in list" },
        { "len(5)", () => Call("len", I(5)), "TypeError: object of type 'int' has no len()" },
        { "None < 1", () => PyOps.Lt(PyValue.None, I(1)), "TypeError: '<' not supported between instances of 'NoneType' and 'int'" },
        { "sorted([1,'a'])", () => Call("sorted", L(I(1), S("a"))), "TypeError: '<' not supported between instances of 'str' and 'int'" },
        { "'a'.join([1])", () => M(S("a"), "join", L(I(1))), "TypeError: sequence item 0: expected str instance, int found" },
        { "{1}.remove(2)", () => M(PyOps.NewSet(I(1)), "remove", I(2)), "KeyError: 2" },
        { "{}.popitem()", () => M(PyOps.NewDict(), "popitem"), "KeyError: 'popitem(): dictionary is empty'" },
        { "set().pop()", () => M(PyOps.NewSet(), "pop"), "KeyError: 'pop from an empty set'" },
        { "next(iter([]))", () => Call("next", Call("iter", L())), "StopIteration: " },
        { "int(None)", () => Call("int", PyValue.None), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'" },
        { "float([])", () => Call("float", L()), "TypeError: float() argument must be a string or a real number, not 'list'" },
        { "abs('a')", () => Call("abs", S("a")), "TypeError: bad operand type for abs(): 'str'" },
        { "range(1.5)", () => Call("range", F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer" },
        { "[1,2,3][5:1:-1]", () => PyOps.GetItem(L(I(1), I(2), I(3)), PyOps.Slice(I(5), I(1), I(-1))), "[3]" },
        { "'abc' * -1", () => PyOps.Mul(S("abc"), I(-1)), "''" },
        { "chr(-1)", () => Call("chr", I(-1)), "ValueError: chr() arg not in range(0x110000)" },
        { "ord('ab')", () => Call("ord", S("ab")), "TypeError: ord() expected a character, but string of length 2 found" },
        { "1 .bit_length()", () => M(I(1), "bit_length"), "1" },
        { "divmod(1, 0)", () => Call("divmod", I(1), I(0)), "ZeroDivisionError: integer division or modulo by zero" },
        { "print(1, sep=5)", () => PyOps.Call(B("print"), new[] { I(1), I(5) }, new[] { "sep" }), "TypeError: sep must be None or a string, not int" },
        { "list(zip([1,2],[1], strict=True))", () => Call("list", PyOps.Call(B("zip"), new[] { L(I(1), I(2)), L(I(1)), PyValue.True }, new[] { "strict" })), "ValueError: zip() argument 2 is shorter than argument 1" },
        { "hash([])", () => Call("hash", L()), "TypeError: unhashable type: 'list'" },
        { "1 .real", () => PyOps.GetAttr(I(1), "real"), "1" },
        { "[1,2,3] * 2", () => PyOps.Mul(L(I(1), I(2), I(3)), I(2)), "[1, 2, 3, 1, 2, 3]" },
        { "3 * (1,)", () => PyOps.Mul(I(3), PyOps.NewTuple(I(1))), "(1, 1, 1)" },
        { "'x' in 5", () => PyValue.FromBool(PyOps.Contains(I(5), S("x"))), "TypeError: argument of type 'int' is not iterable" },
        { "5 in 'abc'", () => PyValue.FromBool(PyOps.Contains(S("abc"), I(5))), "TypeError: 'in <string>' requires string as left operand, not int" },
        { "round(float('inf'))", () => Call("round", F(double.PositiveInfinity)), "OverflowError: cannot convert float infinity to integer" },
        { "round(2.5, None)", () => Call("round", F(2.5), PyValue.None), "2" },
        { "isinstance(1, 5)", () => Call("isinstance", I(1), I(5)), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union" },
        { "max(1)", () => Call("max", I(1)), "TypeError: 'int' object is not iterable" },
        { "min()", () => Call("min"), "TypeError: min expected at least 1 argument, got 0" },
        { "sum(['a','b'], '')", () => Call("sum", L(S("a"), S("b")), S("")), "TypeError: sum() can't sum strings [use ''.join(seq) instead]" },
        { "5()", () => PyOps.Call(I(5)), "TypeError: 'int' object is not callable" },
        { "'a'.foo", () => PyOps.GetAttr(S("a"), "foo"), "AttributeError: 'str' object has no attribute 'foo'" },
        { "int.foo", () => PyOps.GetAttr(B("int"), "foo"), "AttributeError: type object 'int' object has no attribute 'foo'".Replace(" object has", " has") },
        { "-'a'", () => PyOps.Neg(S("a")), "TypeError: bad operand type for unary -: 'str'" },
        { "~1.5", () => PyOps.Invert(F(1.5)), "TypeError: bad operand type for unary ~: 'float'" },
        { "5[0]", () => PyOps.GetItem(I(5), I(0)), "TypeError: 'int' object is not subscriptable" },
        { "(1,)[5]", () => PyOps.GetItem(PyOps.NewTuple(I(1)), I(5)), "IndexError: tuple index out of range" },
        { "int(1e400)", () => Call("int", F(double.PositiveInfinity)), "OverflowError: cannot convert float infinity to integer" },
        { "int(float('nan'))", () => Call("int", F(double.NaN)), "ValueError: cannot convert float NaN to integer" },
        { "float(10**400)", () => Call("float", PyOps.Pow(I(10), I(400))), "OverflowError: int too large to convert to float" },
        { "format(1.5, 'd')", () => Call("format", F(1.5), S("d")), "ValueError: Unknown format code 'd' for object of type 'float'" },
        { "str(10**5000)", () => Call("str", PyOps.Pow(I(10), I(5000))), "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string python, Func<PyValue> run, string expected)
    {
        Assert.True(python.Length > 0);
        Assert.Equal(expected, Outcome(run));
    }
}
