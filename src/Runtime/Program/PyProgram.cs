using System;
using System.Diagnostics;
using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyAot.Runtime;

/// <summary>The host of a compiled program: sys.argv, buffered stdout, uncaught exceptions and exit codes.</summary>
public static class PyProgram
{
    /// <summary>Runs <paramref name="main"/> (the main module's body) and returns the process exit code.</summary>
    /// <param name="argv">The command-line arguments after the program name.</param>
    /// <param name="scriptName">sys.argv[0]; defaults to the executable's path.</param>
    public static int Run(Action main, string[] argv, string? scriptName = null)
    {
        var list = new PyList(argv.Length + 1);
        list.Append(PyValue.FromString(scriptName ?? Environment.ProcessPath ?? ""));
        foreach (var a in argv)
            list.Append(PyValue.FromString(a));
        PySys.Argv = list;
        // Python's number formatting never depends on the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        TagStores.Initialize();
        try
        {
            main();
            return 0;
        }
        catch (PyException e) when (e.Matches(PyTypes.SystemExit))
        {
            return ExitCode(e);
        }
        catch (PyException e)
        {
            PrintTraceback(e, PyStdio.Err);
            return 1;
        }
        catch (InsufficientExecutionStackException e)
        {
            var pe = PyException.RecursionError("maximum recursion depth exceeded");
            PrintTraceback(pe, PyStdio.Err, e);
            return 1;
        }
        catch (OutOfMemoryException e)
        {
            PrintTraceback(PyException.Create(PyTypes.MemoryError, (string?)null), PyStdio.Err, e);
            return 1;
        }
        catch (Exception e)
        {
            // A .NET exception the runtime failed to turn into a Python one is a bug in PyAot, not in the program:
            // report it as CPython reports its own internal errors (SystemError), with the Python frames, and exit 1
            // rather than abort the process.
            var pe = PyException.Create(PyTypes.SystemError, $"internal error in PyAot's runtime: {e.GetType().Name}: {e.Message}");
            PrintTraceback(pe, PyStdio.Err, e);
            return 1;
        }
        finally
        {
            PyStdio.Flush();
        }
    }

    private static int ExitCode(PyException e)
    {
        var code = e.Instance.Args.Count == 0 ? PyValue.None : e.Instance.Args.Count == 1 ? e.Instance.Args[0] : PyValue.FromObject(e.Instance.Args);
        if (code.IsNone)
            return 0;
        if (code.IsInt || code.IsBool)
            return unchecked((int)code.Bits);
        PyStdio.Flush();
        PyStdio.Err.WriteLine(PyOps.Str(code));
        return 1;
    }

    /// <summary>Writes CPython's traceback report for <paramref name="e"/>, including chained exceptions and the
    /// exceptions of a group (<see cref="TracebackPrinter"/>).</summary>
    public static void PrintTraceback(PyException e, TextWriter writer, Exception? nativeTrace = null)
    {
        PyStdio.Flush();
        writer.Write(TracebackPrinter.Format(e.Instance, nativeTrace));
        writer.Flush();
    }

    /// <summary>"TypeName: message", or just "TypeName" when the message is empty, then what the traceback adds (a
    /// NameError's or AttributeError's "Did you mean": <see cref="TracebackHints"/>).</summary>
    public static string FormatExceptionLine(PyBaseException inst)
    {
        string name = inst.Type.IsBuiltin || inst.Type.Module is null or "__main__" or "builtins"
            ? inst.Type.Name
            : inst.Type.QualifiedName;
        string message;
        try
        {
            message = inst.Str();
        }
        catch (PyException)
        {
            message = "<exception str() failed>";
        }
        string line = message.Length == 0 ? name : name + ": " + message;
        return line + TracebackHints.For(inst);
    }

    /// <summary>Call at function entry to turn deep recursion into RecursionError instead of a fatal stack overflow.</summary>
    /// <remarks>
    /// A thread-static watermark keeps it to one compare: <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/>
    /// (a call into the runtime, 3–4 ns) runs only when the stack pointer is below the lowest address already found
    /// safe, which then moves down by <see cref="WatermarkStep"/> (well inside the margin that call guarantees).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckStack()
    {
        byte marker = 0;
        nint sp = Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref marker);
        // t_stackWatermark == 0 (not checked yet on this thread) wraps to the largest value: the slow path.
        if ((nuint)sp < (nuint)t_stackWatermark - 1)
            CheckStackSlow(sp);
    }

    [ThreadStatic]
    private static nint t_stackWatermark;

    private const int WatermarkStep = 8 * 1024;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckStackSlow(nint sp)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyException.RecursionError("maximum recursion depth exceeded");
        t_stackWatermark = sp - WatermarkStep;
    }
}
