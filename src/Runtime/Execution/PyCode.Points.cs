using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PyAot.Runtime.Monitoring;

namespace PyAot.Runtime;

/// <summary>
/// A code object's instrumentation points and the Python view of it (<c>co_name</c>, <c>co_lines()</c>...).
/// <para>
/// Compiled code has no bytecode, so its "instructions" are the points the generator placed (docs/monitoring.md): each
/// has a kind (the event it raises: <c>S</c> PY_START, <c>R</c> PY_RESUME, <c>r</c> PY_RETURN, <c>Y</c> PY_YIELD,
/// <c>L</c> LINE, <c>I</c> STOP_ITERATION, <c>C</c> CALL, and C_RETURN/C_RAISE at the same offset, <c>B</c> BRANCH,
/// <c>F</c> BRANCH of a <c>for</c> loop's step (FOR_ITER),
/// <c>J</c> JUMP, <c>d</c> none: a jump's destination, <c>H</c> EXCEPTION_HANDLED: a handler's entry, <c>E</c> RERAISE;
/// RAISE and PY_UNWIND are at a point of the line that raised) and a source line (-1: none, as CPython's lineless instructions). Point <c>k</c> is offset
/// <c>2k</c>, the way CPython's offsets count 2-byte code units, and <c>co_lines()</c> maps <c>[2k, 2k+2)</c> to its
/// line, so a tool maps any offset it is given to the line CPython would give.
/// </para>
/// <para>
/// INSTRUCTION is raised at the points a frame passes as it runs (<see cref="RaisesInstruction"/>): each resume after a
/// yield, each statement and loop head, each call (before it, and again at its offset when it returns), branch and
/// jump, each return and yield, each handler's entry and each re-raise; they are this code's instructions. A point's byte in <see cref="Armed"/> is the union of the tools that want its own event there
/// (<see cref="EventTools"/>) and those that want INSTRUCTION there (<see cref="InstructionTools"/>), each less what
/// DISABLE switched off for that event at that point.
/// </para>
/// </summary>
public sealed partial class PyCode
{
    private readonly string _pointKinds;
    private readonly int[] _pointLines;

    /// <summary>BRANCH and JUMP: sequences of events, each <c>count, (point, destination point) * count</c>, that the
    /// generated code raises by the sequence's index (<see cref="Instrument.Flow"/>).</summary>
    internal readonly int[] Flow;

    /// <summary>Why the compiler raises no BRANCH and JUMP events in this code (null: it raises them).</summary>
    public string? FlowUnsupported { get; }

    /// <summary>Per point, the tools armed there: generated code tests this byte (<see cref="Instrument.On"/>). The
    /// code object's id follows the points.</summary>
    public readonly byte[] Armed;

    /// <summary>Per point, the tools that want the point's own event there (not INSTRUCTION).</summary>
    internal readonly byte[] EventTools;

    /// <summary>Per point, the tools that want INSTRUCTION there.</summary>
    internal readonly byte[] InstructionTools;

    /// <summary>Per ungrouped event, the tools that enabled it for this code object alone (null: none yet).</summary>
    internal byte[]? LocalTools;

    /// <summary>Per point, the tools whose callback returned DISABLE there for the point's own event (null: none).</summary>
    private byte[]? _disarmed;

    /// <summary>Per point, the tools whose INSTRUCTION callback returned DISABLE there (null: none).</summary>
    private byte[]? _instructionDisarmed;

    public override PyType Type => PyTypes.Code;

    public override string Repr() =>
        $"<code object {Name} at 0x{RuntimeHelpers.GetHashCode(this):x12}, file \"{FileName}\", line {FirstLineNo}>";

    /// <summary>Code objects by <see cref="Id"/>, for <see cref="OfArmed"/>: replaced (never changed in place) when it
    /// grows, so readers need no lock.</summary>
    private static PyCode?[] s_byId = new PyCode?[64];

    /// <summary>The bytes after the points: a summary byte (the OR of the points' bytes, 0 when none is armed,
    /// <see cref="Instrument.Quiet"/>), then the code object's id, so that the slow paths find it from the array alone.</summary>
    private const int IdBytes = 4;

    /// <summary>Where the summary byte is, counted from the end of <see cref="Armed"/>.</summary>
    internal const int QuietOffset = IdBytes + 1;

    private static byte[] NewArmed(int points, int id)
    {
        if (points == 0)
            return System.Array.Empty<byte>();
        var armed = new byte[points + 1 + IdBytes];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(armed.AsSpan(points + 1), id);
        return armed;
    }

    /// <summary>Registers this code object for <see cref="OfArmed"/> (under the lock of the list of code objects).</summary>
    private void RegisterId()
    {
        var table = s_byId;
        if (Id >= table.Length)
        {
            System.Array.Resize(ref table, System.Math.Max(Id + 1, table.Length * 2));
        }
        table[Id] = this;
        System.Threading.Volatile.Write(ref s_byId, table);
    }

    /// <summary>The code object whose <see cref="Armed"/> array this is (the slow paths of <see cref="Instrument"/>): its
    /// id is stored after the points.</summary>
    internal static PyCode OfArmed(byte[] armed) =>
        System.Threading.Volatile.Read(ref s_byId)[System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(armed.AsSpan(armed.Length - IdBytes))]!;

    /// <summary>The offset tools see for point <paramref name="point"/>.</summary>
    public static int OffsetOf(int point) => point * 2;

    /// <summary>The kind letter of point <paramref name="point"/>.</summary>
    internal char PointKind(int point) => _pointKinds[point];

    /// <summary>The source line of point <paramref name="point"/>.</summary>
    public int PointLine(int point) => _pointLines[point];

    /// <summary>The first point on <paramref name="line"/> (null: none), for an event placed on a line known only at run time.</summary>
    public int? PointOnLine(int line)
    {
        if (line < 0)
            return null; // (a jump's destination without a line is not a line)
        var index = _lineIndex ??= new LineIndex(_pointLines);
        int i = line - index.MinLine;
        int k = i >= 0 && i < index.FirstPoint.Length ? index.FirstPoint[i] : -1;
        return k < 0 ? null : k;
    }

    /// <summary>The first point on <paramref name="line"/> armed for INSTRUCTION (null: none).</summary>
    internal int? InstructionOnLine(int line)
    {
        if (PointOnLine(line) is not int first)
            return null;
        for (int k = first; k < _pointLines.Length; k++)
        {
            if (_pointLines[k] == line && InstructionTools[k] != 0)
                return k;
        }
        return null;
    }

    /// <summary>For each line from the first to the last of the points, its first point (-1: none); made when first
    /// needed (an implicit return placed on the line a frame ran last looks it up each time).</summary>
    private LineIndex? _lineIndex;

    private sealed class LineIndex
    {
        public readonly int MinLine;
        public readonly int[] FirstPoint;

        public LineIndex(int[] pointLines)
        {
            if (pointLines.Length == 0)
            {
                FirstPoint = System.Array.Empty<int>();
                return;
            }
            int min = int.MaxValue, max = int.MinValue;
            foreach (int line in pointLines)
            {
                if (line < 0)
                    continue;
                min = System.Math.Min(min, line);
                max = System.Math.Max(max, line);
            }
            if (min > max)
            {
                FirstPoint = System.Array.Empty<int>();
                return;
            }
            MinLine = min;
            FirstPoint = new int[max - min + 1];
            System.Array.Fill(FirstPoint, -1);
            for (int k = pointLines.Length - 1; k >= 0; k--)
            {
                if (pointLines[k] >= 0)
                    FirstPoint[pointLines[k] - min] = k;
            }
        }
    }

    /// <summary>The line <c>co_lines()</c> gives for <paramref name="offset"/> (-1: none).</summary>
    public int LineOfOffset(int offset)
    {
        int point = offset / 2;
        return offset >= 0 && point < _pointLines.Length ? _pointLines[point] : -1;
    }

    /// <summary>The event a point of this kind raises (-1: none).</summary>
    private static int EventOf(char kind) => kind switch
    {
        'S' => (int)MonitoringEvent.PyStart,
        'R' => (int)MonitoringEvent.PyResume,
        'r' => (int)MonitoringEvent.PyReturn,
        'Y' => (int)MonitoringEvent.PyYield,
        'L' => (int)MonitoringEvent.Line,
        'I' => (int)MonitoringEvent.StopIteration,
        'C' => (int)MonitoringEvent.Call,
        'B' or 'F' => (int)MonitoringEvent.Branch,
        'J' => (int)MonitoringEvent.Jump,
        _ => -1,
    };

    /// <summary>Whether a point of this kind is an instruction, raising INSTRUCTION when passed: all but PY_START's
    /// (CPython instruments nothing before <c>_co_firsttraceable</c>, the frame's first RESUME), a jump's destination
    /// (<c>d</c>, passed in the jump's own event) and STOP_ITERATION's point (an event of a loop's end, at the loop's
    /// step).</summary>
    private static bool RaisesInstruction(char kind) => kind is 'R' or 'r' or 'Y' or 'L' or 'C' or 'B' or 'F' or 'J' or 'H' or 'E';

    /// <summary>Recomputes <see cref="Armed"/> from the global and local tool sets, less what callbacks disabled
    /// (<paramref name="restart"/>: forget those).</summary>
    internal void Rearm(bool restart = false)
    {
        if (restart)
            _disarmed = _instructionDisarmed = null;
        var global = Monitoring.Tools.Global;
        var local = LocalTools;
        int instruction = global[(int)MonitoringEvent.Instruction] | (local is null ? 0 : local[(int)MonitoringEvent.Instruction]);
        int any = 0;
        for (int k = 0; k < _pointKinds.Length; k++)
        {
            int e = EventOf(_pointKinds[k]);
            int tools = e < 0 ? 0 : global[e] | (local is null ? 0 : local[e]);
            if (_disarmed is not null)
                tools &= ~_disarmed[k];
            int instructionTools = RaisesInstruction(_pointKinds[k]) ? instruction : 0;
            if (_instructionDisarmed is not null)
                instructionTools &= ~_instructionDisarmed[k];
            EventTools[k] = (byte)tools;
            InstructionTools[k] = (byte)instructionTools;
            Armed[k] = (byte)(tools | instructionTools);
            any |= tools | instructionTools;
        }
        if (_pointKinds.Length > 0)
            Armed[_pointKinds.Length] = (byte)any;
    }

    /// <summary>The tools that enabled <paramref name="e"/> for this code object, globally or locally (not less what
    /// callbacks disabled at a location).</summary>
    internal int ToolsOf(MonitoringEvent e) =>
        Monitoring.Tools.Global[(int)e] | (LocalTools is { } local ? local[(int)e] : 0);

    /// <summary>A callback of <paramref name="tool"/> for <paramref name="e"/> returned DISABLE at <paramref name="point"/>:
    /// that event stops there for that tool (INSTRUCTION and the point's own event are disabled apart).</summary>
    internal void Disarm(int point, int tool, MonitoringEvent e)
    {
        lock (s_all)
        {
            byte bit = (byte)(1 << tool);
            if (e == MonitoringEvent.Instruction)
            {
                (_instructionDisarmed ??= new byte[_pointKinds.Length])[point] |= bit;
                InstructionTools[point] &= (byte)~bit;
            }
            else
            {
                (_disarmed ??= new byte[_pointKinds.Length])[point] |= bit;
                EventTools[point] &= (byte)~bit;
            }
            Armed[point] = (byte)(EventTools[point] | InstructionTools[point]);
            int any = 0;
            for (int k = 0; k < _pointKinds.Length; k++)
                any |= Armed[k];
            Armed[_pointKinds.Length] = (byte)any;
        }
    }

    /// <summary>The code objects a module defined (its generated class).</summary>
    internal static List<PyCode> OfOwner(Type owner)
    {
        lock (s_all)
            return s_all.FindAll(c => c.Owner == owner);
    }

    /// <summary>Every code object made so far.</summary>
    internal static List<PyCode> All()
    {
        lock (s_all)
            return new List<PyCode>(s_all);
    }

    /// <summary>Re-arms every code object after a global change (<see cref="Monitoring.Tools"/>).</summary>
    internal static void RearmAll(bool restart = false)
    {
        lock (s_all)
        {
            foreach (var c in s_all)
                c.Rearm(restart);
        }
        Monitoring.Tools.UpdateFlags();
    }

    internal static bool AnyLocalEvents(int events = -1)
    {
        lock (s_all)
        {
            foreach (var c in s_all)
            {
                if (c.LocalTools is not { } local)
                    continue;
                for (int e = 0; e < local.Length; e++)
                {
                    if (local[e] != 0 && ((events >> e) & 1) != 0)
                        return true;
                }
            }
        }
        return false;
    }

    /// <summary><c>co_lines()</c>: (start, end, line) for each run of offsets on one line.</summary>
    public IEnumerable<(int Start, int End, int Line)> Lines()
    {
        int k = 0;
        while (k < _pointLines.Length)
        {
            int start = k;
            while (k + 1 < _pointLines.Length && _pointLines[k + 1] == _pointLines[start])
                k++;
            k++;
            yield return (OffsetOf(start), OffsetOf(k), _pointLines[start]);
        }
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "co_name":
                value = PyValue.FromString(Name);
                return true;
            case "co_qualname":
                value = PyValue.FromString(QualName);
                return true;
            case "co_filename":
                value = PyValue.FromString(FilePath);
                return true;
            case "co_firstlineno":
                value = PyValue.FromInt(FirstLineNo);
                return true;
            case "co_argcount":
                value = PyValue.FromInt(ArgCount);
                return true;
            case "co_posonlyargcount":
                value = PyValue.FromInt(PosOnlyCount);
                return true;
            case "co_freevars":
                value = PyValue.FromObject(new PyTuple(System.Array.ConvertAll(FreeVars, PyValue.FromString)));
                return true;
            case "co_kwonlyargcount":
                value = PyValue.FromInt(KwOnlyCount);
                return true;
            case "co_lines":
                value = PyValue.FromObject(new PyBuiltinFunction("co_lines", (args, kw) =>
                {
                    ArgCheck.None("co_lines", args, kw);
                    var items = new List<PyValue>();
                    foreach (var (start, end, line) in Lines())
                    {
                        items.Add(PyValue.FromObject(new PyTuple(new[]
                        {
                            PyValue.FromInt(start), PyValue.FromInt(end), line < 0 ? PyValue.None : PyValue.FromInt(line),
                        })));
                    }
                    return PyValue.FromObject(new PyList(items.ToArray()).Iter());
                }));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
