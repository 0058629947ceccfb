using System;
using System.Collections.Generic;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>
/// Conversions at the boundary of a module's typed C# entry points (the generated <c>Typed</c> class of a module whose
/// functions are annotated): C# values into Python objects for the arguments, and the Python result back into the
/// C# type its annotation names. A result of another type raises <see cref="PyException"/> (a TypeError, or an
/// OverflowError for an int that does not fit), as an exception the function raised does.
/// </summary>
public static class Interop
{
    /// <summary>Calls what <paramref name="module"/> binds to <paramref name="name"/> now (what a Python caller would
    /// call), then flushes Python's stdout, so that what it printed comes before what the C# caller prints next.</summary>
    public static PyValue Call(PyModule module, string name, ReadOnlySpan<PyValue> args)
    {
        try
        {
            return PyOps.Call(module.GetAttr(name), args, null);
        }
        finally
        {
            PyStdio.Flush();
        }
    }

    /// <summary>Calls the method <paramref name="name"/> of a Python object a typed wrapper holds, then flushes Python's
    /// stdout (as <see cref="Call"/>).</summary>
    public static PyValue CallMethod(PyValue instance, string name, ReadOnlySpan<PyValue> args)
    {
        try
        {
            return PyOps.CallMethod(instance, name, args, null);
        }
        finally
        {
            PyStdio.Flush();
        }
    }

    /// <summary><paramref name="value"/>, when it is an instance of the class <paramref name="module"/> binds to
    /// <paramref name="className"/> (a typed wrapper's result); else TypeError.</summary>
    public static PyValue InstanceOf(PyModule module, string className, PyValue value) =>
        PyOps.IsInstance(value, module.GetAttr(className)) ? value : throw Expected(className, value);

    /// <summary>The Python object a typed wrapper passes for an argument (ArgumentNullException for null).</summary>
    public static PyValue Unwrap(ITypedWrapper? wrapper) =>
        (wrapper ?? throw new ArgumentNullException(nameof(wrapper))).Instance;

    public static PyValue FromString(string value) =>
        PyValue.FromString(value ?? throw new ArgumentNullException(nameof(value)));

    public static PyValue FromList<T>(IReadOnlyList<T> items, Func<T, PyValue> convert)
    {
        if (items is null)
            throw new ArgumentNullException(nameof(items));
        var list = new PyList(items.Count);
        foreach (var item in items)
            list.Append(convert(item));
        return PyValue.FromObject(list);
    }

    public static PyValue FromDict<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> items, Func<TKey, PyValue> key, Func<TValue, PyValue> value)
    {
        if (items is null)
            throw new ArgumentNullException(nameof(items));
        var dict = new PyDict();
        foreach (var pair in items)
            dict.SetItem(key(pair.Key), value(pair.Value));
        return PyValue.FromObject(dict);
    }

    public static PyValue FromTuple(params PyValue[] items) => PyValue.FromObject(new PyTuple(items));

    /// <summary>An int (a bool is one, as in Python) as a <c>long</c>.</summary>
    public static long ToInt64(PyValue value)
    {
        if (value.IsInt || value.IsBool)
            return value.AsLong;
        if (value.Ref is PyBigInt)
            throw PyException.OverflowError("Python int too large to convert to C long");
        throw Expected("int", value);
    }

    /// <summary>A float, or an int (PEP 484's numeric tower), as a <c>double</c>.</summary>
    public static double ToDouble(PyValue value)
    {
        if (value.IsFloat)
            return value.AsDouble;
        if (value.IsInt || value.IsBool)
            return value.AsLong;
        if (value.Ref is PyBigInt)
        {
            double d = (double)IntOps.ToBig(value);
            return double.IsInfinity(d) ? throw PyException.OverflowError("int too large to convert to float") : d;
        }
        throw Expected("float", value);
    }

    public static bool ToBool(PyValue value) => value.IsBool ? value.AsLong != 0 : throw Expected("bool", value);

    public static string ToStr(PyValue value) => value.Ref as string ?? throw Expected("str", value);

    public static List<T> ToList<T>(PyValue value, Func<PyValue, T> convert)
    {
        if (value.Ref is not PyList list)
            throw Expected("list", value);
        var result = new List<T>(list.Count);
        for (int i = 0; i < list.Count; i++)
            result.Add(convert(list[i]));
        return result;
    }

    public static Dictionary<TKey, TValue> ToDict<TKey, TValue>(PyValue value, Func<PyValue, TKey> key, Func<PyValue, TValue> convert)
        where TKey : notnull
    {
        if (value.Ref is not PyDict dict)
            throw Expected("dict", value);
        var result = new Dictionary<TKey, TValue>();
        int position = 0;
        while (dict.Next(ref position, out var k, out var v))
            result[key(k)] = convert(v);
        return result;
    }

    public static (T1, T2) ToTuple<T1, T2>(PyValue value, Func<PyValue, T1> first, Func<PyValue, T2> second)
    {
        var t = TupleOf(value, 2);
        return (first(t[0]), second(t[1]));
    }

    public static (T1, T2, T3) ToTuple<T1, T2, T3>(PyValue value, Func<PyValue, T1> first, Func<PyValue, T2> second, Func<PyValue, T3> third)
    {
        var t = TupleOf(value, 3);
        return (first(t[0]), second(t[1]), third(t[2]));
    }

    /// <summary>None as <c>default</c> (null, for the nullable <typeparamref name="T"/> of an <c>Optional</c>), else
    /// the value converted.</summary>
    public static T ToOptional<T>(PyValue value, Func<PyValue, T> convert) => value.IsNone ? default! : convert(value);

    private static PyTuple TupleOf(PyValue value, int length)
    {
        if (value.Ref is not PyTuple t)
            throw Expected("tuple", value);
        if (t.Count != length)
            throw PyException.TypeError($"expected a tuple of {length} items, got {t.Count}");
        return t;
    }

    private static PyException Expected(string annotation, PyValue value) =>
        PyException.TypeError($"expected {annotation}, got {PyOps.TypeOf(value).Name}");
}

/// <summary>A generated typed wrapper of a Python class (a module's <c>Typed.ClassName</c>): the instance it holds.</summary>
public interface ITypedWrapper
{
    PyValue Instance { get; }
}

/// <summary>Marks the constructor of a typed wrapper that wraps an existing instance (no Python signature can take it).</summary>
public readonly struct WrapExisting
{
}
