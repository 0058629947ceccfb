using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// The <c>itertools</c> module: each function a class of its own (<c>type(count())</c> is <c>itertools.count</c>),
/// lazy as CPython's, with its argument errors and, for <c>count</c> and <c>repeat</c>, its repr; <c>tee</c> is a
/// function returning <c>_tee</c> iterators (ItertoolsModule.Tee.cs).
/// </summary>
public static partial class ItertoolsModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("itertools");
        void Kind(string name, PyCallTarget construct) =>
            m.Add(name, PyValue.FromObject(new PyType(name, PyTypes.Object) { Module = "itertools", TpName = "itertools." + name, Constructor = construct, IsBaseType = false }));

        Kind("count", (args, kw) =>
        {
            var a = Bind("count", args, kw, new[] { "start", "step" }, 0);
            var start = a[0].IsUnbound ? PyValue.FromInt(0) : a[0];
            var step = a[1].IsUnbound ? PyValue.FromInt(1) : a[1];
            if (!IsNumber(start) || !IsNumber(step))
                throw PyException.TypeError("a number is required");
            return PyValue.FromObject(new Count(start, step, !a[1].IsUnbound));
        });
        Kind("cycle", (args, kw) => PyValue.FromObject(new Cycle(OneIterable("cycle", args, kw))));
        Kind("repeat", (args, kw) =>
        {
            var a = Bind("repeat", args, kw, new[] { "object", "times" }, 1);
            return PyValue.FromObject(new Repeat(a[0], a[1].IsUnbound ? -1 : Math.Max(0, PyOps.ToIndex(a[1]))));
        });
        Kind("accumulate", (args, kw) =>
        {
            var a = Bind("accumulate", args, kw, new[] { "iterable", "func", "initial" }, 1, keywordOnlyFrom: 2);
            return PyValue.FromObject(new Accumulate(PyOps.GetIter(a[0]), a[1].IsUnbound ? PyValue.None : a[1], a[2].IsUnbound ? PyValue.None : a[2]));
        });
        Kind("chain", (args, kw) =>
        {
            ArgCheck.NoKeywords("chain", kw);
            var sources = new PyValue[args.Length];
            args.CopyTo(sources);
            return PyValue.FromObject(new Chain(((IEnumerable<PyValue>)sources).GetEnumerator()));
        });
        var chain = (PyType)m.Original("chain")!;
        chain.Dict["from_iterable"] = PyValue.FromObject(PyClassMethodOf("from_iterable", (args, kw) =>
        {
            ArgCheck.ExactlyOne("from_iterable", args, kw);
            return PyValue.FromObject(new Chain(Enumerate(PyOps.GetIter(args[0]))));
        }));
        Kind("compress", (args, kw) =>
        {
            var a = Bind("compress", args, kw, new[] { "data", "selectors" }, 2);
            return PyValue.FromObject(new Compress(PyOps.GetIter(a[0]), PyOps.GetIter(a[1])));
        });
        Kind("dropwhile", (args, kw) => Predicate("dropwhile", args, kw, (p, it) => new DropWhile(p, it)));
        Kind("takewhile", (args, kw) => Predicate("takewhile", args, kw, (p, it) => new TakeWhile(p, it)));
        Kind("filterfalse", (args, kw) => Predicate("filterfalse", args, kw, (p, it) => new FilterFalse(p, it)));
        Kind("starmap", (args, kw) => Predicate("starmap", args, kw, (f, it) => new StarMap(f, it)));
        Kind("islice", MakeIslice);
        Kind("zip_longest", (args, kw) =>
        {
            var fill = PyValue.None;
            for (int k = 0; k < (kw?.Length ?? 0); k++)
            {
                if (kw![k] != "fillvalue")
                    throw PyException.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[args.Length - kw.Length + k];
            }
            int n = args.Length - (kw?.Length ?? 0);
            var sources = new PyIterator?[n];
            for (int i = 0; i < n; i++)
                sources[i] = PyOps.GetIter(args[i]);
            return PyValue.FromObject(new ZipLongest(sources, fill));
        });
        Kind("product", (args, kw) =>
        {
            long repeat = 1;
            for (int k = 0; k < (kw?.Length ?? 0); k++)
            {
                if (kw![k] != "repeat")
                    throw PyException.TypeError($"product() got an unexpected keyword argument '{kw[k]}'");
                repeat = PyOps.ToIndex(args[args.Length - kw.Length + k]);
            }
            if (repeat < 0)
                throw PyException.ValueError("repeat argument cannot be negative");
            int n = args.Length - (kw?.Length ?? 0);
            var pools = new List<PyValue[]>();
            var given = new PyValue[n][];
            for (int i = 0; i < n; i++)
                given[i] = PyList.FromIterable(args[i]).AsSpan().ToArray();
            for (long r = 0; r < repeat; r++)
                pools.AddRange(given);
            return PyValue.FromObject(new Product(pools.ToArray()));
        });
        Kind("permutations", (args, kw) =>
        {
            var a = Bind("permutations", args, kw, new[] { "iterable", "r" }, 1);
            var pool = PyList.FromIterable(a[0]).AsSpan().ToArray();
            long r = a[1].IsUnbound || a[1].IsNone ? pool.Length : PyOps.ToIndex(a[1]);
            if (r < 0)
                throw PyException.ValueError("r must be non-negative");
            return PyValue.FromObject(new Permutations(pool, (int)Math.Min(r, int.MaxValue)));
        });
        Kind("combinations", (args, kw) => MakeCombinations("combinations", args, kw, replacement: false));
        Kind("combinations_with_replacement", (args, kw) => MakeCombinations("combinations_with_replacement", args, kw, replacement: true));
        Kind("pairwise", (args, kw) => PyValue.FromObject(new Pairwise(OneIterable("pairwise", args, kw))));
        Kind("batched", (args, kw) =>
        {
            var a = Bind("batched", args, kw, new[] { "iterable", "n" }, 2);
            long n = PyOps.ToIndex(a[1]);
            if (n < 1)
                throw PyException.ValueError("n must be at least one");
            return PyValue.FromObject(new Batched(PyOps.GetIter(a[0]), n));
        });
        m.Add("tee", PyValue.FromObject(new PyBuiltinFunction("tee", MakeTee)));
        Kind("groupby", (args, kw) =>
        {
            var a = Bind("groupby", args, kw, new[] { "iterable", "key" }, 1);
            return PyValue.FromObject(new GroupBy(PyOps.GetIter(a[0]), a[1].IsUnbound ? PyValue.None : a[1]));
        });
        return m;
    }

    private static IEnumerator<PyValue> Enumerate(PyIterator it)
    {
        while (it.MoveNext(out var item))
            yield return item;
    }

    private static PyBuiltinFunction PyClassMethodOf(string name, PyCallTarget target) => new(name, target);

    private static bool IsNumber(PyValue v) => v.IsInt || v.IsFloat || v.IsBool || v.Ref is PyBigInt or PyComplex
        || v.Ref is PyInstance i && (i.Type.TryLookup("__add__", out _) || i.Type.TryLookup("__index__", out _));

    /// <summary>Positional-or-keyword parameters (those from <paramref name="keywordOnlyFrom"/> keyword-only), with
    /// Argument Clinic's messages.</summary>
    private static PyValue[] Bind(string name, ReadOnlySpan<PyValue> args, string[]? kw, string[] names, int required, int keywordOnlyFrom = int.MaxValue)
    {
        int positional = args.Length - (kw?.Length ?? 0);
        int maxPositional = Math.Min(names.Length, keywordOnlyFrom);
        if (positional > maxPositional)
            throw PyException.TypeError($"{name}() takes at most {maxPositional} argument{(maxPositional == 1 ? "" : "s")} ({positional} given)");
        return ArgCheck.Bind(name, args, kw, names, required);
    }

    /// <summary>cycle(iterable), pairwise(iterable): one positional argument.</summary>
    private static PyIterator OneIterable(string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length != 1)
            throw PyException.TypeError($"{name} expected 1 argument, got {args.Length}");
        return PyOps.GetIter(args[0]);
    }

    private static PyValue Predicate(string name, ReadOnlySpan<PyValue> args, string[]? kw, Func<PyValue, PyIterator, PyIterator> make)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length != 2)
            throw PyException.TypeError($"{name} expected 2 arguments, got {args.Length}");
        return PyValue.FromObject(make(args[0], PyOps.GetIter(args[1])));
    }

    private static bool Test(PyValue predicate, PyValue item) =>
        PyOps.IsTrue(predicate.IsNone ? item : PyOps.Call(predicate, new[] { item }, null));

    private static PyValue MakeCombinations(string name, ReadOnlySpan<PyValue> args, string[]? kw, bool replacement)
    {
        var a = Bind(name, args, kw, new[] { "iterable", "r" }, 2);
        var pool = PyList.FromIterable(a[0]).AsSpan().ToArray();
        long r = PyOps.ToIndex(a[1]);
        if (r < 0)
            throw PyException.ValueError("r must be non-negative");
        return PyValue.FromObject(new Combinations(pool, (int)Math.Min(r, int.MaxValue), replacement));
    }

    /// <summary>islice(iterable, stop) / islice(iterable, start, stop[, step]).</summary>
    private static PyValue MakeIslice(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("islice", kw);
        if (args.Length is < 2 or > 4)
            throw PyException.TypeError($"islice expected at most 4 arguments, got {args.Length}");
        long Index(PyValue v, string message)
        {
            if (v.IsNone)
                return -1;
            if (!(v.IsInt || v.IsBool) || v.Bits < 0)
                throw PyException.ValueError(message);
            return v.Bits;
        }
        const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        const string IndexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        long start = 0, stop, step = 1;
        if (args.Length == 2)
        {
            stop = Index(args[1], StopMessage);
        }
        else
        {
            start = args[1].IsNone ? 0 : Index(args[1], IndexMessage);
            stop = Index(args[2], StopMessage);
            if (args.Length == 4 && !args[3].IsNone)
            {
                if (!(args[3].IsInt || args[3].IsBool) || args[3].Bits < 1)
                    throw PyException.ValueError("Step for islice() must be a positive integer or None.");
                step = args[3].Bits;
            }
        }
        return PyValue.FromObject(new Islice(PyOps.GetIter(args[0]), start, stop, step));
    }

    // ---- the iterators ----------------------------------------------------------------------------------------

    /// <summary>The tuple of the first <paramref name="r"/> picks: <c>pool[indices[0]], pool[indices[1]]...</c>.</summary>
    private static PyValue Pick(PyValue[] pool, int[] indices, int r)
    {
        var result = new PyValue[r];
        for (int k = 0; k < r; k++)
            result[k] = pool[indices[k]];
        return PyValue.FromObject(new PyTuple(result));
    }

    private abstract class Iter(string kind) : PyIterator
    {
        public override PyType Type => (PyType)Instance.Original(kind)!;
    }

    private sealed class Count(PyValue start, PyValue step, bool showStep) : Iter("count")
    {
        private PyValue _next = start;

        public override bool MoveNext(out PyValue item)
        {
            item = _next;
            _next = PyOps.Add(_next, step);
            return true;
        }

        public override string Repr() =>
            showStep && !(step.IsInt && step.Bits == 1) ? $"count({PyOps.Repr(_next)}, {PyOps.Repr(step)})" : $"count({PyOps.Repr(_next)})";
    }

    private sealed class Cycle(PyIterator source) : Iter("cycle")
    {
        private readonly List<PyValue> _saved = new();
        private int _index = -1;

        public override bool MoveNext(out PyValue item)
        {
            if (_index < 0)
            {
                if (source.MoveNext(out item))
                {
                    _saved.Add(item);
                    return true;
                }
                if (_saved.Count == 0)
                    return false;
                _index = 0;
            }
            if (_saved.Count == 0)
            {
                item = default;
                return false;
            }
            item = _saved[_index];
            _index = (_index + 1) % _saved.Count;
            return true;
        }
    }

    private sealed class Repeat(PyValue value, long times) : Iter("repeat")
    {
        private long _left = times;

        public override bool MoveNext(out PyValue item)
        {
            item = value;
            if (_left == 0)
                return false;
            if (_left > 0)
                _left--;
            return true;
        }

        public override string Repr() => _left < 0 ? $"repeat({PyOps.Repr(value)})" : $"repeat({PyOps.Repr(value)}, {_left})";
    }

    private sealed class Accumulate(PyIterator source, PyValue func, PyValue initial) : Iter("accumulate")
    {
        private PyValue _total = initial.IsNone ? default : initial;
        private bool _initialGiven = !initial.IsNone;

        public override bool MoveNext(out PyValue item)
        {
            if (_initialGiven)
            {
                _initialGiven = false;
                item = _total;
                return true;
            }
            if (!source.MoveNext(out var next))
            {
                item = default;
                return false;
            }
            _total = _total.IsUnbound ? next : func.IsNone ? PyOps.Add(_total, next) : PyOps.Call(func, new[] { _total, next }, null);
            item = _total;
            return true;
        }
    }

    private sealed class Chain(IEnumerator<PyValue> sources) : Iter("chain")
    {
        private PyIterator? _current;

        public override bool MoveNext(out PyValue item)
        {
            while (true)
            {
                if (_current is not null && _current.MoveNext(out item))
                    return true;
                if (!sources.MoveNext())
                {
                    item = default;
                    return false;
                }
                _current = PyOps.GetIter(sources.Current);
            }
        }
    }

    private sealed class Compress(PyIterator data, PyIterator selectors) : Iter("compress")
    {
        public override bool MoveNext(out PyValue item)
        {
            while (data.MoveNext(out item))
            {
                if (!selectors.MoveNext(out var selector))
                    break;
                if (PyOps.IsTrue(selector))
                    return true;
            }
            item = default;
            return false;
        }
    }

    private sealed class DropWhile(PyValue predicate, PyIterator source) : Iter("dropwhile")
    {
        private bool _dropping = true;

        public override bool MoveNext(out PyValue item)
        {
            while (source.MoveNext(out item))
            {
                if (!_dropping || !Test(predicate, item))
                {
                    _dropping = false;
                    return true;
                }
            }
            return false;
        }
    }

    private sealed class TakeWhile(PyValue predicate, PyIterator source) : Iter("takewhile")
    {
        private bool _done;

        public override bool MoveNext(out PyValue item)
        {
            if (!_done && source.MoveNext(out item) && Test(predicate, item))
                return true;
            _done = true;
            item = default;
            return false;
        }
    }

    private sealed class FilterFalse(PyValue predicate, PyIterator source) : Iter("filterfalse")
    {
        public override bool MoveNext(out PyValue item)
        {
            while (source.MoveNext(out item))
            {
                if (!Test(predicate, item))
                    return true;
            }
            return false;
        }
    }

    private sealed class StarMap(PyValue function, PyIterator source) : Iter("starmap")
    {
        public override bool MoveNext(out PyValue item)
        {
            if (!source.MoveNext(out var args))
            {
                item = default;
                return false;
            }
            item = PyOps.Call(function, PyList.FromIterable(args).AsSpan(), null);
            return true;
        }
    }

    private sealed class Islice(PyIterator source, long start, long stop, long step) : Iter("islice")
    {
        private long _next = start;
        private long _count;
        private bool _done;

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            if (_done)
                return false;
            // (CPython's islice_next: skip to the next index, never reading past stop)
            while (_count < _next)
            {
                if ((stop >= 0 && _count >= stop) || !source.MoveNext(out _))
                {
                    _done = true;
                    return false;
                }
                _count++;
            }
            if ((stop >= 0 && _count >= stop) || !source.MoveNext(out item))
            {
                _done = true;
                return false;
            }
            _count++;
            _next += step;
            if (stop >= 0 && _next > stop)
                _next = stop;
            return true;
        }
    }

    private sealed class ZipLongest(PyIterator?[] sources, PyValue fill) : Iter("zip_longest")
    {
        private int _active = sources.Length;

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            if (sources.Length == 0 || _active == 0)
                return false;
            var items = new PyValue[sources.Length];
            for (int i = 0; i < sources.Length; i++)
            {
                if (sources[i] is { } it && it.MoveNext(out items[i]))
                    continue;
                if (sources[i] is not null)
                {
                    sources[i] = null;
                    if (--_active == 0)
                        return false;
                }
                items[i] = fill;
            }
            item = PyValue.FromObject(new PyTuple(items));
            return true;
        }
    }

    private sealed class Product(PyValue[][] pools) : Iter("product")
    {
        private int[]? _indices;
        private bool _done;

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            if (_done)
                return false;
            if (_indices is null)
            {
                foreach (var pool in pools)
                {
                    if (pool.Length == 0)
                    {
                        _done = true;
                        return false;
                    }
                }
                _indices = new int[pools.Length];
            }
            else
            {
                int i = pools.Length - 1;
                for (; i >= 0; i--)
                {
                    if (++_indices[i] < pools[i].Length)
                        break;
                    _indices[i] = 0;
                }
                if (i < 0)
                {
                    _done = true;
                    return false;
                }
            }
            var result = new PyValue[pools.Length];
            for (int i = 0; i < pools.Length; i++)
                result[i] = pools[i][_indices[i]];
            item = PyValue.FromObject(new PyTuple(result));
            return true;
        }
    }

    /// <summary>permutations: the documented algorithm (indices and cycles), lexicographic in positions.</summary>
    private sealed class Permutations(PyValue[] pool, int r) : Iter("permutations")
    {
        private int[]? _indices, _cycles;
        private bool _done = r > pool.Length;

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            if (_done)
                return false;
            int n = pool.Length;
            if (_indices is null)
            {
                _indices = new int[n];
                for (int i = 0; i < n; i++)
                    _indices[i] = i;
                _cycles = new int[r];
                for (int i = 0; i < r; i++)
                    _cycles[i] = n - i;
            }
            else
            {
                int i = r - 1;
                for (; i >= 0; i--)
                {
                    _cycles![i]--;
                    if (_cycles[i] == 0)
                    {
                        int first = _indices[i];
                        Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                        _indices[n - 1] = first;
                        _cycles[i] = n - i;
                    }
                    else
                    {
                        int j = n - _cycles[i];
                        (_indices[i], _indices[j]) = (_indices[j], _indices[i]);
                        break;
                    }
                }
                if (i < 0)
                {
                    _done = true;
                    return false;
                }
            }
            item = Pick(pool, _indices, r);
            return true;
        }
    }

    private sealed class Combinations(PyValue[] pool, int r, bool replacement) : Iter(replacement ? "combinations_with_replacement" : "combinations")
    {
        private int[]? _indices;
        private bool _done = replacement ? pool.Length == 0 && r > 0 : r > pool.Length;

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            if (_done)
                return false;
            int n = pool.Length;
            if (_indices is null)
            {
                _indices = new int[r];
                for (int k = 0; k < r; k++)
                    _indices[k] = replacement ? 0 : k;
            }
            else
            {
                int i = r - 1;
                for (; i >= 0; i--)
                {
                    if (_indices[i] != (replacement ? n - 1 : i + n - r))
                        break;
                }
                if (i < 0)
                {
                    _done = true;
                    return false;
                }
                if (replacement)
                {
                    int v = _indices[i] + 1;
                    for (int k = i; k < r; k++)
                        _indices[k] = v;
                }
                else
                {
                    _indices[i]++;
                    for (int k = i + 1; k < r; k++)
                        _indices[k] = _indices[k - 1] + 1;
                }
            }
            item = Pick(pool, _indices, r);
            return true;
        }
    }

    private sealed class Pairwise(PyIterator source) : Iter("pairwise")
    {
        private PyValue _previous;
        private bool _started;

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            if (!_started)
            {
                _started = true;
                if (!source.MoveNext(out _previous))
                    return false;
            }
            if (_previous.IsUnbound || !source.MoveNext(out var next))
            {
                _previous = default;
                return false;
            }
            item = PyValue.FromObject(new PyTuple(new[] { _previous, next }));
            _previous = next;
            return true;
        }
    }

    private sealed class Batched(PyIterator source, long n) : Iter("batched")
    {
        public override bool MoveNext(out PyValue item)
        {
            var batch = new List<PyValue>();
            while (batch.Count < n && source.MoveNext(out var next))
                batch.Add(next);
            item = batch.Count == 0 ? default : PyValue.FromObject(new PyTuple(batch.ToArray()));
            return batch.Count > 0;
        }
    }

    /// <summary>groupby: (key, group) pairs; a group shares the underlying iterator, so moving the groupby on ends it
    /// (CPython's _grouper holds the groupby and its current key).</summary>
    private sealed class GroupBy(PyIterator source, PyValue keyFunction) : Iter("groupby")
    {
        internal PyValue CurrentValue, CurrentKey, TargetKey;
        internal bool SourceDone;
        internal object? CurrentGroup;

        internal bool Step()
        {
            if (!source.MoveNext(out var value))
            {
                SourceDone = true;
                return false;
            }
            CurrentValue = value;
            CurrentKey = keyFunction.IsNone ? value : PyOps.Call(keyFunction, new[] { value }, null);
            return true;
        }

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            CurrentGroup = null;
            // Skip to the next key.
            while (true)
            {
                if (CurrentKey.IsUnbound)
                {
                    if (SourceDone || !Step())
                        return false;
                }
                else if (!TargetKey.IsUnbound)
                {
                    if (!PyOps.EqBool(TargetKey, CurrentKey))
                        break;
                    if (SourceDone || !Step())
                        return false;
                }
                else
                {
                    break;
                }
            }
            TargetKey = CurrentKey;
            var group = new Grouper(this, TargetKey);
            CurrentGroup = group;
            item = PyValue.FromObject(new PyTuple(new[] { CurrentKey, PyValue.FromObject(group) }));
            return true;
        }
    }

    private sealed class Grouper(GroupBy parent, PyValue key) : PyIterator
    {
        private static readonly PyType GrouperType = new("_grouper", PyTypes.Object) { Module = "itertools", TpName = "itertools._grouper", IsBaseType = false };

        public override PyType Type => GrouperType;

        public override bool MoveNext(out PyValue item)
        {
            item = default;
            if (!ReferenceEquals(parent.CurrentGroup, this))
                return false;
            if (parent.CurrentKey.IsUnbound)
            {
                if (parent.SourceDone || !parent.Step())
                    return false;
            }
            if (!PyOps.EqBool(key, parent.CurrentKey))
                return false;
            item = parent.CurrentValue;
            parent.CurrentKey = default;
            return true;
        }
    }
}
