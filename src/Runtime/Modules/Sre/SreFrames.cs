namespace PyAot.Runtime;

// The records on the matcher's explicit stacks (SreState.Frames and SreState.Repeats).

/// <summary>Where a context resumes when its child context returns (CPython's JUMP_* values).</summary>
internal enum SreJump : byte
{
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// <summary>SRE(match_context): one activation of the matcher on the explicit stack. Positions are indexes into the
/// subject; -1 stands for CPython's NULL pointer.</summary>
internal struct SreFrame
{
    public int Pattern;
    public int Ptr;
    public long Count;
    public uint Chr;
    public int Rep;
    public int LastMark;
    public int LastIndex;
    public SreJump Jump;
    public bool Toplevel;
}

/// <summary>SRE_REPEAT: the state of one REPEAT ... MAX_UNTIL/MIN_UNTIL loop.</summary>
internal struct SreRepeat
{
    public long Count;
    /// <summary>The REPEAT's operands: [Pattern] skip, [+1] min, [+2] max, [+3] the item.</summary>
    public int Pattern;
    /// <summary>Where the last iteration began: an iteration that matches empty there again ends the loop.</summary>
    public int LastPtr;
    public int Prev;
}
