using System;
using System.Collections.Generic;
using System.Linq;

namespace PyAot.Runtime;

/// <summary>
/// The special methods of the built-in types a class can derive from, read from the type (<c>list.__len__</c>,
/// <c>super().__getitem__(i)</c>, <c>int.__add__</c>): each does the built-in type's own operation on the built-in
/// value of its first argument (<see cref="PyDerivedInstance.Value"/> for an instance of a derived class), so an
/// override that calls it through <c>super()</c> is not called again. A binary operation or comparison the type does
/// not support with the other operand returns NotImplemented, as CPython's slot wrappers do.
/// </summary>
internal static class BuiltinDunders
{
    private const string Sequences = "list tuple str bytes bytearray";
    private const string Containers = "list tuple str bytes bytearray dict set frozenset";
    private const string Numbers = "int float";
    private const string All = "list tuple str bytes bytearray dict set frozenset int float";

    /// <summary>Which built-in types have each special method (by type name).</summary>
    private static readonly Dictionary<string, HashSet<string>> Owners = OwnerTable().ToDictionary(
        kv => kv.Key, kv => new HashSet<string>(kv.Value.Split(' '), StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The table <see cref="Owners"/> is read from: space-separated type names.</summary>
    private static Dictionary<string, string> OwnerTable() => new()
    {
        ["__len__"] = Containers + " memoryview",
        ["__iter__"] = Containers + " memoryview",
        ["__contains__"] = Containers,
        ["__getitem__"] = "list tuple str bytes bytearray dict memoryview",
        ["__setitem__"] = "list dict bytearray memoryview",
        ["__delitem__"] = "list dict bytearray memoryview",
        ["__reversed__"] = "list dict",
        ["__repr__"] = All + " bool memoryview",
        ["__str__"] = "str",
        ["__hash__"] = All + " memoryview",
        ["__format__"] = All,
        ["__eq__"] = All + " memoryview",
        ["__ne__"] = All + " memoryview",
        ["__lt__"] = All + " memoryview",
        ["__le__"] = All + " memoryview",
        ["__gt__"] = All + " memoryview",
        ["__ge__"] = All + " memoryview",
        ["__bool__"] = Numbers,
        ["__neg__"] = Numbers,
        ["__pos__"] = Numbers,
        ["__abs__"] = Numbers,
        ["__invert__"] = "int bool",
        ["__int__"] = Numbers,
        ["__float__"] = Numbers,
        ["__index__"] = "int",
        ["__add__"] = Sequences + " " + Numbers,
        ["__radd__"] = Numbers,
        ["__mul__"] = Sequences + " " + Numbers,
        ["__rmul__"] = Sequences + " " + Numbers,
        ["__mod__"] = "str bytes bytearray " + Numbers,
        ["__rmod__"] = "str bytes bytearray " + Numbers,
        ["__iadd__"] = "list bytearray",
        ["__imul__"] = "list bytearray",
        ["__or__"] = "dict set frozenset int bool",
        ["__ror__"] = "dict set frozenset int bool",
        ["__and__"] = "set frozenset int bool",
        ["__rand__"] = "set frozenset int bool",
        ["__xor__"] = "set frozenset int bool",
        ["__rxor__"] = "set frozenset int bool",
        ["__sub__"] = "set frozenset " + Numbers,
        ["__rsub__"] = "set frozenset " + Numbers,
        ["__ior__"] = "dict set",
        ["__iand__"] = "set",
        ["__ixor__"] = "set",
        ["__isub__"] = "set",
        ["__truediv__"] = Numbers,
        ["__rtruediv__"] = Numbers,
        ["__floordiv__"] = Numbers,
        ["__rfloordiv__"] = Numbers,
        ["__pow__"] = Numbers,
        ["__rpow__"] = Numbers,
        ["__lshift__"] = "int",
        ["__rlshift__"] = "int",
        ["__rshift__"] = "int",
        ["__rrshift__"] = "int",
    };


    /// <summary><paramref name="name"/> read from the built-in <paramref name="type"/>: its special method, when it has it.</summary>
    public static bool TryGet(PyType type, string name, out PyValue value)
    {
        value = default;
        if (!type.IsBuiltin || !Owners.TryGetValue(name, out var owners))
            return false;
        // Inherited from a built-in base when the type has no own (bool.__index__ is int.__index__).
        while (!owners.Contains(type.Name))
        {
            if (type.Base is not { } b || ReferenceEquals(b, PyTypes.Object))
                return false;
            type = b;
        }
        if (name == "__hash__" && (ReferenceEquals(type, PyTypes.List) || ReferenceEquals(type, PyTypes.Dict) || ReferenceEquals(type, PyTypes.Set)
            || ReferenceEquals(type, PyTypes.ByteArray)))
        {
            value = PyValue.None; // list.__hash__ is None: the type is unhashable
            return true;
        }
        var body = Body(name);
        if (ReferenceEquals(type, PyTypes.Int) && name == "__repr__")
        {
            // int.__repr__ is long_to_decimal_string: a bool is written as its int (int.__repr__(True) is '1').
            var general = body;
            body = (self, args) => self.IsBool ? PyValue.FromString(NoArgs(self, args).Bits.ToString(System.Globalization.CultureInfo.InvariantCulture)) : general(self, args);
        }
        value = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
        {
            ArgCheck.NoKeywords(type.Name + "." + name, kw);
            if (args.Length == 0 || !type.IsInstance(args[0]))
                throw PyException.TypeError(args.Length == 0
                    ? $"unbound method {type.Name}.{name}() needs an argument"
                    : $"descriptor '{name}' requires a '{type.Name}' object but received a '{PyOps.TypeName(args[0])}'");
            return body(args[0], args[1..]);
        }) { MethodOf = type, BindsSelf = true });
        return true;
    }

    private static PyValue Arg(ReadOnlySpan<PyValue> args, string name, int count = 1)
    {
        if (args.Length != count)
            throw PyException.TypeError($"expected {count} argument{(count == 1 ? "" : "s")}, got {args.Length}");
        return args[0];
    }

    private delegate PyValue DunderBody(PyValue self, ReadOnlySpan<PyValue> args);

    /// <summary>What the special method does with self's built-in value (<c>v</c>) and its arguments.</summary>
    private static DunderBody Body(string name)
    {
        int compare = Array.IndexOf(PyInstance.CompareNames, name);
        if (compare >= 0)
        {
            return (self, args) =>
            {
                var r = PyOps.BuiltinCompare(PyDerivedInstance.Unwrap(self), PyDerivedInstance.Unwrap(Arg(args, name)), (CompareOp)compare);
                return r.IsUnbound ? PyValue.FromObject(PyNotImplementedType.Instance) : r;
            };
        }
        foreach (var (prefix, reflected, inplace) in new[] { ("__", false, false), ("__r", true, false), ("__i", false, true) })
        {
            int op = name.StartsWith(prefix, StringComparison.Ordinal) ? Array.IndexOf(PyInstance.OpNames, name[prefix.Length..^2]) : -1;
            if (op < 0)
                continue;
            return (self, args) =>
            {
                var v = PyDerivedInstance.Unwrap(self);
                var other = PyDerivedInstance.Unwrap(Arg(args, name));
                PyValue r;
                if (inplace)
                {
                    r = v.Ref is PyObject o ? o.InplaceOp((BinOp)op, other) : default;
                    if (ReferenceEquals(r.Ref, v.Ref))
                        r = self;
                }
                else
                {
                    r = PyOps.BuiltinBinary((BinOp)op, v, other, reflected);
                }
                return r.IsUnbound ? PyValue.FromObject(PyNotImplementedType.Instance) : r;
            };
        }
        return name switch
        {
            "__len__" => (self, args) => PyValue.FromInt(PyOps.Len(PyDerivedInstance.Unwrap(NoArgs(self, args)))),
            "__iter__" => (self, args) => PyValue.FromObject(PyOps.GetIter(PyDerivedInstance.Unwrap(NoArgs(self, args)))),
            "__contains__" => (self, args) => PyValue.FromBool(PyOps.Contains(PyDerivedInstance.Unwrap(self), Arg(args, name))),
            "__getitem__" => (self, args) => self.Ref is PyDerivedInstance d ? d.BuiltinGetItem(Arg(args, name)) : PyOps.GetItem(self, Arg(args, name)),
            "__setitem__" => (self, args) =>
            {
                Arg(args, name, 2);
                PyOps.SetItem(PyDerivedInstance.Unwrap(self), args[0], args[1]);
                return PyValue.None;
            },
            "__delitem__" => (self, args) =>
            {
                PyOps.DelItem(PyDerivedInstance.Unwrap(self), Arg(args, name));
                return PyValue.None;
            },
            "__reversed__" => (self, args) => Builtins.Reversed(PyDerivedInstance.Unwrap(NoArgs(self, args))),
            "__repr__" => (self, args) => PyValue.FromString(NoArgs(self, args).Ref is PyDerivedInstance d ? d.BuiltinRepr() : PyOps.Repr(self)),
            "__str__" => (self, args) => PyValue.FromString(PyOps.Str(PyDerivedInstance.Unwrap(NoArgs(self, args)))),
            "__hash__" => (self, args) => PyValue.FromInt(PyOps.Hash(PyDerivedInstance.Unwrap(NoArgs(self, args)))),
            "__format__" => (self, args) => Builtins.Format(PyDerivedInstance.Unwrap(self), Arg(args, name)),
            "__bool__" => (self, args) => PyValue.FromBool(PyOps.IsTrue(PyDerivedInstance.Unwrap(NoArgs(self, args)))),
            "__neg__" => (self, args) => PyOps.Neg(PyDerivedInstance.Unwrap(NoArgs(self, args))),
            "__pos__" => (self, args) => PyOps.Pos(PyDerivedInstance.Unwrap(NoArgs(self, args))),
            "__invert__" => (self, args) => PyOps.Invert(PyDerivedInstance.Unwrap(NoArgs(self, args))),
            "__abs__" => (self, args) => Builtins.Abs(PyDerivedInstance.Unwrap(NoArgs(self, args))),
            "__int__" or "__index__" => (self, args) => Builtins.Int(PyDerivedInstance.Unwrap(NoArgs(self, args))),
            "__float__" => (self, args) => Builtins.Float(PyDerivedInstance.Unwrap(NoArgs(self, args))),
            _ => throw new InvalidOperationException(name),
        };
    }

    private static PyValue NoArgs(PyValue self, ReadOnlySpan<PyValue> args)
    {
        if (args.Length != 0)
            throw PyException.TypeError($"expected 0 arguments, got {args.Length}");
        return self;
    }
}
