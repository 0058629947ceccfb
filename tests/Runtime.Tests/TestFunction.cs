using System;
using PyAot.Runtime;

namespace PyAot.Runtime.Tests;

/// <summary>Stands in for a compiled Python function (binds as a method when stored in a class).</summary>
internal sealed class TestFunction(string name, Func<PyValue[], PyValue> body) : PyObject, IPyCallable
{
    public override PyType Type => PyTypes.Function;

    public PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames) => body(args.ToArray());

    public override bool TryGetAttr(string attr, out PyValue value)
    {
        if (attr == "__name__")
        {
            value = PyValue.FromString(name);
            return true;
        }
        return base.TryGetAttr(attr, out value);
    }

    public static PyValue Def(string name, Func<PyValue[], PyValue> body) => PyValue.FromObject(new TestFunction(name, body));
}
