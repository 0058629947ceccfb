using System.Runtime.CompilerServices;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// BRANCH and JUMP. The generator lays out each code object's jumps as CPython 3.12's compiler does and gives the code
/// object a table of event sequences (<see cref="PyCode.Flow"/>): at each test the generated code passes the sequence for
/// either outcome, and where control runs off a suite the sequence from there. A sequence is a BRANCH to a destination
/// and the JUMPs CPython's bytecode makes on its way, each a point (its offset) and the point of its destination (the
/// callback's third argument).
/// </summary>
public static partial class Instrument
{
    /// <summary>Whether any tool enabled BRANCH or JUMP anywhere: the one test at a test or a suite end (a tool watching
    /// only lines or calls costs them nothing more).</summary>
    public static bool FlowActive;

    /// <summary>No frame line given (<see cref="Flow"/>).</summary>
    private const int UnknownLine = int.MinValue;

    /// <summary>Whether <paramref name="point"/> has a line, and another than the frame's (<see cref="LineOf"/>).</summary>
    private static bool OnAnotherLine(PyCode code, int point, int frameLine)
    {
        if (frameLine == UnknownLine)
            return false;
        int line = code.PointLine(point);
        return line >= 0 && line != LineOf(frameLine);
    }

    /// <summary>A test: <paramref name="condition"/>, after raising the events of <paramref name="whenTrue"/> or
    /// <paramref name="whenFalse"/> (-1: none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Branch(ref byte[]? armed, int whenTrue, int whenFalse, bool condition)
    {
        if (FlowActive)
            Flow(ref armed, condition ? whenTrue : whenFalse);
        return condition;
    }

    /// <summary>A value after which control jumps (a conditional expression's first value): the events of
    /// <paramref name="sequence"/>, then the value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Jumped(ref byte[]? armed, int sequence, PyValue value)
    {
        if (FlowActive)
            Flow(ref armed, sequence);
        return value;
    }

    /// <summary>Raises the events of a sequence of the code's flow table at the points armed for them;
    /// <paramref name="frameLine"/>, the frame's line (its line local, as <see cref="Line"/> keeps it; unknown when not
    /// given), places INSTRUCTION: a JUMP on another line than the one before it (the frame's, then the previous event's)
    /// is the first instruction of that line, whose LINE the point the lowering has there raises next (a
    /// <c>while True</c> loop's head), and INSTRUCTION with it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Flow(ref byte[]? armed, int sequence, int frameLine = UnknownLine)
    {
        if (sequence < 0 || armed is null || armed.Length == 0 || t_inCallback != 0)
            return;
        // (an iterator's step that returned from Python code is reported by the events here, or not at all: a for loop
        // that ends goes past its store)
        if (InstructionsActive)
            t_returnedInto = false;
        var code = PyCode.OfArmed(armed);
        var flow = code.Flow;
        if (sequence >= flow.Length)
            return;
        int n = flow[sequence];
        for (int i = 0; i < n; i++)
        {
            int point = flow[sequence + 1 + 2 * i];
            // (the line control was on before this event: the frame's, then the previous event's)
            if (i > 0)
                frameLine = code.PointLine(flow[sequence - 1 + 2 * i]);
            if (!On(armed, point))
                continue;
            int destination = flow[sequence + 2 + 2 * i];
            char kind = code.PointKind(point);
            // A for loop's step is raised after the iterator's step, where FOR_ITER's instruction has run before it (the
            // loop head's point raised it): INSTRUCTION here stands for the loop's store into its target, which follows
            // only when the loop goes on (into the next point; its exit lands past the loop).
            if ((kind != 'F' || destination == point + 1) && !(kind == 'J' && OnAnotherLine(code, point, frameLine)))
                RaiseInstruction(code, point, PyCode.OffsetOf(point));
            int tools = code.EventTools[point];
            if (tools == 0)
                continue;
            var e = kind == 'J' ? MonitoringEvent.Jump : MonitoringEvent.Branch;
            Call(code, tools, PyCode.OffsetOf(point), e, PyValue.FromInt(PyCode.OffsetOf(destination)), default,
                disarmPoint: point);
        }
    }
}
