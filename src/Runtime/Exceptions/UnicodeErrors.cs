using System;

namespace PyAot.Runtime;

/// <summary>
/// UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError as Objects/exceptions.c makes them: their
/// arguments checked (<c>UnicodeDecodeError(encoding, object, start, end, reason)</c>), the attributes <c>encoding</c>,
/// <c>object</c>, <c>start</c>, <c>end</c> and <c>reason</c>, and their str(); and the errors the codecs raise, with the
/// positions and reasons CPython's codecs give (Objects/stringlib/codecs.h, unicodeobject.c).
/// </summary>
internal static class UnicodeErrors
{
    /// <summary>UnicodeDecodeError_init and its siblings: nothing for a plain UnicodeError (or a subclass that is
    /// none of the three).</summary>
    internal static void Init(PyBaseException e)
    {
        var type = e.Type;
        bool decode = type.IsSubtypeOf(PyTypes.UnicodeDecodeError), encode = type.IsSubtypeOf(PyTypes.UnicodeEncodeError);
        bool translate = !decode && !encode && type.IsSubtypeOf(PyTypes.UnicodeTranslateError);
        if (!decode && !encode && !translate)
            return;
        var args = e.Args.AsSpan();
        int expected = translate ? 4 : 5;
        if (args.Length != expected)
            throw PyException.TypeError($"function takes exactly {expected} arguments ({args.Length} given)");
        int i = 0;
        // (UnicodeTranslateError has an encoding too: None)
        e.SetOwn("encoding", translate ? PyValue.None : Str(args[i++], 1));
        var obj = args[i++];
        // (a bytearray object is kept as bytes, as CPython's UnicodeDecodeError does)
        if (decode && obj.Ref is PyByteArray array)
            obj = PyValue.FromObject(new PyBytes(array.AsSpan().ToArray()));
        if (decode ? obj.Ref is not PyBytes : obj.Ref is not string)
        {
            throw PyException.TypeError(decode
                ? $"a bytes-like object is required, not '{PyOps.TypeName(obj)}'"
                : $"argument {i} must be str, not {PyOps.TypeName(obj)}");
        }
        e.SetOwn("object", obj);
        e.SetOwn("start", PyValue.FromInt(PyOps.ToIndex(args[i++])));
        e.SetOwn("end", PyValue.FromInt(PyOps.ToIndex(args[i++])));
        e.SetOwn("reason", Str(args[i], i + 1));
    }

    private static PyValue Str(PyValue v, int position) =>
        v.Ref is string ? v : throw PyException.TypeError($"argument {position} must be str, not {PyOps.TypeName(v)}");

    /// <summary>The str() of the three (null: BaseException's, for an instance whose attributes are not set).</summary>
    internal static string? Str(PyBaseException e)
    {
        if (!e.TryGetOwn("object", out var obj) || !e.TryGetOwn("start", out var startValue) || !e.TryGetOwn("end", out var endValue)
            || !e.TryGetOwn("reason", out var reasonValue))
            return null;
        long start = startValue.IsInt ? startValue.Bits : 0, end = endValue.IsInt ? endValue.Bits : 0;
        string reason = PyOps.Str(reasonValue);
        string encoding = e.TryGetOwn("encoding", out var enc) && !enc.IsNone ? PyOps.Str(enc) : "";
        if (obj.Ref is PyBytes bytes)
        {
            var data = bytes.AsSpan();
            return start >= 0 && start < data.Length && end == start + 1
                ? $"'{encoding}' codec can't decode byte 0x{data[(int)start]:x2} in position {start}: {reason}"
                : $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        if (obj.Ref is string s)
        {
            var text = CodePoints.Values(s);
            string what = e.Type.IsSubtypeOf(PyTypes.UnicodeTranslateError) ? "can't translate" : $"'{encoding}' codec can't encode";
            if (start >= 0 && start < text.Length && end == start + 1)
            {
                int c = text[(int)start];
                string escaped = c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";
                return $"{what} character '{escaped}' in position {start}: {reason}";
            }
            return $"{what} characters in position {start}-{end - 1}: {reason}";
        }
        return null;
    }

    /// <summary>A UnicodeDecodeError with its five arguments.</summary>
    internal static PyException Decode(string encoding, byte[] data, int start, int end, string reason)
    {
        var e = new PyBaseException(PyTypes.UnicodeDecodeError, new PyTuple(new[]
        {
            PyValue.FromString(encoding), PyValue.FromObject(new PyBytes(data)), PyValue.FromInt(start), PyValue.FromInt(end),
            PyValue.FromString(reason),
        }));
        Init(e);
        return new PyException(e);
    }

    /// <summary>A UnicodeEncodeError with its five arguments.</summary>
    internal static PyException Encode(string encoding, string text, int start, int end, string reason)
    {
        var e = new PyBaseException(PyTypes.UnicodeEncodeError, new PyTuple(new[]
        {
            PyValue.FromString(encoding), PyValue.FromString(text), PyValue.FromInt(start), PyValue.FromInt(end),
            PyValue.FromString(reason),
        }));
        Init(e);
        return new PyException(e);
    }

    /// <summary>Where UTF-8 decoding of <paramref name="data"/> first fails, as CPython's decoder reports it: the
    /// start, the end (the bytes of the sequence that were valid) and the reason; false when it is valid.</summary>
    internal static bool Utf8Error(ReadOnlySpan<byte> data, out int start, out int end, out string reason)
    {
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            start = i;
            if (need < 0)
            {
                (end, reason) = (i + 1, "invalid start byte");
                return true;
            }
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= data.Length)
                {
                    (end, reason) = (data.Length, "unexpected end of data");
                    return true;
                }
                byte c = data[i + k];
                // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or code
                // points past U+10FFFF).
                byte lo = 0x80, hi = 0xBF;
                if (k == 1)
                {
                    if (b == 0xE0) lo = 0xA0;
                    else if (b == 0xED) hi = 0x9F;
                    else if (b == 0xF0) lo = 0x90;
                    else if (b == 0xF4) hi = 0x8F;
                }
                if (c < lo || c > hi)
                {
                    (end, reason) = (i + k, "invalid continuation byte");
                    return true;
                }
            }
            i += need + 1;
        }
        (start, end, reason) = (0, 0, "");
        return false;
    }

    /// <summary>Where UTF-16 decoding (in the byte order <paramref name="bigEndian"/> says) first fails, as CPython's
    /// decoder reports it.</summary>
    internal static bool Utf16Error(ReadOnlySpan<byte> data, int offset, bool bigEndian, out int start, out int end, out string reason)
    {
        int i = offset;
        while (i + 1 < data.Length)
        {
            int u = Unit(data, i, bigEndian);
            if (u < 0xD800 || u > 0xDFFF)
            {
                i += 2;
                continue;
            }
            start = i;
            end = i + 2;
            if (u >= 0xDC00)
            {
                reason = "illegal encoding";
                return true;
            }
            if (i + 3 >= data.Length)
            {
                // (a high surrogate with no whole code unit after it)
                (end, reason) = (data.Length, "unexpected end of data");
                return true;
            }
            int v = Unit(data, i + 2, bigEndian);
            if (v < 0xDC00 || v > 0xDFFF)
            {
                reason = "illegal UTF-16 surrogate";
                return true;
            }
            i += 4;
        }
        if (i < data.Length)
        {
            (start, end, reason) = (i, data.Length, "truncated data");
            return true;
        }
        (start, end, reason) = (0, 0, "");
        return false;
    }

    private static int Unit(ReadOnlySpan<byte> data, int at, bool bigEndian) =>
        bigEndian ? data[at] << 8 | data[at + 1] : data[at] | data[at + 1] << 8;

    /// <summary>The run of characters from <paramref name="index"/> that <paramref name="unencodable"/> refuses
    /// (CPython's strict error handler reports the whole run).</summary>
    internal static int RunEnd(string text, int index, Func<int, bool> unencodable)
    {
        var points = CodePoints.Values(text);
        int end = index + 1;
        while (end < points.Length && unencodable(points[end]))
            end++;
        return end;
    }
}
