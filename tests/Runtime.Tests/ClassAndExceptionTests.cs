using System;
using System.Collections.Generic;
using PyAot.Runtime;
using Xunit;
using static PyAot.Runtime.Tests.TestFunction;

namespace PyAot.Runtime.Tests;

public class ClassAndExceptionTests
{
    private static PyValue S(string s) => PyValue.FromString(s);
    private static PyValue I(long v) => PyValue.FromInt(v);

    private static PyType MakeV()
    {
        PyType? v = null;
        var ns = new Dictionary<string, PyValue>
        {
            ["__init__"] = Def("__init__", a => { PyOps.SetAttr(a[0], "x", a[1]); return PyValue.None; }),
            ["__add__"] = Def("__add__", a => PyOps.Call(PyValue.FromObject(v!), new[] { PyOps.Add(PyOps.GetAttr(a[0], "x"), PyOps.GetAttr(a[1], "x")) }, null)),
            ["__eq__"] = Def("__eq__", a => PyValue.FromBool(PyOps.IsInstance(a[1], PyValue.FromObject(v!)) && PyOps.EqBool(PyOps.GetAttr(a[0], "x"), PyOps.GetAttr(a[1], "x")))),
            ["__repr__"] = Def("__repr__", a => S($"V({PyOps.Repr(PyOps.GetAttr(a[0], "x"))})")),
            ["__lt__"] = Def("__lt__", a => PyOps.Lt(PyOps.GetAttr(a[0], "x"), PyOps.GetAttr(a[1], "x"))),
        };
        v = PyType.CreateClass("V", Array.Empty<PyType>(), ns);
        return v;
    }

    [Fact]
    public void UserClassDunders()
    {
        var v = PyValue.FromObject(MakeV());
        PyValue New(long x) => PyOps.Call(v, new[] { I(x) }, null);
        Assert.Equal("V(3)", PyOps.Str(PyOps.Add(New(1), New(2))));
        Assert.True(PyOps.EqBool(New(1), New(1)));
        Assert.True(PyOps.NeBool(New(1), New(2)));
        Assert.True(PyOps.GtBool(New(2), New(1))); // reflected __lt__
        var list = new PyList(new[] { New(3), New(1) });
        list.Sort(default, false);
        Assert.Equal("[V(1), V(3)]", list.Repr());
        var e = Assert.Throws<PyException>(() => PyOps.Hash(New(1)));
        Assert.Equal("unhashable type: 'V'", e.Instance.Str());
        e = Assert.Throws<PyException>(() => PyOps.GetAttr(New(1), "y"));
        Assert.Equal("AttributeError: 'V' object has no attribute 'y'", PyProgram.FormatExceptionLine(e.Instance));
        Assert.Equal("<class '__main__.V'>", PyOps.Repr(v));
    }

    [Fact]
    public void ClassWithoutInitRejectsArguments()
    {
        var p = PyType.CreateClass("P", Array.Empty<PyType>(), new Dictionary<string, PyValue>());
        var e = Assert.Throws<PyException>(() => p.Call(new[] { I(1) }, null));
        Assert.Equal("P() takes no arguments", e.Instance.Str());
        Assert.True(PyOps.IsInstance(p.Call(default, null), PyValue.FromObject(PyTypes.Object)));
    }

    [Fact]
    public void ExceptionSubclasses()
    {
        var eType = PyType.CreateClass("E", new[] { PyTypes.ValueError }, new Dictionary<string, PyValue>());
        var e = eType.Call(new[] { S("bad") }, null);
        Assert.Equal("E('bad')", PyOps.Repr(e));
        Assert.Equal("bad", PyOps.Str(e));
        Assert.True(PyOps.IsInstance(e, PyValue.FromObject(PyTypes.ValueError)));
        Assert.Equal("(<class '__main__.E'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            PyOps.Repr(PyOps.GetAttr(PyValue.FromObject(eType), "__mro__")));
        var ex = PyException.FromValue(e);
        Assert.True(ex.Matches(PyValue.FromObject(PyTypes.ValueError)));
        Assert.True(ex.Matches(PyValue.FromObject(PyTuple.Create(PyValue.FromObject(PyTypes.KeyError), PyValue.FromObject(eType)))));
        Assert.False(ex.Matches(PyValue.FromObject(PyTypes.TypeError)));

        PyType? fType = null;
        fType = PyType.CreateClass("F", new[] { PyTypes.Exception }, new Dictionary<string, PyValue>
        {
            ["__init__"] = Def("__init__", a =>
            {
                PyOps.CallMethod(PyOps.Super(fType!, a[0]), "__init__", new[] { a[1] }, null);
                PyOps.SetAttr(a[0], "b", a[2]);
                return PyValue.None;
            }),
        });
        var f = fType.Call(new[] { I(1), I(2) }, null);
        Assert.Equal("F(1)", PyOps.Repr(f));
        Assert.Equal("(1,)", PyOps.Repr(PyOps.GetAttr(f, "args")));
        Assert.Equal("2", PyOps.Repr(PyOps.GetAttr(f, "b")));
    }

    [Fact]
    public void BuiltinExceptionText()
    {
        // Recorded from CPython 3.12.
        PyValue Make(PyType t, params PyValue[] args) => t.Call(args, null);
        Assert.Equal("KeyError('k')", PyOps.Repr(Make(PyTypes.KeyError, S("k"))));
        Assert.Equal("'k'", PyOps.Str(Make(PyTypes.KeyError, S("k"))));
        Assert.Equal("", PyOps.Str(Make(PyTypes.KeyError)));
        Assert.Equal("ValueError()", PyOps.Repr(Make(PyTypes.ValueError)));
        Assert.Equal("ValueError(1, 2)", PyOps.Repr(Make(PyTypes.ValueError, I(1), I(2))));
        Assert.Equal("(1, 2)", PyOps.Str(Make(PyTypes.ValueError, I(1), I(2))));
        Assert.Equal("name 'x' is not defined", PyException.NameError("x").Instance.Str());
        Assert.Equal("cannot access local variable 'x' where it is not associated with a value", PyException.UnboundLocal("x").Instance.Str());
        Assert.Equal("KeyError: 1", PyProgram.FormatExceptionLine(Assert.Throws<PyException>(() => new PyDict().GetItem(I(1))).Instance));
        Assert.Equal("StopIteration", PyProgram.FormatExceptionLine(PyException.StopIteration(default).Instance));
    }

    [Fact]
    public void RaisingAClassInstantiatesIt()
    {
        var e = PyException.FromValue(PyValue.FromObject(PyTypes.RuntimeError));
        Assert.Equal("RuntimeError", PyProgram.FormatExceptionLine(e.Instance));
        var bad = PyException.FromValue(I(5));
        Assert.Equal("TypeError: exceptions must derive from BaseException", PyProgram.FormatExceptionLine(bad.Instance));
    }

    [Fact]
    public void ObjectDefaultsThroughSuper()
    {
        PyType? c = null;
        var log = new List<string>();
        c = PyType.CreateClass("C", Array.Empty<PyType>(), new Dictionary<string, PyValue>
        {
            ["__setattr__"] = Def("__setattr__", a =>
            {
                log.Add((string)a[1].Ref!);
                return PyOps.CallMethod(PyOps.Super(c!, a[0]), "__setattr__", new[] { a[1], a[2] }, null);
            }),
            ["__repr__"] = Def("__repr__", a => S("C:" + PyOps.Str(PyOps.CallMethod(PyOps.Super(c!, a[0]), "__repr__", default, null)).Substring(0, 11))),
        });
        var obj = c.Call(default, null);
        PyOps.SetAttr(obj, "x", I(5));
        Assert.Equal(new[] { "x" }, log);
        Assert.Equal("5", PyOps.Repr(PyOps.GetAttr(obj, "x")));
        Assert.Equal("C:<__main__.C", PyOps.Repr(obj));
        Assert.True(PyOps.EqBool(obj, obj));
        Assert.False(PyOps.EqBool(obj, c.Call(default, null)));
        PyOps.Hash(obj); // hashable: no __eq__ defined
    }

    [Fact]
    public void ClassesDeriveFromBuiltinTypesWithCPythonsLayoutRules()
    {
        var stack = PyType.CreateClass("Stack", new[] { PyTypes.List }, new Dictionary<string, PyValue>());
        Assert.Same(PyTypes.List, stack.BuiltinBase);
        var s = PyOps.Call(PyValue.FromObject(stack), new[] { PyValue.FromObject(new PyList(new[] { I(1), I(2) })) }, null);
        Assert.Equal("[1, 2]", PyOps.Repr(s));
        Assert.Equal(2, PyOps.Len(s));
        Assert.Same(PyTypes.List, PyType.CreateClass("Sub", new[] { stack }, new Dictionary<string, PyValue>()).BuiltinBase);
        var e = Assert.Throws<PyException>(() => PyType.CreateClass("LD", new[] { PyTypes.List, PyTypes.Dict }, new Dictionary<string, PyValue>()));
        Assert.Equal("multiple bases have instance lay-out conflict", e.Instance.Str());
        e = Assert.Throws<PyException>(() => PyType.CreateClass("LE", new[] { stack, PyTypes.ValueError }, new Dictionary<string, PyValue>()));
        Assert.Equal("multiple bases have instance lay-out conflict", e.Instance.Str());
        e = Assert.Throws<PyException>(() => PyType.CreateClass("C", new[] { PyTypes.Property }, new Dictionary<string, PyValue>()));
        Assert.Equal("NotImplementedError", e.Type.Name);
        e = Assert.Throws<PyException>(() => PyType.CreateClass("B", new[] { PyTypes.Bool }, new Dictionary<string, PyValue>()));
        Assert.Equal("type 'bool' is not an acceptable base type", e.Instance.Str());
    }

    [Fact]
    public void PropertiesClassAndStaticMethods()
    {
        var getter = Def("area", a => PyOps.Mul(PyOps.GetAttr(a[0], "w"), PyOps.GetAttr(a[0], "w")));
        var setter = Def("area", a => { PyOps.SetAttr(a[0], "w", PyOps.Pow(a[1], F(0.5))); return PyValue.None; });
        var prop = PyOps.CallMethod(PyOps.Call(PyValue.FromObject(PyTypes.Property), new[] { getter }, null), "setter", new[] { setter }, null);
        var sq = PyType.CreateClass("Sq", Array.Empty<PyType>(), new Dictionary<string, PyValue>
        {
            ["__init__"] = Def("__init__", a => { PyOps.SetAttr(a[0], "w", a[1]); return PyValue.None; }),
            ["area"] = prop,
            ["unit"] = PyValue.FromObject(new PyClassMethod(Def("unit", a => PyOps.Call(a[0], new[] { I(1) }, null)))),
            ["twice"] = PyValue.FromObject(new PyStaticMethod(Def("twice", a => PyOps.Mul(a[0], I(2))))),
            ["side"] = Def("side", a => PyOps.GetAttr(a[0], "w")),
            ["count"] = I(0),
        });
        var s = sq.Call(new[] { I(3) }, null);
        Assert.Equal("9", PyOps.Repr(PyOps.GetAttr(s, "area")));
        PyOps.SetAttr(s, "area", I(16));
        Assert.Equal("4.0", PyOps.Repr(PyOps.GetAttr(s, "w")));
        Assert.Equal("1", PyOps.Repr(PyOps.GetAttr(PyOps.CallMethod(PyValue.FromObject(sq), "unit", default, null), "w")));
        Assert.Equal("1", PyOps.Repr(PyOps.GetAttr(PyOps.CallMethod(s, "unit", default, null), "w")));
        Assert.Equal("10", PyOps.Repr(PyOps.CallMethod(s, "twice", new[] { I(5) }, null)));
        Assert.Equal("4.0", PyOps.Repr(PyOps.CallMethod(s, "side", default, null)));
        Assert.Equal("4.0", PyOps.Repr(PyOps.Call(PyOps.GetAttr(s, "side"))));
        PyOps.SetAttr(s, "count", PyOps.Add(PyOps.GetAttr(s, "count"), I(1)));
        Assert.Equal("1 0", PyOps.Repr(PyOps.GetAttr(s, "count")) + " " + PyOps.Repr(PyOps.GetAttr(PyValue.FromObject(sq), "count")));
    }

    private static PyValue F(double d) => PyValue.FromFloat(d);
}
