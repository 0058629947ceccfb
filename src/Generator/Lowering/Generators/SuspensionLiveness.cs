using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Which temporaries of a generator's body can be C# locals of its step method rather than fields of the generator
/// object: those whose value never has to survive a suspension. A field costs every generator object 16 bytes and
/// every store a write barrier; a coroutine such as <c>return await f(n - 1) + await f(n - 2)</c> keeps only the first
/// result across its awaits, not the callee and argument of each call.
/// <para>
/// The test is on the lowered body's text, where every resume point is a label <c>resume_N:</c> and every loop that
/// suspends is flat (labels and gotos): a temporary is kept in a field when a resume label lies within the lines from its
/// first mention to its last, widened by every backward <c>goto</c> that overlaps them (a loop that comes round again
/// to a read). A temporary is written before it is read in each pass (it holds a value of one expression), so a value
/// read after a resume can only have been written before it if the resume is within that widened span. Any other
/// mention (a comment quoting Python, a string) only widens the span: the test errs towards a field.
/// </para>
/// </summary>
internal static class SuspensionLiveness
{
    private static readonly Regex ResumeLabel = new(@"^\s*resume_\w+:", RegexOptions.CultureInvariant);
    private static readonly Regex Label = new(@"^\s*(\w+):", RegexOptions.CultureInvariant);
    private static readonly Regex Goto = new(@"\bgoto\s+(\w+)\s*;", RegexOptions.CultureInvariant);

    /// <summary>The temporaries among <paramref name="temps"/> that no suspension in <paramref name="body"/> separates
    /// from a read of them.</summary>
    public static HashSet<string> LocalTemps(string body, IReadOnlyCollection<string> temps)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (temps.Count == 0)
            return result;
        var lines = body.Split('\n');
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var resumes = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (ResumeLabel.IsMatch(lines[i]))
                resumes.Add(i);
            var m = Label.Match(lines[i]);
            if (m.Success && !lines[i].TrimStart().StartsWith("case ", StringComparison.Ordinal))
                labels[m.Groups[1].Value] = i;
        }
        // Every backward jump, as (from, to) line pairs.
        var backward = new List<(int From, int To)>();
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (Match g in Goto.Matches(lines[i]))
            {
                if (labels.TryGetValue(g.Groups[1].Value, out int target) && target <= i)
                    backward.Add((i, target));
            }
        }
        foreach (var temp in temps)
        {
            var mention = new Regex(@"\b" + Regex.Escape(temp) + @"\b", RegexOptions.CultureInvariant);
            int first = -1, last = -1;
            for (int i = 0; i < lines.Length; i++)
            {
                if (!mention.IsMatch(lines[i]))
                    continue;
                if (first < 0)
                    first = i;
                last = i;
            }
            if (first < 0)
                continue;
            bool widened = true;
            while (widened)
            {
                widened = false;
                foreach (var (from, to) in backward)
                {
                    if (to <= last && from >= first && (to < first || from > last))
                    {
                        first = Math.Min(first, to);
                        last = Math.Max(last, from);
                        widened = true;
                    }
                }
            }
            if (!resumes.Exists(r => r >= first && r <= last))
                result.Add(temp);
        }
        return result;
    }
}
