using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PyAot.Analyzers.Tests;

/// <summary>
/// PY1001 on the marked-up programs of UndefinedNames/: <c>{|#0:name|}</c> is where the diagnostic must be, and its
/// message is the NameError CPython 3.12 printed for the same program (its <c>.expected</c>, recorded by
/// <c>record.py</c>); a program CPython ran to its end (<c>ok</c>) must have no PY1001 at all.
/// </summary>
public sealed class UndefinedNamesTests
{
    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "UndefinedNames");

    public static IEnumerable<object[]> CaseNames() =>
        Directory.EnumerateFiles(Cases, "*.py").Where(p => Path.GetFileName(p) != "record.py")
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(c => (string)c[0]);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task ReportsWhatCPythonRaises(string name)
    {
        string python = File.ReadAllText(Path.Combine(Cases, name + ".py"));
        string expected = File.ReadAllText(Path.Combine(Cases, name + ".expected")).TrimEnd('\n');
        var test = PythonModuleTest.Reporting("PY1001");
        test.TestState.AdditionalFiles.Add(("/app/main.py", python));
        if (expected != "ok")
        {
            const string prefix = "NameError: ";
            Assert.StartsWith(prefix, expected);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PY1001", DiagnosticSeverity.Warning)
                .WithLocation(0).WithMessage(expected.Substring(prefix.Length)));
        }
        await test.RunAsync();
    }

    [Theory]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("none", null)]
    // (error too: the diagnostic is then a warning reported as an error, as tests/Package.Tests sees in a real build)
    public async Task AGlobalAnalyzerConfigSetsTheSeverity(string setting, DiagnosticSeverity? severity)
    {
        var test = PythonModuleTest.Reporting("PY1001");
        test.TestState.AdditionalFiles.Add(("/app/main.py", "{|#0:prnt|}(1)\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\ndotnet_diagnostic.PY1001.severity = {setting}\n"));
        if (severity is { } s)
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PY1001", s).WithLocation(0)
                .WithMessage("name 'prnt' is not defined. Did you mean: 'print'?"));
        await test.RunAsync();
    }
}
