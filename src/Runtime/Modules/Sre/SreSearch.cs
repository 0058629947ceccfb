using System;
using static PyAot.Runtime.SreConstants;

namespace PyAot.Runtime;

/// <summary>
/// CPython 3.12's SRE(search): tries the pattern at each position from state.Start, using the INFO block to skip
/// ahead: to each occurrence of a literal prefix (with its overlap table, as Knuth-Morris-Pratt), or to each
/// character of the set the match must begin with. <see cref="SreStartSet"/> (ours, not CPython's) makes the last two
/// a table lookup or a vectorised scan, tests the characters after a candidate, and lets the general case skip
/// positions where no match can begin.
/// </summary>
internal static class SreSearch
{
    public static bool Search<TText>(SreState s, TText text, uint[] code, SreStartSet? starts) where TText : struct, ISreText
    {
        int ptr = s.Start;
        int end = s.End;
        int pattern = 0;
        uint flags = 0;
        int prefixLength = 0, prefixSkip = 0, prefix = 0, overlap = 0, charset = -1;

        if (ptr > end)
            return false;

        if (code[0] == Info)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            uint min = code[3];
            if (min != 0 && end - ptr < min)
                return false;
            if (min > 1)
            {
                // No match can begin in the last min - 1 characters (but leave one, for the literal searches).
                end -= (int)(min - 1);
                if (end <= ptr)
                    end = ptr;
            }
            if ((flags & InfoPrefix) != 0)
            {
                // <length> <skip> <prefix data> <overlap data>
                prefixLength = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
                overlap = prefix + prefixLength - 1;
            }
            else if ((flags & InfoCharset) != 0)
            {
                charset = 5;
            }
            pattern = 1 + (int)code[1];
        }

        if (prefixLength == 1)
        {
            // The pattern starts with one known character.
            uint c = code[prefix];
            end = s.End;
            s.MustAdvance = false;
            while (ptr < end)
            {
                ptr = text.IndexOf((int)c, ptr, end);
                if (ptr < 0)
                    return false;
                s.Start = ptr;
                s.Ptr = ptr + prefixSkip;
                if ((flags & InfoLiteral) != 0)
                    return true;
                if (SreMatcher.Match(s, text, code, pattern + 2 * prefixSkip, toplevel: false))
                    return true;
                ++ptr;
                ResetCaptureGroups(s);
            }
            return false;
        }

        if (prefixLength > 1)
        {
            // The pattern starts with a known string: find it, using the overlap table to go on after a partial
            // match without going back.
            end = s.End;
            if (prefixLength > end - ptr)
                return false;
            while (ptr < end)
            {
                int first = text.IndexOf((int)code[prefix], ptr, end);
                if (first < 0)
                    return false;
                ptr = first + 1;
                if (ptr >= end)
                    return false;

                int i = 1;
                s.MustAdvance = false;
                do
                {
                    if ((uint)text[ptr] == code[prefix + i])
                    {
                        if (++i != prefixLength)
                        {
                            if (++ptr >= end)
                                return false;
                            continue;
                        }
                        // A whole prefix: try the rest.
                        s.Start = ptr - (prefixLength - 1);
                        s.Ptr = ptr - (prefixLength - prefixSkip - 1);
                        if ((flags & InfoLiteral) != 0)
                            return true;
                        if (SreMatcher.Match(s, text, code, pattern + 2 * prefixSkip, toplevel: false))
                            return true;
                        if (++ptr >= end)
                            return false;
                        ResetCaptureGroups(s);
                    }
                    i = (int)code[overlap + i];
                }
                while (i != 0);
            }
            return false;
        }

        if (charset >= 0)
        {
            // The match starts with a character from a known set.
            end = s.End;
            s.MustAdvance = false;
            for (;;)
            {
                if (starts != null)
                    ptr = ptr < end ? text.IndexOfStart(starts, ptr, end) : -1;
                else
                {
                    while (ptr < end && !SreMatcher.InCharset(code, charset, (uint)text[ptr]))
                        ptr++;
                }
                if (ptr < 0 || ptr >= end)
                    return false;
                if (starts != null && ((text[ptr] >= 256 && !SreMatcher.InCharset(code, charset, (uint)text[ptr]))
                    || !starts.FollowsAt(text, ptr, end)))
                {
                    // The table knows only the first 256 characters; above, the charset itself decides. And the
                    // characters after it cannot continue a match.
                    ptr++;
                    continue;
                }
                s.Start = ptr;
                s.Ptr = ptr;
                if (SreMatcher.Match(s, text, code, pattern, toplevel: false))
                    return true;
                ptr++;
                ResetCaptureGroups(s);
            }
        }

        if (starts != null)
        {
            // Only the positions whose characters can begin a match: no match is empty, so every other attempt
            // would fail within its first few characters. The first position is still the only "toplevel" one.
            int first = ptr;
            int limit = Math.Min(end + 1, s.End);
            for (;;)
            {
                int at = ptr < limit ? text.IndexOfStart(starts, ptr, limit) : -1;
                if (at < 0)
                {
                    s.MustAdvance = false;
                    return false;
                }
                if (!starts.FollowsAt(text, at, s.End))
                {
                    ptr = at + 1;
                    continue;
                }
                if (at != first)
                    ResetCaptureGroups(s);
                s.Start = s.Ptr = at;
                bool matched = SreMatcher.Match(s, text, code, pattern, toplevel: at == first);
                s.MustAdvance = false;
                if (matched)
                    return true;
                ptr = at + 1;
            }
        }

        // The general case: each position in turn; only the first is "toplevel" (must_advance applies there).
        s.Start = s.Ptr = ptr;
        bool found = SreMatcher.Match(s, text, code, pattern, toplevel: true);
        s.MustAdvance = false;
        if (!found && code[pattern] == At && (code[pattern + 1] == AtBeginning || code[pattern + 1] == AtBeginningString))
        {
            // Anchored at the beginning: no later position can match.
            s.Start = s.Ptr = end;
            return false;
        }
        while (!found && ptr < end)
        {
            ptr++;
            ResetCaptureGroups(s);
            s.Start = s.Ptr = ptr;
            found = SreMatcher.Match(s, text, code, pattern, toplevel: false);
        }
        return found;
    }

    /// <summary>RESET_CAPTURE_GROUP: between two attempts, no group has matched.</summary>
    private static void ResetCaptureGroups(SreState s) => s.LastMark = s.LastIndex = -1;
}
