using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// The methods bytes and bytearray share (CPython's <c>Objects/bytes_methods.c</c> and the methods both types define
/// alike), written once over the bytes of the object: searching, splitting, stripping, case, padding, translation,
/// hex. Every result that is a byte string is of the object's own type (<c>byteArray</c>: a new bytearray, else
/// bytes), and every byte-string argument may be either (bytes-like). ASCII semantics throughout, as CPython's.
/// </summary>
internal static class BytesMethods
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "decode", "hex", "fromhex", "maketrans", "count", "find", "rfind", "index", "rindex", "startswith", "endswith",
        "join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "partition", "rpartition", "upper", "lower",
        "capitalize", "title", "swapcase", "isalnum", "isalpha", "isdigit", "islower", "isupper", "isspace", "istitle",
        "isascii", "center", "ljust", "rjust", "zfill", "expandtabs", "splitlines", "translate", "removeprefix",
        "removesuffix",
    };

    /// <summary>Whether <paramref name="name"/> is one of the shared methods.</summary>
    public static bool Has(string name) => Names.Contains(name);

    /// <summary>bytes.isspace's set: space, \t, \n, \r, \x0b, \x0c.</summary>
    public static bool IsSpace(byte b) => b == ' ' || (b >= 9 && b <= 13);

    private static bool IsLower(byte b) => b >= 'a' && b <= 'z';

    private static bool IsUpper(byte b) => b >= 'A' && b <= 'Z';

    private static bool IsAlpha(byte b) => IsLower(b) || IsUpper(b);

    private static bool IsDigit(byte b) => b >= '0' && b <= '9';

    private static byte ToUpper(byte b) => IsLower(b) ? (byte)(b - 32) : b;

    private static byte ToLower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;

    /// <summary>Calls the method <paramref name="name"/> (one <see cref="Has"/> knows) of the byte string
    /// <paramref name="self"/>; <paramref name="byteArray"/> says which type it is.</summary>
    public static PyValue Call(ReadOnlySpan<byte> self, bool byteArray, string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        switch (name)
        {
            case "decode":
            {
                if (ArgCheck.Positional(args, kwNames).Length > 2)
                    throw PyException.TypeError($"decode() takes at most 2 arguments ({ArgCheck.Positional(args, kwNames).Length} given)");
                var a = ArgCheck.Bind("decode", args, kwNames, ["encoding", "errors"], 0);
                if (!a[1].IsUnbound && a[1].Ref is not string)
                    throw PyException.TypeError($"decode() argument 'errors' must be str, not {PyOps.TypeName(a[1])}");
                return PyValue.FromString(BytesLike.Decode(self, a[0], a[1].Ref as string ?? "strict"));
            }
            case "hex":
                return PyValue.FromString(Hex(self, args, kwNames));
            case "fromhex":
                ArgCheck.ExactlyOne("fromhex", args, kwNames);
                return FromHex(args[0], byteArray);
            case "maketrans":
                return MakeTrans(args, kwNames);
            case "count":
            case "find":
            case "rfind":
            case "index":
            case "rindex":
                return Search(self, name, args, kwNames);
            case "startswith":
            case "endswith":
                return PyValue.FromBool(TailMatch(self, name, args, kwNames));
            case "join":
                ArgCheck.ExactlyOne("join", args, kwNames);
                return Join(self, byteArray, args[0]);
            case "split":
            case "rsplit":
            {
                if (ArgCheck.Positional(args, kwNames).Length > 2)
                    throw PyException.TypeError($"{name}() takes at most 2 arguments ({ArgCheck.Positional(args, kwNames).Length} given)");
                var a = ArgCheck.Bind(name, args, kwNames, ["sep", "maxsplit"], 0);
                long maxsplit = a[1].IsUnbound ? -1 : PyOps.ToIndex(a[1]);
                if (maxsplit < 0)
                    maxsplit = long.MaxValue;
                var sep = a[0].IsUnbound || a[0].IsNone ? null : BytesLike.Span(a[0]).ToArray();
                return PyValue.FromObject(name == "split" ? Split(self, byteArray, sep, maxsplit) : RSplit(self, byteArray, sep, maxsplit));
            }
            case "strip":
            case "lstrip":
            case "rstrip":
            {
                ArgCheck.Range(name, args, kwNames, 0, 1);
                var chars = args.Length == 0 || args[0].IsNone ? null : BytesLike.Span(args[0]).ToArray();
                int start = 0, end = self.Length;
                if (name != "rstrip")
                    while (start < end && (chars is null ? IsSpace(self[start]) : Array.IndexOf(chars, self[start]) >= 0))
                        start++;
                if (name != "lstrip")
                    while (end > start && (chars is null ? IsSpace(self[end - 1]) : Array.IndexOf(chars, self[end - 1]) >= 0))
                        end--;
                return BytesLike.Make(byteArray, self[start..end]);
            }
            case "replace":
            {
                ArgCheck.Range("replace", args, kwNames, 2, 3);
                long count = args.Length > 2 ? PyOps.ToIndex(args[2]) : -1;
                return BytesLike.Make(byteArray, Replace(self, BytesLike.Span(args[0]), BytesLike.Span(args[1]), count < 0 ? long.MaxValue : count));
            }
            case "partition":
            case "rpartition":
            {
                ArgCheck.ExactlyOne(name, args, kwNames);
                var sep = BytesLike.Span(args[0]);
                if (sep.Length == 0)
                    throw PyException.ValueError("empty separator");
                int at = name == "partition" ? self.IndexOf(sep) : self.LastIndexOf(sep);
                if (at < 0)
                {
                    var empty = BytesLike.Make(byteArray, Array.Empty<byte>());
                    var whole = BytesLike.Make(byteArray, self);
                    return PyValue.FromObject(name == "partition"
                        ? new PyTuple(new[] { whole, empty, BytesLike.Make(byteArray, Array.Empty<byte>()) })
                        : new PyTuple(new[] { empty, BytesLike.Make(byteArray, Array.Empty<byte>()), whole }));
                }
                // (bytes' middle item is the separator object itself, as CPython's stringlib partition gives it)
                return PyValue.FromObject(new PyTuple(new[]
                {
                    BytesLike.Make(byteArray, self[..at]), byteArray ? BytesLike.Make(byteArray, sep) : args[0], BytesLike.Make(byteArray, self[(at + sep.Length)..]),
                }));
            }
            case "upper":
            case "lower":
            case "swapcase":
            case "capitalize":
            case "title":
            {
                ArgCheck.None(name, args, kwNames);
                var r = self.ToArray();
                bool previousCased = false;
                for (int i = 0; i < r.Length; i++)
                {
                    byte b = r[i];
                    r[i] = name switch
                    {
                        "upper" => ToUpper(b),
                        "lower" => ToLower(b),
                        "swapcase" => IsUpper(b) ? ToLower(b) : ToUpper(b),
                        "capitalize" => i == 0 ? ToUpper(b) : ToLower(b),
                        _ => previousCased ? ToLower(b) : ToUpper(b),
                    };
                    previousCased = IsAlpha(b);
                }
                return BytesLike.Make(byteArray, r);
            }
            case "isalnum":
            case "isalpha":
            case "isdigit":
            case "islower":
            case "isupper":
            case "isspace":
            case "istitle":
            case "isascii":
                ArgCheck.None(name, args, kwNames);
                return PyValue.FromBool(Is(self, name));
            case "center":
            case "ljust":
            case "rjust":
            {
                ArgCheck.Range(name, args, kwNames, 1, 2);
                long width = PyOps.ToIndex(args[0]);
                byte fill = (byte)' ';
                if (args.Length > 1)
                {
                    if (!BytesLike.TryGetSpan(args[1], out var f) || f.Length != 1)
                        throw PyException.TypeError($"{name}() argument 2 must be a byte string of length 1, not {PyOps.TypeName(args[1])}");
                    fill = f[0];
                }
                if (width <= self.Length)
                    return BytesLike.Make(byteArray, self);
                long marg = width - self.Length;
                long left = name switch
                {
                    "ljust" => 0,
                    "rjust" => marg,
                    _ => marg / 2 + (marg & width & 1),
                };
                return BytesLike.Make(byteArray, Pad(self, left, marg - left, fill));
            }
            case "zfill":
            {
                ArgCheck.ExactlyOne("zfill", args, kwNames);
                long width = PyOps.ToIndex(args[0]);
                if (width <= self.Length)
                    return BytesLike.Make(byteArray, self);
                var r = Pad(self, width - self.Length, 0, (byte)'0');
                int fillEnd = (int)(width - self.Length);
                if (self.Length > 0 && r[fillEnd] is (byte)'+' or (byte)'-')
                {
                    // The sign moves to the front.
                    r[0] = r[fillEnd];
                    r[fillEnd] = (byte)'0';
                }
                return BytesLike.Make(byteArray, r);
            }
            case "expandtabs":
            {
                if (ArgCheck.Positional(args, kwNames).Length > 1)
                    throw PyException.TypeError($"expandtabs() takes at most 1 argument ({ArgCheck.Positional(args, kwNames).Length} given)");
                var a = ArgCheck.Bind("expandtabs", args, kwNames, ["tabsize"], 0);
                long tabsize = a[0].IsUnbound ? 8 : PyOps.ToIndex(a[0]);
                var r = new List<byte>(self.Length);
                long column = 0;
                foreach (var b in self)
                {
                    if (b == '\t')
                    {
                        if (tabsize > 0)
                        {
                            long spaces = tabsize - column % tabsize;
                            for (long k = 0; k < spaces; k++)
                                r.Add((byte)' ');
                            column += spaces;
                        }
                    }
                    else
                    {
                        r.Add(b);
                        column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
                    }
                }
                return BytesLike.Make(byteArray, r.ToArray());
            }
            case "splitlines":
            {
                if (ArgCheck.Positional(args, kwNames).Length > 1)
                    throw PyException.TypeError($"splitlines() takes at most 1 argument ({ArgCheck.Positional(args, kwNames).Length} given)");
                var a = ArgCheck.Bind("splitlines", args, kwNames, ["keepends"], 0);
                bool keepends = !a[0].IsUnbound && PyOps.IsTrue(a[0]);
                var list = new PyList();
                int i = 0;
                while (i < self.Length)
                {
                    int j = i;
                    while (j < self.Length && self[j] is not ((byte)'\n' or (byte)'\r'))
                        j++;
                    int eol = j;
                    if (j < self.Length)
                        j += self[j] == '\r' && j + 1 < self.Length && self[j + 1] == '\n' ? 2 : 1;
                    list.Append(BytesLike.Make(byteArray, self[i..(keepends ? j : eol)]));
                    i = j;
                }
                return PyValue.FromObject(list);
            }
            case "translate":
            {
                if (ArgCheck.Positional(args, kwNames).Length is var n && n is < 1 or > 2)
                    throw PyException.TypeError($"translate expected {(n < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {n}");
                ArgCheck.OnlyKeywords("translate", kwNames, "delete");
                var a = ArgCheck.Bind("translate", args, kwNames, ["table", "delete"], 1);
                ReadOnlySpan<byte> table = default;
                bool hasTable = !a[0].IsNone;
                if (hasTable)
                {
                    table = BytesLike.Span(a[0]);
                    if (table.Length != 256)
                        throw PyException.ValueError("translation table must be 256 characters long");
                }
                var delete = a[1].IsUnbound ? ReadOnlySpan<byte>.Empty : BytesLike.Span(a[1]);
                var r = new List<byte>(self.Length);
                foreach (var b in self)
                {
                    if (delete.IndexOf(b) >= 0)
                        continue;
                    r.Add(hasTable ? table[b] : b);
                }
                return BytesLike.Make(byteArray, r.ToArray());
            }
            case "removeprefix":
            case "removesuffix":
            {
                ArgCheck.ExactlyOne(name, args, kwNames);
                var affix = BytesLike.Span(args[0]);
                if (name == "removeprefix" && self.StartsWith(affix))
                    return BytesLike.Make(byteArray, self[affix.Length..]);
                if (name == "removesuffix" && affix.Length > 0 && self.EndsWith(affix))
                    return BytesLike.Make(byteArray, self[..^affix.Length]);
                return BytesLike.Make(byteArray, self);
            }
        }
        throw new InvalidOperationException(name);
    }

    private static byte[] Pad(ReadOnlySpan<byte> self, long left, long right, byte fill)
    {
        long total = self.Length + left + right;
        if (total > Array.MaxLength)
            throw PyException.OverflowError("padded string is too long");
        var r = new byte[total];
        r.AsSpan(0, (int)left).Fill(fill);
        self.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)(left + self.Length)).Fill(fill);
        return r;
    }

    private static bool Is(ReadOnlySpan<byte> self, string name)
    {
        if (name == "isascii")
        {
            foreach (var b in self)
                if (b >= 0x80)
                    return false;
            return true;
        }
        if (self.Length == 0)
            return false;
        switch (name)
        {
            case "islower":
            case "isupper":
            {
                bool cased = false;
                foreach (var b in self)
                {
                    if (name == "islower" ? IsUpper(b) : IsLower(b))
                        return false;
                    cased |= IsAlpha(b);
                }
                return cased;
            }
            case "istitle":
            {
                bool cased = false, previousCased = false;
                foreach (var b in self)
                {
                    if (IsUpper(b))
                    {
                        if (previousCased)
                            return false;
                        previousCased = cased = true;
                    }
                    else if (IsLower(b))
                    {
                        if (!previousCased)
                            return false;
                        previousCased = cased = true;
                    }
                    else
                    {
                        previousCased = false;
                    }
                }
                return cased;
            }
        }
        foreach (var b in self)
        {
            bool ok = name switch
            {
                "isalnum" => IsAlpha(b) || IsDigit(b),
                "isalpha" => IsAlpha(b),
                "isdigit" => IsDigit(b),
                _ => IsSpace(b),
            };
            if (!ok)
                return false;
        }
        return true;
    }

    /// <summary>The optional start and end arguments (after the first) as slice bounds of a sequence of
    /// <paramref name="length"/>; start may exceed end (then nothing is found), and the length (then nothing at all).</summary>
    private static (int Start, int End) SliceBounds(ReadOnlySpan<PyValue> args, int length)
    {
        long start = args.Length > 1 && !args[1].IsNone ? PyOps.ToIndexClamped(args[1]) : 0;
        long end = args.Length > 2 && !args[2].IsNone ? PyOps.ToIndexClamped(args[2]) : length;
        if (start < 0)
            start = Math.Max(0, start + length);
        if (end < 0)
            end = Math.Max(0, end + length);
        return ((int)Math.Min(start, length + 1L), (int)Math.Min(end, length));
    }

    /// <summary>The argument count of the find-like methods (sub[, start[, end]]), with PyArg_ParseTuple's messages.</summary>
    private static void FindArgs(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ArgCheck.NoKeywords(name, kwNames);
        if (args.Length is < 1 or > 3)
            throw PyException.TypeError($"{name}() takes {(args.Length < 1 ? "at least 1 argument" : "at most 3 arguments")} ({args.Length} given)");
    }

    /// <summary>count, find, rfind, index, rindex: the argument a bytes-like value or one byte as an int.</summary>
    private static PyValue Search(ReadOnlySpan<byte> self, string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        FindArgs(name, args, kwNames);
        ReadOnlySpan<byte> sub;
        if (BytesLike.TryGetSpan(args[0], out var s))
        {
            sub = s;
        }
        else
        {
            if (!(args[0].IsInt || args[0].IsBool || args[0].Ref is PyBigInt || (args[0].Ref is PyInstance && PyOps.TryIndex(args[0], out _))))
                throw PyException.TypeError($"argument should be integer or bytes-like object, not '{PyOps.TypeName(args[0])}'");
            sub = new[] { BytesLike.ByteValue(args[0]) };
        }
        var (start, end) = SliceBounds(args, self.Length);
        var span = start <= end ? self[start..end] : ReadOnlySpan<byte>.Empty;
        if (name == "count")
        {
            long n = 0;
            if (start > end)
                n = 0;
            else if (sub.Length == 0)
                n = span.Length + 1;
            else
            {
                while (span.IndexOf(sub) is int i && i >= 0)
                {
                    n++;
                    span = span[(i + sub.Length)..];
                }
            }
            return PyValue.FromInt(n);
        }
        int at = start > end ? -1 : name is "find" or "index" ? span.IndexOf(sub) : span.LastIndexOf(sub);
        if (at >= 0)
            at += start;
        if (at < 0 && name is "index" or "rindex")
            throw PyException.ValueError("subsection not found");
        return PyValue.FromInt(at);
    }

    /// <summary>startswith/endswith(prefix[, start[, end]]): a bytes-like value or a tuple of them.</summary>
    private static bool TailMatch(ReadOnlySpan<byte> self, string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        FindArgs(name, args, kwNames);
        var (start, end) = SliceBounds(args, self.Length);
        var candidates = args[0].Ref is PyTuple tuple ? tuple.AsSpan() : args.Slice(0, 1);
        foreach (var candidate in candidates)
        {
            if (!BytesLike.TryGetSpan(candidate, out var p))
            {
                throw PyException.TypeError(args[0].Ref is PyTuple
                    ? $"a bytes-like object is required, not '{PyOps.TypeName(candidate)}'"
                    : $"{name} first arg must be bytes or a tuple of bytes, not {PyOps.TypeName(candidate)}");
            }
            if (start > self.Length || end - start < p.Length)
                continue;
            var window = self[start..end];
            if (name == "startswith" ? window.StartsWith(p) : window.EndsWith(p))
                return true;
        }
        return false;
    }

    private static PyValue Join(ReadOnlySpan<byte> self, bool byteArray, PyValue iterable)
    {
        // (self is copied first: a bytearray joined over a generator that changes it keeps its value at the call)
        var sep = self.ToArray();
        var items = PyList.FromIterable(iterable);
        var parts = new List<byte>();
        for (int i = 0; i < items.Count; i++)
        {
            if (!BytesLike.TryGetJoinItem(items[i], out var b))
                throw PyException.TypeError($"sequence item {i}: expected a bytes-like object, {PyOps.TypeName(items[i])} found");
            if (i > 0)
                parts.AddRange(sep);
            parts.AddRange(b);
        }
        return BytesLike.Make(byteArray, parts.ToArray());
    }

    private static PyList Split(ReadOnlySpan<byte> self, bool byteArray, byte[]? sep, long maxsplit)
    {
        var list = new PyList();
        int i = 0, n = self.Length;
        if (sep is null)
        {
            while (true)
            {
                while (i < n && IsSpace(self[i]))
                    i++;
                if (i >= n)
                    break;
                if (maxsplit-- == 0)
                {
                    // The last piece keeps its trailing whitespace, as in CPython.
                    list.Append(BytesLike.Make(byteArray, self[i..]));
                    break;
                }
                int j = i;
                while (j < n && !IsSpace(self[j]))
                    j++;
                list.Append(BytesLike.Make(byteArray, self[i..j]));
                i = j;
            }
            return list;
        }
        if (sep.Length == 0)
            throw PyException.ValueError("empty separator");
        while (maxsplit-- > 0 && self[i..].IndexOf(sep) is int at && at >= 0)
        {
            list.Append(BytesLike.Make(byteArray, self.Slice(i, at)));
            i += at + sep.Length;
        }
        list.Append(BytesLike.Make(byteArray, self[i..]));
        return list;
    }

    private static PyList RSplit(ReadOnlySpan<byte> self, bool byteArray, byte[]? sep, long maxsplit)
    {
        var parts = new List<PyValue>();
        int end = self.Length;
        if (sep is null)
        {
            while (true)
            {
                while (end > 0 && IsSpace(self[end - 1]))
                    end--;
                if (end <= 0)
                    break;
                if (maxsplit-- == 0)
                {
                    parts.Add(BytesLike.Make(byteArray, self[..end]));
                    break;
                }
                int j = end;
                while (j > 0 && !IsSpace(self[j - 1]))
                    j--;
                parts.Add(BytesLike.Make(byteArray, self[j..end]));
                end = j;
            }
        }
        else
        {
            if (sep.Length == 0)
                throw PyException.ValueError("empty separator");
            while (maxsplit-- > 0 && self[..end].LastIndexOf(sep) is int at && at >= 0)
            {
                parts.Add(BytesLike.Make(byteArray, self[(at + sep.Length)..end]));
                end = at;
            }
            parts.Add(BytesLike.Make(byteArray, self[..end]));
        }
        parts.Reverse();
        return new PyList(parts.ToArray());
    }

    private static byte[] Replace(ReadOnlySpan<byte> self, ReadOnlySpan<byte> old, ReadOnlySpan<byte> @new, long count)
    {
        var r = new List<byte>(self.Length);
        int i = 0;
        long done = 0;
        if (old.Length == 0)
        {
            // An empty pattern matches before every byte and at the end.
            for (; i <= self.Length; i++)
            {
                if (done < count)
                {
                    r.AddRange(@new);
                    done++;
                }
                if (i < self.Length)
                    r.Add(self[i]);
            }
            return r.ToArray();
        }
        while (done < count && self[i..].IndexOf(old) is int at && at >= 0)
        {
            r.AddRange(self.Slice(i, at));
            r.AddRange(@new);
            i += at + old.Length;
            done++;
        }
        r.AddRange(self[i..]);
        return r.ToArray();
    }

    /// <summary>hex([sep[, bytes_per_sep]]): two lowercase digits a byte, with a separator between groups of
    /// |bytes_per_sep| bytes counted from the right (positive) or the left (negative).</summary>
    internal static string Hex(ReadOnlySpan<byte> self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (ArgCheck.Positional(args, kwNames).Length > 2)
            throw PyException.TypeError($"hex() takes at most 2 arguments ({ArgCheck.Positional(args, kwNames).Length} given)");
        var a = ArgCheck.Bind("hex", args, kwNames, ["sep", "bytes_per_sep"], 0);
        string digits = Convert.ToHexString(self).ToLowerInvariant();
        if (a[0].IsUnbound)
            return digits;
        char sep;
        if (a[0].Ref is string s)
        {
            if (s.Length != 1)
                throw PyException.ValueError("sep must be length 1.");
            sep = s[0];
        }
        else if (BytesLike.TryGetSpan(a[0], out var sb))
        {
            if (sb.Length != 1)
                throw PyException.ValueError("sep must be length 1.");
            sep = (char)sb[0];
        }
        else
        {
            // (CPython asks the separator's length first)
            throw PyException.TypeError($"object of type '{PyOps.TypeName(a[0])}' has no len()");
        }
        if (sep > 0x7f)
            throw PyException.ValueError("sep must be ASCII.");
        long per = a[1].IsUnbound ? 1 : PyOps.ToIndex(a[1]);
        if (per == 0 || self.Length == 0)
            return digits;
        long group = Math.Abs(per);
        var r = new StringBuilder(digits.Length * 2);
        for (int i = 0; i < self.Length; i++)
        {
            // A separator goes before byte i when a group boundary falls there.
            bool boundary = i > 0 && (per > 0 ? (self.Length - i) % group == 0 : i % group == 0);
            if (boundary)
                r.Append(sep);
            r.Append(digits, 2 * i, 2);
        }
        return r.ToString();
    }

    /// <summary>bytes.fromhex(string) / bytearray.fromhex(string): pairs of hex digits, ASCII whitespace between pairs.</summary>
    public static PyValue FromHex(PyValue arg, bool byteArray)
    {
        if (arg.Ref is not string s)
            throw PyException.TypeError($"fromhex() argument must be str, not {PyOps.TypeName(arg)}");
        var r = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] < 0x80 && IsSpace((byte)s[i]))
            {
                i++;
                continue;
            }
            int hi = HexDigit(s[i]);
            if (hi < 0)
                throw PyException.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            int lo = i + 1 < s.Length ? HexDigit(s[i + 1]) : -1;
            if (lo < 0)
                throw PyException.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return BytesLike.Make(byteArray, r.ToArray());
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>bytes.maketrans(frm, to) (and bytearray's): a 256-byte table mapping each byte of frm to the byte of
    /// to at the same place; always bytes.</summary>
    public static PyValue MakeTrans(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ArgCheck.Range("maketrans", args, kwNames, 2, 2);
        var frm = BytesLike.Span(args[0]);
        var to = BytesLike.Span(args[1]);
        if (frm.Length != to.Length)
            throw PyException.ValueError("maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++)
            table[i] = (byte)i;
        for (int i = 0; i < frm.Length; i++)
            table[frm[i]] = to[i];
        return PyValue.FromObject(new PyBytes(table));
    }
}
