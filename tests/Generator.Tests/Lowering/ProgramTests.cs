using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>
/// Runs every <c>Programs/&lt;name&gt;.py</c> through the lowering, Roslyn and the runtime and compares stdout with
/// CPython 3.12's recorded <c>&lt;name&gt;.expected</c>; for failing programs, the exit code and the last stderr line
/// with <c>&lt;name&gt;.expected_err</c>. Project modules a program imports (other .py files of the folder) are
/// compiled with it.
/// </summary>
public sealed class ProgramTests
{
    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(LoweringHarness.ProgramsDirectory, "*.py")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => File.Exists(Path.Combine(LoweringHarness.ProgramsDirectory, n + ".expected")))
            .OrderBy(n => n)
            .Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string name)
    {
        string dir = LoweringHarness.ProgramsDirectory;
        string source = File.ReadAllText(Path.Combine(dir, name + ".py"));
        var modules = new List<(string, string)> { (name, source) };
        foreach (Match m in Regex.Matches(source, @"^\s*(?:import|from)\s+(\w+)", RegexOptions.Multiline))
        {
            string dep = m.Groups[1].Value;
            string path = Path.Combine(dir, dep + ".py");
            if (File.Exists(path) && modules.All(x => x.Item1 != dep))
                modules.Add((dep, File.ReadAllText(path)));
        }
        var (exit, stdout, stderr) = LoweringHarness.RunProgram(modules);
        string expected = File.ReadAllText(Path.Combine(dir, name + ".expected"));
        Assert.Equal(expected, stdout);
        string errPath = Path.Combine(dir, name + ".expected_err");
        if (File.Exists(errPath))
        {
            var lines = File.ReadAllLines(errPath);
            Assert.Equal(lines[0], "exit: " + exit);
            var last = stderr.TrimEnd('\n').Split('\n').Last();
            Assert.Equal(lines[1], last);
        }
        else
        {
            Assert.True(exit == 0, $"exit code {exit}; stderr:\n{stderr}");
        }
    }
}
