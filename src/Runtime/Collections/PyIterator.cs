using System.Runtime.CompilerServices;
using System;

namespace PyAot.Runtime;

/// <summary>
/// An iterator. Loops call <see cref="MoveNext"/> until it returns false: ending a loop never throws.
/// Generators and other iterators defined outside the runtime derive from this class.
/// </summary>
public abstract class PyIterator : PyObject
{
    public abstract bool MoveNext(out PyValue item);

    public override PyType Type => PyTypes.Iterator;

    public override PyIterator Iter() => this;

    /// <summary>How many items are left when known cheaply (a capacity hint, capped), else 0.</summary>
    internal virtual int LengthHint => 0;

    /// <summary>What <c>__length_hint__()</c> answers (the items left, as CPython's list, tuple, str and range
    /// iterators count them), or -1 for an iterator whose type has no <c>__length_hint__</c>.</summary>
    internal virtual long Remaining => -1;

    /// <summary>next(it): the next item, or StopIteration.</summary>
    public PyValue Next()
    {
        if (MoveNext(out var item))
            return item;
        throw Exhausted();
    }

    /// <summary>The StopIteration <c>next()</c> raises at the end (a generator's carries its return value).</summary>
    public virtual PyException Exhausted() => PyException.StopIteration(default);

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "__next__":
                result = Next();
                return true;
            case "__iter__":
                result = PyValue.FromObject(this);
                return true;
            case "__length_hint__" when Remaining >= 0:
                ArgCheck.None(Type.Name + ".__length_hint__", args, kwNames);
                result = PyValue.FromInt(Remaining);
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name is "__next__" or "__iter__" || (name == "__length_hint__" && Remaining >= 0))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

public sealed class ListIterator(PyList list) : PyIterator
{
    private int _index;

    public override PyType Type => PyTypes.ListIterator;

    internal override int LengthHint => System.Math.Clamp(list.Count - _index, 0, 1 << 20);

    internal override long Remaining => System.Math.Max((long)list.Count - _index, 0);

    public override bool MoveNext(out PyValue item) => Step(out item);

    /// <summary><see cref="MoveNext"/>, non-virtual: inlined where the iterator is known to be a list's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Step(out PyValue item)
    {
        var l = list;
        if ((uint)_index < (uint)l.Count)
        {
            item = l.Items[_index++];
            return true;
        }
        return End(out item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool End(out PyValue item)
    {
        _index = int.MaxValue;
        item = default;
        return false;
    }
}

public sealed class ReverseListIterator(PyList list) : PyIterator
{
    private int _index = list.Count - 1;

    public override PyType Type => PyTypes.ListReverseIterator;

    internal override long Remaining => _index >= 0 && _index < list.Count ? _index + 1 : 0;

    public override bool MoveNext(out PyValue item)
    {
        if (_index >= 0 && _index < list.Count)
        {
            item = list.Items[_index--];
            return true;
        }
        _index = -1;
        item = default;
        return false;
    }
}

/// <summary>Iterates an array segment (tuples, snapshots).</summary>
public sealed class ArrayIterator(PyValue[] items, int count, PyType type) : PyIterator
{
    private int _index;

    internal override int LengthHint => System.Math.Clamp(count - _index, 0, 1 << 20);

    internal override long Remaining => System.Math.Max(count - _index, 0);

    public override PyType Type => type;

    public override bool MoveNext(out PyValue item)
    {
        if (_index < count)
        {
            item = items[_index++];
            return true;
        }
        item = default;
        return false;
    }
}

public sealed class StrIterator(string s) : PyIterator
{
    private int _index;

    public override PyType Type => PyTypes.StrIterator;

    internal override long Remaining => System.Math.Max(s.Length - _index, 0);

    public override bool MoveNext(out PyValue item)
    {
        if (_index < s.Length)
        {
            item = PyValue.FromString(StrCache.Char(s[_index++]));
            return true;
        }
        item = default;
        return false;
    }
}

public sealed class RangeIterator(long start, long step, long count) : PyIterator
{
    private long _next = start;
    private long _left = count;

    public override PyType Type => PyTypes.RangeIterator;

    internal override long Remaining => System.Math.Max(_left, 0);

    public override bool MoveNext(out PyValue item)
    {
        if (_left > 0)
        {
            _left--;
            item = PyValue.FromInt(_next);
            _next = unchecked(_next + step);
            return true;
        }
        item = default;
        return false;
    }
}

/// <summary>Old-style iteration through __getitem__ with 0, 1, 2... until IndexError.</summary>
public sealed class GetItemIterator(PyValue seq) : PyIterator
{
    private long _index;

    public override bool MoveNext(out PyValue item)
    {
        if (_index < 0)
        {
            item = default;
            return false;
        }
        try
        {
            item = PyOps.GetItem(seq, PyValue.FromInt(_index++));
            return true;
        }
        catch (PyException e) when (e.Matches(PyTypes.IndexError) || e.Matches(PyTypes.StopIteration))
        {
            _index = -1;
            item = default;
            return false;
        }
    }
}

/// <summary>Wraps an object with a Python __next__ method.</summary>
public sealed class NextMethodIterator(PyValue iterator) : PyIterator
{
    private bool _done;

    /// <summary>The object whose <c>__next__</c> this calls (what <c>iter()</c> gave in CPython).</summary>
    public PyValue Iterator => iterator;

    /// <summary>The StopIteration <c>__next__</c> raised in the step that just ended the iteration (null: the last step
    /// did not): a loop that ends on it raises monitoring's RAISE, as CPython's FOR_ITER does for an exception set by the
    /// iterator.</summary>
    public PyException? RaisedStop { get; private set; }

    public override PyType Type => PyOps.TypeOf(iterator);

    public override bool MoveNext(out PyValue item)
    {
        RaisedStop = null;
        if (!_done)
        {
            try
            {
                item = PyOps.CallMethod(iterator, "__next__", ReadOnlySpan<PyValue>.Empty, null);
                return true;
            }
            catch (PyException e) when (e.Matches(PyTypes.StopIteration))
            {
                _done = true;
                RaisedStop = e;
            }
        }
        item = default;
        return false;
    }

    public override string Repr() => PyOps.Repr(iterator);
}

/// <summary>Single-character strings are shared, so iterating a str allocates nothing for Latin-1 text.</summary>
public static class StrCache
{
    private static readonly string[] Latin1 = CreateTable();

    private static string[] CreateTable()
    {
        var t = new string[256];
        for (int i = 0; i < 256; i++)
            t[i] = ((char)i).ToString();
        return t;
    }

    public static string Char(char c) => c < 256 ? Latin1[c] : c.ToString();
}
