using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// CPython's SRE_STATE: the subject, the window [Start, End) being matched, the group marks of the last match, and
/// the engine's backtracking stacks (kept here so that a scanner's repeated searches reuse them).
/// </summary>
public sealed class SreState
{
    private enum TextKind : byte { String, CodePoints, Bytes }

    private readonly TextKind _kind;
    private readonly string? _string;
    private readonly int[]? _codePoints;
    private readonly byte[]? _bytes;

    public bool IsBytes => _kind == TextKind.Bytes;
    /// <summary>Of the whole subject, in code points (or bytes).</summary>
    public int Length { get; }

    /// <summary>Where the next match or search begins; after a successful Match or Search, where the match began.</summary>
    public int Start;
    /// <summary>The end of the window: endpos, clamped.</summary>
    public int End;
    /// <summary>After a successful Match or Search, where the match ended.</summary>
    public int Ptr;
    /// <summary>pos and endpos as given, clamped as CPython's state_init does (for Match objects).</summary>
    public int Pos, EndPos;
    /// <summary>
    /// The group marks: group g (1-based) spans Marks[2g-2]..Marks[2g-1], -1 when unset. Grown on demand, so it
    /// may be shorter than 2 * groups; entries above <see cref="LastMark"/> are not valid (after a success they
    /// are -1). <see cref="TryGetGroup"/> applies CPython's rule.
    /// </summary>
    public int[] Marks = new int[8];
    /// <summary>The highest valid index in <see cref="Marks"/>, and the last group closed (lastindex).</summary>
    public int LastMark = -1, LastIndex = -1;
    /// <summary>The match must not be empty at Start (finditer, sub and split set it after an empty match).</summary>
    public bool MustAdvance;

    /// <summary>fullmatch: the match must end at End.</summary>
    internal bool MatchAll;
    /// <summary>state->repeat: the index in <see cref="Repeats"/> of the innermost active REPEAT, or -1.</summary>
    internal int Repeat = -1;

    // The engine's stacks: match contexts, saved marks and repeat positions (CPython's data stack), repeat contexts.
    // Only a running Match or Search uses them (the engine calls no Python code, so a thread runs one at a time):
    // they are the thread's, lent for the call (SreStacks), so that a search allocates none.
    internal SreFrame[] Frames = Array.Empty<SreFrame>();
    internal int FrameCount;
    internal int[] Data = Array.Empty<int>();
    internal int DataCount;
    internal SreRepeat[] Repeats = Array.Empty<SreRepeat>();
    internal int RepeatCount;

    private SreState(TextKind kind, string? s, int[]? codePoints, byte[]? bytes, int length, int pos, int endpos)
    {
        _kind = kind;
        _string = s;
        _codePoints = codePoints;
        _bytes = bytes;
        Length = length;
        // state_init's clamping; endpos < pos is allowed and then nothing matches.
        pos = Math.Clamp(pos, 0, length);
        endpos = Math.Clamp(endpos, 0, length);
        Pos = Start = Ptr = pos;
        EndPos = End = endpos;
        Marks.AsSpan().Fill(-1);
    }

    /// <summary>A str subject; <paramref name="pos"/> and <paramref name="endpos"/> count code points.</summary>
    public static SreState ForString(string s, int pos, int endpos)
    {
        if (!CodePoints.HasSurrogates(s))
            return new SreState(TextKind.String, s, null, null, s.Length, pos, endpos);
        int[] values = CodePoints.Values(s);
        return new SreState(TextKind.CodePoints, null, values, null, values.Length, pos, endpos);
    }

    /// <summary>A bytes-like subject.</summary>
    public static SreState ForBytes(byte[] b, int pos, int endpos) =>
        new(TextKind.Bytes, null, null, b, b.Length, pos, endpos);

    /// <summary>The subject's code point (or byte) at <paramref name="index"/>.</summary>
    public int CodePointAt(int index) => _kind switch
    {
        TextKind.String => _string![index],
        TextKind.CodePoints => _codePoints![index],
        _ => _bytes![index],
    };

    /// <summary>state_reset: marks unset, lastmark and lastindex -1, no repeat context.</summary>
    public void Reset()
    {
        LastMark = LastIndex = -1;
        Marks.AsSpan().Fill(-1);
        ResetStacks();
    }

    /// <summary>
    /// sre_match: the pattern at Start (toplevel), the whole compiled <paramref name="code"/> (beginning with its
    /// INFO block). <paramref name="matchAll"/> is fullmatch. On success sets Ptr, Marks, LastMark and LastIndex.
    /// </summary>
    public bool Match(uint[] code, bool matchAll)
    {
        MatchAll = matchAll;
        Ptr = Start;
        var stacks = SreStacks.Rent(this);
        try
        {
            bool found = _kind switch
            {
                TextKind.String => SreMatcher.Match(this, new SreStringText(_string!), code, 0, toplevel: true),
                TextKind.CodePoints => SreMatcher.Match(this, new SreCodePointText(_codePoints!), code, 0, toplevel: true),
                _ => SreMatcher.Match(this, new SreByteText(_bytes!), code, 0, toplevel: true),
            };
            return Finish(found);
        }
        finally
        {
            stacks.Return(this);
        }
    }

    /// <summary>sre_search from Start; on success Start is where the match began and Ptr where it ended.</summary>
    public bool Search(uint[] code, SreStartSet? starts = null, SreRequiredLiteral? required = null)
    {
        MatchAll = false;
        if (required is not null && Start <= End && !RequiredOccurs(required))
            return false;
        var stacks = SreStacks.Rent(this);
        try
        {
            bool found = _kind switch
            {
                TextKind.String => SreSearch.Search(this, new SreStringText(_string!), code, starts),
                TextKind.CodePoints => SreSearch.Search(this, new SreCodePointText(_codePoints!), code, starts),
                _ => SreSearch.Search(this, new SreByteText(_bytes!), code, starts),
            };
            return Finish(found);
        }
        finally
        {
            stacks.Return(this);
        }
    }

    /// <summary>Whether the run every match contains occurs in the window [Start, End).</summary>
    private bool RequiredOccurs(SreRequiredLiteral required) => _kind switch
    {
        TextKind.String => required.OccursIn(_string!, Start, End),
        TextKind.CodePoints => required.OccursIn(_codePoints!, Start, End),
        _ => required.OccursIn(_bytes!, Start, End),
    };

    /// <summary>
    /// Group <paramref name="group"/> (1-based) of the last match, as CPython's pattern_new_match reads it: set only
    /// when both its marks are at or below LastMark and neither is unset.
    /// </summary>
    public bool TryGetGroup(int group, out int start, out int end)
    {
        int j = 2 * (group - 1);
        if (j >= 0 && j + 1 <= LastMark && Marks[j] >= 0 && Marks[j + 1] >= 0)
        {
            start = Marks[j];
            end = Marks[j + 1];
            return true;
        }
        start = end = -1;
        return false;
    }

    private bool Finish(bool found)
    {
        // Backtracking leaves stale marks above LastMark; clear them so that Marks reads as documented.
        if (found && LastMark + 1 < Marks.Length)
            Marks.AsSpan(LastMark + 1).Fill(-1);
        return found;
    }

    internal void ResetStacks()
    {
        Repeat = -1;
        FrameCount = DataCount = RepeatCount = 0;
    }

    // ---- the engine's stack operations ----

    /// <summary>Enters a child context: <paramref name="ctx"/> resumes at (pattern, ptr) with <paramref name="jump"/>
    /// when the child returns. Returns the child's index.</summary>
    internal int Call(int ctx, int pattern, int ptr, SreJump jump, bool toplevel)
    {
        Frames[ctx].Pattern = pattern;
        Frames[ctx].Ptr = ptr;
        return PushFrame(jump, toplevel);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int PushFrame(SreJump jump, bool toplevel)
    {
        if (FrameCount == Frames.Length)
            GrowFrames();
        ref SreFrame f = ref Frames[FrameCount];
        f = default;
        f.Jump = jump;
        f.Toplevel = toplevel;
        return FrameCount++;
    }

    private void GrowFrames() => Array.Resize(ref Frames, Math.Max(16, Frames.Length * 2));

    /// <summary>MARK: sets mark <paramref name="i"/>, unsetting any skipped above LastMark.</summary>
    internal void SetMark(int i, int ptr)
    {
        if ((i & 1) != 0)
            LastIndex = i / 2 + 1;
        if (i > LastMark)
        {
            if (i >= Marks.Length)
            {
                int old = Marks.Length;
                Array.Resize(ref Marks, Math.Max(i + 1, old * 2));
                Marks.AsSpan(old).Fill(-1);
            }
            for (int j = LastMark + 1; j < i; j++)
                Marks[j] = -1;
            LastMark = i;
        }
        Marks[i] = ptr;
    }

    /// <summary>MARK_PUSH: saves marks 0..lastmark.</summary>
    internal void PushMarks(int lastmark)
    {
        if (lastmark < 0)
            return;
        int n = lastmark + 1;
        EnsureData(n);
        Marks.AsSpan(0, n).CopyTo(Data.AsSpan(DataCount));
        DataCount += n;
    }

    /// <summary>MARK_POP (discard) and MARK_POP_KEEP (not discard): restores marks 0..lastmark.</summary>
    internal void PopMarks(int lastmark, bool discard)
    {
        if (lastmark < 0)
            return;
        int n = lastmark + 1;
        Data.AsSpan(DataCount - n, n).CopyTo(Marks);
        if (discard)
            DataCount -= n;
    }

    /// <summary>MARK_POP_DISCARD.</summary>
    internal void DiscardMarks(int lastmark)
    {
        if (lastmark >= 0)
            DataCount -= lastmark + 1;
    }

    internal void PushData(int value)
    {
        EnsureData(1);
        Data[DataCount++] = value;
    }

    internal int PopData() => Data[--DataCount];

    private void EnsureData(int n)
    {
        if (DataCount + n > Data.Length)
            Array.Resize(ref Data, Math.Max(Math.Max(64, Data.Length * 2), DataCount + n));
    }

    /// <summary>Installs a new repeat context (the REPEAT opcode) as the current one; returns its index.</summary>
    internal int PushRepeat(int pattern)
    {
        if (RepeatCount == Repeats.Length)
            Array.Resize(ref Repeats, Math.Max(4, Repeats.Length * 2));
        Repeats[RepeatCount] = new SreRepeat { Count = -1, Pattern = pattern, LastPtr = -1, Prev = Repeat };
        Repeat = RepeatCount;
        return RepeatCount++;
    }

    /// <summary>Frees repeat context <paramref name="rep"/>: they live and die in stack order, each freed by the REPEAT
    /// that made it once everything after it has returned.</summary>
    internal void PopRepeat(int rep)
    {
        System.Diagnostics.Debug.Assert(rep == RepeatCount - 1);
        Repeat = Repeats[rep].Prev;
        RepeatCount = rep;
    }
}

/// <summary>
/// A thread's matcher stacks, lent to one <see cref="SreState"/> for the length of a Match or Search and given back
/// (grown, if the match needed more) when it returns. A second state matching on the same thread while the first is
/// lent (it cannot: the engine calls no Python code) would get stacks of its own.
/// </summary>
internal sealed class SreStacks
{
    [ThreadStatic]
    private static SreStacks? t_spare;

    private SreFrame[] _frames = Array.Empty<SreFrame>();
    private int[] _data = Array.Empty<int>();
    private SreRepeat[] _repeats = Array.Empty<SreRepeat>();

    public static SreStacks Rent(SreState state)
    {
        var stacks = t_spare ?? new SreStacks();
        t_spare = null;
        state.Frames = stacks._frames;
        state.Data = stacks._data;
        state.Repeats = stacks._repeats;
        state.ResetStacks();
        return stacks;
    }

    /// <summary>Stacks grown past these (a deep match on a long subject) are dropped, not kept for the thread.</summary>
    private const int KeptFrames = 4096, KeptData = 16384, KeptRepeats = 1024;

    public void Return(SreState state)
    {
        _frames = state.Frames.Length <= KeptFrames ? state.Frames : Array.Empty<SreFrame>();
        _data = state.Data.Length <= KeptData ? state.Data : Array.Empty<int>();
        _repeats = state.Repeats.Length <= KeptRepeats ? state.Repeats : Array.Empty<SreRepeat>();
        state.Frames = Array.Empty<SreFrame>();
        state.Data = Array.Empty<int>();
        state.Repeats = Array.Empty<SreRepeat>();
        t_spare = this;
    }
}
