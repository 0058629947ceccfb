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

    /// <summary>Writes CPython's traceback report for <paramref name="e"/>, including chained exceptions.</summary>
    public static void PrintTraceback(PyException e, TextWriter writer, Exception? nativeTrace = null)
    {
        PyStdio.Flush();
        var sb = new StringBuilder();
        AppendChain(sb, e.Instance, nativeTrace, 0);
        writer.Write(sb.ToString());
        writer.Flush();
    }

    private static void AppendChain(StringBuilder sb, PyBaseException inst, Exception? nativeTrace, int depth)
    {
        if (depth < 32)
        {
            if (inst.Cause.Ref is PyBaseException cause)
            {
                AppendChain(sb, cause, null, depth + 1);
                sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
            }
            else if (!inst.SuppressContext && inst.Context.Ref is PyBaseException context && !ReferenceEquals(context, inst))
            {
                AppendChain(sb, context, null, depth + 1);
                sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        // (an exception never raised, a cause made by 'raise X from Y()', has no traceback and no header)
        var frames = new System.Collections.Generic.List<(string File, int Line, string Function)>();
        if (nativeTrace is not null)
        {
            var stack = PythonStack.Of(nativeTrace);
            for (int i = stack.Count - 1; i >= 0; i--)
                frames.Add((stack[i].File, stack[i].Line, stack[i].Code.Name));
        }
        else if (Tracebacks.Of(inst) is { } tb)
        {
            for (var entry = tb; entry is not null; entry = entry.Next)
            {
                if (entry.Frame is { } frame)
                    frames.Add((frame.Code.FilePath, entry.LineNo, frame.Code.Name));
            }
        }
        else
        {
            sb.Append(FormatExceptionLine(inst)).Append('\n');
            AppendNotes(sb, inst);
            return;
        }
        sb.Append("Traceback (most recent call last):\n");
        AppendFrames(sb, frames);
        sb.Append(FormatExceptionLine(inst)).Append('\n');
        AppendNotes(sb, inst);
    }

    /// <summary>The frames, outermost first; a run of more than three of the same file, line and function shows three
    /// and how many more (traceback.c's TB_RECURSIVE_CUTOFF: a recursion's thousand frames are four lines).</summary>
    private static void AppendFrames(StringBuilder sb, System.Collections.Generic.List<(string File, int Line, string Function)> frames)
    {
        const int RecursiveCutoff = 3;
        int count = 0;
        for (int i = 0; i < frames.Count; i++)
        {
            if (i == 0 || frames[i] != frames[i - 1])
            {
                AppendRepeated(sb, count - RecursiveCutoff);
                count = 0;
            }
            if (++count <= RecursiveCutoff)
                AppendFrame(sb, frames[i].File, frames[i].Line, frames[i].Function);
        }
        AppendRepeated(sb, count - RecursiveCutoff);
    }

    private static void AppendRepeated(StringBuilder sb, int more)
    {
        if (more > 0)
            sb.Append("  [Previous line repeated ").Append(more).Append(more > 1 ? " more times]\n" : " more time]\n");
    }

    private static void AppendFrame(StringBuilder sb, string file, int line, string function)
    {
        sb.Append("  File \"").Append(file).Append("\", line ").Append(line).Append(", in ").Append(function).Append('\n');
        if (SourceLines.Get(file, line)?.Trim() is { Length: > 0 } text)
            sb.Append("    ").Append(text).Append('\n');
    }

    /// <summary>The exception's <c>__notes__</c>, one per line after it (pythonrun.c's print_exception_notes).</summary>
    private static void AppendNotes(StringBuilder sb, PyBaseException inst)
    {
        PyValue notes;
        try
        {
            if (!inst.TryGetAttr("__notes__", out notes))
                return;
            if (notes.Ref is PyList or PyTuple)
            {
                foreach (var note in PyList.FromIterable(notes).AsSpan())
                {
                    string text;
                    try
                    {
                        text = PyOps.Str(note);
                    }
                    catch (PyException)
                    {
                        text = "<note str() failed>";
                    }
                    sb.Append(text).Append('\n');
                }
            }
            else
            {
                sb.Append(PyOps.Repr(notes)).Append('\n');
            }
        }
        catch (PyException)
        {
            sb.Append("<__notes__ repr() failed>\n");
        }
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
