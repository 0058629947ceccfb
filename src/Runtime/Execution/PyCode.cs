using System.Threading;

namespace PyAot.Runtime;

/// <summary>
/// The static description of one compiled function (CPython's code object, reduced to what compiled code needs):
/// names, file, first line, parameter names, and a process-wide <see cref="Id"/>.
/// <para>
/// PEP 669 (sys.monitoring) will key on <see cref="Id"/>: a static bitmask of enabled events per code object,
/// tested by generated code at function entry (PY_START), statement starts (LINE), calls (CALL/C_RETURN),
/// returns (PY_RETURN), loop back-edges (JUMP) and exception unwinding (RAISE/UNWIND). None of that exists yet;
/// the generator documents where each test goes (see the lowering's ModuleCompiler).
/// </para>
/// </summary>
public sealed class PyCode
{
    private static int s_nextId;

    public PyCode(string name, string qualName, string fileName, int firstLineNo, string[] parameterNames)
    {
        Name = name;
        QualName = qualName;
        FileName = fileName;
        FirstLineNo = firstLineNo;
        ParameterNames = parameterNames;
        Id = Interlocked.Increment(ref s_nextId);
    }

    public string Name { get; }
    public string QualName { get; }
    public string FileName { get; }
    public int FirstLineNo { get; }

    /// <summary>The positional parameters, in order (co_varnames[:co_argcount]).</summary>
    public string[] ParameterNames { get; }

    public int ArgCount => ParameterNames.Length;

    /// <summary>Unique per code object, dense from 1: the index PEP 669 event masks will use.</summary>
    public int Id { get; }

    public override string ToString() => $"<code object {Name}, file \"{FileName}\", line {FirstLineNo}>";
}
