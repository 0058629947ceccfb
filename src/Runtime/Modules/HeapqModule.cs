using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// The <c>heapq</c> module: <c>heappush</c>, <c>heappop</c>, <c>heapify</c>, <c>heapreplace</c>, <c>heappushpop</c>
/// as CPython's <c>_heapq</c> does them (the same sift algorithms, so the same list order and the same comparisons,
/// <c>&lt;</c> only; a list that changes size under a comparison is its RuntimeError), and <c>nlargest</c>,
/// <c>nsmallest</c>, <c>merge</c> with <c>heapq.py</c>'s results (<c>sorted(...)[:n]</c>, a stable lazy merge).
/// </summary>
public static class HeapqModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("heapq");
        m.AddFunction("heappush", (args, kw) =>
        {
            var a = Args("heappush", args, kw, 2);
            var heap = Heap("heappush() argument 1", a[0]);
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1);
            return PyValue.None;
        });
        m.AddFunction("heappop", (args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 })
                throw PyException.TypeError($"_heapq.heappop() takes exactly one argument ({args.Length} given)");
            return Pop(Heap("heappop() argument", args[0]));
        });
        m.AddFunction("heapify", (args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 })
                throw PyException.TypeError($"_heapq.heapify() takes exactly one argument ({args.Length} given)");
            var heap = Heap("heapify() argument", args[0]);
            for (int i = heap.Count / 2 - 1; i >= 0; i--)
                SiftUp(heap, i);
            return PyValue.None;
        });
        m.AddFunction("heapreplace", (args, kw) =>
        {
            var a = Args("heapreplace", args, kw, 2);
            var heap = Heap("heapreplace() argument 1", a[0]);
            if (heap.Count == 0)
                throw PyException.IndexError("index out of range");
            var top = heap[0];
            heap[0] = a[1];
            SiftUp(heap, 0);
            return top;
        });
        m.AddFunction("heappushpop", (args, kw) =>
        {
            var a = Args("heappushpop", args, kw, 2);
            var heap = Heap("heappushpop() argument 1", a[0]);
            var item = a[1];
            if (heap.Count == 0 || !PyOps.LtBool(heap[0], item))
                return item;
            if (heap.Count == 0)
                throw PyException.IndexError("index out of range");
            var top = heap[0];
            heap[0] = item;
            SiftUp(heap, 0);
            return top;
        });
        m.AddFunction("nlargest", (args, kw) => Select("nlargest", args, kw, largest: true));
        m.AddFunction("nsmallest", (args, kw) => Select("nsmallest", args, kw, largest: false));
        m.AddFunction("merge", Merge);
        return m;
    }

    private static ReadOnlySpan<PyValue> Args(string name, ReadOnlySpan<PyValue> args, string[]? kw, int n)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length != n)
            throw PyException.TypeError($"{name} expected {n} arguments, got {args.Length}");
        return args;
    }

    private static PyList Heap(string what, PyValue v) =>
        v.Ref as PyList ?? throw PyException.TypeError($"{what} must be list, not {PyOps.TypeName(v)}");

    private static PyValue Pop(PyList heap)
    {
        if (heap.Count == 0)
            throw PyException.IndexError("index out of range");
        var last = heap.Pop();
        if (heap.Count == 0)
            return last;
        var top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0);
        return top;
    }

    /// <summary>_heapq's siftdown: the item at <paramref name="pos"/> moves up towards <paramref name="start"/> while
    /// it is less than its parent.</summary>
    private static void SiftDown(PyList heap, int start, int pos)
    {
        int size = heap.Count;
        var item = heap[pos];
        while (pos > start)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = heap[parentPos];
            bool less = PyOps.LtBool(item, parent);
            if (size != heap.Count)
                throw PyException.RuntimeError("list changed size during iteration");
            if (!less)
                break;
            heap[pos] = heap[parentPos];
            pos = parentPos;
        }
        heap[pos] = item;
    }

    /// <summary>_heapq's siftup: the smaller child moves up until a leaf, then the item sifts down into place.</summary>
    private static void SiftUp(PyList heap, int pos)
    {
        int end = heap.Count, start = pos;
        var item = heap[pos];
        int child = 2 * pos + 1;
        while (child < end)
        {
            int right = child + 1;
            if (right < end)
            {
                bool less = PyOps.LtBool(heap[child], heap[right]);
                if (end != heap.Count)
                    throw PyException.RuntimeError("list changed size during iteration");
                if (!less)
                    child = right;
            }
            heap[pos] = heap[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap[pos] = item;
        SiftDown(heap, start, pos);
    }

    /// <summary>nlargest(n, iterable, key=None) / nsmallest: heapq.py's result, <c>sorted(iterable, key=key,
    /// reverse=largest)[:n]</c>.</summary>
    private static PyValue Select(string name, ReadOnlySpan<PyValue> args, string[]? kw, bool largest)
    {
        int positional = args.Length - (kw?.Length ?? 0);
        PyValue n = positional > 0 ? args[0] : default, iterable = positional > 1 ? args[1] : default, key = positional > 2 ? args[2] : PyValue.None;
        if (positional > 3)
            throw PyException.TypeError($"{name}() takes from 2 to 3 positional arguments but {positional} were given");
        for (int k = 0; k < (kw?.Length ?? 0); k++)
        {
            var v = args[positional + k];
            switch (kw![k])
            {
                case "n": n = v; break;
                case "iterable": iterable = v; break;
                case "key": key = v; break;
                default: throw PyException.TypeError($"{name}() got an unexpected keyword argument '{kw[k]}'");
            }
        }
        if (n.IsUnbound || iterable.IsUnbound)
            throw PyException.TypeError($"{name}() missing required positional argument: '{(n.IsUnbound ? "n" : "iterable")}'");
        var items = PyList.FromIterable(iterable);
        items.Sort(key.IsNone ? default : key, largest);
        long count = PyOps.ToIndex(n);
        var result = new PyList();
        for (int i = 0; i < items.Count && i < count; i++)
            result.Append(items[i]);
        return PyValue.FromObject(result);
    }

    /// <summary>merge(*iterables, key=None, reverse=False): the sorted inputs merged lazily; among equal items the one
    /// from the earlier iterable first.</summary>
    private static PyValue Merge(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        int positional = args.Length - (kw?.Length ?? 0);
        PyValue key = PyValue.None;
        bool reverse = false;
        for (int k = 0; k < (kw?.Length ?? 0); k++)
        {
            var v = args[positional + k];
            switch (kw![k])
            {
                case "key": key = v; break;
                case "reverse": reverse = PyOps.IsTrue(v); break;
                default: throw PyException.TypeError($"merge() got an unexpected keyword argument '{kw[k]}'");
            }
        }
        var iterators = new List<PyIterator>();
        for (int i = 0; i < positional; i++)
            iterators.Add(PyOps.GetIter(args[i]));
        return PyValue.FromObject(new MergeIterator(iterators, key, reverse));
    }

    private sealed class MergeIterator(List<PyIterator> sources, PyValue key, bool reverse) : PyIterator
    {
        /// <summary>Per source, its current item and that item's key; null once the source is exhausted.</summary>
        private (PyValue Item, PyValue Key)?[]? _heads;

        public override bool MoveNext(out PyValue item)
        {
            if (_heads is null)
            {
                _heads = new (PyValue, PyValue)?[sources.Count];
                for (int i = 0; i < sources.Count; i++)
                    Advance(i);
            }
            int best = -1;
            for (int i = 0; i < _heads.Length; i++)
            {
                if (_heads[i] is not { } head)
                    continue;
                // The earlier source wins ties: only a strictly better head replaces the best so far.
                if (best < 0 || (reverse ? PyOps.LtBool(_heads[best]!.Value.Key, head.Key) : PyOps.LtBool(head.Key, _heads[best]!.Value.Key)))
                    best = i;
            }
            if (best < 0)
            {
                item = default;
                return false;
            }
            item = _heads[best]!.Value.Item;
            Advance(best);
            return true;
        }

        private void Advance(int i)
        {
            if (sources[i].MoveNext(out var next))
                _heads![i] = (next, key.IsNone ? next : PyOps.Call(key, new[] { next }, null));
            else
                _heads![i] = null;
        }
    }
}
