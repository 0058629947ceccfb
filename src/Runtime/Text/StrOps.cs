using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>str operations and methods.</summary>
public static class StrOps
{
    /// <summary>Code-point order (UTF-16 ordinal order differs only around surrogates).</summary>
    public static int Compare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x != y)
            {
                // Surrogates (U+D800..DFFF) encode code points above every BMP char.
                bool sx = char.IsSurrogate(x), sy = char.IsSurrogate(y);
                if (sx != sy)
                    return sx ? 1 : -1;
                return x < y ? -1 : 1;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    public static string Repeat(string s, long n)
    {
        if (n <= 0 || s.Length == 0)
            return "";
        if (n == 1)
            return s;
        if (s.Length * n > int.MaxValue)
            throw PyException.OverflowError("repeated string is too long");
        if (s.Length == 1)
            return new string(s[0], (int)n);
        var sb = new StringBuilder(s.Length * (int)n);
        for (long i = 0; i < n; i++)
            sb.Append(s);
        return sb.ToString();
    }

    public static PyValue GetItem(string s, PyValue key)
    {
        if (CodePoints.HasSurrogates(s))
            return GetItemCodePoints(s, key);
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(s.Length, out long start, out _, out long step);
            if (step == 1)
                return PyValue.FromString(n == s.Length ? s : s.Substring((int)start, (int)n));
            var sb = new StringBuilder((int)n);
            for (long i = 0, j = start; i < n; i++, j += step)
                sb.Append(s[(int)j]);
            return PyValue.FromString(sb.ToString());
        }
        int idx = SequenceOps.NormalizeIndex(key, s.Length, "string");
        if (idx < 0)
            throw PyException.IndexError("string index out of range");
        return PyValue.FromString(StrCache.Char(s[idx]));
    }

    private static PyValue GetItemCodePoints(string s, PyValue key)
    {
        var offsets = CodePoints.Offsets(s);
        int len = offsets.Length - 1;
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(len, out long start, out _, out long step);
            var sb = new StringBuilder();
            for (long i = 0, j = start; i < n; i++, j += step)
                sb.Append(CodePoints.At(s, offsets, (int)j));
            return PyValue.FromString(sb.ToString());
        }
        int idx = SequenceOps.NormalizeIndex(key, len, "string");
        if (idx < 0)
            throw PyException.IndexError("string index out of range");
        return PyValue.FromString(CodePoints.At(s, offsets, idx));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c == ' ' || (c <= '\x1f' ? c >= '\t' && (c <= '\r' || c >= '\x1c') : c >= '\x85' && char.IsWhiteSpace(c));

    private static readonly HashSet<string> Methods = new()
    {
        "join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex", "count",
        "startswith", "endswith", "upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isalpha",
        "isalnum", "isspace", "isupper", "islower", "isnumeric", "isdecimal", "isidentifier", "istitle", "isascii",
        "isprintable", "zfill", "center", "ljust", "rjust", "format", "format_map", "partition", "rpartition",
        "splitlines", "expandtabs", "removeprefix", "removesuffix", "encode", "translate", "maketrans", "__len__",
        "__contains__", "__getitem__",
    };

    public static bool IsMethod(string name) => Methods.Contains(name);

    private static string ArgStr(PyValue v, string fname, int argNo = 1)
    {
        if (v.Ref is string s)
            return s;
        throw PyException.TypeError($"{fname}() argument {argNo} must be str, not {PyOps.TypeName(v)}");
    }

    private static string? OptChars(ReadOnlySpan<PyValue> args, string fname)
    {
        if (args.Length == 0 || args[0].IsNone)
            return null;
        if (args[0].Ref is string s)
            return s;
        throw PyException.TypeError($"{fname} arg must be None or str");
    }

    /// <summary>Slice bounds of the optional start/end arguments of find, count, startswith...</summary>
    private static void Bounds(string s, ReadOnlySpan<PyValue> args, int first, out int start, out int end)
    {
        long st = args.Length > first && !args[first].IsNone ? PyOps.ToIndexClamped(args[first]) : 0;
        long en = args.Length > first + 1 && !args[first + 1].IsNone ? PyOps.ToIndexClamped(args[first + 1]) : long.MaxValue;
        long len = s.Length;
        if (en > len)
            en = len;
        else if (en < 0)
        {
            en += len;
            if (en < 0)
                en = 0;
        }
        if (st < 0)
        {
            st += len;
            if (st < 0)
                st = 0;
        }
        start = (int)Math.Min(st, int.MaxValue);
        end = (int)en;
    }

    /// <summary>start/end given in code points, returned as UTF-16 offsets.</summary>
    private static void BoundsCodePoints(int[] offsets, ReadOnlySpan<PyValue> args, int first, out int start, out int end)
    {
        int len = offsets.Length - 1;
        long st = args.Length > first && !args[first].IsNone ? PyOps.ToIndexClamped(args[first]) : 0;
        long en = args.Length > first + 1 && !args[first + 1].IsNone ? PyOps.ToIndexClamped(args[first + 1]) : long.MaxValue;
        if (en > len)
            en = len;
        else if (en < 0)
            en = Math.Max(0, en + len);
        if (st < 0)
            st = Math.Max(0, st + len);
        start = st > len ? offsets[len] + 1 : offsets[st];
        end = offsets[en];
    }

    public static int Find(string s, string sub, int start, int end, bool reverse)
    {
        if (start > s.Length || end < start || end - start < sub.Length)
            return -1;
        if (sub.Length == 0)
            return reverse ? end : start;
        var span = s.AsSpan(start, end - start);
        int r = reverse ? span.LastIndexOf(sub.AsSpan(), StringComparison.Ordinal) : span.IndexOf(sub.AsSpan(), StringComparison.Ordinal);
        return r < 0 ? -1 : r + start;
    }

    public static long Count(string s, string sub, int start, int end)
    {
        if (start > s.Length || end < start)
            return 0;
        if (sub.Length == 0)
            return end - start + 1;
        long n = 0;
        var span = s.AsSpan(start, end - start);
        while (true)
        {
            int i = span.IndexOf(sub.AsSpan(), StringComparison.Ordinal);
            if (i < 0)
                return n;
            n++;
            span = span.Slice(i + sub.Length);
        }
    }

    public static bool TryCallMethod(string s, string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = default;
        switch (name)
        {
            case "join":
                ArgCheck.ExactlyOne("str.join", args, kwNames);
                result = PyValue.FromString(Join(s, args[0]));
                return true;
            case "split":
            case "rsplit":
            {
                ArgCheck.OnlyKeywords(name, kwNames, "sep", "maxsplit");
                var pos = ArgCheck.Positional(args, kwNames);
                if (pos.Length > 2)
                    throw PyException.TypeError($"{name}() takes at most 2 arguments ({pos.Length} given)");
                PyValue sep = pos.Length > 0 ? pos[0] : PyValue.None, max = pos.Length > 1 ? pos[1] : PyValue.FromInt(-1);
                if (ArgCheck.TryGetKeyword(args, kwNames, "sep", out var ks))
                    sep = ks;
                if (ArgCheck.TryGetKeyword(args, kwNames, "maxsplit", out var km))
                    max = km;
                long maxsplit = PyOps.ToIndex(max);
                if (maxsplit < 0)
                    maxsplit = long.MaxValue;
                PyList list;
                if (sep.IsNone)
                    list = name == "split" ? SplitWhitespace(s, maxsplit) : RSplitWhitespace(s, maxsplit);
                else
                {
                    string sp = sep.Ref as string ?? throw PyException.TypeError($"must be str or None, not {PyOps.TypeName(sep)}");
                    if (sp.Length == 0)
                        throw PyException.ValueError("empty separator");
                    list = name == "split" ? Split(s, sp, maxsplit) : RSplit(s, sp, maxsplit);
                }
                result = PyValue.FromObject(list);
                return true;
            }
            case "strip":
            case "lstrip":
            case "rstrip":
            {
                ArgCheck.Range(name, args, kwNames, 0, 1);
                string? chars = OptChars(args, name);
                result = PyValue.FromString(Strip(s, chars, name != "rstrip", name != "lstrip"));
                return true;
            }
            case "replace":
            {
                ArgCheck.Range("replace", args, kwNames, 2, 3);
                string old = ArgStr(args[0], "replace", 1), @new = ArgStr(args[1], "replace", 2);
                long count = args.Length > 2 ? PyOps.ToIndex(args[2]) : -1;
                result = PyValue.FromString(Replace(s, old, @new, count));
                return true;
            }
            case "find":
            case "rfind":
            case "index":
            case "rindex":
            {
                ArgCheck.ParseTuple("str", name, args, kwNames, 1, 3);
                string sub = args[0].Ref as string ?? throw PyException.TypeError($"must be str, not {PyOps.TypeName(args[0])}");
                int r;
                if (CodePoints.HasSurrogates(s))
                {
                    var offsets = CodePoints.Offsets(s);
                    BoundsCodePoints(offsets, args, 1, out int cs, out int ce);
                    r = Find(s, sub, cs, ce, name[0] == 'r');
                    if (r >= 0)
                        r = CodePoints.ToCodePointIndex(s, r);
                }
                else
                {
                    Bounds(s, args, 1, out int start, out int end);
                    r = Find(s, sub, start, end, name[0] == 'r');
                }
                if (r < 0 && name.EndsWith("index", StringComparison.Ordinal))
                    throw PyException.ValueError("substring not found");
                result = PyValue.FromInt(r);
                return true;
            }
            case "count":
            {
                ArgCheck.ParseTuple("str", "count", args, kwNames, 1, 3);
                string sub = args[0].Ref as string ?? throw PyException.TypeError($"must be str, not {PyOps.TypeName(args[0])}");
                Bounds(s, args, 1, out int start, out int end);
                result = PyValue.FromInt(Count(s, sub, start, end));
                return true;
            }
            case "startswith":
            case "endswith":
            {
                ArgCheck.ParseTuple("str", name, args, kwNames, 1, 3);
                Bounds(s, args, 1, out int start, out int end);
                result = PyValue.FromBool(StartsEnds(s, args[0], start, end, name == "startswith"));
                return true;
            }
            case "upper":
                ArgCheck.None("str.upper", args, kwNames);
                result = PyValue.FromString(CaseMapping.Upper(s));
                return true;
            case "lower":
                ArgCheck.None("str.lower", args, kwNames);
                result = PyValue.FromString(CaseMapping.Lower(s));
                return true;
            case "casefold":
                ArgCheck.None("str.casefold", args, kwNames);
                result = PyValue.FromString(CaseMapping.CaseFold(s));
                return true;
            case "translate":
                ArgCheck.ExactlyOne("str.translate", args, kwNames);
                result = PyValue.FromString(StrTranslate.Translate(s, args[0]));
                return true;
            case "maketrans":
                result = StrTranslate.MakeTrans(args, kwNames);
                return true;
            case "swapcase":
                ArgCheck.None("str.swapcase", args, kwNames);
                result = PyValue.FromString(CaseMapping.SwapCase(s));
                return true;
            case "title":
                ArgCheck.None("str.title", args, kwNames);
                result = PyValue.FromString(Title(s));
                return true;
            case "capitalize":
                ArgCheck.None("str.capitalize", args, kwNames);
                result = PyValue.FromString(CaseMapping.Capitalize(s));
                return true;
            case "isdigit":
            case "isnumeric":
            case "isdecimal":
            case "isalpha":
            case "isalnum":
            case "isspace":
            case "isascii":
            case "isprintable":
                ArgCheck.None("str." + name, args, kwNames);
                result = PyValue.FromBool(CharClass(s, name));
                return true;
            case "isupper":
            case "islower":
            {
                ArgCheck.None("str." + name, args, kwNames);
                bool cased = false, ok = true;
                foreach (char c in s)
                {
                    if (char.IsUpper(c) || char.IsLower(c))
                    {
                        cased = true;
                        if (name == "isupper" ? char.IsLower(c) : char.IsUpper(c))
                            ok = false;
                    }
                }
                result = PyValue.FromBool(cased && ok);
                return true;
            }
            case "istitle":
                ArgCheck.None("str.istitle", args, kwNames);
                result = PyValue.FromBool(s.Length > 0 && Title(s) == s && (s.ToLowerInvariant() != s || s.ToUpperInvariant() != s));
                return true;
            case "isidentifier":
                ArgCheck.None("str.isidentifier", args, kwNames);
                result = PyValue.FromBool(IsIdentifier(s));
                return true;
            case "zfill":
            {
                ArgCheck.ExactlyOne("str.zfill", args, kwNames);
                long width = PyOps.ToIndex(args[0]);
                result = PyValue.FromString(ZFill(s, width));
                return true;
            }
            case "center":
            case "ljust":
            case "rjust":
            {
                ArgCheck.Range(name, args, kwNames, 1, 2);
                long width = PyOps.ToIndex(args[0]);
                char fill = ' ';
                if (args.Length > 1)
                {
                    if (args[1].Ref is not string f)
                        throw PyException.TypeError($"{name}() argument 2 must be a unicode character, not {PyOps.TypeName(args[1])}");
                    if (f.Length != 1)
                        throw PyException.TypeError("The fill character must be exactly one character long");
                    fill = f[0];
                }
                result = PyValue.FromString(Pad(s, width, fill, name));
                return true;
            }
            case "partition":
            case "rpartition":
            {
                ArgCheck.ExactlyOne("str." + name, args, kwNames);
                string sep = args[0].Ref as string ?? throw PyException.TypeError($"must be str, not {PyOps.TypeName(args[0])}");
                if (sep.Length == 0)
                    throw PyException.ValueError("empty separator");
                int i = name == "partition" ? s.IndexOf(sep, StringComparison.Ordinal) : s.LastIndexOf(sep, StringComparison.Ordinal);
                PyValue[] parts = i < 0
                    ? (name == "partition"
                        ? new[] { PyValue.FromString(s), PyValue.FromString(""), PyValue.FromString("") }
                        : new[] { PyValue.FromString(""), PyValue.FromString(""), PyValue.FromString(s) })
                    : new[] { PyValue.FromString(s.Substring(0, i)), PyValue.FromString(sep), PyValue.FromString(s.Substring(i + sep.Length)) };
                result = PyValue.FromObject(new PyTuple(parts));
                return true;
            }
            case "splitlines":
            {
                ArgCheck.OnlyKeywords("splitlines", kwNames, "keepends");
                var pos = ArgCheck.Positional(args, kwNames);
                bool keep = pos.Length > 0 ? PyOps.IsTrue(pos[0]) : ArgCheck.TryGetKeyword(args, kwNames, "keepends", out var ke) && PyOps.IsTrue(ke);
                result = PyValue.FromObject(SplitLines(s, keep));
                return true;
            }
            case "expandtabs":
            {
                long tab = args.Length > 0 ? PyOps.ToIndex(args[0]) : 8;
                var sb = new StringBuilder();
                int col = 0;
                foreach (char c in s)
                {
                    if (c == '\t')
                    {
                        if (tab > 0)
                        {
                            int n = (int)(tab - col % tab);
                            sb.Append(' ', n);
                            col += n;
                        }
                    }
                    else
                    {
                        sb.Append(c);
                        col = c is '\n' or '\r' ? 0 : col + 1;
                    }
                }
                result = PyValue.FromString(sb.ToString());
                return true;
            }
            case "removeprefix":
            {
                ArgCheck.ExactlyOne("str.removeprefix", args, kwNames);
                string p = ArgStr(args[0], "removeprefix");
                result = PyValue.FromString(s.StartsWith(p, StringComparison.Ordinal) ? s.Substring(p.Length) : s);
                return true;
            }
            case "removesuffix":
            {
                ArgCheck.ExactlyOne("str.removesuffix", args, kwNames);
                string p = ArgStr(args[0], "removesuffix");
                result = PyValue.FromString(p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? s.Substring(0, s.Length - p.Length) : s);
                return true;
            }
            case "encode":
            {
                ArgCheck.OnlyKeywords("encode", kwNames, "encoding", "errors");
                var pos = ArgCheck.Positional(args, kwNames);
                var enc = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kwNames, "encoding", out var e) ? e : PyValue.FromString("utf-8");
                var errors = pos.Length > 1 ? pos[1] : ArgCheck.TryGetKeyword(args, kwNames, "errors", out var er) ? er : PyValue.FromString("strict");
                if (enc.Ref is not string)
                    throw PyException.TypeError($"encode() argument 'encoding' must be str, not {PyOps.TypeName(enc)}");
                if (errors.Ref is not string)
                    throw PyException.TypeError($"encode() argument 'errors' must be str, not {PyOps.TypeName(errors)}");
                result = PyValue.FromObject(new PyBytes(Codecs.Encode(s, (string)enc.Ref!, errors: (string)errors.Ref!)));
                return true;
            }
            case "format":
                result = PyValue.FromString(StrFormat.Format(s, args, kwNames));
                return true;
            case "format_map":
                ArgCheck.ExactlyOne("str.format_map", args, kwNames);
                result = PyValue.FromString(StrFormat.FormatMap(s, args[0]));
                return true;
            case "__len__":
                ArgCheck.SlotWrapper("__len__", args, kwNames, 0);
                result = PyValue.FromInt(CodePoints.Length(s));
                return true;
            case "__contains__":
                ArgCheck.SlotWrapper("__contains__", args, kwNames, 1);
                result = PyValue.FromBool(PyOps.Contains(PyValue.FromString(s), args[0]));
                return true;
            case "__getitem__":
                ArgCheck.SlotWrapper("__getitem__", args, kwNames, 1);
                result = GetItem(s, args[0]);
                return true;
        }
        return false;
    }

    public static string Join(string sep, PyValue iterable)
    {
        switch (iterable.Ref)
        {
            case PyList list:
                return JoinItems(sep, list.Items, list.Count);
            case PyTuple tuple:
                return JoinItems(sep, tuple.Items, tuple.Count);
        }
        var items = new PyList();
        PyIterator it;
        try
        {
            it = PyOps.GetIter(iterable);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError))
        {
            // CPython's PySequence_Fast: any TypeError from iter() becomes this one.
            throw PyException.TypeError("can only join an iterable");
        }
        while (it.MoveNext(out var item))
            items.Append(item);
        return JoinItems(sep, items.Items, items.Count);
    }

    /// <summary>The first <paramref name="count"/> items (all str, else TypeError) with <paramref name="sep"/> between: one allocation.</summary>
    public static string JoinItems(string sep, PyValue[] items, int count)
    {
        if (count == 0)
            return "";
        long total = (long)sep.Length * (count - 1);
        for (int i = 0; i < count; i++)
        {
            if (items[i].Ref is not string str)
            {
                // A str subclass joins as its str: on a copy of the items (these may be a list's own).
                if (items[i].Ref is PyDerivedInstance { Value.Ref: string })
                    return JoinItems(sep, Array.ConvertAll(items[..count], PyDerivedInstance.Unwrap), count);
                throw PyException.TypeError($"sequence item {i}: expected str instance, {PyOps.TypeName(items[i])} found");
            }
            total += str.Length;
        }
        if (count == 1)
            return (string)items[0].Ref!;
        if (total > int.MaxValue)
            throw PyException.OverflowError("join() result is too long for a Python string");
        return string.Create((int)total, (sep, items, count), static (dest, st) =>
        {
            var (sep, items, count) = st;
            int pos = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    if (sep.Length == 1)
                        dest[pos] = sep[0];
                    else
                        sep.AsSpan().CopyTo(dest.Slice(pos));
                    pos += sep.Length;
                }
                var str = (string)items[i].Ref!;
                if (str.Length <= 8)
                {
                    // Words: a loop beats a call of the general memmove.
                    var d = dest.Slice(pos, str.Length);
                    for (int k = 0; k < d.Length; k++)
                        d[k] = str[k];
                }
                else
                    str.AsSpan().CopyTo(dest.Slice(pos));
                pos += str.Length;
            }
        });
    }

    public static PyList SplitWhitespace(string s, long maxsplit)
    {
        if (maxsplit < 0)
            maxsplit = long.MaxValue;
        // Count the words first, so the list is allocated once at its final size. After maxsplit splits the rest
        // is one item, from its first non-space character to the end (trailing whitespace kept, as in CPython).
        int words = 0, n = s.Length;
        bool rest = false;
        for (int k = 0; ;)
        {
            while (k < n && IsSpace(s[k]))
                k++;
            if (k == n)
                break;
            words++;
            if (maxsplit-- == 0)
            {
                rest = true;
                break;
            }
            while (k < n && !IsSpace(s[k]))
                k++;
        }
        var list = new PyList(words);
        var items = list.Items;
        int i = 0;
        for (int w = 0; w < words; w++)
        {
            while (IsSpace(s[i]))
                i++;
            int j = n;
            if (!rest || w < words - 1)
            {
                j = i;
                while (j < n && !IsSpace(s[j]))
                    j++;
            }
            items[w] = PyValue.FromString(ShortStrings.Substring(s, i, j - i));
            i = j;
        }
        list.SetCount(words);
        return list;
    }

    /// <summary><c>for x in s.split()</c>: the words one at a time (the list is never observable).</summary>
    public sealed class WhitespaceSplitIterator(string s) : PyIterator
    {
        private int _i;

        public override bool MoveNext(out PyValue item)
        {
            int i = _i, n = s.Length;
            while (i < n && IsSpace(s[i]))
                i++;
            if (i == n)
            {
                _i = n;
                item = default;
                return false;
            }
            int j = i;
            while (j < n && !IsSpace(s[j]))
                j++;
            item = PyValue.FromString(ShortStrings.Substring(s, i, j - i));
            _i = j;
            return true;
        }
    }

    /// <summary><c>for x in s.splitlines()</c>: the lines one at a time.</summary>
    public sealed class LineSplitIterator(string s, bool keepends) : PyIterator
    {
        private int _i;

        public override bool MoveNext(out PyValue item)
        {
            int i = _i, n = s.Length;
            if (i >= n)
            {
                item = default;
                return false;
            }
            int j = NextLine(s, i, keepends, out int eol);
            item = PyValue.FromString(i == 0 && eol == n ? s : s.Substring(i, eol - i));
            _i = j;
            return true;
        }
    }

    /// <summary>The line starting at <paramref name="i"/>: returns where the next starts; <paramref name="eol"/> is its end.</summary>
    private static int NextLine(string s, int i, bool keepends, out int eol)
    {
        int n = s.Length;
        int j = i;
        while (j < n)
        {
            char c = s[j];
            // Line breaks are \n \v \f \r \x1c-\x1e \x85 \u2028 \u2029: everything above '\r' and below \x1c skips fast.
            if (c <= '\x1e' ? IsLineBreak(c) : c >= '\x85' && IsLineBreak(c))
                break;
            j++;
        }
        eol = j;
        if (j < n)
        {
            if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n')
                j += 2;
            else
                j++;
            if (keepends)
                eol = j;
        }
        return j;
    }

    public static PyList RSplitWhitespace(string s, long maxsplit)
    {
        var parts = new List<PyValue>();
        int i = s.Length - 1;
        while (true)
        {
            while (i >= 0 && IsSpace(s[i]))
                i--;
            if (i < 0)
                break;
            if (maxsplit-- == 0)
            {
                // The rest keeps its leading whitespace, as CPython's rsplit does.
                parts.Add(PyValue.FromString(s.Substring(0, i + 1)));
                break;
            }
            int j = i;
            while (j >= 0 && !IsSpace(s[j]))
                j--;
            parts.Add(PyValue.FromString(s.Substring(j + 1, i - j)));
            i = j;
        }
        parts.Reverse();
        return new PyList(parts.ToArray());
    }

    public static PyList Split(string s, string sep, long maxsplit)
    {
        var list = new PyList();
        int start = 0;
        while (maxsplit-- > 0)
        {
            int i = s.IndexOf(sep, start, StringComparison.Ordinal);
            if (i < 0)
                break;
            list.Append(PyValue.FromString(ShortStrings.Substring(s, start, i - start)));
            start = i + sep.Length;
        }
        list.Append(PyValue.FromString(ShortStrings.Substring(s, start, s.Length - start)));
        return list;
    }

    public static PyList RSplit(string s, string sep, long maxsplit)
    {
        var parts = new List<PyValue>();
        int end = s.Length;
        while (maxsplit-- > 0 && end >= sep.Length)
        {
            int i = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (i < 0 || i + sep.Length > end)
                break;
            parts.Add(PyValue.FromString(s.Substring(i + sep.Length, end - i - sep.Length)));
            end = i;
        }
        parts.Add(PyValue.FromString(s.Substring(0, end)));
        parts.Reverse();
        return new PyList(parts.ToArray());
    }

    public static PyList SplitLines(string s, bool keepends)
    {
        int lines = 0;
        for (int k = 0; k < s.Length; lines++)
            k = NextLine(s, k, keepends, out _);
        var list = new PyList(lines);
        var items = list.Items;
        int i = 0;
        for (int w = 0; w < lines; w++)
        {
            int j = NextLine(s, i, keepends, out int eol);
            items[w] = PyValue.FromString(i == 0 && eol == s.Length ? s : s.Substring(i, eol - i));
            i = j;
        }
        list.SetCount(lines);
        return list;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public static string Strip(string s, string? chars, bool left, bool right)
    {
        int start = 0, end = s.Length;
        if (left)
        {
            while (start < end && (chars is null ? IsSpace(s[start]) : chars.Contains(s[start])))
                start++;
        }
        if (right)
        {
            while (end > start && (chars is null ? IsSpace(s[end - 1]) : chars.Contains(s[end - 1])))
                end--;
        }
        return start == 0 && end == s.Length ? s : s.Substring(start, end - start);
    }

    public static string Replace(string s, string old, string @new, long count)
    {
        if (count < 0)
        {
            if (old.Length > 0)
                return s.Replace(old, @new, StringComparison.Ordinal);
            count = long.MaxValue;
        }
        if (count == 0)
            return s;
        var sb = new StringBuilder();
        if (old.Length == 0)
        {
            long done = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (done < count)
                {
                    sb.Append(@new);
                    done++;
                }
                sb.Append(s[i]);
            }
            if (done < count)
                sb.Append(@new);
            return sb.ToString();
        }
        int start = 0;
        while (count-- > 0)
        {
            int i = s.IndexOf(old, start, StringComparison.Ordinal);
            if (i < 0)
                break;
            sb.Append(s, start, i - start).Append(@new);
            start = i + old.Length;
        }
        return sb.Append(s, start, s.Length - start).ToString();
    }

    private static bool StartsEnds(string s, PyValue prefix, int start, int end, bool starts)
    {
        if (prefix.Ref is PyTuple t)
        {
            for (int i = 0; i < t.Count; i++)
            {
                if (StartsEnds(s, t[i], start, end, starts))
                    return true;
            }
            return false;
        }
        if (prefix.Ref is not string p)
            throw PyException.TypeError($"{(starts ? "startswith" : "endswith")} first arg must be str or a tuple of str, not {PyOps.TypeName(prefix)}");
        if (start > s.Length)
            return false;
        if (end - start < p.Length)
            return false;
        return starts
            ? s.AsSpan(start, end - start).StartsWith(p.AsSpan(), StringComparison.Ordinal)
            : s.AsSpan(start, end - start).EndsWith(p.AsSpan(), StringComparison.Ordinal);
    }

    public static string Title(string s) => CaseMapping.Title(s);

    private static bool CharClass(string s, string name)
    {
        if (s.Length == 0)
            return name is "isascii" or "isprintable";
        for (int i = 0; i < s.Length; i++)
        {
            // By code point: a surrogate pair is one character (and its own class).
            var r = System.Text.Rune.GetRuneAt(s, i);
            bool ok = name switch
            {
                "isdigit" => System.Text.Rune.IsDigit(r) || CharUnicodeInfo.GetDigitValue(s, i) >= 0,
                "isdecimal" => System.Text.Rune.IsDigit(r),
                "isnumeric" => System.Text.Rune.IsNumber(r) || CharUnicodeInfo.GetNumericValue(s, i) >= 0,
                "isalpha" => System.Text.Rune.IsLetter(r),
                "isalnum" => System.Text.Rune.IsLetterOrDigit(r) || System.Text.Rune.IsNumber(r) || CharUnicodeInfo.GetNumericValue(s, i) >= 0,
                "isspace" => r.Value < 0x10000 && IsSpace((char)r.Value),
                "isascii" => r.Value < 0x80,
                _ => StrRepr.IsPrintable(r.Value),
            };
            if (!ok)
                return false;
            i += r.Utf16SequenceLength - 1;
        }
        return true;
    }

    /// <summary>str.isidentifier(): XID_Start (or '_') then XID_Continue, by CPython 3.12's Unicode tables (the
    /// compiler's own).</summary>
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !PyAot.FrontEnd.Lexing.CharClass.IsIdentifierStart(s, 0))
            return false;
        for (int i = char.IsSurrogatePair(s, 0) ? 2 : 1; i < s.Length; i++)
        {
            if (!PyAot.FrontEnd.Lexing.CharClass.IsIdentifierContinue(s, i))
                return false;
            if (char.IsSurrogatePair(s, i))
                i++;
        }
        return true;
    }

    public static string ZFill(string s, long width)
    {
        int length = CodePoints.Length(s);
        if (width <= length)
            return s;
        int fill = (int)(width - length);
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            return s[0] + new string('0', fill) + s.Substring(1);
        return new string('0', fill) + s;
    }

    public static string Pad(string s, long width, char fill, string how)
    {
        int length = CodePoints.Length(s);
        if (width <= length)
            return s;
        int pad = (int)(width - length);
        switch (how)
        {
            case "ljust":
                return s + new string(fill, pad);
            case "rjust":
                return new string(fill, pad) + s;
            default:
                // CPython's pad(): left = pad/2 + (pad & width & 1).
                int left = pad / 2 + (pad & (int)width & 1);
                return new string(fill, left) + s + new string(fill, pad - left);
        }
    }
}
