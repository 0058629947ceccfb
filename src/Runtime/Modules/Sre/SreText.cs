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
}

/// <summary>A .NET string with no surrogates, so that each char is one code point.</summary>
public readonly struct SreStringText(string text) : ISreText
{
    private readonly string _text = text;

    public int Length => _text.Length;
    public int this[int index] => _text[index];
}

/// <summary>The code points of a string with astral characters (or lone surrogates).</summary>
public readonly struct SreCodePointText(int[] codePoints) : ISreText
{
    private readonly int[] _codePoints = codePoints;

    public int Length => _codePoints.Length;
    public int this[int index] => _codePoints[index];
}

/// <summary>The bytes of a bytes-like subject (bytes patterns).</summary>
public readonly struct SreByteText(byte[] bytes) : ISreText
{
    private readonly byte[] _bytes = bytes;

    public int Length => _bytes.Length;
    public int this[int index] => _bytes[index];
}
