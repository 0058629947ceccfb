using System;
using System.Buffers;
using static PyAot.Runtime.SreConstants;

namespace PyAot.Runtime;

/// <summary>
/// The characters a match of a pattern can begin with (and, where every match begins with single characters at fixed
/// offsets, the next few), worked out once per compiled pattern so that a search skips to the next candidate position
/// with a table lookup (or a vectorised scan) instead of an attempt at every position. Not part of CPython's engine,
/// which tests its INFO charset one character at a time and, with no charset, tries every position; the positions
/// skipped are only those where an attempt fails within its first few characters, so the matches found are the same.
/// </summary>
public sealed class SreStartSet
{
    /// <summary>Characters 0..255: whether a match can begin with each (exact).</summary>
    private readonly bool[] _low;

    /// <summary>Whether a character at or above 256 may begin a match (conservative: true when not known).</summary>
    private readonly bool _highMayStart;

    /// <summary>The set as bytes, for bytes subjects.</summary>
    public readonly SearchValues<byte> Bytes;

    /// <summary>The set as chars, for str subjects, when no character at or above 256 can begin a match.</summary>
    public readonly SearchValues<char>? Chars;

    /// <summary>
    /// The characters every match has at offsets 1, 2, ... (as far as its first characters are single-character items
    /// at fixed offsets, in every alternative): each a table of 257, the last entry standing for every character at or
    /// above 256. A candidate whose next characters fall outside them gets no attempt.
    /// </summary>
    private bool[][] _next = [];

    /// <summary>How many characters after the first <see cref="FollowsAt{TText}"/> tests at most.</summary>
    private const int MaxNext = 3;

    private SreStartSet(bool[] low, bool highMayStart)
    {
        _low = low;
        _highMayStart = highMayStart;
        int count = 0;
        foreach (bool b in low)
            count += b ? 1 : 0;
        var bytes = new byte[count];
        var chars = new char[count];
        for (int ch = 0, i = 0; ch < 256; ch++)
        {
            if (low[ch])
            {
                bytes[i] = (byte)ch;
                chars[i++] = (char)ch;
            }
        }
        Bytes = SearchValues.Create(bytes);
        Chars = highMayStart ? null : SearchValues.Create(chars);
    }

    public bool Contains(int ch) => (uint)ch < 256 ? _low[ch] : _highMayStart;

    /// <summary>Whether the characters after a candidate start at <paramref name="at"/> can continue a match that
    /// ends by <paramref name="end"/>.</summary>
    public bool FollowsAt<TText>(TText text, int at, int end) where TText : struct, ISreText
    {
        var next = _next;
        for (int i = 0; i < next.Length; i++)
        {
            int q = at + 1 + i;
            if (q >= end)
                return false;
            int ch = text[q];
            if (!next[i][(uint)ch < 256 ? ch : 256])
                return false;
        }
        return true;
    }

    /// <summary>The tables of the characters at offsets 1.. (for tests: their count).</summary>
    public int FollowingOffsets => _next.Length;

    private SreStartSet WithNext(uint[] code, int pattern)
    {
        try
        {
            var leading = Leading(code, pattern, MaxNext + 1, depth: 0);
            if (leading.Count > 1)
                _next = leading.GetRange(1, leading.Count - 1).ToArray();
        }
        catch (IndexOutOfRangeException)
        {
        }
        return this;
    }

    /// <summary>
    /// The characters at each of the first offsets (at most <paramref name="max"/>) of every match of the sequence at
    /// <paramref name="pattern"/>: its single-character items, through MARKs, and into a BRANCH, whose alternatives
    /// give their common length, after which offsets vary.
    /// </summary>
    private static System.Collections.Generic.List<bool[]> Leading(uint[] code, int pattern, int max, int depth)
    {
        var sets = new System.Collections.Generic.List<bool[]>();
        while (sets.Count < max && depth <= 32)
        {
            uint op = code[pattern];
            if (op == Mark)
            {
                pattern += 2;
                continue;
            }
            if (op == Branch)
            {
                System.Collections.Generic.List<bool[]>? merged = null;
                for (int alt = pattern + 1; code[alt] != 0; alt += (int)code[alt])
                {
                    var sets2 = Leading(code, alt + 1, max - sets.Count, depth + 1);
                    if (merged is null)
                    {
                        merged = sets2;
                    }
                    else
                    {
                        int n = Math.Min(merged.Count, sets2.Count);
                        merged.RemoveRange(n, merged.Count - n);
                        for (int i = 0; i < n; i++)
                        {
                            for (int ch = 0; ch < 257; ch++)
                                merged[i][ch] |= sets2[i][ch];
                        }
                    }
                    if (merged.Count == 0)
                        break;
                }
                if (merged is not null)
                    sets.AddRange(merged);
                break;
            }
            if (!SreCodeWalk.IsSingleCharacter(op))
                break;
            var set = new bool[257];
            bool high = false;
            AddOne(code, pattern, set, ref high);
            set[256] = high;
            sets.Add(set);
            pattern = SreCodeWalk.Next(code, pattern);
        }
        return sets;
    }

    /// <summary>
    /// The start set of <paramref name="code"/> (a whole compiled pattern, INFO block first), or null when the pattern
    /// may match the empty string, begins with something other than a character (an anchor, a lookaround, a group
    /// reference), or has a literal prefix (which the search finds faster by itself).
    /// </summary>
    public static SreStartSet? Of(uint[] code)
    {
        var low = new bool[256];
        bool high = false;
        if (code.Length == 0)
            return null;
        int pattern = 0;
        if (code[0] == Info)
        {
            uint flags = code[2];
            if ((flags & InfoPrefix) != 0)
                return null;
            if ((flags & InfoCharset) != 0)
            {
                // The charset CPython's compiler computed: the search tests exactly it, so the table is it.
                for (int ch = 0; ch < 256; ch++)
                    low[ch] = SreMatcher.InCharset(code, 5, (uint)ch);
                return new SreStartSet(low, highMayStart: true).WithNext(code, 1 + (int)code[1]);
            }
            pattern = 1 + (int)code[1];
        }
        try
        {
            return AddFirst(code, pattern, low, ref high, depth: 0) ? new SreStartSet(low, high).WithNext(code, pattern) : null;
        }
        catch (IndexOutOfRangeException)
        {
            // Code not from re's compiler (_sre.compile called directly) that runs off its end: no shortcut.
            return null;
        }
    }

    /// <summary>Adds the characters a match of the code at <paramref name="pattern"/> can begin with; false when
    /// that is not known (or the match may be empty).</summary>
    private static bool AddFirst(uint[] code, int pattern, bool[] low, ref bool high, int depth)
    {
        if (depth > 32)
            return false;
        for (;;)
        {
            if (pattern >= code.Length)
                return false;
            switch (code[pattern])
            {
                case Mark:
                    // <MARK> <gid>: consumes nothing.
                    pattern += 2;
                    continue;

                case Branch:
                    // <BRANCH> <skip> alternative <JUMP> ... <0>: any alternative.
                    for (int alt = pattern + 1; alt < code.Length && code[alt] != 0; alt += (int)code[alt])
                    {
                        if (!AddFirst(code, alt + 1, low, ref high, depth + 1))
                            return false;
                    }
                    return true;

                case RepeatOne:
                case MinRepeatOne:
                case PossessiveRepeatOne:
                    // <op> <skip> <min> <max> item: with min >= 1, the first character is the item's.
                    return pattern + 4 < code.Length && code[pattern + 2] >= 1 && AddOne(code, pattern + 4, low, ref high);

                case Repeat:
                case PossessiveRepeat:
                    // <op> <skip> <min> <max> body: likewise, the body's first character.
                    return pattern + 4 < code.Length && code[pattern + 2] >= 1
                        && AddFirst(code, pattern + 4, low, ref high, depth + 1);

                case AtomicGroup:
                    // <ATOMIC_GROUP> <skip> body <SUCCESS>
                    pattern += 2;
                    continue;

                default:
                    return AddOne(code, pattern, low, ref high);
            }
        }
    }

    /// <summary>Adds the characters the one-character item at <paramref name="item"/> accepts; false when the item
    /// is not one of the single-character operations.</summary>
    private static bool AddOne(uint[] code, int item, bool[] low, ref bool high)
    {
        uint op = code[item];
        if (!SreCodeWalk.IsSingleCharacter(op) || item + 1 >= code.Length)
            return false;
        if (op == Literal)
        {
            if (code[item + 1] < 256)
                low[code[item + 1]] = true;
            else
                high = true;
            return true;
        }
        for (int ch = 0; ch < 256; ch++)
            low[ch] |= Accepts(code, item, ch);
        // A set of only literals, ranges and bitmaps below 256 (the usual [...] of ASCII) ends there; for the
        // others, characters above may match.
        high |= op != In || !BelowByte(code, item + 2);
        return true;
    }

    /// <summary>Whether the set at <paramref name="set"/> (IN's operand) holds only characters below 256.</summary>
    private static bool BelowByte(uint[] code, int set)
    {
        for (;;)
        {
            switch (code[set])
            {
                case Failure:
                    return true;
                case Literal:
                    if (code[set + 1] >= 256)
                        return false;
                    set += 2;
                    break;
                case SreConstants.Range:
                    if (code[set + 2] >= 256)
                        return false;
                    set += 3;
                    break;
                case Charset:
                    set += 9;
                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether the one-character item accepts <paramref name="ch"/>, tested as the matcher tests it.</summary>
    private static bool Accepts(uint[] code, int item, int ch) => code[item] switch
    {
        NotLiteral => (uint)ch != code[item + 1],
        LiteralIgnore => (uint)SreCharacters.LowerAscii(ch) == code[item + 1],
        LiteralUniIgnore => (uint)SreCharacters.LowerUnicode(ch) == code[item + 1],
        LiteralLocIgnore => SreCharacters.CharLocIgnore(code[item + 1], ch),
        NotLiteralIgnore => (uint)SreCharacters.LowerAscii(ch) != code[item + 1],
        NotLiteralUniIgnore => (uint)SreCharacters.LowerUnicode(ch) != code[item + 1],
        NotLiteralLocIgnore => !SreCharacters.CharLocIgnore(code[item + 1], ch),
        Any => ch != '\n',
        AnyAll => true,
        Category => SreCharacters.Category((int)code[item + 1], ch),
        In => SreMatcher.InCharset(code, item + 2, (uint)ch),
        InIgnore => SreMatcher.InCharset(code, item + 2, (uint)SreCharacters.LowerAscii(ch)),
        InUniIgnore => SreMatcher.InCharset(code, item + 2, (uint)SreCharacters.LowerUnicode(ch)),
        InLocIgnore => SreMatcher.CharsetLocIgnore(code, item + 2, ch),
        _ => true,
    };
}
