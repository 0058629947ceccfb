using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// What compiled <c>match</c> statements call (CPython's MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / MATCH_CLASS):
/// each test returns false when the pattern does not match, with the values the subpatterns match against.
/// </summary>
public static class MatchRt
{
    /// <summary>A capture: stores the value and succeeds.</summary>
    public static bool Capture(PyValue value, out PyValue into)
    {
        into = value;
        return true;
    }

    /// <summary>
    /// A sequence pattern's subject: list, tuple, range (and their subclasses), never str, bytes or dict. As CPython
    /// does: a list's or tuple's items are read directly; another sequence is iterated when the pattern needs all its
    /// items (no star, or a star that captures), and otherwise (a wildcard star, <c>case a, b, *_:</c>) only the items
    /// the pattern names are read by subscript (from the end by negative index), so a long range is never built.
    /// </summary>
    public static bool Sequence(PyValue subject, int count, bool exact, bool starCaptures, out MatchItems items)
    {
        items = default;
        switch (subject.Ref)
        {
            case PyList l:
                if (exact ? l.Count != count : l.Count < count)
                    return false;
                items = new MatchItems(l.AsSpan().ToArray());
                return true;
            case PyTuple t:
                if (exact ? t.Count != count : t.Count < count)
                    return false;
                items = new MatchItems(t.Items);
                return true;
            case string or PyBytes or PyByteArray or PyDict:
                return false;
        }
        var type = PyOps.TypeOf(subject);
        if (!type.IsSubtypeOf(PyTypes.List) && !type.IsSubtypeOf(PyTypes.Tuple) && !type.IsSubtypeOf(PyTypes.Range) && !type.HasCollectionFlag(PyType.SequenceFlag))
            return false;
        long n = PyOps.Len(subject);
        if (exact ? n != count : n < count)
            return false;
        items = exact || starCaptures ? new MatchItems(PyList.FromIterable(subject).AsSpan().ToArray()) : new MatchItems(subject, n);
        return true;
    }

    /// <summary>The list a star subpattern captures: items[start .. items.Length - after).</summary>
    public static PyValue Star(MatchItems items, int start, int after)
    {
        var list = new PyList();
        for (long i = start; i < items.Length - after; i++)
            list.Append(items[i]);
        return PyValue.FromObject(list);
    }

    /// <summary>A mapping pattern: the subject is a dict (or subclass) and has every key; the values in key order.</summary>
    public static bool Mapping(PyValue subject, ReadOnlySpan<PyValue> keys, out PyValue[] values)
    {
        values = Array.Empty<PyValue>();
        if (subject.Ref is not PyDict d)
        {
            if (!PyOps.TypeOf(subject).IsSubtypeOf(PyTypes.Dict) && !PyOps.TypeOf(subject).HasCollectionFlag(PyType.MappingFlag))
                return false;
            var result = new PyValue[keys.Length];
            var dummy = PyValue.FromObject(new PyInstance(PyTypes.Object));
            for (int i = 0; i < keys.Length; i++)
            {
                var v = PyOps.CallMethod(subject, "get", new[] { keys[i], dummy }, null);
                if (ReferenceEquals(v.Ref, dummy.Ref))
                    return false;
                result[i] = v;
            }
            values = result;
            return true;
        }
        if (d.Count < keys.Length)
            return false;
        var vals = new PyValue[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (PyOps.EqBool(keys[i], keys[j]))
                    throw PyException.ValueError($"mapping pattern checks duplicate key ({PyOps.Repr(keys[i])})");
            }
            if (!d.TryGetValue(keys[i], out vals[i]))
                return false;
        }
        values = vals;
        return true;
    }

    /// <summary>The dict a <c>**rest</c> captures: a copy of the subject without the pattern's keys.</summary>
    public static PyValue Rest(PyValue subject, ReadOnlySpan<PyValue> keys)
    {
        var copy = new PyDict();
        var it = PyOps.GetIter(subject);
        while (it.MoveNext(out var k))
            copy.SetItem(k, PyOps.GetItem(subject, k));
        foreach (var k in keys)
            copy.Remove(k, out _);
        return PyValue.FromObject(copy);
    }

    private static bool MatchesSelf(PyType t) =>
        t == PyTypes.Bool || t == PyTypes.Int || t == PyTypes.Float || t == PyTypes.Str || t == PyTypes.Bytes ||
        t == PyTypes.List || t == PyTypes.Tuple || t == PyTypes.Dict || t == PyTypes.Set || t == PyTypes.FrozenSet ||
        t == PyTypes.ByteArray;

    /// <summary>
    /// A class pattern <c>cls(p0, p1, k=p2)</c>: isinstance(subject, cls), then the attributes its positional
    /// subpatterns name (<c>__match_args__</c>; a built-in type's single positional subpattern matches the subject
    /// itself) followed by the keyword attributes; false when an attribute is missing.
    /// </summary>
    public static bool Class(PyValue subject, PyValue cls, int positional, string[] keywords, out PyValue[] values)
    {
        values = Array.Empty<PyValue>();
        if (cls.Ref is not PyType type)
            throw PyException.TypeError("called match pattern must be a class");
        if (!PyOps.IsInstance(subject, cls))
            return false;
        var result = new PyValue[positional + keywords.Length];
        var seen = new List<string>();
        if (positional > 0)
        {
            if (type.TryLookup("__match_args__", out var matchArgs))
            {
                if (matchArgs.Ref is not PyTuple names)
                    throw PyException.TypeError($"{type.Name}.__match_args__ must be a tuple (got {PyOps.TypeName(matchArgs)})");
                if (positional > names.Count)
                    throw PyException.TypeError($"{type.Name}() accepts {names.Count} positional sub-pattern{(names.Count == 1 ? "" : "s")} ({positional} given)");
                for (int i = 0; i < positional; i++)
                {
                    if (names[i].Ref is not string name)
                        throw PyException.TypeError($"__match_args__ elements must be strings (got {PyOps.TypeName(names[i])})");
                    if (seen.Contains(name))
                        throw PyException.TypeError($"{type.Name}() got multiple sub-patterns for attribute {PyOps.Repr(PyValue.FromString(name))}");
                    seen.Add(name);
                    if (!PyOps.TryGetAttr(subject, name, out result[i]))
                        return false;
                }
            }
            else if (IsSelfMatching(type))
            {
                if (positional > 1)
                    throw PyException.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({positional} given)");
                result[0] = subject;
            }
            else
            {
                throw PyException.TypeError($"{type.Name}() accepts 0 positional sub-patterns ({positional} given)");
            }
        }
        for (int i = 0; i < keywords.Length; i++)
        {
            if (seen.Contains(keywords[i]))
                throw PyException.TypeError($"{type.Name}() got multiple sub-patterns for attribute {PyOps.Repr(PyValue.FromString(keywords[i]))}");
            seen.Add(keywords[i]);
            if (!PyOps.TryGetAttr(subject, keywords[i], out result[positional + i]))
                return false;
        }
        values = result;
        return true;
    }

    private static bool IsSelfMatching(PyType type)
    {
        for (var t = type; t is not null; t = t.Base)
        {
            if (MatchesSelf(t))
                return true;
        }
        return false;
    }
}

/// <summary>The items a sequence pattern matches against: an array read once, or the subject read by subscript.</summary>
public readonly struct MatchItems
{
    private readonly PyValue[]? _array;
    private readonly PyValue _subject;

    public MatchItems(PyValue[] array)
    {
        _array = array;
        _subject = default;
        Length = array.Length;
    }

    public MatchItems(PyValue subject, long length)
    {
        _array = null;
        _subject = subject;
        Length = length;
    }

    public long Length { get; }

    /// <summary>The item at a position counted from the start.</summary>
    public PyValue this[long index] => _array is not null ? _array[index] : PyOps.GetItem(_subject, PyValue.FromInt(index));

    /// <summary>The item <paramref name="k"/> places from the end (subject[-k]).</summary>
    public PyValue FromEnd(int k) => _array is not null ? _array[_array.Length - k] : PyOps.GetItem(_subject, PyValue.FromInt(-k));
}
