using System;
using System.Collections.Generic;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// The report CPython prints for an uncaught exception: its chain of causes and contexts, each with its traceback,
/// and an exception group's exceptions in nested boxes (traceback.py's <c>TracebackException.format</c> and its
/// <c>_ExceptionPrintContext</c>, which pythonrun.c's printer matches: 15 exceptions a group at most, 10 levels).
/// </summary>
internal sealed class TracebackPrinter
{
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    private const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private readonly StringBuilder _out = new();
    private readonly HashSet<PyBaseException> _seen = new(ReferenceEqualityComparer.Instance);
    private int _groupDepth;
    private bool _needClose;

    /// <summary>The report for <paramref name="inst"/>; its frames from <paramref name="nativeTrace"/> when given (the
    /// .NET exception that carried it out of the program), else from its traceback.</summary>
    public static string Format(PyBaseException inst, Exception? nativeTrace)
    {
        var printer = new TracebackPrinter();
        printer.Exception(inst, nativeTrace);
        return printer._out.ToString();
    }

    /// <summary>The report of <paramref name="inst"/> alone, without its cause or context: what CPython's default
    /// unraisable hook writes after "Exception ignored in".</summary>
    public static string FormatUnchained(PyBaseException inst) =>
        (Frames(inst, null) is { } frames ? "Traceback (most recent call last):\n" + frames : "") + ExceptionOnly(inst);

    private string Indent => new(' ', 2 * _groupDepth);

    /// <summary>Each line of <paramref name="text"/> after the indent and, inside a group, its margin.</summary>
    private void Emit(string text, char margin = '|')
    {
        string prefix = _groupDepth > 0 ? Indent + margin + " " : "";
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            _out.Append(prefix).Append(text, start, end - start);
            start = end;
        }
    }

    private void Exception(PyBaseException exc, Exception? nativeTrace)
    {
        // The chain, oldest first: each cause, or else context not suppressed, not seen yet.
        var chain = new List<(string? Message, PyBaseException Exception)>();
        _seen.Add(exc);
        for (PyBaseException? e = exc; e is not null;)
        {
            string? message = null;
            PyBaseException? next = null;
            if (e.Cause.Ref is PyBaseException cause && _seen.Add(cause))
            {
                message = CauseMessage;
                next = cause;
            }
            else if (e.Cause.IsNone && !e.SuppressContext && e.Context.Ref is PyBaseException context && _seen.Add(context))
            {
                message = ContextMessage;
                next = context;
            }
            chain.Add((message, e));
            e = next;
        }
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var (message, e) = chain[i];
            if (message is not null)
                Emit(message);
            var frames = Frames(e, ReferenceEquals(e, exc) ? nativeTrace : null);
            if (e is not PyExceptionGroup group)
            {
                if (frames is not null)
                {
                    Emit("Traceback (most recent call last):\n");
                    Emit(frames);
                }
                Emit(ExceptionOnly(e));
            }
            else if (_groupDepth > MaxGroupDepth)
            {
                Emit($"... (max_group_depth is {MaxGroupDepth})\n");
            }
            else
            {
                Group(group, frames);
            }
        }
    }

    private void Group(PyExceptionGroup group, string? frames)
    {
        bool topLevel = _groupDepth == 0;
        if (topLevel)
            _groupDepth++;
        if (frames is not null)
        {
            Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            Emit(frames);
        }
        Emit(ExceptionOnly(group));
        int count = group.Exceptions.Count;
        int shown = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        _needClose = false;
        for (int i = 0; i < shown; i++)
        {
            bool last = i == shown - 1;
            if (last)
                _needClose = true; // (a nested group may close the box itself)
            bool truncated = i >= MaxGroupWidth;
            string title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _out.Append(Indent).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
            _groupDepth++;
            if (!truncated)
            {
                Exception((PyBaseException)group.Exceptions[i].Ref!, null);
            }
            else
            {
                int remaining = count - MaxGroupWidth;
                Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && _needClose)
            {
                _out.Append(Indent).Append("+------------------------------------\n");
                _needClose = false;
            }
            _groupDepth--;
        }
        if (topLevel)
            _groupDepth = 0;
    }

    /// <summary>The traceback's entries as CPython prints them, or null for an exception with none (never raised, set
    /// to None, or empty).</summary>
    private static string? Frames(PyBaseException inst, Exception? nativeTrace)
    {
        var frames = new List<(string File, int Line, string Function)>();
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
        if (frames.Count == 0)
            return null; // (an exception raised again where it has no entry: except*'s group at module level)
        var sb = new StringBuilder();
        AppendFrames(sb, frames);
        return sb.ToString();
    }

    /// <summary>The frames, outermost first; a run of more than three of the same file, line and function shows three
    /// and how many more (traceback.c's TB_RECURSIVE_CUTOFF: a recursion's thousand frames are four lines).</summary>
    private static void AppendFrames(StringBuilder sb, List<(string File, int Line, string Function)> frames)
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

    /// <summary>The exception's line (<see cref="PyProgram.FormatExceptionLine"/>) and its notes.</summary>
    private static string ExceptionOnly(PyBaseException inst)
    {
        var sb = new StringBuilder(PyProgram.FormatExceptionLine(inst)).Append('\n');
        AppendNotes(sb, inst);
        return sb.ToString();
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
}
