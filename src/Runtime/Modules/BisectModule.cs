using System;

namespace PyAot.Runtime;

/// <summary>The <c>bisect</c> module (CPython's <c>_bisect</c>): <c>bisect_left</c>, <c>bisect_right</c>,
/// <c>insort_left</c>, <c>insort_right</c> (and <c>bisect</c>, <c>insort</c>, the right ones), with <c>lo</c>,
/// <c>hi</c> and the keyword-only <c>key</c>, their comparisons and errors as CPython makes them.</summary>
public static class BisectModule
{
    public static readonly BuiltinModule Instance = Create();

    private static readonly string[] Parameters = { "a", "x", "lo", "hi", "key" };

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("bisect");
        foreach (var (name, right, insort) in new[]
        {
            ("bisect_right", true, false), ("bisect_left", false, false), ("insort_right", true, true), ("insort_left", false, true),
        })
        {
            var function = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) => Call(name, right, insort, args, kw)));
            m.Add(name, function);
            // bisect and insort are the right ones (the same objects).
            if (name == "bisect_right")
                m.Add("bisect", function);
            else if (name == "insort_right")
                m.Add("insort", function);
        }
        return m;
    }

    private static PyValue Call(string name, bool right, bool insort, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (!insort && args.Length == 2 && kw is null)
        {
            // bisect(a, x): nothing to bind.
            return PyValue.FromInt(Search(args[0], args[1], 0, -1, PyValue.None, right));
        }
        int positional = args.Length - (kw?.Length ?? 0);
        if (positional > 4)
            throw PyException.TypeError($"{name}() takes at most 4 positional arguments ({positional} given)");
        var bound = ArgCheck.Bind(name, args, kw, Parameters, required: 2);
        var (a, x, key) = (bound[0], bound[1], bound[4].IsUnbound ? PyValue.None : bound[4]);
        long lo = bound[2].IsUnbound ? 0 : PyOps.ToIndex(bound[2]);
        long hi = bound[3].IsUnbound || bound[3].IsNone ? -1 : PyOps.ToIndex(bound[3]);
        if (!insort)
            return PyValue.FromInt(Search(a, x, lo, hi, key, right));
        // insort: the position of key(x) (x itself without a key), then a.insert.
        long at = Search(a, key.IsNone ? x : PyOps.Call(key, new[] { x }, null), lo, hi, key, right);
        if (a.Ref is PyList list && list.GetType() == typeof(PyList))
            list.Insert(at, x);
        else
            PyOps.CallMethod(a, "insert", new[] { PyValue.FromInt(at), x }, null);
        return PyValue.None;
    }

    /// <summary>internal_bisect_right / _left: <c>x &lt; a[mid]</c> (right) or <c>a[mid] &lt; x</c> (left), on
    /// <c>key(a[mid])</c> when a key is given.</summary>
    private static long Search(PyValue a, PyValue x, long lo, long hi, PyValue key, bool right)
    {
        if (lo < 0)
            throw PyException.ValueError("lo must be non-negative");
        if (hi == -1)
            hi = PyOps.Len(a);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = PyOps.GetItem(a, PyValue.FromInt(mid));
            if (!key.IsNone)
                item = PyOps.Call(key, new[] { item }, null);
            bool goLeft = right ? PyOps.LtBool(x, item) : !PyOps.LtBool(item, x);
            if (goLeft)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
}
