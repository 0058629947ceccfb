using System;
using System.IO;
using System.Linq;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

/// <summary>Expected outputs recorded from CPython 3.12 running the equivalent Python line.</summary>
public class BehaviourTests
{
    private static PyValue I(long v) => PyValue.FromInt(v);
    private static PyValue F(double v) => PyValue.FromFloat(v);
    private static PyValue S(string s) => PyValue.FromString(s);
    private static PyValue L(params PyValue[] xs) => PyValue.FromObject(new PyList(xs));
    private static PyValue T(params PyValue[] xs) => PyValue.FromObject(PyTuple.Create(xs));
    private static PyValue B(string name) => Builtins.Lookup(name, out var v) ? v : throw new ArgumentException(name);
    private static PyValue Call(string builtin, params PyValue[] args) => PyOps.Call(B(builtin), args, null);

    private static string Printed(Action body)
    {
        var saved = PyStdio.Out;
        var sw = new StringWriter { NewLine = "\n" };
        PyStdio.Out = sw;
        try
        {
            body();
        }
        finally
        {
            PyStdio.Out = saved;
        }
        return sw.ToString();
    }

    [Fact]
    public void PrintAndRepr()
    {
        var d = new PyDict();
        d.SetItem(S("k"), L(F(1.0)));
        var set = new PySet();
        set.Add(I(1));
        string output = Printed(() =>
        {
            // print(1, 'a', 2.5, None, True, [1, 'b', (2,)], {'k': [1.0]}, {1}, set(), (), (1,), sep='|', end='!\n')
            Builtins.Print(new[] { I(1), S("a"), F(2.5), PyValue.None, PyValue.True, L(I(1), S("b"), T(I(2))), PyValue.FromObject(d),
                PyValue.FromObject(set), PyValue.FromObject(new PySet()), T(), T(I(1)) }, S("|"), S("!\n"), false);
            Builtins.Print(ReadOnlySpan<PyValue>.Empty);
            Builtins.Print(new[] { S("x") }, default, S(""), false);
            Builtins.Print(new[] { Builtins.Repr(S("it's")), Builtins.Repr(S("a\"b")), Builtins.Repr(S("q'\"")),
                Builtins.Repr(S("\0\t\u00e9\u200b\U0001f600")), Builtins.Ascii(S("é\U0001f600")) }, default, default, false);
        });
        Assert.Equal("1|a|2.5|None|True|[1, 'b', (2,)]|{'k': [1.0]}|{1}|set()|()|(1,)!\n\nx'its' 'a\"b' 'q\\'\"' '\\x00\\té\\u200b\U0001f600' '\\xe9\\U0001f600'\n".Replace("'its'", "\"it's\""), output);
    }

    [Fact]
    public void DictKeysUnifyNumbers()
    {
        // d = {1: 'a', 1.0: 'b', True: 'c', 2: 'd'}; print(d, len(d))  ->  {1: 'c', 2: 'd'} 2
        var d = new PyDict();
        d.SetItem(I(1), S("a"));
        d.SetItem(F(1.0), S("b"));
        d.SetItem(PyValue.True, S("c"));
        d.SetItem(I(2), S("d"));
        Assert.Equal("{1: 'c', 2: 'd'}", d.Repr());
        Assert.Equal(2, d.Count);
        d.DelItem(I(1));
        d.SetItem(S("z"), I(0));
        Assert.Equal("{2: 'd', 'z': 0}", d.Repr());
        for (int i = 0; i < 100; i++)
            d.SetItem(I(i), I(i * i));
        for (int i = 0; i < 98; i++)
            d.DelItem(I(i));
        Assert.Equal("{'z': 0, 98: 9604, 99: 9801}", d.Repr());
        Assert.Equal("KeyError: 'nope'", PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => d.GetItem(S("nope"))).Instance));
    }

    [Fact]
    public void ListMethodsAndSlices()
    {
        var l = new PyList(new[] { I(3), I(1), I(2) });
        var lv = PyValue.FromObject(l);
        PyOps.CallMethod(lv, "append", new[] { I(4) }, null);
        PyOps.CallMethod(lv, "insert", new[] { I(0), I(9) }, null);
        Assert.Equal("[9, 3, 1, 2, 4]", l.Repr());
        Assert.Equal("4", PyOps.Repr(PyOps.CallMethod(lv, "pop", default, null)));
        Assert.Equal("9", PyOps.Repr(PyOps.CallMethod(lv, "pop", new[] { I(0) }, null)));
        Assert.Equal("1", PyOps.Repr(PyOps.CallMethod(lv, "index", new[] { I(1) }, null)));
        PyOps.CallMethod(lv, "extend", new[] { S("ab") }, null);
        Assert.Equal("[3, 1, 2, 'a', 'b']", l.Repr());
        var same = PyOps.InplaceAdd(lv, T(I(5)));
        Assert.Same(l, same.Ref);
        Assert.Equal("[3, 1, 2, 'a', 'b', 5]", l.Repr());
        PyOps.SetItem(lv, PyOps.Slice(I(1), I(3), default), L(I(7)));
        Assert.Equal("[3, 7, 'a', 'b', 5]", l.Repr());
        PyOps.DelItem(lv, PyOps.Slice(default, default, I(2)));
        Assert.Equal("[7, 'b']", l.Repr());
        // list(range(10))[::-3], 'hello'[::-1], 'hello'[1:-1], (1,2,3)[-2:], range(10)[2:8:2]
        Assert.Equal("[9, 6, 3, 0]", PyOps.Repr(PyOps.GetItem(Builtins.List(Builtins.Range(I(10))), PyOps.Slice(default, default, I(-3)))));
        Assert.Equal("'olleh'", PyOps.Repr(PyOps.GetItem(S("hello"), PyOps.Slice(default, default, I(-1)))));
        Assert.Equal("'ell'", PyOps.Repr(PyOps.GetItem(S("hello"), PyOps.Slice(I(1), I(-1), default))));
        Assert.Equal("(2, 3)", PyOps.Repr(PyOps.GetItem(T(I(1), I(2), I(3)), PyOps.Slice(I(-2), default, default))));
        Assert.Equal("range(2, 8, 2)", PyOps.Repr(PyOps.GetItem(Builtins.Range(I(10)), PyOps.Slice(I(2), I(8), I(2)))));
        Assert.Equal("IndexError: list index out of range", PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => PyOps.GetItem(L(), I(0))).Instance));
        Assert.Equal("TypeError: list indices must be integers or slices, not str", PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => PyOps.GetItem(L(), S("a"))).Instance));
        Assert.Equal("IndexError: string index out of range", PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => PyOps.GetItem(S(""), I(0))).Instance));
    }

    [Fact]
    public void SortingMinMaxSum()
    {
        var rev = PyOps.Call(B("sorted"), new[] { L(I(3), I(1), I(2)), PyValue.True }, new[] { "reverse" });
        Assert.Equal("[3, 2, 1]", PyOps.Repr(rev));
        Assert.Equal("['A', 'a', 'b']", PyOps.Repr(Call("sorted", L(S("b"), S("A"), S("a")))));
        Assert.Equal("[(0, 'z'), (1, 'a'), (1, 'b')]", PyOps.Repr(Call("sorted", L(T(I(1), S("b")), T(I(1), S("a")), T(I(0), S("z"))))));
        Assert.Equal("1", PyOps.Repr(Call("min", I(3), I(1), I(2))));
        Assert.Equal("'c'", PyOps.Repr(Call("max", S("abc"))));
        Assert.Equal("7", PyOps.Repr(PyOps.Call(B("max"), new[] { L(), I(7) }, new[] { "default" })));
        var neg = TestFunction.Def("neg", a => PyOps.Neg(a[0]));
        Assert.Equal("8", PyOps.Repr(PyOps.Call(B("min"), new[] { L(I(4), I(2), I(8)), neg }, new[] { "key" })));
        Assert.Equal("1.0", PyOps.Repr(Call("sum", L(Enumerable.Repeat(F(0.1), 10).ToArray()))));
        Assert.Equal("6", PyOps.Repr(Call("sum", L(I(1), I(2), I(3)))));
        Assert.Equal("13.5", PyOps.Repr(Call("sum", L(F(1.5), I(2)), I(10))));
        Assert.Equal("[1, 2]", PyOps.Repr(Call("sum", L(L(I(1)), L(I(2))), L())));
        Assert.Equal("ValueError: max() iterable argument is empty", PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => Call("max", L())).Instance));
        // Stability with a key: equal keys keep their order.
        var words = L(S("bb"), S("a"), S("cc"), S("d"), S("ee"));
        var len = TestFunction.Def("len", a => Builtins.Len(a[0]));
        Assert.Equal("['a', 'd', 'bb', 'cc', 'ee']", PyOps.Repr(PyOps.Call(B("sorted"), new[] { words, len }, new[] { "key" })));
        Assert.Equal("['bb', 'cc', 'ee', 'a', 'd']", PyOps.Repr(PyOps.Call(B("sorted"), new[] { words, len, PyValue.True }, new[] { "key", "reverse" })));
    }

    [Fact]
    public void IteratorBuiltins()
    {
        Assert.Equal("[(1, 'a'), (2, 'b')]", PyOps.Repr(Builtins.List(Call("enumerate", S("ab"), I(1)))));
        Assert.Equal("[(1, 'a'), (2, 'b')]", PyOps.Repr(Builtins.List(Call("zip", L(I(1), I(2), I(3)), S("ab")))));
        Assert.Equal("['1', '2']", PyOps.Repr(Builtins.List(Call("map", B("str"), L(I(1), I(2))))));
        Assert.Equal("[1, 2]", PyOps.Repr(Builtins.List(Call("filter", PyValue.None, L(I(0), I(1), I(2))))));
        Assert.Equal("[3, 2, 1]", PyOps.Repr(Builtins.List(Call("reversed", L(I(1), I(2), I(3))))));
        var it = PyOps.GetIter(PyValue.FromObject(new PyDict()));
        Assert.False(it.MoveNext(out _));
        Assert.Equal("TypeError: 'int' object is not iterable", PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => PyOps.GetIter(I(5))).Instance));
    }

    [Fact]
    public void NumericBuiltins()
    {
        // divmod(7, -2), divmod(-7.5, 2), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), pow(3, 4, 5), pow(3, -1, 7)
        string got = string.Join(" ", new[]
        {
            Call("divmod", I(7), I(-2)), Call("divmod", F(-7.5), I(2)), Call("round", F(2.5)), Call("round", F(3.5)), Call("round", F(-0.5)),
            Call("round", F(2.675), I(2)), Call("round", I(1234), I(-2)), Call("round", I(1250), I(-2)), Call("pow", I(3), I(4), I(5)), Call("pow", I(3), I(-1), I(7)),
        }.Select(PyOps.Repr));
        Assert.Equal("(-4, -1) (-4.0, 0.5) 2 4 0 2.67 1200 1200 1 5", got);
        // int('  42  '), int('-0x1f', 16), int('0b11', 0), float(' 1_000.5 '), int(3.9), int(-3.9), float('-inf'), 10**20, -10**20 // 3, 2**64 % 7, hex(-255), bin(5), oct(8)
        got = string.Join(" ", new[]
        {
            Call("int", S("  42  ")), Call("int", S("-0x1f"), I(16)), Call("int", S("0b11"), I(0)), Call("float", S(" 1_000.5 ")), Call("int", F(3.9)),
            Call("int", F(-3.9)), Call("float", S("-inf")), PyOps.Pow(I(10), I(20)), PyOps.FloorDiv(PyOps.Neg(PyOps.Pow(I(10), I(20))), I(3)),
            PyOps.Mod(PyOps.Pow(I(2), I(64)), I(7)), Call("hex", I(-255)), Call("bin", I(5)), Call("oct", I(8)),
        }.Select(PyOps.Str));
        Assert.Equal("42 -31 3 1000.5 3 -3 -inf 100000000000000000000 -33333333333333333334 2 -0xff 0b101 0o10", got);
        // 1/3, 10/2, 2**0.5, 5 // 0.3, True + True, 1.5e300 * 1e10
        got = string.Join(" ", new[]
        {
            PyOps.TrueDiv(I(1), I(3)), PyOps.TrueDiv(I(10), I(2)), PyOps.Pow(I(2), F(0.5)), PyOps.FloorDiv(I(5), F(0.3)),
            PyOps.Add(PyValue.True, PyValue.True), PyOps.Mul(F(1.5e300), F(1e10)),
        }.Select(PyOps.Str));
        Assert.Equal("0.3333333333333333 5.0 1.4142135623730951 16.0 2 inf", got);
    }

    [Fact]
    public void StringFormatting()
    {
        var args = T(I(3), F(3.14159), S("ab"), I(255), S("q"), I(-42), I(5), F(12345.678), F(0.00001234));
        Assert.Equal("3 items,  3.14, ab  |, ff, 'q', -0042, +5, 1.234568e+04, 1.234e-05, %",
            PyOps.Str(PyOps.Mod(S("%d items, %5.2f, %-4s|, %x, %r, %05d, %+d, %e, %g, %%"), args)));
        Assert.Equal("1 'a'     2 3", PyOps.Str(PyOps.CallMethod(S("{} {!r} {:>5} {x}"), "format", new[] { I(1), S("a"), I(2), I(3) }, new[] { "x" })));
        Assert.Equal("TypeError: not all arguments converted during string formatting",
            PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => PyOps.Mod(S("%d"), T(I(1), I(2)))).Instance));
        Assert.Equal("IndexError: Replacement index 1 out of range for positional args tuple",
            PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => PyOps.CallMethod(S("{} {}"), "format", new[] { I(1) }, null)).Instance));
    }

    [Fact]
    public void TypesAndIsinstance()
    {
        Assert.Equal("<class 'int'> <class 'float'> <class 'str'> <class 'NoneType'> <class 'list'> <class 'bool'> <class 'range'> <class 'builtin_function_or_method'>",
            string.Join(" ", new[] { I(1), F(1.5), S("a"), PyValue.None, L(), PyValue.True, Builtins.Range(I(3)), B("len") }.Select(v => PyOps.Repr(Builtins.Type(v)))));
        Assert.True(PyOps.IsInstance(PyValue.True, B("int")));
        Assert.True(PyOps.IsInstance(I(1), T(B("str"), B("int"))));
        Assert.False(PyOps.IsInstance(I(1), B("float")));
        Assert.True(PyOps.IsInstance(PyException.Create(PyTypes.KeyError, "x").Value, B("LookupError")));
    }

    [Fact]
    public void AstralCharactersCountAsOneCodePoint()
    {
        // s='a😀b😀c'; print(len(s), repr(s[1]), repr(s[-2]), repr(s[1:4]), repr(s[::-1]), list(s), s.find('b'), s.find('c', 3),
        //                   s.index('😀', 2), s.rfind('😀'), repr(s.center(9,'*')), repr(format(s, '^9')), repr(format(s, '.2')), list(reversed('x😀')))
        var s = S("a\U0001F600b\U0001F600c");
        var parts = new[]
        {
            Builtins.Len(s), Builtins.Repr(PyOps.GetItem(s, I(1))), Builtins.Repr(PyOps.GetItem(s, I(-2))),
            Builtins.Repr(PyOps.GetItem(s, PyOps.Slice(I(1), I(4), default))), Builtins.Repr(PyOps.GetItem(s, PyOps.Slice(default, default, I(-1)))),
            Builtins.List(s), PyOps.CallMethod(s, "find", new[] { S("b") }, null), PyOps.CallMethod(s, "find", new[] { S("c"), I(3) }, null),
            PyOps.CallMethod(s, "index", new[] { S("\U0001F600"), I(2) }, null), PyOps.CallMethod(s, "rfind", new[] { S("\U0001F600") }, null),
            Builtins.Repr(PyOps.CallMethod(s, "center", new[] { I(9), S("*") }, null)), Builtins.Repr(S(PyOps.Format(s, "^9"))),
            Builtins.Repr(S(PyOps.Format(s, ".2"))), Builtins.List(Call("reversed", S("x\U0001F600"))),
        };
        Assert.Equal("5 '\U0001F600' '\U0001F600' '\U0001F600b\U0001F600' 'c\U0001F600b\U0001F600a' ['a', '\U0001F600', 'b', '\U0001F600', 'c'] 2 4 3 3 '**a\U0001F600b\U0001F600c**' '  a\U0001F600b\U0001F600c  ' 'a\U0001F600' ['\U0001F600', 'x']",
            string.Join(" ", parts.Select(PyOps.Str)));
    }

    [Fact]
    public void Bytes()
    {
        // b = 'héllo'.encode(); print(b, len(b), b[1], b[1:3], list(b'ab'), b.decode(), bytes(3), bytes([65, 66]), b'a' + b'b', b'ab' * 2, b'x' in b'xyz', 120 in b'xyz', b.hex())
        var b = PyOps.CallMethod(S("h\u00e9llo"), "encode", default, null);
        PyValue Bs(string ascii) => PyValue.FromObject(new PyBytes(System.Text.Encoding.ASCII.GetBytes(ascii)));
        var parts = new[]
        {
            b, Builtins.Len(b), PyOps.GetItem(b, I(1)), PyOps.GetItem(b, PyOps.Slice(I(1), I(3), default)), Builtins.List(Bs("ab")),
            PyOps.CallMethod(b, "decode", default, null), Call("bytes", I(3)), Call("bytes", L(I(65), I(66))), PyOps.Add(Bs("a"), Bs("b")),
            PyOps.Mul(Bs("ab"), I(2)), PyValue.FromBool(PyOps.Contains(Bs("xyz"), Bs("x"))), PyValue.FromBool(PyOps.Contains(Bs("xyz"), I(120))),
            PyOps.CallMethod(b, "hex", default, null),
        };
        Assert.Equal("b'h\\xc3\\xa9llo' 6 195 b'\\xc3\\xa9' [97, 98] h\u00e9llo b'\\x00\\x00\\x00' b'AB' b'ab' b'abab' True True 68c3a96c6c6f",
            string.Join(" ", parts.Select(PyOps.Str)));
        var e = Assert.Throws<PyException>(() => PyOps.CallMethod(PyValue.FromObject(new PyBytes(new byte[] { 0xff })), "decode", default, null));
        Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", PyProgram.FormatExceptionLine(e.Instance));
        e = Assert.Throws<PyException>(() => PyOps.CallMethod(S("\u00e9"), "encode", new[] { S("ascii") }, null));
        Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", PyProgram.FormatExceptionLine(e.Instance));
    }
}
