using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PyAot.Analyzers.Tests;

/// <summary>PY1006 on marked-up project files: <c>{|#N:...|}</c> is where each must be. The messages are CPython
/// 3.12's ImportError and traceback hint for the same files, without the module's location (run from the test's
/// directory layout, CPython printed, e.g., "ImportError: cannot import name 'thingy' from 'helper'
/// (/app/helper.py). Did you mean: 'thing'?").</summary>
public sealed class ImportedNamesTests
{
    private static async Task Verify((string Path, string Python)[] files, params DiagnosticResult[] expected)
    {
        var test = PythonModuleTest.Reporting("PY1006");
        // The import root, as the build passes it: /app/pkg/sub.py is the module pkg.sub.
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.projectdir = /app/\n"));
        foreach (var file in files)
            test.TestState.AdditionalFiles.Add(file);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Missing(int location, string message) =>
        new DiagnosticResult("PY1006", DiagnosticSeverity.Warning).WithLocation(location).WithMessage("ImportError: " + message);

    private const string Helper = """
        thing = 1


        def setup():
            global late
            late = 2
        """;

    [Fact]
    public async Task NamesAModuleOfTheProjectOrOfTheCompilerDoesNotHave()
    {
        const string main = """
            from math import {|#0:sqroot|}, sqrt
            from helper import {|#1:thingy|}, thing as t, late
            from helper import {|#2:zzzzzz|}
            from sys import argv, getsizeof, {|#3:argvv|}
            from time import {|#4:perf_countr|}
            from os import anything


            def later():
                from helper import {|#5:setpu|}
                return setpu
            """;
        await Verify(new[] { ("/app/main.py", main), ("/app/helper.py", Helper) },
            Missing(0, "cannot import name 'sqroot' from 'math'. Did you mean: 'sqrt'?"),
            Missing(1, "cannot import name 'thingy' from 'helper'. Did you mean: 'thing'?"),
            Missing(2, "cannot import name 'zzzzzz' from 'helper'"),
            Missing(3, "cannot import name 'argvv' from 'sys'. Did you mean: 'argv'?"),
            Missing(4, "cannot import name 'perf_countr' from 'time'. Did you mean: 'perf_counter'?"),
            Missing(5, "cannot import name 'setpu' from 'helper'. Did you mean: 'setup'?"));
    }

    [Fact]
    public async Task PackagesTheirSubmodulesAndRelativeImports()
    {
        const string init = """
            from . import sub
            from .sub import value, {|#0:valeu|}
            """;
        const string main = """
            from pkg import sub, value, {|#1:sbu|}
            from pkg.sub import value as v
            """;
        await Verify(new[] { ("/app/main.py", main), ("/app/pkg/__init__.py", init), ("/app/pkg/sub.py", "value = 1\n") },
            Missing(0, "cannot import name 'valeu' from 'pkg.sub'. Did you mean: 'value'?"),
            Missing(1, "cannot import name 'sbu' from 'pkg'"));
    }

    [Fact]
    public async Task NotWhereTheNamesAreNotKnownOrTheImportIsTried()
    {
        const string main = """
            from dyn import made
            from lazy import anything
            from broken import whatever

            try:
                from math import cbrt2
            except ImportError:
                cbrt2 = None
            """;
        await Verify(new[]
        {
            ("/app/main.py", main),
            ("/app/dyn.py", "globals()['made'] = 1\n"),
            ("/app/lazy.py", "def __getattr__(name):\n    return name\n"),
            ("/app/broken.py", "def f(:\n"),
        });
    }
}
