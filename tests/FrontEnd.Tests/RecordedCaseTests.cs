using System.IO;
using Xunit;

namespace PyAot.FrontEnd.Tests;

/// <summary>Each Cases/NAME.py parses to exactly the tree (with positions) CPython 3.12 printed into NAME.expected.</summary>
public class RecordedCaseTests
{
    [Theory]
    [MemberData(nameof(TestFiles.PyCases), MemberType = typeof(TestFiles))]
    public void MatchesCPython(string name)
    {
        string py = Path.Combine(TestFiles.CasesDir, name);
        string expected = File.ReadAllText(Path.ChangeExtension(py, ".expected")).TrimEnd('\n');
        string actual = TestFiles.DumpLine(File.ReadAllBytes(py), positions: true);
        Assert.Equal(expected, actual);
    }
}
