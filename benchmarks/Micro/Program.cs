using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using PyAot.Runtime;

namespace PyAot.Benchmarks.Micro;

/// <summary>
/// Stopwatch experiments for benchmarks/README.md: each measures one suspected bottleneck of the generated code
/// against the code a better lowering (or runtime) would give, in the same process, after warm-up (so tiered
/// JIT has reached tier 1). `dotnet run -c Release --project benchmarks/Micro [-- NAME]`.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string? only = args.Length > 0 ? args[0] : null;
        foreach (var (name, run) in Experiments)
        {
            if (only is not null && name != only)
                continue;
            run(); // warm-up: tier 0 -> tier 1 (with PGO)
            run();
            // Thread CPU time, not wall clock: steady on a shared machine (the work is single-threaded).
            double start = ThreadCpu.Seconds();
            long ops = run();
            double ns = (ThreadCpu.Seconds() - start) * 1e9 / ops;
            Console.WriteLine($"{name,-48} {ns,9:F1} ns/op  ({ops} ops)");
        }
        return 0;
    }

    private static readonly (string, Func<long>)[] Experiments =
    [
        ("fib(27) generated, old CheckStack (FCall)", () => { Fib.OldCheck(PyValue.FromInt(27)); return Fib.Calls(27); }),
        ("fib(27) as generated", () => { Fib.Generated(PyValue.FromInt(27)); return Fib.Calls(27); }),
        ("fib(27) generated minus CheckStack", () => { Fib.NoCheck(PyValue.FromInt(27)); return Fib.Calls(27); }),
        ("fib(27) with a depth-counter check", () => { Fib.DepthCounter(PyValue.FromInt(27)); return Fib.Calls(27); }),
        ("fib(27) typed long (lowering target)", () => { Fib.Typed(27); return Fib.Calls(27); }),
        ("CheckStack() alone", () => { for (int i = 0; i < 10_000_000; i++) PyProgram.CheckStack(); return 10_000_000; }),
        ("old CheckStack (TryEnsureSufficientExecutionStack)", () => { for (int i = 0; i < 10_000_000; i++) if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new InvalidOperationException(); return 10_000_000; }),
        ("dict miss: try GetItem / catch KeyError", Exceptions.KeyErrorThrow),
        ("dict miss: TryGetValue (lowering target)", Exceptions.KeyErrorTry),
        ("next(it) -> StopIteration caught, per throw", Exceptions.StopIterationThrow),
        ("raise ValueError in callee, caught by caller", Exceptions.ValueErrorThrow),
        ("list.append via CallMethod(\"append\")", Lists.AppendByName),
        ("list.append direct (lowering target)", Lists.AppendDirect),
        ("pidigits(1500) via PyOps (as generated), per digit", BigInts.Generated),
        ("pidigits(1500) raw System.Numerics.BigInteger, per digit", BigInts.Raw),
        ("spectral eval_A generated (PyValue)", Spectral.Generated),
        ("spectral eval_A typed (lowering target)", Spectral.Typed),
    ];

    /// <summary>fib as PyAot lowers it today (calls through the guarded helper, CheckStack at entry) and variants.</summary>
    private static class Fib
    {
        private static readonly object Self = new();
        private static PyValue Global = PyValue.FromObject(Self);

        public static long Calls(int n) => n < 2 ? 1 : 1 + Calls(n - 1) + Calls(n - 2);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static PyValue Call(PyValue f, PyValue a, Func<PyValue, PyValue> target) =>
            ReferenceEquals(f.Ref, Self) ? target(a) : throw new InvalidOperationException();

        public static PyValue Generated(PyValue n)
        {
            PyProgram.CheckStack();
            if (PyOps.LtBool(n, PyValue.FromInt(2)))
                return n;
            return PyOps.Add(ReferenceEquals(Global.Ref, Self) ? Generated(PyOps.Sub(n, PyValue.FromInt(1))) : default,
                             ReferenceEquals(Global.Ref, Self) ? Generated(PyOps.Sub(n, PyValue.FromInt(2))) : default);
        }

        public static PyValue OldCheck(PyValue n)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw new InvalidOperationException("recursion");
            if (PyOps.LtBool(n, PyValue.FromInt(2)))
                return n;
            return PyOps.Add(ReferenceEquals(Global.Ref, Self) ? OldCheck(PyOps.Sub(n, PyValue.FromInt(1))) : default,
                             ReferenceEquals(Global.Ref, Self) ? OldCheck(PyOps.Sub(n, PyValue.FromInt(2))) : default);
        }

        public static PyValue NoCheck(PyValue n)
        {
            if (PyOps.LtBool(n, PyValue.FromInt(2)))
                return n;
            return PyOps.Add(ReferenceEquals(Global.Ref, Self) ? NoCheck(PyOps.Sub(n, PyValue.FromInt(1))) : default,
                             ReferenceEquals(Global.Ref, Self) ? NoCheck(PyOps.Sub(n, PyValue.FromInt(2))) : default);
        }

        [ThreadStatic] private static int t_depth;

        public static PyValue DepthCounter(PyValue n)
        {
            if (++t_depth > 10_000)
                throw new InvalidOperationException("recursion");
            try
            {
                if (PyOps.LtBool(n, PyValue.FromInt(2)))
                    return n;
                return PyOps.Add(ReferenceEquals(Global.Ref, Self) ? DepthCounter(PyOps.Sub(n, PyValue.FromInt(1))) : default,
                                 ReferenceEquals(Global.Ref, Self) ? DepthCounter(PyOps.Sub(n, PyValue.FromInt(2))) : default);
            }
            finally
            {
                t_depth--;
            }
        }

        /// <summary>What "n is only ever an int" inference would give: long arithmetic with overflow checks.</summary>
        public static long Typed(long n)
        {
            if (n < 2)
                return n;
            return checked(Typed(n - 1) + Typed(n - 2));
        }
    }

    private static class ThreadCpu
    {
        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Sec, Nsec;
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec ts);

        public static double Seconds()
        {
            if (OperatingSystem.IsLinux() && ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts) == 0)
                return ts.Sec + ts.Nsec / 1e9;
            return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
        }
    }

    private static class Exceptions
    {
        private static readonly PyValue KeyError = Rt.Builtin("KeyError");
        private static readonly PyValue ValueError = Rt.Builtin("ValueError");
        private static readonly PyValue Next = Rt.Builtin("next");

        public static long KeyErrorThrow()
        {
            var d = new PyDict();
            var dv = PyValue.FromObject(d);
            int misses = 0;
            for (int i = 0; i < 20_000; i++)
            {
                try
                {
                    PyOps.GetItem(dv, PyValue.FromInt(i));
                }
                catch (PyException e) when (e.Matches(KeyError))
                {
                    misses++;
                }
            }
            return misses;
        }

        public static long KeyErrorTry()
        {
            var d = new PyDict();
            int misses = 0;
            for (int i = 0; i < 20_000; i++)
            {
                if (!d.TryGetValue(PyValue.FromInt(i), out _))
                    misses++;
            }
            return misses;
        }

        public static long StopIterationThrow()
        {
            var empty = PyValue.FromObject(new PyList());
            int n = 0;
            for (int i = 0; i < 20_000; i++)
            {
                var it = Builtins.Iter(empty);
                try
                {
                    PyOps.Call(Next, [it], null);
                }
                catch (PyException e) when (e.Matches(Rt.Builtin("StopIteration")))
                {
                    n++;
                }
            }
            return n;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static PyValue Parse(PyValue c)
        {
            PyProgram.CheckStack();
            throw PyException.FromValue(PyOps.Call(ValueError, [c], null));
        }

        public static long ValueErrorThrow()
        {
            int n = 0;
            var x = PyValue.FromString("x");
            for (int i = 0; i < 20_000; i++)
            {
                try
                {
                    Parse(x);
                }
                catch (PyException e) when (e.Matches(ValueError))
                {
                    n++;
                }
            }
            return n;
        }
    }

    private static class Lists
    {
        public static long AppendByName()
        {
            for (int r = 0; r < 10; r++)
            {
                var l = PyValue.FromObject(new PyList());
                for (int i = 0; i < 1_000_000; i++)
                    PyOps.CallMethod(l, "append", [PyValue.FromInt(i)], null);
            }
            return 10_000_000;
        }

        public static long AppendDirect()
        {
            for (int r = 0; r < 10; r++)
            {
                var l = PyValue.FromObject(new PyList());
                for (int i = 0; i < 1_000_000; i++)
                {
                    if (l.Ref is PyList list)
                        list.Append(PyValue.FromInt(i));
                    else
                        PyOps.CallMethod(l, "append", [PyValue.FromInt(i)], null);
                }
            }
            return 10_000_000;
        }
    }

    private static class BigInts
    {
        private const int Digits = 1500;

        public static long Generated()
        {
            PyValue I(long v) => PyValue.FromInt(v);
            PyValue q = I(1), r = I(0), t = I(1), k = I(1), n = I(3), l = I(3);
            int count = 0;
            while (count < Digits)
            {
                if (PyOps.LtBool(PyOps.Sub(PyOps.Add(PyOps.Mul(I(4), q), r), t), PyOps.Mul(n, t)))
                {
                    count++;
                    var t2 = PyOps.Mul(I(10), q);
                    var t3 = PyOps.Mul(I(10), PyOps.Sub(r, PyOps.Mul(n, t)));
                    var t6 = PyOps.Sub(PyOps.FloorDiv(PyOps.Mul(I(10), PyOps.Add(PyOps.Mul(I(3), q), r)), t), PyOps.Mul(I(10), n));
                    q = t2; r = t3; n = t6;
                }
                else
                {
                    var t2 = PyOps.Mul(q, k);
                    var t3 = PyOps.Mul(PyOps.Add(PyOps.Mul(I(2), q), r), l);
                    var t4 = PyOps.Mul(t, l);
                    var t5 = PyOps.Add(k, I(1));
                    var t6 = PyOps.FloorDiv(PyOps.Add(PyOps.Mul(q, PyOps.Add(PyOps.Mul(I(7), k), I(2))), PyOps.Mul(r, l)), PyOps.Mul(t, l));
                    var t7 = PyOps.Add(l, I(2));
                    q = t2; r = t3; t = t4; k = t5; n = t6; l = t7;
                }
            }
            return Digits;
        }

        public static long Raw()
        {
            System.Numerics.BigInteger q = 1, r = 0, t = 1, k = 1, n = 3, l = 3;
            int count = 0;
            while (count < Digits)
            {
                if (4 * q + r - t < n * t)
                {
                    count++;
                    (q, r, n) = (10 * q, 10 * (r - n * t), System.Numerics.BigInteger.Divide(10 * (3 * q + r), t) - 10 * n);
                }
                else
                {
                    (q, r, t, k, n, l) = (q * k, (2 * q + r) * l, t * l, k + 1, System.Numerics.BigInteger.Divide(q * (7 * k + 2) + r * l, t * l), l + 2);
                }
            }
            return Digits;
        }
    }

    private static class Spectral
    {
        private const int N = 1000;

        private static PyValue EvalA(PyValue i, PyValue j)
        {
            PyProgram.CheckStack();
            return PyOps.TrueDiv(PyValue.FromFloat(1d), PyOps.Add(PyOps.Add(PyOps.FloorDiv(PyOps.Mul(PyOps.Add(i, j), PyOps.Add(PyOps.Add(i, j), PyValue.FromInt(1))), PyValue.FromInt(2)), i), PyValue.FromInt(1)));
        }

        public static long Generated()
        {
            var total = PyValue.FromFloat(0);
            for (long i = 0; i < N; i++)
                for (long j = 0; j < N; j++)
                    total = PyOps.InplaceAdd(total, EvalA(PyValue.FromInt(i), PyValue.FromInt(j)));
            Sink = total.AsDouble;
            return N * N;
        }

        private static double EvalATyped(long i, long j) =>
            1.0 / checked(Floor((i + j) * (i + j + 1), 2) + i + 1);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static long Floor(long a, long b) => a >= 0 ? a / b : Math.DivRem(a, b) is var (q, r) && r != 0 ? q - 1 : a / b;

        public static long Typed()
        {
            double total = 0;
            for (long i = 0; i < N; i++)
                for (long j = 0; j < N; j++)
                    total += EvalATyped(i, j);
            Sink = total;
            return N * N;
        }

        public static double Sink;
    }
}
