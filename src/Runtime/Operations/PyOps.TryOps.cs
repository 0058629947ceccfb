using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Non-throwing forms of operations that commonly fail as control flow (<c>try: v = d[k] except KeyError:</c>,
/// <c>try: x = next(it) except StopIteration:</c>). A .NET throw/catch costs microseconds; these return false
/// with the exception the operation would have raised, created but not thrown, and the generated code dispatches
/// it to the except clauses exactly as if it had been caught. Every other failure still throws as usual.
/// </summary>
public static partial class PyOps
{
    /// <summary>
    /// <c>obj[key]</c> whose miss is not even created: returns false with <paramref name="missKind"/> 1 (a dict
    /// miss, <c>KeyError(key)</c>, the key in <paramref name="missKey"/>) or 2 (a list index out of range, when
    /// <paramref name="listMiss"/>). The generated code tests the except clauses on the kind with
    /// <see cref="MissMatches"/> and creates the exception (<see cref="MissException"/>) only when it is observed
    /// (<c>as e</c>, re-raise, the context of an exception a handler raises). Never 0 when it returns false.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetItem(PyValue obj, PyValue key, bool listMiss, out PyValue value, out int missKind, out PyValue missKey)
    {
        missKind = 0;
        missKey = default;
        if (obj.Ref is PyList list && key.IsInt)
        {
            long i = key.Bits;
            if (i < 0)
                i += list.Count;
            if ((ulong)i < (ulong)list.Count)
            {
                value = list.GetAt(i);
                return true;
            }
            if (listMiss)
            {
                value = default;
                missKind = 2;
                return false;
            }
        }
        else if (obj.Ref is PyDict dict)
        {
            if (dict.TryGetValue(key, out value))
                return true;
            missKind = 1;
            missKey = key;
            return false;
        }
        value = GetItem(obj, key);
        return true;
    }

    /// <summary>The exception a miss of <see cref="TryGetItem(PyValue, PyValue, bool, out PyValue, out int, out PyValue)"/> stands for.</summary>
    public static PyException MissException(int missKind, PyValue missKey, PyCode code, int line)
    {
        var e = missKind == 1 ? PyException.KeyError(missKey) : PyException.IndexError("list index out of range");
        e.Unthrown = true;
        e.RaisedAt(code, line);
        return e;
    }

    /// <summary><c>except spec</c> tested on a caught exception (<paramref name="caught"/> not null) or else on a
    /// miss not created yet (the same test <see cref="PyException.Matches(PyValue)"/> makes on its type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MissMatches(PyException? caught, int missKind, PyValue spec)
    {
        if (caught is not null)
            return caught.Matches(spec);
        return PyException.TypeMatches(missKind == 1 ? PyTypes.KeyError : PyTypes.IndexError, spec);
    }

    /// <summary><c>next(it)</c>; the end (<c>StopIteration</c>) is returned in <paramref name="stop"/> instead of thrown
    /// (for the runtime's iterators; anything else goes through the builtin).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryNext(PyValue it, out PyValue item, out PyException? stop)
    {
        stop = null;
        if (it.Ref is ListIterator li)
        {
            // The list iterator's step inline, without the virtual call.
            if (li.Step(out item))
                return true;
            stop = PyException.StopIteration(default);
            stop.Unthrown = true;
            return false;
        }
        if (it.Ref is PyIterator pi)
        {
            if (pi.MoveNext(out item))
                return true;
            stop = pi.Exhausted(); // a generator's carries its return value (StopIteration.value)
            stop.Unthrown = true;
            return false;
        }
        item = Builtins.Next(it, default);
        return true;
    }
}
