using System.Threading;

namespace PyAot.Runtime;

/// <summary>
/// The static description of one compiled function (CPython's code object, reduced to what compiled code needs):
/// names, file, first line, parameter names, and a process-wide <see cref="Id"/>.
/// <para>
/// It is also what PEP 669 (<c>sys.monitoring</c>) instruments: its instrumentation points, each with an event kind and
/// a line, and the byte per point that generated code tests (<c>PyCode.Points.cs</c>).
/// </para>
/// </summary>
public sealed partial class PyCode : PyObject
{
    private static int s_nextId;

    /// <param name="parameterNames">Every parameter: positional-only, positional, *args, keyword-only, **kwargs.</param>
    public PyCode(string name, string qualName, string fileName, int firstLineNo, string[] parameterNames,
        int posOnlyCount = 0, int positionalCount = -1, int kwOnlyCount = 0, bool hasVarArgs = false, bool hasVarKeywords = false,
        int endLineNo = 0, System.Type? owner = null, string? points = null, int[]? lines = null, string[]? freeVars = null,
        int[]? flow = null, string? flowUnsupported = null)
    {
        Flow = flow ?? System.Array.Empty<int>();
        FlowUnsupported = flowUnsupported;
        FreeVars = freeVars ?? System.Array.Empty<string>();
        _pointKinds = points ?? "";
        _pointLines = lines ?? System.Array.Empty<int>();
        if (_pointLines.Length != _pointKinds.Length)
            throw new System.ArgumentException("one line per instrumentation point", nameof(lines));
        Id = Interlocked.Increment(ref s_nextId);
        Armed = NewArmed(_pointKinds.Length, Id);
        EventTools = new byte[_pointKinds.Length];
        InstructionTools = new byte[_pointKinds.Length];
        EndLineNo = endLineNo;
        Owner = owner;
        Name = name;
        QualName = qualName;
        FilePath = fileName;
        FileName = System.IO.Path.GetFileName(fileName);
        FirstLineNo = firstLineNo;
        ParameterNames = parameterNames;
        PosOnlyCount = posOnlyCount;
        ArgCount = positionalCount < 0 ? parameterNames.Length : positionalCount;
        KwOnlyCount = kwOnlyCount;
        HasVarArgs = hasVarArgs;
        HasVarKeywords = hasVarKeywords;
        lock (s_all)
        {
            s_all.Add(this);
            RegisterId();
            if (Monitoring.Instrument.Active)
                Rearm();
        }
    }

    private static readonly System.Collections.Generic.List<PyCode> s_all = new();

    /// <summary>
    /// The generated module class that defined this code (null: unknown). File names alone are ambiguous: two modules
    /// of a program can share one (<c>a/util.py</c>, <c>b/util.py</c>), and a process that runs several programs (the
    /// compiler's tests) holds the code objects of many a <c>main.py</c>.
    /// </summary>
    public System.Type? Owner { get; }

    /// <summary>The names the code reads from the scopes around it (<c>co_freevars</c>).</summary>
    public string[] FreeVars { get; }

    /// <summary>The last line of the function's definition (0: unknown).</summary>
    public int EndLineNo { get; }

    /// <summary>
    /// The innermost function of file <paramref name="fileName"/> (a file name, no directory) whose definition spans
    /// <paramref name="line"/>: what a traceback names a frame by (null: module-level code). With
    /// <paramref name="owner"/> (the module class of the frame's method, when the runtime can tell), only that
    /// module's code objects.
    /// </summary>
    public static PyCode? Enclosing(string fileName, int line, System.Type? owner = null, string? path = null) =>
        path is not null && EnclosingIn(path, line, owner, exactPath: true) is { } exact ? exact : EnclosingIn(fileName, line, owner, exactPath: false);

    /// <summary><see cref="Enclosing"/> among the code objects of <paramref name="file"/>: its path as the compiler
    /// was given it (<paramref name="exactPath"/>), else its name.</summary>
    private static PyCode? EnclosingIn(string file, int line, System.Type? owner, bool exactPath)
    {
        PyCode? best = null;
        lock (s_all)
        {
            foreach (var c in s_all)
            {
                if (c.EndLineNo == 0 || line < c.FirstLineNo || line > c.EndLineNo || (exactPath ? c.FilePath : c.FileName) != file)
                    continue;
                if (owner is not null && c.Owner is not null && !ReferenceEquals(owner, c.Owner))
                    continue;
                if (best is null || c.FirstLineNo > best.FirstLineNo || (c.FirstLineNo == best.FirstLineNo && c.EndLineNo < best.EndLineNo))
                    best = c;
            }
        }
        return best;
    }

    /// <summary>
    /// The code object of module-level code in <paramref name="file"/> (of <paramref name="owner"/>'s module when
    /// known): the generated one when monitoring made it, else one made now, once (a traceback's frame needs one).
    /// </summary>
    internal static PyCode ModuleCode(string file, System.Type? owner)
    {
        lock (s_all)
        {
            foreach (var c in s_all)
            {
                if (c.Name == "<module>" && c.FilePath == file && (owner is null || c.Owner is null || ReferenceEquals(owner, c.Owner)))
                    return c;
            }
            return new PyCode("<module>", "<module>", file, 1, System.Array.Empty<string>(), owner: owner);
        }
    }

    public int PosOnlyCount { get; }
    public int KwOnlyCount { get; }
    public bool HasVarArgs { get; }
    public bool HasVarKeywords { get; }

    /// <summary>Only positional-or-keyword parameters.</summary>
    public bool IsSimple => PosOnlyCount == 0 && KwOnlyCount == 0 && !HasVarArgs && !HasVarKeywords;

    public string Name { get; }
    public string QualName { get; }
    /// <summary>The file's name without its directory (what tracebacks match frames by).</summary>
    public string FileName { get; }

    /// <summary>The file as the compiler was given it (<c>co_filename</c>, the path tracebacks show).</summary>
    public string FilePath { get; }
    public int FirstLineNo { get; }

    /// <summary>The parameters, in order (co_varnames of the parameters).</summary>
    public string[] ParameterNames { get; }

    /// <summary>Positional parameters, positional-only included (co_argcount).</summary>
    public int ArgCount { get; }

    /// <summary>Unique per code object, dense from 1: the index PEP 669 event masks will use.</summary>
    public int Id { get; }

    public override string ToString() => Repr();
}
