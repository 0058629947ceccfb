using System;

namespace PyAot.Runtime;

/// <summary>A slice object: <c>a[start:stop:step]</c>.</summary>
public sealed class PySlice(PyValue start, PyValue stop, PyValue step) : PyObject
{
    public PyValue Start { get; } = start.IsUnbound ? PyValue.None : start;
    public PyValue Stop { get; } = stop.IsUnbound ? PyValue.None : stop;
    public PyValue Step { get; } = step.IsUnbound ? PyValue.None : step;

    public override PyType Type => PyTypes.Slice;

    public override string Repr() => $"slice({PyOps.Repr(Start)}, {PyOps.Repr(Stop)}, {PyOps.Repr(Step)})";

    public override long Hash() => throw PyException.TypeError("unhashable type: 'slice'");

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (other.Ref is not PySlice s)
            return default;
        var a = new PyTuple(new[] { Start, Stop, Step });
        var b = new PyTuple(new[] { s.Start, s.Stop, s.Step });
        return a.RichCompare(PyValue.FromObject(b), op);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "start": value = Start; return true;
            case "stop": value = Stop; return true;
            case "step": value = Step; return true;
            case "indices": value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name)); return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (name == "indices")
        {
            ArgCheck.ExactlyOne("indices", args, kwNames);
            long length = PyOps.ToIndex(args[0]);
            if (length < 0)
                throw PyException.ValueError("length should not be negative");
            Indices(length, out long start, out long stop, out long step);
            result = PyValue.FromObject(new PyTuple(new[] { PyValue.FromInt(start), PyValue.FromInt(stop), PyValue.FromInt(step) }));
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>CPython's PySlice_Unpack + PySlice_AdjustIndices: the slice applied to a sequence of <paramref name="length"/>.</summary>
    public long Indices(long length, out long start, out long stop, out long step)
    {
        step = Step.IsNone ? 1 : ClampIndex(Step);
        if (step == 0)
            throw PyException.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue)
            step = -long.MaxValue;
        start = Start.IsNone ? (step < 0 ? long.MaxValue : 0) : ClampIndex(Start);
        stop = Stop.IsNone ? (step < 0 ? long.MinValue : long.MaxValue) : ClampIndex(Stop);
        return Adjust(length, ref start, ref stop, step);
    }

    private static long ClampIndex(PyValue v)
    {
        if (v.IsInt || v.IsBool)
            return v.Bits;
        if (v.Ref is PyBigInt b)
            return b.Value.Sign < 0 ? long.MinValue : long.MaxValue;
        if (PyOps.TryIndex(v, out var big))
            return big > long.MaxValue ? long.MaxValue : big < long.MinValue ? long.MinValue : (long)big;
        throw PyException.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    public static long Adjust(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0)
                start = step < 0 ? -1 : 0;
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0)
        {
            stop += length;
            if (stop < 0)
                stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }
        // Steps of 1 and -1 (nearly every slice) need no 64-bit division, which costs tens of cycles.
        if (step < 0)
        {
            if (stop < start)
                return step == -1 ? start - stop : (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop)
        {
            return step == 1 ? stop - start : (stop - start - 1) / step + 1;
        }
        return 0;
    }
}
