using System;

namespace PyAot.Runtime;

/// <summary>
/// The str or bytes a compiled pattern runs over (CPython's <c>getstring</c> and <c>state_init</c> checks): the
/// object given, the engine's state over it, and its slices by the engine's positions (code points of a str, bytes of
/// a bytes object).
/// </summary>
internal sealed class SreSubject
{
    public PyValue Value { get; }

    private readonly string? _text;
    private readonly byte[]? _bytes;

    /// <summary>The UTF-16 offset of each code point of a str with surrogates (and its length at the end), once
    /// <see cref="_offsetsKnown"/>.</summary>
    private int[]? _offsets;
    private bool _offsetsKnown;

    public bool IsBytes => _bytes is not null;

    private SreSubject(PyValue value, string? text, byte[]? bytes)
    {
        Value = value;
        _text = text;
        _bytes = bytes;
    }

    /// <summary>The subject <paramref name="value"/> for a pattern of str (<paramref name="patternKind"/> 0), of
    /// bytes (1), or of either (-1: a pattern compiled from a parsed tree, as <c>re.Scanner</c> makes).</summary>
    public static SreSubject Of(PyValue value, int patternKind)
    {
        // (a str or bytes subclass is matched as its str or bytes; slices of it are plain str or bytes)
        SreSubject subject = PyDerivedInstance.Unwrap(value).Ref switch
        {
            string s => new SreSubject(value, s, null),
            // (bytes are immutable: their own array, not a copy)
            PyBytes b => new SreSubject(value, null, b.Data),
            // (a bytearray is read as a snapshot of its bytes; the match's groups are bytes, as CPython's)
            PyByteArray a => new SreSubject(value, null, a.AsSpan().ToArray()),
            // (a memoryview likewise, when it is a simple buffer: a strided or released one is no buffer here)
            PyMemoryView m when m.IsSimpleBuffer => new SreSubject(value, null, m.ContiguousSpan().ToArray()),
            _ => throw PyException.TypeError($"expected string or bytes-like object, got '{PyOps.TypeName(value)}'"),
        };
        if (subject.IsBytes && patternKind == 0)
            throw PyException.TypeError("cannot use a string pattern on a bytes-like object");
        if (!subject.IsBytes && patternKind == 1)
            throw PyException.TypeError("cannot use a bytes pattern on a string-like object");
        return subject;
    }

    /// <summary>A state for matching from <paramref name="pos"/> to <paramref name="endpos"/> (clamped to the
    /// subject, as CPython's state_init does).</summary>
    public SreState NewState(long pos, long endpos)
    {
        int p = (int)Math.Clamp(pos, 0, int.MaxValue), e = (int)Math.Clamp(endpos, 0, int.MaxValue);
        return _bytes is not null ? SreState.ForBytes(_bytes, p, e) : SreState.ForString(_text!, p, e);
    }

    /// <summary>The subject's characters <paramref name="start"/> to <paramref name="end"/>, as a str or bytes (the
    /// subject itself when that is all of an exact str or bytes, as CPython's getslice).</summary>
    public PyValue Slice(int start, int end)
    {
        if (_bytes is not null)
        {
            return start == 0 && end == _bytes.Length && Value.Ref is PyBytes
                ? Value
                : PyValue.FromObject(new PyBytes(_bytes.AsSpan(start, end - start).ToArray()));
        }
        string text = _text!;
        ToUtf16(ref start, ref end);
        return start == 0 && end == text.Length && Value.Ref is string ? Value : PyValue.FromString(text.Substring(start, end - start));
    }

    /// <summary>The bytes <paramref name="start"/> to <paramref name="end"/> of a bytes subject.</summary>
    public ReadOnlySpan<byte> BytesOf(int start, int end) => _bytes.AsSpan(start, end - start);

    /// <summary>The UTF-16 text of code points <paramref name="start"/> to <paramref name="end"/> of a str subject.</summary>
    public ReadOnlySpan<char> CharsOf(int start, int end)
    {
        ToUtf16(ref start, ref end);
        return _text.AsSpan(start, end - start);
    }

    /// <summary>Code point positions to UTF-16 offsets (the same unless the text has surrogate pairs).</summary>
    private void ToUtf16(ref int start, ref int end)
    {
        if (!_offsetsKnown)
        {
            _offsets = CodePoints.HasSurrogates(_text!) ? CodePoints.Offsets(_text!) : null;
            _offsetsKnown = true;
        }
        if (_offsets is not null)
        {
            start = _offsets[start];
            end = _offsets[end];
        }
    }

    /// <summary>An empty str or bytes, of the subject's kind.</summary>
    public PyValue Empty => _bytes is not null ? PyValue.FromObject(new PyBytes(Array.Empty<byte>())) : PyValue.FromString("");
}
