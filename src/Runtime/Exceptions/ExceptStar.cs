using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// One <c>try</c>/<c>except*</c> handling an exception (PEP 654), as CPython 3.12 runs it: each clause in turn takes
/// the part of what is left that matches its class (CHECK_EG_MATCH, <see cref="Match"/>: a group's <c>split</c>, a
/// naked exception wrapped in a group), its handler runs with that part handled, and what the handlers raise is
/// collected (<see cref="Raised"/>); at the end what is left and what was raised are raised again together
/// (<see cref="Result"/>, CPython's <c>_PyExc_PrepReraiseStar</c>).
/// </summary>
public sealed class ExceptStar
{
    private readonly PyBaseException _orig;

    /// <summary>What no clause has matched yet (None: nothing).</summary>
    private PyValue _rest;

    /// <summary>What the handlers raised, in order, each marked when it was the part its handler was given, raised
    /// again by a bare <c>raise</c> (a re-raise, kept in the original group's structure).</summary>
    private readonly List<(PyBaseException Exception, bool Reraised)> _raised = new();

    public ExceptStar(PyException caught)
    {
        _orig = caught.Instance;
        _rest = PyValue.FromObject(_orig);
    }

    /// <summary>The part the last matching clause's handler is given (its <c>as</c> name).</summary>
    public PyValue Matched { get; private set; }

    /// <summary>A carrier for <see cref="Matched"/> while its handler runs (what <c>sys.exception()</c> and a bare
    /// <c>raise</c> see); it was never raised itself.</summary>
    public PyException? Handled { get; private set; }

    /// <summary>CHECK_EG_MATCH: whether any of what is left is of <paramref name="type"/> (a class or a tuple of
    /// classes), the part that is becoming <see cref="Matched"/>.</summary>
    public bool Match(PyValue type)
    {
        CheckType(type);
        if (_rest.IsNone)
            return false;
        var exc = (PyBaseException)_rest.Ref!;
        if (PyOps.IsInstance(_rest, type))
        {
            PyBaseException matched = exc;
            if (exc is not PyExceptionGroup)
            {
                // A naked exception: wrapped in a group, which has no traceback of its own (CPython's is this frame's,
                // which it does not show: the group is raised again without one).
                matched = PyExceptionGroup.Of(new PyTuple([_rest]));
            }
            _rest = PyValue.None;
            return Begin(matched);
        }
        if (exc is PyExceptionGroup)
        {
            var pair = PyOps.CallMethod(_rest, "split", [type], null);
            if (pair.Ref is not PyTuple { Count: 2 } parts)
                throw PyException.TypeError("Exception group split() must return a tuple of two elements");
            _rest = parts[1];
            return !parts[0].IsNone && Begin((PyBaseException)parts[0].Ref!);
        }
        return false;
    }

    private bool Begin(PyBaseException matched)
    {
        Matched = PyValue.FromObject(matched);
        Handled = PyException.Holding(matched);
        return true;
    }

    /// <summary>_PyEval_CheckExceptStarTypeValid.</summary>
    private static void CheckType(PyValue type)
    {
        if (type.Ref is PyTuple tuple)
        {
            for (int i = 0; i < tuple.Count; i++)
                CheckType(tuple[i]);
            return;
        }
        if (type.Ref is not PyType { IsException: true } cls)
            throw PyException.TypeError("catching classes that do not inherit from BaseException is not allowed");
        if (cls.IsSubtypeOf(PyTypes.BaseExceptionGroup))
            throw PyException.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>An exception the handler of the last matching clause raised.</summary>
    public void Raised(PyException e) =>
        _raised.Add((e.Instance, e.Reraised && ReferenceEquals(e.Instance, Matched.Ref)));

    /// <summary>What is raised again once the clauses ran (_PyExc_PrepReraiseStar), as a re-raise, or null when every
    /// exception was handled.</summary>
    public PyException? Result()
    {
        var all = new List<(PyBaseException Exception, bool Reraised)>(_raised);
        if (_rest.Ref is PyBaseException rest)
            all.Add((rest, true));
        if (all.Count == 0)
            return null;
        if (_orig is not PyExceptionGroup)
            return PyException.ReraiseInstance(all[0].Exception);
        // The re-raised parts are the original group's leaves they hold, in its structure; what was raised anew comes
        // first, with them as one more member.
        var leaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var raised = new List<PyValue>();
        foreach (var (exception, reraised) in all)
        {
            if (reraised)
                PyExceptionGroup.CollectLeaves(exception, leaves);
            else
                raised.Add(PyValue.FromObject(exception));
        }
        var reraisedGroup = leaves.Count == 0 ? null
            : PyExceptionGroup.Split(_orig, PyExceptionGroup.Matcher.OfLeaves(leaves), constructRest: false).Match;
        if (raised.Count == 0)
            return reraisedGroup is { } only ? PyException.ReraiseInstance((PyBaseException)only.Ref!) : null;
        if (reraisedGroup is { } kept)
            raised.Add(kept);
        return PyException.ReraiseInstance(raised.Count > 1 ? PyExceptionGroup.Of(new PyList(raised.ToArray())) : (PyBaseException)raised[0].Ref!);
    }
}
