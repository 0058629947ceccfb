using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

/// <summary>Test data shipped with CPython 3.12's Lib/test.</summary>
public class CPythonDataTests
{
    [Fact]
    public void FormatFloatTestcases()
    {
        // Lib/test/formatfloat_testcases.txt, checked the way test_float.test_format_testfile does.
        var failures = new List<string>();
        int total = 0;
        foreach (var raw in File.ReadAllLines(Path.Combine(System.AppContext.BaseDirectory, "Data", "formatfloat_testcases.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("--"))
                continue;
            var parts = line.Split("->");
            string lhs = parts[0].Trim(), rhs = parts[1].Trim();
            var lp = lhs.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
            string fmt = lp[0];
            double f = Builtins.ParseFloat(lp[1]);
            total++;
            void Check(string what, System.Func<string> actual, string expected)
            {
                string got = CaseFiles.Outcome(actual);
                if (got != "=" + expected)
                    failures.Add($"{what}: expected [{expected}] got [{got}]");
            }
            Check($"'{fmt}' % {lp[1]}", () => PyOps.Str(PyOps.Mod(PyValue.FromString(fmt), PyValue.FromFloat(f))), rhs);
            Check($"'{fmt}' % -{lp[1]}", () => PyOps.Str(PyOps.Mod(PyValue.FromString(fmt), PyValue.FromFloat(-f))), "-" + rhs);
            if (fmt != "%r")
            {
                Check($"format({lp[1]}, '{fmt[1..]}')", () => PyOps.Format(PyValue.FromFloat(f), fmt[1..]), rhs);
                Check($"format(-{lp[1]}, '{fmt[1..]}')", () => PyOps.Format(PyValue.FromFloat(-f), fmt[1..]), "-" + rhs);
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures in {total} cases:\n" + string.Join("\n", failures.Take(50)));
    }

    [Fact]
    public void FloatingPointsRepr()
    {
        // Lib/test/floating_points.txt values, repr and formats recorded from CPython 3.12.
        var failures = new List<string>();
        foreach (var c in CaseFiles.Read("float_repr_bulk.txt"))
        {
            double d = Builtins.ParseFloat(c[0]);
            var v = PyValue.FromFloat(d);
            string got = string.Join("\t", PyOps.Repr(v), PyOps.Format(v, ".17g"), PyOps.Format(v, ".3e"), c.Length > 4 && c[4].Length > 0 ? PyOps.Format(v, ".2f") : "");
            string want = string.Join("\t", c[1], c[2], c[3], c.Length > 4 ? c[4] : "");
            if (got != want)
                failures.Add($"{c[0]}: expected [{want}] got [{got}]");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(50)));
    }

    [Fact]
    public void PercentFormatCases()
    {
        // The %-formatting cases of Lib/test/test_format.py, outcomes recorded from CPython 3.12.
        var failures = new List<string>();
        foreach (var c in CaseFiles.Read("percent_format_cases.txt"))
        {
            string fmt = CaseFiles.Unescape(c[0]);
            var vals = c[2].Length == 0 ? System.Array.Empty<PyValue>() : c[2].Split('\x1f').Select(CaseFiles.Value).ToArray();
            var arg = c[1] == "T" ? PyValue.FromObject(PyTuple.Create(vals)) : vals[0];
            string expected = CaseFiles.Unescape(c[3]);
            string got = CaseFiles.Outcome(() => PyOps.Str(PyOps.Mod(PyValue.FromString(fmt), arg)));
            if (got != expected)
                failures.Add($"'{c[0]}' % ({c[2].Replace('\x1f', ',')}): expected [{expected}] got [{got}]");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(50)));
    }
}
