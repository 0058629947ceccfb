using PyAot.Runtime.Monitoring;

namespace PyAot.Runtime;

/// <summary>
/// A traceback object (<c>types.TracebackType</c>): one frame an exception passed through, the line it was on there
/// (<c>tb_lineno</c>), and the entry for the frame it came from (<c>tb_next</c>, toward where it was raised).
/// <para>
/// An exception's traceback is made when something reads it, from the .NET stack its carrier was thrown through
/// (<see cref="Tracebacks"/>): until then the head entry only knows its carrier, so handing a traceback to
/// <c>__exit__</c> costs nothing unless <c>__exit__</c> looks at it.
/// </para>
/// </summary>
public sealed class PyTraceback : PyObject
{
    private PyTraceback? _next;
    private PyFrame? _frame;
    private int _lasti;
    private int _lineNo;

    /// <summary>The exception whose traceback this head entry will be, until it is made (<see cref="Tracebacks.Fill"/>).</summary>
    private PyException? _unmade;

    internal PyTraceback(PyTraceback? next, PyFrame frame, int lasti, int lineNo) => Set(next, frame, lasti, lineNo);

    internal PyTraceback(PyException unmade) => _unmade = unmade;

    internal void Set(PyTraceback? next, PyFrame frame, int lasti, int lineNo)
    {
        _next = next;
        _frame = frame;
        _lasti = lasti;
        _lineNo = lineNo;
    }

    /// <summary>An entry for no frame: an exception that passed through no Python code (C# that raised it for a host
    /// calling the runtime). Tracebacks skip it; its <c>tb_frame</c> is None.</summary>
    internal void SetEmpty(PyTraceback? next)
    {
        _next = next;
        _frame = null;
        _lasti = -1;
        _lineNo = 0;
    }

    /// <summary>Whether this entry has no frame (<see cref="SetEmpty"/>).</summary>
    internal bool IsEmpty
    {
        get
        {
            Make();
            return _frame is null;
        }
    }

    private void Make()
    {
        if (_unmade is { } carrier)
        {
            _unmade = null;
            Tracebacks.Fill(this, carrier);
        }
    }

    public PyTraceback? Next
    {
        get
        {
            Make();
            return _next;
        }
    }

    public PyFrame? Frame
    {
        get
        {
            Make();
            return _frame;
        }
    }

    public int LineNo
    {
        get
        {
            Make();
            return _lineNo;
        }
    }

    public int Lasti
    {
        get
        {
            Make();
            return _lasti;
        }
    }

    public override PyType Type => PyTypes.Traceback;

    public override string Repr() => $"<traceback object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x12}>";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "tb_next":
                value = Next is { } next ? PyValue.FromObject(next) : PyValue.None;
                return true;
            case "tb_frame":
                value = Frame is { } frame ? PyValue.FromObject(frame) : PyValue.None;
                return true;
            case "tb_lineno":
                value = PyValue.FromInt(LineNo);
                return true;
            case "tb_lasti":
                value = PyValue.FromInt(Lasti);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        switch (name)
        {
            case "tb_next":
                SetNext(value);
                return;
            case "tb_frame" or "tb_lineno" or "tb_lasti":
                throw PyException.AttributeError($"attribute '{name}' of 'traceback' objects is not writable");
        }
        base.SetAttr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (name == "tb_next")
            throw PyException.TypeError("can't delete tb_next attribute");
        if (name is "tb_frame" or "tb_lineno" or "tb_lasti")
            throw PyException.AttributeError($"attribute '{name}' of 'traceback' objects is not writable");
        base.DelAttr(name);
    }

    /// <summary><c>tb.tb_next = value</c>, refusing a chain that would come back to this entry (traceback.c's
    /// tb_next_set).</summary>
    private void SetNext(PyValue value)
    {
        Make();
        if (value.IsNone)
        {
            _next = null;
            return;
        }
        if (value.Ref is not PyTraceback next)
            throw PyException.TypeError($"expected traceback object, got '{PyOps.TypeName(value)}'");
        for (var cursor = next; cursor is not null; cursor = cursor.Next)
        {
            if (ReferenceEquals(cursor, this))
                throw PyException.ValueError("traceback loop detected");
        }
        _next = next;
    }

    /// <summary><c>types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)</c>.</summary>
    internal static PyValue Construct(System.ReadOnlySpan<PyValue> args, string[]? kw)
    {
        string[] names = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
        var values = new PyValue[4];
        var positional = ArgCheck.Positional(args, kw);
        if (positional.Length > 4)
            throw PyException.TypeError($"TracebackType() takes at most 4 arguments ({positional.Length} given)");
        for (int i = 0; i < 4; i++)
        {
            if (i < positional.Length)
                values[i] = positional[i];
            else if (!ArgCheck.TryGetKeyword(args, kw, names[i], out values[i]))
                throw PyException.TypeError($"TracebackType() missing required argument '{names[i]}' (pos {i + 1})");
        }
        PyTraceback? next = values[0].IsNone ? null
            : values[0].Ref as PyTraceback ?? throw PyException.TypeError($"expected traceback object or None, got '{PyOps.TypeName(values[0])}'");
        if (values[1].Ref is not PyFrame frame)
            throw PyException.TypeError($"TracebackType() argument 'tb_frame' must be frame, not {PyOps.TypeName(values[1])}");
        int lasti = (int)PyOps.ToIndex(values[2]);
        int lineNo = (int)PyOps.ToIndex(values[3]);
        return PyValue.FromObject(new PyTraceback(next, frame, lasti, lineNo));
    }
}
