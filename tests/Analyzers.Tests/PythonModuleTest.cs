using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace PyAot.Analyzers.Tests;

/// <summary>A test of <see cref="PythonModuleAnalyzer"/> that looks at some of its diagnostics only.</summary>
internal static class PythonModuleTest
{
    private static readonly string[] Ids = { "PY1001", "PY1002", "PY1003", "PY1004" };

    public static CSharpAnalyzerTest<PythonModuleAnalyzer, DefaultVerifier> Reporting(params string[] ids)
    {
        var test = new CSharpAnalyzerTest<PythonModuleAnalyzer, DefaultVerifier> { TestCode = "" };
        test.DisabledDiagnostics.AddRange(Ids.Except(ids));
        return test;
    }
}
