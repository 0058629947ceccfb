using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// The exceptions being handled on this thread, innermost last: CPython's exc_info chain. An except clause, a finally
/// block run because of an exception, and a with statement's <c>__exit__</c> called with one each push theirs while
/// they run (a finally block run normally pushes null, which is skipped). What reads it:
/// <list type="bullet">
/// <item>every exception raised meanwhile gets the innermost as its implicit <c>__context__</c>
/// (<see cref="ChainContext"/>, called by <see cref="PyException"/>'s constructor, as CPython's
/// <c>_PyErr_SetObject</c>), so a callee that raises and catches while its caller handles an exception sees it too;</item>
/// <item><c>sys.exception()</c>, <c>sys.exc_info()</c> and a bare <c>raise</c> (<see cref="Active"/>).</item>
/// </list>
/// A generator suspended inside such a block takes the entries it pushed with it (<see cref="Suspend"/>) and puts them
/// back when resumed (<see cref="Resume"/>), as CPython links a generator's <c>gi_exc_state</c> while it runs: the caller
/// does not see the generator's handled exception, and the generator sees its caller's.
/// </summary>
public static class HandledExceptions
{
    /// <summary>One handler's exception: made, or a subscript's miss not made yet (<c>FastTry</c>: <see cref="EnterMiss"/>),
    /// or neither (a finally block run without an exception).</summary>
    public struct Entry
    {
        internal PyException? Exception;
        internal int MissKind;
        internal PyValue MissKey;
        internal PyCode? MissCode;
        internal int MissLine;

        /// <summary>The exception, made now if it is a miss (once: the entry, an array element, keeps it). While it is
        /// made, the entry reads as empty, so that its context is the exception handled below it, as when it missed.</summary>
        internal PyException? Make()
        {
            if (Exception is null && MissKind != 0)
            {
                int kind = MissKind;
                MissKind = 0;
                Exception = PyOps.MissException(kind, MissKey, MissCode!, MissLine);
            }
            return Exception;
        }
    }

    private sealed class Stack
    {
        public Entry[] Items = new Entry[8];
        public int Count;
    }

    [ThreadStatic]
    private static Stack? t_stack;

    private static Stack Current => t_stack ??= new Stack();

    /// <summary>The next entry, written in place (no copy of the whole struct: its references each take a write barrier).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Entry Push(out int index)
    {
        var s = t_stack;
        if (s is null || s.Count == s.Items.Length)
            s = Grow();
        index = s.Count++;
        return ref s.Items[index];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Stack Grow()
    {
        var s = Current;
        if (s.Count == s.Items.Length)
            Array.Resize(ref s.Items, s.Count * 2);
        return s;
    }

    /// <summary>A handler starts: <paramref name="exception"/> (null: a finally block run without one) is handled until
    /// the matching <see cref="Leave"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(PyException? exception)
    {
        ref var e = ref Push(out _);
        e.Exception = exception;
        e.MissKind = 0;
    }

    /// <summary>
    /// The handler of a subscript that missed starts (<c>FastTry</c>): the KeyError or IndexError is made only when
    /// something reads it (<see cref="MissAt"/>, an exception raised meanwhile, <c>sys.exception()</c>), unless
    /// <paramref name="made"/> already is it. Returns where the entry is, for <see cref="MissAt"/> (the same until
    /// <see cref="Leave"/>: entries above come and go in pairs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int EnterMiss(PyException? made, int missKind, PyValue missKey, PyCode code, int line)
    {
        ref var e = ref Push(out int index);
        e.Exception = made;
        e.MissKind = missKind;
        e.MissKey = missKey;
        e.MissCode = code;
        e.MissLine = line;
        return index;
    }

    /// <summary>The exception of the entry <see cref="EnterMiss"/> made at <paramref name="index"/>, made now if not yet.</summary>
    public static PyException MissAt(int index) => Current.Items[index].Make()!;

    /// <summary>The handler <see cref="Enter"/> or <see cref="EnterMiss"/> started ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Leave()
    {
        var s = t_stack!;
        ref var e = ref s.Items[--s.Count];
        e.Exception = null;
        e.MissKey = default;
        e.MissCode = null;
    }

    /// <summary>The exception being handled (CPython's <c>_PyErr_GetTopmostException</c>); null when none is.</summary>
    public static PyException? Active
    {
        get
        {
            var s = t_stack;
            if (s is null)
                return null;
            for (int i = s.Count - 1; i >= 0; i--)
            {
                if (s.Items[i].Make() is { } e)
                    return e;
            }
            return null;
        }
    }

    /// <summary>
    /// A generator resumes: the entries it took with it when it last suspended go back on top (<paramref name="saved"/>
    /// is cleared). Returns the depth below them, which <see cref="Suspend"/> is given when the step ends.
    /// </summary>
    public static int Resume(ref Entry[]? saved)
    {
        var s = Current;
        int depth = s.Count;
        if (saved is { } entries)
        {
            foreach (var e in entries)
                Push(out _) = e;
            saved = null;
        }
        return depth;
    }

    /// <summary>A generator's step ends (a yield, a return or an exception): what it pushed above
    /// <paramref name="depth"/> and has not left (it suspended inside a handler) is taken off and kept in
    /// <paramref name="saved"/>.</summary>
    public static void Suspend(int depth, ref Entry[]? saved)
    {
        var s = Current;
        int n = s.Count - depth;
        if (n <= 0)
            return;
        var entries = new Entry[n];
        Array.Copy(s.Items, depth, entries, 0, n);
        Array.Clear(s.Items, depth, n);
        s.Count = depth;
        saved = entries;
    }

    /// <summary>
    /// Implicit exception chaining as CPython's <c>_PyErr_SetObject</c> does it when <paramref name="raised"/> is raised:
    /// the exception being handled becomes its <c>__context__</c> (replacing any it had), after the handled exception's
    /// own chain is cut where it leads back to <paramref name="raised"/>, so that no new cycle forms.
    /// </summary>
    internal static void ChainContext(PyBaseException raised)
    {
        if (Active is not { } active)
            return;
        var handled = active.Instance;
        if (ReferenceEquals(handled, raised))
            return;
        // (Floyd's cycle detection, as CPython: a chain that already loops is walked once.)
        PyBaseException o = handled, slow = handled;
        bool advanceSlow = false;
        while (o.Context.Ref is PyBaseException context)
        {
            if (ReferenceEquals(context, raised))
            {
                o.Context = PyValue.None;
                break;
            }
            o = context;
            if (ReferenceEquals(o, slow))
                break;
            if (advanceSlow)
                slow = slow.Context.Ref as PyBaseException ?? slow;
            advanceSlow = !advanceSlow;
        }
        raised.Context = PyValue.FromObject(handled);
    }
}
