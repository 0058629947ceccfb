using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// A <c>BaseExceptionGroup</c> or <c>ExceptionGroup</c> (PEP 654), as CPython's Objects/exceptions.c makes it: a
/// message and a non-empty tuple of exceptions; <c>BaseExceptionGroup(msg, excs)</c> is an ExceptionGroup when every
/// one is an Exception; <c>split</c>, <c>subgroup</c> and <c>derive</c>, the parts keeping the group's traceback,
/// cause, context and notes.
/// </summary>
public sealed class PyExceptionGroup : PyBaseException
{
    private PyExceptionGroup(PyType type, PyTuple args, string message, PyTuple exceptions) : base(type, args)
    {
        Message = message;
        Exceptions = exceptions;
    }

    public string Message { get; }

    public PyTuple Exceptions { get; }

    /// <summary>BaseExceptionGroup.__new__(cls, message, exceptions): CPython's checks and choice of class.</summary>
    public static PyExceptionGroup Create(PyType cls, ReadOnlySpan<PyValue> args)
    {
        if (args.Length != 2)
            throw PyException.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0].Ref is not string message)
            throw PyException.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {(args[0].IsNone ? "None" : PyOps.TypeName(args[0]))}");
        if (!IsSequence(args[1]))
            throw PyException.TypeError("second argument (exceptions) must be a sequence");
        var exceptions = PyTuple.From(args[1]);
        if (exceptions.Count == 0)
            throw PyException.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool nestedBase = false;
        for (int i = 0; i < exceptions.Count; i++)
        {
            if (exceptions[i].Ref is not PyBaseException e)
                throw PyException.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            nestedBase |= !e.Type.IsSubtypeOf(PyTypes.Exception);
        }
        var type = cls;
        if (ReferenceEquals(cls, PyTypes.ExceptionGroup))
        {
            if (nestedBase)
                throw PyException.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (ReferenceEquals(cls, PyTypes.BaseExceptionGroup))
        {
            if (!nestedBase)
                type = PyTypes.ExceptionGroup;
        }
        else if (nestedBase && cls.IsSubtypeOf(PyTypes.Exception))
        {
            throw PyException.TypeError($"Cannot nest BaseExceptions in '{cls.TpName}'");
        }
        return new PyExceptionGroup(type, new PyTuple(args.ToArray()), message, exceptions);
    }

    /// <summary>PySequence_Check: what has <c>__getitem__</c> and is not a mapping.</summary>
    private static bool IsSequence(PyValue v) =>
        v.Ref is PyList or PyTuple or string or PyRange or PyBytes or PyByteArray
        || v.Ref is PyInstance inst && !inst.Type.IsSubtypeOf(PyTypes.Dict) && inst.Type.TryLookup("__getitem__", out _);

    /// <summary>A group of the exceptions in <paramref name="sequence"/> (a tuple or a list: its args show which) with an
    /// empty message (CPython's _PyExc_CreateExceptionGroup).</summary>
    public static PyExceptionGroup Of(PyObject sequence) =>
        Create(PyTypes.BaseExceptionGroup, [PyValue.FromString(""), PyValue.FromObject(sequence)]);

    public override string Str()
    {
        if (Type.TryLookup("__str__", out var m) && m.Ref is not PyBuiltinFunction)
            return base.Str();
        int n = Exceptions.Count;
        return $"{Message} ({n} sub-exception{(n > 1 ? "s" : "")})";
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "message":
                value = PyValue.FromString(Message);
                return true;
            case "exceptions":
                value = PyValue.FromObject(Exceptions);
                return true;
            case "derive" or "split" or "subgroup" when !Type.TryLookup(name, out _):
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        if (name is "message" or "exceptions")
            throw PyException.AttributeError($"readonly attribute");
        base.SetAttr(name, value);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "derive" when !Type.TryLookup(name, out _):
                OneArgument(name, args, kwNames);
                result = PyValue.FromObject(Create(PyTypes.BaseExceptionGroup, [PyValue.FromString(Message), args[0]]));
                return true;
            case "split" when !Type.TryLookup(name, out _):
            {
                OneArgument(name, args, kwNames);
                var (match, rest) = Split(this, Matcher.Of(args[0]), constructRest: true);
                result = PyValue.FromObject(new PyTuple([match ?? PyValue.None, rest ?? PyValue.None]));
                return true;
            }
            case "subgroup" when !Type.TryLookup(name, out _):
            {
                OneArgument(name, args, kwNames);
                result = Split(this, Matcher.Of(args[0]), constructRest: false).Match ?? PyValue.None;
                return true;
            }
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    /// <summary>CPython's checks of the one argument (derive parses its tuple with "O", split and subgroup unpack it).</summary>
    private static void OneArgument(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 })
            throw PyException.TypeError($"BaseExceptionGroup.{name}() takes no keyword arguments");
        if (args.Length != 1)
            throw PyException.TypeError(name == "derive"
                ? $"function takes exactly 1 argument ({args.Length} given)"
                : $"{name} expected 1 argument, got {args.Length}");
    }

    /// <summary>What a split tests each exception with: a class or tuple of classes, a predicate, or (except*'s
    /// re-raise) the identities of leaf exceptions.</summary>
    internal readonly struct Matcher
    {
        private readonly PyValue _types;
        private readonly PyValue _predicate;
        private readonly HashSet<PyBaseException>? _leaves;

        private Matcher(PyValue types, PyValue predicate, HashSet<PyBaseException>? leaves)
        {
            _types = types;
            _predicate = predicate;
            _leaves = leaves;
        }

        /// <summary>get_matcher_type: an exception class or a tuple of them, else a callable that is not a class.</summary>
        public static Matcher Of(PyValue condition)
        {
            if (condition.Ref is PyType t && t.IsException)
                return new Matcher(condition, default, null);
            if (condition.Ref is PyTuple tuple && AllExceptionClasses(tuple))
                return new Matcher(condition, default, null);
            if (PyOps.IsCallable(condition) && condition.Ref is not PyType)
                return new Matcher(default, condition, null);
            throw PyException.TypeError("expected a function, exception type or tuple of exception types");
        }

        private static bool AllExceptionClasses(PyTuple tuple)
        {
            for (int i = 0; i < tuple.Count; i++)
            {
                if (tuple[i].Ref is not PyType { IsException: true })
                    return false;
            }
            return true;
        }

        public static Matcher OfLeaves(HashSet<PyBaseException> leaves) => new(default, default, leaves);

        public bool Matches(PyBaseException e)
        {
            if (_leaves is not null)
                return e is not PyExceptionGroup && _leaves.Contains(e);
            if (!_types.IsUnbound)
                return PyOps.IsInstance(PyValue.FromObject(e), _types);
            return PyOps.IsTrue(PyOps.Call(_predicate, [PyValue.FromObject(e)], null));
        }
    }

    /// <summary>exceptiongroup_split_recursive: the exceptions of <paramref name="exc"/> that match, and (when asked)
    /// those that do not, each as a group derived from the one it was in; null for none.</summary>
    internal static (PyValue? Match, PyValue? Remainder) Split(PyBaseException exc, Matcher matcher, bool constructRest)
    {
        if (matcher.Matches(exc))
            return (PyValue.FromObject(exc), null);
        if (exc is not PyExceptionGroup eg)
            return (null, constructRest ? PyValue.FromObject(exc) : null);
        var matches = new List<PyValue>();
        var rests = constructRest ? new List<PyValue>() : null;
        for (int i = 0; i < eg.Exceptions.Count; i++)
        {
            var (m, r) = Split((PyBaseException)eg.Exceptions[i].Ref!, matcher, constructRest);
            if (m is { } mv)
                matches.Add(mv);
            if (r is { } rv)
                rests!.Add(rv);
        }
        return (Subset(eg, matches), rests is null ? null : Subset(eg, rests));
    }

    /// <summary>exceptiongroup_subset: <c>derive</c>d from <paramref name="orig"/> with its traceback, cause, context and
    /// (a copy of its) notes; null when there are no exceptions.</summary>
    private static PyValue? Subset(PyExceptionGroup orig, List<PyValue> exceptions)
    {
        if (exceptions.Count == 0)
            return null;
        var derived = PyOps.CallMethod(PyValue.FromObject(orig), "derive", [PyValue.FromObject(new PyList(exceptions.ToArray()))], null);
        if (derived.Ref is not PyExceptionGroup eg)
            throw PyException.TypeError("derive must return an instance of BaseExceptionGroup");
        eg.SetAttr("__traceback__", Tracebacks.ValueOf(orig));
        eg.Context = orig.Context;
        eg.Cause = orig.Cause;
        eg.SuppressContext = true; // (PyException_SetCause sets it, whatever the cause)
        // (a copy of a sequence; notes of any other type are left out)
        if (orig.TryGetAttr("__notes__", out var notes) && IsSequence(notes))
            eg.SetAttr("__notes__", PyValue.FromObject(PyList.FromIterable(notes)));
        return derived;
    }

    /// <summary>The leaf exceptions (not groups) of <paramref name="exc"/>, into <paramref name="leaves"/>.</summary>
    internal static void CollectLeaves(PyBaseException exc, HashSet<PyBaseException> leaves)
    {
        if (exc is PyExceptionGroup eg)
        {
            for (int i = 0; i < eg.Exceptions.Count; i++)
                CollectLeaves((PyBaseException)eg.Exceptions[i].Ref!, leaves);
        }
        else
        {
            leaves.Add(exc);
        }
    }
}
