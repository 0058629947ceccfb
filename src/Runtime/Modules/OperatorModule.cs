using System;

namespace PyAot.Runtime;

/// <summary>The <c>_operator</c> module, as far as PyAot's library module <c>operator</c> (written in Python) needs
/// the runtime: <c>length_hint</c>, which asks built-in iterators what only the runtime knows.</summary>
public static class OperatorModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("_operator");
        m.Add("length_hint", PyValue.FromObject(new PyBuiltinFunction("length_hint", static (args, kw) =>
        {
            ArgCheck.Range("length_hint", args, kw, 1, 2);
            long fallback = args.Length > 1 ? PyOps.ToIndex(args[1]) : 0;
            return PyValue.FromInt(LengthHint(args[0], fallback));
        })));
        return m;
    }

    /// <summary>CPython's <c>PyObject_LengthHint</c>: len() when the object has one, else its type's
    /// <c>__length_hint__</c>, else <paramref name="fallback"/>.</summary>
    internal static long LengthHint(PyValue obj, long fallback)
    {
        switch (obj.Ref)
        {
            case PyDerivedInstance d when !d.Overrides("__len__") && !d.Overrides("__length_hint__"):
                return LengthHint(d.Value, fallback);
            case PyInstance inst:
                return inst.LengthHint(fallback);
            case PyIterator it:
                return it.Remaining >= 0 ? it.Remaining : fallback;
            case string or PyObject:
                try
                {
                    return PyOps.Len(obj);
                }
                catch (PyException e) when (e.Matches(PyTypes.TypeError))
                {
                    return fallback;
                }
        }
        return fallback;
    }
}
