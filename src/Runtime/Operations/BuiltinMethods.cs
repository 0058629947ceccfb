using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Guarded direct calls of the common methods of the built-in str, list, dict and set: <c>x.lower()</c> is lowered
/// to <c>BuiltinMethods.Lower(x)</c>, which runs the method directly when <c>x</c> is a str (an exact built-in:
/// the runtime types are sealed and their methods cannot be replaced or shadowed by instance attributes) and the
/// arguments are of the usual types; anything else (a user class with a method of that name, an unusual argument,
/// a wrong argument type that must raise) goes to the generic method call (through <see cref="AttrSites"/>, as any
/// compiled method call), so results and errors are exactly those of the generic path.
/// </summary>
public static class BuiltinMethods
{
    // The generic call, through the method-call cache a compiled `obj.name(...)` uses: a user class's method of the
    // same name (`node.find(x)`) is called as fast as any other method of it.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Slow(PyValue self, AttrSite site) => AttrSites.Call0(self, site);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Slow(PyValue self, AttrSite site, PyValue a) => AttrSites.Call1(self, site, a);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue Slow(PyValue self, AttrSite site, PyValue a, PyValue b) => AttrSites.Call2(self, site, a, b);

    /// <summary>The call sites of the methods' generic calls, one per name.</summary>
    private static class Sites
    {
        public static readonly AttrSite Add = new("add");
        public static readonly AttrSite Append = new("append");
        public static readonly AttrSite Capitalize = new("capitalize");
        public static readonly AttrSite Count = new("count");
        public static readonly AttrSite Discard = new("discard");
        public static readonly AttrSite Endswith = new("endswith");
        public static readonly AttrSite Extend = new("extend");
        public static readonly AttrSite Find = new("find");
        public static readonly AttrSite Get = new("get");
        public static readonly AttrSite Insert = new("insert");
        public static readonly AttrSite Items = new("items");
        public static readonly AttrSite Join = new("join");
        public static readonly AttrSite Keys = new("keys");
        public static readonly AttrSite Lower = new("lower");
        public static readonly AttrSite Lstrip = new("lstrip");
        public static readonly AttrSite Pop = new("pop");
        public static readonly AttrSite Replace = new("replace");
        public static readonly AttrSite Rstrip = new("rstrip");
        public static readonly AttrSite SetDefault = new("setdefault");
        public static readonly AttrSite Split = new("split");
        public static readonly AttrSite Splitlines = new("splitlines");
        public static readonly AttrSite Startswith = new("startswith");
        public static readonly AttrSite Strip = new("strip");
        public static readonly AttrSite Upper = new("upper");
        public static readonly AttrSite Values = new("values");
    }

    // ---- str ------------------------------------------------------------------------------------------------

    public static PyValue Lower(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(CaseMapping.Lower(s)) : Slow(self, Sites.Lower);

    public static PyValue Upper(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(CaseMapping.Upper(s)) : Slow(self, Sites.Upper);

    public static PyValue Capitalize(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(CaseMapping.Capitalize(s)) : Slow(self, Sites.Capitalize);

    public static PyValue Strip(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Strip(s, null, true, true)) : Slow(self, Sites.Strip);

    public static PyValue LStrip(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Strip(s, null, true, false)) : Slow(self, Sites.Lstrip);

    public static PyValue RStrip(PyValue self) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Strip(s, null, false, true)) : Slow(self, Sites.Rstrip);

    public static PyValue Strip(PyValue self, PyValue chars) =>
        self.Ref is string s && chars.Ref is string c ? PyValue.FromString(StrOps.Strip(s, c, true, true)) : Slow(self, Sites.Strip, chars);

    public static PyValue LStrip(PyValue self, PyValue chars) =>
        self.Ref is string s && chars.Ref is string c ? PyValue.FromString(StrOps.Strip(s, c, true, false)) : Slow(self, Sites.Lstrip, chars);

    public static PyValue RStrip(PyValue self, PyValue chars) =>
        self.Ref is string s && chars.Ref is string c ? PyValue.FromString(StrOps.Strip(s, c, false, true)) : Slow(self, Sites.Rstrip, chars);

    public static PyValue Split(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(StrOps.SplitWhitespace(s, -1)) : Slow(self, Sites.Split);

    public static PyValue Split(PyValue self, PyValue sep)
    {
        if (self.Ref is string s)
        {
            if (sep.IsNone)
                return PyValue.FromObject(StrOps.SplitWhitespace(s, -1));
            if (sep.Ref is string sp && sp.Length > 0)
                return PyValue.FromObject(StrOps.Split(s, sp, long.MaxValue));
        }
        return Slow(self, Sites.Split, sep);
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
        return Slow(self, Sites.Split, sep, maxsplit);
    }

    public static PyValue SplitLines(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(StrOps.SplitLines(s, false)) : Slow(self, Sites.Splitlines);

    /// <summary><c>for w in s.split()</c>: the words one at a time when <paramref name="self"/> is a str (the list would never be seen).</summary>
    public static PyValue SplitIter(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(new StrOps.WhitespaceSplitIterator(s)) : Slow(self, Sites.Split);

    /// <summary><c>for line in s.splitlines()</c>: the lines one at a time when <paramref name="self"/> is a str.</summary>
    public static PyValue SplitLinesIter(PyValue self) =>
        self.Ref is string s ? PyValue.FromObject(new StrOps.LineSplitIterator(s, false)) : Slow(self, Sites.Splitlines);

    public static PyValue Join(PyValue self, PyValue items) =>
        self.Ref is string s ? PyValue.FromString(StrOps.Join(s, items)) : Slow(self, Sites.Join, items);

    public static PyValue StartsWith(PyValue self, PyValue prefix) =>
        self.Ref is string s && prefix.Ref is string p
            ? PyValue.FromBool(s.StartsWith(p, StringComparison.Ordinal))
            : Slow(self, Sites.Startswith, prefix);

    public static PyValue EndsWith(PyValue self, PyValue suffix) =>
        self.Ref is string s && suffix.Ref is string p
            ? PyValue.FromBool(s.EndsWith(p, StringComparison.Ordinal))
            : Slow(self, Sites.Endswith, suffix);

    public static PyValue Replace(PyValue self, PyValue old, PyValue @new) =>
        self.Ref is string s && old.Ref is string o && @new.Ref is string n
            ? PyValue.FromString(StrOps.Replace(s, o, n, -1))
            : Slow(self, Sites.Replace, old, @new);

    public static PyValue Find(PyValue self, PyValue sub)
    {
        if (self.Ref is string s && sub.Ref is string p)
        {
            int r = s.IndexOf(p, StringComparison.Ordinal);
            // The index is in code points: exact as is when nothing before it is a surrogate.
            if (r <= 0 || s.AsSpan(0, r).IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
                return PyValue.FromInt(r);
        }
        return Slow(self, Sites.Find, sub);
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
        return Slow(self, Sites.Count, x);
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
        return Slow(self, Sites.Append, item);
    }

    public static PyValue Extend(PyValue self, PyValue items)
    {
        if (self.Ref is PyList list)
        {
            list.Extend(items);
            return PyValue.None;
        }
        return Slow(self, Sites.Extend, items);
    }

    public static PyValue Insert(PyValue self, PyValue index, PyValue item)
    {
        if (self.Ref is PyList list && index.IsInt)
        {
            list.Insert(index.Bits, item);
            return PyValue.None;
        }
        return Slow(self, Sites.Insert, index, item);
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
        return Slow(self, Sites.Pop);
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
        return Slow(self, Sites.Pop, arg);
    }

    public static PyValue Pop(PyValue self, PyValue key, PyValue fallback)
    {
        if (self.Ref is PyDict dict)
            return dict.Remove(key, out var v) ? v : fallback;
        return Slow(self, Sites.Pop, key, fallback);
    }

    // ---- dict -----------------------------------------------------------------------------------------------

    public static PyValue Get(PyValue self, PyValue key)
    {
        if (self.Ref is PyDict dict)
            return dict.TryGetValue(key, out var v) ? v : PyValue.None;
        return Slow(self, Sites.Get, key);
    }

    public static PyValue Get(PyValue self, PyValue key, PyValue fallback)
    {
        if (self.Ref is PyDict dict)
            return dict.TryGetValue(key, out var v) ? v : fallback;
        return Slow(self, Sites.Get, key, fallback);
    }

    public static PyValue Items(PyValue self) =>
        self.Ref is PyDict dict ? PyValue.FromObject(new PyDictView(dict, DictViewKind.Items)) : Slow(self, Sites.Items);

    public static PyValue Keys(PyValue self) =>
        self.Ref is PyDict dict ? PyValue.FromObject(new PyDictView(dict, DictViewKind.Keys)) : Slow(self, Sites.Keys);

    public static PyValue Values(PyValue self) =>
        self.Ref is PyDict dict ? PyValue.FromObject(new PyDictView(dict, DictViewKind.Values)) : Slow(self, Sites.Values);

    public static PyValue SetDefault(PyValue self, PyValue key, PyValue fallback)
    {
        if (self.Ref is PyDict dict)
        {
            if (dict.TryGetValue(key, out var v))
                return v;
            dict.SetItem(key, fallback);
            return fallback;
        }
        return Slow(self, Sites.SetDefault, key, fallback);
    }

    // ---- set ------------------------------------------------------------------------------------------------

    public static PyValue Add(PyValue self, PyValue item)
    {
        if (self.Ref is PySet set && !set.IsFrozen)
        {
            set.Add(item);
            return PyValue.None;
        }
        return Slow(self, Sites.Add, item);
    }

    public static PyValue Discard(PyValue self, PyValue item)
    {
        if (self.Ref is PySet set && !set.IsFrozen)
        {
            set.Discard(item);
            return PyValue.None;
        }
        return Slow(self, Sites.Discard, item);
    }
}
