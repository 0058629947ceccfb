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
        AppendChain(sb, e.Instance, nativeTrace ?? e, 0);
        writer.Write(sb.ToString());
        writer.Flush();
    }

    private static void AppendChain(StringBuilder sb, PyBaseException inst, Exception trace, int depth)
    {
        if (depth < 32)
        {
            if (inst.Cause.Ref is PyBaseException cause)
            {
                AppendChain(sb, cause, (Exception?)cause.Carrier ?? trace, depth + 1);
                sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
            }
            else if (!inst.SuppressContext && inst.Context.Ref is PyBaseException context && !ReferenceEquals(context, inst))
            {
                AppendChain(sb, context, (Exception?)context.Carrier ?? trace, depth + 1);
                sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        sb.Append("Traceback (most recent call last):\n");
        AppendFrames(sb, trace);
        sb.Append(FormatExceptionLine(inst)).Append('\n');
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

    /// <summary>
    /// Python frames are the .NET frames whose source file (from #line directives) ends in .py: from the portable
    /// PDB under the JIT, from the binary's DWARF line tables under NativeAOT (<see cref="NativeLineTable"/>). Each
    /// is named by the innermost function whose definition spans the line (<see cref="PyCode.Enclosing"/>) and shown
    /// with its source line, as CPython does.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Stack frame metadata is best effort.")]
    private static void AppendFrames(StringBuilder sb, Exception trace)
    {
        StackFrame[] frames;
        try
        {
            frames = new StackTrace(trace, fNeedFileInfo: true).GetFrames();
        }
        catch (Exception)
        {
            return;
        }
        NativeLineTable? native = null;
        bool anyFile = false;
        foreach (var f in frames)
            anyFile |= f.GetFileName() is not null;
        if (!anyFile)
            native = NativeLineTable.ForProcess();
        for (int i = frames.Length - 1; i >= 0; i--)
        {
            var f = frames[i];
            string? file = f.GetFileName();
            int line = f.GetFileLineNumber();
            if (file is null && native is not null && f.HasNativeImage())
            {
                // The frame's address is a return address: look up the instruction before it.
                ulong ip = (ulong)f.GetNativeIP() - (ulong)f.GetNativeImageBase();
                if (ip == 0 || !native.TryLookup(ip - 1, out file, out line))
                    file = null;
            }
            if (file is null || !file.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
                continue;
            string func = PyCode.Enclosing(Path.GetFileName(file), line, ModuleClassOf(f))?.Name ?? "<module>";
            sb.Append("  File \"").Append(file).Append("\", line ").Append(line).Append(", in ").Append(func).Append('\n');
            string? text = SourceLine(file, line);
            if (!string.IsNullOrEmpty(text))
                sb.Append("    ").Append(text).Append('\n');
        }
    }

    /// <summary>The outermost type declaring the frame's method (the generated module class), or null where the
    /// runtime keeps no method metadata for the frame (NativeAOT).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Stack frame metadata is best effort.")]
    private static Type? ModuleClassOf(StackFrame frame)
    {
        try
        {
            var type = frame.GetMethod()?.DeclaringType;
            while (type?.DeclaringType is not null)
                type = type.DeclaringType;
            return type;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static readonly System.Collections.Generic.Dictionary<string, string[]?> s_sources = new();

    /// <summary>Line <paramref name="line"/> of <paramref name="file"/>, stripped (CPython's linecache), or null.</summary>
    private static string? SourceLine(string file, int line)
    {
        string[]? lines;
        lock (s_sources)
        {
            if (!s_sources.TryGetValue(file, out lines))
            {
                try
                {
                    lines = File.Exists(file) ? File.ReadAllLines(file) : null;
                }
                catch (Exception)
                {
                    lines = null;
                }
                s_sources[file] = lines;
            }
        }
        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : null;
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
