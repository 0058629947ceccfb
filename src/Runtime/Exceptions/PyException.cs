using System;

namespace PyAot.Runtime;

/// <summary>
/// The .NET exception that carries a raised Python exception. <c>except E</c> compiles to
/// <c>catch (PyException e) when (e.Matches(E))</c>.
/// </summary>
public sealed class PyException : Exception
{
    public PyBaseException Instance { get; }

    /// <summary>Raises <paramref name="instance"/>: it gets the exception being handled, if any, as its implicit
    /// <c>__context__</c> (<see cref="HandledExceptions.ChainContext"/>).</summary>
    public PyException(PyBaseException instance)
        : this(instance, chain: true)
    {
    }

    /// <summary><paramref name="chain"/> false: the instance is raised without implicit chaining, as CPython restores
    /// an exception it does not raise anew (<c>generator.throw()</c>'s, a cause made from a class).</summary>
    internal PyException(PyBaseException instance, bool chain)
    {
        Instance = instance;
        Prior = Tracebacks.PriorOf(instance);
        instance.Carrier = this;
        instance.HasSetTraceback = false;
        instance.SetTraceback = null;
        if (chain)
            HandledExceptions.ChainContext(instance);
    }

    /// <summary>What the instance's traceback was when this raised it (<see cref="Tracebacks"/>): the carrier of its
    /// previous raise, a <see cref="PyTraceback"/> a program set, or null.</summary>
    internal object? Prior { get; }

    /// <summary>A re-raise (<see cref="Rt.Reraise"/>): the frame that throws it adds no traceback entry.</summary>
    internal bool Reraised { get; private init; }

    /// <summary>The traceback this raise gave the instance, once read (<see cref="Tracebacks.Of(PyException)"/>).</summary>
    internal PyTraceback? Traceback { get; set; }

    /// <summary>Made by a fast path without being thrown (a FastTry subscript miss, <c>next()</c>'s StopIteration): its
    /// .NET stack trace is empty, and where it was raised is <see cref="OriginCode"/>'s frame at <see cref="OriginLine"/>
    /// (<see cref="RaisedAt"/>).</summary>
    internal bool Unthrown { get; set; }

    internal PyCode? OriginCode { get; private set; }

    internal int OriginLine { get; private set; }

    /// <summary>Where an exception made without being thrown was raised (the first place told wins).</summary>
    internal void RaisedAt(PyCode code, int line)
    {
        if (Unthrown && OriginCode is null)
        {
            OriginCode = code;
            OriginLine = line;
        }
    }

    /// <summary>The exception <paramref name="handled"/>'s instance raised again as CPython's RERAISE does: no implicit
    /// chaining, and no traceback entry for the frame that re-raises.</summary>
    internal static PyException Reraise(PyException handled) => new(handled.Instance, chain: false) { Reraised = true };

    /// <summary><paramref name="instance"/> raised again as RERAISE does (<see cref="Reraise"/>), whatever raised it
    /// before (except*'s result: a part of the group it caught, or a group of what its handlers raised).</summary>
    internal static PyException ReraiseInstance(PyBaseException instance) => new(instance, chain: false) { Reraised = true };

    /// <summary>A carrier for an exception a handler handles without its being raised (the part of a group an
    /// <c>except*</c> clause matched): the instance's traceback and carrier are left as they are.</summary>
    internal static PyException Holding(PyBaseException instance) => new(instance, Tracebacks.PriorOf(instance));

    private PyException(PyBaseException instance, object? prior)
    {
        Instance = instance;
        Prior = prior;
        Reraised = true;
    }

    /// <summary>The exception instance as a Python value.</summary>
    public PyValue Value => PyValue.FromObject(Instance);

    public PyType Type => Instance.Type;

    public override string Message => Type.Name + (Instance.Str() is { Length: > 0 } m ? ": " + m : "");

    /// <summary>Whether this exception is caught by <c>except spec</c> (a class or a tuple of classes).</summary>
    public bool Matches(PyValue spec) => TypeMatches(Type, spec);

    /// <summary>Whether an exception of type <paramref name="type"/> is caught by <c>except spec</c>.</summary>
    public static bool TypeMatches(PyType type, PyValue spec)
    {
        switch (spec.Ref)
        {
            case PyType t when t.IsException:
                return type.IsSubtypeOf(t);
            case PyTuple tuple:
                for (int i = 0; i < tuple.Count; i++)
                {
                    if (TypeMatches(type, tuple[i]))
                        return true;
                }
                return false;
            default:
                throw TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    public bool Matches(PyType type) => Type.IsSubtypeOf(type);

    /// <summary>
    /// <c>raise x</c>: x is an exception class (instantiated with no arguments) or instance. Returns the .NET
    /// exception to throw.
    /// </summary>
    public static PyException FromValue(PyValue exc)
    {
        switch (exc.Ref)
        {
            case PyBaseException inst:
                return new PyException(inst);
            case PyType t when t.IsException:
                return new PyException(Instantiate(t));
            default:
                return TypeError("exceptions must derive from BaseException");
        }
    }

    /// <summary>An exception class called with no arguments, as <c>raise</c> does with one (not raised: no chaining).</summary>
    private static PyBaseException Instantiate(PyType t)
    {
        var made = t.Call(ReadOnlySpan<PyValue>.Empty, null);
        return made.Ref as PyBaseException
               ?? throw TypeError($"calling {t.Repr()} should have returned an instance of BaseException, not {PyOps.TypeName(made)}");
    }

    /// <summary>An exception instance made by a call, restored rather than raised (<c>generator.throw()</c>): no implicit
    /// chaining. A call that made no exception gives the TypeError <see cref="FromValue(PyValue)"/> does.</summary>
    internal static PyException Restored(PyValue made) =>
        made.Ref is PyBaseException inst ? new PyException(inst, chain: false) : FromValue(made);

    /// <summary><c>raise exc from cause</c>.</summary>
    public static PyException FromValue(PyValue exc, PyValue cause)
    {
        var e = FromValue(exc);
        if (cause.IsNone)
        {
            e.Instance.Cause = PyValue.None;
        }
        else
        {
            var c = cause.Ref is PyType ct && ct.IsException ? PyValue.FromObject(Instantiate(ct)) : cause;
            if (c.Ref is not PyBaseException)
                return TypeError("exception causes must derive from BaseException");
            e.Instance.Cause = c;
        }
        e.Instance.SuppressContext = true;
        return e;
    }

    /// <summary>An exception of <paramref name="type"/> with one message argument (none when null).</summary>
    public static PyException Create(PyType type, string? message)
    {
        var args = message is null ? PyTuple.Empty : new PyTuple(new[] { PyValue.FromString(message) });
        return new PyException(new PyBaseException(type, args));
    }

    public static PyException Create(PyType type, params PyValue[] args) =>
        new(new PyBaseException(type, new PyTuple(args)));

    public static PyException TypeError(string message) => Create(PyTypes.TypeError, message);
    public static PyException ValueError(string message) => Create(PyTypes.ValueError, message);
    public static PyException IndexError(string message) => Create(PyTypes.IndexError, message);
    public static PyException KeyError(PyValue key) => Create(PyTypes.KeyError, key);
    public static PyException AttributeError(string message) => Create(PyTypes.AttributeError, message);

    /// <summary>The AttributeError of reading <paramref name="name"/> of <paramref name="obj"/>, with its <c>name</c>
    /// and <c>obj</c> (the traceback suggests a close name from them).</summary>
    public static PyException AttributeError(PyValue obj, string name, string message)
    {
        var e = Create(PyTypes.AttributeError, message);
        e.Instance.SetAttrDirect("name", PyValue.FromString(name));
        e.Instance.SetAttrDirect("obj", obj);
        return e;
    }
    public static PyException ZeroDivisionError(string message) => Create(PyTypes.ZeroDivisionError, message);
    public static PyException OverflowError(string message) => Create(PyTypes.OverflowError, message);
    public static PyException RuntimeError(string message) => Create(PyTypes.RuntimeError, message);
    public static PyException NotImplementedError(string? message = null) => Create(PyTypes.NotImplementedError, message);
    public static PyException RecursionError(string message) => Create(PyTypes.RecursionError, message);
    public static PyException AssertionError(PyValue message) =>
        message.IsUnbound ? Create(PyTypes.AssertionError, (string?)null) : Create(PyTypes.AssertionError, message);
    public static PyException StopIteration(PyValue value) =>
        value.IsUnbound ? Create(PyTypes.StopIteration, (string?)null) : Create(PyTypes.StopIteration, value);

    /// <summary>The StopIteration that ends a generator which returned <paramref name="returned"/>: no arguments for None.</summary>
    public static PyException StopIterationOf(PyValue returned) => StopIteration(returned.IsNone ? default : returned);
    public static PyException ImportError(string message) => Create(PyTypes.ImportError, message);
    public static PyException ModuleNotFoundError(string name) => Named(Create(PyTypes.ModuleNotFoundError, $"No module named '{name}'"), name);

    /// <summary><c>import sys.monitoring</c>: the name is under a module that is not a package.</summary>
    public static PyException ModuleNotFoundError(string name, string notAPackage) =>
        Named(Create(PyTypes.ModuleNotFoundError, $"No module named '{name}'; '{notAPackage}' is not a package"), name);

    /// <summary>An ImportError with its <c>name</c>: the module that was not found.</summary>
    private static PyException Named(PyException e, string module)
    {
        e.Instance.SetAttrDirect("name", PyValue.FromString(module));
        return e;
    }
    public static PyException SystemExit(PyValue code) =>
        code.IsUnbound ? Create(PyTypes.SystemExit, (string?)null) : Create(PyTypes.SystemExit, code);
    public static PyException NameError(string name) => NameError(name, null);

    /// <summary>NameError for <paramref name="name"/>, with its <c>name</c>; <paramref name="hint"/> is what the traceback
    /// adds to the message (". Did you mean: 'print'?"), worked out by the compiler from the scopes that read it.</summary>
    public static PyException NameError(string name, string? hint)
    {
        var e = Create(PyTypes.NameError, $"name '{name}' is not defined");
        e.Instance.SetAttrDirect("name", PyValue.FromString(name));
        e.Instance.TracebackHint = hint;
        return e;
    }
    public static PyException UnboundLocal(string name) =>
        Create(PyTypes.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
    /// <summary>A free variable read before assignment in the enclosing scope.</summary>
    public static PyException UnboundFree(string name) =>
        Create(PyTypes.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
}
