using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using PyAot.Cli;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// The value representation keeps small ints and floats inline, so compiled arithmetic loops allocate nothing.
/// Every later performance goal rests on this, so it is checked exactly.
/// </summary>
public sealed class AllocationTests
{
    private const string Source = """
        def int_and_float_loop(n):
            total = 0
            x = 0.5
            for i in range(n):
                total = total + i * 3 % 7 - i // 2
                x = x * 1.000001 + i / 3.0
                if total < -1000000:
                    total = -total
            return total

        def typed_loop(n):
            total = 0
            x = 0.5
            for i in range(n):
                total = total + i * 3 % 7 - i // 2
                x = x * 1.000001 + i / 3.0
            return total

        def calls_typed(n):
            return typed_loop(n)

        def while_loop(n):
            i = 0
            acc = 0
            while i < n:
                acc += i ** 2 % 11
                i += 1
            return acc
        """;

    [Theory]
    [InlineData("int_and_float_loop")]
    [InlineData("while_loop")]
    public void ArithmeticLoopAllocatesNothing(string function)
    {
        var work = Load(function);
        // Tiered JIT, on-stack replacement and static constructors do their (allocating) work here, not in the measurement.
        for (int i = 0; i < 50; i++)
            work(PyValue.FromInt(1000));

        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = work(PyValue.FromInt(100_000));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsInt);
        Assert.Equal(0, allocated);
    }

    /// <summary>The typed twin (native longs and doubles): through the guarded call a program makes, 0 bytes.</summary>
    [Fact]
    public void TypedLoopAllocatesNothing()
    {
        var twin = Module.Value.GetMethod("typed_loop_T", BindingFlags.NonPublic | BindingFlags.Static);
        Assert.NotNull(twin); // the function got a typed twin
        Module.Value.GetMethod("Import", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null); // binds the globals
        var work = Load("calls_typed");
        for (int i = 0; i < 50; i++)
            work(PyValue.FromInt(1000));

        // A tier-up that happens to land inside the measured call (its timing depends on machine load) can run a
        // static constructor on this thread; a loop that allocates per iteration allocates in every attempt.
        long allocated = long.MaxValue;
        for (int attempt = 0; attempt < 3 && allocated != 0; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = work(PyValue.FromInt(1_000_000));
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.True(result.IsInt);
        }
        Assert.Equal(0, allocated);
    }

    private static readonly Lazy<Type> Module = new(() =>
    {
        var build = InMemoryBuild.Compile(new[] { new InMemoryBuild.SourceFile("/project/alloc.py", Source) }, "/project", mainModule: null);
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(build.Assembly!));
        return assembly.GetType("PyAot.Modules." + global::PyAot.Generator.Lowering.ModuleNaming.ClassName("alloc"), throwOnError: true)!;
    });

    private static Func<PyValue, PyValue> Load(string function)
    {
        var method = Module.Value.GetMethod(function, BindingFlags.Public | BindingFlags.Static, new[] { typeof(PyValue) })!;
        return method.CreateDelegate<Func<PyValue, PyValue>>();
    }
}
