using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// <c>memoryview</c> (CPython's Objects/memoryobject.c): a view of the bytes of a bytes, bytearray or BytesIO buffer
/// (<see cref="IBufferExporter"/>), read and written in place as items of a native format. A view has a layout over its exporter's memory (the offset of its
/// first item, a shape and strides per dimension: a slice with a step is strided, <c>cast()</c> may give it more
/// dimensions), and may be released, after which every operation but comparison raises ValueError.
/// <para>A bytearray (or BytesIO) may not change size while a view of it is held (CPython's exports, BufferError).
/// CPython lets go of a view when its last reference goes; compiled code has no reference counts, and what the garbage
/// collector sees as alive depends on the JIT, so holding every view until it is collected would refuse resizes CPython
/// allows. A view holds its exporter only between the <c>__enter__</c> and the end of a <c>with</c> statement, where
/// CPython's is certainly alive. A view whose bytearray shrank under it raises BufferError where it would read past
/// the end.</para>
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = new("memoryview", PyTypes.Object) { IsBaseType = false, Constructor = Construct };

    private static readonly string[] Methods =
        ["release", "tobytes", "hex", "tolist", "cast", "toreadonly", "__enter__", "__exit__"];

    static PyMemoryView()
    {
        foreach (var name in Methods)
            TypeObject.Dict[name] = ProtocolMethod.For(name, "memoryview");
    }

    /// <summary>The exporter as given (<c>obj</c>), and its memory.</summary>
    private readonly PyValue _obj;
    private readonly IBufferExporter _exporter;
    private readonly BufferFormat _format;
    /// <summary>Where the first item begins, in bytes from the start of the exporter's memory.</summary>
    private readonly int _offset;
    private readonly int[] _shape;
    private readonly int[] _strides;
    private readonly bool _readOnly;
    private bool _released;
    /// <summary>Entered by a <c>with</c> statement: the exporter keeps its size until the view is released.</summary>
    private bool _holds;
    private long _hash = -1;

    private PyMemoryView(PyValue obj, IBufferExporter exporter, BufferFormat format, int offset, int[] shape, int[] strides,
                         bool readOnly)
    {
        _obj = obj;
        _exporter = exporter;
        _format = format;
        _offset = offset;
        _shape = shape;
        _strides = strides;
        _readOnly = readOnly;
    }

    /// <summary>A view of the same memory with another layout (a slice, a cast, a read-only copy).</summary>
    private PyMemoryView With(BufferFormat format, int offset, int[] shape, int[] strides, bool readOnly) =>
        new(_obj, _exporter, format, offset, shape, strides, readOnly);

    public override PyType Type => TypeObject;

    internal bool IsReleased => _released;

    private int Ndim => _shape.Length;

    private long ItemCount
    {
        get
        {
            long n = 1;
            foreach (int d in _shape)
                n *= d;
            return n;
        }
    }

    private int NBytes => (int)(ItemCount * _format.ItemSize);

    /// <summary><paramref name="length"/> bytes of the exporter's memory from <paramref name="at"/> (a read-only
    /// exporter's are never written: its views are read-only).</summary>
    private Span<byte> Region(int at, int length)
    {
        var memory = _exporter.ExportedBytes;
        if ((uint)at > (uint)memory.Length || (uint)length > (uint)(memory.Length - at))
            throw PyException.Create(PyTypes.BufferError, "memoryview: the buffer it views was resized");
        return memory.Slice(at, length);
    }

    // ---- construction ---------------------------------------------------------------------------------------

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var bound = Bound("memoryview", args, kwNames, ["object"], required: 1);
        return PyValue.FromObject(Of(bound[0]));
    }

    /// <summary><c>memoryview(obj)</c>: a view of a bytes-like object's whole memory.</summary>
    public static PyMemoryView Of(PyValue obj)
    {
        switch (PyDerivedInstance.Unwrap(obj).Ref)
        {
            case IBufferExporter exporter:
                return OfBytes(obj, exporter);
            case PyMemoryView m:
                m.CheckReleased();
                return m.With(m._format, m._offset, m._shape, m._strides, m._readOnly);
            case PyArray:
                // (array.array stores its items unboxed, not as the bytes a view would share)
                throw PyException.NotImplementedError("memoryview of an array.array is not supported yet");
        }
        throw PyException.TypeError($"memoryview: a bytes-like object is required, not '{PyOps.TypeName(obj)}'");
    }

    /// <summary>A view of all of <paramref name="exporter"/>'s bytes (<paramref name="obj"/>: what <c>obj</c> gives).</summary>
    internal static PyMemoryView OfBytes(PyValue obj, IBufferExporter exporter) =>
        new(obj, exporter, BufferFormat.Bytes, 0, [exporter.ExportedBytes.Length], [1], exporter.IsReadOnly);

    private void CheckReleased()
    {
        if (_released)
            throw PyException.ValueError("operation forbidden on released memoryview object");
    }

    // ---- layout ---------------------------------------------------------------------------------------------

    /// <summary>CPython's <c>MV_C_CONTIGUOUS</c>: items in row-major order with no gaps.</summary>
    internal bool IsCContiguous
    {
        get
        {
            if (Ndim == 0)
                return true;
            if (Ndim == 1)
                return _shape[0] == 1 || _strides[0] == _format.ItemSize;
            if (ItemCount == 0)
                return true;
            int expected = _format.ItemSize;
            for (int i = Ndim - 1; i >= 0; i--)
            {
                if (_shape[i] > 1 && _strides[i] != expected)
                    return false;
                expected *= _shape[i];
            }
            return true;
        }
    }

    /// <summary><c>MV_F_CONTIGUOUS</c>: items in column-major order with no gaps.</summary>
    private bool IsFContiguous
    {
        get
        {
            if (Ndim <= 1)
                return IsCContiguous;
            if (ItemCount == 0)
                return true;
            int expected = _format.ItemSize;
            for (int i = 0; i < Ndim; i++)
            {
                if (_shape[i] > 1 && _strides[i] != expected)
                    return false;
                expected *= _shape[i];
            }
            return true;
        }
    }

    /// <summary>Whether a consumer of a simple buffer can read the view in place, without an error (not released,
    /// C-contiguous): what <c>re</c> asks before taking a view as a bytes subject or a literal template.</summary>
    internal bool IsSimpleBuffer => !_released && IsCContiguous;

    /// <summary>Whether a consumer of a writable buffer may write the view in place (released: CPython's ValueError).</summary>
    internal bool IsWritableSimpleBuffer()
    {
        CheckReleased();
        return !_readOnly && IsCContiguous;
    }

    /// <summary>The bytes of a C-contiguous view, in place: what a consumer of a simple buffer reads (<c>struct.unpack</c>,
    /// <c>b + view</c>); CPython's BufferError for a strided view.</summary>
    internal Span<byte> ContiguousSpan()
    {
        CheckReleased();
        if (!IsCContiguous)
            throw PyException.Create(PyTypes.BufferError, "memoryview: underlying buffer is not C-contiguous");
        return Region(_offset, NBytes);
    }

    /// <summary>The items' bytes in row-major order (<paramref name="fortran"/>: column-major), copied.</summary>
    internal byte[] ToBytes(bool fortran = false)
    {
        CheckReleased();
        if (IsCContiguous && (!fortran || Ndim <= 1))
            return Region(_offset, NBytes).ToArray();
        var result = new byte[NBytes];
        int at = 0;
        foreach (int item in ItemOffsets(fortran))
        {
            Region(item, _format.ItemSize).CopyTo(result.AsSpan(at));
            at += _format.ItemSize;
        }
        return result;
    }

    /// <summary>Where each item begins, in row-major (or column-major) order.</summary>
    private IEnumerable<int> ItemOffsets(bool fortran = false)
    {
        if (Ndim == 0)
        {
            yield return _offset;
            yield break;
        }
        if (ItemCount == 0)
            yield break;
        var index = new int[Ndim];
        while (true)
        {
            int at = _offset;
            for (int d = 0; d < Ndim; d++)
                at += index[d] * _strides[d];
            yield return at;
            // (the next index: the last dimension varies fastest in row-major order, the first in column-major)
            int dim = fortran ? 0 : Ndim - 1;
            while (true)
            {
                if (++index[dim] < _shape[dim])
                    break;
                index[dim] = 0;
                dim += fortran ? 1 : -1;
                if (dim < 0 || dim >= Ndim)
                    yield break;
            }
        }
    }

    private PyValue ItemAt(int offset) => _format.Unpack(Region(offset, _format.ItemSize));

    // ---- items and slices -----------------------------------------------------------------------------------

    public override long Length()
    {
        CheckReleased();
        if (Ndim == 0)
            throw PyException.TypeError("0-dim memory has no length");
        return _shape[0];
    }

    public override bool IsTrue() => Length() != 0;

    /// <summary>PyIndex_Check: an int, a bool, or an object with <c>__index__</c> (not called here).</summary>
    private static bool IsIndex(PyValue v)
    {
        v = PyDerivedInstance.Unwrap(v);
        return v.IsInt || v.IsBool || v.Ref is PyBigInt || (v.Ref is PyInstance inst && inst.Type.TryLookup("__index__", out _));
    }

    /// <summary>An index as CPython's <c>PyNumber_AsSsize_t(key, PyExc_IndexError)</c> reads it.</summary>
    private static long IndexValue(PyValue key)
    {
        if (!PyOps.TryIndex(key, out var big))
            throw PyException.TypeError($"'{PyOps.TypeName(key)}' object cannot be interpreted as an integer");
        if (big < long.MinValue || big > long.MaxValue)
            throw PyException.IndexError($"cannot fit '{PyOps.TypeName(key)}' into an index-sized integer");
        return (long)big;
    }

    /// <summary>CPython's <c>lookup_dimension</c>: where item <paramref name="index"/> of dimension <paramref name="dim"/> begins.</summary>
    private int Lookup(int at, int dim, long index)
    {
        if (index < 0)
            index += _shape[dim];
        if (index < 0 || index >= _shape[dim])
            throw PyException.IndexError($"index out of bounds on dimension {dim + 1}");
        return at + (int)index * _strides[dim];
    }

    /// <summary>A tuple of indices, one per dimension (<c>ptr_from_tuple</c>).</summary>
    private int FromTuple(PyTuple key)
    {
        if (key.Count > Ndim)
            throw PyException.TypeError($"cannot index {Ndim}-dimension view with {key.Count}-element tuple");
        int at = _offset;
        for (int dim = 0; dim < key.Count; dim++)
            at = Lookup(at, dim, IndexValue(key[dim]));
        return at;
    }

    private static bool IsMultiIndex(PyValue key)
    {
        if (key.Ref is not PyTuple t)
            return false;
        foreach (var x in t.AsSpan())
        {
            if (!IsIndex(x))
                return false;
        }
        return true;
    }

    private static bool IsMultiSlice(PyValue key)
    {
        if (key.Ref is not PyTuple { Count: > 0 } t)
            return false;
        foreach (var x in t.AsSpan())
        {
            if (x.Ref is not PySlice)
                return false;
        }
        return true;
    }

    private static bool IsZeroDimKey(PyValue key) => key.Ref is PyEllipsisType || key.Ref is PyTuple { Count: 0 };

    public override PyValue GetItem(PyValue key)
    {
        CheckReleased();
        if (Ndim == 0)
        {
            if (key.Ref is PyEllipsisType)
                return PyValue.FromObject(this);
            if (key.Ref is PyTuple { Count: 0 })
                return ItemAt(_offset);
            throw PyException.TypeError("invalid indexing of 0-dim memory");
        }
        if (IsIndex(key))
        {
            if (Ndim != 1)
                throw PyException.NotImplementedError("multi-dimensional sub-views are not implemented");
            return ItemAt(Lookup(_offset, 0, IndexValue(key)));
        }
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(_shape[0], out long start, out _, out long step);
            var shape = (int[])_shape.Clone();
            var strides = (int[])_strides.Clone();
            shape[0] = (int)n;
            strides[0] = (int)(_strides[0] * step);
            return PyValue.FromObject(With(_format, _offset + (int)start * _strides[0], shape, strides, _readOnly));
        }
        if (IsMultiIndex(key))
        {
            var t = (PyTuple)key.Ref!;
            if (t.Count < Ndim)
                throw PyException.NotImplementedError("sub-views are not implemented");
            return ItemAt(FromTuple(t));
        }
        if (IsMultiSlice(key))
            throw PyException.NotImplementedError("multi-dimensional slicing is not implemented");
        throw PyException.TypeError("memoryview: invalid slice key");
    }

    public override void SetItem(PyValue key, PyValue value)
    {
        CheckReleased();
        if (_readOnly)
            throw PyException.TypeError("cannot modify read-only memory");
        if (Ndim == 0)
        {
            if (!IsZeroDimKey(key))
                throw PyException.TypeError("invalid indexing of 0-dim memory");
            _format.Pack(value, Region(_offset, _format.ItemSize));
            return;
        }
        if (IsIndex(key))
        {
            if (Ndim > 1)
                throw PyException.NotImplementedError("sub-views are not implemented");
            int at = Lookup(_offset, 0, IndexValue(key));
            _format.Pack(value, Region(at, _format.ItemSize));
            return;
        }
        if (key.Ref is PySlice slice && Ndim == 1)
        {
            var source = SourceOf(value);
            var target = (PyMemoryView)GetItem(key).Ref!;
            target.Release();
            if (!target._format.SameItem(source.Format) || source.Shape.Length != 1 || source.Shape[0] != target._shape[0])
                throw PyException.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            // (copied first: the source may be this memory, overlapping the target)
            var bytes = source.Bytes;
            int i = 0;
            foreach (int at in target.ItemOffsets())
            {
                bytes.AsSpan(i, _format.ItemSize).CopyTo(Region(at, _format.ItemSize));
                i += _format.ItemSize;
            }
            return;
        }
        if (IsMultiIndex(key))
        {
            var t = (PyTuple)key.Ref!;
            if (t.Count < Ndim)
                throw PyException.NotImplementedError("sub-views are not implemented");
            _format.Pack(value, Region(FromTuple(t), _format.ItemSize));
            return;
        }
        if (key.Ref is PySlice || IsMultiSlice(key))
            throw PyException.NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
        throw PyException.TypeError("memoryview: invalid slice key");
    }

    /// <summary>What a slice assignment copies from: a buffer's format, shape and bytes (row-major).</summary>
    private static (BufferFormat Format, int[] Shape, byte[] Bytes) SourceOf(PyValue value)
    {
        if (PyDerivedInstance.Unwrap(value).Ref is PyMemoryView m)
            return (m._format, m.Ndim == 0 ? [] : m._shape, m.ToBytes());
        if (BytesLike.TryGetSpan(value, out var span))
            return (BufferFormat.Bytes, [span.Length], span.ToArray());
        throw PyException.TypeError($"a bytes-like object is required, not '{PyOps.TypeName(value)}'");
    }

    public override void DelItem(PyValue key)
    {
        CheckReleased();
        throw PyException.TypeError(_readOnly ? "cannot modify read-only memory" : "cannot delete memory");
    }

    public override PyIterator Iter()
    {
        CheckReleased();
        if (Ndim == 0)
            throw PyException.TypeError("invalid indexing of 0-dim memory");
        if (Ndim != 1)
            throw PyException.NotImplementedError("multi-dimensional sub-views are not implemented");
        return new Iterator(this);
    }

    private sealed class Iterator(PyMemoryView view) : PyIterator
    {
        private static readonly PyType IteratorType = new("memory_iterator", PyTypes.Object) { IsBaseType = false };
        private int _next;

        public override PyType Type => IteratorType;

        public override bool MoveNext(out PyValue item)
        {
            if (!view._released && _next < view._shape[0])
            {
                item = view.ItemAt(view._offset + _next++ * view._strides[0]);
                return true;
            }
            _next = int.MaxValue;
            item = default;
            return false;
        }
    }

    // ---- comparison, hash, repr -----------------------------------------------------------------------------

    /// <summary>CPython's <c>memory_richcompare</c>: equal when the other is a buffer of the same shape whose items,
    /// each unpacked in its own format, are equal; not comparable with what has no buffer.</summary>
    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne))
            return default;
        bool equal;
        var o = PyDerivedInstance.Unwrap(other).Ref;
        // (a released view equals only itself; a view with a NaN item is not equal to itself)
        if (_released || o is PyMemoryView { _released: true })
            equal = ReferenceEquals(o, this);
        else if (o is PyMemoryView m)
            equal = SameItems(m._format, m._shape, m.ToBytes());
        else if (BytesLike.TryGetSpan(other, out var span))
            equal = SameItems(BufferFormat.Bytes, [span.Length], span.ToArray());
        else
            return default;
        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }

    private bool SameItems(BufferFormat format, int[] shape, byte[] bytes)
    {
        if (Ndim != shape.Length || !_shape.AsSpan().SequenceEqual(shape))
            return false;
        int i = 0;
        foreach (int at in ItemOffsets())
        {
            var mine = ItemAt(at);
            var theirs = format.Unpack(bytes.AsSpan(i, format.ItemSize));
            if (!PyOps.EqBool(mine, theirs))
                return false;
            i += format.ItemSize;
        }
        return true;
    }

    public override long Hash()
    {
        if (_hash != -1)
            return _hash;
        CheckReleased();
        if (!_readOnly)
            throw PyException.ValueError("cannot hash writable memoryview object");
        if (!_format.IsByteFormat)
            throw PyException.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        // (the exporter must be hashable itself, as in CPython)
        PyOps.Hash(_obj);
        _hash = PyBytes.HashOf(ToBytes());
        return _hash;
    }

    public override string Repr() =>
        $"<{(_released ? "released memory" : "memory")} at 0x{RuntimeHelpers.GetHashCode(this):x12}>";

    // ---- attributes and methods -----------------------------------------------------------------------------

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "obj" or "nbytes" or "readonly" or "itemsize" or "format" or "ndim" or "shape" or "strides"
                or "suboffsets" or "c_contiguous" or "f_contiguous" or "contiguous":
                CheckReleased();
                value = name switch
                {
                    "obj" => _obj,
                    "nbytes" => PyValue.FromInt(NBytes),
                    "readonly" => PyValue.FromBool(_readOnly),
                    "itemsize" => PyValue.FromInt(_format.ItemSize),
                    "format" => PyValue.FromString(_format.Text),
                    "ndim" => PyValue.FromInt(Ndim),
                    "shape" => IntTuple(_shape),
                    "strides" => IntTuple(_strides),
                    "suboffsets" => PyValue.FromObject(PyTuple.Empty),
                    "c_contiguous" => PyValue.FromBool(IsCContiguous),
                    "f_contiguous" => PyValue.FromBool(IsFContiguous),
                    _ => PyValue.FromBool(IsCContiguous || IsFContiguous),
                };
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    private static PyValue IntTuple(int[] values) =>
        PyValue.FromObject(PyTuple.Create(values.Select(v => PyValue.FromInt(v)).ToArray()));

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "release":
                ArgCheck.None("release", args, kwNames);
                Release();
                return true;
            case "__enter__":
                ArgCheck.None("__enter__", args, kwNames);
                CheckReleased();
                if (!_holds)
                {
                    _holds = true;
                    _exporter.HoldView();
                }
                result = PyValue.FromObject(this);
                return true;
            case "__exit__":
                Release();
                return true;
            case "tobytes":
            {
                var a = Bound("tobytes", args, kwNames, ["order"]);
                result = PyValue.FromObject(new PyBytes(ToBytes(OrderIsFortran(a[0]))));
                return true;
            }
            case "hex":
                CheckReleased();
                result = PyValue.FromString(BytesMethods.Hex(ToBytes(), args, kwNames));
                return true;
            case "tolist":
                ArgCheck.None("tolist", args, kwNames);
                CheckReleased();
                result = ToList();
                return true;
            case "toreadonly":
                ArgCheck.None("toreadonly", args, kwNames);
                CheckReleased();
                result = PyValue.FromObject(With(_format, _offset, _shape, _strides, readOnly: true));
                return true;
            case "cast":
            {
                var a = Bound("cast", args, kwNames, ["format", "shape"], required: 1);
                result = PyValue.FromObject(Cast(a[0], a[1]));
                return true;
            }
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    private static PyValue[] Bound(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, string[] parameters, int required = 0)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (positional > parameters.Length)
            throw PyException.TypeError($"{name}() takes at most {parameters.Length} argument{(parameters.Length == 1 ? "" : "s")} ({positional} given)");
        return ArgCheck.Bind(name, args, kwNames, parameters, required);
    }

    private bool OrderIsFortran(PyValue order)
    {
        CheckReleased();
        if (order.IsUnbound || order.IsNone)
            return false;
        if (order.Ref is not string s)
            throw PyException.TypeError($"tobytes() argument 'order' must be str or None, not {PyOps.TypeName(order)}");
        return s switch
        {
            "C" => false,
            "F" => true,
            // ('A': Fortran order only for a view that is Fortran- and not C-contiguous, which no view here is)
            "A" => !IsCContiguous && IsFContiguous,
            _ => throw PyException.ValueError("order must be 'C', 'F' or 'A'"),
        };
    }

    /// <summary><c>release()</c>: the view lets go of its exporter (a bytearray may change size again); again is nothing.</summary>
    public void Release()
    {
        if (_released)
            return;
        _released = true;
        if (_holds)
            _exporter.ReleaseView();
    }

    private PyValue ToList()
    {
        if (Ndim == 0)
            return ItemAt(_offset);
        return Nested(0, _offset);

        PyValue Nested(int dim, int at)
        {
            var items = new PyValue[_shape[dim]];
            for (int i = 0; i < items.Length; i++)
            {
                int here = at + i * _strides[dim];
                items[i] = dim == Ndim - 1 ? ItemAt(here) : Nested(dim + 1, here);
            }
            return PyValue.FromObject(new PyList(items));
        }
    }

    /// <summary><c>cast(format[, shape])</c> (memory_cast): a C-contiguous view as items of another native format, as one
    /// dimension or the shape given; one of the two formats must be a byte format.</summary>
    private PyMemoryView Cast(PyValue formatArg, PyValue shapeArg)
    {
        if (formatArg.Ref is not string text)
            throw PyException.TypeError($"cast() argument 'format' must be str, not {PyOps.TypeName(formatArg)}");
        CheckReleased();
        if (!IsCContiguous)
            throw PyException.TypeError("memoryview: casts are restricted to C-contiguous views");
        bool hasShape = !shapeArg.IsUnbound && !shapeArg.IsNone;
        if ((hasShape || Ndim != 1) && Array.IndexOf(_shape, 0) >= 0)
            throw PyException.TypeError("memoryview: cannot cast view with zeros in shape or strides");
        PyValue[]? dims = null;
        if (hasShape)
        {
            dims = shapeArg.Ref switch
            {
                PyList l => l.AsSpan().ToArray(),
                PyTuple t => t.AsSpan().ToArray(),
                _ => throw PyException.TypeError("shape must be a list or a tuple"),
            };
            if (dims.Length > 64)
                throw PyException.ValueError("memoryview: number of dimensions must not exceed 64");
            if (Ndim != 1 && dims.Length != 1)
                throw PyException.TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        if (!BufferFormat.TryParse(text, out var format))
            throw PyException.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (!format.IsByteFormat && !_format.IsByteFormat)
            throw PyException.TypeError("memoryview: cannot cast between two non-byte formats");
        int length = NBytes;
        if (length % format.ItemSize != 0)
            throw PyException.TypeError("memoryview: length is not a multiple of itemsize");
        if (dims is null)
            return With(format, _offset, [length / format.ItemSize], [format.ItemSize], _readOnly);
        var shape = new int[dims.Length];
        long product = format.ItemSize;
        for (int i = 0; i < dims.Length; i++)
        {
            var d = PyDerivedInstance.Unwrap(dims[i]);
            if (!(d.IsInt || d.IsBool || d.Ref is PyBigInt))
                throw PyException.TypeError("memoryview.cast(): elements of shape must be integers");
            if (d.Ref is PyBigInt big)
                throw big.Value.Sign > 0
                    ? PyException.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX")
                    : PyException.ValueError("memoryview.cast(): elements of shape must be integers > 0");
            if (d.Bits <= 0)
                throw PyException.ValueError("memoryview.cast(): elements of shape must be integers > 0");
            if (d.Bits > long.MaxValue / product)
                throw PyException.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            product *= d.Bits;
            shape[i] = (int)Math.Min(d.Bits, int.MaxValue);
        }
        if (product != length)
            throw PyException.TypeError("memoryview: product(shape) * itemsize != buffer size");
        // (C-order strides: the last dimension's items adjacent)
        var strides = new int[shape.Length];
        int stride = format.ItemSize;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= shape[i];
        }
        return With(format, _offset, shape, strides, _readOnly);
    }
}
