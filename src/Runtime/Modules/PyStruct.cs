using System;

namespace PyAot.Runtime;

/// <summary>
/// <c>struct.Struct</c> (CPython's <c>_struct.Struct</c>): a compiled format (<see cref="StructLayout"/>) with
/// <c>format</c>, <c>size</c>, <c>pack</c>, <c>pack_into</c>, <c>unpack</c>, <c>unpack_from</c> and
/// <c>iter_unpack</c>, their argument checks and errors as CPython 3.12's. Its <c>__init__</c> compiles the format
/// (again, for <c>s.__init__(fmt)</c>), so classes of the program can derive from it.
/// </summary>
public sealed class PyStruct : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly string[] FormatParameter = { "format" };
    private static readonly string[] UnpackFromParameters = { "buffer", "offset" };
    // (the module's: the format positional only, a name no keyword can have)
    private static readonly string[] ModuleUnpackFromParameters = { "", "buffer", "offset" };

    private string? _format;
    private StructLayout? _layout;

    /// <summary>An instance whose <c>__init__</c> has not run (what <c>Struct.__new__</c> makes).</summary>
    internal PyStruct()
    {
    }

    internal PyStruct(string format, StructLayout layout)
    {
        _format = format;
        _layout = layout;
    }

    public override PyType Type => TypeObject;

    public override string Repr() => $"<_struct.Struct object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x12}>";

    /// <summary>The compiled format; before <c>__init__</c> (a derived class's that does not call Struct's), one of
    /// size and length -1, as CPython's: "pack expected -1 items for packing (got 0)".</summary>
    internal StructLayout Layout => _layout ?? StructLayout.Uninitialized;

    private static PyType CreateType()
    {
        var type = new PyType("Struct", PyTypes.Object) { Module = "_struct", TpName = "_struct.Struct", Constructor = Construct };
        // The methods on the class too, for Struct.pack(s, ...) and super().__init__(fmt) in a derived class.
        foreach (var name in new[] { "__init__", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack" })
        {
            type.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
            {
                if (args.Length - (kw?.Length ?? 0) < 1)
                    throw PyException.TypeError($"descriptor '{name}' of '_struct.Struct' object needs an argument");
                if (PyDerivedInstance.Unwrap(args[0]).Ref is not PyStruct self)
                    throw PyException.TypeError($"descriptor '{name}' for '_struct.Struct' objects doesn't apply to a '{PyOps.TypeName(args[0])}' object");
                self.TryCallMethod(name, args[1..], kw, out var result);
                return result;
            }) { BindsSelf = true, MethodOf = type });
        }
        // Struct.__new__(cls, ...): an instance whose __init__ has not run (CPython 3.12.1's s_new ignores the arguments).
        type.Dict["__new__"] = PyValue.FromObject(new PyBuiltinFunction("__new__", (args, kw) =>
            type.BuiltinNew(args[..Math.Min(args.Length, 1)], null)) { MethodOf = type });
        return type;
    }

    /// <summary><c>Struct(format)</c>.</summary>
    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var s = new PyStruct();
        s.Init(args, kw);
        return PyValue.FromObject(s);
    }

    /// <summary><c>Struct.__init__(format)</c>: the format is set before it is compiled, so that a bad one leaves
    /// <c>format</c> changed and the compiled items as they were (as CPython 3.12's Struct___init___impl).</summary>
    internal void Init(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        int total = args.Length;
        if (total > 1)
            throw PyException.TypeError($"Struct() takes at most 1 argument ({total} given)");
        var format = ArgCheck.Bind("Struct", args, kw, FormatParameter, required: 1)[0];
        var text = FormatText(format, out var ascii);
        _format = text;
        _layout = StructLayout.Parse(ascii);
    }

    /// <summary>A format argument as its text and ASCII bytes: a str (encoded as ASCII, UnicodeEncodeError
    /// otherwise) or bytes; anything else is "Struct() argument 1 must be a str or bytes object, not int".</summary>
    internal static string FormatText(PyValue format, out byte[] ascii)
    {
        var u = PyDerivedInstance.Unwrap(format);
        if (u.Ref is string s)
        {
            ascii = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] >= 0x80)
                {
                    int end = i + 1;
                    while (end < s.Length && s[end] >= 0x80)
                        end++;
                    throw UnicodeErrors.Encode("ascii", s, i, end, "ordinal not in range(128)");
                }
                ascii[i] = (byte)s[i];
            }
            return s;
        }
        if (u.Ref is PyBytes b)
        {
            ascii = b.AsSpan().ToArray();
            return System.Text.Encoding.Latin1.GetString(ascii);
        }
        throw PyException.TypeError($"Struct() argument 1 must be a str or bytes object, not {PyOps.TypeName(format)}");
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "format":
                value = PyValue.FromString(_format ?? "");
                return true;
            case "size":
                value = PyValue.FromInt(Layout.Size);
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        if (name is "format" or "size")
            throw PyException.AttributeError($"attribute '{name}' of '_struct.Struct' objects is not writable");
        base.SetAttr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (name is "format" or "size")
            throw PyException.AttributeError($"attribute '{name}' of '_struct.Struct' objects is not writable");
        base.DelAttr(name);
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "pack":
                ArgCheck.NoKeywords("Struct.pack", kwNames);
                result = Pack(args);
                return true;
            case "pack_into":
                ArgCheck.NoKeywords("Struct.pack_into", kwNames);
                PackInto(args);
                result = PyValue.None;
                return true;
            case "unpack":
                ArgCheck.ExactlyOne("Struct.unpack", args, kwNames);
                result = Unpack(args[0]);
                return true;
            case "unpack_from":
                var bound = BindUnpackFrom(args, kwNames, moduleLevel: false);
                result = UnpackFrom(bound[0], bound[1]);
                return true;
            case "iter_unpack":
                ArgCheck.ExactlyOne("Struct.iter_unpack", args, kwNames);
                result = IterUnpack(args[0]);
                return true;
            case "__init__":
                Init(args, kwNames);
                result = PyValue.None;
                return true;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    private static PyException Error(string message) => PyException.Create(StructModule.Error, message);

    // ---- the methods ------------------------------------------------------------------------------------------

    /// <summary><c>pack(v1, v2, ...)</c>: "pack expected 2 items for packing (got 1)".</summary>
    internal PyValue Pack(ReadOnlySpan<PyValue> args)
    {
        var layout = Layout;
        if (args.Length != layout.Length)
            throw Error($"pack expected {layout.Length} items for packing (got {args.Length})");
        if (layout.Size > Array.MaxLength)
            throw PyException.Create(PyTypes.MemoryError, (string?)null);
        if (layout.Size == 0)
            return PyValue.FromObject(PyBytes.Empty);
        var data = new byte[layout.Size];
        layout.Pack(data, 0, args);
        return PyValue.FromObject(new PyBytes(data));
    }

    /// <summary><c>pack_into(buffer, offset, v1, v2, ...)</c>: the buffer writable (bytearray, array.array), the
    /// offset negative from its end, with CPython's messages for each boundary.</summary>
    internal void PackInto(ReadOnlySpan<PyValue> args)
    {
        var layout = Layout;
        if (args.Length != layout.Length + 2)
        {
            if (args.Length == 0)
                throw Error("pack_into expected buffer argument");
            if (args.Length == 1)
                throw Error("pack_into expected offset argument");
            throw Error($"pack_into expected {layout.Length} items for packing (got {args.Length - 2})");
        }
        var target = PyDerivedInstance.Unwrap(args[0]).Ref;
        bool writable = target is PyArray || BytesLike.TryGetWritableSpan(args[0], out _);
        if (!writable)
            throw PyException.TypeError($"argument must be read-write bytes-like object, not {PyOps.TypeName(args[0])}");
        // PyNumber_AsSsize_t(offset, IndexError)
        var offsetArg = args[1];
        long offset;
        if (offsetArg.IsInt)
            offset = offsetArg.Bits;
        else if (PyOps.TryIndex(offsetArg, out var big))
            offset = big >= long.MinValue && big <= long.MaxValue ? (long)big
                : throw PyException.IndexError($"cannot fit '{PyOps.TypeName(offsetArg)}' into an index-sized integer");
        else
            throw PyException.TypeError($"'{PyOps.TypeName(offsetArg)}' object cannot be interpreted as an integer");
        var values = args[2..];
        if (target is not PyArray)
        {
            // (taken again here: the offset's __index__ may have resized a bytearray since the check above)
            BytesLike.TryGetWritableSpan(args[0], out var span);
            int start = CheckPackBounds(layout, offset, span.Length);
            layout.Pack(span, start, values);
        }
        else
        {
            var typed = (PyArray)target!;
            var bytes = typed.ToBytes();
            int start = CheckPackBounds(layout, offset, bytes.Length);
            try
            {
                layout.Pack(bytes, start, values);
            }
            finally
            {
                // What was written before an error stays written, as in CPython's buffer.
                typed.ReplaceBytes(bytes);
            }
        }
    }

    private static int CheckPackBounds(StructLayout layout, long offset, int length)
    {
        long size = layout.Size;
        if (offset < 0)
        {
            if (offset + size > 0)
                throw Error($"no space to pack {size} bytes at offset {offset}");
            if (offset + length < 0)
                throw Error($"offset {offset} out of range for {length}-byte buffer");
            offset += length;
        }
        if (length - offset < size)
            throw Error($"pack_into requires a buffer of at least {unchecked((ulong)size + (ulong)offset)} bytes for packing {size} bytes at offset {offset} (actual buffer size is {length})");
        return (int)offset;
    }

    /// <summary><c>unpack(buffer)</c>: the buffer exactly <c>size</c> bytes.</summary>
    internal PyValue Unpack(PyValue buffer)
    {
        var layout = Layout;
        var data = StructModule.ReadBuffer(buffer);
        if (data.Length != layout.Size)
            throw Error($"unpack requires a buffer of {layout.Size} bytes");
        return PyValue.FromObject(layout.Unpack(data));
    }

    /// <summary>The arguments of <c>unpack_from(buffer, offset=0)</c> (the module's takes the format first,
    /// positional only), checked as Argument Clinic's _PyArg_UnpackKeywords does: the total, then the positional-only
    /// ones, then the rest by name. The buffer and the offset (unbound when absent).</summary>
    internal static PyValue[] BindUnpackFrom(ReadOnlySpan<PyValue> args, string[]? kwNames, bool moduleLevel)
    {
        int max = moduleLevel ? 3 : 2;
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (args.Length > max)
            throw PyException.TypeError($"unpack_from() takes at most {max} {(positional == 0 ? "keyword " : "")}arguments ({args.Length} given)");
        if (moduleLevel && positional < 1)
            throw PyException.TypeError($"unpack_from() takes at least 1 positional argument ({positional} given)");
        if (!moduleLevel)
            return ArgCheck.Bind("unpack_from", args, kwNames, UnpackFromParameters, required: 1);
        return ArgCheck.Bind("unpack_from", args, kwNames, ModuleUnpackFromParameters, required: 2)[1..];
    }

    /// <summary><c>unpack_from(buffer, offset)</c>: a negative offset counts from the buffer's end.</summary>
    internal PyValue UnpackFrom(PyValue buffer, PyValue offsetArg)
    {
        var layout = Layout;
        var data = StructModule.ReadBuffer(buffer);
        long offset = offsetArg.IsUnbound ? 0 : PyOps.ToIndex(offsetArg);
        long size = layout.Size;
        if (offset < 0)
        {
            if (offset + size > 0)
                throw Error($"not enough data to unpack {size} bytes at offset {offset}");
            if (offset + data.Length < 0)
                throw Error($"offset {offset} out of range for {data.Length}-byte buffer");
            offset += data.Length;
        }
        if (size < 0)
            throw layout.UninitializedError();
        if (data.Length - offset < size)
            throw Error($"unpack_from requires a buffer of at least {unchecked((ulong)size + (ulong)offset)} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {data.Length})");
        return PyValue.FromObject(layout.Unpack(data.Slice((int)offset, (int)size)));
    }

    /// <summary><c>iter_unpack(buffer)</c>: an iterator of the tuples the buffer's consecutive chunks unpack to.</summary>
    internal PyValue IterUnpack(PyValue buffer)
    {
        var layout = Layout;
        if (layout.Size == 0)
            throw Error("cannot iteratively unpack with a struct of length 0");
        var source = PyDerivedInstance.Unwrap(buffer).Ref;
        byte[]? copy = null;
        int length;
        if (source is PyByteArray array)
            length = array.Count; // read as it is at each step (CPython's buffer sees changes in place)
        else
        {
            copy = StructModule.ReadBuffer(buffer).ToArray();
            length = copy.Length;
        }
        if (length % layout.Size != 0)
            throw Error($"iterative unpacking requires a buffer of a multiple of {layout.Size} bytes");
        return PyValue.FromObject(new PyStructUnpackIterator(layout, source as PyByteArray, copy, length));
    }
}

/// <summary>The iterator <c>iter_unpack</c> returns (<c>_struct.unpack_iterator</c>), with <c>__length_hint__</c>.</summary>
internal sealed class PyStructUnpackIterator : PyIterator
{
    internal static readonly PyType TypeObject = new("unpack_iterator", PyTypes.Object)
    {
        Module = "_struct",
        TpName = "_struct.unpack_iterator",
        IsBaseType = false,
        Constructor = static (_, _) => throw PyException.TypeError("cannot create '_struct.unpack_iterator' instances"),
    };

    private StructLayout? _layout;
    private readonly PyByteArray? _array;
    private readonly byte[]? _data;
    private readonly int _length;
    private int _index;

    internal PyStructUnpackIterator(StructLayout layout, PyByteArray? array, byte[]? data, int length)
    {
        _layout = layout;
        _array = array;
        _data = data;
        _length = length;
    }

    public override PyType Type => TypeObject;

    public override string Repr() => $"<_struct.unpack_iterator object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x12}>";

    internal override long Remaining => _layout is null ? 0 : (_length - _index) / _layout.Size;

    internal override int LengthHint => (int)Math.Min(Remaining, 1 << 20);

    public override bool MoveNext(out PyValue item)
    {
        if (_layout is null || _index >= _length)
        {
            _layout = null;
            item = default;
            return false;
        }
        int size = (int)_layout.Size;
        if (size < 0)
            throw StructLayout.Uninitialized.UninitializedError();
        var data = _data is not null ? _data.AsSpan() : _array!.AsSpan();
        if (data.Length < _index + size)
        {
            // The bytearray shrank (CPython refuses resizing it while the iterator holds it: BufferError).
            throw PyException.Create(PyTypes.BufferError, "Existing exports of data: object cannot be re-sized");
        }
        item = PyValue.FromObject(_layout.Unpack(data.Slice(_index, size)));
        _index += size;
        return true;
    }
}
