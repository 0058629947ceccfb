using System;
using System.Collections.Generic;

#if PYAOT_RUNTIME
namespace PyAot.Runtime;
#else
namespace PyAot.FrontEnd.Diagnostics;
#endif

/// <summary>
/// CPython 3.12's "Did you mean" suggestions, as its traceback printer computes them (<c>Python/suggestions.c</c>;
/// <c>traceback.py</c>'s copy, which <c>print_exc()</c> uses, differs in its first cut-off): the candidate closest to
/// the wrong name by a
/// Levenshtein distance in which a change of case costs half a substitution, within a third of the characters
/// involved; the first of equally close candidates wins, so the candidates' order is CPython's order.
/// </summary>
internal static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The suggestion for <paramref name="wrongName"/> among <paramref name="candidates"/> (in CPython's
    /// order: for a NameError the frame's locals, then its globals, then the builtins), or null.</summary>
    public static string? Closest(string wrongName, IReadOnlyList<string> candidates)
    {
        if (candidates.Count > MaxCandidateItems)
            return null;
        int wrongLength = wrongName.Length;
        if (wrongLength > MaxStringSize)
            return null;
        // suggestions.c starts from no distance at all (traceback.py, for print_exc(), from the name's length):
        // the uncaught exception's message is the C one.
        int bestDistance = int.MaxValue;
        string? suggestion = null;
        foreach (var possible in candidates)
        {
            // A missing attribute is "found": never suggested (GH-88821).
            if (possible == wrongName)
                continue;
            // No more than a third of the involved characters may change, and never a match already beaten.
            int maxDistance = Math.Min((possible.Length + wrongLength + 3) * MoveCost / 6, bestDistance - 1);
            int distance = Distance(wrongName, possible, maxDistance);
            if (distance > maxDistance)
                continue;
            if (suggestion is null || distance < bestDistance)
            {
                suggestion = possible;
                bestDistance = distance;
            }
        }
        return suggestion;
    }

    /// <summary>suggestions.c's <c>levenshtein_distance</c>: more than <paramref name="maxCost"/> as soon as that is
    /// certain.</summary>
    internal static int Distance(string a, string b, int maxCost)
    {
        if (a == b)
            return 0;
        // Trim the common prefix and suffix.
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre])
            pre++;
        int post = 0;
        while (post < a.Length - pre && post < b.Length - pre && a[a.Length - 1 - post] == b[b.Length - 1 - post])
            post++;
        string x = a.Substring(pre, a.Length - pre - post), y = b.Substring(pre, b.Length - pre - post);
        if (x.Length == 0 || y.Length == 0)
            return MoveCost * (x.Length + y.Length);
        if (x.Length > MaxStringSize || y.Length > MaxStringSize)
            return maxCost + 1;
        // The shorter one is the row.
        if (y.Length < x.Length)
            (x, y) = (y, x);
        if ((y.Length - x.Length) * MoveCost > maxCost)
            return maxCost + 1;

        var row = new int[x.Length];
        for (int i = 0; i < row.Length; i++)
            row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bIndex = 0; bIndex < y.Length; bIndex++)
        {
            char bChar = y[bIndex];
            int distance = result = bIndex * MoveCost;
            int minimum = int.MaxValue;
            for (int index = 0; index < x.Length; index++)
            {
                int substitute = distance + SubstitutionCost(bChar, x[index]);
                distance = row[index];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[index] = result;
                if (result < minimum)
                    minimum = result;
            }
            if (minimum > maxCost)
                return maxCost + 1;
        }
        return result;
    }

    private static int SubstitutionCost(char a, char b) =>
        a == b ? 0 : char.ToLowerInvariant(a) == char.ToLowerInvariant(b) ? CaseCost : MoveCost;
}
