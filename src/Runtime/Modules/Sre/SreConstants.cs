namespace PyAot.Runtime;

/// <summary>
/// The numbers of CPython 3.12's re/_constants.py (MAGIC 20221023): opcodes in OPCODES order, AT codes, CATEGORY
/// codes and INFO flags. The compiled code is a list of these, 32-bit unsigned (CODESIZE 4).
/// </summary>
public static class SreConstants
{
    public const int Magic = 20221023;
    public const int CodeSize = 4;
    /// <summary>SRE_MAXREPEAT: "no upper bound" in a repeat.</summary>
    public const uint MaxRepeat = uint.MaxValue;
    /// <summary>SRE_MAXGROUPS for 4-byte codes: INT32_MAX / 2.</summary>
    public const int MaxGroups = int.MaxValue / 2;

    public const uint Failure = 0;
    public const uint Success = 1;
    public const uint Any = 2;
    public const uint AnyAll = 3;
    public const uint Assert = 4;
    public const uint AssertNot = 5;
    public const uint At = 6;
    public const uint Branch = 7;
    public const uint Category = 8;
    public const uint Charset = 9;
    public const uint BigCharset = 10;
    public const uint GroupRef = 11;
    public const uint GroupRefExists = 12;
    public const uint In = 13;
    public const uint Info = 14;
    public const uint Jump = 15;
    public const uint Literal = 16;
    public const uint Mark = 17;
    public const uint MaxUntil = 18;
    public const uint MinUntil = 19;
    public const uint NotLiteral = 20;
    public const uint Negate = 21;
    public const uint Range = 22;
    public const uint Repeat = 23;
    public const uint RepeatOne = 24;
    public const uint SubPattern = 25;
    public const uint MinRepeatOne = 26;
    public const uint AtomicGroup = 27;
    public const uint PossessiveRepeat = 28;
    public const uint PossessiveRepeatOne = 29;
    public const uint GroupRefIgnore = 30;
    public const uint InIgnore = 31;
    public const uint LiteralIgnore = 32;
    public const uint NotLiteralIgnore = 33;
    public const uint GroupRefLocIgnore = 34;
    public const uint InLocIgnore = 35;
    public const uint LiteralLocIgnore = 36;
    public const uint NotLiteralLocIgnore = 37;
    public const uint GroupRefUniIgnore = 38;
    public const uint InUniIgnore = 39;
    public const uint LiteralUniIgnore = 40;
    public const uint NotLiteralUniIgnore = 41;
    public const uint RangeUniIgnore = 42;

    public const uint AtBeginning = 0;
    public const uint AtBeginningLine = 1;
    public const uint AtBeginningString = 2;
    public const uint AtBoundary = 3;
    public const uint AtNonBoundary = 4;
    public const uint AtEnd = 5;
    public const uint AtEndLine = 6;
    public const uint AtEndString = 7;
    public const uint AtLocBoundary = 8;
    public const uint AtLocNonBoundary = 9;
    public const uint AtUniBoundary = 10;
    public const uint AtUniNonBoundary = 11;

    public const int CategoryDigit = 0;
    public const int CategoryNotDigit = 1;
    public const int CategorySpace = 2;
    public const int CategoryNotSpace = 3;
    public const int CategoryWord = 4;
    public const int CategoryNotWord = 5;
    public const int CategoryLinebreak = 6;
    public const int CategoryNotLinebreak = 7;
    public const int CategoryLocWord = 8;
    public const int CategoryLocNotWord = 9;
    public const int CategoryUniDigit = 10;
    public const int CategoryUniNotDigit = 11;
    public const int CategoryUniSpace = 12;
    public const int CategoryUniNotSpace = 13;
    public const int CategoryUniWord = 14;
    public const int CategoryUniNotWord = 15;
    public const int CategoryUniLinebreak = 16;
    public const int CategoryUniNotLinebreak = 17;

    public const uint InfoPrefix = 1;
    public const uint InfoLiteral = 2;
    public const uint InfoCharset = 4;
}
