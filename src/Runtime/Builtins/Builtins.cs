using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// The builtin functions, callable directly from generated code (typed C# signatures) and, through
/// <see cref="Lookup"/>, as Python values.
/// </summary>
public static partial class Builtins
{
    /// <summary>print(*args, sep=' ', end='\n', flush=False). Unbound or None sep/end mean the default.</summary>
    public static void Print(ReadOnlySpan<PyValue> args, PyValue sep, PyValue end, bool flush)
    {
        if (PyStdio.StdoutRebound is { } target)
            PrintToStdout(args, sep, end, flush, target);
        else
            Print(args, sep, end, flush, PyStdio.Out);
    }

    /// <summary>print() without <c>file=</c> once <c>sys.stdout</c> was rebound: to the object it holds, nothing when
    /// it holds None, as CPython's print.</summary>
    internal static void PrintToStdout(ReadOnlySpan<PyValue> args, PyValue sep, PyValue end, bool flush, PyValue target)
    {
        if (target.IsUnbound)
            throw PyException.RuntimeError("lost sys.stdout");
        if (target.IsNone)
            return;
        if (target.Ref is PyTextFile tf)
            Print(args, sep, end, flush, tf.Writer);
        else
            PrintToObject(args, sep, end, flush, target);
    }

    /// <summary><c>print(..., file=f)</c> with any object that has <c>write</c>: each piece written by a call of its
    /// own, as CPython's print does (each argument's str, the separators, the end), then <c>f.flush()</c> if asked.</summary>
    public static void PrintToObject(ReadOnlySpan<PyValue> args, PyValue sep, PyValue end, bool flush, PyValue file)
    {
        string sepText = OptionalStr(sep, "sep") ?? " ";
        string endText = OptionalStr(end, "end") ?? "\n";
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0)
                PyOps.CallMethod(file, "write", [PyValue.FromString(sepText)], null);
            PyOps.CallMethod(file, "write", [PyValue.FromString(PyOps.Str(args[i]))], null);
        }
        PyOps.CallMethod(file, "write", [PyValue.FromString(endText)], null);
        if (flush)
            PyOps.CallMethod(file, "flush", ReadOnlySpan<PyValue>.Empty, null);
    }

    public static void Print(ReadOnlySpan<PyValue> args, PyValue sep, PyValue end, bool flush, System.IO.TextWriter w)
    {
        string sepText = OptionalStr(sep, "sep") ?? " ";
        string endText = OptionalStr(end, "end") ?? "\n";
        Span<char> buf = stackalloc char[24];
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0)
                w.Write(sepText);
            var a = args[i];
            if (a.IsInt)
            {
                a.Bits.TryFormat(buf, out int n, default, CultureInfo.InvariantCulture);
                w.Write(buf[..n]);
            }
            else
                w.Write(PyOps.Str(a));
        }
        w.Write(endText);
        if (flush)
            w.Flush();
    }

    public static void Print(ReadOnlySpan<PyValue> args) => Print(args, default, default, false);

    private static string? OptionalStr(PyValue v, string name)
    {
        if (v.IsUnbound || v.IsNone)
            return null;
        return v.Ref as string ?? throw PyException.TypeError($"{name} must be None or a string, not {PyOps.TypeName(v)}");
    }

    /// <summary>len(x): a list's count inline (the common <c>len(xs)</c> in a loop), everything else through <see cref="PyOps.Len"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyValue Len(PyValue v) => PyValue.FromInt(v.Ref is PyList l ? l.Count : PyOps.Len(v));

    public static PyValue Range(PyValue stop) => PyValue.FromObject(new PyRange(0, RangeArg(stop), 1));

    public static PyValue Range(PyValue start, PyValue stop) => PyValue.FromObject(new PyRange(RangeArg(start), RangeArg(stop), 1));

    public static PyValue Range(PyValue start, PyValue stop, PyValue step) =>
        PyValue.FromObject(new PyRange(RangeArg(start), RangeArg(stop), RangeArg(step)));

    private static long RangeArg(PyValue v)
    {
        if (v.IsInt || v.IsBool)
            return v.Bits;
        if (v.Ref is PyBigInt)
            throw PyException.OverflowError("Python int too large to convert to C ssize_t");
        return PyOps.ToIndex(v);
    }

    public static PyValue Str(PyValue v) => PyValue.FromString(PyOps.Str(v));

    public static PyValue Repr(PyValue v) => PyValue.FromString(PyOps.Repr(v));

    public static PyValue Ascii(PyValue v) => PyValue.FromString(PyOps.Ascii(v));

    public static PyValue Bool(PyValue v) => PyValue.FromBool(PyOps.IsTrue(v));

    public static PyValue List() => PyValue.FromObject(new PyList());

    public static PyValue List(PyValue iterable) => PyValue.FromObject(PyList.FromIterable(iterable));

    public static PyValue Tuple() => PyValue.FromObject(PyTuple.Empty);

    public static PyValue Tuple(PyValue iterable) => PyValue.FromObject(PyTuple.From(iterable));

    public static PyValue Isinstance(PyValue obj, PyValue types) => PyValue.FromBool(PyOps.IsInstance(obj, types));

    public static PyValue Issubclass(PyValue cls, PyValue types)
    {
        // An object whose class defines __subclasscheck__ answers (typing's aliases), as PyObject_IsSubclass asks it.
        if (types.Ref is PyInstance inst && inst.Type.TryLookup("__subclasscheck__", out var subclassCheck))
            return PyValue.FromBool(PyOps.IsTrue(PyOps.CallWithSelf(subclassCheck, types, [cls], null)));
        if (cls.Ref is not PyType t)
            throw PyException.TypeError("issubclass() arg 1 must be a class");
        if (types.Ref is PyTuple tuple)
        {
            for (int i = 0; i < tuple.Count; i++)
            {
                if (Issubclass(cls, tuple[i]).Bits != 0)
                    return PyValue.True;
            }
            return PyValue.False;
        }
        if (types.Ref is not PyType u)
            throw PyException.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return PyValue.FromBool(u.Metaclass is not null && u.MetaSubclassCheck(cls) is { } check ? check : t.IsSubtypeOf(u));
    }

    public static PyValue Abs(PyValue v)
    {
        v = PyDerivedInstance.BuiltinUnless(v, "__abs__");
        if (v.IsInt)
            return v.Bits == long.MinValue ? PyValue.FromBigInteger(-(BigInteger)v.Bits) : PyValue.FromInt(Math.Abs(v.Bits));
        if (v.IsFloat)
            return PyValue.FromFloat(Math.Abs(v.AsDouble));
        if (v.IsBool)
            return PyValue.FromInt(v.Bits);
        if (v.Ref is PyBigInt b)
            return PyValue.FromBigInteger(BigInteger.Abs(b.Value));
        if (v.Ref is PyInstance i && i.Type.TryLookup("__abs__", out var m))
            return PyOps.CallWithSelf(m, v, ReadOnlySpan<PyValue>.Empty, null);
        if (v.Ref is PyComplex c)
            return c.Abs();
        throw PyException.TypeError($"bad operand type for abs(): '{PyOps.TypeName(v)}'");
    }

    public static PyValue Min(ReadOnlySpan<PyValue> args, PyValue key, PyValue defaultValue) => MinMax(args, key, defaultValue, "min", CompareOp.Lt);

    public static PyValue Max(ReadOnlySpan<PyValue> args, PyValue key, PyValue defaultValue) => MinMax(args, key, defaultValue, "max", CompareOp.Gt);

    public static PyValue Min(ReadOnlySpan<PyValue> args) => MinMax(args, default, default, "min", CompareOp.Lt);

    public static PyValue Max(ReadOnlySpan<PyValue> args) => MinMax(args, default, default, "max", CompareOp.Gt);

    private static PyValue MinMax(ReadOnlySpan<PyValue> args, PyValue key, PyValue defaultValue, string name, CompareOp op)
    {
        if (args.Length == 0)
            throw PyException.TypeError($"{name} expected at least 1 argument, got 0");
        if (key.IsNone)
            key = default;
        bool hasDefault = !defaultValue.IsUnbound;
        if (args.Length > 1 && hasDefault)
            throw PyException.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        PyValue best = default, bestKey = default;
        bool found = false;
        if (args.Length == 1)
        {
            var it = PyOps.GetIter(args[0]);
            while (it.MoveNext(out var item))
                Consider(item, ref best, ref bestKey, ref found, key, op);
            if (!found)
            {
                if (hasDefault)
                    return defaultValue;
                throw PyException.ValueError($"{name}() iterable argument is empty");
            }
            return best;
        }
        foreach (var item in args)
            Consider(item, ref best, ref bestKey, ref found, key, op);
        return best;
    }

    private static void Consider(PyValue item, ref PyValue best, ref PyValue bestKey, ref bool found, PyValue key, CompareOp op)
    {
        var k = key.IsUnbound ? item : PyOps.Call(key, new[] { item }, null);
        if (!found)
        {
            best = item;
            bestKey = k;
            found = true;
            return;
        }
        bool better = op == CompareOp.Lt ? PyOps.LtBool(k, bestKey) : PyOps.GtBool(k, bestKey);
        if (better)
        {
            best = item;
            bestKey = k;
        }
    }

    /// <summary>sum(iterable, start=0), with CPython 3.12's compensated float summation.</summary>
    public static PyValue Sum(PyValue iterable, PyValue start)
    {
        if (start.IsUnbound)
            start = PyValue.FromInt(0);
        if (start.Ref is string)
            throw PyException.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if ((start.IsInt || start.IsBool) && iterable.Ref is PyList list && SumSmallInts(list, start.Bits, out long total))
            return PyValue.FromInt(total);
        var it = PyOps.GetIter(iterable);
        PyValue result = start;
        PyValue item;
        // Integer fast path.
        if (result.IsInt || result.IsBool)
        {
            long acc = result.Bits;
            while (true)
            {
                if (!it.MoveNext(out item))
                    return PyValue.FromInt(acc);
                if (item.IsInt || item.IsBool)
                {
                    long r = unchecked(acc + item.Bits);
                    if (((acc ^ r) & (item.Bits ^ r)) >= 0)
                    {
                        acc = r;
                        continue;
                    }
                }
                result = PyValue.FromInt(acc);
                if (item.IsFloat)
                    return SumFloats(it, (double)acc, item);
                result = PyOps.Add(result, item);
                break;
            }
        }
        else if (result.IsFloat)
        {
            if (!it.MoveNext(out item))
                return result;
            return SumFloats(it, result.AsDouble, item);
        }
        while (it.MoveNext(out item))
        {
            if (result.IsFloat && (item.IsFloat || item.IsInt))
                return SumFloats(it, result.AsDouble, item);
            result = PyOps.Add(result, item);
        }
        return result;
    }

    /// <summary>The sum of a list whose items are all ints or bools and whose partial sums all fit in a long, read
    /// straight off its array (no Python code runs, so the list cannot change); false (nothing observable done)
    /// for anything else, which the generic loop then sums from the start.</summary>
    private static bool SumSmallInts(PyList list, long acc, out long total)
    {
        var items = list.AsSpan();
        for (int k = 0; k < items.Length; k++)
        {
            ref readonly PyValue v = ref items[k];
            if (!(v.IsInt || v.IsBool))
            {
                total = 0;
                return false;
            }
            long r = unchecked(acc + v.Bits);
            if (((acc ^ r) & (v.Bits ^ r)) < 0)
            {
                total = 0;
                return false;
            }
            acc = r;
        }
        total = acc;
        return true;
    }

    private static PyValue SumFloats(PyIterator it, double f, PyValue item)
    {
        double c = 0.0;
        while (true)
        {
            double x;
            if (item.IsFloat)
                x = item.AsDouble;
            else if (item.IsInt || item.IsBool)
                x = item.Bits;
            else
            {
                if (c != 0 && double.IsFinite(c))
                    f += c;
                var result = PyOps.Add(PyValue.FromFloat(f), item);
                while (it.MoveNext(out item))
                    result = PyOps.Add(result, item);
                return result;
            }
            double t = f + x;
            if (Math.Abs(f) >= Math.Abs(x))
                c += (f - t) + x;
            else
                c += (x - t) + f;
            f = t;
            if (!it.MoveNext(out item))
                break;
        }
        if (c != 0 && double.IsFinite(c))
            f += c;
        return PyValue.FromFloat(f);
    }

    public static PyValue Chr(PyValue v)
    {
        long cp = PyOps.ToIndex(v);
        if (cp < 0 || cp > 0x10ffff)
            throw PyException.ValueError("chr() arg not in range(0x110000)");
        if (cp < 0x10000)
            return PyValue.FromString(StrCache.Char((char)cp));
        return PyValue.FromString(CodePoints.FromCodePoint((int)cp));
    }

    public static PyValue Ord(PyValue v)
    {
        if (v.Ref is string s)
        {
            if (s.Length == 1)
                return PyValue.FromInt(s[0]);
            if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
                return PyValue.FromInt(char.ConvertToUtf32(s[0], s[1]));
            throw PyException.TypeError($"ord() expected a character, but string of length {s.Length} found");
        }
        if (BytesLike.TryGetSpan(v, out var bytes))
        {
            if (bytes.Length == 1)
                return PyValue.FromInt(bytes[0]);
            throw PyException.TypeError($"ord() expected a character, but string of length {bytes.Length} found");
        }
        throw PyException.TypeError($"ord() expected string of length 1, but {PyOps.TypeName(v)} found");
    }

    public static PyValue Hex(PyValue v) => PyValue.FromString(IntToBase(v, 16, "0x"));
    public static PyValue Oct(PyValue v) => PyValue.FromString(IntToBase(v, 8, "0o"));
    public static PyValue Bin(PyValue v) => PyValue.FromString(IntToBase(v, 2, "0b"));

    private static string IntToBase(PyValue v, int radix, string prefix)
    {
        if (!PyOps.TryIndex(v, out var n))
            throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        return (n.Sign < 0 ? "-" : "") + prefix + Formatter.ToBase(BigInteger.Abs(n), radix);
    }

    public static PyValue Divmod(PyValue a, PyValue b)
    {
        a = PyDerivedInstance.BuiltinUnless(a, "__divmod__");
        b = PyDerivedInstance.BuiltinUnless(b, "__rdivmod__");
        if ((a.IsInt || a.IsBool || a.IsBigInt) && (b.IsInt || b.IsBool || b.IsBigInt))
        {
            if (IntOps.ToBig(b).IsZero)
                throw PyException.ZeroDivisionError("integer division or modulo by zero");
            return PyValue.FromObject(PyTuple.Create(PyOps.FloorDiv(a, b), PyOps.Mod(a, b)));
        }
        if ((a.IsFloat || a.IsInt || a.IsBool || a.IsBigInt) && (b.IsFloat || b.IsInt || b.IsBool || b.IsBigInt))
        {
            double q = FloatOps.DivMod(PyOps.ToDouble(a), PyOps.ToDouble(b), out double m);
            return PyValue.FromObject(PyTuple.Create(PyValue.FromFloat(q), PyValue.FromFloat(m)));
        }
        // binary_op1's protocol: __divmod__, then the other operand's __rdivmod__ (first when its class derives from
        // the left operand's and has its own), a NotImplemented passing the turn.
        var ta = PyOps.TypeOf(a);
        PyValue dm = default, rdm = default;
        bool left = a.Ref is PyInstance ia && ia.Type.TryLookup("__divmod__", out dm);
        bool right = b.Ref is PyInstance ib && !ReferenceEquals(ib.Type, ta) && ib.Type.TryLookup("__rdivmod__", out rdm);
        if (right && ((PyInstance)b.Ref!).Type.IsSubtypeOf(ta) && !(ta.TryLookup("__rdivmod__", out var own) && ReferenceEquals(own.Ref, rdm.Ref)))
        {
            var r = PyOps.CallWithSelf(rdm, b, new[] { a }, null);
            if (r.Ref is not PyNotImplementedType)
                return r;
            right = false;
        }
        if (left)
        {
            var r = PyOps.CallWithSelf(dm, a, new[] { b }, null);
            if (r.Ref is not PyNotImplementedType)
                return r;
        }
        if (right)
        {
            var r = PyOps.CallWithSelf(rdm, b, new[] { a }, null);
            if (r.Ref is not PyNotImplementedType)
                return r;
        }
        throw PyException.TypeError($"unsupported operand type(s) for divmod(): '{PyOps.TypeName(a)}' and '{PyOps.TypeName(b)}'");
    }

    /// <summary>round(x) / round(x, ndigits).</summary>
    public static PyValue Round(PyValue x, PyValue ndigits)
    {
        x = PyDerivedInstance.BuiltinUnless(x, "__round__");
        bool noDigits = ndigits.IsUnbound || ndigits.IsNone;
        if (x.IsFloat)
        {
            double d = x.AsDouble;
            if (noDigits)
            {
                double r = Math.Round(d, MidpointRounding.ToEven);
                return FloatOps.ToInt(r);
            }
            long n = PyOps.ToIndexClamped(ndigits);
            return PyValue.FromFloat(RoundFloat(d, n));
        }
        if (PyOps.IsIntegral(x))
        {
            if (noDigits)
                return x.IsBool ? PyValue.FromInt(x.Bits) : x;
            long n = PyOps.ToIndexClamped(ndigits);
            if (n >= 0)
                return x.IsBool ? PyValue.FromInt(x.Bits) : x;
            if (n < -400)
                return PyValue.FromInt(0);
            var pow = BigInteger.Pow(10, (int)-n);
            var v = IntOps.ToBig(x);
            var q = IntOps.FloorDivBig(v, pow);
            var rem = v - q * pow;
            int c = (rem * 2).CompareTo(pow);
            if (c > 0 || (c == 0 && !q.IsEven))
                q += 1;
            return PyValue.FromBigInteger(q * pow);
        }
        if (x.Ref is PyInstance inst && inst.Type.TryLookup("__round__", out var m))
            return noDigits ? PyOps.CallWithSelf(m, x, ReadOnlySpan<PyValue>.Empty, null) : PyOps.CallWithSelf(m, x, new[] { ndigits }, null);
        throw PyException.TypeError($"type {PyOps.TypeName(x)} doesn't define __round__ method");
    }

    /// <summary>CPython's double_round: correctly rounded (half-even on the exact binary value).</summary>
    public static double RoundFloat(double d, long ndigits)
    {
        if (!double.IsFinite(d) || d == 0)
            return d;
        if (ndigits > 323)
            return d;
        if (ndigits < -308)
            return Math.CopySign(0.0, d);
        double ax = Math.Abs(d);
        var r = Formatter.RoundScaled(ax, (int)ndigits);
        double result = double.Parse(r.ToString(CultureInfo.InvariantCulture) + "e" + (-ndigits).ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result))
            throw PyException.OverflowError("rounded value too large to represent");
        return Math.CopySign(result, d);
    }

    public static PyValue Hash(PyValue v) => PyValue.FromInt(PyHash.Hash(v));

    public static PyValue Id(PyValue v)
    {
        if (v.Ref is PyObject or string or PyBigInt)
            return PyValue.FromInt(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v.Ref!) * 16L + 0x7f0000000000L);
        return PyValue.FromInt(PyHash.Hash(v) * 16 + 0x7e0000000000L);
    }

    public static PyValue Callable(PyValue v) => PyValue.FromBool(PyOps.IsCallable(v));

    public static PyValue Type(PyValue v) => PyValue.FromObject(PyOps.TypeOf(v));

    public static PyValue Iter(PyValue v) => PyValue.FromObject(PyOps.GetIter(v));

    public static PyValue Next(PyValue it, PyValue defaultValue)
    {
        if (it.Ref is PyIterator pi)
        {
            if (pi.MoveNext(out var item))
                return item;
            if (!defaultValue.IsUnbound)
                return defaultValue;
            throw pi.Exhausted();
        }
        if (it.Ref is PyInstance inst && inst.Type.TryLookup("__next__", out var m))
        {
            try
            {
                return PyOps.CallWithSelf(m, it, ReadOnlySpan<PyValue>.Empty, null);
            }
            catch (PyException e) when (!defaultValue.IsUnbound && e.Matches(PyTypes.StopIteration))
            {
                return defaultValue;
            }
        }
        throw PyException.TypeError($"'{PyOps.TypeName(it)}' object is not an iterator");
    }

    public static PyValue Any(PyValue iterable)
    {
        var it = PyOps.GetIter(iterable);
        while (it.MoveNext(out var x))
        {
            if (PyOps.IsTrue(x))
                return PyValue.True;
        }
        return PyValue.False;
    }

    public static PyValue All(PyValue iterable)
    {
        var it = PyOps.GetIter(iterable);
        while (it.MoveNext(out var x))
        {
            if (!PyOps.IsTrue(x))
                return PyValue.False;
        }
        return PyValue.True;
    }

    public static PyValue Sorted(PyValue iterable, PyValue key, bool reverse)
    {
        var list = PyList.FromIterable(iterable);
        list.Sort(key.IsNone ? default : key, reverse);
        return PyValue.FromObject(list);
    }

    public static PyValue Reversed(PyValue seq)
    {
        seq = PyDerivedInstance.BuiltinUnless(seq, "__reversed__");
        switch (seq.Ref)
        {
            case PyList l:
                return PyValue.FromObject(new ReverseListIterator(l));
            case PyTuple t:
            {
                var items = t.AsSpan().ToArray();
                Array.Reverse(items);
                return PyValue.FromObject(new ArrayIterator(items, items.Length, PyTypes.Reversed));
            }
            case PyRange r:
                return PyValue.FromObject(new RangeIterator(r.Start + (r.Count - 1) * r.Step, -r.Step, r.Count));
            case string s:
            {
                var chars = PyList.FromIterable(seq);
                chars.Reverse();
                return PyValue.FromObject(new ArrayIterator(chars.Items, chars.Count, PyTypes.Reversed));
            }
            case PyDict or PyDictView:
            {
                var items = PyList.FromIterable(seq);
                items.Reverse();
                return PyValue.FromObject(new ArrayIterator(items.Items, items.Count, PyTypes.Reversed));
            }
            case PyDeque deque:
                return PyValue.FromObject(deque.ReverseIterator());
            case PyBytes or PyByteArray:
            {
                var bytes = BytesLike.Span(seq);
                var items = new PyValue[bytes.Length];
                for (int i = 0; i < items.Length; i++)
                    items[i] = PyValue.FromInt(bytes[items.Length - 1 - i]);
                return PyValue.FromObject(new ArrayIterator(items, items.Length, PyTypes.Reversed));
            }
            case PyMemoryView:
                return ReversedSequence(seq);
            case PyType cls when cls.TryMetaLookup("__reversed__", out var meta):
                // reversed(SomeEnum): the metaclass's __reversed__.
                return PyOps.CallWithSelf(meta, seq, ReadOnlySpan<PyValue>.Empty, null);
            case PyInstance inst:
                if (inst.Type.TryLookup("__reversed__", out var m))
                    return PyOps.CallWithSelf(m, seq, ReadOnlySpan<PyValue>.Empty, null);
                if (inst.Type.TryLookup("__len__", out _) && inst.Type.TryLookup("__getitem__", out _))
                    return ReversedSequence(seq);
                break;
        }
        throw PyException.TypeError($"'{PyOps.TypeName(seq)}' object is not reversible");
    }

    /// <summary>reversed() over the sequence protocol: <c>__len__</c>, then <c>__getitem__</c> from the end.</summary>
    private static PyValue ReversedSequence(PyValue seq)
    {
        long n = PyOps.Len(seq);
        var items = new PyValue[n];
        for (long i = 0; i < n; i++)
            items[i] = PyOps.GetItem(seq, PyValue.FromInt(n - 1 - i));
        return PyValue.FromObject(new ArrayIterator(items, items.Length, PyTypes.Reversed));
    }

    public static PyValue Input(PyValue prompt)
    {
        if (!prompt.IsUnbound)
            PyStdio.Out.Write(PyOps.Str(prompt));
        string? line = PyStdio.ReadLine();
        if (line is null)
            throw PyException.Create(PyTypes.EOFError, "EOF when reading a line");
        return PyValue.FromString(line);
    }

    public static PyValue Format(PyValue value, PyValue spec)
    {
        string s = spec.IsUnbound ? "" : spec.Ref as string ?? throw PyException.TypeError($"format() argument 2 must be str, not {(spec.IsNone ? "None" : PyOps.TypeName(spec))}");
        return PyValue.FromString(PyOps.Format(value, s));
    }

    public static PyValue Getattr(PyValue obj, PyValue name, PyValue defaultValue)
    {
        string n = name.Ref as string ?? throw PyException.TypeError($"attribute name must be string, not '{PyOps.TypeName(name)}'");
        if (defaultValue.IsUnbound)
            return PyOps.GetAttr(obj, n);
        try
        {
            return PyOps.TryGetAttr(obj, n, out var v) ? v : defaultValue;
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            return defaultValue;
        }
    }

    public static PyValue Hasattr(PyValue obj, PyValue name)
    {
        string n = name.Ref as string ?? throw PyException.TypeError($"attribute name must be string, not '{PyOps.TypeName(name)}'");
        try
        {
            return PyValue.FromBool(PyOps.TryGetAttr(obj, n, out _));
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            return PyValue.False;
        }
    }
}
