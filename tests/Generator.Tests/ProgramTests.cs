using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.Cli;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// End to end: each Programs/NAME.py goes through the real generator, compiles, runs, and must print exactly
/// NAME.expected — stdout recorded from CPython 3.12. A NAME.expected_err file ("exit: N" and the last
/// stderr line) is for programs that end with an uncaught exception or sys.exit. A .py file without an
/// .expected file is a helper module: programs that import it are compiled with it.
/// </summary>
public sealed class ProgramTests
{
    public static IEnumerable<object[]> Programs() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "Programs"), "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => File.Exists(Path.Combine(TestPaths.ProjectDirectory, "Programs", n + ".expected")))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatCPythonPrints(string name)
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "Programs");
        string path = Path.Combine(dir, name + ".py");
        string source = File.ReadAllText(path);
        var result = ProgramRunner.Run(path, source, HelperModules.Of(path));

        string expected = File.ReadAllText(Path.Combine(dir, name + ".expected")).Replace("\r\n", "\n");
        Assert.Equal(expected, result.Stdout.Replace("\r\n", "\n"));

        string errFile = Path.Combine(dir, name + ".expected_err");
        if (File.Exists(errFile))
        {
            string[] lines = File.ReadAllLines(errFile);
            Assert.Equal(lines[0], "exit: " + result.ExitCode);
            Assert.Equal(lines[1], result.LastStderrLine);
            // NAME.expected_traceback: the whole report, as CPython prints it minus its ^~~ marker lines, with
            // {dir} for the directory of the programs.
            string tbFile = Path.Combine(dir, name + ".expected_traceback");
            if (File.Exists(tbFile))
            {
                string expectedTb = File.ReadAllText(tbFile).Replace("\r\n", "\n").Replace("{dir}" + "/", dir + Path.DirectorySeparatorChar).TrimEnd('\n');
                Assert.Equal(expectedTb, result.Stderr.Replace("\r\n", "\n").TrimEnd('\n'));
            }
        }
        else
        {
            Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}, stderr:\n{result.Stderr}");
        }
    }
}
