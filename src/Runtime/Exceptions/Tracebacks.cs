using System.Collections.Generic;
using PyAot.Runtime.Monitoring;

namespace PyAot.Runtime;

/// <summary>
/// The tracebacks of raised exceptions, as CPython builds them, read from the .NET stacks that carried them.
/// <para>
/// CPython adds a traceback entry for each frame an exception leaves or is caught in (<c>PyTraceBack_Here</c>), in
/// front of those it has: <c>raise e</c> of an exception raised before keeps its old entries behind the new ones,
/// and a re-raise (a bare <c>raise</c>, an except clause that does not match, the end of a finally block run by the
/// exception) adds no entry for the frame it happens in. A .NET exception records the frames it was thrown through,
/// innermost first. So each raise is a new <see cref="PyException"/> (the carrier) that remembers what the instance
/// had before (<see cref="PyException.Prior"/>: the carrier of its previous raise, or a traceback a program set);
/// a re-raise is marked (<see cref="PyException.Reraised"/>) and leaves out its own frame. The traceback of a carrier
/// is then its own Python frames, outermost first, followed by its prior traceback.
/// </para>
/// </summary>
public static class Tracebacks
{
    /// <summary><c>e.__traceback__</c>: null for an exception never raised or whose traceback was set to None.</summary>
    public static PyTraceback? Of(PyBaseException inst) =>
        inst.HasSetTraceback ? inst.SetTraceback : inst.Carrier is { } carrier ? Of(carrier) : null;

    /// <summary><see cref="Of(PyBaseException)"/> as a Python value (None for none).</summary>
    public static PyValue ValueOf(PyBaseException inst) => Of(inst) is { } tb ? PyValue.FromObject(tb) : PyValue.None;

    /// <summary>The traceback an exception got from being raised by <paramref name="carrier"/> (made when read).</summary>
    public static PyTraceback Of(PyException carrier) => carrier.Traceback ??= Made(carrier);

    /// <summary>A re-raise caught in the frame that re-raised it adds no entry: the exception keeps the very traceback it
    /// had, as in CPython (<c>e.__traceback__ is</c> the one before); any other raise makes a head entry of its own.</summary>
    private static PyTraceback Made(PyException carrier) =>
        carrier.Reraised && !carrier.Unthrown && carrier.Prior is not PyException { Unthrown: true }
            && PriorTraceback(carrier) is { } prior && PythonStack.Of(carrier, 1).Count == 0
            ? prior
            : new PyTraceback(carrier);

    /// <summary>What the traceback of an instance raised again builds on.</summary>
    internal static object? PriorOf(PyBaseException inst) => inst.HasSetTraceback ? inst.SetTraceback : inst.Carrier;

    private static PyTraceback? PriorTraceback(PyException carrier) => carrier.Prior switch
    {
        PyTraceback tb => tb,
        PyException previous => Of(previous),
        _ => null,
    };

    /// <summary>
    /// Makes <paramref name="head"/>, the traceback of <paramref name="carrier"/>: one entry per Python frame it was
    /// thrown through, then its prior traceback. The frame where it was caught is, while it still runs, the live
    /// frame (its <c>f_back</c> its caller, its <c>f_lineno</c> the line it is on: <see cref="PyFrame.StackDepth"/>),
    /// as in CPython. (Under the JIT, a frame running an except block reports the line that raised: CoreCLR's stack
    /// walk shows a catch funclet as its parent method at the throw; NativeAOT reports the running line.)
    /// </summary>
    internal static void Fill(PyTraceback head, PyException carrier)
    {
        var stack = PythonStack.Live();
        if (carrier.Unthrown)
        {
            // Made by a fast path, never thrown: one entry, the frame it was raised in.
            if (carrier.OriginCode is { } origin)
                head.Set(PriorTraceback(carrier), FrameOf(origin, carrier.OriginLine, stack), -1, carrier.OriginLine);
            else if (stack.Count > 0)
                head.Set(PriorTraceback(carrier), FrameOf(stack[0].Code, stack[0].Line, stack), -1, stack[0].Line);
            else
                head.SetEmpty(PriorTraceback(carrier));
            return;
        }
        var own = PythonStack.Of(carrier, carrier.Reraised ? 1 : 0);
        var tail = PriorTraceback(carrier);
        if (carrier.Reraised && carrier.Prior is PyException { Unthrown: true } made)
        {
            // A re-raise of a fast path's exception: the frame that re-raises is where it was raised, and its entry
            // has the line it was raised on.
            own = PythonStack.Of(carrier);
            if (own.Count > 0 && made.OriginCode is { } origin && ReferenceEquals(own[0].Code, origin))
                own[0] = own[0] with { Line = made.OriginLine };
            tail = PriorTraceback(made);
        }
        if (own.Count == 0)
        {
            // (nothing of Python on its stack: an exception thrown and caught by the runtime alone)
            if (tail is not null)
            {
                if (tail.Frame is { } frame)
                    head.Set(tail.Next, frame, tail.Lasti, tail.LineNo);
                else
                    head.SetEmpty(tail.Next);
                return;
            }
            // (no Python frame at all: raised by C# code a host called, as the runtime's own tests do)
            head.SetEmpty(null);
            return;
        }
        var frames = new PyFrame[own.Count];
        var outer = own[own.Count - 1];
        frames[own.Count - 1] = FrameOf(outer.Code, outer.Line, stack);
        for (int i = own.Count - 2; i >= 0; i--)
            frames[i] = new PyFrame(own[i].Code, frames[i + 1], own[i].Line);
        var next = tail;
        for (int i = 0; i < own.Count - 1; i++)
            next = new PyTraceback(next, frames[i], LastiOf(own[i]), own[i].Line);
        head.Set(next, frames[own.Count - 1], LastiOf(outer), outer.Line);
    }

    /// <summary>The frame of <paramref name="code"/> where an exception was caught: the live one while it runs (made
    /// where the traceback is first read, perhaps in a callee of that frame: the nearest frame of its code), else one
    /// made for it.</summary>
    private static PyFrame FrameOf(PyCode code, int line, List<PythonStackFrame> stack)
    {
        int running = stack.FindIndex(f => ReferenceEquals(f.Code, code));
        return running >= 0 ? LiveFrames(stack, running) : new PyFrame(code, null, line);
    }

    /// <summary>Frame objects for the live Python frames from <paramref name="from"/> outward: each's <c>f_back</c> its
    /// caller's.</summary>
    internal static PyFrame LiveFrames(List<PythonStackFrame> live, int from)
    {
        PyFrame? back = null;
        for (int j = live.Count - 1; j >= from; j--)
            back = new PyFrame(live[j].Code, back, live[j].Line) { StackDepth = live.Count - 1 - j };
        return back!;
    }

    /// <summary><c>tb_lasti</c>: the offset of the first instruction of the line in the code's <c>co_lines()</c>
    /// (-1 when the code has no instrumentation points: built without monitoring).</summary>
    private static int LastiOf(PythonStackFrame f)
    {
        foreach (var (start, _, line) in f.Code.Lines())
        {
            if (line == f.Line)
                return start;
        }
        return -1;
    }
}
