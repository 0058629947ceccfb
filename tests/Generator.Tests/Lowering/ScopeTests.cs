using System.Linq;
using PyAot.FrontEnd;
using PyAot.FrontEnd.Scopes;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

public sealed class ScopeTests
{
    private static SymbolTable Table(string source)
    {
        var parsed = PythonParser.Parse(source, "t.py");
        Assert.Empty(parsed.Errors);
        return SymbolTable.Build(parsed.Module);
    }

    private static Scope Function(SymbolTable t, string name) =>
        t.Module.Children.Single(c => c.Kind == ScopeKind.Function && c.Name == name);

    [Fact]
    public void ModuleNamesAreModuleLocalsAndFunctionNamesResolve()
    {
        var t = Table("x = 1\ndef f(a):\n    b = a + x\n    return len(b)\n");
        Assert.Equal(SymbolKind.Local, t.Module.Lookup("x")!.Kind);
        Assert.Equal(SymbolKind.Local, t.Module.Lookup("f")!.Kind);
        var f = Function(t, "f");
        Assert.True(f.Lookup("a")!.IsParameter);
        Assert.Equal(SymbolKind.Local, f.Lookup("a")!.Kind);
        Assert.Equal(SymbolKind.Local, f.Lookup("b")!.Kind);
        Assert.Equal(SymbolKind.GlobalImplicit, f.Lookup("x")!.Kind);
        Assert.Equal(SymbolKind.GlobalImplicit, f.Lookup("len")!.Kind);
        Assert.Equal(new[] { "a" }, f.Parameters);
    }

    [Fact]
    public void GlobalStatementMakesAssignmentsGlobal()
    {
        var t = Table("def f():\n    global counter\n    counter = 1\n");
        var f = Function(t, "f");
        Assert.Equal(SymbolKind.GlobalExplicit, f.Lookup("counter")!.Kind);
        Assert.True(f.Lookup("counter")!.IsAssigned);
        Assert.Equal(t.Module, f.Resolve("counter").Owner);
    }

    [Fact]
    public void GlobalAfterUseIsAnError()
    {
        var t = Table("def f():\n    print(x)\n    global x\n");
        Assert.Contains(t.Errors, e => e.Message == "name 'x' is used prior to global declaration");
        t = Table("def f():\n    x = 1\n    global x\n");
        Assert.Contains(t.Errors, e => e.Message == "name 'x' is assigned to before global declaration");
        t = Table("def f(x):\n    global x\n");
        Assert.Contains(t.Errors, e => e.Message == "name 'x' is parameter and global");
        t = Table("nonlocal x\n");
        Assert.Contains(t.Errors, e => e.Message == "nonlocal declaration not allowed at module level");
    }

    [Theory]
    // CPython 3.12's symtable errors (Lib/test/test_generators.py, test_syntax.py).
    [InlineData("def f(y):\n    return [(yield x) for x in y]\n", "list comprehension")]
    [InlineData("def f(y):\n    return {(yield x) for x in y}\n", "set comprehension")]
    [InlineData("def f(y):\n    return {(yield x): 1 for x in y}\n", "dict comprehension")]
    [InlineData("def f(y):\n    return {1: (yield x) for x in y}\n", "dict comprehension")]
    [InlineData("def f(y):\n    return ((yield x) for x in y)\n", "generator expression")]
    [InlineData("def f(y):\n    return [(yield from x) for x in y]\n", "list comprehension")]
    [InlineData("def f(y):\n    return [x for x in y if (yield x)]\n", "list comprehension")]
    [InlineData("def f(y):\n    return [x for x in y for z in (yield x)]\n", "list comprehension")]
    [InlineData("def f(y):\n    return [[(yield) for a in b] for b in y]\n", "list comprehension")]
    [InlineData("x = [(yield x) for x in y]\n", "list comprehension")]
    [InlineData("class C:\n    x = ((yield x) for x in y)\n", "generator expression")]
    [InlineData("def f(y):\n    return [x for x in ((yield) for _ in y)]\n", "generator expression")]
    public void YieldInsideAComprehensionIsAnError(string source, string what)
    {
        var e = Assert.Single(Table(source).Errors);
        Assert.Equal($"'yield' inside {what}", e.Message);
        Assert.True(e.Node is PyAot.FrontEnd.Ast.Yield or PyAot.FrontEnd.Ast.YieldFrom);
    }

    [Theory]
    // The first iterable is evaluated in the enclosing scope; a lambda is a scope of its own.
    [InlineData("def f(y):\n    return [x for x in (yield)]\n")]
    [InlineData("def f(y):\n    return [lambda: (yield) for x in y]\n")]
    public void YieldOutsideAComprehensionsOwnScopeIsAllowed(string source) => Assert.Empty(Table(source).Errors);

    [Fact]
    public void ComprehensionVariablesAreIsolatedInAnInlinedScope()
    {
        var t = Table("x = 'outer'\nys = [x * 2 for x in range(3)]\n");
        var comp = t.Module.Children.Single();
        Assert.Equal(ScopeKind.Comprehension, comp.Kind);
        Assert.True(comp.IsInlinedComprehension);
        Assert.Equal(SymbolKind.Local, comp.Lookup("x")!.Kind);
        Assert.True((comp.Lookup("x")!.Flags & SymbolFlags.ComprehensionIteration) != 0);
        // `range` (the outermost iterable) is evaluated in the enclosing scope, not in the comprehension.
        Assert.Null(comp.Lookup("range"));
        Assert.NotNull(t.Module.Lookup("range"));
        Assert.Equal(comp, comp.Resolve("x").Owner);
    }

    [Fact]
    public void InlinedComprehensionReadsEnclosingLocalsWithoutCells()
    {
        var t = Table("def f():\n    a = 1\n    return [a + i for i in range(3)]\n");
        var f = Function(t, "f");
        Assert.Equal(SymbolKind.Local, f.Lookup("a")!.Kind); // not a cell: PEP 709
        var comp = f.Children.Single();
        Assert.Equal(SymbolKind.Free, comp.Lookup("a")!.Kind);
        Assert.Equal(f, comp.Resolve("a").Owner);
    }

    [Fact]
    public void GeneratorExpressionsAreNotInlined()
    {
        var t = Table("s = sum(i for i in range(3))\n");
        var comp = t.Module.Children.Single();
        Assert.False(comp.IsInlinedComprehension);
        Assert.True(comp.IsGenerator);
    }

    [Fact]
    public void WalrusInComprehensionBindsInEnclosingFunction()
    {
        var t = Table("def f(data):\n    r = [last := v for v in data]\n    return last\n");
        var f = Function(t, "f");
        var last = f.Lookup("last")!;
        Assert.Equal(SymbolKind.Local, last.Kind);
        Assert.True((last.Flags & SymbolFlags.WalrusFromComprehension) != 0);
        var comp = f.Children.Single();
        Assert.Equal(f, comp.Resolve("last").Owner);
        Assert.Equal(comp, comp.Resolve("v").Owner);
    }

    [Fact]
    public void WalrusInModuleComprehensionBindsAGlobal()
    {
        var t = Table("total = 0\nvals = [total := total + v for v in range(3)]\n");
        var comp = t.Module.Children.Single();
        Assert.Equal(SymbolKind.GlobalExplicit, comp.Lookup("total")!.Kind);
        Assert.Equal(t.Module, comp.Resolve("total").Owner);
    }

    [Fact]
    public void WalrusCannotRebindIterationVariable()
    {
        var t = Table("[i := 0 for i in range(3)]\n");
        Assert.Contains(t.Errors, e => e.Message == "assignment expression cannot rebind comprehension iteration variable 'i'");
        t = Table("[x for x in (y := [1])]\n");
        Assert.Contains(t.Errors, e => e.Message == "assignment expression cannot be used in a comprehension iterable expression");
    }

    [Fact]
    public void NestedFunctionCapturesMakeCellsAndFreeVariables()
    {
        var t = Table("def outer():\n    v = 1\n    def inner():\n        return v\n    return inner\n");
        var outer = Function(t, "outer");
        Assert.Equal(SymbolKind.Cell, outer.Lookup("v")!.Kind);
        var inner = outer.Children.Single();
        Assert.Equal(SymbolKind.Free, inner.Lookup("v")!.Kind);
        Assert.Equal("outer.<locals>.inner", inner.QualName);
    }

    [Fact]
    public void NestedComprehensionsKeepTheirOwnVariables()
    {
        var t = Table("r = [[x for x in range(y)] for y in range(3)]\n");
        var outer = t.Module.Children.Single();
        var inner = outer.Children.Single();
        Assert.Equal(SymbolKind.Local, outer.Lookup("y")!.Kind);
        Assert.Equal(SymbolKind.Local, inner.Lookup("x")!.Kind);
        Assert.Null(outer.Lookup("x"));
        Assert.Equal(outer, inner.Resolve("y").Owner);
    }
}

public sealed class ClassScopeTests
{
    [Fact]
    public void ClassBodiesProvideTheImplicitClassCell()
    {
        var parsed = PyAot.FrontEnd.PythonParser.Parse("class C:\n    def m(self):\n        nonlocal __class__\n        return __class__\n", "t.py");
        var t = SymbolTable.Build(parsed.Module);
        Assert.Empty(t.Errors);
    }
}
