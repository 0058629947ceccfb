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

    /// <summary>Raises the events of a sequence of the code's flow table at the points armed for them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Flow(ref byte[]? armed, int sequence)
    {
        if (sequence < 0 || armed is null || armed.Length == 0 || t_inCallback != 0)
            return;
        var code = PyCode.OfArmed(armed);
        var flow = code.Flow;
        if (sequence >= flow.Length)
            return;
        int n = flow[sequence];
        for (int i = 0; i < n; i++)
        {
            int point = flow[sequence + 1 + 2 * i];
            if (!On(armed, point))
                continue;
            int destination = flow[sequence + 2 + 2 * i];
            var e = code.PointKind(point) == 'B' ? MonitoringEvent.Branch : MonitoringEvent.Jump;
            Call(code, code.Armed[point], PyCode.OffsetOf(point), e, PyValue.FromInt(PyCode.OffsetOf(destination)), default,
                disarmPoint: point);
        }
    }
}
