using System;

namespace PyAot.Runtime;

public static partial class PyOps
{
    /// <summary><c>[a, b, c]</c>.</summary>
    public static PyValue NewList(params ReadOnlySpan<PyValue> items) => PyValue.FromObject(new PyList(items));

    /// <summary><c>(a, b, c)</c>.</summary>
    public static PyValue NewTuple(params ReadOnlySpan<PyValue> items) =>
        PyValue.FromObject(items.Length == 0 ? PyTuple.Empty : new PyTuple(items.ToArray()));

    /// <summary><c>{a, b, c}</c>: items added in order, as CPython's BUILD_SET.</summary>
    public static PyValue NewSet(params ReadOnlySpan<PyValue> items)
    {
        var s = new PySet();
        foreach (var x in items)
            s.Add(x);
        return PyValue.FromObject(s);
    }

    /// <summary><c>{k0: v0, k1: v1}</c> from alternating keys and values.</summary>
    public static PyValue NewDict(params ReadOnlySpan<PyValue> keysAndValues)
    {
        var d = new PyDict();
        for (int i = 0; i + 1 < keysAndValues.Length; i += 2)
            d.SetItem(keysAndValues[i], keysAndValues[i + 1]);
        return PyValue.FromObject(d);
    }

    /// <summary><c>list.append(x)</c> when the receiver is statically known to be a list.</summary>
    public static void ListAppend(PyValue list, PyValue item)
    {
        if (list.Ref is PyList l)
            l.Append(item);
        else
            CallMethod(list, "append", new[] { item }, null);
    }
}
