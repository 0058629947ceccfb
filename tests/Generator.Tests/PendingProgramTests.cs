using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.Cli;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// PendingPrograms/NAME.py: programs with CPython 3.12's recorded output that PyAot does not reproduce yet (see the
/// README there). Each must still differ — fail to build, fail to run, or print something else — so that the day one
/// passes, this test says so and it moves to Programs/, where <see cref="ProgramTests"/> keeps it passing.
/// </summary>
public sealed class PendingProgramTests
{
    public static IEnumerable<object[]> Programs() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "PendingPrograms"), "*.py")
            .Where(f => File.Exists(Path.ChangeExtension(f, ".expected"))) // (the others are helper modules)
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Programs))]
    public void StillDiffersFromCPython(string name)
    {
        string dir = Path.Combine(TestPaths.ProjectDirectory, "PendingPrograms");
        string path = Path.Combine(dir, name + ".py");
        string expected = File.ReadAllText(Path.Combine(dir, name + ".expected")).Replace("\r\n", "\n");
        RunResult result;
        try
        {
            // (with the helper modules it imports from its directory, as ProgramTests builds a program)
            string source = File.ReadAllText(path);
            result = ProgramRunner.Run(path, source, HelperModules.Of(path));
        }
        catch (System.InvalidOperationException)
        {
            return; // does not build yet
        }
        bool passes = result.ExitCode == 0 && result.Stdout.Replace("\r\n", "\n") == expected;
        Assert.False(passes, $"{name} now prints what CPython 3.12 printed: move {name}.py and {name}.expected to Programs/");
    }
}
