using System;
using System.Linq;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>Generators compile to state machines iterated without exceptions; what is not supported gets PY2001.</summary>
public sealed class GeneratorLoweringTests
{
    [Fact]
    public void IteratingGeneratorsThrowsNoExceptions()
    {
        const string source = """
            def numbers(n):
                i = 0
                while i < n:
                    yield i
                    i += 1

            def squares(seq):
                for x in seq:
                    try:
                        yield x * x
                    finally:
                        pass

            def chained(n):
                r = yield from numbers(n)
                yield from squares(numbers(n))

            total = 0
            for _ in range(20):
                total += sum(squares(numbers(100)))
                total += len(list(chained(50)))
                total += sum(x for x in numbers(30) if x & 1)
                total += max(numbers(10)) + min(x for x in numbers(5))
            print(total)
            """;
        int thread = Environment.CurrentManagedThreadId;
        int thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread && e.Exception is PyException)
                thrown++;
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            var r = LoweringHarness.RunSource(source);
            Assert.Equal("", r.Err);
            Assert.Equal("6573680\n", r.Out);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
        Assert.Equal(0, thrown);
    }

    [Fact]
    public void GeneratorFunctionsBecomePyGeneratorClasses()
    {
        string cs = LoweringHarness.LowerOk("m", "def g(n):\n    for i in range(n):\n        yield i\nprint(sum(x for x in g(3)))\n");
        Assert.Contains("private sealed class g_Generator : PyGenerator", cs);
        Assert.Contains("return PyValue.FromObject(new g_Generator(n));", cs);
        // (the yielded value passes monitoring's PY_YIELD point, one flag test)
        Assert.Contains("return Yield(2, Instrument.Yield(ref Points.g, ", cs);
        Assert.Contains(", i), out yielded);", cs);
        Assert.Contains(": PyGenerator", cs.Substring(cs.IndexOf("class genexpr_Generator", StringComparison.Ordinal)));
    }

    [Fact]
    public void YieldInsideAnExpressionSpillsTheOperandsBeforeIt()
    {
        string cs = LoweringHarness.LowerOk("m", "def g():\n    x = 10\n    y = x * 2 + (yield x)\n    yield y\n");
        Assert.Contains("t = PyOps.Mul(x, PyValue.FromInt(2));", cs);
        Assert.Contains("StoreField(ref y, PyOps.Add(t, Sent));", cs);
        Assert.Contains("private PyValue t;", cs); // a field: it survives the suspension
    }

    [Fact]
    public void FinallyBodyWithAYieldRunsAfterTheProtectedPart()
    {
        string cs = LoweringHarness.LowerOk("m", "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\n");
        Assert.Contains("catch (PyException caught)", cs);
        Assert.Contains("throw Rt.Reraise(pending);", cs);
        Assert.DoesNotContain("if (!Suspending)", cs);
    }

    [Theory]
    [InlineData("def g(e):\n    try:\n        yield 1\n    except (yield):\n        pass\n", "'yield' in an except clause's type or a match pattern or guard is not supported yet", 3)]
    [InlineData("def g(x):\n    match x:\n        case 1 if (yield):\n            pass\n", "'yield' in an except clause's type or a match pattern or guard is not supported yet", 2)]
    public void UnsupportedYieldsAreReported(string source, string message, int line)
    {
        var r = LoweringHarness.Lower("m", source);
        Assert.Null(r.CSharp);
        var d = r.Diagnostics.First();
        Assert.Equal("PY2001", d.Id);
        Assert.Equal(message, d.Message);
        Assert.Equal(line, d.StartLine);
    }
}
