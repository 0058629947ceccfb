using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// The accumulator of a list comprehension whose length is not known in advance (filtered or nested loops):
/// items go into a scratch buffer reused from one comprehension to the next, and <see cref="Finish"/> copies them
/// into a list allocated once at its exact length. A growing list would allocate and copy every doubling, and
/// past ~5,000 items each doubling is a large-object-heap array whose budget triggers full collections.
/// The buffer is invisible to Python code (nothing but the generated comprehension holds it), so no user code
/// can observe or keep it; a comprehension that raises just drops its buffer. Buffers return to a small
/// per-thread pool cleared (no stale references keep objects alive); a buffer grown past
/// <see cref="MaxPooled"/> items becomes the list's own array instead of being copied.
/// Generated code: <c>var acc = ListBuilder.Start(); ... acc.Append(v); ... list = PyValue.FromObject(acc.Finish());</c>
/// </summary>
public struct ListBuilder
{
    private const int PoolSize = 4;
    private const int InitialSize = 64;
    private const int MaxPooled = 1 << 17;

    [ThreadStatic] private static PyValue[]?[]? t_pool;

    private PyValue[] _items;
    private int _count;

    private ListBuilder(PyValue[] items)
    {
        _items = items;
        _count = 0;
    }

    public static ListBuilder Start()
    {
        var pool = t_pool;
        if (pool is not null)
        {
            for (int i = 0; i < pool.Length; i++)
            {
                var b = pool[i];
                if (b is not null)
                {
                    pool[i] = null;
                    return new ListBuilder(b);
                }
            }
        }
        return new ListBuilder(new PyValue[InitialSize]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyValue item)
    {
        var items = _items;
        int n = _count;
        if ((uint)n < (uint)items.Length)
        {
            TagStores.Store(ref items[n], item);
            _count = n + 1;
            return;
        }
        AppendGrow(item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AppendGrow(PyValue item)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = item;
    }

    /// <summary>The finished list; the builder must not be used afterwards.</summary>
    public PyList Finish()
    {
        var items = _items;
        int n = _count;
        _items = Array.Empty<PyValue>();
        _count = 0;
        if (items.Length > MaxPooled)
        {
            var owned = new PyList(items);
            owned.SetCount(n);
            return owned;
        }
        var list = new PyList(items.AsSpan(0, n));
        Array.Clear(items, 0, n);
        var pool = t_pool ??= new PyValue[]?[PoolSize];
        for (int i = 0; i < pool.Length; i++)
        {
            if (pool[i] is null)
            {
                pool[i] = items;
                break;
            }
        }
        return list;
    }
}
