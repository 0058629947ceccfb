using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.FrontEnd;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis.Flow;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// The flow model (<c>Analysis/Flow</c>) against CPython 3.12: for every <c>FlowCases/NAME.flow</c>, the jumps the model
/// lays out for <c>NAME.py</c> (in FlowCases, or a conformance program in Programs), with their lines, are the ones
/// CPython 3.12 compiled (recorded by <c>FlowCases/record_flow.py</c>); every code object of these is modelled.
/// </summary>
public class FlowModelTests
{
    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "FlowCases"), "*.flow")
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) })
            .OrderBy(a => (string)a[0], StringComparer.Ordinal);

    private static string SourceOf(string name)
    {
        string local = Path.Combine(TestPaths.ProjectDirectory, "FlowCases", name + ".py");
        return File.Exists(local) ? local : Path.Combine(TestPaths.ProjectDirectory, "Programs", name + ".py");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Jumps_and_lines_are_CPython_3_12s(string name)
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "FlowCases");
        var unmodelled = new Dictionary<string, int>();
        var (mismatches, _) = Compare(SourceOf(name), Path.Combine(dir, name + ".flow"), unmodelled);
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
        Assert.Empty(unmodelled);
    }

    /// <summary>Compares the model's code objects with CPython's; returns the differing ones and the number of
    /// code objects modelled.</summary>
    internal static (List<string> Mismatches, int Modelled) Compare(string py, string flow, Dictionary<string, int>? unmodelled = null)
    {
        var parsed = PythonParser.Parse(File.ReadAllText(py), Path.GetFileName(py));
        var symbols = SymbolTable.Build(parsed.Module);
        var ours = Split(FlowDump.Dump(parsed.Module, symbols));
        var theirs = Split(File.ReadAllText(flow));
        var mismatches = new List<string>();
        int modelled = 0;
        foreach (var (key, lines) in ours)
        {
            if (lines.Count == 1 && lines[0].StartsWith("unmodelled", StringComparison.Ordinal))
            {
                if (unmodelled is not null)
                    unmodelled[lines[0]] = unmodelled.GetValueOrDefault(lines[0]) + 1;
                continue;
            }
            modelled++;
            if (!theirs.TryGetValue(key, out var expected))
            {
                mismatches.Add($"{key}: no such code object in CPython's output");
                continue;
            }
            if (!expected.SequenceEqual(lines))
                mismatches.Add($"{key}\n  CPython: {string.Join(" | ", expected)}\n  model:   {string.Join(" | ", lines)}");
        }
        return (mismatches, modelled);
    }

    private static Dictionary<string, List<string>> Split(string dump)
    {
        var result = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var raw in dump.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
                continue;
            if (!line.StartsWith("  ", StringComparison.Ordinal))
            {
                current = new List<string>();
                result[line] = current;
            }
            else
            {
                current!.Add(line.Trim());
            }
        }
        return result;
    }

    /// <summary>For development: PYAOT_FLOW_CORPUS names a directory of NAME.py / NAME.flow pairs (a library recorded
    /// with record_flow.py); the summary goes to PYAOT_FLOW_REPORT.</summary>
    [Fact]
    public void Corpus_from_the_environment()
    {
        string? dir = Environment.GetEnvironmentVariable("PYAOT_FLOW_CORPUS");
        if (dir is null)
            return;
        var report = new List<string>();
        int files = 0, codes = 0, bad = 0;
        var unmodelled = new Dictionary<string, int>();
        foreach (var py in Directory.EnumerateFiles(dir, "*.py").OrderBy(p => p, StringComparer.Ordinal))
        {
            string flow = Path.ChangeExtension(py, ".flow");
            if (!File.Exists(flow))
                continue;
            files++;
            try
            {
                var (m, n) = Compare(py, flow, unmodelled);
                codes += n;
                bad += m.Count;
                foreach (var x in m)
                    report.Add(Path.GetFileName(py) + " " + x);
            }
            catch (Exception e)
            {
                report.Add($"{Path.GetFileName(py)} CRASH {e.GetType().Name}: {e.Message}");
            }
        }
        // What the lowering would refuse BRANCH/JUMP for, over the same code objects (FlowPlan's reasons).
        var refusals = new Dictionary<string, int>();
        int planned = 0;
        foreach (var py in Directory.EnumerateFiles(dir, "*.py"))
        {
            try
            {
                var parsed = PythonParser.Parse(File.ReadAllText(py), Path.GetFileName(py));
                var symbols = SymbolTable.Build(parsed.Module);
                foreach (var (owner, _, _) in FlowDump.CodeObjects(parsed.Module, symbols))
                {
                    planned++;
                    if (FlowPlan.Build(symbols, owner).Unmodelled is { } why)
                    {
                        string key = System.Text.RegularExpressions.Regex.Replace(why, @"\(line \d+\)", "(line N)");
                        refusals[key] = refusals.GetValueOrDefault(key) + 1;
                    }
                }
            }
            catch (Exception)
            {
                // (a file the front end or the symbol table rejects is not counted)
            }
        }
        report.Insert(0, $"plans: {planned} code objects, refused: " +
            string.Join("; ", refusals.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Value} {kv.Key}")));
        report.Insert(0, $"{files} files, {codes} code objects modelled, {bad} differ");
        report.InsertRange(1, unmodelled.OrderByDescending(kv => kv.Value).Select(kv => $"  {kv.Value} {kv.Key}"));
        File.WriteAllLines(Environment.GetEnvironmentVariable("PYAOT_FLOW_REPORT") ?? Path.Combine(dir, "report.txt"), report);
    }
}
