using System;
using static PyAot.Runtime.SreConstants;

namespace PyAot.Runtime;

/// <summary>
/// A run of characters every match of a pattern contains: the longest run of literals in the pattern's top-level
/// sequence (each match passes through every top-level operation in order, and a run of LITERALs, with only MARKs
/// between them, matches that text contiguously). A search first looks for it in its window, with a vectorised scan,
/// and when it is not there reports no match without trying a position. Not part of CPython's engine (RE2 and .NET's
/// engine filter the same way); it answers only where every attempt would fail.
/// </summary>
public sealed class SreRequiredLiteral
{
    /// <summary>The run as UTF-16, or null when it holds a code point above U+FFFF (no str without surrogates, the
    /// subjects searched as UTF-16, contains it).</summary>
    private readonly string? _chars;

    /// <summary>The run as bytes, or null when it holds a code point above 255 (no bytes subject contains it).</summary>
    private readonly byte[]? _bytes;

    private readonly int[] _codePoints;

    private SreRequiredLiteral(int[] codePoints)
    {
        _codePoints = codePoints;
        bool bmp = true, latin1 = true;
        foreach (int c in codePoints)
        {
            bmp &= c <= 0xFFFF;
            latin1 &= c <= 0xFF;
        }
        if (bmp)
            _chars = string.Create(codePoints.Length, codePoints, static (dest, cps) =>
            {
                for (int i = 0; i < cps.Length; i++)
                    dest[i] = (char)cps[i];
            });
        if (latin1)
            _bytes = Array.ConvertAll(codePoints, static c => (byte)c);
    }

    /// <summary>The run's code points (for tests).</summary>
    public ReadOnlySpan<int> CodePoints => _codePoints;

    /// <summary>Whether the run occurs in [start, end) of a str without surrogates.</summary>
    public bool OccursIn(string text, int start, int end) =>
        _chars is not null && end - start >= _chars.Length && text.AsSpan(start, end - start).IndexOf(_chars) >= 0;

    /// <summary>Whether the run occurs in [start, end) of a bytes subject.</summary>
    public bool OccursIn(byte[] bytes, int start, int end) =>
        _bytes is not null && end - start >= _bytes.Length && bytes.AsSpan(start, end - start).IndexOf(_bytes) >= 0;

    /// <summary>Whether the run occurs in [start, end) of a str's code points.</summary>
    public bool OccursIn(int[] codePoints, int start, int end) =>
        end - start >= _codePoints.Length && codePoints.AsSpan(start, end - start).IndexOf(_codePoints) >= 0;

    /// <summary>
    /// The required run of <paramref name="code"/> (a whole compiled pattern, INFO block first), or null when there
    /// is none of at least two characters, or the pattern has a literal prefix (which the search looks for anyway).
    /// </summary>
    public static SreRequiredLiteral? Of(uint[] code)
    {
        try
        {
            return Find(code);
        }
        catch (IndexOutOfRangeException)
        {
            // Code not from re's compiler (_sre.compile called directly) that runs off its end: no filter.
            return null;
        }
    }

    private static SreRequiredLiteral? Find(uint[] code)
    {
        int p = 0;
        if (code.Length > 0 && code[0] == Info)
        {
            if ((code[2] & InfoPrefix) != 0)
                return null;
            p = 1 + (int)code[1];
        }
        int bestStart = -1, bestLength = 0;
        int runStart = -1, runLength = 0;
        var literals = new System.Collections.Generic.List<int>();
        void EndRun()
        {
            if (runLength > bestLength)
            {
                bestStart = runStart;
                bestLength = runLength;
            }
            runLength = 0;
        }
        while (p < code.Length)
        {
            uint op = code[p];
            if (op == Literal)
            {
                if (runLength == 0)
                    runStart = literals.Count;
                literals.Add((int)code[p + 1]);
                runLength++;
                p += 2;
                continue;
            }
            if (op == Mark)
            {
                // Consumes nothing: the literals on either side are adjacent in the text.
                p += 2;
                continue;
            }
            EndRun();
            literals.Add(-1);
            int next = SreCodeWalk.Next(code, p);
            if (next < 0)
                break;
            p = next;
        }
        EndRun();
        if (bestLength < 2)
            return null;
        return new SreRequiredLiteral(literals.GetRange(bestStart, bestLength).ToArray());
    }
}
