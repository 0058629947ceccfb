using System.Runtime.CompilerServices;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// A frame object, as <c>sys.settrace</c> and <c>sys.setprofile</c> functions receive it: the code it runs
/// (<c>f_code</c>), the line it is on (<c>f_lineno</c>), the frame that called it (<c>f_back</c>) and its local trace
/// function (<c>f_trace</c>, <c>f_trace_lines</c>, <c>f_trace_opcodes</c>). Compiled code keeps no frames of its own:
/// these are made, one per running code object, while a trace or profile function is set
/// (<see cref="LegacyTracing"/>), from the events of its tool.
/// </summary>
public sealed class PyFrame : PyObject
{
    internal PyFrame(PyCode code, PyFrame? back, int line)
    {
        Code = code;
        Back = back;
        Line = line;
    }

    public PyCode Code { get; }

    /// <summary>The frame below it on the thread's stack of traced frames (null: none traced).</summary>
    public PyFrame? Back { get; }

    /// <summary>The line of its last event (the line it is on).</summary>
    public int Line { get; internal set; }

    /// <summary>For a frame read off the .NET stack (<see cref="Tracebacks.LiveFrames"/>), how many Python frames were
    /// below it (-1: not one): while a frame of its code is still there, that frame is it, and <c>f_lineno</c> is
    /// the line it is on now.</summary>
    internal int StackDepth = -1;

    /// <summary><c>f_lineno</c>: the line it is on.</summary>
    private int CurrentLine()
    {
        if (StackDepth >= 0)
        {
            if (OnStack() is { } here)
                Line = here.Line;
            else
                StackDepth = -1; // (it returned: its line stays the last one seen)
        }
        return Line;
    }

    /// <summary><c>f_trace</c>: the local trace function (unbound: none).</summary>
    internal PyValue Trace;

    internal bool TraceLines = true;

    public override PyType Type => PyTypes.Frame;

    public override string Repr() =>
        $"<frame at 0x{RuntimeHelpers.GetHashCode(this):x12}, file '{Code.FilePath}', line {Line}, code {Code.Name}>";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "f_code":
                value = PyValue.FromObject(Code);
                return true;
            case "f_lineno":
                int line = CurrentLine();
                value = line < 0 ? PyValue.None : PyValue.FromInt(line);
                return true;
            case "f_back":
                value = Back is null ? PyValue.None : PyValue.FromObject(Back);
                return true;
            case "f_trace":
                value = Trace.IsUnbound ? PyValue.None : Trace;
                return true;
            case "f_trace_lines":
                value = PyValue.FromBool(TraceLines);
                return true;
            case "f_trace_opcodes":
                value = PyValue.False; // (setting it true is refused: no 'opcode' events yet)
                return true;
            case "clear":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), "clear"));
                return true;
            case "f_globals" when Code.Owner is { } owner && PyModule.OfOwner(owner) is { Dict: { } globals }:
                value = PyValue.FromObject(globals);
                return true;
            case "f_globals":
                throw PyException.NotImplementedError("frame.f_globals is not supported by PyAot yet for a module that does not call globals()");
            case "f_locals" or "f_builtins" or "f_lasti":
                throw PyException.NotImplementedError($"frame.{name} is not supported by PyAot yet");
        }
        return base.TryGetAttr(name, out value);
    }

    /// <summary><c>frame.clear()</c>: compiled frames keep no locals to clear; a frame still running refuses, as
    /// CPython's.</summary>
    public override bool TryCallMethod(string name, System.ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (name == "clear")
        {
            ArgCheck.None("clear", args, kwNames);
            if (IsRunning())
                throw PyException.RuntimeError("cannot clear an executing frame");
            result = PyValue.None;
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>Whether the frame is still on the stack (<see cref="StackDepth"/>; a traced frame: while its code
    /// runs).</summary>
    private bool IsRunning() => StackDepth >= 0 && OnStack() is not null;

    /// <summary>The live stack's frame at <see cref="StackDepth"/> when it runs this frame's code (taken for this frame:
    /// a later call of the same code at the same depth, after this one returned, cannot be told from it); null when
    /// this frame returned.</summary>
    private PythonStackFrame? OnStack()
    {
        var live = PythonStack.Live();
        int index = live.Count - 1 - StackDepth;
        return index >= 0 && ReferenceEquals(live[index].Code, Code) ? live[index] : null;
    }

    public override void SetAttr(string name, PyValue value)
    {
        switch (name)
        {
            case "f_trace":
                Trace = value.IsNone ? default : value;
                return;
            case "f_trace_lines":
                TraceLines = PyOps.IsTrue(value);
                return;
            case "f_trace_opcodes":
                if (PyOps.IsTrue(value))
                    throw PyException.NotImplementedError("frame.f_trace_opcodes is not supported by PyAot yet");
                return;
            case "f_lineno":
                throw PyException.NotImplementedError("setting frame.f_lineno (a jump) is not supported by PyAot yet");
        }
        base.SetAttr(name, value);
    }
}
