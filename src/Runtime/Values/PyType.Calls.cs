using System;

namespace PyAot.Runtime;

/// <summary>
/// <c>Cls(a0, ...)</c> with a few positional arguments and no argument span (see <see cref="PyOps.Call1"/>): for a
/// class of the program (no built-in constructor, not an exception) whose <c>__init__</c> is a compiled function,
/// the instance is allocated and <c>__init__</c> called through its fixed-arity entry. Everything else takes
/// <see cref="Call"/>, which this mirrors exactly (argument errors come from the function's own entry, a
/// non-None <c>__init__</c> result is the same TypeError).
/// </summary>
public sealed partial class PyType
{
    internal PyValue Call0Fast()
    {
        if (Constructor is null && Metaclass is null && !IsAbstract && !IsException && BuiltinBase is null && CustomNew() is null && LookupInit().Ref is PyFunction f)
        {
            var self = PyValue.FromObject(new PyInstance(this));
            CheckInitResult(f.Call1(self));
            return self;
        }
        return Call(ReadOnlySpan<PyValue>.Empty, null);
    }

    internal PyValue Call1Fast(PyValue a0)
    {
        if (Constructor is null && Metaclass is null && !IsAbstract && !IsException && BuiltinBase is null && CustomNew() is null && LookupInit().Ref is PyFunction f)
        {
            var self = PyValue.FromObject(new PyInstance(this));
            CheckInitResult(f.Call2(self, a0));
            return self;
        }
        return Call([a0], null);
    }

    internal PyValue Call2Fast(PyValue a0, PyValue a1)
    {
        if (Constructor is null && Metaclass is null && !IsAbstract && !IsException && BuiltinBase is null && CustomNew() is null && LookupInit().Ref is PyFunction f)
        {
            var self = PyValue.FromObject(new PyInstance(this));
            CheckInitResult(f.Call3(self, a0, a1));
            return self;
        }
        return Call([a0, a1], null);
    }

    internal PyValue Call3Fast(PyValue a0, PyValue a1, PyValue a2)
    {
        if (Constructor is null && Metaclass is null && !IsAbstract && !IsException && BuiltinBase is null && CustomNew() is null && LookupInit().Ref is PyFunction f)
        {
            var self = PyValue.FromObject(new PyInstance(this));
            CheckInitResult(f.Call4(self, a0, a1, a2));
            return self;
        }
        return Call([a0, a1, a2], null);
    }

    private static void CheckInitResult(PyValue r)
    {
        if (!r.IsNone)
            throw PyException.TypeError($"__init__() should return None, not '{PyOps.TypeName(r)}'");
    }
}
