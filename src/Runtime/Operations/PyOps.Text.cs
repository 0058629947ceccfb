using System;
using System.Globalization;

namespace PyAot.Runtime;

public static partial class PyOps
{
    /// <summary>str(v).</summary>
    public static string Str(PyValue v)
    {
        object? r = v.Ref;
        if (r is string s)
            return s;
        if (ReferenceEquals(r, ValueTags.Int))
            return v.Bits.ToString(CultureInfo.InvariantCulture);
        if (r is PyObject o)
            return o.Str();
        return Repr(v);
    }

    /// <summary>repr(v).</summary>
    public static string Repr(PyValue v)
    {
        object? r = v.Ref;
        if (ReferenceEquals(r, ValueTags.Int))
            return v.Bits.ToString(CultureInfo.InvariantCulture);
        if (ReferenceEquals(r, ValueTags.Float))
            return FloatRepr.Repr(v.AsDouble);
        if (ReferenceEquals(r, ValueTags.Bool))
            return v.Bits != 0 ? "True" : "False";
        if (ReferenceEquals(r, ValueTags.None))
            return "None";
        return r switch
        {
            string s => StrRepr.Repr(s),
            PyBigInt b => IntOps.ToDecimalString(b.Value),
            PyObject o => o.Repr(),
            null => "<unbound>",
            _ => r.ToString() ?? "",
        };
    }

    /// <summary>ascii(v).</summary>
    public static string Ascii(PyValue v) => StrRepr.Ascii(Repr(v));

    /// <summary>format(value, spec) — also what f-strings call for <c>{x:spec}</c>.</summary>
    public static string Format(PyValue value, string spec)
    {
        // A class deriving from a built-in type formats its value with a spec; with none, as str() of itself.
        if (value.Ref is PyDerivedInstance derived && !derived.Overrides("__format__") && (spec.Length > 0 || derived.Value.Ref is string))
            value = derived.Value;
        object? r = value.Ref;
        if (r is string s)
            return Formatter.FormatStr(s, spec);
        if (ReferenceEquals(r, ValueTags.Int))
            return spec.Length == 0 ? value.Bits.ToString(CultureInfo.InvariantCulture) : Formatter.FormatInt(value.Bits, spec);
        if (ReferenceEquals(r, ValueTags.Float))
            return Formatter.FormatFloat(value.AsDouble, spec);
        if (ReferenceEquals(r, ValueTags.Bool))
            return spec.Length == 0 ? Str(value) : Formatter.FormatInt(value.Bits, spec, "bool");
        if (r is PyBigInt b)
            return Formatter.FormatInt(b.Value, spec);
        if (r is PyInstance inst && inst.Type.TryLookup("__format__", out var fm) && fm.Ref is not PyBuiltinFunction { IsObjectDefault: true })
        {
            var res = CallWithSelf(fm, value, new[] { PyValue.FromString(spec) }, null);
            return res.Ref as string ?? throw PyException.TypeError($"__format__ must return a str, not {TypeName(res)}");
        }
        if (spec.Length == 0)
            return Str(value);
        throw PyException.TypeError($"unsupported format string passed to {TypeName(value)}.__format__");
    }

    /// <summary>An f-string piece <c>{value!conv:spec}</c>: conv is 's', 'r', 'a' or '\0'.</summary>
    public static string FormatField(PyValue value, char conversion, string spec)
    {
        switch (conversion)
        {
            case 's':
                value = PyValue.FromString(Str(value));
                break;
            case 'r':
                value = PyValue.FromString(Repr(value));
                break;
            case 'a':
                value = PyValue.FromString(Ascii(value));
                break;
        }
        return Format(value, spec);
    }
}
