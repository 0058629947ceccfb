using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>The str-like methods of bytes: split, strip, join, upper/lower, replace (ASCII semantics, as CPython's).</summary>
public sealed partial class PyBytes
{
    private static bool IsTextMethod(string name) =>
        name is "split" or "strip" or "lstrip" or "rstrip" or "join" or "upper" or "lower" or "replace";

    /// <summary>bytes.isspace's set: space, \t, \n, \r, \x0b, \x0c.</summary>
    private static bool IsAsciiSpace(byte b) => b == ' ' || (b >= 9 && b <= 13);

    private PyValue CallTextMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        switch (name)
        {
            case "split":
            {
                ArgCheck.OnlyKeywords("split", kwNames, "sep", "maxsplit");
                var pos = ArgCheck.Positional(args, kwNames);
                if (pos.Length > 2)
                    throw PyException.TypeError($"split() takes at most 2 arguments ({pos.Length} given)");
                var sep = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kwNames, "sep", out var sv) ? sv : PyValue.None;
                var max = pos.Length > 1 ? pos[1] : ArgCheck.TryGetKeyword(args, kwNames, "maxsplit", out var mv) ? mv : PyValue.FromInt(-1);
                long maxsplit = PyOps.ToIndex(max);
                if (maxsplit < 0)
                    maxsplit = long.MaxValue;
                return PyValue.FromObject(sep.IsNone ? SplitWhitespace(maxsplit) : SplitOn(BytesArg(sep), maxsplit));
            }
            case "strip":
            case "lstrip":
            case "rstrip":
            {
                ArgCheck.Range(name, args, kwNames, 0, 1);
                byte[]? chars = args.Length == 0 || args[0].IsNone ? null : BytesArg(args[0]);
                int start = 0, end = _data.Length;
                if (name != "rstrip")
                    while (start < end && (chars is null ? IsAsciiSpace(_data[start]) : Array.IndexOf(chars, _data[start]) >= 0))
                        start++;
                if (name != "lstrip")
                    while (end > start && (chars is null ? IsAsciiSpace(_data[end - 1]) : Array.IndexOf(chars, _data[end - 1]) >= 0))
                        end--;
                return PyValue.FromObject(new PyBytes(_data.AsSpan(start, end - start).ToArray()));
            }
            case "join":
            {
                ArgCheck.Range("join", args, kwNames, 1, 1);
                var items = PyList.FromIterable(args[0]);
                var parts = new List<byte>();
                for (int i = 0; i < items.Count; i++)
                {
                    if (items[i].Ref is not PyBytes b)
                        throw PyException.TypeError($"sequence item {i}: expected a bytes-like object, {PyOps.TypeName(items[i])} found");
                    if (i > 0)
                        parts.AddRange(_data);
                    parts.AddRange(b._data);
                }
                return PyValue.FromObject(new PyBytes(parts.ToArray()));
            }
            case "upper":
            case "lower":
            {
                ArgCheck.None(name, args, kwNames);
                var r = (byte[])_data.Clone();
                for (int i = 0; i < r.Length; i++)
                {
                    if (name == "upper" && r[i] >= 'a' && r[i] <= 'z')
                        r[i] -= 32;
                    else if (name == "lower" && r[i] >= 'A' && r[i] <= 'Z')
                        r[i] += 32;
                }
                return PyValue.FromObject(new PyBytes(r));
            }
            default: // replace
            {
                ArgCheck.Range("replace", args, kwNames, 2, 3);
                byte[] old = BytesArg(args[0]), @new = BytesArg(args[1]);
                long count = args.Length > 2 ? PyOps.ToIndex(args[2]) : -1;
                if (count < 0)
                    count = long.MaxValue;
                var r = new List<byte>(_data.Length);
                int i = 0;
                long done = 0;
                while (i <= _data.Length)
                {
                    int at = done < count ? IndexOfFrom(old, i) : -1;
                    if (at < 0)
                    {
                        r.AddRange(_data.AsSpan(i).ToArray());
                        break;
                    }
                    r.AddRange(_data.AsSpan(i, at - i).ToArray());
                    r.AddRange(@new);
                    done++;
                    if (old.Length == 0)
                    {
                        if (at < _data.Length)
                            r.Add(_data[at]);
                        i = at + 1;
                        if (i > _data.Length)
                            break;
                    }
                    else
                    {
                        i = at + old.Length;
                    }
                }
                return PyValue.FromObject(new PyBytes(r.ToArray()));
            }
        }
    }

    private int IndexOfFrom(byte[] sub, int from)
    {
        if (from > _data.Length)
            return -1;
        int at = _data.AsSpan(from).IndexOf(sub);
        return at < 0 ? -1 : from + at;
    }

    private static byte[] BytesArg(PyValue v) =>
        v.Ref is PyBytes b ? b._data : throw PyException.TypeError($"a bytes-like object is required, not '{PyOps.TypeName(v)}'");

    private PyList SplitWhitespace(long maxsplit)
    {
        var list = new PyList();
        int i = 0, n = _data.Length;
        while (true)
        {
            while (i < n && IsAsciiSpace(_data[i]))
                i++;
            if (i >= n)
                break;
            if (maxsplit-- == 0)
            {
                // The last piece keeps its trailing whitespace, as in CPython.
                list.Append(PyValue.FromObject(new PyBytes(_data.AsSpan(i).ToArray())));
                break;
            }
            int j = i;
            while (j < n && !IsAsciiSpace(_data[j]))
                j++;
            list.Append(PyValue.FromObject(new PyBytes(_data.AsSpan(i, j - i).ToArray())));
            i = j;
        }
        return list;
    }

    private PyList SplitOn(byte[] sep, long maxsplit)
    {
        if (sep.Length == 0)
            throw PyException.ValueError("empty separator");
        var list = new PyList();
        int i = 0;
        while (maxsplit-- > 0 && IndexOfFrom(sep, i) is int at && at >= 0)
        {
            list.Append(PyValue.FromObject(new PyBytes(_data.AsSpan(i, at - i).ToArray())));
            i = at + sep.Length;
        }
        list.Append(PyValue.FromObject(new PyBytes(_data.AsSpan(i).ToArray())));
        return list;
    }
}
