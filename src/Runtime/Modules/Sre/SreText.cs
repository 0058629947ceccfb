using System;

namespace PyAot.Runtime;

/// <summary>
/// The subject being matched, one code point (or byte) per index: CPython's SRE_CHAR array. The engine is generic
/// over the implementing struct so each kind of text gets its own specialised code, with no interface call per
/// character.
/// </summary>
public interface ISreText
{
    int Length { get; }
    int this[int index] { get; }

    /// <summary>The first index in [start, end) holding <paramref name="c"/>, or -1 (vectorised where the text is
    /// a span of chars or bytes: the search for a pattern's first character).</summary>
    int IndexOf(int c, int start, int end);

    /// <summary>The first index in [start, end) whose character can begin a match, or -1.</summary>
    int IndexOfStart(SreStartSet set, int start, int end);
}

/// <summary>A .NET string with no surrogates, so that each char is one code point.</summary>
public readonly struct SreStringText(string text) : ISreText
{
    private readonly string _text = text;

    public int Length => _text.Length;
    public int this[int index] => _text[index];

    public int IndexOf(int c, int start, int end)
    {
        if ((uint)c > char.MaxValue || start >= end)
            return -1;
        int at = MemoryExtensions.IndexOf(_text.AsSpan(start, end - start), (char)c);
        return at < 0 ? -1 : start + at;
    }

    public int IndexOfStart(SreStartSet set, int start, int end)
    {
        if (set.Chars is { } chars)
        {
            int at = _text.AsSpan(start, end - start).IndexOfAny(chars);
            return at < 0 ? -1 : start + at;
        }
        for (int i = start; i < end; i++)
        {
            if (set.Contains(_text[i]))
                return i;
        }
        return -1;
    }
}

/// <summary>The code points of a string with astral characters (or lone surrogates).</summary>
public readonly struct SreCodePointText(int[] codePoints) : ISreText
{
    private readonly int[] _codePoints = codePoints;

    public int Length => _codePoints.Length;
    public int this[int index] => _codePoints[index];

    public int IndexOf(int c, int start, int end)
    {
        if (start >= end)
            return -1;
        int at = MemoryExtensions.IndexOf(new ReadOnlySpan<int>(_codePoints, start, end - start), c);
        return at < 0 ? -1 : start + at;
    }

    public int IndexOfStart(SreStartSet set, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (set.Contains(_codePoints[i]))
                return i;
        }
        return -1;
    }
}

/// <summary>The bytes of a bytes-like subject (bytes patterns).</summary>
public readonly struct SreByteText(byte[] bytes) : ISreText
{
    private readonly byte[] _bytes = bytes;

    public int Length => _bytes.Length;
    public int this[int index] => _bytes[index];

    public int IndexOf(int c, int start, int end)
    {
        if ((uint)c > byte.MaxValue || start >= end)
            return -1;
        int at = MemoryExtensions.IndexOf(new ReadOnlySpan<byte>(_bytes, start, end - start), (byte)c);
        return at < 0 ? -1 : start + at;
    }

    public int IndexOfStart(SreStartSet set, int start, int end)
    {
        int at = new ReadOnlySpan<byte>(_bytes, start, end - start).IndexOfAny(set.Bytes);
        return at < 0 ? -1 : start + at;
    }
}
