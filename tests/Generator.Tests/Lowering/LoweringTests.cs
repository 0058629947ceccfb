using System;
using System.Linq;
using System.Reflection;
using PyAot.Generator.Lowering;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>Decisions the lowering makes, checked on the generated C# and by running it.</summary>
public sealed class LoweringTests
{
    [Fact]
    public void NamingOfClassesAndHintNames()
    {
        Assert.Equal("pkg_mod", ModuleNaming.ClassName("pkg.mod"));
        Assert.Equal("main", ModuleNaming.ClassName("main"));
        Assert.Equal("class_", ModuleNaming.ClassName("class"));
        Assert.Equal("pkg.mod.py.g.cs", ModuleNaming.HintName("pkg.mod"));
    }

    [Fact]
    public void RangeLoopIsACountedLoopWithoutIterator()
    {
        string cs = LoweringHarness.LowerOk("m", "def f(n):\n    t = 0\n    for i in range(1, n, 2):\n        t += i\n    return t\n");
        Assert.Contains("RangeLoop.Start(PyValue.FromInt(1), n, PyValue.FromInt(2))", cs);
        Assert.DoesNotContain("GetIter", cs);
    }

    [Fact]
    public void ShadowedRangeIsNotTheBuiltin()
    {
        string cs = LoweringHarness.LowerOk("m", "def range(n):\n    return [1, 2]\nfor i in range(5):\n    print(i)\n");
        Assert.DoesNotContain("RangeLoop", cs);
        Assert.Contains("IterLoop.Start(", cs);
        Assert.Contains("Functions.range_Call(", cs);
        var r = LoweringHarness.RunSource("def range(n):\n    return [7, 8]\nfor i in range(5):\n    print(i)\n");
        Assert.Equal("7\n8\n", r.Out);
    }

    [Fact]
    public void CallsToModuleFunctionsAreGuardedDirectCalls()
    {
        string cs = LoweringHarness.LowerOk("m", "def f(x, y=2):\n    return x + y\nprint(f(1))\nprint(f(1, 5))\n");
        Assert.Contains("Functions.f_Call(Globals.f, PyValue.FromInt(1))", cs);
        Assert.Contains("ReferenceEquals(function.Ref, f) ? global::PyAot.Modules.m.f(a0, f!.Defaults[0])", cs);
        Assert.Contains("public static PyValue f(PyValue x, PyValue y)", cs);
    }

    [Fact]
    public void RebindingAGlobalFunctionTakesTheDynamicPath()
    {
        var r = LoweringHarness.RunSource(
            "def f(x):\n    return x + 1\ndef g(x):\n    return x * 10\ndef call(v):\n    return f(v)\n" +
            "print(call(1))\nf = g\nprint(call(1))\ndef f(x):\n    return -x\nprint(call(1))\n");
        Assert.Equal("2\n10\n-1\n", r.Out);
    }

    [Fact]
    public void ComprehensionIsInlinedWithoutDelegates()
    {
        string cs = LoweringHarness.LowerOk("m", "def f(xs):\n    x = 'keep'\n    ys = [x * 2 for x in xs if x]\n    return ys, x\n");
        Assert.DoesNotContain("=>", Body(cs, "public static PyValue f("));
        Assert.Contains("ListBuilder.Start()", cs); // filtered: a pooled buffer, one exact-size list
        Assert.Contains("x_2", cs); // the iteration variable is a separate C# local
        var r = LoweringHarness.RunSource("def f(xs):\n    x = 'keep'\n    ys = [x * 2 for x in xs if x]\n    return ys, x\nprint(f([0, 1, 2]))\n");
        Assert.Equal("([2, 4], 'keep')\n", r.Out);
    }

    [Fact]
    public void ComprehensionVariableCapturedByALambdaGetsOneCellAndStaysInlined()
    {
        const string src = "def f():\n    i = 'outer'\n    fs = [lambda: i for i in range(3)]\n    return [g() for g in fs], i\n";
        string cs = LoweringHarness.LowerOk("m", src);
        string body = Body(cs, "public static PyValue f(");
        Assert.DoesNotContain("=>", body);
        Assert.Contains("var i_cell = new PyCell();", body);
        Assert.Contains("MoveNext(ref i_cell.Value)", body);
        var r = LoweringHarness.RunSource(src + "print(f())\n");
        Assert.Equal("([2, 2, 2], 'outer')\n", r.Out);
    }

    [Fact]
    public void DefinitelyAssignedLocalsAreNotChecked()
    {
        string cs = LoweringHarness.LowerOk("m", "def f(a):\n    b = a\n    if a:\n        c = 1\n    return b + c\n");
        Assert.Contains("Rt.Local(c, \"c\")", cs);
        Assert.DoesNotContain("Rt.Local(b", cs);
        Assert.DoesNotContain("Rt.Local(a", cs);
    }

    [Fact]
    public void TypeParameterScopesHaveCPythonsSyntaxErrors()
    {
        // symtable.c's checks of PEP 695's scopes: the generator's desugaring keeps them (TypeParameterScopes).
        var r = LoweringHarness.Lower("m", "def f[A, A](): pass\ntype X = (yield)\nclass C[T: (y := 3)]: pass\nclass K:\n    type L = lambda: 1\n");
        Assert.Null(r.CSharp);
        var d = r.Diagnostics.ToArray();
        Assert.Equal(new[]
        {
            "SyntaxError: duplicate type parameter 'A'",
            "SyntaxError: yield expression cannot be used within a type alias",
            "SyntaxError: named expression cannot be used within a TypeVar bound",
            "SyntaxError: Cannot use lambda in annotation scope within class scope",
        }, d.Select(x => x.Message).ToArray());
        Assert.Equal(new[] { 0, 1, 2, 4 }, d.Select(x => x.StartLine).ToArray());
    }

    [Fact]
    public void UnsupportedConstructsGetLocatedDiagnostics()
    {
        var r = LoweringHarness.Lower("m", "x = 1\ndef p[**P](): pass\n\n\ndef g():\n    return eval(x)\n");
        Assert.Null(r.CSharp);
        var d = r.Diagnostics.ToArray();
        Assert.Equal(2, d.Length);
        Assert.All(d, x => Assert.Equal("PY2001", x.Id));
        Assert.Equal("ParamSpec type parameters ('**P') are not supported yet", d[0].Message);
        Assert.Equal(1, d[0].StartLine);
        Assert.Equal(6, d[0].StartColumn);
        Assert.Equal("the builtin 'eval' is not supported yet", d[1].Message);
        Assert.Equal(5, d[1].StartLine);
        Assert.Equal(11, d[1].StartColumn);
    }

    [Fact]
    public void ClassesDeriveFromTheBuiltinTypesTheRuntimeCanDeriveFrom()
    {
        foreach (var b in new[] { "list", "dict", "set", "frozenset", "tuple", "int", "float", "str", "bytes", "bytearray", "type", "ValueError", "object" })
            Assert.Empty(LoweringHarness.Lower("m", $"class C({b}):\n    pass\n").Diagnostics);
        foreach (var b in new[] { "complex", "property", "enumerate" })
        {
            var d = Assert.Single(LoweringHarness.Lower("m", $"x = 1\nclass C(int, {b}):\n    pass\n").Diagnostics);
            Assert.Equal(("PY2001", $"subclassing the built-in type '{b}' is not supported yet", 1), (d.Id, d.Message, d.StartLine));
        }
        // A module that binds the name derives from its own class.
        Assert.Empty(LoweringHarness.Lower("m", "class complex:\n    pass\nclass C(complex):\n    pass\n").Diagnostics);
    }

    [Fact]
    public void SyntaxErrorsGiveNoCodeAndNoDiagnostics()
    {
        var r = LoweringHarness.Lower("m", "def f(:\n");
        Assert.Null(r.CSharp);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void CompilerSyntaxErrorsAreReported()
    {
        var r = LoweringHarness.Lower("m", "return 1\n");
        Assert.Null(r.CSharp);
        Assert.Equal("PY0001", Assert.Single(r.Diagnostics).Id);
        r = LoweringHarness.Lower("m", "def f():\n    print(x)\n    global x\n");
        Assert.Equal("SyntaxError: name 'x' is used prior to global declaration", Assert.Single(r.Diagnostics).Message);
    }

    [Fact]
    public void YieldInsideAComprehensionIsASyntaxErrorAtTheYield()
    {
        var r = LoweringHarness.Lower("m", "def f(y):\n    return [(yield x) for x in y]\nprint(1)\n");
        Assert.Null(r.CSharp);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("PY0001", d.Id);
        Assert.Equal("SyntaxError: 'yield' inside list comprehension", d.Message);
        Assert.Equal((1, 13), (d.StartLine, d.StartColumn)); // CPython: line 2, offset 14 (1-based)
        r = LoweringHarness.Lower("m", "def f(y):\n    return ((yield from x) for x in y)\n");
        Assert.Null(r.CSharp);
        Assert.Equal("SyntaxError: 'yield' inside generator expression", Assert.Single(r.Diagnostics).Message);
    }

    [Fact]
    public void ImportOfNonProjectModuleIsUnsupported()
    {
        var r = LoweringHarness.Lower("m", "import tkinter\n");
        Assert.Equal("importing 'tkinter' (not a module of this project) is not supported yet", Assert.Single(r.Diagnostics).Message);
    }

    [Fact]
    public void ImportOfAModuleThatExistsNowhereIsCPythonsModuleNotFoundError()
    {
        foreach (var source in new[] { "import nump\n", "import nump.linalg\n", "from nump.linalg import inv\n", "from nump import x\n" })
        {
            var d = Assert.Single(LoweringHarness.Lower("m", source).Diagnostics);
            Assert.Equal(("PY1005", "ModuleNotFoundError: No module named 'nump'"), (d.Id, d.Message));
        }
    }

    [Fact]
    public void AnImportThatExistsNowhereRaisesAtRunTimeOnlyWhereATryCatchesIt()
    {
        // Caught (by ImportError, ModuleNotFoundError, Exception, BaseException, a tuple with one, a bare except):
        // CPython's ModuleNotFoundError at run time.
        foreach (var handler in new[] { "ImportError", "ModuleNotFoundError", "(ValueError, Exception)", "BaseException", "" })
        {
            string cs = LoweringHarness.LowerOk("m", $"try:\n    import nump\nexcept {handler}:\n    nump = None\n");
            Assert.Contains("throw PyException.ModuleNotFoundError(\"nump\");", cs);
        }
        // Not caught there: the build error.
        foreach (var source in new[]
        {
            "try:\n    import nump\nexcept ValueError:\n    pass\n",
            "try:\n    pass\nexcept ImportError:\n    import nump\n",
            "try:\n    def f():\n        import nump\nexcept ImportError:\n    pass\n",
            "class ImportError(Exception):\n    pass\ntry:\n    import nump\nexcept ImportError:\n    pass\n",
        })
        {
            var d = Assert.Single(LoweringHarness.Lower("m", source).Diagnostics);
            Assert.Equal(("PY1005", "ModuleNotFoundError: No module named 'nump'"), (d.Id, d.Message));
        }
        // A standard module the compiler lacks is refused even there: CPython would import it, not fall back.
        var refused = Assert.Single(LoweringHarness.Lower("m", "try:\n    import tkinter\nexcept ImportError:\n    tkinter = None\n").Diagnostics);
        Assert.Equal("PY2001", refused.Id);
    }

    [Fact]
    public void RuntimeModulesImportAndCallDirectly()
    {
        string cs = LoweringHarness.LowerOk("m", "import math\nfrom math import pi\nimport sys as s\nprint(math.sqrt(pi), s.maxsize)\n");
        Assert.Contains("global::PyAot.Runtime.BuiltinModule.Import(\"math\")", cs);
        Assert.Contains("global::PyAot.Runtime.MathModule.Call_sqrt(Globals.math, ", cs);
    }

    [Fact]
    public void MatchStatementsLower()
    {
        string cs = LoweringHarness.LowerOk("m", "match [1, 2]:\n    case [a, *b] if a:\n        print(b)\n    case {'k': v}:\n        pass\n    case _:\n        pass\n");
        Assert.Contains("MatchRt.Sequence(", cs);
        Assert.Contains("MatchRt.Mapping(", cs);
    }

    [Fact]
    public void MatchRepeatedAndMismatchedNamesAreSyntaxErrors()
    {
        var r = LoweringHarness.Lower("m", "match [1, 2]:\n    case [x, x]:\n        pass\n");
        Assert.Contains("multiple assignments to name 'x' in pattern", Assert.Single(r.Diagnostics).Message);
        r = LoweringHarness.Lower("m", "match [1, 2]:\n    case [x] | y:\n        pass\n");
        Assert.Contains("alternative patterns bind different names", Assert.Single(r.Diagnostics).Message);
    }

    [Fact]
    public void MatchWildcardBeforeLastCaseIsASyntaxError()
    {
        var r = LoweringHarness.Lower("m", "match 1:\n    case x:\n        pass\n    case 2:\n        pass\n");
        Assert.Contains("name capture 'x' makes remaining patterns unreachable", Assert.Single(r.Diagnostics).Message);
    }

    [Fact]
    public void ExposedFunctionNamesAvoidClashes()
    {
        string cs = LoweringHarness.LowerOk("m", "def Run(a):\n    return a\ndef int(b):\n    return b\n");
        Assert.Contains("public static PyValue Run_(PyValue a)", cs);
        Assert.Contains("public static PyValue @int(PyValue b)", cs);
    }

    [Fact]
    public void UnicodeColumnsAreUtf16()
    {
        var r = LoweringHarness.Lower("m", "s = 'éé'; y = await x\n");
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(14, d.StartColumn);
        Assert.Equal(14, d.Start);
    }

    [Fact]
    public void ArgumentBindingErrorsMatchCPython()
    {
        var r = LoweringHarness.RunSource("def f(a, b=1):\n    return a\ng = f\ng(1, 2, 3)\n");
        Assert.Equal(1, r.Exit);
        Assert.EndsWith("TypeError: f() takes from 1 to 2 positional arguments but 3 were given\n", r.Err);
        r = LoweringHarness.RunSource("def f(a, b):\n    return a\ng = f\ng()\n");
        Assert.EndsWith("TypeError: f() missing 2 required positional arguments: 'a' and 'b'\n", r.Err);
        r = LoweringHarness.RunSource("def f(a):\n    return a\ng = f\ng(1, z=2)\n");
        Assert.EndsWith("TypeError: f() got an unexpected keyword argument 'z'\n", r.Err);
        r = LoweringHarness.RunSource("def f(a):\n    return a\nprint(f(a=5))\n");
        Assert.Equal("5\n", r.Out);
    }

    [Fact]
    public void OnlyCapturedVariablesLiveInCells()
    {
        string cs = LoweringHarness.LowerOk("m", "def f(a, b):\n    c = a + b\n    def g():\n        return a\n    return g, c\n");
        string body = Body(cs, "public static PyValue f(");
        Assert.Contains("var a_cell = new PyCell(a);", body);
        Assert.DoesNotContain("b_cell", body);
        Assert.Contains("PyValue c = default;", body);
        Assert.Contains("new Functions.f__g_Function(Array.Empty<PyValue>(), a_cell)", body);
        Assert.Contains("private static PyValue f__g(Functions.f__g_Function closure)", cs);
        Assert.Contains("Rt.Free(closure.cell_a.Value, \"a\")", cs);
    }

    [Fact]
    public void FunctionsWithStarParametersAreNotExposedOrCalledDirectly()
    {
        string cs = LoweringHarness.LowerOk("m", "def f(a, *rest, k=1):\n    return a\nprint(f(1, 2))\n");
        Assert.DoesNotContain("public static PyValue f(", cs);
        Assert.DoesNotContain("f_Call", cs);
        Assert.Contains("PyOps.Call2(Globals.f, PyValue.FromInt(1), PyValue.FromInt(2))", cs);
    }

    [Fact]
    public void ExceptClausesTestTypesInsideTheCatchNotInFilters()
    {
        string cs = LoweringHarness.LowerOk("m", "try:\n    x = 1\nexcept ValueError as e:\n    print(e)\n");
        Assert.Contains("catch (PyException exception)", cs);
        Assert.Contains("exception.Matches(Cache.builtin_ValueError))", cs);
        Assert.Contains("Globals.e = default;", cs);
    }

    private static string Body(string cs, string signature)
    {
        int start = cs.IndexOf(signature, StringComparison.Ordinal);
        int end = cs.IndexOf("\n    }\n", start, StringComparison.Ordinal);
        return cs.Substring(start, end - start);
    }
}

public sealed class LineMappingTests
{
    [Fact]
    public void TracebacksPointIntoThePythonFile()
    {
        // Unoptimised so the JIT keeps every frame (optimised code may inline small functions).
        var r = LoweringHarness.RunSource("def f(a):\n    return g(a)\ndef g(b):\n    return b // 0\nprint('x')\nf(1)\n", optimize: false);
        Assert.Equal(1, r.Exit);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            "  File \"main.py\", line 6, in <module>\n" +
            "  File \"main.py\", line 2, in f\n" +
            "  File \"main.py\", line 4, in g\n" +
            "ZeroDivisionError: integer division or modulo by zero\n", r.Err);
    }

    [Fact]
    public void TracebackNamesFramesByTheirOwnModulesFunctions()
    {
        // Another program's main.py (this process keeps its code objects) has a function spanning line 6: the
        // traceback of this main.py must not name its module-level line 6 after it.
        var other = LoweringHarness.RunSource("def call():\n    x = 1\n    y = 2\n    z = 3\n    w = 4\n    return x + y + z + w\nprint(call())\n");
        Assert.Equal("10\n", other.Out);
        var r = LoweringHarness.RunSource("def f(a):\n    return g(a)\ndef g(b):\n    return b // 0\nprint('x')\nf(1)\n", optimize: false);
        Assert.Contains("  File \"main.py\", line 6, in <module>\n", r.Err);
    }

    [Fact]
    public void DeepRecursionRaisesRecursionError()
    {
        var r = LoweringHarness.RunSource("def down(n):\n    return down(n + 1) + 1\ndown(0)\n");
        Assert.Equal(1, r.Exit);
        Assert.EndsWith("RecursionError: maximum recursion depth exceeded\n", r.Err);
    }
}
