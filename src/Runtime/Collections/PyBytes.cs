using System;
using System.Globalization;
using System.Text;

namespace PyAot.Runtime;

/// <summary>bytes: an immutable byte string.</summary>
public sealed partial class PyBytes : PyObject
{
    public static readonly PyBytes Empty = new(Array.Empty<byte>());

    private readonly byte[] _data;

    /// <summary>Takes ownership of <paramref name="data"/>.</summary>
    public PyBytes(byte[] data) => _data = data;

    public ReadOnlySpan<byte> AsSpan() => _data;

    public int Count => _data.Length;

    public override PyType Type => PyTypes.Bytes;

    public override string Repr()
    {
        bool hasSingle = false, hasDouble = false;
        foreach (var b in _data)
        {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(_data.Length + 3).Append('b').Append(quote);
        foreach (var b in _data)
        {
            if (b == quote || b == '\\')
                sb.Append('\\').Append((char)b);
            else if (b == '\n')
                sb.Append("\\n");
            else if (b == '\r')
                sb.Append("\\r");
            else if (b == '\t')
                sb.Append("\\t");
            else if (b < ' ' || b >= 0x7f)
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append((char)b);
        }
        return sb.Append(quote).ToString();
    }

    public override bool IsTrue() => _data.Length != 0;

    public override long Length() => _data.Length;

    public override long Hash()
    {
        // Equal to hash of nothing in particular; deterministic FNV over the bytes.
        ulong h = 14695981039346656037UL;
        foreach (var b in _data)
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        long r = (long)(h ^ (h >> 29));
        return r == -1 ? -2 : r;
    }

    public override PyIterator Iter()
    {
        var items = new PyValue[_data.Length];
        for (int i = 0; i < items.Length; i++)
            items[i] = PyValue.FromInt(_data[i]);
        return new ArrayIterator(items, items.Length, PyTypes.Iterator);
    }

    public override bool Contains(PyValue item)
    {
        if (item.IsInt || item.IsBool)
        {
            if ((ulong)item.Bits > 255)
                throw PyException.ValueError("byte must be in range(0, 256)");
            return Array.IndexOf(_data, (byte)item.Bits) >= 0;
        }
        if (item.Ref is PyBytes b)
            return _data.AsSpan().IndexOf(b._data) >= 0;
        throw PyException.TypeError($"a bytes-like object is required, not '{PyOps.TypeName(item)}'");
    }

    public override PyValue GetItem(PyValue key)
    {
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(_data.Length, out long start, out _, out long step);
            var r = new byte[n];
            for (long i = 0, j = start; i < n; i++, j += step)
                r[i] = _data[j];
            return PyValue.FromObject(new PyBytes(r));
        }
        int idx = SequenceOps.NormalizeIndex(key, _data.Length, "byte");
        if (idx < 0)
            throw PyException.IndexError("index out of range");
        return PyValue.FromInt(_data[idx]);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (other.Ref is not PyBytes o)
            return default;
        int c = _data.AsSpan().SequenceCompareTo(o._data);
        return PyValue.FromBool(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        if (op == BinOp.Add && !reflected)
        {
            if (other.Ref is not PyBytes o)
                throw PyException.TypeError($"can't concat {PyOps.TypeName(other)} to bytes");
            var r = new byte[_data.Length + o._data.Length];
            _data.CopyTo(r, 0);
            o._data.CopyTo(r, _data.Length);
            return PyValue.FromObject(new PyBytes(r));
        }
        if (op == BinOp.Mul)
        {
            long n = SequenceOps.RepeatCount(other);
            if (n == long.MinValue)
                return default;
            if (n <= 0)
                return PyValue.FromObject(Empty);
            var r = new byte[checked(_data.Length * (int)n)];
            for (int i = 0; i < n; i++)
                _data.CopyTo(r, i * _data.Length);
            return PyValue.FromObject(new PyBytes(r));
        }
        return default;
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name is "decode" or "hex" or "count" or "find" or "rfind" or "index" or "rindex" or "startswith" or "endswith" || IsTextMethod(name))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    /// <summary>A search argument given as an int: the one byte it is.</summary>
    private static byte[] SingleByte(PyValue v)
    {
        if (!(v.IsInt || v.IsBool || v.Ref is PyBigInt))
            throw PyException.TypeError($"argument should be integer or bytes-like object, not '{PyOps.TypeName(v)}'");
        var n = IntOps.ToBig(v);
        if (n < 0 || n > 255)
            throw PyException.ValueError("byte must be in range(0, 256)");
        return new[] { (byte)(int)n };
    }

    /// <summary>The optional start and end arguments (after the first) as slice bounds of a sequence of
    /// <paramref name="length"/>; start may exceed end (then nothing is found).</summary>
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

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "decode":
            {
                ArgCheck.OnlyKeywords("decode", kwNames, "encoding", "errors");
                var pos = ArgCheck.Positional(args, kwNames);
                var enc = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kwNames, "encoding", out var e) ? e : PyValue.FromString("utf-8");
                result = PyValue.FromString(Codecs.Decode(_data, enc.Ref as string ?? "utf-8"));
                return true;
            }
            case "hex":
                result = PyValue.FromString(Convert.ToHexString(_data).ToLowerInvariant());
                return true;
            case "count":
            case "find":
            case "rfind":
            case "index":
            case "rindex":
            {
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length is < 1 or > 3)
                    throw PyException.TypeError($"{name} expected {(args.Length < 1 ? "at least 1" : "at most 3")} argument{(args.Length < 1 ? "" : "s")}, got {args.Length}");
                byte[] sub = args[0].Ref is PyBytes b ? b._data : SingleByte(args[0]);
                var (start, end) = SliceBounds(args, _data.Length);
                var span = start <= end ? _data.AsSpan(start, end - start) : ReadOnlySpan<byte>.Empty;
                if (name == "count")
                {
                    long n = 0;
                    if (start > end)
                    {
                        n = 0;
                    }
                    else if (sub.Length == 0)
                    {
                        n = span.Length + 1;
                    }
                    else
                    {
                        while (span.IndexOf(sub) is int i && i >= 0)
                        {
                            n++;
                            span = span[(i + sub.Length)..];
                        }
                    }
                    result = PyValue.FromInt(n);
                    return true;
                }
                int at = start > end ? -1 : name is "find" or "index" ? span.IndexOf(sub) : span.LastIndexOf(sub);
                if (at >= 0)
                    at += start;
                if (at < 0 && name is "index" or "rindex")
                    throw PyException.ValueError("subsection not found");
                result = PyValue.FromInt(at);
                return true;
            }
            case "startswith":
            case "endswith":
            {
                ArgCheck.Range(name, args, kwNames, 1, 1);
                // A tuple of prefixes (suffixes) matches when one of them does; each must be bytes.
                var candidates = args[0].Ref is PyTuple tuple ? tuple.AsSpan() : args.Slice(0, 1);
                bool found = false;
                foreach (var candidate in candidates)
                {
                    var p = candidate.Ref as PyBytes ?? throw PyException.TypeError(args[0].Ref is PyTuple
                        ? $"a bytes-like object is required, not '{PyOps.TypeName(candidate)}'"
                        : $"{name} first arg must be bytes or a tuple of bytes, not {PyOps.TypeName(candidate)}");
                    if (name == "startswith" ? _data.AsSpan().StartsWith(p._data) : _data.AsSpan().EndsWith(p._data))
                    {
                        found = true;
                        break;
                    }
                }
                result = PyValue.FromBool(found);
                return true;
            }
        }
        if (IsTextMethod(name))
        {
            result = CallTextMethod(name, args, kwNames);
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>bytes(x): from an int size, an iterable of ints, or (str, encoding).</summary>
    public static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ArgCheck.OnlyKeywords("bytes", kwNames, "source", "encoding", "errors");
        var pos = ArgCheck.Positional(args, kwNames);
        if (pos.Length == 0)
            return PyValue.FromObject(Empty);
        var src = pos[0];
        var enc = pos.Length > 1 ? pos[1] : ArgCheck.TryGetKeyword(args, kwNames, "encoding", out var e) ? e : default;
        if (src.Ref is string s)
        {
            if (enc.IsUnbound)
                throw PyException.TypeError("string argument without an encoding");
            return PyValue.FromObject(new PyBytes(Codecs.Encode(s, enc.Ref as string ?? "utf-8")));
        }
        if (src.IsInt)
        {
            if (src.Bits < 0)
                throw PyException.ValueError("negative count");
            return PyValue.FromObject(new PyBytes(new byte[src.Bits]));
        }
        if (src.Ref is PyBytes)
            return src;
        var list = PyList.FromIterable(src);
        var data = new byte[list.Count];
        for (int i = 0; i < data.Length; i++)
        {
            long v = PyOps.ToIndex(list[i]);
            if ((ulong)v > 255)
                throw PyException.ValueError("bytes must be in range(0, 256)");
            data[i] = (byte)v;
        }
        return PyValue.FromObject(new PyBytes(data));
    }
}

/// <summary>The text encodings str.encode and bytes.decode support, with CPython's byte order marks: "utf-16" writes
/// its native (little-endian) BOM and reads either, "utf-8-sig" writes EF BB BF and skips it when reading; "utf-16-le"
/// and "utf-16-be" have none.</summary>
internal static class Codecs
{
    private enum Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16Le, Utf16Be }

    /// <summary>The codec an encoding name means (case and '_' or '-' as CPython's lookup ignores them); LookupError
    /// "unknown encoding: x" for any other name.</summary>
    private static Codec Lookup(string name) => name.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" or "u8" => Codec.Utf8,
        "utf-8-sig" => Codec.Utf8Sig,
        "ascii" or "us-ascii" => Codec.Ascii,
        "latin-1" or "latin1" or "iso-8859-1" => Codec.Latin1,
        "utf-16" or "utf16" or "u16" => Codec.Utf16,
        "utf-16-le" or "utf-16le" => Codec.Utf16Le,
        "utf-16-be" or "utf-16be" => Codec.Utf16Be,
        _ => throw PyException.Create(PyTypes.LookupError, $"unknown encoding: {name}"),
    };

    // (.NET's encoders, strict as CPython's default error handler; immutable, so shared)
    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Ascii = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    private static readonly Encoding Latin1 = Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, true);

    /// <summary>The encoder of <paramref name="codec"/>, without its byte order mark ("utf-16" is native, little-endian).</summary>
    private static Encoding Get(Codec codec) => codec switch
    {
        Codec.Utf8 or Codec.Utf8Sig => Utf8,
        Codec.Ascii => Ascii,
        Codec.Latin1 => Latin1,
        Codec.Utf16 or Codec.Utf16Le => Utf16Le,
        _ => Utf16Be,
    };

    /// <summary>LookupError "unknown encoding: x" unless the encoding is one of these.</summary>
    public static void Check(string encoding) => Lookup(encoding);

    public static string Decode(byte[] data, string encoding)
    {
        var codec = Lookup(encoding);
        var decoder = Get(codec);
        int offset = 0;
        if (codec == Codec.Utf8Sig && data.AsSpan().StartsWith(Utf8Bom))
        {
            // (CPython's utf_8_sig decodes what follows the mark as its own input: error positions count from there)
            data = data[3..];
        }
        else if (codec == Codec.Utf16 && data.Length >= 2 && (data[0], data[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            // The byte order mark says which order; it is not part of the text (positions still count it).
            decoder = data[0] == 0xFE ? Utf16Be : Utf16Le;
            offset = 2;
        }
        try
        {
            return decoder.GetString(data, offset, data.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            // Where and why, as CPython's decoder says it.
            int start = e.Index + offset, end = start + 1;
            string reason = "ordinal not in range(128)";
            if (codec is Codec.Utf8 or Codec.Utf8Sig)
                UnicodeErrors.Utf8Error(data, out start, out end, out reason);
            else if (decoder is UnicodeEncoding)
                UnicodeErrors.Utf16Error(data, offset, bigEndian: ReferenceEquals(decoder, Utf16Be), out start, out end, out reason);
            throw UnicodeErrors.Decode(encoding, data, start, end, reason);
        }
    }

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The text encoded; with <paramref name="byteOrderMark"/>, "utf-16" and "utf-8-sig" begin with their mark
    /// (str.encode always; a text file at its start only).</summary>
    public static byte[] Encode(string s, string encoding, bool byteOrderMark = true)
    {
        var codec = Lookup(encoding);
        byte[] encoded;
        try
        {
            encoded = Get(codec).GetBytes(s);
        }
        catch (EncoderFallbackException e)
        {
            // The run of characters the codec cannot encode, as CPython's strict error handler reports it.
            int start = CodePoints.ToCodePointIndex(s, e.Index);
            (Func<int, bool> refused, string reason) = codec switch
            {
                Codec.Ascii => ((Func<int, bool>)(c => c >= 0x80), "ordinal not in range(128)"),
                Codec.Latin1 => (c => c >= 0x100, "ordinal not in range(256)"),
                _ => (c => c is >= 0xD800 and <= 0xDFFF, "surrogates not allowed"),
            };
            throw UnicodeErrors.Encode(encoding, s, start, UnicodeErrors.RunEnd(s, start, refused), reason);
        }
        if (!byteOrderMark)
            return encoded;
        return codec switch
        {
            Codec.Utf16 => [0xFF, 0xFE, .. encoded],
            Codec.Utf8Sig => [.. Utf8Bom, .. encoded],
            _ => encoded,
        };
    }
}
