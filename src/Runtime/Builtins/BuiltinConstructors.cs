using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>What calling a built-in type does: int("3"), list(x), dict(a=1), ...</summary>
internal static class BuiltinConstructors
{
    private static PyValue PropArg(ReadOnlySpan<PyValue> args, string[]? kw, int i, string name)
    {
        var pos = ArgCheck.Positional(args, kw);
        return i < pos.Length ? pos[i] : ArgCheck.TryGetKeyword(args, kw, name, out var v) ? v : PyValue.None;
    }

    public static void Install()
    {
        // super(type, obj): the proxy whose lookups start after type in obj's MRO (the zero-argument form is compiled
        // from the method's __class__ cell; one argument, an unbound super, is not built).
        PyTypes.Super.Constructor = static (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw PyException.TypeError("super() takes no keyword arguments");
            if (args.Length == 0)
                throw PyException.RuntimeError("super(): no arguments");
            if (args.Length > 2)
                throw PyException.TypeError($"super() expected at most 2 arguments, got {args.Length}");
            if (args[0].Ref is not PyType type)
                throw PyException.TypeError($"super() argument 1 must be a type, not {PyOps.TypeName(args[0])}");
            if (args.Length == 1)
                throw PyException.NotImplementedError("super() with one argument (an unbound super object) is not supported yet");
            var obj = args[1];
            bool related = obj.Ref is PyType cls ? cls.IsSubtypeOf(type) : PyOps.TypeOf(obj).IsSubtypeOf(type);
            if (!related)
                throw PyException.TypeError("super(type, obj): obj must be an instance or subtype of type");
            return PyValue.FromObject(new PySuper(type, obj));
        };
        PyTypes.Int.Constructor = static (args, kw) =>
        {
            ArgCheck.OnlyKeywords("int", kw, "base");
            var pos = ArgCheck.Positional(args, kw);
            var b = ArgCheck.TryGetKeyword(args, kw, "base", out var kb) ? kb : pos.Length > 1 ? pos[1] : default;
            if (pos.Length > 2)
                throw PyException.TypeError($"int() takes at most 2 arguments ({pos.Length} given)");
            if (pos.Length == 0)
            {
                if (!b.IsUnbound)
                    throw PyException.TypeError("int() missing string argument");
                return Builtins.Int();
            }
            return b.IsUnbound ? Builtins.Int(pos[0]) : Builtins.Int(pos[0], b);
        };
        PyTypes.Bytes.Constructor = PyBytes.Construct;
        PyTypes.ByteArray.Constructor = PyByteArray.Construct;
        // fromhex and maketrans are the types' own (bytes.fromhex is a classmethod: its subclasses' calls make
        // plain bytes here; maketrans is static and makes bytes for either type).
        PyTypes.Bytes.Dict["fromhex"] = PyValue.FromObject(new PyBuiltinFunction("fromhex", static (args, kw) =>
        {
            ArgCheck.ExactlyOne("fromhex", args, kw);
            return BytesMethods.FromHex(args[0], byteArray: false);
        }));
        PyTypes.ByteArray.Dict["fromhex"] = PyValue.FromObject(new PyBuiltinFunction("fromhex", static (args, kw) =>
        {
            ArgCheck.ExactlyOne("fromhex", args, kw);
            return BytesMethods.FromHex(args[0], byteArray: true);
        }));
        PyTypes.Bytes.Dict["maketrans"] = PyValue.FromObject(new PyBuiltinFunction("maketrans", static (args, kw) => BytesMethods.MakeTrans(args, kw)));
        PyTypes.ByteArray.Dict["maketrans"] = PyValue.FromObject(new PyBuiltinFunction("maketrans", static (args, kw) => BytesMethods.MakeTrans(args, kw)));
        PyTypes.Float.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("float", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"float expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? Builtins.Float() : Builtins.Float(args[0]);
        };
        PyTypes.Str.Constructor = static (args, kw) =>
        {
            ArgCheck.OnlyKeywords("str", kw, "object", "encoding", "errors");
            var pos = ArgCheck.Positional(args, kw);
            var o = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kw, "object", out var ko) ? ko : default;
            if (pos.Length > 3)
                throw PyException.TypeError($"str() takes at most 3 arguments ({pos.Length} given)");
            bool hasEnc = ArgCheck.TryGetKeyword(args, kw, "encoding", out var enc) | pos.Length > 1;
            bool hasErr = ArgCheck.TryGetKeyword(args, kw, "errors", out var errs) | pos.Length > 2;
            if (hasEnc || hasErr)
            {
                // str(bytes, encoding[, errors]) decodes.
                if (pos.Length > 1)
                    enc = pos[1];
                if (pos.Length > 2)
                    errs = pos[2];
                if (o.Ref is string)
                    throw PyException.TypeError("decoding str is not supported");
                if (!BytesLike.Is(o))
                    throw PyException.TypeError($"decoding to str: need a bytes-like object, {PyOps.TypeName(o)} found");
                var dargs = new[] { enc.IsUnbound ? PyValue.FromString("utf-8") : enc, errs.IsUnbound ? PyValue.FromString("strict") : errs };
                // (a memoryview, which has no decode(), is decoded as the bytes of its simple buffer)
                var decoded = PyDerivedInstance.Unwrap(o).Ref is PyMemoryView view ? PyValue.FromObject(new PyBytes(view.ContiguousSpan().ToArray())) : PyDerivedInstance.Unwrap(o);
                return PyOps.CallMethod(decoded, "decode", dargs, null);
            }
            return o.IsUnbound ? PyValue.FromString("") : Builtins.Str(o);
        };
        PyTypes.Bool.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("bool", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? PyValue.False : Builtins.Bool(args[0]);
        };
        PyTypes.List.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("list", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"list expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? Builtins.List() : Builtins.List(args[0]);
        };
        PyTypes.Tuple.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("tuple", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"tuple expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? Builtins.Tuple() : Builtins.Tuple(args[0]);
        };
        PyTypes.Dict.Constructor = static (args, kw) =>
        {
            var pos = ArgCheck.Positional(args, kw);
            if (pos.Length > 1)
                throw PyException.TypeError($"dict expected at most 1 argument, got {pos.Length}");
            var d = new PyDict();
            if (pos.Length == 1)
                d.UpdateFrom(pos[0]);
            if (kw is not null)
            {
                for (int i = 0; i < kw.Length; i++)
                    d.SetItem(kw[i], args[pos.Length + i]);
            }
            return PyValue.FromObject(d);
        };
        PyTypes.Dict.Dict["fromkeys"] = PyValue.FromObject(new PyBuiltinFunction("fromkeys", static (args, kw) =>
        {
            ArgCheck.Range("fromkeys", args, kw, 1, 2);
            var d = new PyDict();
            var value = args.Length > 1 ? args[1] : PyValue.None;
            var it = PyOps.GetIter(args[0]);
            while (it.MoveNext(out var k))
                d.SetItem(k, value);
            return PyValue.FromObject(d);
        }));
        PyTypes.Str.Dict["maketrans"] = PyValue.FromObject(new PyBuiltinFunction("maketrans", static (args, kw) => StrTranslate.MakeTrans(args, kw)));
        PyTypes.Int.Dict["from_bytes"] = PyValue.FromObject(new PyBuiltinFunction("from_bytes", static (args, kw) => IntFromBytes(args, kw)));
        PyTypes.Set.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("set", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"set expected at most 1 argument, got {args.Length}");
            return PyValue.FromObject(args.Length == 0 ? new PySet() : PySet.FromIterable(args[0], false));
        };
        PyTypes.FrozenSet.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("frozenset", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"frozenset expected at most 1 argument, got {args.Length}");
            if (args.Length == 1 && args[0].Ref is PySet { IsFrozen: true })
                return args[0];
            return PyValue.FromObject(args.Length == 0 ? new PySet(true) : PySet.FromIterable(args[0], true));
        };
        PyTypes.Range.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("range", kw);
            return args.Length switch
            {
                1 => Builtins.Range(args[0]),
                2 => Builtins.Range(args[0], args[1]),
                3 => Builtins.Range(args[0], args[1], args[2]),
                0 => throw PyException.TypeError("range expected at least 1 argument, got 0"),
                _ => throw PyException.TypeError($"range expected at most 3 arguments, got {args.Length}"),
            };
        };
        PyTypes.Slice.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("slice", kw);
            return args.Length switch
            {
                1 => PyOps.Slice(PyValue.None, args[0], PyValue.None),
                2 => PyOps.Slice(args[0], args[1], PyValue.None),
                3 => PyOps.Slice(args[0], args[1], args[2]),
                0 => throw PyException.TypeError("slice expected at least 1 argument, got 0"),
                _ => throw PyException.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        PyTypes.Type.Constructor = static (args, kw) => PyType.TypeCall(PyTypes.Type, args, kw);
        PyTypes.Traceback.Constructor = static (args, kw) => PyTraceback.Construct(args, kw);
        PyTypes.StaticMethod.Constructor = static (args, kw) => PyValue.FromObject(new PyStaticMethod(args[0]));
        PyTypes.ClassMethod.Constructor = static (args, kw) => PyValue.FromObject(new PyClassMethod(args[0]));
        PyTypes.Property.Constructor = static (args, kw) =>
        {
            return PyValue.FromObject(new PyProperty(PropArg(args, kw, 0, "fget"), PropArg(args, kw, 1, "fset"), PropArg(args, kw, 2, "fdel"), PropArg(args, kw, 3, "doc")));
        };
        PyTypes.Reversed.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("reversed", kw);
            if (args.Length != 1)
                throw PyException.TypeError($"reversed expected 1 argument, got {args.Length}");
            return Builtins.Reversed(args[0]);
        };
        PyTypes.Enumerate.Constructor = static (args, kw) =>
        {
            ArgCheck.OnlyKeywords("enumerate", kw, "iterable", "start");
            var pos = ArgCheck.Positional(args, kw);
            var it = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kw, "iterable", out var ki) ? ki : throw PyException.TypeError("enumerate() missing required argument 'iterable' (pos 1)");
            var start = pos.Length > 1 ? pos[1] : ArgCheck.TryGetKeyword(args, kw, "start", out var ks) ? ks : PyValue.FromInt(0);
            return PyValue.FromObject(new EnumerateIterator(PyOps.GetIter(it), PyOps.ToIndex(start)));
        };
        PyTypes.Zip.Constructor = static (args, kw) =>
        {
            ArgCheck.OnlyKeywords("zip", kw, "strict");
            var pos = ArgCheck.Positional(args, kw);
            var strict = ArgCheck.TryGetKeyword(args, kw, "strict", out var st) && PyOps.IsTrue(st);
            var its = new PyIterator[pos.Length];
            for (int i = 0; i < pos.Length; i++)
                its[i] = PyOps.GetIter(pos[i]);
            return PyValue.FromObject(new ZipIterator(its, strict));
        };
        PyTypes.Map.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("map", kw);
            if (args.Length < 2)
                throw PyException.TypeError("map() must have at least two arguments.");
            var its = new PyIterator[args.Length - 1];
            for (int i = 1; i < args.Length; i++)
                its[i - 1] = PyOps.GetIter(args[i]);
            return PyValue.FromObject(new MapIterator(args[0], its));
        };
        PyTypes.Filter.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("filter", kw);
            if (args.Length != 2)
                throw PyException.TypeError($"filter expected 2 arguments, got {args.Length}");
            return PyValue.FromObject(new FilterIterator(args[0], PyOps.GetIter(args[1])));
        };
    }

    /// <summary><c>int.from_bytes(bytes, byteorder='big', *, signed=False)</c>: bytes or an iterable of ints in range(256).</summary>
    private static PyValue IntFromBytes(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.OnlyKeywords("from_bytes", kw, "bytes", "byteorder", "signed");
        var pos = ArgCheck.Positional(args, kw);
        if (pos.Length > 2)
            throw PyException.TypeError($"from_bytes() takes at most 2 positional arguments ({pos.Length} given)");
        PyValue source = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kw, "bytes", out var b) ? b
            : throw PyException.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
        PyValue orderArg = pos.Length > 1 ? pos[1] : ArgCheck.TryGetKeyword(args, kw, "byteorder", out var o) ? o : PyValue.FromString("big");
        bool signed = ArgCheck.TryGetKeyword(args, kw, "signed", out var sg) && PyOps.IsTrue(sg);
        if (orderArg.Ref is not string order)
            throw PyException.TypeError($"from_bytes() argument 'byteorder' must be str, not {PyOps.TypeName(orderArg)}");
        if (order is not ("big" or "little"))
            throw PyException.ValueError("byteorder must be either 'little' or 'big'");
        byte[] data;
        if (BytesLike.ToArrayOrNull(source) is { } bytes)
            data = bytes;
        else if (source.Ref is string)
            throw PyException.TypeError("cannot convert 'str' object to bytes");
        else
        {
            var list = new System.Collections.Generic.List<byte>();
            var it = PyOps.GetIter(source);
            while (it.MoveNext(out var item))
            {
                if (!(item.IsInt || item.IsBool || item.IsBigInt))
                    throw PyException.TypeError($"'{PyOps.TypeName(item)}' object cannot be interpreted as an integer");
                if (!item.IsInt && !item.IsBool || item.Bits < 0 || item.Bits > 255)
                    throw PyException.ValueError("bytes must be in range(0, 256)");
                list.Add((byte)item.Bits);
            }
            data = list.ToArray();
        }
        var value = new System.Numerics.BigInteger(data, isUnsigned: !signed, isBigEndian: order == "big");
        return PyValue.FromBigInteger(value);
    }
}
