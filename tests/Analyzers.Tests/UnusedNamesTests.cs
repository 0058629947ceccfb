using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PyAot.Analyzers.Tests;

/// <summary>PY1002 and PY1003 on marked-up sources: <c>{|#N:...|}</c> is where each must be; every other binding below
/// is read somewhere, or is one of the forms that are never reported.</summary>
public sealed class UnusedNamesTests
{
    private static async Task Verify(string path, string python, params DiagnosticResult[] expected)
    {
        var test = PythonModuleTest.Reporting("PY1002", "PY1003");
        test.TestState.AdditionalFiles.Add((path, python));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Import(int location, string name) =>
        new DiagnosticResult("PY1002", DiagnosticSeverity.Hidden).WithLocation(location).WithMessage($"'{name}' imported but unused");

    private static DiagnosticResult Local(int location, string name) =>
        new DiagnosticResult("PY1003", DiagnosticSeverity.Hidden).WithLocation(location).WithMessage($"local variable '{name}' is assigned to but never used");

    [Fact]
    public async Task ReportsWhatNothingReads()
    {
        const string python = """
            import {|#0:os|}
            import sys
            import {|#1:os.path|}
            from math import sqrt, {|#2:floor as fl|}
            from __future__ import annotations


            def f(data):
                {|#3:unused|} = data[0]
                used = data[1]
                first, second = data
                for item in data:
                    pass
                with open("x") as handle:
                    pass
                try:
                    pass
                except ValueError as error:
                    pass
                _ignored = 1
                captured = 2
                inlined = 3
                g = lambda: captured
                return [used + x for x in range(inlined)], sqrt(2), g, sys.argv
            """;
        await Verify("/app/main.py", python, Import(0, "os"), Import(1, "os"), Import(2, "fl"), Local(3, "unused"));
    }

    [Fact]
    public async Task APackageOrAModuleWithAllReExports()
    {
        await Verify("/app/pkg/__init__.py", "from .core import helper\n");
        await Verify("/app/api.py", "from core import helper\n__all__ = ['helper']\n");
    }

    [Fact]
    public async Task AFunctionThatReadsItsLocalsByNameUsesThemAll()
    {
        await Verify("/app/main.py", "def f():\n    x = 1\n    return locals()\n");
    }
}
