using static PyAot.Runtime.SreConstants;

namespace PyAot.Runtime;

/// <summary>
/// Reading a compiled pattern's operations in sequence, for the analyses that run once per pattern
/// (<see cref="SreStartSet"/>, <see cref="SreRequiredLiteral"/>): which operations match exactly one character, and
/// where the operation after one begins.
/// </summary>
internal static class SreCodeWalk
{
    /// <summary>Whether <paramref name="op"/> matches exactly one character (LITERAL, IN, ANY, CATEGORY and their
    /// negated and case-insensitive forms).</summary>
    public static bool IsSingleCharacter(uint op) => op switch
    {
        Literal or NotLiteral or LiteralIgnore or LiteralUniIgnore or LiteralLocIgnore or NotLiteralIgnore
            or NotLiteralUniIgnore or NotLiteralLocIgnore or Any or AnyAll or Category or In or InIgnore or InUniIgnore
            or InLocIgnore => true,
        _ => false,
    };

    /// <summary>Where the operation after the one at <paramref name="p"/> begins, at the same level, or -1 to stop
    /// (the end of the pattern, or an operation whose extent is not simply its skip).</summary>
    public static int Next(uint[] code, int p)
    {
        switch (code[p])
        {
            case Any:
            case AnyAll:
            case MaxUntil:
            case MinUntil:
                return p + 1;
            case Literal:
            case NotLiteral:
            case LiteralIgnore:
            case LiteralUniIgnore:
            case LiteralLocIgnore:
            case NotLiteralIgnore:
            case NotLiteralUniIgnore:
            case NotLiteralLocIgnore:
            case At:
            case Category:
            case Mark:
            case GroupRef:
            case GroupRefIgnore:
            case GroupRefUniIgnore:
            case GroupRefLocIgnore:
                return p + 2;
            case In:
            case InIgnore:
            case InUniIgnore:
            case InLocIgnore:
            case Assert:
            case AssertNot:
            case RepeatOne:
            case MinRepeatOne:
            case Repeat:
                // <op> <skip> ...: the skip leads to what follows (for REPEAT, its MAX_UNTIL or MIN_UNTIL).
                return p + 1 + (int)code[p + 1];
            case Branch:
            {
                // <BRANCH> <skip> alternative <JUMP> ... <0>: past the last alternative's 0.
                int alt = p + 1;
                while (code[alt] != 0)
                    alt += (int)code[alt];
                return alt + 1;
            }
            default:
                // SUCCESS ends the pattern; GROUPREF_EXISTS, ATOMIC_GROUP and the possessive repeats are not walked.
                return -1;
        }
    }
}
