using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// The cursor of <c>for i in range(...)</c> over the builtin range: a counted loop on longs, no range object,
/// no iterator, no allocation. Arguments that are not small ints (big ints, objects with <c>__index__</c>, wrong
/// types) take the general path through the builtin <c>range</c>, which also raises CPython's errors.
/// Generated code: <c>for (var r = RangeLoop.Start(a, b); r.MoveNext(ref i);) { ... }</c> (the loop variable keeps
/// its last value after the loop, as in Python: it is only written when there is a next item).
/// </summary>
public partial struct RangeLoop
{
    private long _next;
    private readonly long _step;
    private ulong _remaining;
    private readonly PyIterator? _general;

    private RangeLoop(long start, long step, ulong count)
    {
        _next = start;
        _step = step;
        _remaining = count;
        _general = null;
    }

    private RangeLoop(PyIterator general)
    {
        _next = 0;
        _step = 0;
        _remaining = 0;
        _general = general;
    }

    /// <summary>How many items are left, capped (a list comprehension's initial capacity).</summary>
    public int LengthHint => _general is null ? (int)System.Math.Min(_remaining, 1UL << 20) : _general.LengthHint;

    /// <summary>The current value as a long (valid after MoveNext returned true on the fast path).</summary>
    public long Current => _next - _step;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RangeLoop Start(PyValue stop) =>
        stop.IsInt ? new RangeLoop(0, 1, stop.AsLong > 0 ? (ulong)stop.AsLong : 0) : General(PyValue.FromInt(0), stop, PyValue.FromInt(1), 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RangeLoop Start(PyValue start, PyValue stop) =>
        start.IsInt && stop.IsInt
            ? new RangeLoop(start.AsLong, 1, start.AsLong < stop.AsLong ? (ulong)(stop.AsLong - start.AsLong) : 0)
            : General(start, stop, PyValue.FromInt(1), 2);

    public static RangeLoop Start(PyValue start, PyValue stop, PyValue step)
    {
        if (!(start.IsInt && stop.IsInt && step.IsInt) || step.AsLong == 0)
            return General(start, stop, step, 3);
        long a = start.AsLong, b = stop.AsLong, s = step.AsLong;
        ulong count;
        if (s > 0)
            count = a < b ? ((ulong)(b - a) - 1) / (ulong)s + 1 : 0;
        else
            count = a > b ? ((ulong)(a - b) - 1) / ((ulong)(-(s + 1)) + 1UL) + 1 : 0;
        return new RangeLoop(a, s, count);
    }

    private static RangeLoop General(PyValue start, PyValue stop, PyValue step, int argc)
    {
        PyValue range = argc switch
        {
            1 => PyOps.Call(Rt.Builtin("range"), [stop], null),
            2 => PyOps.Call(Rt.Builtin("range"), [start, stop], null),
            _ => PyOps.Call(Rt.Builtin("range"), [start, stop, step], null),
        };
        return new RangeLoop(PyOps.GetIter(range));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(ref PyValue target)
    {
        if (_general is null)
        {
            if (_remaining == 0)
                return false;
            _remaining--;
            target = PyValue.FromInt(_next);
            _next = unchecked(_next + _step);
            return true;
        }
        if (_general.MoveNext(out var item))
        {
            target = item;
            return true;
        }
        return false;
    }
}

/// <summary>
/// The cursor of <c>for x in iterable</c>: <c>for (var it = IterLoop.Start(xs); it.MoveNext(ref x);) { ... }</c>.
/// Like <see cref="RangeLoop"/>, it writes the target only when there is a next item. A list or tuple is walked
/// on its backing array without an iterator object; the list's length is read at every step, as CPython's list
/// iterator does, so items appended during the loop are visited and a shrinking list ends it early.
/// </summary>
public struct IterLoop
{
    private readonly PyIterator? _iterator;
    private readonly PyList? _list;
    private readonly PyTuple? _tuple;
    private int _index;

    /// <summary>The iterator stepped (null when the loop indexes a list or tuple directly).</summary>
    public PyIterator? Iterator => _iterator;

    private IterLoop(PyIterator iterator)
    {
        _iterator = iterator;
        _list = null;
        _tuple = null;
        _index = 0;
    }

    private IterLoop(PyList list)
    {
        _iterator = null;
        _list = list;
        _tuple = null;
        _index = 0;
    }

    private IterLoop(PyTuple tuple)
    {
        _iterator = null;
        _list = null;
        _tuple = tuple;
        _index = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IterLoop Start(PyValue iterable) => iterable.Ref switch
    {
        PyList l => new IterLoop(l),
        PyTuple t => new IterLoop(t),
        _ => new IterLoop(PyOps.GetIter(iterable)),
    };

    /// <summary>How many items are left when the iterator knows (lists, tuples, dicts), else 0.</summary>
    public readonly int LengthHint =>
        _list is not null ? System.Math.Min(System.Math.Max(0, _list.Count - _index), 1 << 20) :
        _tuple is not null ? System.Math.Min(System.Math.Max(0, _tuple.Count - _index), 1 << 20) :
        _iterator!.LengthHint;

    /// <summary>The next item into <paramref name="target"/>. Inline: the next item of a list or tuple, or one call
    /// of the iterator; the end of a list or tuple walk out of line (large generated methods run out of inlining budget).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(ref PyValue target)
    {
        if (_iterator is not null)
        {
            if (_iterator.MoveNext(out var item))
            {
                target = item;
                return true;
            }
            return false;
        }
        if (_list is not null)
        {
            if ((uint)_index < (uint)_list.Count)
            {
                target = _list.Items[_index++];
                return true;
            }
        }
        else if ((uint)_index < (uint)_tuple!.Count)
        {
            target = _tuple.Items[_index++];
            return true;
        }
        return End();
    }

    /// <summary>Past the end of a list or tuple: stays ended, as CPython's exhausted list iterator (a list grown later is not resumed).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool End()
    {
        _index = int.MaxValue;
        return false;
    }
}
