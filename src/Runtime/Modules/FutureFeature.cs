using System;

namespace PyAot.Runtime;

/// <summary>
/// A feature of the <c>__future__</c> module (its <c>_Feature</c> class): what <c>from __future__ import x</c> binds
/// <c>x</c> to, besides turning the feature on in the compiler. Its releases and compiler flag are CPython 3.12's.
/// </summary>
public sealed class FutureFeature : PyObject
{
    public static readonly PyType TypeObject = new("_Feature", PyTypes.Object) { Module = "__future__" };

    private readonly PyValue _optional;
    private readonly PyValue _mandatory;
    private readonly long _flag;

    private FutureFeature(PyValue optional, PyValue mandatory, long flag)
    {
        _optional = optional;
        _mandatory = mandatory;
        _flag = flag;
    }

    public override PyType Type => TypeObject;

    /// <summary>The feature called <paramref name="name"/> (the compiler only binds the ones that exist).</summary>
    public static FutureFeature Named(string name) => name switch
    {
        "nested_scopes" => new(Release(2, 1, 0, "beta", 1), Release(2, 2, 0, "alpha", 0), 0x0010),
        "generators" => new(Release(2, 2, 0, "alpha", 1), Release(2, 3, 0, "final", 0), 0),
        "division" => new(Release(2, 2, 0, "alpha", 2), Release(3, 0, 0, "alpha", 0), 0x20000),
        "absolute_import" => new(Release(2, 5, 0, "alpha", 1), Release(3, 0, 0, "alpha", 0), 0x40000),
        "with_statement" => new(Release(2, 5, 0, "alpha", 1), Release(2, 6, 0, "alpha", 0), 0x80000),
        "print_function" => new(Release(2, 6, 0, "alpha", 2), Release(3, 0, 0, "alpha", 0), 0x100000),
        "unicode_literals" => new(Release(2, 6, 0, "alpha", 2), Release(3, 0, 0, "alpha", 0), 0x200000),
        "barry_as_FLUFL" => new(Release(3, 1, 0, "alpha", 2), Release(4, 0, 0, "alpha", 0), 0x400000),
        "generator_stop" => new(Release(3, 5, 0, "beta", 1), Release(3, 7, 0, "alpha", 0), 0x800000),
        "annotations" => new(Release(3, 7, 0, "beta", 1), PyValue.None, 0x1000000),
        _ => throw PyException.Create(PyTypes.SyntaxError, $"future feature {name} is not defined"),
    };

    private static PyValue Release(long major, long minor, long micro, string level, long serial) =>
        PyValue.FromObject(new PyTuple(new[]
        {
            PyValue.FromInt(major), PyValue.FromInt(minor), PyValue.FromInt(micro), PyValue.FromString(level), PyValue.FromInt(serial),
        }));

    public override string Repr() =>
        $"_Feature({PyOps.Repr(_optional)}, {PyOps.Repr(_mandatory)}, {_flag})";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "optional":
                value = _optional;
                return true;
            case "mandatory":
                value = _mandatory;
                return true;
            case "compiler_flag":
                value = PyValue.FromInt(_flag);
                return true;
            case "getOptionalRelease":
                value = Method(name, _optional);
                return true;
            case "getMandatoryRelease":
                value = Method(name, _mandatory);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    private static PyValue Method(string name, PyValue result) =>
        PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
        {
            ArgCheck.None(name, args, kw);
            return result;
        }));
}
