using static PyAot.Runtime.SreConstants;

namespace PyAot.Runtime;

/// <summary>
/// CPython 3.12's SRE(match) (Modules/_sre/sre_lib.h): the backtracking matcher over the compiled opcodes, with the
/// same order of attempts, group marks and empty-iteration checks. It never recurses on the .NET stack per repeat
/// or alternative: each "recursive" attempt is a context on <see cref="SreState.Frames"/>, and when it returns,
/// its parent resumes at the label its <see cref="SreJump"/> names (CPython's DO_JUMP and jump labels).
/// </summary>
internal static class SreMatcher
{
    /// <summary>Matches <paramref name="code"/> from <paramref name="pattern"/> at state.Ptr; on success state.Ptr
    /// is where the match ended. <paramref name="toplevel"/>: the fullmatch and must-advance rules apply at its
    /// SUCCESS.</summary>
    public static bool Match<TText>(SreState s, TText text, uint[] code, int pattern, bool toplevel)
        where TText : struct, ISreText
    {
        int end = s.End;
        // Contexts below this one belong to an outer Match (SRE(count)'s nested call).
        int baseFrame = s.FrameCount;
        int ctx = s.PushFrame(SreJump.None, toplevel);
        bool ret;
        int ptr;
        SreJump jump;
        int rep;

    Entrance:
        ptr = s.Ptr;
        if (code[pattern] == Info)
        {
            // <INFO> <1=skip> <2=flags> <3=min> ...: too few characters left for the shortest match.
            // (Unsigned, as CPython: with endpos < pos the difference is negative and passes.)
            if (code[pattern + 3] != 0 && (ulong)(long)(end - ptr) < code[pattern + 3])
                goto Failure;
            pattern += (int)code[pattern + 1] + 1;
        }

    Dispatch:
        switch (code[pattern++])
        {
            case Mark:
                // <MARK> <gid>
                s.SetMark((int)code[pattern], ptr);
                pattern++;
                goto Dispatch;

            case Literal:
                if (ptr >= end || (uint)text[ptr] != code[pattern])
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case NotLiteral:
                if (ptr >= end || (uint)text[ptr] == code[pattern])
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case Success:
                if (s.Frames[ctx].Toplevel && ((s.MatchAll && ptr != s.End) || (s.MustAdvance && ptr == s.Start)))
                    goto Failure;
                s.Ptr = ptr;
                goto Success;

            case At:
                if (!IsAt(s, text, ptr, code[pattern]))
                    goto Failure;
                pattern++;
                goto Dispatch;

            case Category:
                if (ptr >= end || !SreCharacters.Category((int)code[pattern], text[ptr]))
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case Any:
                if (ptr >= end || text[ptr] == '\n')
                    goto Failure;
                ptr++;
                goto Dispatch;

            case AnyAll:
                if (ptr >= end)
                    goto Failure;
                ptr++;
                goto Dispatch;

            case In:
                // <IN> <skip> <set>
                if (ptr >= end || !InCharset(code, pattern + 1, (uint)text[ptr]))
                    goto Failure;
                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;

            case LiteralIgnore:
                if (ptr >= end || (uint)SreCharacters.LowerAscii(text[ptr]) != code[pattern])
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case LiteralUniIgnore:
                if (ptr >= end || (uint)SreCharacters.LowerUnicode(text[ptr]) != code[pattern])
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case LiteralLocIgnore:
                if (ptr >= end || !SreCharacters.CharLocIgnore(code[pattern], text[ptr]))
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case NotLiteralIgnore:
                if (ptr >= end || (uint)SreCharacters.LowerAscii(text[ptr]) == code[pattern])
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case NotLiteralUniIgnore:
                if (ptr >= end || (uint)SreCharacters.LowerUnicode(text[ptr]) == code[pattern])
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case NotLiteralLocIgnore:
                if (ptr >= end || SreCharacters.CharLocIgnore(code[pattern], text[ptr]))
                    goto Failure;
                pattern++;
                ptr++;
                goto Dispatch;

            case InIgnore:
                if (ptr >= end || !InCharset(code, pattern + 1, (uint)SreCharacters.LowerAscii(text[ptr])))
                    goto Failure;
                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;

            case InUniIgnore:
                if (ptr >= end || !InCharset(code, pattern + 1, (uint)SreCharacters.LowerUnicode(text[ptr])))
                    goto Failure;
                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;

            case InLocIgnore:
                if (ptr >= end || !CharsetLocIgnore(code, pattern + 1, text[ptr]))
                    goto Failure;
                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;

            case Jump:
            case Info:
                // <JUMP> <offset>
                pattern += (int)code[pattern];
                goto Dispatch;

            case Branch:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                s.Frames[ctx].LastMark = s.LastMark;
                s.Frames[ctx].LastIndex = s.LastIndex;
                if (s.Repeat >= 0)
                    s.PushMarks(s.Frames[ctx].LastMark);
                goto BranchNext;

            case RepeatOne:
            {
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail: the item is one character wide, so
                // take as many as possible, then give them back one at a time until the tail matches.
                long min = code[pattern + 1];
                if (min > end - ptr)
                    goto Failure;
                s.Ptr = ptr;
                int count = Count(s, text, code, pattern + 3, code[pattern + 2]);
                ptr += count;
                if (count < min)
                    goto Failure;
                s.Frames[ctx].Count = count;
                uint next = code[pattern + (int)code[pattern]];
                if (next == Success && ptr == s.End && !(s.Frames[ctx].Toplevel && s.MustAdvance && ptr == s.Start))
                {
                    // The tail is empty: done.
                    s.Ptr = ptr;
                    goto Success;
                }
                s.Frames[ctx].LastMark = s.LastMark;
                s.Frames[ctx].LastIndex = s.LastIndex;
                if (s.Repeat >= 0)
                    s.PushMarks(s.Frames[ctx].LastMark);
                if (next == Literal)
                {
                    // The tail starts with a literal: only try positions where it is.
                    s.Frames[ctx].Chr = code[pattern + (int)code[pattern] + 1];
                    goto RepeatOneLiteralNext;
                }
                goto RepeatOneNext;
            }

            case MinRepeatOne:
            {
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail: take the minimum, then one more
                // each time the tail fails.
                long min = code[pattern + 1];
                if (min > end - ptr)
                    goto Failure;
                s.Ptr = ptr;
                if (min == 0)
                {
                    s.Frames[ctx].Count = 0;
                }
                else
                {
                    int count = Count(s, text, code, pattern + 3, code[pattern + 1]);
                    if (count < min)
                        goto Failure;
                    s.Frames[ctx].Count = count;
                    ptr += count;
                }
                if (code[pattern + (int)code[pattern]] == Success
                    && !(s.Frames[ctx].Toplevel && ((s.MatchAll && ptr != s.End) || (s.MustAdvance && ptr == s.Start))))
                {
                    s.Ptr = ptr;
                    goto Success;
                }
                s.Frames[ctx].LastMark = s.LastMark;
                s.Frames[ctx].LastIndex = s.LastIndex;
                if (s.Repeat >= 0)
                    s.PushMarks(s.Frames[ctx].LastMark);
                goto MinRepeatOneNext;
            }

            case PossessiveRepeatOne:
            {
                // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail: as many as possible, never
                // given back.
                if (ptr + (long)code[pattern + 1] > end)
                    goto Failure;
                s.Ptr = ptr;
                int count = Count(s, text, code, pattern + 3, code[pattern + 2]);
                ptr += count;
                if (count < code[pattern + 1])
                    goto Failure;
                pattern += (int)code[pattern];
                if (code[pattern] == Success && ptr == s.End && !(s.Frames[ctx].Toplevel && s.MustAdvance && ptr == s.Start))
                {
                    s.Ptr = ptr;
                    goto Success;
                }
                goto Dispatch;
            }

            case Repeat:
                // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail: install a repeat context;
                // the UNTIL opcode does the work.
                s.Frames[ctx].Rep = s.PushRepeat(pattern);
                s.Ptr = ptr;
                ctx = s.Call(ctx, pattern, ptr, SreJump.Repeat, s.Frames[ctx].Toplevel);
                pattern += (int)code[pattern];
                goto Entrance;

            case MaxUntil:
            {
                // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail: one more item if possible, else the tail.
                rep = s.Repeat;
                if (rep < 0)
                    throw InternalError();
                s.Frames[ctx].Rep = rep;
                s.Ptr = ptr;
                long count = s.Repeats[rep].Count + 1;
                s.Frames[ctx].Count = count;
                int repPattern = s.Repeats[rep].Pattern;
                if (count < code[repPattern + 1])
                {
                    // Not enough items yet.
                    s.Repeats[rep].Count = count;
                    ctx = s.Call(ctx, pattern, ptr, SreJump.MaxUntil1, s.Frames[ctx].Toplevel);
                    pattern = repPattern + 3;
                    goto Entrance;
                }
                if ((count < code[repPattern + 2] || code[repPattern + 2] == MaxRepeat) && s.Ptr != s.Repeats[rep].LastPtr)
                {
                    // Enough items, but try another; an item that would match empty where the last began is not
                    // tried (zero-width protection).
                    s.Repeats[rep].Count = count;
                    s.Frames[ctx].LastMark = s.LastMark;
                    s.Frames[ctx].LastIndex = s.LastIndex;
                    s.PushMarks(s.LastMark);
                    s.PushData(s.Repeats[rep].LastPtr);
                    s.Repeats[rep].LastPtr = s.Ptr;
                    ctx = s.Call(ctx, pattern, ptr, SreJump.MaxUntil2, s.Frames[ctx].Toplevel);
                    pattern = repPattern + 3;
                    goto Entrance;
                }
                goto MaxUntilTail;
            }

            case MinUntil:
            {
                // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail: the tail if possible, else one more item.
                rep = s.Repeat;
                if (rep < 0)
                    throw InternalError();
                s.Frames[ctx].Rep = rep;
                s.Ptr = ptr;
                long count = s.Repeats[rep].Count + 1;
                s.Frames[ctx].Count = count;
                int repPattern = s.Repeats[rep].Pattern;
                if (count < code[repPattern + 1])
                {
                    s.Repeats[rep].Count = count;
                    ctx = s.Call(ctx, pattern, ptr, SreJump.MinUntil1, s.Frames[ctx].Toplevel);
                    pattern = repPattern + 3;
                    goto Entrance;
                }
                // See if the tail matches, outside this repeat.
                s.Repeat = s.Repeats[rep].Prev;
                s.Frames[ctx].LastMark = s.LastMark;
                s.Frames[ctx].LastIndex = s.LastIndex;
                if (s.Repeat >= 0)
                    s.PushMarks(s.LastMark);
                ctx = s.Call(ctx, pattern, ptr, SreJump.MinUntil2, s.Frames[ctx].Toplevel);
                goto Entrance;
            }

            case PossessiveRepeat:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> item <SUCCESS> tail: each item matched in a context
                // of its own, whose backtracking ends when it returns.
                s.Ptr = ptr;
                s.Frames[ctx].Count = 0;
                goto PossessiveRepeatMin;

            case AtomicGroup:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                s.Ptr = ptr;
                ctx = s.Call(ctx, pattern, ptr, SreJump.AtomicGroup, false);
                pattern++;
                goto Entrance;

            case GroupRef:
            case GroupRefIgnore:
            case GroupRefUniIgnore:
            case GroupRefLocIgnore:
            {
                // <GROUPREF> <group>: the group's text again (compared by the case rule of the opcode).
                uint op = code[pattern - 1];
                int groupref = (int)code[pattern] * 2;
                if (groupref >= s.LastMark)
                    goto Failure;
                int p = s.Marks[groupref], e = s.Marks[groupref + 1];
                if (p < 0 || e < 0 || e < p)
                    goto Failure;
                for (; p < e; p++, ptr++)
                {
                    if (ptr >= end || !SameCharacter(op, text[ptr], text[p]))
                        goto Failure;
                }
                pattern++;
                goto Dispatch;
            }

            case GroupRefExists:
            {
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                int groupref = (int)code[pattern] * 2;
                if (groupref >= s.LastMark)
                {
                    pattern += (int)code[pattern + 1];
                    goto Dispatch;
                }
                int p = s.Marks[groupref], e = s.Marks[groupref + 1];
                if (p < 0 || e < 0 || e < p)
                {
                    pattern += (int)code[pattern + 1];
                    goto Dispatch;
                }
                pattern += 2;
                goto Dispatch;
            }

            case Assert:
                // <ASSERT> <skip> <back> <pattern>: lookahead (back 0) or lookbehind.
                if (ptr < code[pattern + 1])
                    goto Failure;
                s.Ptr = ptr - (int)code[pattern + 1];
                ctx = s.Call(ctx, pattern, ptr, SreJump.Assert, false);
                pattern += 2;
                goto Entrance;

            case AssertNot:
                // <ASSERT_NOT> <skip> <back> <pattern>
                if (ptr >= code[pattern + 1])
                {
                    s.Ptr = ptr - (int)code[pattern + 1];
                    s.Frames[ctx].LastMark = s.LastMark;
                    s.Frames[ctx].LastIndex = s.LastIndex;
                    if (s.Repeat >= 0)
                        s.PushMarks(s.LastMark);
                    ctx = s.Call(ctx, pattern, ptr, SreJump.AssertNot, false);
                    pattern += 2;
                    goto Entrance;
                }
                pattern += (int)code[pattern];
                goto Dispatch;

            case Failure:
                goto Failure;

            default:
                // RANGE, CHARSET, ... outside a set, or not an opcode: the code is not what _compiler makes.
                throw InternalError();
        }

    // ---- the loops of the opcodes above, entered first from the opcode and again when an attempt failed ----

    BranchNext:
        // Each alternative in turn; those whose first character cannot match are skipped.
        for (; code[pattern] != 0; pattern += (int)code[pattern])
        {
            if (code[pattern + 1] == Literal && (ptr >= end || (uint)text[ptr] != code[pattern + 2]))
                continue;
            if (code[pattern + 1] == In && (ptr >= end || !InCharset(code, pattern + 3, (uint)text[ptr])))
                continue;
            s.Ptr = ptr;
            ctx = s.Call(ctx, pattern, ptr, SreJump.Branch, s.Frames[ctx].Toplevel);
            pattern++;
            goto Entrance;
        }
        if (s.Repeat >= 0)
            s.DiscardMarks(s.Frames[ctx].LastMark);
        goto Failure;

    RepeatOneLiteralNext:
        {
            long min = code[pattern + 1];
            uint chr = s.Frames[ctx].Chr;
            long count = s.Frames[ctx].Count;
            while (count >= min && (ptr >= end || (uint)text[ptr] != chr))
            {
                ptr--;
                count--;
            }
            s.Frames[ctx].Count = count;
            if (count < min)
            {
                if (s.Repeat >= 0)
                    s.DiscardMarks(s.Frames[ctx].LastMark);
                goto Failure;
            }
            s.Ptr = ptr;
            ctx = s.Call(ctx, pattern, ptr, SreJump.RepeatOne1, s.Frames[ctx].Toplevel);
            pattern += (int)code[pattern];
            goto Entrance;
        }

    RepeatOneNext:
        if (s.Frames[ctx].Count < code[pattern + 1])
        {
            if (s.Repeat >= 0)
                s.DiscardMarks(s.Frames[ctx].LastMark);
            goto Failure;
        }
        s.Ptr = ptr;
        ctx = s.Call(ctx, pattern, ptr, SreJump.RepeatOne2, s.Frames[ctx].Toplevel);
        pattern += (int)code[pattern];
        goto Entrance;

    MinRepeatOneNext:
        if (code[pattern + 2] != MaxRepeat && s.Frames[ctx].Count > code[pattern + 2])
        {
            if (s.Repeat >= 0)
                s.DiscardMarks(s.Frames[ctx].LastMark);
            goto Failure;
        }
        s.Ptr = ptr;
        ctx = s.Call(ctx, pattern, ptr, SreJump.MinRepeatOne, s.Frames[ctx].Toplevel);
        pattern += (int)code[pattern];
        goto Entrance;

    MaxUntilTail:
        // No more items here: the tail must match, outside this repeat.
        rep = s.Frames[ctx].Rep;
        s.Repeat = s.Repeats[rep].Prev;
        ctx = s.Call(ctx, pattern, ptr, SreJump.MaxUntil3, s.Frames[ctx].Toplevel);
        goto Entrance;

    PossessiveRepeatMin:
        // The minimum number of items, each one atomic.
        if (s.Frames[ctx].Count < code[pattern + 1])
        {
            ctx = s.Call(ctx, pattern, ptr, SreJump.PossRepeat1, false);
            pattern += 3;
            goto Entrance;
        }
        // Then as many more as match; ptr (NULL at first) is where the last item began, so that an empty item ends
        // the loop.
        ptr = -1;

    PossessiveRepeatMore:
        if ((s.Frames[ctx].Count < code[pattern + 2] || code[pattern + 2] == MaxRepeat) && s.Ptr != ptr)
        {
            s.Frames[ctx].LastMark = s.LastMark;
            s.Frames[ctx].LastIndex = s.LastIndex;
            s.PushMarks(s.LastMark);
            ptr = s.Ptr;
            ctx = s.Call(ctx, pattern, ptr, SreJump.PossRepeat2, false);
            pattern += 3;
            goto Entrance;
        }

    PossessiveRepeatTail:
        // Skip to the end of the item and past its SUCCESS.
        pattern += (int)code[pattern] + 1;
        ptr = s.Ptr;
        goto Dispatch;

    Success:
        ret = true;
        goto Exit;

    Failure:
        ret = false;

    Exit:
        // Return to the parent context, resuming it where it made the call.
        jump = s.Frames[ctx].Jump;
        s.FrameCount = ctx;
        ctx--;
        if (ctx < baseFrame)
            return ret;
        pattern = s.Frames[ctx].Pattern;
        ptr = s.Frames[ctx].Ptr;

        switch (jump)
        {
            case SreJump.Branch:
                if (ret)
                {
                    if (s.Repeat >= 0)
                        s.DiscardMarks(s.Frames[ctx].LastMark);
                    goto Success;
                }
                if (s.Repeat >= 0)
                    s.PopMarks(s.Frames[ctx].LastMark, discard: false);
                RestoreLastMark(s, ctx);
                pattern += (int)code[pattern];
                goto BranchNext;

            case SreJump.RepeatOne1:
            case SreJump.RepeatOne2:
                if (ret)
                {
                    if (s.Repeat >= 0)
                        s.DiscardMarks(s.Frames[ctx].LastMark);
                    goto Success;
                }
                if (s.Repeat >= 0)
                    s.PopMarks(s.Frames[ctx].LastMark, discard: false);
                RestoreLastMark(s, ctx);
                ptr--;
                s.Frames[ctx].Count--;
                if (jump == SreJump.RepeatOne1)
                    goto RepeatOneLiteralNext;
                goto RepeatOneNext;

            case SreJump.MinRepeatOne:
                if (ret)
                {
                    if (s.Repeat >= 0)
                        s.DiscardMarks(s.Frames[ctx].LastMark);
                    goto Success;
                }
                if (s.Repeat >= 0)
                    s.PopMarks(s.Frames[ctx].LastMark, discard: false);
                RestoreLastMark(s, ctx);
                s.Ptr = ptr;
                if (Count(s, text, code, pattern + 3, 1) == 0)
                {
                    if (s.Repeat >= 0)
                        s.DiscardMarks(s.Frames[ctx].LastMark);
                    goto Failure;
                }
                ptr++;
                s.Frames[ctx].Count++;
                goto MinRepeatOneNext;

            case SreJump.Repeat:
                s.PopRepeat(s.Frames[ctx].Rep);
                goto Exit;

            case SreJump.MaxUntil1:
            case SreJump.MinUntil1:
                if (ret)
                    goto Success;
                rep = s.Frames[ctx].Rep;
                s.Repeats[rep].Count = s.Frames[ctx].Count - 1;
                s.Ptr = ptr;
                goto Failure;

            case SreJump.MaxUntil2:
                rep = s.Frames[ctx].Rep;
                s.Repeats[rep].LastPtr = s.PopData();
                if (ret)
                {
                    s.DiscardMarks(s.Frames[ctx].LastMark);
                    goto Success;
                }
                s.PopMarks(s.Frames[ctx].LastMark, discard: true);
                RestoreLastMark(s, ctx);
                s.Repeats[rep].Count = s.Frames[ctx].Count - 1;
                s.Ptr = ptr;
                goto MaxUntilTail;

            case SreJump.MaxUntil3:
                s.Repeat = s.Frames[ctx].Rep;
                if (ret)
                    goto Success;
                s.Ptr = ptr;
                goto Failure;

            case SreJump.MinUntil2:
            {
                int repeatOfTail = s.Repeat;
                rep = s.Frames[ctx].Rep;
                s.Repeat = rep;
                if (ret)
                {
                    if (repeatOfTail >= 0)
                        s.DiscardMarks(s.Frames[ctx].LastMark);
                    goto Success;
                }
                if (repeatOfTail >= 0)
                    s.PopMarks(s.Frames[ctx].LastMark, discard: true);
                RestoreLastMark(s, ctx);
                s.Ptr = ptr;
                int repPattern = s.Repeats[rep].Pattern;
                long count = s.Frames[ctx].Count;
                if ((count >= code[repPattern + 2] && code[repPattern + 2] != MaxRepeat) || s.Ptr == s.Repeats[rep].LastPtr)
                    goto Failure;
                // One more item (zero-width protection as in MAX_UNTIL).
                s.Repeats[rep].Count = count;
                s.PushData(s.Repeats[rep].LastPtr);
                s.Repeats[rep].LastPtr = s.Ptr;
                ctx = s.Call(ctx, pattern, ptr, SreJump.MinUntil3, s.Frames[ctx].Toplevel);
                pattern = repPattern + 3;
                goto Entrance;
            }

            case SreJump.MinUntil3:
                rep = s.Frames[ctx].Rep;
                s.Repeats[rep].LastPtr = s.PopData();
                if (ret)
                    goto Success;
                s.Repeats[rep].Count = s.Frames[ctx].Count - 1;
                s.Ptr = ptr;
                goto Failure;

            case SreJump.PossRepeat1:
                if (ret)
                {
                    s.Frames[ctx].Count++;
                    goto PossessiveRepeatMin;
                }
                s.Ptr = ptr;
                goto Failure;

            case SreJump.PossRepeat2:
                if (ret)
                {
                    s.DiscardMarks(s.Frames[ctx].LastMark);
                    s.Frames[ctx].Count++;
                    goto PossessiveRepeatMore;
                }
                s.PopMarks(s.Frames[ctx].LastMark, discard: true);
                RestoreLastMark(s, ctx);
                s.Ptr = ptr;
                goto PossessiveRepeatTail;

            case SreJump.AtomicGroup:
                if (!ret)
                {
                    s.Ptr = ptr;
                    goto Failure;
                }
                pattern += (int)code[pattern];
                ptr = s.Ptr;
                goto Dispatch;

            case SreJump.Assert:
                if (!ret)
                    goto Failure;
                pattern += (int)code[pattern];
                goto Dispatch;

            case SreJump.AssertNot:
                if (ret)
                {
                    if (s.Repeat >= 0)
                        s.DiscardMarks(s.Frames[ctx].LastMark);
                    goto Failure;
                }
                if (s.Repeat >= 0)
                    s.PopMarks(s.Frames[ctx].LastMark, discard: true);
                RestoreLastMark(s, ctx);
                pattern += (int)code[pattern];
                goto Dispatch;

            default:
                throw InternalError();
        }
    }

    /// <summary>LASTMARK_RESTORE.</summary>
    private static void RestoreLastMark(SreState s, int ctx)
    {
        s.LastMark = s.Frames[ctx].LastMark;
        s.LastIndex = s.Frames[ctx].LastIndex;
    }

    private static bool SameCharacter(uint op, int a, int b) => op switch
    {
        GroupRef => a == b,
        GroupRefIgnore => SreCharacters.LowerAscii(a) == SreCharacters.LowerAscii(b),
        GroupRefUniIgnore => SreCharacters.LowerUnicode(a) == SreCharacters.LowerUnicode(b),
        _ => SreCharacters.LowerLocale(a) == SreCharacters.LowerLocale(b),
    };

    internal static PyException InternalError() =>
        PyException.RuntimeError("internal error in regular expression engine");

    /// <summary>
    /// SRE(count): how many times (up to <paramref name="maxCount"/>) the one-character item at
    /// <paramref name="pattern"/> matches from state.Ptr.
    /// </summary>
    public static int Count<TText>(SreState s, TText text, uint[] code, int pattern, long maxCount)
        where TText : struct, ISreText
    {
        int start = s.Ptr;
        int ptr = start;
        int end = s.End;
        if (maxCount < end - ptr && maxCount != MaxRepeat)
            end = ptr + (int)maxCount;

        uint chr = code[pattern + 1];
        switch (code[pattern])
        {
            case In:
                while (ptr < end && InCharset(code, pattern + 2, (uint)text[ptr]))
                    ptr++;
                break;
            case Any:
                while (ptr < end && text[ptr] != '\n')
                    ptr++;
                break;
            case AnyAll:
                ptr = end;
                break;
            case Literal:
                while (ptr < end && (uint)text[ptr] == chr)
                    ptr++;
                break;
            case LiteralIgnore:
                while (ptr < end && (uint)SreCharacters.LowerAscii(text[ptr]) == chr)
                    ptr++;
                break;
            case LiteralUniIgnore:
                while (ptr < end && (uint)SreCharacters.LowerUnicode(text[ptr]) == chr)
                    ptr++;
                break;
            case LiteralLocIgnore:
                while (ptr < end && SreCharacters.CharLocIgnore(chr, text[ptr]))
                    ptr++;
                break;
            case NotLiteral:
                while (ptr < end && (uint)text[ptr] != chr)
                    ptr++;
                break;
            case NotLiteralIgnore:
                while (ptr < end && (uint)SreCharacters.LowerAscii(text[ptr]) != chr)
                    ptr++;
                break;
            case NotLiteralUniIgnore:
                while (ptr < end && (uint)SreCharacters.LowerUnicode(text[ptr]) != chr)
                    ptr++;
                break;
            case NotLiteralLocIgnore:
                while (ptr < end && !SreCharacters.CharLocIgnore(chr, text[ptr]))
                    ptr++;
                break;
            // The set opcodes with a case rule: CPython matches these through SRE(match) one at a time (the
            // default below); testing the set directly gives the same answer.
            case InIgnore:
                while (ptr < end && InCharset(code, pattern + 2, (uint)SreCharacters.LowerAscii(text[ptr])))
                    ptr++;
                break;
            case InUniIgnore:
                while (ptr < end && InCharset(code, pattern + 2, (uint)SreCharacters.LowerUnicode(text[ptr])))
                    ptr++;
                break;
            case InLocIgnore:
                while (ptr < end && CharsetLocIgnore(code, pattern + 2, text[ptr]))
                    ptr++;
                break;
            default:
                // Any other one-character item: match it repeatedly.
                while (s.Ptr < end)
                {
                    if (!Match(s, text, code, pattern, toplevel: false))
                        break;
                }
                return s.Ptr - start;
        }
        return ptr - start;
    }

    /// <summary>SRE(at): whether <paramref name="ptr"/> is at the position <paramref name="at"/> names.</summary>
    private static bool IsAt<TText>(SreState s, TText text, int ptr, uint at) where TText : struct, ISreText
    {
        int end = s.End;
        switch (at)
        {
            case AtBeginning:
            case AtBeginningString:
                return ptr == 0;
            case AtBeginningLine:
                return ptr == 0 || text[ptr - 1] == '\n';
            case AtEnd:
                return (end - ptr == 1 && text[ptr] == '\n') || ptr == end;
            case AtEndLine:
                // (ptr can be past End when endpos < pos; CPython then reads the character there.)
                return ptr == end || (ptr < text.Length && text[ptr] == '\n');
            case AtEndString:
                return ptr == end;
            case AtBoundary:
            case AtNonBoundary:
            case AtLocBoundary:
            case AtLocNonBoundary:
            case AtUniBoundary:
            case AtUniNonBoundary:
            {
                if (end == 0)
                    return false;
                bool before = ptr > 0 && IsWord(at, text[ptr - 1]);
                bool after = ptr < end && IsWord(at, text[ptr]);
                return at is AtBoundary or AtLocBoundary or AtUniBoundary ? before != after : before == after;
            }
            default:
                return false;
        }
    }

    private static bool IsWord(uint at, int ch) => at switch
    {
        AtBoundary or AtNonBoundary => SreCharacters.IsAsciiWord(ch),
        AtLocBoundary or AtLocNonBoundary => SreCharacters.IsLocaleWord(ch),
        _ => SreCharacters.IsUnicodeWord(ch),
    };

    /// <summary>SRE(charset): whether <paramref name="ch"/> is in the set at <paramref name="set"/> (a list of
    /// LITERAL, RANGE, CHARSET, BIGCHARSET, CATEGORY and NEGATE items ending with FAILURE).</summary>
    public static bool InCharset(uint[] code, int set, uint ch)
    {
        bool ok = true;
        for (;;)
        {
            switch (code[set++])
            {
                case Failure:
                    return !ok;

                case Literal:
                    // <LITERAL> <code>
                    if (ch == code[set])
                        return ok;
                    set++;
                    break;

                case Category:
                    // <CATEGORY> <code>
                    if (SreCharacters.Category((int)code[set], (int)ch))
                        return ok;
                    set++;
                    break;

                case Charset:
                    // <CHARSET> <bitmap>: 256 bits in 8 words.
                    if (ch < 256 && (code[set + (int)(ch >> 5)] & (1u << (int)(ch & 31))) != 0)
                        return ok;
                    set += 8;
                    break;

                case Range:
                    // <RANGE> <lower> <upper>
                    if (code[set] <= ch && ch <= code[set + 1])
                        return ok;
                    set += 2;
                    break;

                case RangeUniIgnore:
                {
                    // <RANGE_UNI_IGNORE> <lower> <upper>; ch is already lower case.
                    if (code[set] <= ch && ch <= code[set + 1])
                        return ok;
                    uint upper = (uint)SreCharacters.UpperUnicode((int)ch);
                    if (code[set] <= upper && upper <= code[set + 1])
                        return ok;
                    set += 2;
                    break;
                }

                case Negate:
                    ok = !ok;
                    break;

                case BigCharset:
                {
                    // <BIGCHARSET> <blockcount> <256 block indices, a byte each> <blocks of 256 bits>. The
                    // indices are bytes packed four to a word in memory order: little-endian, as _compiler
                    // wrote them on the machines we run on.
                    int count = (int)code[set++];
                    int block = ch < 0x10000 ? (int)((code[set + (int)(ch >> 10)] >> (int)((ch >> 8 & 3) * 8)) & 0xFF) : -1;
                    set += 64;
                    if (block >= 0 && (code[set + ((block * 256 + (int)(ch & 255)) >> 5)] & (1u << (int)(ch & 31))) != 0)
                        return ok;
                    set += count * 8;
                    break;
                }

                default:
                    // Not a set item: CPython pretends it did not match.
                    return false;
            }
        }
    }

    /// <summary>SRE(charset_loc_ignore).</summary>
    internal static bool CharsetLocIgnore(uint[] code, int set, int ch)
    {
        int lo = SreCharacters.LowerLocale(ch);
        if (InCharset(code, set, (uint)lo))
            return true;
        int up = SreCharacters.UpperLocale(ch);
        return up != lo && InCharset(code, set, (uint)up);
    }
}
