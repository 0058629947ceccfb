using System;
using System.Linq;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// <c>types.GenericAlias</c> (PEP 585): what subscripting a built-in generic class makes, <c>list[int]</c>,
/// <c>dict[str, int]</c>, <c>tuple[int, ...]</c>, as annotations evaluate them, and a generic type alias subscripted
/// (<c>Alias[int]</c>: its origin any object). It keeps <c>__origin__</c> and <c>__args__</c>, compares and hashes by
/// them, prints as written, and calling it calls its origin.
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    public PyGenericAlias(PyType origin, PyValue args) : this(PyValue.FromObject(origin), args)
    {
    }

    public PyGenericAlias(PyValue origin, PyValue args)
    {
        Origin = origin;
        Args = args.Ref is PyTuple t ? t : new PyTuple(new[] { args });
    }

    public PyValue Origin { get; }

    public PyTuple Args { get; }

    public override PyType Type => PyTypes.GenericAlias;

    public override string Repr()
    {
        var sb = new StringBuilder(TypeAnnotation.Repr(Origin)).Append('[');
        if (Args.Count == 0)
            sb.Append("()");
        for (int i = 0; i < Args.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(TypeAnnotation.Repr(Args[i]));
        }
        return sb.Append(']').ToString();
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "__origin__":
                value = Origin;
                return true;
            case "__args__":
                value = PyValue.FromObject(Args);
                return true;
            case "__parameters__":
                value = PyValue.FromObject(Parameters());
                return true;
            case "__mro_entries__":
                // (class C(list[int]) derives from list: PEP 560)
                value = PyValue.FromObject(new PyBuiltinFunction("__mro_entries__", (args, kw) =>
                {
                    ArgCheck.ExactlyOne("__mro_entries__", args, kw);
                    return PyValue.FromObject(new PyTuple(new[] { Origin }));
                }));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other.Ref is not PyGenericAlias g)
            return default;
        bool equal = PyOps.EqBool(Origin, g.Origin) && PyOps.EqBool(PyValue.FromObject(Args), PyValue.FromObject(g.Args));
        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }

    public override long Hash() => PyOps.Hash(Origin) ^ PyOps.Hash(PyValue.FromObject(Args));

    /// <summary>The type variables among the arguments, each once, in order (CPython's <c>_Py_make_parameters</c>): an
    /// argument that is one (it has <c>__typing_subst__</c>), or the <c>__parameters__</c> of one that has them.</summary>
    private PyTuple Parameters()
    {
        var found = new System.Collections.Generic.List<PyValue>();
        void Add(PyValue p)
        {
            if (!found.Any(f => ReferenceEquals(f.Ref, p.Ref)))
                found.Add(p);
        }
        for (int i = 0; i < Args.Count; i++)
        {
            var arg = Args[i];
            if (arg.Ref is PyType)
                continue;
            if (PyOps.TryGetAttr(arg, "__typing_subst__", out _))
                Add(arg);
            else if (PyOps.TryGetAttr(arg, "__parameters__", out var ps) && ps.Ref is PyTuple tuple)
            {
                for (int j = 0; j < tuple.Count; j++)
                    Add(tuple[j]);
            }
        }
        return found.Count == 0 ? PyTuple.Empty : new PyTuple(found.ToArray());
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected) =>
        op == BinOp.BitOr ? PyUnionType.Of(PyValue.FromObject(this), other, reflected) : default;

    public override bool TryCall(ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyOps.Call(Origin, args, kwNames);
        return true;
    }
}

/// <summary>
/// <c>types.UnionType</c>: <c>int | None</c>, <c>str | int | None</c> (PEP 604), flattened and without repeats; equal
/// to another with the same members in any order.
/// </summary>
public sealed class PyUnionType : PyObject
{
    /// <summary>The members, in order (None as its type).</summary>
    private readonly PyValue[] _members;

    private PyUnionType(PyValue[] members)
    {
        _members = members;
        Args = new PyTuple(members);
    }

    public PyTuple Args { get; }

    public override PyType Type => PyTypes.UnionType;

    /// <summary><c>left | right</c> of two annotations (a class, None, a generic alias or a union); unbound
    /// (NotImplemented) when the other operand is none of these.</summary>
    public static PyValue Of(PyValue self, PyValue other, bool reflected)
    {
        if (!TypeAnnotation.IsUnionMember(other))
            return default;
        var (left, right) = reflected ? (other, self) : (self, other);
        var members = new System.Collections.Generic.List<PyValue>();
        foreach (var side in new[] { left, right })
        {
            var items = side.Ref is PyUnionType u ? u._members : new[] { side.IsNone ? PyValue.FromObject(PyTypes.NoneType) : side };
            foreach (var item in items)
            {
                if (!members.Any(m => PyOps.EqBool(m, item)))
                    members.Add(item);
            }
        }
        return members.Count == 1 ? members[0] : PyValue.FromObject(new PyUnionType(members.ToArray()));
    }

    public override string Repr() => string.Join(" | ", _members.Select(TypeAnnotation.Repr));

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name == "__args__")
        {
            value = PyValue.FromObject(Args);
            return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other.Ref is not PyUnionType u)
            return default;
        bool equal = _members.Length == u._members.Length && _members.All(a => u._members.Any(b => PyOps.EqBool(a, b)));
        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }

    public override long Hash()
    {
        long h = 0;
        foreach (var a in _members)
            h ^= PyOps.Hash(a);
        return h;
    }

    public override PyValue BinaryOp(BinOp op, PyValue other, bool reflected) =>
        op == BinOp.BitOr ? Of(PyValue.FromObject(this), other, reflected) : default;
}

/// <summary>How annotations print inside a generic alias or a union (CPython's <c>ga_repr_item</c>): a class as its
/// qualified name (no <c>builtins.</c>), <c>...</c>, None's type as <c>None</c>, anything else by its repr.</summary>
internal static class TypeAnnotation
{
    public static string Repr(PyValue v) => v.Ref switch
    {
        PyType t when ReferenceEquals(t, PyTypes.NoneType) => "None",
        PyType t => t.QualifiedName,
        PyEllipsisType => "...",
        _ => PyOps.Repr(v),
    };

    /// <summary>Whether <paramref name="v"/> can be a member of a <c>|</c> union of annotations.</summary>
    public static bool IsUnionMember(PyValue v) => v.IsNone || v.Ref is PyType or PyGenericAlias or PyUnionType || IsTypeAlias(v);

    /// <summary>Whether <paramref name="v"/> is what a <c>type</c> statement makes: the library typing module's
    /// TypeAliasType (a Python class there, CPython's C type).</summary>
    public static bool IsTypeAlias(PyValue v) => v.Ref is PyInstance { Type: { Name: "TypeAliasType", Module: "typing" } };
}
