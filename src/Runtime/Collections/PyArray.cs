using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// <c>array.array</c>: a sequence of one C type (its typecode), stored unboxed: the integer types in a
/// <c>long[]</c>, checked against the C type's range on every store with CPython's OverflowError; <c>f</c> and
/// <c>d</c> in a <c>double[]</c> (<c>f</c> rounded to single precision); <c>u</c> as code points. Sizes and ranges
/// are those of CPython on 64-bit Linux.
/// </summary>
public sealed class PyArray : PyObject
{
    public static readonly PyType TypeObject = new("array", PyTypes.Object) { Module = "array", TpName = "array.array", Constructor = Construct };

    public const string TypeCodes = "bBuhHiIlLqQfd";

    private static readonly string[] Methods =
    {
        "append", "buffer_info", "byteswap", "count", "extend", "frombytes", "fromlist", "fromunicode", "index", "insert",
        "pop", "remove", "reverse", "tobytes", "tolist", "tounicode", "__copy__",
    };

    private readonly char _code;
    private long[] _ints = Array.Empty<long>();
    private double[] _floats = Array.Empty<double>();
    private int _count;

    private PyArray(char code) => _code = code;

    private bool IsFloat => _code is 'f' or 'd';

    public override PyType Type => TypeObject;

    public int Count => _count;

    public int ItemSize => _code switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw PyException.TypeError("array.array() takes no keyword arguments");
        if (args.Length is < 1 or > 2)
            throw PyException.TypeError($"array() takes at most 2 arguments ({args.Length} given)");
        if (args[0].Ref is not string code || code.Length != 1)
            throw PyException.TypeError($"array() argument 1 must be a unicode character, not {PyOps.TypeName(args[0])}");
        if (TypeCodes.IndexOf(code[0]) < 0)
            throw PyException.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        var a = new PyArray(code[0]);
        if (args.Length == 2)
        {
            var init = args[1];
            if (init.Ref is string s)
            {
                if (a._code != 'u')
                    throw PyException.TypeError($"cannot use a str to initialize an array with typecode '{a._code}'");
                a.FromUnicode(s);
            }
            else if (init.Ref is PyBytes or PyByteArray)
                a.FromBytes(BytesLike.Span(init));
            else if (init.Ref is PyArray other && other._code == 'u' && a._code != 'u')
                throw PyException.TypeError($"cannot use a unicode array to initialize an array with typecode '{a._code}'");
            else
                a.Extend(init);
        }
        return PyValue.FromObject(a);
    }

    // ---- storage --------------------------------------------------------------------------------------------

    private void EnsureCapacity(int n)
    {
        if (IsFloat)
        {
            if (n > _floats.Length)
                Array.Resize(ref _floats, Math.Max(n, Math.Max(8, _floats.Length * 2)));
        }
        else if (n > _ints.Length)
        {
            Array.Resize(ref _ints, Math.Max(n, Math.Max(8, _ints.Length * 2)));
        }
    }

    /// <summary>Item <paramref name="i"/> as a Python value (an 'L' or 'Q' word read back as the unsigned value it is).</summary>
    private PyValue Get(int i) => IsFloat ? PyValue.FromFloat(_floats[i])
        : _code == 'u' ? PyValue.FromString(char.ConvertFromUtf32((int)_ints[i]))
        : _code is 'L' or 'Q' && _ints[i] < 0 ? PyValue.FromBigInteger(new BigInteger(unchecked((ulong)_ints[i])))
        : PyValue.FromInt(_ints[i]);

    /// <summary>Moves <paramref name="count"/> stored items from <paramref name="from"/> to <paramref name="to"/>
    /// (overlapping ranges allowed), or copies them in from <paramref name="source"/>, an array of the same typecode.</summary>
    private void MoveItems(int from, int to, int count, PyArray? source = null)
    {
        var src = source ?? this;
        if (IsFloat)
            Array.Copy(src._floats, from, _floats, to, count);
        else
            Array.Copy(src._ints, from, _ints, to, count);
    }

    private void RemoveAt(int i)
    {
        MoveItems(i + 1, i, _count - i - 1);
        _count--;
    }

    private void Set(int i, PyValue v)
    {
        if (IsFloat)
            _floats[i] = ToFloat(v);
        else
            _ints[i] = ToItem(v);
    }

    private double ToFloat(PyValue v)
    {
        double d = v.IsFloat ? v.AsDouble
            : v.IsInt || v.IsBool || v.Ref is PyBigInt ? PyOps.ToDouble(v)
            : throw PyException.TypeError($"must be real number, not {PyOps.TypeName(v)}");
        return _code == 'f' ? (float)d : d;
    }

    /// <summary>An item of an integer array (or a 'u' array's character), checked as CPython's setitem functions do.</summary>
    private long ToItem(PyValue v)
    {
        if (_code == 'u')
        {
            if (v.Ref is not string s || s.Length == 0 || (s.Length != 1 && !(s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))))
                throw PyException.TypeError("array item must be unicode character");
            return char.ConvertToUtf32(s, 0);
        }
        if (v.IsFloat)
            throw PyException.TypeError("'float' object cannot be interpreted as an integer");
        if (!(v.IsInt || v.IsBool || v.Ref is PyBigInt))
        {
            if (!PyOps.TryIndex(v, out var index))
                throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
            v = PyValue.FromBigInteger(index);
        }
        BigInteger n = IntOps.ToBig(v);
        var (min, max, low, high) = _code switch
        {
            'b' => ((BigInteger)sbyte.MinValue, (BigInteger)sbyte.MaxValue, "signed char is less than minimum", "signed char is greater than maximum"),
            'B' => (BigInteger.Zero, (BigInteger)byte.MaxValue, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
            'h' => (short.MinValue, short.MaxValue, "signed short integer is less than minimum", "signed short integer is greater than maximum"),
            'H' => (BigInteger.Zero, ushort.MaxValue, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
            'i' => (int.MinValue, int.MaxValue, "signed integer is less than minimum", "signed integer is greater than maximum"),
            'I' => (BigInteger.Zero, uint.MaxValue, "can't convert negative value to unsigned int", "unsigned int is greater than maximum"),
            'l' => (long.MinValue, long.MaxValue, "Python int too large to convert to C long", "Python int too large to convert to C long"),
            'q' => (long.MinValue, long.MaxValue, "int too big to convert", "int too big to convert"),
            'L' => (BigInteger.Zero, ulong.MaxValue, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"),
            _ => (BigInteger.Zero, ulong.MaxValue, "can't convert negative int to unsigned", "int too big to convert"),
        };
        if (n < min)
            throw PyException.OverflowError(low);
        if (n > max)
            throw PyException.OverflowError(high);
        return n > long.MaxValue ? unchecked((long)(ulong)n) : (long)n;
    }

    public void Append(PyValue v)
    {
        // Checked before the array grows, so a bad item leaves it as it was.
        long item = IsFloat ? 0 : ToItem(v);
        double f = IsFloat ? ToFloat(v) : 0;
        EnsureCapacity(_count + 1);
        if (IsFloat)
            _floats[_count] = f;
        else
            _ints[_count] = item;
        _count++;
    }

    public void Extend(PyValue iterable)
    {
        if (iterable.Ref is PyArray other)
        {
            if (other._code != _code)
                throw PyException.TypeError("can only extend with array of same kind");
            AppendArray(other);
            return;
        }
        var it = PyOps.GetIter(iterable);
        while (it.MoveNext(out var item))
            Append(item);
    }

    private void AppendArray(PyArray other)
    {
        int n = other._count;
        EnsureCapacity(_count + n);
        MoveItems(0, _count, n, other);
        _count += n;
    }

    private void FromUnicode(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int c = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
            EnsureCapacity(_count + 1);
            _ints[_count++] = c;
        }
    }

    /// <summary>Replaces the items with those <paramref name="bytes"/> hold (as many bytes as the array has):
    /// <c>struct.pack_into</c> writing into the array's buffer.</summary>
    internal void ReplaceBytes(ReadOnlySpan<byte> bytes)
    {
        _count = 0;
        FromBytes(bytes);
    }

    private void FromBytes(ReadOnlySpan<byte> bytes)
    {
        int size = ItemSize;
        if (bytes.Length % size != 0)
            throw PyException.ValueError("bytes length not a multiple of item size");
        for (int at = 0; at < bytes.Length; at += size)
        {
            var b = bytes.Slice(at, size);
            EnsureCapacity(_count + 1);
            switch (_code)
            {
                case 'f': _floats[_count] = BitConverter.ToSingle(b); break;
                case 'd': _floats[_count] = BitConverter.ToDouble(b); break;
                case 'b': _ints[_count] = (sbyte)b[0]; break;
                case 'B': _ints[_count] = b[0]; break;
                case 'h': _ints[_count] = BitConverter.ToInt16(b); break;
                case 'H': _ints[_count] = BitConverter.ToUInt16(b); break;
                case 'i': _ints[_count] = BitConverter.ToInt32(b); break;
                case 'I' or 'u': _ints[_count] = BitConverter.ToUInt32(b); break;
                default: _ints[_count] = BitConverter.ToInt64(b); break;
            }
            _count++;
        }
    }

    /// <summary>The items' bytes, as <c>tobytes()</c> (what struct reads as the array's buffer).</summary>
    internal byte[] ToBytes()
    {
        int size = ItemSize;
        var bytes = new byte[_count * size];
        for (int i = 0; i < _count; i++)
        {
            var b = bytes.AsSpan(i * size, size);
            switch (_code)
            {
                case 'f': BitConverter.TryWriteBytes(b, (float)_floats[i]); break;
                case 'd': BitConverter.TryWriteBytes(b, _floats[i]); break;
                case 'b' or 'B': b[0] = (byte)_ints[i]; break;
                case 'h' or 'H': BitConverter.TryWriteBytes(b, (short)_ints[i]); break;
                case 'i' or 'I' or 'u': BitConverter.TryWriteBytes(b, (int)_ints[i]); break;
                default: BitConverter.TryWriteBytes(b, _ints[i]); break;
            }
        }
        return bytes;
    }

    private PyArray Slice(long start, long step, long length)
    {
        var r = new PyArray(_code);
        r.EnsureCapacity((int)length);
        for (long k = 0, i = start; k < length; k++, i += step)
        {
            if (IsFloat)
                r._floats[k] = _floats[i];
            else
                r._ints[k] = _ints[i];
        }
        r._count = (int)length;
        return r;
    }

    private PyArray Copy() => Slice(0, 1, _count);

    private int Normalize(PyValue index, string what)
    {
        long i = PyOps.ToIndex(index);
        if (i < 0)
            i += _count;
        if (i < 0 || i >= _count)
            throw PyException.IndexError($"array {what} out of range");
        return (int)i;
    }

    // ---- the sequence protocol ------------------------------------------------------------------------------

    public override long Length() => _count;

    public override PyValue GetItem(PyValue key)
    {
        if (key.Ref is PySlice slice)
        {
            long n = slice.Indices(_count, out long start, out _, out long step);
            return PyValue.FromObject(Slice(start, step, n));
        }
        if (!(key.IsInt || key.IsBool || key.Ref is PyBigInt) && !PyOps.TryIndex(key, out _))
            throw PyException.TypeError("array indices must be integers");
        return Get(Normalize(key, "index"));
    }

    public override void SetItem(PyValue key, PyValue value)
    {
        if (key.Ref is PySlice slice)
        {
            if (value.Ref is not PyArray other)
                throw PyException.TypeError($"can only assign array (not \"{PyOps.TypeName(value)}\") to array slice");
            if (other._code != _code)
                throw PyException.TypeError("bad argument type for built-in operation");
            long n = slice.Indices(_count, out long start, out long stop, out long step);
            var source = ReferenceEquals(other, this) ? Copy() : other;
            if (step == 1)
            {
                // The items from start to stop give way to the source's: the tail moves, then the source is copied in.
                int from = (int)start, end = (int)Math.Max(start, stop), added = source._count;
                int newCount = _count - (end - from) + added;
                EnsureCapacity(newCount);
                MoveItems(end, from + added, _count - end);
                MoveItems(0, from, added, source);
                _count = newCount;
                return;
            }
            if (source._count != n)
                throw PyException.ValueError($"attempt to assign array of size {source._count} to extended slice of size {n}");
            for (long k = 0, i = start; k < n; k++, i += step)
                Set((int)i, source.Get((int)k));
            return;
        }
        if (!(key.IsInt || key.IsBool || key.Ref is PyBigInt) && !PyOps.TryIndex(key, out _))
            throw PyException.TypeError("array indices must be integers");
        int at = Normalize(key, "assignment index");
        Set(at, value);
    }

    public override void DelItem(PyValue key)
    {
        if (key.Ref is not PySlice slice)
        {
            RemoveAt(Normalize(key, "assignment index"));
            return;
        }
        long n = SequenceOps.AscendingSlice(slice, _count, out long start, out long step);
        if (n == 0)
            return;
        // Keep, in order, every item that is not start + k * step for k < n.
        int kept = 0;
        for (int i = 0; i < _count; i++)
        {
            long offset = i - start;
            if (offset >= 0 && offset % step == 0 && offset / step < n)
                continue;
            MoveItems(i, kept++, 1);
        }
        _count = kept;
    }

    public override PyIterator Iter() => new ArrayIterator(this);

    public override bool Contains(PyValue item) => IndexOf(item) >= 0;

    public override bool IsTrue() => _count > 0;

    public override long Hash() => throw PyException.TypeError("unhashable type: 'array.array'");

    private PyValue[] Values()
    {
        var values = new PyValue[_count];
        for (int i = 0; i < _count; i++)
            values[i] = Get(i);
        return values;
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (other.Ref is not PyArray b)
            return default;
        return PyValue.FromBool(SequenceOps.Compare(Values(), b.Values(), op));
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected)
    {
        switch (op)
        {
            case BinOp.Add when !reflected:
                if (other.Ref is not PyArray b)
                    throw PyException.TypeError($"can only append array (not \"{PyOps.TypeName(other)}\") to array");
                if (b._code != _code)
                    throw PyException.TypeError("bad argument type for built-in operation");
                var sum = Copy();
                sum.AppendArray(b);
                return PyValue.FromObject(sum);
            case BinOp.Mul:
                long n = SequenceOps.RepeatCount(other);
                if (n == long.MinValue)
                    return default;
                return PyValue.FromObject(Repeat(n));
        }
        return default;
    }

    public override PyValue InplaceOp(BinOp op, PyValue other)
    {
        switch (op)
        {
            case BinOp.Add:
                if (other.Ref is not PyArray b)
                    throw PyException.TypeError($"can only extend array with array (not \"{PyOps.TypeName(other)}\")");
                Extend(other);
                return PyValue.FromObject(this);
            case BinOp.Mul:
                long n = SequenceOps.RepeatCount(other);
                if (n == long.MinValue)
                    return default;
                var r = Repeat(n);
                (_ints, _floats, _count) = (r._ints, r._floats, r._count);
                return PyValue.FromObject(this);
        }
        return default;
    }

    private PyArray Repeat(long n)
    {
        var r = new PyArray(_code);
        if (n <= 0 || _count == 0)
            return r;
        if ((long)_count * n > int.MaxValue)
            throw PyException.Create(PyTypes.MemoryError, (string?)null);
        int total = (int)(_count * n);
        r.EnsureCapacity(total);
        for (int filled = 0; filled < total; filled += _count)
            r.MoveItems(0, filled, _count, this);
        r._count = total;
        return r;
    }

    public override string Repr()
    {
        if (_count == 0)
            return $"array('{_code}')";
        if (_code == 'u')
            return $"array('u', {PyOps.Repr(PyValue.FromString(ToUnicode()))})";
        var sb = new StringBuilder($"array('{_code}', [");
        for (int i = 0; i < _count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(PyOps.Repr(Get(i)));
        }
        return sb.Append("])").ToString();
    }

    private string ToUnicode()
    {
        var sb = new StringBuilder(_count);
        for (int i = 0; i < _count; i++)
            sb.Append(char.ConvertFromUtf32((int)_ints[i]));
        return sb.ToString();
    }

    // ---- attributes and methods -----------------------------------------------------------------------------

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "typecode":
                value = PyValue.FromString(_code.ToString());
                return true;
            case "itemsize":
                value = PyValue.FromInt(ItemSize);
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "append":
                ArgCheck.ExactlyOne("append", args, kwNames);
                Append(args[0]);
                return true;
            case "extend":
                ArgCheck.ExactlyOne("extend", args, kwNames);
                Extend(args[0]);
                return true;
            case "insert":
            {
                ArgCheck.Range("insert", args, kwNames, 2, 2);
                long i = PyOps.ToIndex(args[0]);
                if (i < 0)
                    i = Math.Max(0, i + _count);
                i = Math.Min(i, _count);
                long item = IsFloat ? 0 : ToItem(args[1]);
                double f = IsFloat ? ToFloat(args[1]) : 0;
                EnsureCapacity(_count + 1);
                MoveItems((int)i, (int)i + 1, _count - (int)i);
                if (IsFloat)
                    _floats[i] = f;
                else
                    _ints[i] = item;
                _count++;
                return true;
            }
            case "pop":
            {
                ArgCheck.Range("pop", args, kwNames, 0, 1);
                if (_count == 0)
                    throw PyException.IndexError("pop from empty array");
                long i = args.Length == 0 ? -1 : PyOps.ToIndex(args[0]);
                if (i < 0)
                    i += _count;
                if (i < 0 || i >= _count)
                    throw PyException.IndexError("pop index out of range");
                result = Get((int)i);
                RemoveAt((int)i);
                return true;
            }
            case "remove":
            {
                ArgCheck.ExactlyOne("remove", args, kwNames);
                int at = IndexOf(args[0]);
                if (at < 0)
                    throw PyException.ValueError("array.remove(x): x not in array");
                RemoveAt(at);
                return true;
            }
            case "index":
            {
                ArgCheck.Range("index", args, kwNames, 1, 3);
                SequenceOps.IndexBounds(args, _count, out int start, out int stop);
                int at = IndexOf(args[0], start, stop);
                if (at < 0)
                    throw PyException.ValueError("array.index(x): x not in array");
                result = PyValue.FromInt(at);
                return true;
            }
            case "count":
            {
                ArgCheck.ExactlyOne("count", args, kwNames);
                long c = 0;
                for (int i = 0; i < _count; i++)
                {
                    if (PyOps.EqBool(Get(i), args[0]))
                        c++;
                }
                result = PyValue.FromInt(c);
                return true;
            }
            case "reverse":
                ArgCheck.None("reverse", args, kwNames);
                if (IsFloat)
                    Array.Reverse(_floats, 0, _count);
                else
                    Array.Reverse(_ints, 0, _count);
                return true;
            case "tolist":
                ArgCheck.None("tolist", args, kwNames);
                result = PyValue.FromObject(new PyList(Values()));
                return true;
            case "fromlist":
            {
                ArgCheck.ExactlyOne("fromlist", args, kwNames);
                if (args[0].Ref is not PyList list)
                    throw PyException.TypeError("arg must be list");
                int before = _count;
                try
                {
                    foreach (var v in list.AsSpan().ToArray())
                        Append(v);
                }
                catch (PyException)
                {
                    _count = before;
                    throw;
                }
                return true;
            }
            case "tobytes":
                ArgCheck.None("tobytes", args, kwNames);
                result = PyValue.FromObject(new PyBytes(ToBytes()));
                return true;
            case "frombytes":
                ArgCheck.ExactlyOne("frombytes", args, kwNames);
                // (a copy: frombytes of a bytearray reads it before this array changes)
                FromBytes(BytesLike.Span(args[0]).ToArray());
                return true;
            case "tounicode":
                ArgCheck.None("tounicode", args, kwNames);
                if (_code != 'u')
                    throw PyException.ValueError("tounicode() may only be called on unicode type arrays");
                result = PyValue.FromString(ToUnicode());
                return true;
            case "fromunicode":
                ArgCheck.ExactlyOne("fromunicode", args, kwNames);
                if (_code != 'u')
                    throw PyException.ValueError("fromunicode() may only be called on unicode type arrays");
                FromUnicode(args[0].Ref as string ?? throw PyException.TypeError($"fromunicode() argument must be str, not {PyOps.TypeName(args[0])}"));
                return true;
            case "buffer_info":
                ArgCheck.None("buffer_info", args, kwNames);
                // (no C buffer: an address that stands for this array)
                result = PyOps.NewTuple(PyValue.FromInt(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this)), PyValue.FromInt(_count));
                return true;
            case "byteswap":
            {
                ArgCheck.None("byteswap", args, kwNames);
                var bytes = ToBytes();
                int size = ItemSize;
                for (int at = 0; at < bytes.Length; at += size)
                    Array.Reverse(bytes, at, size);
                _count = 0;
                FromBytes(bytes);
                return true;
            }
            case "__copy__":
                ArgCheck.None("__copy__", args, kwNames);
                result = PyValue.FromObject(Copy());
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    private int IndexOf(PyValue x) => IndexOf(x, 0, _count);

    private int IndexOf(PyValue x, int start, int stop)
    {
        for (int i = start; i < stop; i++)
        {
            if (PyOps.EqBool(Get(i), x))
                return i;
        }
        return -1;
    }

    private sealed class ArrayIterator(PyArray array) : PyIterator
    {
        private static readonly PyType IteratorType = new("arrayiterator", PyTypes.Object) { Module = "array", TpName = "array.arrayiterator", IsBaseType = false };
        private int _next;

        public override PyType Type => IteratorType;

        public override bool MoveNext(out PyValue item)
        {
            if (_next < array._count)
            {
                item = array.Get(_next++);
                return true;
            }
            _next = int.MaxValue;
            item = default;
            return false;
        }
    }
}
