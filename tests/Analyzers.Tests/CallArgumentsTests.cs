using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PyAot.Analyzers.Tests;

/// <summary>PY1004 on CallArguments/calls.py: the marked calls <c>{|#N:...|}</c> in order get the TypeErrors CPython
/// 3.12 printed for them (calls.expected, recorded by record.py); every other call binds, or has a callee that is not
/// certain (rebound, <c>*</c>/<c>**</c> arguments).</summary>
public sealed class CallArgumentsTests
{
    [Fact]
    public async Task ReportsCPythonsTypeErrorForCallsThatCannotBind()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "CallArguments");
        var messages = File.ReadAllLines(Path.Combine(dir, "calls.expected"));
        var test = PythonModuleTest.Reporting("PY1004");
        test.TestState.AdditionalFiles.Add(("/app/calls.py", File.ReadAllText(Path.Combine(dir, "calls.py"))));
        test.ExpectedDiagnostics.AddRange(messages.Select((m, i) =>
            new DiagnosticResult("PY1004", DiagnosticSeverity.Warning).WithLocation(i).WithMessage("TypeError: " + m)));
        await test.RunAsync();
    }
}
