using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

/// <summary>
/// The _sre matching engine (SreState, SreMatcher, SreSearch, SreCharacters) against CPython 3.12.1. Each case is
/// a pattern compiled by CPython's re._compiler (code = _compiler._code(_parser.parse(pattern, flags), flags)) and
/// the results CPython's re gives for match, fullmatch, search and finditer on the subject: each match as its
/// regs ("start,end" for the match and each group, -1,-1 when unset) and " li=N" for lastindex, finditer's matches
/// joined by " | ". finditer is run here as CPython's scanner does it, which exercises must_advance.
/// </summary>
public class SreEngineTests
{
    private sealed record Case(string Pattern, bool Bytes, int Groups, uint[] Code, string Subject, int Pos, int EndPos,
        string Match, string FullMatch, string Search, string FindIter);

    private static SreState NewState(Case c) => c.Bytes
        ? SreState.ForBytes(c.Subject.Select(ch => (byte)ch).ToArray(), c.Pos, c.EndPos)
        : SreState.ForString(c.Subject, c.Pos, c.EndPos);

    /// <summary>A successful match as CPython's Match.regs and lastindex read it.</summary>
    private static string Regs(SreState s, int groups)
    {
        var sb = new StringBuilder().Append(s.Start).Append(',').Append(s.Ptr);
        for (int g = 1; g <= groups; g++)
        {
            s.TryGetGroup(g, out int start, out int end);
            sb.Append(' ').Append(start).Append(',').Append(end);
        }
        if (s.LastIndex >= 0)
            sb.Append(" li=").Append(s.LastIndex);
        return sb.ToString();
    }

    private static string Outcome(SreState s, bool found, int groups) => found ? Regs(s, groups) : "none";

    /// <summary>CPython's scanner.search loop (finditer); with <paramref name="starts"/> and
    /// <paramref name="required"/>, skipping to the positions where a match can begin and giving up where the text
    /// every match contains is not there, as re's searches do.</summary>
    private static string FindIter(Case c, SreStartSet? starts = null, SreRequiredLiteral? required = null)
    {
        var s = NewState(c);
        var found = new List<string>();
        while (true)
        {
            s.Reset();
            if (!s.Search(c.Code, starts, required))
                break;
            found.Add(Regs(s, c.Groups));
            s.MustAdvance = s.Ptr == s.Start;
            s.Start = s.Ptr;
        }
        return string.Join(" | ", found);
    }

    private static void Check(Case[] cases)
    {
        var failures = new List<string>();
        foreach (var c in cases)
        {
            void Expect(string what, Func<string> actual, string expected)
            {
                string got;
                try
                {
                    got = actual();
                }
                catch (Exception e)
                {
                    got = e.GetType().Name + ": " + e.Message;
                }
                if (got != expected)
                    failures.Add($"{what}({c.Pattern}, {c.Subject}, {c.Pos}, {c.EndPos}): expected [{expected}] got [{got}]");
            }
            Expect("match", () => { var s = NewState(c); return Outcome(s, s.Match(c.Code, false), c.Groups); }, c.Match);
            Expect("fullmatch", () => { var s = NewState(c); return Outcome(s, s.Match(c.Code, true), c.Groups); }, c.FullMatch);
            Expect("search", () => { var s = NewState(c); return Outcome(s, s.Search(c.Code), c.Groups); }, c.Search);
            Expect("finditer", () => FindIter(c), c.FindIter);
            // The same searches skipping ahead by the pattern's start set, and first looking for the text every match
            // contains, find the same matches.
            var starts = SreStartSet.Of(c.Code);
            var required = SreRequiredLiteral.Of(c.Code);
            Expect("search (filtered)", () => { var s = NewState(c); return Outcome(s, s.Search(c.Code, starts, required), c.Groups); }, c.Search);
            Expect("finditer (filtered)", () => FindIter(c, starts, required), c.FindIter);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
    }

    [Fact] public void LiteralsAndClassesMatchAsCPython() => Check(LiteralsAndClasses);
    [Fact] public void IgnorecaseMatchesAsCPython() => Check(Ignorecase);
    [Fact] public void RepeatsMatchAsCPython() => Check(Repeats);
    [Fact] public void EmptyMatchesInRepeatsAsCPython() => Check(EmptyMatchesInRepeats);
    [Fact] public void BackreferencesMatchAsCPython() => Check(Backreferences);
    [Fact] public void LookaroundMatchesAsCPython() => Check(Lookaround);
    [Fact] public void ConditionalsMatchAsCPython() => Check(Conditionals);
    [Fact] public void AtomicGroupsMatchAsCPython() => Check(AtomicGroups);
    [Fact] public void AnchorsMatchAsCPython() => Check(Anchors);
    [Fact] public void DotMatchesAsCPython() => Check(Dot);
    [Fact] public void SearchPrefixesFindAsCPython() => Check(SearchPrefixes);
    [Fact] public void BytesPatternsMatchAsCPython() => Check(BytesPatterns);
    [Fact] public void AstralStringsMatchAsCPython() => Check(AstralStrings);
    [Fact] public void PosAndEndposAsCPython() => Check(PosAndEndpos);
    [Fact] public void MustAdvanceAsCPython() => Check(MustAdvance);

    [Fact]
    public void StartSetsAreTheCharactersAMatchCanBeginWith()
    {
        // No INFO charset (an alternative begins with a set): the union of the alternatives' first characters.
        var dna = SreStartSet.Of([14, 4, 0, 8, 8, 7, 29, 13, 11, 9, 0, 0, 0, 1048712, 0, 0, 0, 0, 0, 16, 103, 16, 103, 16, 103,
            16, 116, 16, 97, 16, 97, 16, 97, 15, 31, 29, 16, 116, 16, 116, 16, 116, 16, 97, 16, 99, 16, 99, 16, 99, 13, 11, 9, 0, 0,
            0, 138, 0, 0, 0, 0, 0, 15, 2, 0, 1]);
        Assert.NotNull(dna);
        Assert.Equal("cgt", new string(Enumerable.Range(0, 300).Where(dna!.Contains).Select(ch => (char)ch).ToArray()));
        Assert.NotNull(dna.Chars);
        // Both alternatives begin with four single characters: the three after the first are tested too.
        Assert.Equal(3, dna.FollowingOffsets);
        var dnaText = new SreStringText("cgggtaaa tttacccg cggg");
        Assert.True(dna.FollowsAt(dnaText, 0, 22) && dna.FollowsAt(dnaText, 9, 22) && dna.FollowsAt(dnaText, 18, 22));
        Assert.False(dna.FollowsAt(dnaText, 4, 22) || dna.FollowsAt(dnaText, 18, 21));
        // (?i)(x)k+: through MARK; case-insensitive 'k' also begins with KELVIN SIGN, so characters above 255 may.
        var k = SreStartSet.Of([14, 4, 0, 2, 4294967295, 17, 0, 40, 120, 17, 1, 24, 6, 1, 4294967295, 40, 107, 1, 1]);
        Assert.True(k!.Contains('x') && k.Contains('X') && !k.Contains('k') && k.Contains(0x212A));
        Assert.Null(k.Chars);
        Assert.Equal(0, k.FollowingOffsets);
        // (?:ab){2,}|z: a repeat taken at least once begins with its body.
        var repeat = SreStartSet.Of([14, 4, 0, 1, 4294967295, 7, 12, 23, 7, 2, 4294967295, 16, 97, 16, 98, 18, 15, 7, 5, 16, 122,
            15, 2, 0, 1]);
        Assert.True(repeat!.Contains('a') && repeat.Contains('z') && !repeat.Contains('b'));
        // None where a match may be empty at its start (a*b, (?:a|)b), begins with an anchor (\bx) or has a literal
        // prefix, which the search finds by itself (abc).
        Assert.Null(SreStartSet.Of([14, 4, 0, 1, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 16, 98, 1]));
        Assert.Null(SreStartSet.Of([14, 4, 0, 1, 2, 7, 5, 16, 97, 15, 5, 3, 15, 2, 0, 16, 98, 1]));
        Assert.Null(SreStartSet.Of([14, 4, 0, 1, 1, 6, 10, 16, 120, 1]));
        Assert.Null(SreStartSet.Of([14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1]));
        // Code that runs off its end gives no set rather than an exception.
        Assert.Null(SreStartSet.Of([14, 4, 0, 1, 1, 7, 40]));
    }

    [Fact]
    public void RequiredLiteralsAreTheLongestTopLevelRun()
    {
        static string Run(uint[] code) =>
            SreRequiredLiteral.Of(code) is { } r ? string.Concat(r.CodePoints.ToArray().Select(c => (char)c)) : "none";
        // (^|[^\\])"Qngr\((-?[0-9]+): past the group, its branch and the marks, up to the repeat.
        Assert.Equal("\"Qngr(", Run([14, 4, 0, 7, 4294967295, 17, 0, 7, 5, 6, 0, 15, 7, 5, 20, 92, 15, 2, 0, 17, 1, 16, 34, 16, 81,
            16, 110, 16, 103, 16, 114, 16, 40, 17, 2, 24, 6, 0, 1, 16, 45, 1, 24, 10, 1, 4294967295, 13, 5, 22, 48, 57, 0, 1, 17, 3, 1]));
        // x?a(b)c: a group's marks do not break the run.
        Assert.Equal("abc", Run([14, 4, 0, 3, 4, 24, 6, 0, 1, 16, 120, 1, 16, 97, 17, 0, 16, 98, 17, 1, 16, 99, 1]));
        // (?:ab|xy)zw: literals inside alternatives are not required; the ones after are.
        Assert.Equal("zw", Run([14, 9, 4, 4, 4, 16, 97, 16, 120, 0, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16, 120, 16, 121, 15, 2, 0, 16,
            122, 16, 119, 1]));
        // (?i)hello: case-insensitive literals are not a run; abc: a literal prefix, which the search finds itself.
        Assert.Equal("none", Run([14, 4, 0, 5, 5, 40, 104, 40, 101, 40, 108, 40, 108, 40, 111, 1]));
        Assert.Equal("none", Run([14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1]));
        Assert.Equal("none", Run([14, 4, 0, 1, 1, 16]));
    }

    [Fact]
    public void CaseHelpersAsCPython()
    {
        // Py_UNICODE_TOLOWER/TOUPPER are the first character of the full mappings: 'ß'.upper()[0] == 'S'.
        Assert.Equal('i', SreCharacters.LowerUnicode('\u0130'));
        Assert.Equal('I', SreCharacters.UpperUnicode('\u0131'));
        Assert.Equal('S', SreCharacters.UpperUnicode('\u00df'));
        Assert.Equal('\u00df', SreCharacters.LowerUnicode('\u1e9e'));
        Assert.Equal('\u03b8', SreCharacters.LowerUnicode('\u03f4'));
        Assert.Equal('k', SreCharacters.LowerUnicode('\u212a'));
        Assert.Equal('S', SreCharacters.UpperUnicode('\u017f'));
        Assert.Equal(0x10428, SreCharacters.LowerUnicode(0x10400));
        Assert.Equal('\u0178', SreCharacters.UpperUnicode('\u00ff'));
        Assert.Equal('\u01c4', SreCharacters.UpperUnicode('\u01c5'));
        Assert.Equal('\u01c6', SreCharacters.LowerUnicode('\u01c5'));
        Assert.Equal('\u1f08', SreCharacters.UpperUnicode('\u1f80'));
        Assert.Equal('\u019b', SreCharacters.UpperUnicode('\u019b')); // Unicode 16 maps it; CPython 3.12 does not
        Assert.Equal('\u00c0', SreCharacters.UpperUnicode('\u00e0'));
        Assert.Equal('a', SreCharacters.LowerAscii('A'));
        Assert.Equal('\u00c0', SreCharacters.LowerAscii('\u00c0'));
        Assert.True(SreCharacters.IsCasedUnicode('\u00df'));
        Assert.True(SreCharacters.IsCasedUnicode('\u01c5'));
        Assert.False(SreCharacters.IsCasedUnicode('1'));
        Assert.False(SreCharacters.IsCasedUnicode('\u4e00'));
        Assert.True(SreCharacters.IsCasedAscii('z'));
        Assert.False(SreCharacters.IsCasedAscii('\u00e9'));
    }

    [Fact]
    public void CategoriesAsCPython()
    {
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniDigit, '\u0663'));
        Assert.False(SreCharacters.Category(SreConstants.CategoryUniDigit, '\u00b2'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniDigit, 0x1D7CE));
        Assert.False(SreCharacters.Category(SreConstants.CategoryDigit, '\u0663'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniWord, '\u00b2'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniWord, '\u2167'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniWord, '_'));
        Assert.False(SreCharacters.Category(SreConstants.CategoryUniWord, '\u0301'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniWord, 0x1D400));
        Assert.False(SreCharacters.Category(SreConstants.CategoryUniWord, 0x1C89)); // new in Unicode 16
        Assert.False(SreCharacters.Category(SreConstants.CategoryUniWord, 0x2EBF0)); // new in Unicode 15.1
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniNotWord, '-'));
        Assert.False(SreCharacters.Category(SreConstants.CategoryWord, '\u00e9'));
        Assert.False(SreCharacters.Category(SreConstants.CategoryLocWord, '\u00e9'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniSpace, '\x1c'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniSpace, '\u3000'));
        Assert.False(SreCharacters.Category(SreConstants.CategoryUniSpace, '\u200b'));
        Assert.False(SreCharacters.Category(SreConstants.CategorySpace, '\x1c'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryUniLinebreak, '\u2028'));
        Assert.False(SreCharacters.Category(SreConstants.CategoryLinebreak, '\r'));
        Assert.True(SreCharacters.Category(SreConstants.CategoryNotLinebreak, '\r'));
    }

    // ---- long subjects: the explicit context stack, not the .NET stack, holds each repeat iteration ----

    private static (bool Found, int Start, int End, int[] Marks) Run(uint[] code, string subject, string how)
    {
        var s = SreState.ForString(subject, 0, int.MaxValue);
        bool found = how switch
        {
            "match" => s.Match(code, false),
            "fullmatch" => s.Match(code, true),
            _ => s.Search(code),
        };
        return (found, s.Start, s.Ptr, s.Marks.Take(Math.Max(0, s.LastMark + 1)).ToArray());
    }

    [Fact]
    public void LongSubjectsDoNotOverflowTheStack()
    {
        string ab = string.Concat(Enumerable.Repeat("ab", 100000));

        // (?:ab)*: a REPEAT ... MAX_UNTIL context per iteration.
        uint[] repeatAb = [14, 4, 0, 0, 4294967295, 23, 7, 0, 4294967295, 16, 97, 16, 98, 18, 1];
        Assert.Equal((true, 0, 200000), Head(Run(repeatAb, ab, "match")));
        // fullmatch fails at the last 'a' and backtracks through every iteration.
        Assert.False(Run(repeatAb, ab + "a", "fullmatch").Found);

        // (?:ab)*?c: MIN_UNTIL.
        uint[] lazyAb = [14, 4, 0, 1, 4294967295, 23, 7, 0, 4294967295, 16, 97, 16, 98, 19, 16, 99, 1];
        Assert.Equal((true, 0, 200001), Head(Run(lazyAb, ab + "c", "match")));

        // (?:ab)*+c and (?>(?:ab)*)c: possessive and atomic.
        uint[] possessiveAb = [14, 4, 0, 1, 4294967295, 28, 7, 0, 4294967295, 16, 97, 16, 98, 1, 16, 99, 1];
        Assert.Equal((true, 0, 200001), Head(Run(possessiveAb, ab + "c", "match")));
        uint[] atomicAb = [14, 4, 0, 1, 4294967295, 27, 11, 23, 7, 0, 4294967295, 16, 97, 16, 98, 18, 1, 16, 99, 1];
        Assert.Equal((true, 0, 200001), Head(Run(atomicAb, ab + "c", "match")));

        // (?:(a)|bc)*d: a BRANCH and a MARK per iteration; CPython: span (0, 150001), group 1 (149997, 149998).
        uint[] branchMarks = [14, 4, 0, 1, 4294967295, 23, 21, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 9, 7, 16, 98, 16, 99, 15, 2, 0, 18, 16, 100, 1];
        var r = Run(branchMarks, string.Concat(Enumerable.Repeat("abc", 50000)) + "d", "match");
        Assert.Equal((true, 0, 150001), Head(r));
        Assert.Equal([149997, 149998], r.Marks);

        // (a|b)*c: CPython: span (0, 100001), group 1 (99999, 100000).
        uint[] groupRepeat = [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1];
        r = Run(groupRepeat, string.Concat(Enumerable.Repeat("ab", 50000)) + "c", "match");
        Assert.Equal((true, 0, 100001), Head(r));
        Assert.Equal([99999, 100000], r.Marks);

        // .*x over a million characters: REPEAT_ONE, found at the first position.
        uint[] dotStarX = [14, 4, 0, 1, 4294967295, 24, 5, 0, 4294967295, 2, 1, 16, 120, 1];
        Assert.Equal((true, 0, 1000001), Head(Run(dotStarX, new string('a', 1000000) + "x", "search")));
        Assert.Equal((true, 0, 500001), Head(Run(dotStarX, new string('a', 500000) + "x" + new string('a', 500000), "search")));
    }

    private static (bool, int, int) Head((bool Found, int Start, int End, int[] Marks) r) => (r.Found, r.Start, r.End);

    // ---- the cases, generated with CPython 3.12.1 ----

    private static readonly Case[] LiteralsAndClasses =
    [
        new("abc", false, 0, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], "xxabcxx", 0, int.MaxValue,
            "none", "none", "2,5", "2,5"),
        new("abc", false, 0, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], "abc", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("abc", false, 0, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], "ab", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("a.c", false, 0, [14, 8, 1, 3, 3, 1, 1, 97, 0, 16, 97, 2, 16, 99, 1], "abc", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("a.c", false, 0, [14, 8, 1, 3, 3, 1, 1, 97, 0, 16, 97, 2, 16, 99, 1], "a\u000ac", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("a.c", false, 0, [14, 8, 1, 3, 3, 1, 1, 97, 0, 16, 97, 2, 16, 99, 1], "xa-c", 0, int.MaxValue,
            "none", "none", "1,4", "1,4"),
        new("[a-c]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], "xxabcabd", 0, int.MaxValue,
            "none", "none", "2,7", "2,7"),
        new("[^a-c]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 21, 22, 97, 99, 0, 1, 1], "abxyzc", 0, int.MaxValue,
            "none", "none", "2,5", "2,5"),
        new("[\u0100-\u0200\u4e00]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 12, 1, 4294967295, 13, 7, 22, 256, 512, 16, 19968, 0, 1, 1], "x\u0100\u0150\u4e00\u0201", 0, int.MaxValue,
            "none", "none", "1,4", "1,4"),
        new("[^\u0100-\u0200\u4e00]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 13, 1, 4294967295, 13, 8, 21, 22, 256, 512, 16, 19968, 0, 1, 1], "\u0100ab\u4e00", 0, int.MaxValue,
            "none", "none", "1,3", "1,3"),
        new("[\\d\\s]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 8, 10, 8, 12, 0, 1, 1], "ab1 2\u00093x", 0, int.MaxValue,
            "none", "none", "2,7", "2,7"),
        new("[\\d\\s]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 8, 10, 8, 12, 0, 1, 1], "\u0661\u2028\u00a0z", 0, int.MaxValue,
            "0,3", "none", "0,3", "0,3"),
        new("\\w+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], "  h\u00e9llo_\u0663\u2167 ", 0, int.MaxValue,
            "none", "none", "2,10", "2,10"),
        new("\\w+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], "\u00bd\u00b2x", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?a)\\w+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 4, 0, 1, 1], "h\u00e9llo", 0, int.MaxValue,
            "0,1", "none", "0,1", "0,1 | 2,5"),
        new("\\d+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], "x\u0661\u0662\u0663", 0, int.MaxValue,
            "none", "none", "1,4", "1,4"),
        new("\\d+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], "x\u00b2", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\s+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], "a\u001c\u001d \u00a0\u3000b", 0, int.MaxValue,
            "none", "none", "1,6", "1,6"),
        new("(?a)\\s+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 2, 0, 1, 1], "a\u001c\u001d \u00a0b", 0, int.MaxValue,
            "none", "none", "3,4", "3,4"),
        new("(?a)\\s+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 2, 0, 1, 1], "a \u0009\u000ab", 0, int.MaxValue,
            "none", "none", "1,4", "1,4"),
        new("\\D\\S\\W", false, 0, [14, 7, 4, 3, 3, 8, 11, 0, 13, 4, 8, 11, 0, 13, 4, 8, 13, 0, 13, 4, 8, 15, 0, 1], "1a!x y", 0, int.MaxValue,
            "none", "none", "2,5", "2,5"),
        new("\\D\\S\\W", false, 0, [14, 7, 4, 3, 3, 8, 11, 0, 13, 4, 8, 11, 0, 13, 4, 8, 13, 0, 13, 4, 8, 15, 0, 1], "\u0661\u0662 x!", 0, int.MaxValue,
            "none", "none", "2,5", "2,5"),
        new("[\\w\\-.]+@[\\w.]+", false, 0, [14, 4, 0, 3, 4294967295, 24, 12, 1, 4294967295, 13, 7, 22, 45, 46, 8, 14, 0, 1, 16, 64, 24, 11, 1, 4294967295, 13, 6, 8, 14, 16, 46, 0, 1, 1], "mail me: john.doe@example.com!", 0, int.MaxValue,
            "none", "none", "9,29", "9,29"),
        new("[^\\W\\d]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 12, 1, 4294967295, 13, 7, 21, 8, 15, 8, 10, 0, 1, 1], "12ab_\u00e934", 0, int.MaxValue,
            "none", "none", "2,6", "2,6"),
        new("[a-z]", false, 0, [14, 8, 4, 1, 1, 22, 97, 122, 0, 13, 5, 22, 97, 122, 0, 1], "\u0101", 0, int.MaxValue,
            "none", "none", "none", ""),
    ];

    private static readonly Case[] Ignorecase =
    [
        new("(?i)abc", false, 0, [14, 4, 0, 3, 3, 40, 97, 40, 98, 40, 99, 1], "xABc", 0, int.MaxValue,
            "none", "none", "1,4", "1,4"),
        new("(?i)abc", false, 0, [14, 4, 0, 3, 3, 40, 97, 40, 98, 40, 99, 1], "aBC", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?i)[a-z]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 97, 1, 4294967295, 39, 92, 10, 3, 33685760, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 0, 0, 0, 134217726, 0, 0, 0, 0, 0, 131072, 0, 2147483648, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], "\u017f\u212aS1", 0, int.MaxValue,
            "0,3", "none", "0,3", "0,3"),
        new("(?i)[a-z]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 97, 1, 4294967295, 39, 92, 10, 3, 33685760, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 0, 0, 0, 134217726, 0, 0, 0, 0, 0, 131072, 0, 2147483648, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], "ABC", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?i)s", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 115, 16, 383, 0, 1], "\u017f", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)s", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 115, 16, 383, 0, 1], "S", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)k", false, 0, [14, 4, 0, 1, 1, 40, 107, 1], "\u212a", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?ia)k", false, 0, [14, 4, 0, 1, 1, 32, 107, 1], "\u212a", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?ia)k", false, 0, [14, 4, 0, 1, 1, 32, 107, 1], "K", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)[^k]", false, 0, [14, 4, 0, 1, 1, 41, 107, 1], "\u212a", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?i)[^k]", false, 0, [14, 4, 0, 1, 1, 41, 107, 1], "x", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)\u00df", false, 0, [14, 4, 0, 1, 1, 40, 223, 1], "\u1e9e", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)\u00df", false, 0, [14, 4, 0, 1, 1, 40, 223, 1], "SS", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?i)\u1e9e", false, 0, [14, 4, 0, 1, 1, 40, 223, 1], "\u00df", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)\u03c3+", false, 0, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 39, 6, 16, 963, 16, 962, 0, 1, 1], "\u03a3\u03c2\u03c3", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?i)\u0130", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 105, 16, 305, 0, 1], "i", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)\u0130", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 105, 16, 305, 0, 1], "\u0130", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)i", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 105, 16, 305, 0, 1], "\u0130", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)i", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 105, 16, 305, 0, 1], "\u0131", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)i", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 105, 16, 305, 0, 1], "I", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)[\u0100-\u0200]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 105, 1, 4294967295, 39, 100, 10, 4, 50462976, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 50529027, 0, 0, 0, 524800, 0, 0, 0, 2147483648, 2863311530, 1437248170, 2863311701, 3567954602, 1310994729, 3998297386, 3042267727, 2854857386, 2, 0, 181927936, 2392841, 265481, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], "\u0101\u0100\u01c5", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?i)\u00e9+", false, 0, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 40, 233, 1, 1], "\u00c9\u00e9", 0, int.MaxValue,
            "0,2", "0,2", "0,2", "0,2"),
        new("(?i)[k-s]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 12, 1, 4294967295, 39, 7, 22, 107, 115, 16, 383, 0, 1, 1], "\u212a\u017fK", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?i)\u03b8", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 952, 16, 977, 0, 1], "\u03d1", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)\u03b8", false, 0, [14, 4, 0, 1, 1, 39, 6, 16, 952, 16, 977, 0, 1], "\u03f4", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)[^\u03b8]", false, 0, [14, 4, 0, 1, 1, 39, 7, 21, 16, 952, 16, 977, 0, 1], "\u03f4", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?i)\u01c5", false, 0, [14, 4, 0, 1, 1, 40, 454, 1], "\u01c4", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)\u01c5", false, 0, [14, 4, 0, 1, 1, 40, 454, 1], "\u01c6", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)(?:ab)+", false, 0, [14, 4, 0, 2, 4294967295, 23, 7, 1, 4294967295, 40, 97, 40, 98, 18, 1], "ABaBab", 0, int.MaxValue,
            "0,6", "0,6", "0,6", "0,6"),
        new("(?i)a+?b", false, 0, [14, 4, 0, 2, 4294967295, 26, 6, 1, 4294967295, 40, 97, 1, 40, 98, 1], "AAAB", 0, int.MaxValue,
            "0,4", "0,4", "0,4", "0,4"),
    ];

    private static readonly Case[] Repeats =
    [
        new("a*", false, 0, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 1], "aaab", 0, int.MaxValue,
            "0,3", "none", "0,3", "0,3 | 3,3 | 4,4"),
        new("a*", false, 0, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 1], "b", 0, int.MaxValue,
            "0,0", "none", "0,0", "0,0 | 1,1"),
        new("a+?", false, 0, [14, 4, 0, 1, 4294967295, 26, 6, 1, 4294967295, 16, 97, 1, 1], "aaa", 0, int.MaxValue,
            "0,1", "0,3", "0,1", "0,1 | 1,2 | 2,3"),
        new("a{2,3}", false, 0, [14, 4, 0, 2, 3, 24, 6, 2, 3, 16, 97, 1, 1], "a", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("a{2,3}", false, 0, [14, 4, 0, 2, 3, 24, 6, 2, 3, 16, 97, 1, 1], "aaaa", 0, int.MaxValue,
            "0,3", "none", "0,3", "0,3"),
        new("a{2,3}?", false, 0, [14, 4, 0, 2, 3, 26, 6, 2, 3, 16, 97, 1, 1], "aaaa", 0, int.MaxValue,
            "0,2", "none", "0,2", "0,2 | 2,4"),
        new("(?:ab)*", false, 0, [14, 4, 0, 0, 4294967295, 23, 7, 0, 4294967295, 16, 97, 16, 98, 18, 1], "ababa", 0, int.MaxValue,
            "0,4", "none", "0,4", "0,4 | 4,4 | 5,5"),
        new("(?:ab)*?b", false, 0, [14, 4, 0, 1, 4294967295, 23, 7, 0, 4294967295, 16, 97, 16, 98, 19, 16, 98, 1], "ababb", 0, int.MaxValue,
            "0,5", "0,5", "0,5", "0,5"),
        new("(?:ab){2,}?", false, 0, [14, 4, 0, 4, 4294967295, 23, 7, 2, 4294967295, 16, 97, 16, 98, 19, 1], "ababab", 0, int.MaxValue,
            "0,4", "0,6", "0,4", "0,4"),
        new("a*+a", false, 0, [14, 4, 0, 1, 4294967295, 29, 6, 0, 4294967295, 16, 97, 1, 16, 97, 1], "aaa", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("a*+b", false, 0, [14, 4, 0, 1, 4294967295, 29, 6, 0, 4294967295, 16, 97, 1, 16, 98, 1], "aaab", 0, int.MaxValue,
            "0,4", "0,4", "0,4", "0,4"),
        new("(?:ab)*+", false, 0, [14, 4, 0, 0, 4294967295, 28, 7, 0, 4294967295, 16, 97, 16, 98, 1, 1], "ababa", 0, int.MaxValue,
            "0,4", "none", "0,4", "0,4 | 4,4 | 5,5"),
        new("(?:ab|a)*+b", false, 0, [14, 4, 0, 1, 4294967295, 28, 15, 0, 4294967295, 16, 97, 7, 5, 16, 98, 15, 5, 3, 15, 2, 0, 1, 16, 98, 1], "aab", 0, int.MaxValue,
            "none", "none", "2,3", "2,3"),
        new("(?:ab|a)*+b", false, 0, [14, 4, 0, 1, 4294967295, 28, 15, 0, 4294967295, 16, 97, 7, 5, 16, 98, 15, 5, 3, 15, 2, 0, 1, 16, 98, 1], "abab", 0, int.MaxValue,
            "none", "none", "1,2", "1,2 | 3,4"),
        new("a++b", false, 0, [14, 4, 0, 2, 4294967295, 29, 6, 1, 4294967295, 16, 97, 1, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(ab|a)*+b", false, 1, [14, 4, 0, 1, 4294967295, 28, 19, 0, 4294967295, 17, 0, 16, 97, 7, 5, 16, 98, 15, 5, 3, 15, 2, 0, 17, 1, 1, 16, 98, 1], "ababb", 0, int.MaxValue,
            "0,5 2,4 li=1", "0,5 2,4 li=1", "0,5 2,4 li=1", "0,5 2,4 li=1"),
        new("(a)*+", false, 1, [14, 4, 0, 0, 4294967295, 28, 9, 0, 4294967295, 17, 0, 16, 97, 17, 1, 1, 1], "aaa", 0, int.MaxValue,
            "0,3 2,3 li=1", "0,3 2,3 li=1", "0,3 2,3 li=1", "0,3 2,3 li=1 | 3,3 -1,-1"),
        new("(a|b)*?c", false, 1, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 19, 16, 99, 1], "abac", 0, int.MaxValue,
            "0,4 2,3 li=1", "0,4 2,3 li=1", "0,4 2,3 li=1", "0,4 2,3 li=1"),
        new("(a|b){2,3}c", false, 1, [14, 4, 0, 3, 4, 23, 13, 2, 3, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1], "ababc", 0, int.MaxValue,
            "none", "none", "1,5 3,4 li=1", "1,5 3,4 li=1"),
        new(".*x", false, 0, [14, 4, 0, 1, 4294967295, 24, 5, 0, 4294967295, 2, 1, 16, 120, 1], "aaxbbxcc", 0, int.MaxValue,
            "0,6", "none", "0,6", "0,6"),
        new(".*?x", false, 0, [14, 4, 0, 1, 4294967295, 26, 5, 0, 4294967295, 2, 1, 16, 120, 1], "aaxbbxcc", 0, int.MaxValue,
            "0,3", "none", "0,3", "0,3 | 3,6"),
        new("[ab]*b", false, 0, [14, 4, 0, 1, 4294967295, 24, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 16, 98, 1], "aabba", 0, int.MaxValue,
            "0,4", "none", "0,4", "0,4"),
        new("(?:a|bc)*?d", false, 0, [14, 4, 0, 1, 4294967295, 23, 17, 0, 4294967295, 7, 5, 16, 97, 15, 9, 7, 16, 98, 16, 99, 15, 2, 0, 19, 16, 100, 1], "abcad", 0, int.MaxValue,
            "0,5", "0,5", "0,5", "0,5"),
        new("\\w{3}\\d?", false, 0, [14, 4, 0, 3, 4, 24, 9, 3, 3, 13, 4, 8, 14, 0, 1, 24, 9, 0, 1, 13, 4, 8, 10, 0, 1, 1], "ab1cd2", 0, int.MaxValue,
            "0,3", "none", "0,3", "0,3 | 3,6"),
    ];

    private static readonly Case[] EmptyMatchesInRepeats =
    [
        new("(a*)*", false, 1, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], "aab", 0, int.MaxValue,
            "0,2 2,2 li=1", "none", "0,2 2,2 li=1", "0,2 2,2 li=1 | 2,2 2,2 li=1 | 3,3 3,3 li=1"),
        new("(a*)*", false, 1, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], "b", 0, int.MaxValue,
            "0,0 0,0 li=1", "none", "0,0 0,0 li=1", "0,0 0,0 li=1 | 1,1 1,1 li=1"),
        new("(a*)+", false, 1, [14, 4, 0, 0, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], "aab", 0, int.MaxValue,
            "0,2 2,2 li=1", "none", "0,2 2,2 li=1", "0,2 2,2 li=1 | 2,2 2,2 li=1 | 3,3 3,3 li=1"),
        new("(a*)+", false, 1, [14, 4, 0, 0, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], "b", 0, int.MaxValue,
            "0,0 0,0 li=1", "none", "0,0 0,0 li=1", "0,0 0,0 li=1 | 1,1 1,1 li=1"),
        new("(a|)*b", false, 1, [14, 4, 0, 1, 4294967295, 23, 17, 0, 4294967295, 17, 0, 7, 5, 16, 97, 15, 5, 3, 15, 2, 0, 17, 1, 18, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1"),
        new("(a|)*b", false, 1, [14, 4, 0, 1, 4294967295, 23, 17, 0, 4294967295, 17, 0, 7, 5, 16, 97, 15, 5, 3, 15, 2, 0, 17, 1, 18, 16, 98, 1], "b", 0, int.MaxValue,
            "0,1 0,0 li=1", "0,1 0,0 li=1", "0,1 0,0 li=1", "0,1 0,0 li=1"),
        new("(?:a?)*?", false, 0, [14, 4, 0, 0, 4294967295, 23, 10, 0, 4294967295, 24, 6, 0, 1, 16, 97, 1, 19, 1], "aa", 0, int.MaxValue,
            "0,0", "0,2", "0,0", "0,0 | 0,1 | 1,1 | 1,2 | 2,2"),
        new("(?:a?)*?b", false, 0, [14, 4, 0, 1, 4294967295, 23, 10, 0, 4294967295, 24, 6, 0, 1, 16, 97, 1, 19, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(a*)+?x", false, 1, [14, 4, 0, 1, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 19, 16, 120, 1], "aax", 0, int.MaxValue,
            "0,3 0,2 li=1", "0,3 0,2 li=1", "0,3 0,2 li=1", "0,3 0,2 li=1"),
        new("(a*)+?x", false, 1, [14, 4, 0, 1, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 19, 16, 120, 1], "x", 0, int.MaxValue,
            "0,1 0,0 li=1", "0,1 0,0 li=1", "0,1 0,0 li=1", "0,1 0,0 li=1"),
        new("(a*?)*", false, 1, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 17, 0, 26, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], "aa", 0, int.MaxValue,
            "0,0 0,0 li=1", "0,2 2,2 li=1", "0,0 0,0 li=1", "0,0 0,0 li=1 | 0,1 1,1 li=1 | 1,1 1,1 li=1 | 1,2 2,2 li=1 | 2,2 2,2 li=1"),
        new("(?:()|a)*", false, 1, [14, 4, 0, 0, 4294967295, 23, 17, 0, 4294967295, 7, 7, 17, 0, 17, 1, 15, 7, 5, 16, 97, 15, 2, 0, 18, 1], "aa", 0, int.MaxValue,
            "0,0 0,0 li=1", "0,2 2,2 li=1", "0,0 0,0 li=1", "0,0 0,0 li=1 | 0,1 1,1 li=1 | 1,1 1,1 li=1 | 1,2 2,2 li=1 | 2,2 2,2 li=1"),
        new("((a)|b)*", false, 2, [14, 4, 0, 0, 4294967295, 23, 23, 0, 4294967295, 17, 0, 7, 9, 17, 2, 16, 97, 17, 3, 15, 7, 5, 16, 98, 15, 2, 0, 17, 1, 18, 1], "abab", 0, int.MaxValue,
            "0,4 3,4 2,3 li=1", "0,4 3,4 2,3 li=1", "0,4 3,4 2,3 li=1", "0,4 3,4 2,3 li=1 | 4,4 -1,-1 -1,-1"),
        new("(?:(a)|b)*?c", false, 1, [14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 19, 16, 99, 1], "abbc", 0, int.MaxValue,
            "0,4 0,1 li=1", "0,4 0,1 li=1", "0,4 0,1 li=1", "0,4 0,1 li=1"),
        new("(?:(a)|b)*?c", false, 1, [14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 19, 16, 99, 1], "abac", 0, int.MaxValue,
            "0,4 2,3 li=1", "0,4 2,3 li=1", "0,4 2,3 li=1", "0,4 2,3 li=1"),
        new("(a*)*b", false, 1, [14, 4, 0, 1, 4294967295, 23, 14, 0, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1"),
        new("(?:a*)*", false, 0, [14, 4, 0, 0, 4294967295, 23, 10, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 18, 1], "aa", 0, int.MaxValue,
            "0,2", "0,2", "0,2", "0,2 | 2,2"),
        new("(?:x*)*y", false, 0, [14, 4, 0, 1, 4294967295, 23, 10, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 18, 16, 121, 1], "xxy", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(a?)+?b", false, 1, [14, 4, 0, 1, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 0, 1, 16, 97, 1, 17, 1, 19, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3 1,2 li=1", "0,3 1,2 li=1", "0,3 1,2 li=1", "0,3 1,2 li=1"),
        new("(a|b|)+", false, 1, [14, 4, 0, 0, 4294967295, 23, 22, 1, 4294967295, 17, 0, 7, 5, 16, 97, 15, 10, 5, 16, 98, 15, 5, 3, 15, 2, 0, 17, 1, 18, 1], "abc", 0, int.MaxValue,
            "0,2 2,2 li=1", "none", "0,2 2,2 li=1", "0,2 2,2 li=1 | 2,2 2,2 li=1 | 3,3 3,3 li=1"),
        new("(?:(a)|(b)|)*", false, 2, [14, 4, 0, 0, 4294967295, 23, 26, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 14, 9, 17, 2, 16, 98, 17, 3, 15, 5, 3, 15, 2, 0, 18, 1], "abab", 0, int.MaxValue,
            "0,4 2,3 3,4 li=2", "0,4 2,3 3,4 li=2", "0,4 2,3 3,4 li=2", "0,4 2,3 3,4 li=2 | 4,4 -1,-1 -1,-1"),
        new("(a*){2,}", false, 1, [14, 4, 0, 0, 4294967295, 23, 14, 2, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], "aaa", 0, int.MaxValue,
            "0,3 3,3 li=1", "0,3 3,3 li=1", "0,3 3,3 li=1", "0,3 3,3 li=1 | 3,3 3,3 li=1"),
        new("(a*){2,}?b", false, 1, [14, 4, 0, 1, 4294967295, 23, 14, 2, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 19, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1"),
        new("(|a)+", false, 1, [14, 4, 0, 0, 4294967295, 23, 17, 1, 4294967295, 17, 0, 7, 3, 15, 7, 5, 16, 97, 15, 2, 0, 17, 1, 18, 1], "aa", 0, int.MaxValue,
            "0,0 0,0 li=1", "0,2 2,2 li=1", "0,0 0,0 li=1", "0,0 0,0 li=1 | 0,1 1,1 li=1 | 1,1 1,1 li=1 | 1,2 2,2 li=1 | 2,2 2,2 li=1"),
        new("(|a)+?b", false, 1, [14, 4, 0, 1, 4294967295, 23, 17, 1, 4294967295, 17, 0, 7, 3, 15, 7, 5, 16, 97, 15, 2, 0, 17, 1, 19, 16, 98, 1], "ab", 0, int.MaxValue,
            "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1"),
        new("(a*)*+", false, 1, [14, 4, 0, 0, 4294967295, 28, 14, 0, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 1, 1], "aa", 0, int.MaxValue,
            "0,2 2,2 li=1", "0,2 2,2 li=1", "0,2 2,2 li=1", "0,2 2,2 li=1 | 2,2 2,2 li=1"),
        new("(?>(a*))*b", false, 1, [14, 4, 0, 1, 4294967295, 23, 17, 0, 4294967295, 27, 13, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 1, 18, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1", "0,3 2,2 li=1"),
    ];

    private static readonly Case[] Backreferences =
    [
        new("(a+)\\1", false, 1, [14, 4, 0, 2, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 11, 0, 1], "aaaa", 0, int.MaxValue,
            "0,4 0,2 li=1", "0,4 0,2 li=1", "0,4 0,2 li=1", "0,4 0,2 li=1"),
        new("(a+)\\1", false, 1, [14, 4, 0, 2, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 11, 0, 1], "aaa", 0, int.MaxValue,
            "0,2 0,1 li=1", "none", "0,2 0,1 li=1", "0,2 0,1 li=1"),
        new("(?i)(ab)\\1", false, 1, [14, 4, 0, 4, 4, 17, 0, 40, 97, 40, 98, 17, 1, 38, 0, 1], "abAB", 0, int.MaxValue,
            "0,4 0,2 li=1", "0,4 0,2 li=1", "0,4 0,2 li=1", "0,4 0,2 li=1"),
        new("(?i)(ab)\\1", false, 1, [14, 4, 0, 4, 4, 17, 0, 40, 97, 40, 98, 17, 1, 38, 0, 1], "abAC", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?i)(\u017f)\\1", false, 1, [14, 4, 0, 2, 2, 17, 0, 39, 6, 16, 383, 16, 115, 0, 17, 1, 38, 0, 1], "\u017fs", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?i)(\u017f)\\1", false, 1, [14, 4, 0, 2, 2, 17, 0, 39, 6, 16, 383, 16, 115, 0, 17, 1, 38, 0, 1], "\u017fS", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?P<x>.)(?P=x)", false, 1, [14, 4, 0, 2, 2, 17, 0, 2, 17, 1, 11, 0, 1], "abccd", 0, int.MaxValue,
            "none", "none", "2,4 2,3 li=1", "2,4 2,3 li=1"),
        new("(a)|\\1b", false, 1, [14, 4, 0, 1, 2, 7, 9, 17, 0, 16, 97, 17, 1, 15, 9, 7, 11, 0, 16, 98, 15, 2, 0, 1], "b", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(a)?b\\1", false, 1, [14, 4, 0, 2, 3, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 16, 98, 11, 0, 1], "b", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(a)?b\\1", false, 1, [14, 4, 0, 2, 3, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 16, 98, 11, 0, 1], "aba", 0, int.MaxValue,
            "0,3 0,1 li=1", "0,3 0,1 li=1", "0,3 0,1 li=1", "0,3 0,1 li=1"),
        new("(?:(a)|b)\\1", false, 1, [14, 4, 0, 2, 2, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 11, 0, 1], "aa", 0, int.MaxValue,
            "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1"),
        new("(?:(a)|b)\\1", false, 1, [14, 4, 0, 2, 2, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 11, 0, 1], "bb", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(\\w+) \\1", false, 1, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 11, 0, 1], "hello hello", 0, int.MaxValue,
            "0,11 0,5 li=1", "0,11 0,5 li=1", "0,11 0,5 li=1", "0,11 0,5 li=1"),
        new("(\\w+) \\1", false, 1, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 11, 0, 1], "ab abc", 0, int.MaxValue,
            "0,5 0,2 li=1", "none", "0,5 0,2 li=1", "0,5 0,2 li=1"),
        new("(a*)b\\1c", false, 1, [14, 4, 0, 2, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 16, 98, 11, 0, 16, 99, 1], "aabaac", 0, int.MaxValue,
            "0,6 0,2 li=1", "0,6 0,2 li=1", "0,6 0,2 li=1", "0,6 0,2 li=1"),
        new("(a*)b\\1c", false, 1, [14, 4, 0, 2, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 16, 98, 11, 0, 16, 99, 1], "aabac", 0, int.MaxValue,
            "none", "none", "1,5 1,2 li=1", "1,5 1,2 li=1"),
    ];

    private static readonly Case[] Lookaround =
    [
        new("a(?=b)", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 4, 5, 0, 16, 98, 1, 1], "acab", 0, int.MaxValue,
            "none", "none", "2,3", "2,3"),
        new("a(?!b)", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 5, 5, 0, 16, 98, 1, 1], "abac", 0, int.MaxValue,
            "none", "none", "2,3", "2,3"),
        new("(?<=a)b", false, 0, [14, 4, 0, 1, 1, 4, 5, 1, 16, 97, 1, 16, 98, 1], "cbab", 0, int.MaxValue,
            "none", "none", "3,4", "3,4"),
        new("(?<!a)b", false, 0, [14, 4, 0, 1, 1, 5, 5, 1, 16, 97, 1, 16, 98, 1], "abcb", 0, int.MaxValue,
            "none", "none", "3,4", "3,4"),
        new("(?<=(a))b", false, 1, [14, 4, 0, 1, 1, 4, 9, 1, 17, 0, 16, 97, 17, 1, 1, 16, 98, 1], "ab", 0, int.MaxValue,
            "none", "none", "1,2 0,1 li=1", "1,2 0,1 li=1"),
        new("(?=(a+))a*b\\1", false, 1, [14, 4, 0, 2, 4294967295, 4, 14, 0, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 1, 24, 6, 0, 4294967295, 16, 97, 1, 16, 98, 11, 0, 1], "baaabac", 0, int.MaxValue,
            "none", "none", "3,6 3,4 li=1", "3,6 3,4 li=1"),
        new("(?!(a)b)(a)", false, 2, [14, 4, 0, 1, 1, 5, 11, 0, 17, 0, 16, 97, 17, 1, 16, 98, 1, 17, 2, 16, 97, 17, 3, 1], "ac", 0, int.MaxValue,
            "0,1 -1,-1 0,1 li=2", "none", "0,1 -1,-1 0,1 li=2", "0,1 -1,-1 0,1 li=2"),
        new("(?!(a)b)(a)", false, 2, [14, 4, 0, 1, 1, 5, 11, 0, 17, 0, 16, 97, 17, 1, 16, 98, 1, 17, 2, 16, 97, 17, 3, 1], "ab", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?<=ab|cd)x", false, 0, [14, 4, 0, 1, 1, 4, 19, 2, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16, 99, 16, 100, 15, 2, 0, 1, 16, 120, 1], "cdx", 0, int.MaxValue,
            "none", "none", "2,3", "2,3"),
        new("(?<!^)x", false, 0, [14, 4, 0, 1, 1, 5, 5, 0, 6, 0, 1, 16, 120, 1], "xx", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("\\b(?<=\\w)", false, 0, [14, 4, 0, 0, 0, 6, 10, 4, 8, 1, 13, 4, 8, 14, 0, 1, 1], "ab c", 0, int.MaxValue,
            "none", "none", "2,2", "2,2 | 4,4"),
        new("(?<=\\d{3})x", false, 0, [14, 4, 0, 1, 1, 4, 13, 3, 24, 9, 3, 3, 13, 4, 8, 10, 0, 1, 1, 16, 120, 1], "12x123x", 0, int.MaxValue,
            "none", "none", "6,7", "6,7"),
        new("(?:(?=(a))a)*", false, 1, [14, 4, 0, 0, 4294967295, 23, 15, 0, 4294967295, 4, 9, 0, 17, 0, 16, 97, 17, 1, 1, 16, 97, 18, 1], "aa", 0, int.MaxValue,
            "0,2 1,2 li=1", "0,2 1,2 li=1", "0,2 1,2 li=1", "0,2 1,2 li=1 | 2,2 -1,-1"),
        new("(?:(?!(b))a)*", false, 1, [14, 4, 0, 0, 4294967295, 23, 15, 0, 4294967295, 5, 9, 0, 17, 0, 16, 98, 17, 1, 1, 16, 97, 18, 1], "aab", 0, int.MaxValue,
            "0,2 -1,-1", "none", "0,2 -1,-1", "0,2 -1,-1 | 2,2 -1,-1 | 3,3 -1,-1"),
    ];

    private static readonly Case[] Conditionals =
    [
        new("(a)?(?(1)b|c)", false, 1, [14, 4, 0, 1, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], "ab", 0, int.MaxValue,
            "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1"),
        new("(a)?(?(1)b|c)", false, 1, [14, 4, 0, 1, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], "c", 0, int.MaxValue,
            "0,1 -1,-1", "0,1 -1,-1", "0,1 -1,-1", "0,1 -1,-1"),
        new("(a)?(?(1)b|c)", false, 1, [14, 4, 0, 1, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], "ac", 0, int.MaxValue,
            "none", "none", "1,2 -1,-1", "1,2 -1,-1"),
        new("(?:(a)|x)(?(1)b|c)", false, 1, [14, 4, 0, 2, 2, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 120, 15, 2, 0, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], "ab", 0, int.MaxValue,
            "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1", "0,2 0,1 li=1"),
        new("(?:(a)|x)(?(1)b|c)", false, 1, [14, 4, 0, 2, 2, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 120, 15, 2, 0, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], "xc", 0, int.MaxValue,
            "0,2 -1,-1", "0,2 -1,-1", "0,2 -1,-1", "0,2 -1,-1"),
        new("(?:(a)|x)(?(1)b|c)", false, 1, [14, 4, 0, 2, 2, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 120, 15, 2, 0, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], "xb", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?P<q>\")?\\w+(?(q)\")", false, 1, [14, 4, 0, 1, 4294967295, 23, 9, 0, 1, 17, 0, 16, 34, 17, 1, 18, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 12, 0, 4, 16, 34, 1], "\"abc\"", 0, int.MaxValue,
            "0,5 0,1 li=1", "0,5 0,1 li=1", "0,5 0,1 li=1", "0,5 0,1 li=1"),
        new("(?P<q>\")?\\w+(?(q)\")", false, 1, [14, 4, 0, 1, 4294967295, 23, 9, 0, 1, 17, 0, 16, 34, 17, 1, 18, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 12, 0, 4, 16, 34, 1], "abc", 0, int.MaxValue,
            "0,3 -1,-1", "0,3 -1,-1", "0,3 -1,-1", "0,3 -1,-1"),
        new("(?P<q>\")?\\w+(?(q)\")", false, 1, [14, 4, 0, 1, 4294967295, 23, 9, 0, 1, 17, 0, 16, 34, 17, 1, 18, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 12, 0, 4, 16, 34, 1], "\"abc", 0, int.MaxValue,
            "none", "none", "1,4 -1,-1", "1,4 -1,-1"),
        new("(?:(a)|b)*(?(1)x|y)", false, 1, [14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 18, 12, 0, 6, 16, 120, 15, 3, 16, 121, 1], "abx", 0, int.MaxValue,
            "0,3 0,1 li=1", "0,3 0,1 li=1", "0,3 0,1 li=1", "0,3 0,1 li=1"),
        new("(?:(a)|b)*(?(1)x|y)", false, 1, [14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 18, 12, 0, 6, 16, 120, 15, 3, 16, 121, 1], "bby", 0, int.MaxValue,
            "0,3 -1,-1", "0,3 -1,-1", "0,3 -1,-1", "0,3 -1,-1"),
        new("(?:(a)|b)*(?(1)x|y)", false, 1, [14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 18, 12, 0, 6, 16, 120, 15, 3, 16, 121, 1], "aby", 0, int.MaxValue,
            "none", "none", "1,3 -1,-1", "1,3 -1,-1"),
        new("(a)?(?(1)|b)", false, 1, [14, 4, 0, 0, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 4, 15, 3, 16, 98, 1], "b", 0, int.MaxValue,
            "0,1 -1,-1", "0,1 -1,-1", "0,1 -1,-1", "0,1 -1,-1"),
        new("(a)?(?(1)|b)", false, 1, [14, 4, 0, 0, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 4, 15, 3, 16, 98, 1], "a", 0, int.MaxValue,
            "0,1 0,1 li=1", "0,1 0,1 li=1", "0,1 0,1 li=1", "0,1 0,1 li=1"),
    ];

    private static readonly Case[] AtomicGroups =
    [
        new("(?>a+)b", false, 0, [14, 4, 0, 2, 4294967295, 27, 9, 24, 6, 1, 4294967295, 16, 97, 1, 1, 16, 98, 1], "aab", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?>a+)a", false, 0, [14, 4, 0, 2, 4294967295, 27, 9, 24, 6, 1, 4294967295, 16, 97, 1, 1, 16, 97, 1], "aaa", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?>a|ab)c", false, 0, [14, 4, 0, 2, 3, 27, 14, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 1, 16, 99, 1], "abc", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?>a|ab)c", false, 0, [14, 4, 0, 2, 3, 27, 14, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 1, 16, 99, 1], "ac", 0, int.MaxValue,
            "0,2", "0,2", "0,2", "0,2"),
        new("(?>(a+))a", false, 1, [14, 4, 0, 2, 4294967295, 27, 13, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 1, 16, 97, 1], "aaa", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?>(a)|b)*c", false, 1, [14, 4, 0, 1, 4294967295, 23, 22, 0, 4294967295, 27, 18, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 1, 18, 16, 99, 1], "abac", 0, int.MaxValue,
            "0,4 2,3 li=1", "0,4 2,3 li=1", "0,4 2,3 li=1", "0,4 2,3 li=1"),
        new("(?>x*)*y", false, 0, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 27, 9, 24, 6, 0, 4294967295, 16, 120, 1, 1, 18, 16, 121, 1], "xxy", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("(?>.*?)x", false, 0, [14, 4, 0, 1, 4294967295, 27, 8, 26, 5, 0, 4294967295, 2, 1, 1, 16, 120, 1], "abx", 0, int.MaxValue,
            "none", "none", "2,3", "2,3"),
    ];

    private static readonly Case[] Anchors =
    [
        new("^a", false, 0, [14, 4, 0, 1, 1, 6, 0, 16, 97, 1], "ab", 0, int.MaxValue,
            "0,1", "none", "0,1", "0,1"),
        new("^a", false, 0, [14, 4, 0, 1, 1, 6, 0, 16, 97, 1], "ba", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("a$", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 5, 1], "ba", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("a$", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 5, 1], "ba\u000a", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("a$", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 5, 1], "ba\u000a\u000a", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?m)^b", false, 0, [14, 4, 0, 1, 1, 6, 1, 16, 98, 1], "a\u000ab", 0, int.MaxValue,
            "none", "none", "2,3", "2,3"),
        new("(?m)a$", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 6, 1], "a\u000ab", 0, int.MaxValue,
            "0,1", "none", "0,1", "0,1"),
        new("(?m)a$", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 6, 1], "ba", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("\\Aa", false, 0, [14, 4, 0, 1, 1, 6, 2, 16, 97, 1], "ab", 0, int.MaxValue,
            "0,1", "none", "0,1", "0,1"),
        new("a\\Z", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 7, 1], "ba", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("a\\Z", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 7, 1], "ba\u000a", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\bfoo\\b", false, 0, [14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1], "a foo.", 0, int.MaxValue,
            "none", "none", "2,5", "2,5"),
        new("\\bfoo\\b", false, 0, [14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1], "afoo", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\bfoo\\b", false, 0, [14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1], "foo", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("\\Bo\\B", false, 0, [14, 4, 0, 1, 1, 6, 11, 16, 111, 6, 11, 1], "foo", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("\\Bo\\B", false, 0, [14, 4, 0, 1, 1, 6, 11, 16, 111, 6, 11, 1], "o", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\b", false, 0, [14, 4, 0, 0, 0, 6, 10, 1], "", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\b", false, 0, [14, 4, 0, 0, 0, 6, 10, 1], " ", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\b", false, 0, [14, 4, 0, 0, 0, 6, 10, 1], "a", 0, int.MaxValue,
            "0,0", "none", "0,0", "0,0 | 1,1"),
        new("\\B", false, 0, [14, 4, 0, 0, 0, 6, 11, 1], "", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\B", false, 0, [14, 4, 0, 0, 0, 6, 11, 1], " ", 0, int.MaxValue,
            "0,0", "none", "0,0", "0,0 | 1,1"),
        new("\\B", false, 0, [14, 4, 0, 0, 0, 6, 11, 1], "a", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("(?a)\\b\u00e9", false, 0, [14, 4, 0, 1, 1, 6, 3, 16, 233, 1], "a\u00e9", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("(?a)\\b\u00e9", false, 0, [14, 4, 0, 1, 1, 6, 3, 16, 233, 1], "\u00e9", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\b\u00e9", false, 0, [14, 4, 0, 1, 1, 6, 10, 16, 233, 1], "a\u00e9", 0, int.MaxValue,
            "none", "none", "none", ""),
        new("\\b\u00e9", false, 0, [14, 4, 0, 1, 1, 6, 10, 16, 233, 1], " \u00e9", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("$", false, 0, [14, 4, 0, 0, 0, 6, 5, 1], "a\u000a", 0, int.MaxValue,
            "none", "none", "1,1", "1,1 | 2,2"),
        new("$", false, 0, [14, 4, 0, 0, 0, 6, 5, 1], "a", 0, int.MaxValue,
            "none", "none", "1,1", "1,1"),
        new("(?m)$", false, 0, [14, 4, 0, 0, 0, 6, 6, 1], "a\u000ab", 0, int.MaxValue,
            "none", "none", "1,1", "1,1 | 3,3"),
        new("^$", false, 0, [14, 4, 0, 0, 0, 6, 0, 6, 5, 1], "", 0, int.MaxValue,
            "0,0", "0,0", "0,0", "0,0"),
        new("(?m)^$", false, 0, [14, 4, 0, 0, 0, 6, 1, 6, 6, 1], "a\u000a\u000ab", 0, int.MaxValue,
            "none", "none", "2,2", "2,2"),
    ];

    private static readonly Case[] Dot =
    [
        new(".+", false, 0, [14, 4, 0, 1, 4294967295, 24, 5, 1, 4294967295, 2, 1, 1], "ab\u000acd", 0, int.MaxValue,
            "0,2", "none", "0,2", "0,2 | 3,5"),
        new("(?s).+", false, 0, [14, 4, 0, 1, 4294967295, 24, 5, 1, 4294967295, 3, 1, 1], "ab\u000acd", 0, int.MaxValue,
            "0,5", "0,5", "0,5", "0,5"),
        new("a.b", false, 0, [14, 8, 1, 3, 3, 1, 1, 97, 0, 16, 97, 2, 16, 98, 1], "a\u2028b", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new("a.b", false, 0, [14, 8, 1, 3, 3, 1, 1, 97, 0, 16, 97, 2, 16, 98, 1], "a\u000db", 0, int.MaxValue,
            "0,3", "0,3", "0,3", "0,3"),
        new(".", false, 0, [14, 4, 0, 1, 1, 2, 1], "\u000a", 0, int.MaxValue,
            "none", "none", "none", ""),
    ];

    private static readonly Case[] SearchPrefixes =
    [
        new("abc", false, 0, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], "xxabxabcx", 0, int.MaxValue,
            "none", "none", "5,8", "5,8"),
        new("abcd.*x", false, 0, [14, 14, 1, 5, 4294967295, 4, 4, 97, 98, 99, 100, 0, 0, 0, 0, 16, 97, 16, 98, 16, 99, 16, 100, 24, 5, 0, 4294967295, 2, 1, 16, 120, 1], "abcabcdyyx", 0, int.MaxValue,
            "none", "none", "3,10", "3,10"),
        new("aab", false, 0, [14, 12, 3, 3, 3, 3, 3, 97, 97, 98, 0, 1, 0, 16, 97, 16, 97, 16, 98, 1], "aaab", 0, int.MaxValue,
            "none", "none", "1,4", "1,4"),
        new("abab", false, 0, [14, 14, 3, 4, 4, 4, 4, 97, 98, 97, 98, 0, 0, 1, 2, 16, 97, 16, 98, 16, 97, 16, 98, 1], "abaabababx", 0, int.MaxValue,
            "none", "none", "3,7", "3,7"),
        new("ab(c)", false, 1, [14, 12, 1, 3, 3, 3, 2, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 17, 0, 16, 99, 17, 1, 1], "abxabc", 0, int.MaxValue,
            "none", "none", "3,6 5,6 li=1", "3,6 5,6 li=1"),
        new("[xy]z", false, 0, [14, 8, 4, 2, 2, 22, 120, 121, 0, 13, 5, 22, 120, 121, 0, 16, 122, 1], "axxzy", 0, int.MaxValue,
            "none", "none", "2,4", "2,4"),
        new("(?:x|y)z+", false, 0, [14, 8, 4, 2, 4294967295, 22, 120, 121, 0, 13, 5, 22, 120, 121, 0, 24, 6, 1, 4294967295, 16, 122, 1, 1], "xayzz", 0, int.MaxValue,
            "none", "none", "2,5", "2,5"),
        new("(?i)abc", false, 0, [14, 4, 0, 3, 3, 40, 97, 40, 98, 40, 99, 1], "xxABC", 0, int.MaxValue,
            "none", "none", "2,5", "2,5"),
        new("a\\d", false, 0, [14, 8, 1, 2, 2, 1, 1, 97, 0, 16, 97, 13, 4, 8, 10, 0, 1], "ab a1", 0, int.MaxValue,
            "none", "none", "3,5", "3,5"),
        new("(?:ab)+c", false, 0, [14, 4, 0, 3, 4294967295, 23, 7, 1, 4294967295, 16, 97, 16, 98, 18, 16, 99, 1], "abababx abc", 0, int.MaxValue,
            "none", "none", "8,11", "8,11"),
        new("x*abc", false, 0, [14, 4, 0, 3, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 16, 97, 16, 98, 16, 99, 1], "xxabc", 0, int.MaxValue,
            "0,5", "0,5", "0,5", "0,5"),
        new("\u4e00\u4e01", false, 0, [14, 10, 3, 2, 2, 2, 2, 19968, 19969, 0, 0, 16, 19968, 16, 19969, 1], "a\u4e00\u4e00\u4e01", 0, int.MaxValue,
            "none", "none", "2,4", "2,4"),
    ];

    private static readonly Case[] BytesPatterns =
    [
        new("\\w+", true, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 4, 0, 1, 1], "ab\u00e9cd", 0, int.MaxValue,
            "0,2", "none", "0,2", "0,2 | 3,5"),
        new("(?L)\\w+", true, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 8, 0, 1, 1], "ab\u00e9cd", 0, int.MaxValue,
            "0,2", "none", "0,2", "0,2 | 3,5"),
        new("(?i)[a-z]+", true, 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 31, 5, 22, 97, 122, 0, 1, 1], "AB\u00c9", 0, int.MaxValue,
            "0,2", "none", "0,2", "0,2"),
        new("(?i)ab", true, 0, [14, 4, 0, 2, 2, 32, 97, 32, 98, 1], "xAB", 0, int.MaxValue,
            "none", "none", "1,3", "1,3"),
        new("\\s+", true, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 2, 0, 1, 1], "a \u001c\u0085b", 0, int.MaxValue,
            "none", "none", "1,2", "1,2"),
        new("[\u0080-\u00ff]+", true, 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 128, 255, 0, 1, 1], "a\u0080\u00ffb", 0, int.MaxValue,
            "none", "none", "1,3", "1,3"),
        new("(a)\\1", true, 1, [14, 8, 1, 2, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 11, 0, 1], "xaa", 0, int.MaxValue,
            "none", "none", "1,3 1,2 li=1", "1,3 1,2 li=1"),
        new("(?i)(a)\\1", true, 1, [14, 4, 0, 2, 2, 17, 0, 32, 97, 17, 1, 30, 0, 1], "xaA", 0, int.MaxValue,
            "none", "none", "1,3 1,2 li=1", "1,3 1,2 li=1"),
        new("(?L)(?i)k", true, 0, [14, 4, 0, 1, 1, 36, 107, 1], "K", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("\\bab\\b", true, 0, [14, 4, 0, 2, 2, 6, 3, 16, 97, 16, 98, 6, 3, 1], "x ab \u00e9ab", 0, int.MaxValue,
            "none", "none", "2,4", "2,4 | 6,8"),
    ];

    private static readonly Case[] AstralStrings =
    [
        new(".", false, 0, [14, 4, 0, 1, 1, 2, 1], "\ud83d\ude00a", 0, int.MaxValue,
            "0,1", "none", "0,1", "0,1 | 1,2"),
        new("[\ud83d\ude00-\ud83d\ude02]+", false, 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 128512, 128514, 0, 1, 1], "a\ud83d\ude00\ud83d\ude02\ud83d\ude03", 0, int.MaxValue,
            "none", "none", "1,3", "1,3"),
        new("(?i)\ud801\udc00", false, 0, [14, 4, 0, 1, 1, 40, 66600, 1], "\ud801\udc28", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("(?i)[\ud801\udc00-\ud801\udc10]", false, 0, [14, 4, 0, 1, 1, 39, 5, 42, 66560, 66576, 0, 1], "\ud801\udc28", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("\\w+", false, 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], "\ud835\udc00\ud835\udfce!", 0, int.MaxValue,
            "0,2", "none", "0,2", "0,2"),
        new("\\d", false, 0, [14, 7, 4, 1, 1, 8, 10, 0, 13, 4, 8, 10, 0, 1], "\ud835\udfce", 0, int.MaxValue,
            "0,1", "0,1", "0,1", "0,1"),
        new("a(.)b", false, 1, [14, 8, 1, 3, 3, 1, 1, 97, 0, 16, 97, 17, 0, 2, 17, 1, 16, 98, 1], "xa\ud83d\ude00b", 0, int.MaxValue,
            "none", "none", "1,4 2,3 li=1", "1,4 2,3 li=1"),
        new("\ud83d\ude00+", false, 0, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 128512, 1, 1], "x\ud83d\ude00\ud83d\ude00", 0, int.MaxValue,
            "none", "none", "1,3", "1,3"),
    ];

    private static readonly Case[] PosAndEndpos =
    [
        new("a+", false, 0, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1], "baaab", 2, 4,
            "2,4", "2,4", "2,4", "2,4"),
        new("^a", false, 0, [14, 4, 0, 1, 1, 6, 0, 16, 97, 1], "ba", 1, int.MaxValue,
            "none", "none", "none", ""),
        new("(?m)^a", false, 0, [14, 4, 0, 1, 1, 6, 1, 16, 97, 1], "\u000aa", 1, int.MaxValue,
            "1,2", "1,2", "1,2", "1,2"),
        new("a$", false, 0, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 5, 1], "aab", 0, 2,
            "none", "none", "1,2", "1,2"),
        new("\\b", false, 0, [14, 4, 0, 0, 0, 6, 10, 1], "ab", 1, int.MaxValue,
            "none", "none", "2,2", "2,2"),
        new("\\b", false, 0, [14, 4, 0, 0, 0, 6, 10, 1], "ab", 1, 1,
            "1,1", "1,1", "1,1", "1,1"),
        new("", false, 0, [14, 4, 0, 0, 0, 1], "abc", 2, 1,
            "2,2", "none", "none", ""),
        new("a*", false, 0, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 1], "abc", 2, 1,
            "none", "none", "none", ""),
        new("(?<=a)b", false, 0, [14, 4, 0, 1, 1, 4, 5, 1, 16, 97, 1, 16, 98, 1], "ab", 1, int.MaxValue,
            "1,2", "1,2", "1,2", "1,2"),
        new("x", false, 0, [14, 8, 3, 1, 1, 1, 1, 120, 0, 16, 120, 1], "abc", -5, 100,
            "none", "none", "none", ""),
        new("c", false, 0, [14, 8, 3, 1, 1, 1, 1, 99, 0, 16, 99, 1], "abc", 4, 10,
            "none", "none", "none", ""),
        new("$", false, 0, [14, 4, 0, 0, 0, 6, 5, 1], "ab\u000ac", 0, 3,
            "none", "none", "2,2", "2,2 | 3,3"),
    ];

    private static readonly Case[] MustAdvance =
    [
        new("a*", false, 0, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 1], "baaa", 0, int.MaxValue,
            "0,0", "none", "0,0", "0,0 | 1,4 | 4,4"),
        new("a*", false, 0, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 1], "", 0, int.MaxValue,
            "0,0", "0,0", "0,0", "0,0"),
        new("\\b", false, 0, [14, 4, 0, 0, 0, 6, 10, 1], "ab cd", 0, int.MaxValue,
            "0,0", "none", "0,0", "0,0 | 2,2 | 3,3 | 5,5"),
        new("(?:a|)", false, 0, [14, 4, 0, 0, 1, 7, 5, 16, 97, 15, 5, 3, 15, 2, 0, 1], "ab", 0, int.MaxValue,
            "0,1", "none", "0,1", "0,1 | 1,1 | 2,2"),
        new("x*", false, 0, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], "axxb", 0, int.MaxValue,
            "0,0", "none", "0,0", "0,0 | 1,3 | 3,3 | 4,4"),
        new("(?m)^", false, 0, [14, 4, 0, 0, 0, 6, 1, 1], "a\u000ab\u000a", 0, int.MaxValue,
            "0,0", "none", "0,0", "0,0 | 2,2 | 4,4"),
        new("a*?", false, 0, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 16, 97, 1, 1], "aa", 0, int.MaxValue,
            "0,0", "0,2", "0,0", "0,0 | 0,1 | 1,1 | 1,2 | 2,2"),
        new("(a)|b*", false, 1, [14, 4, 0, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 12, 10, 24, 6, 0, 4294967295, 16, 98, 1, 15, 2, 0, 1], "ab", 0, int.MaxValue,
            "0,1 0,1 li=1", "none", "0,1 0,1 li=1", "0,1 0,1 li=1 | 1,2 -1,-1 | 2,2 -1,-1"),
        new("a|(?=b)", false, 0, [14, 4, 0, 0, 1, 7, 5, 16, 97, 15, 11, 9, 4, 5, 0, 16, 98, 1, 15, 2, 0, 1], "abb", 0, int.MaxValue,
            "0,1", "none", "0,1", "0,1 | 1,1 | 2,2"),
    ];
}
