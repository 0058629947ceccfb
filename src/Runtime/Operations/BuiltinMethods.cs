using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Guarded direct calls of the common methods of the built-in str, list, dict and set: <c>x.lower()</c> is lowered
/// to <c>BuiltinMethods.Lower(x)</c>, which runs the method directly when <c>x</c> is a str (an exact built-in:
/// the runtime types are sealed and their methods cannot be replaced or shadowed by instance attributes) and the
/// arguments are of the usual types; anything else (a user class with a method of that name, an unusual argument,
/// a wrong argument type that must raise) goes to the generic <see cref="PyOps.CallMethod(PyValue, string, ReadOnlySpan{PyValue}, string[])"/>,
/// so results and errors are exactly those of the generic path.
/// </summary>
public static class BuiltinMethods
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Slow(PyValue self, string name) => PyOps.CallMethod(self, name, ReadOnlySpan<PyValue>.Empty, null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Slow(PyValue self, string name, PyValue a) => PyOps.CallMethod(self, name, [a], null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Slow(PyValue self, string name, PyValue a, PyValue b) => PyOps.CallMethod(self, name, [a, b], null);

    // ---- str ------------------------------------------------------------------------------------------------

    public static PyValue Lower(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(CaseMapping.Lower(s)) : Slow(self, "lower");

    public static PyValue Upper(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(CaseMapping.Upper(s)) : Slow(self, "upper");

    public static PyValue Capitalize(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(CaseMapping.Capitalize(s)) : Slow(self, "capitalize");

    public static PyValue Strip(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Strip(s, null, true, true)) : Slow(self, "strip");

    public static PyValue LStrip(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Strip(s, null, true, false)) : Slow(self, "lstrip");

    public static PyValue RStrip(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Strip(s, null, false, true)) : Slow(self, "rstrip");

    public static PyValue Strip(PyValue self, PyValue chars) =>
        self.Ref is string s && chars.Ref is string c ? PyValue.FromString(StrOps.Strip(s, c, true, true)) : Slow(self, "strip", chars);

    public static PyValue LStrip(PyValue self, PyValue chars) =>
        self.Ref is string s && chars.Ref is string c ? PyValue.FromString(StrOps.Strip(s, c, true, false)) : Slow(self, "lstrip", chars);

    public static PyValue RStrip(PyValue self, PyValue chars) =>
        self.Ref is string s && chars.Ref is string c ? PyValue.FromString(StrOps.Strip(s, c, false, true)) : Slow(self, "rstrip", chars);

    public static PyValue Split(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(StrOps.SplitWhitespace(s, -1)) : Slow(self, "split");

    public static PyValue Split(PyValue self, PyValue sep)
    {
        if (self.Ref is string s)
        {
            if (sep.IsNone)
                return PyValue.FromObject(StrOps.SplitWhitespace(s, -1));
            if (sep.Ref is string sp && sp.Length > 0)
                return PyValue.FromObject(StrOps.Split(s, sp, long.MaxValue));
        }
        return Slow(self, "split", sep);
    }

    public static PyValue Split(PyValue self, PyValue sep, PyValue maxsplit)
    {
        if (self.Ref is string s && maxsplit.IsInt)
        {
            long max = maxsplit.Bits < 0 ? long.MaxValue : maxsplit.Bits;
            if (sep.IsNone)
                return PyValue.FromObject(StrOps.SplitWhitespace(s, max));
            if (sep.Ref is string sp && sp.Length > 0)
                return PyValue.FromObject(StrOps.Split(s, sp, max));
        }
        return Slow(self, "split", sep, maxsplit);
    }

    public static PyValue SplitLines(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(StrOps.SplitLines(s, false)) : Slow(self, "splitlines");

    /// <summary><c>for w in s.split()</c>: the words one at a time when <paramref name="self"/> is a str (the list would never be seen).</summary>
    public static PyValue SplitIter(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(new StrOps.WhitespaceSplitIterator(s)) : Slow(self, "split");

    /// <summary><c>for line in s.splitlines()</c>: the lines one at a time when <paramref name="self"/> is a str.</summary>
    public static PyValue SplitLinesIter(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(new StrOps.LineSplitIterator(s, false)) : Slow(self, "splitlines");

    public static PyValue Join(PyValue self, PyValue items) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Join(s, items)) : Slow(self, "join", items);

    public static PyValue StartsWith(PyValue self, PyValue prefix) =>
        self.Ref is string s && prefix.Ref is string p
            ? PyValue.FromBool(s.StartsWith(p, StringComparison.Ordinal))
            : Slow(self, "startswith", prefix);

    public static PyValue EndsWith(PyValue self, PyValue suffix) =>
        self.Ref is string s && suffix.Ref is string p
            ? PyValue.FromBool(s.EndsWith(p, StringComparison.Ordinal))
            : Slow(self, "endswith", suffix);

    public static PyValue Replace(PyValue self, PyValue old, PyValue @new) =>
        self.Ref is string s && old.Ref is string o && @new.Ref is string n
            ? PyValue.FromString(StrOps.Replace(s, o, n, -1))
            : Slow(self, "replace", old, @new);

    public static PyValue Find(PyValue self, PyValue sub)
    {
        if (self.Ref is string s && sub.Ref is string p)
        {
            int r = s.IndexOf(p, StringComparison.Ordinal);
            // The index is in code points: exact as is when nothing before it is a surrogate.
            if (r <= 0 || s.AsSpan(0, r).IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
                return PyValue.FromInt(r);
        }
        return Slow(self, "find", sub);
    }

    public static PyValue Count(PyValue self, PyValue x)
    {
        switch (self.Ref)
        {
            case string s when x.Ref is string p && p.Length > 0:
                return PyValue.FromInt(StrOps.Count(s, p, 0, s.Length));
            case PyList list:
                return PyValue.FromInt(SequenceOps.Count(list.AsSpan(), x));
        }
        return Slow(self, "count", x);
    }

    // ---- list -----------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Append(PyValue self, PyValue item)
    {
        if (self.Ref is PyList list)
        {
            list.Append(item);
            return PyValue.None;
        }
        return Slow(self, "append", item);
    }

    public static PyValue Extend(PyValue self, PyValue items)
    {
        if (self.Ref is PyList list)
        {
            list.Extend(items);
            return PyValue.None;
        }
        return Slow(self, "extend", items);
    }

    public static PyValue Insert(PyValue self, PyValue index, PyValue item)
    {
        if (self.Ref is PyList list && index.IsInt)
        {
            list.Insert(index.Bits, item);
            return PyValue.None;
        }
        return Slow(self, "insert", index, item);
    }

    public static PyValue Pop(PyValue self)
    {
        switch (self.Ref)
        {
            case PyList list:
                return list.Pop();
            case PySet set when !set.IsFrozen:
                return set.Pop();
        }
        return Slow(self, "pop");
    }

    public static PyValue Pop(PyValue self, PyValue arg)
    {
        switch (self.Ref)
        {
            case PyList list when arg.IsInt:
                return list.Pop(arg.Bits);
            case PyDict dict:
                if (dict.Remove(arg, out var v))
                    return v;
                throw PyException.KeyError(arg);
        }
        return Slow(self, "pop", arg);
    }

    public static PyValue Pop(PyValue self, PyValue key, PyValue fallback)
    {
        if (self.Ref is PyDict dict)
            return dict.Remove(key, out var v) ? v : fallback;
        return Slow(self, "pop", key, fallback);
    }

    // ---- dict -----------------------------------------------------------------------------------------------

    public static PyValue Get(PyValue self, PyValue key)
    {
        if (self.Ref is PyDict dict)
            return dict.TryGetValue(key, out var v) ? v : PyValue.None;
        return Slow(self, "get", key);
    }

    public static PyValue Get(PyValue self, PyValue key, PyValue fallback)
    {
        if (self.Ref is PyDict dict)
            return dict.TryGetValue(key, out var v) ? v : fallback;
        return Slow(self, "get", key, fallback);
    }

    public static PyValue Items(PyValue self) =>
        self.Ref is PyDict dict ? PyValue.FromObject(new PyDictView(dict, DictViewKind.Items)) : Slow(self, "items");

    public static PyValue Keys(PyValue self) =>
        self.Ref is PyDict dict ? PyValue.FromObject(new PyDictView(dict, DictViewKind.Keys)) : Slow(self, "keys");

    public static PyValue Values(PyValue self) =>
        self.Ref is PyDict dict ? PyValue.FromObject(new PyDictView(dict, DictViewKind.Values)) : Slow(self, "values");

    public static PyValue SetDefault(PyValue self, PyValue key, PyValue fallback)
    {
        if (self.Ref is PyDict dict)
        {
            if (dict.TryGetValue(key, out var v))
                return v;
            dict.SetItem(key, fallback);
            return fallback;
        }
        return Slow(self, "setdefault", key, fallback);
    }

    // ---- set ------------------------------------------------------------------------------------------------

    public static PyValue Add(PyValue self, PyValue item)
    {
        if (self.Ref is PySet set && !set.IsFrozen)
        {
            set.Add(item);
            return PyValue.None;
        }
        return Slow(self, "add", item);
    }

    public static PyValue Discard(PyValue self, PyValue item)
    {
        if (self.Ref is PySet set && !set.IsFrozen)
        {
            set.Discard(item);
            return PyValue.None;
        }
        return Slow(self, "discard", item);
    }
}
