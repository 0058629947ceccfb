using System.Collections.Generic;
using System.Linq;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

/// <summary>Runs the CPython 3.12 recordings in Data/ and reports every mismatch at once.</summary>
public class RecordedCaseTests
{
    private static void AssertNoFailures(List<string> failures, int total)
    {
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} cases differ from CPython:\n" + string.Join("\n", failures.Take(60)));
    }

    [Fact]
    public void Format()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var c in CaseFiles.Read("format_cases.txt"))
        {
            total++;
            var value = CaseFiles.Value(c[0]);
            string spec = c[1];
            string expected = CaseFiles.Unescape(c[2]);
            string actual = CaseFiles.Outcome(() => PyOps.Format(value, spec));
            if (actual != expected)
                failures.Add($"format({c[0]}, '{spec}'): expected [{expected}] got [{actual}]");
        }
        AssertNoFailures(failures, total);
    }

    [Fact]
    public void FloatRepr()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var c in CaseFiles.Read("float_repr_cases.txt"))
        {
            total++;
            var v = PyValue.FromFloat(Builtins.ParseFloat(c[1]));
            string repr = PyOps.Repr(v), str = PyOps.Str(v);
            string round2 = PyOps.Repr(Builtins.Round(v, PyValue.FromInt(2)));
            string round0 = c[4] == "x" ? "x" : PyOps.Repr(Builtins.Round(v, default));
            string got = $"{repr}\t{str}\t{round2}\t{round0}";
            string want = $"{c[1]}\t{c[2]}\t{c[3]}\t{c[4]}";
            if (got != want)
                failures.Add($"{c[0]}: expected [{want}] got [{got}]");
        }
        AssertNoFailures(failures, total);
    }

    [Fact]
    public void IntParse()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var c in CaseFiles.Read("int_parse_cases.txt"))
        {
            total++;
            string s = CaseFiles.Unescape(c[0]);
            int b = int.Parse(c[1]);
            string expected = CaseFiles.Unescape(c[2]);
            string actual = CaseFiles.Outcome(() => PyOps.Repr(Builtins.Int(PyValue.FromString(s), PyValue.FromInt(b))));
            if (actual != expected)
                failures.Add($"int('{c[0]}', {b}): expected [{expected}] got [{actual}]");
        }
        AssertNoFailures(failures, total);
    }

    [Fact]
    public void FloatParse()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var c in CaseFiles.Read("float_parse_cases.txt"))
        {
            total++;
            string s = CaseFiles.Unescape(c[0]);
            string expected = CaseFiles.Unescape(c[1]);
            string actual = CaseFiles.Outcome(() => PyOps.Repr(Builtins.Float(PyValue.FromString(s))));
            if (actual != expected)
                failures.Add($"float('{c[0]}'): expected [{expected}] got [{actual}]");
        }
        AssertNoFailures(failures, total);
    }
}
