using System;

namespace PyAot.Runtime;

/// <summary>enumerate(iterable, start).</summary>
public sealed class EnumerateIterator(PyIterator source, long start) : PyIterator
{
    private long _index = start;

    public override PyType Type => PyTypes.Enumerate;

    public override bool MoveNext(out PyValue item)
    {
        if (source.MoveNext(out var x))
        {
            item = PyValue.FromObject(new PyTuple(new[] { PyValue.FromInt(_index++), x }));
            return true;
        }
        item = default;
        return false;
    }
}

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class ZipIterator(PyIterator[] sources, bool strict) : PyIterator
{
    public override PyType Type => PyTypes.Zip;

    public override bool MoveNext(out PyValue item)
    {
        if (sources.Length == 0)
        {
            item = default;
            return false;
        }
        var items = new PyValue[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            if (!sources[i].MoveNext(out items[i]))
            {
                if (strict)
                {
                    if (i > 0)
                        throw PyException.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                    for (int j = 1; j < sources.Length; j++)
                    {
                        if (sources[j].MoveNext(out _))
                            throw PyException.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                    }
                }
                item = default;
                return false;
            }
        }
        item = PyValue.FromObject(new PyTuple(items));
        return true;
    }
}

/// <summary>map(function, *iterables).</summary>
public sealed class MapIterator(PyValue function, PyIterator[] sources) : PyIterator
{
    public override PyType Type => PyTypes.Map;

    public override bool MoveNext(out PyValue item)
    {
        var args = new PyValue[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            if (!sources[i].MoveNext(out args[i]))
            {
                item = default;
                return false;
            }
        }
        item = PyOps.Call(function, args, null);
        return true;
    }
}

/// <summary>filter(function or None, iterable).</summary>
public sealed class FilterIterator(PyValue function, PyIterator source) : PyIterator
{
    public override PyType Type => PyTypes.Filter;

    public override bool MoveNext(out PyValue item)
    {
        while (source.MoveNext(out item))
        {
            bool keep = function.IsNone ? PyOps.IsTrue(item) : PyOps.IsTrue(PyOps.Call(function, new[] { item }, null));
            if (keep)
                return true;
        }
        return false;
    }
}
