using System;

namespace PyAot.Runtime;

/// <summary>range(start, stop, step) over 64-bit ints.</summary>
public sealed class PyRange : PyObject
{
    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }
    public long Count { get; }

    public PyRange(long start, long stop, long step)
    {
        if (step == 0)
            throw PyException.ValueError("range() arg 3 must not be zero");
        Start = start;
        Stop = stop;
        Step = step;
        if (step > 0)
            Count = start < stop ? (long)(((ulong)(stop - start) - 1) / (ulong)step + 1) : 0;
        else
            Count = start > stop ? (long)(((ulong)(start - stop) - 1) / (ulong)(-step) + 1) : 0;
    }

    public override PyType Type => PyTypes.Range;

    public override string Repr() => Step == 1
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"range({Start}, {Stop})")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"range({Start}, {Stop}, {Step})");

    public override bool IsTrue() => Count != 0;

    public override long Length() => Count;

    public override PyIterator Iter() => new RangeIterator(Start, Step, Count);

    public override long Hash() => PyHash.HashSequence(new[] { PyValue.FromInt(Count), Count == 0 ? PyValue.None : PyValue.FromInt(Start), Count <= 1 ? PyValue.None : PyValue.FromInt(Step) });

    public override bool Contains(PyValue item)
    {
        if (item.IsInt || item.IsBool)
        {
            long v = item.Bits;
            if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop))
                return false;
            return (v - Start) % Step == 0;
        }
        return base.Contains(item);
    }

    public long GetAt(long i)
    {
        if (i < 0)
            i += Count;
        if ((ulong)i >= (ulong)Count)
            throw PyException.IndexError("range object index out of range");
        return Start + i * Step;
    }

    public override PyValue GetItem(PyValue key)
    {
        if (key.IsInt || key.IsBool)
            return PyValue.FromInt(GetAt(key.Bits));
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(Count, out long start, out _, out long step);
            long s = Start + start * Step;
            long st = Step * step;
            return PyValue.FromObject(new PyRange(s, s + n * st, st));
        }
        if (PyOps.TryIndex(key, out var big))
            return PyValue.FromInt(GetAt((long)big));
        throw PyException.TypeError($"range indices must be integers or slices, not {PyOps.TypeName(key)}");
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other.Ref is not PyRange r)
            return default;
        bool eq = Count == r.Count && (Count == 0 || (Start == r.Start && (Count == 1 || Step == r.Step)));
        return PyValue.FromBool(eq == (op == CompareOp.Eq));
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "start": value = PyValue.FromInt(Start); return true;
            case "stop": value = PyValue.FromInt(Stop); return true;
            case "step": value = PyValue.FromInt(Step); return true;
            case "index":
            case "count":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "index":
                ArgCheck.ExactlyOne("range.index", args, kwNames);
                if (!Contains(args[0]))
                    throw PyException.ValueError($"{PyOps.Repr(args[0])} is not in range");
                result = PyValue.FromInt((args[0].Bits - Start) / Step);
                return true;
            case "count":
                ArgCheck.ExactlyOne("range.count", args, kwNames);
                result = PyValue.FromInt(Contains(args[0]) ? 1 : 0);
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }
}
