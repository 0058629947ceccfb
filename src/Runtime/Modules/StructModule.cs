using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// The <c>struct</c> module (CPython's <c>Lib/struct.py</c> over <c>_struct</c>, one module here): <c>pack</c>,
/// <c>pack_into</c>, <c>unpack</c>, <c>unpack_from</c>, <c>iter_unpack</c>, <c>calcsize</c>, <c>Struct</c>,
/// <c>error</c> and <c>_clearcache</c>. The functions compile their format once and keep it (up to 100 formats, as
/// CPython's cache), so <c>struct.pack('&lt;I', n)</c> in a loop parses '&lt;I' once.
/// </summary>
public static class StructModule
{
    /// <summary><c>struct.error</c>.</summary>
    public static readonly PyType Error = new("error", PyTypes.Exception) { Module = "struct" };

    public static readonly BuiltinModule Instance = Create();

    private const int MaxCache = 100;

    private static readonly Dictionary<string, PyStruct> Cache = new(StringComparer.Ordinal);

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("struct");
        m.AddFunction("pack", Pack);
        m.AddFunction("pack_into", PackInto);
        m.AddFunction("unpack", Unpack);
        m.AddFunction("unpack_from", UnpackFrom);
        m.AddFunction("iter_unpack", IterUnpack);
        m.AddFunction("calcsize", CalcSize);
        m.AddFunction("_clearcache", (args, kw) =>
        {
            ArgCheck.None("_struct._clearcache", args, kw);
            Cache.Clear();
            return PyValue.None;
        });
        m.Add("Struct", PyValue.FromObject(PyStruct.TypeObject));
        m.Add("error", PyValue.FromObject(Error));
        m.Add("__all__", PyValue.FromObject(new PyList(new[]
        {
            PyValue.FromString("calcsize"), PyValue.FromString("pack"), PyValue.FromString("pack_into"),
            PyValue.FromString("unpack"), PyValue.FromString("unpack_from"), PyValue.FromString("iter_unpack"),
            PyValue.FromString("Struct"), PyValue.FromString("error"),
        })));
        return m;
    }

    /// <summary>The compiled Struct of a format argument (cache_struct_converter): str formats are kept.</summary>
    internal static PyStruct StructOf(PyValue format)
    {
        if (format.Ref is string s)
        {
            if (Cache.TryGetValue(s, out var cached))
                return cached;
            PyStruct.FormatText(format, out var ascii);
            var made = new PyStruct(s, StructLayout.Parse(ascii));
            if (Cache.Count >= MaxCache)
                Cache.Clear();
            Cache[s] = made;
            return made;
        }
        // (CPython looks the format up in its cache first: an unhashable one is that TypeError)
        if (PyDerivedInstance.Unwrap(format).Ref is not (string or PyBytes))
            PyOps.Hash(format);
        var text = PyStruct.FormatText(format, out var bytes);
        return new PyStruct(text, StructLayout.Parse(bytes));
    }

    /// <summary>The bytes of a bytes-like argument ("y*"): bytes, bytearray, array.array (its items' bytes);
    /// otherwise "a bytes-like object is required, not 'str'".</summary>
    internal static ReadOnlySpan<byte> ReadBuffer(PyValue v)
    {
        if (BytesLike.TryGetSpan(v, out var span))
            return span;
        if (v.Ref is PyArray array)
            return array.ToBytes();
        throw PyException.TypeError($"a bytes-like object is required, not '{PyOps.TypeName(v)}'");
    }

    private static PyValue Pack(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("_struct.pack", kw);
        if (args.Length < 1)
            throw PyException.TypeError("missing format argument");
        return StructOf(args[0]).Pack(args[1..]);
    }

    private static PyValue PackInto(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("_struct.pack_into", kw);
        if (args.Length < 1)
            throw PyException.TypeError("missing format argument");
        StructOf(args[0]).PackInto(args[1..]);
        return PyValue.None;
    }

    private static PyValue Unpack(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("_struct.unpack", kw);
        ArgCheck.Range("unpack", args, kw, 2, 2);
        return StructOf(args[0]).Unpack(args[1]);
    }

    private static PyValue UnpackFrom(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var bound = PyStruct.BindUnpackFrom(args, kw, moduleLevel: true);
        return StructOf(args[0]).UnpackFrom(bound[0], bound[1]);
    }

    private static PyValue IterUnpack(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("_struct.iter_unpack", kw);
        ArgCheck.Range("iter_unpack", args, kw, 2, 2);
        return StructOf(args[0]).IterUnpack(args[1]);
    }

    private static PyValue CalcSize(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.ExactlyOne("_struct.calcsize", args, kw);
        return PyValue.FromInt(StructOf(args[0]).Layout.Size);
    }
}
