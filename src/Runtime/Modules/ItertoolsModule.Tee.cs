using System;

namespace PyAot.Runtime;

/// <summary>
/// <c>itertools.tee</c>: n iterators over one source, as CPython's <c>itertools._tee</c> objects read it. The items
/// the source has given are kept in a chain of nodes that every copy walks at its own pace, so each item is drawn
/// from the source once and dropped when the slowest copy has passed it. A <c>_tee</c> copies itself
/// (<c>__copy__</c>), and tee() of an iterator that can copy itself uses its copies.
/// </summary>
public static partial class ItertoolsModule
{
    /// <summary>The class of tee()'s iterators (<c>itertools._tee</c>; not a name of the module's).</summary>
    private static readonly PyType TeeType = CreateTeeType();

    private static PyType CreateTeeType()
    {
        var t = new PyType("_tee", PyTypes.Object) { Module = "itertools", TpName = "itertools._tee", IsBaseType = false };
        t.Dict["__copy__"] = PyValue.FromObject(new PyBuiltinFunction("__copy__", static (args, kw) =>
        {
            ArgCheck.NoKeywords("__copy__", kw);
            if (args.Length != 1 || args[0].Ref is not Tee tee)
                throw PyException.TypeError("descriptor '__copy__' for 'itertools._tee' objects needs a '_tee' argument");
            return PyValue.FromObject(tee.Copy());
        }) { BindsSelf = true, MethodOf = t });
        return t;
    }

    /// <summary><c>tee(iterable, n=2, /)</c>.</summary>
    private static PyValue MakeTee(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("itertools.tee", kw);
        if (args.Length is < 1 or > 2)
            throw PyException.TypeError($"tee expected {(args.Length < 1 ? "at least 1" : "at most 2")} argument{(args.Length < 1 ? "" : "s")}, got {args.Length}");
        long n = args.Length > 1 ? PyOps.ToIndex(args[1]) : 2;
        if (n < 0)
            throw PyException.ValueError("n must be >= 0");
        var it = PyOps.GetIter(args[0]);
        if (n == 0)
            return PyValue.FromObject(PyTuple.Empty);
        // An iterator that copies itself is used as it is (a tee of a tee shares its buffer); for an object of the
        // program's, the object itself, not the runtime's wrapper of its __next__.
        var iterator = it is NextMethodIterator wrapped ? wrapped.Iterator : PyValue.FromObject(it);
        var first = PyOps.TryGetAttr(iterator, "__copy__", out _)
            ? iterator
            : PyValue.FromObject(new Tee(new TeeNode(), it));
        var items = new PyValue[n];
        items[0] = first;
        for (long i = 1; i < n; i++)
            items[i] = first.Ref is Tee tee ? PyValue.FromObject(tee.Copy()) : PyOps.CallMethod(first, "__copy__");
        return PyValue.FromObject(new PyTuple(items));
    }

    /// <summary>One item of the source, once drawn, and the node after it (null until drawn).</summary>
    private sealed class TeeNode
    {
        public PyValue Item;
        public TeeNode? Next;
    }

    private sealed class Tee(TeeNode position, PyIterator source) : PyIterator
    {
        private TeeNode _position = position;

        public override PyType Type => TeeType;

        public Tee Copy() => new(_position, source);

        public override bool MoveNext(out PyValue item)
        {
            var node = _position;
            if (node.Next is null)
            {
                // The first copy to get here draws the item for all of them.
                if (!source.MoveNext(out var drawn))
                {
                    item = default;
                    return false;
                }
                node.Item = drawn;
                node.Next = new TeeNode();
            }
            item = node.Item;
            _position = node.Next;
            return true;
        }
    }
}
