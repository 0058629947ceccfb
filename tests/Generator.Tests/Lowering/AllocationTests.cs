using System;
using System.Reflection;
using PyAot.Generator.Lowering;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

public sealed class AllocationTests
{
    private const string Source =
        "def work(n):\n" +
        "    total = 0\n" +
        "    for i in range(n):\n" +
        "        if i % 3 == 0 or i < 5:\n" +
        "            total = total + i * 2 - (i // 2)\n" +
        "        elif 2 < i < n:\n" +
        "            total += 1\n" +
        "    while n > 0:\n" +
        "        n -= 1\n" +
        "    return total\n" +
        "def fib(n):\n" +
        "    if n < 2:\n" +
        "        return n\n" +
        "    return fib(n - 1) + fib(n - 2)\n";

    [Fact]
    public void HotLoopsOnSmallIntsAllocateNothing()
    {
        string cs = LoweringHarness.LowerOk("alloc_mod", Source);
        var asm = LoweringHarness.Compile(new[] { cs }, "alloc_" + Guid.NewGuid().ToString("N"));
        var type = asm.GetType(ModuleNaming.Namespace + "." + ModuleNaming.ClassName("alloc_mod"))!;
        type.GetMethod("Import")!.Invoke(null, null); // runs the defs (fib's guarded call needs its function object)
        var work = type.GetMethod("work")!.CreateDelegate<Func<PyValue, PyValue>>();
        var fib = type.GetMethod("fib")!.CreateDelegate<Func<PyValue, PyValue>>();

        // Warm up (tiered JIT, static constructors).
        for (int i = 0; i < 50; i++)
        {
            work(PyValue.FromInt(1000));
            fib(PyValue.FromInt(10));
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        var r = work(PyValue.FromInt(100_000));
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
        Assert.True(r.IsInt);

        before = GC.GetAllocatedBytesForCurrentThread();
        var f = fib(PyValue.FromInt(20));
        after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
        Assert.Equal(6765, f.AsLong);
    }
}
