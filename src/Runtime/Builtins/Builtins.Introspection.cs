using System;

namespace PyAot.Runtime;

/// <summary><c>vars(obj)</c> and <c>dir(obj)</c>. Their forms without an argument read the calling scope: the compiler
/// makes those in a function (the scope's names it knows) and refuses them elsewhere (PY2001); only a call it cannot
/// see (through another name) reaches the error here.</summary>
public static partial class Builtins
{
    public static PyValue Vars(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        AtMostOne("vars", args, kw);
        if (args.Length == 0)
            throw PyException.NotImplementedError("vars() without an argument called through another name (the calling scope's names) is not supported in compiled code yet");
        try
        {
            return PyOps.GetAttr(args[0], "__dict__");
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            throw PyException.TypeError("vars() argument must have __dict__ attribute");
        }
    }

    /// <summary><c>dir(obj)</c>: the object's <c>__dir__()</c> sorted, where its class defines one; else the names
    /// CPython's default <c>__dir__</c> lists (<see cref="TracebackHints.AttributeNames"/>).</summary>
    public static PyValue Dir(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        AtMostOne("dir", args, kw);
        if (args.Length == 0)
            throw PyException.NotImplementedError("dir() without an argument called through another name (the calling scope's names) is not supported in compiled code yet");
        var obj = args[0];
        if (obj.Ref is PyInstance inst && inst.Type.TryLookup("__dir__", out var custom) && custom.Ref is PyFunction)
        {
            var list = new PyList();
            list.Extend(PyOps.CallWithSelf(custom, obj, ReadOnlySpan<PyValue>.Empty, null));
            list.Sort(default, false);
            return PyValue.FromObject(list);
        }
        var names = new PyList();
        foreach (var name in TracebackHints.AttributeNames(obj))
            names.Append(PyValue.FromString(name));
        return PyValue.FromObject(names);
    }

    private static void AtMostOne(string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length > 1)
            throw PyException.TypeError($"{name} expected at most 1 argument, got {args.Length}");
    }
}
