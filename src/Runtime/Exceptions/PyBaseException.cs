using System;

namespace PyAot.Runtime;

/// <summary>A Python exception instance (what <c>except E as e</c> binds). Thrown wrapped in a <see cref="PyException"/>.</summary>
public class PyBaseException : PyInstance
{
    public PyTuple Args { get; set; }

    /// <summary>__cause__ (raise ... from ...), __context__, and whether the context is suppressed.</summary>
    public PyValue Cause { get; set; } = PyValue.None;
    public PyValue Context { get; set; } = PyValue.None;
    public bool SuppressContext { get; set; }

    /// <summary>The .NET exception that last carried this instance (for tracebacks and re-raise).</summary>
    public PyException? Carrier { get; set; }

    /// <summary>Whether a program set <c>__traceback__</c> (<c>with_traceback</c>, assignment) since the last raise: then
    /// it is <see cref="SetTraceback"/> rather than the last raise's (<see cref="Tracebacks.Of(PyBaseException)"/>).</summary>
    internal bool HasSetTraceback { get; set; }

    internal PyTraceback? SetTraceback { get; set; }

    /// <summary>What the traceback adds after the message when the compiler worked it out (a NameError's
    /// ". Did you mean: 'print'?"); null: <see cref="TracebackHints"/> works it out from the exception, if it can.</summary>
    internal string? TracebackHint { get; set; }

    public PyBaseException(PyType type, PyTuple args)
        : base(type) => Args = args;

    public override string Str()
    {
        if (Type.TryLookup("__str__", out var m) && m.Ref is not PyBuiltinFunction)
            return base.Str();
        return DefaultStr();
    }

    internal string DefaultStr()
    {
        if (Type.IsSubtypeOf(PyTypes.OSError) && OSErrors.Str(this) is { } os)
            return os;
        if (Type.IsSubtypeOf(PyTypes.UnicodeError) && UnicodeErrors.Str(this) is { } unicode)
            return unicode;
        if (Type.IsSubtypeOf(PyTypes.KeyError) && Args.Count == 1)
            return PyOps.Repr(Args[0]);
        return Args.Count switch
        {
            0 => "",
            1 => PyOps.Str(Args[0]),
            _ => Args.Repr(),
        };
    }

    public override string Repr()
    {
        if (Type.TryLookup("__repr__", out var m) && m.Ref is not PyBuiltinFunction)
            return base.Repr();
        string args = Args.Count == 1 ? "(" + PyOps.Repr(Args[0]) + ")" : Args.Repr();
        return Type.Name + args;
    }

    public override long Hash() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "args":
                value = PyValue.FromObject(Args);
                return true;
            case "__cause__":
                value = Cause;
                return true;
            case "__context__":
                value = Context;
                return true;
            case "__suppress_context__":
                value = PyValue.FromBool(SuppressContext);
                return true;
            case "__traceback__":
                value = Tracebacks.ValueOf(this);
                return true;
        }
        if (TryGetOwn(name, out value))
            return true;
        if (name is "with_traceback" or "add_note" && !Type.TryLookup(name, out _))
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        // NameError.name, AttributeError.name and .obj: None unless the error was raised for a name.
        if (name == "name" && (Type.IsSubtypeOf(PyTypes.NameError) || Type.IsSubtypeOf(PyTypes.AttributeError))
            || name == "obj" && Type.IsSubtypeOf(PyTypes.AttributeError))
        {
            value = PyValue.None;
            return true;
        }
        // ImportError.name, .path and .name_from (the name 'from m import name' did not find): None unless set; .msg
        // its one argument.
        if (name is "errno" or "strerror" or "filename" or "filename2" && Type.IsSubtypeOf(PyTypes.OSError))
        {
            value = PyValue.None;
            return true;
        }
        if (name is "name" or "path" or "name_from" or "msg" && Type.IsSubtypeOf(PyTypes.ImportError))
        {
            value = name == "msg" && Args.Count == 1 ? Args[0] : PyValue.None;
            return true;
        }
        if (name == "value" && Type.IsSubtypeOf(PyTypes.StopIteration))
        {
            value = Args.Count > 0 ? Args[0] : PyValue.None;
            return true;
        }
        if (name == "code" && Type.IsSubtypeOf(PyTypes.SystemExit))
        {
            value = Args.Count == 0 ? PyValue.None : Args.Count == 1 ? Args[0] : PyValue.FromObject(Args);
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        switch (name)
        {
            case "args":
                Args = PyTuple.From(value);
                return;
            case "__cause__":
                Cause = value;
                SuppressContext = true;
                return;
            case "__context__":
                Context = value;
                return;
            case "__traceback__":
                SetTracebackValue(value);
                return;
        }
        base.SetAttr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (name == "__traceback__")
            throw PyException.TypeError("__traceback__ may not be deleted");
        base.DelAttr(name);
    }

    private void SetTracebackValue(PyValue value)
    {
        if (!value.IsNone && value.Ref is not PyTraceback)
            throw PyException.TypeError("__traceback__ must be a traceback or None");
        HasSetTraceback = true;
        SetTraceback = value.Ref as PyTraceback;
    }

    /// <summary><c>add_note(note)</c>: appends to the <c>__notes__</c> list, made on the first note (BaseException_add_note).</summary>
    private void AddNote(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 })
            throw PyException.TypeError("BaseException.add_note() takes no keyword arguments");
        if (args.Length != 1)
            throw PyException.TypeError($"BaseException.add_note() takes exactly one argument ({args.Length} given)");
        var note = args[0];
        if (!note.IsString && !PyOps.TypeOf(note).IsSubtypeOf(PyTypes.Str))
            throw PyException.TypeError($"note must be a str, not '{PyOps.TypeName(note)}'");
        if (!TryGetAttr("__notes__", out var notes))
        {
            notes = PyValue.FromObject(new PyList());
            SetAttr("__notes__", notes);
        }
        if (notes.Ref is not PyList list)
            throw PyException.TypeError("Cannot add note: __notes__ is not a list");
        list.Append(note);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (name == "with_traceback")
        {
            if (kwNames is { Length: > 0 })
                throw PyException.TypeError("BaseException.with_traceback() takes no keyword arguments");
            if (args.Length != 1)
                throw PyException.TypeError($"BaseException.with_traceback() takes exactly one argument ({args.Length} given)");
            SetTracebackValue(args[0]);
            result = PyValue.FromObject(this);
            return true;
        }
        if (name == "add_note")
        {
            AddNote(args, kwNames);
            result = PyValue.None;
            return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }
}
