using System;

namespace PyAot.Runtime;

/// <summary>
/// The special methods an operation looks up on an instance's class (<c>a == b</c>, <c>a + b</c>, <c>len(a)</c>,
/// <c>for x in a</c>...), each with its index in the class's lookup cache (<see cref="PyType.TryLookupSpecial"/>).
/// The comparisons come first, in <see cref="CompareOp"/>'s order, then the binary operators, their reflected and
/// their in-place forms, each in <see cref="PyInstance.OpNames"/>' order. <c>__class__</c> is there so that reading
/// it knows once per class version whether the class overrides <c>object</c>'s.
/// </summary>
internal enum Special
{
    Lt, Le, Eq, Ne, Gt, Ge,
    Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul,
    RAdd, RSub, RMul, RTrueDiv, RFloorDiv, RMod, RPow, RLShift, RRShift, RAnd, ROr, RXor, RMatMul,
    IAdd, ISub, IMul, ITrueDiv, IFloorDiv, IMod, IPow, ILShift, IRShift, IAnd, IOr, IXor, IMatMul,
    Neg, Pos, Invert,
    Repr, Str, Bool, Len, LengthHint, Hash,
    GetItem, SetItem, DelItem, Iter, Next, Contains, Call,
    GetAttr, SetAttr, DelAttr,
    Class,
}

internal static class SpecialNames
{
    private const int BinaryFirst = (int)Special.Add;
    private const int ReflectedFirst = (int)Special.RAdd;
    private const int InplaceFirst = (int)Special.IAdd;

    /// <summary>Each <see cref="Special"/>'s method name, by its index.</summary>
    public static readonly string[] Names = MakeNames();

    public static int Count => Names.Length;

    /// <summary><c>a OP b</c>'s method (<c>__add__</c>), or its reflected form (<c>__radd__</c>).</summary>
    public static Special Binary(BinOp op, bool reflected) => (Special)((reflected ? ReflectedFirst : BinaryFirst) + (int)op);

    /// <summary><c>a OP= b</c>'s method (<c>__iadd__</c>).</summary>
    public static Special Inplace(BinOp op) => (Special)(InplaceFirst + (int)op);

    /// <summary>A comparison's method (<c>__lt__</c>...).</summary>
    public static Special Compare(CompareOp op) => (Special)(int)op;

    public static string NameOf(Special special) => Names[(int)special];

    private static string[] MakeNames()
    {
        var names = new string[(int)Special.Class + 1];
        PyInstance.CompareNames.CopyTo(names, 0);
        for (int i = 0; i < PyInstance.OpNames.Length; i++)
        {
            names[BinaryFirst + i] = "__" + PyInstance.OpNames[i] + "__";
            names[ReflectedFirst + i] = "__r" + PyInstance.OpNames[i] + "__";
            names[InplaceFirst + i] = "__i" + PyInstance.OpNames[i] + "__";
        }
        names[(int)Special.Neg] = "__neg__";
        names[(int)Special.Pos] = "__pos__";
        names[(int)Special.Invert] = "__invert__";
        names[(int)Special.Repr] = "__repr__";
        names[(int)Special.Str] = "__str__";
        names[(int)Special.Bool] = "__bool__";
        names[(int)Special.Len] = "__len__";
        names[(int)Special.LengthHint] = "__length_hint__";
        names[(int)Special.Hash] = "__hash__";
        names[(int)Special.GetItem] = "__getitem__";
        names[(int)Special.SetItem] = "__setitem__";
        names[(int)Special.DelItem] = "__delitem__";
        names[(int)Special.Iter] = "__iter__";
        names[(int)Special.Next] = "__next__";
        names[(int)Special.Contains] = "__contains__";
        names[(int)Special.Call] = "__call__";
        names[(int)Special.GetAttr] = "__getattr__";
        names[(int)Special.SetAttr] = "__setattr__";
        names[(int)Special.DelAttr] = "__delattr__";
        names[(int)Special.Class] = "__class__";
        return names;
    }
}

public sealed partial class PyType
{
    /// <summary>What <see cref="TryLookup"/> found for each <see cref="Special"/> name (unbound: not looked up yet;
    /// <see cref="NoSpecial"/>: absent); dropped with the other caches when the class or a base changes.</summary>
    private PyValue[]? _specials;

    private static readonly object NoSpecial = new();

    /// <summary><see cref="TryLookup"/> of a special method's name along the MRO, remembered per class version: an
    /// operator on instances of a program class costs an array load instead of a dictionary lookup per class of
    /// the MRO.</summary>
    internal bool TryLookupSpecial(Special special, out PyValue value)
    {
        var known = _specials ??= new PyValue[SpecialNames.Count];
        ref var entry = ref known[(int)special];
        if (entry.Ref is null)
            entry = TryLookup(SpecialNames.NameOf(special), out var found) ? found : PyValue.FromObject(NoSpecial);
        if (ReferenceEquals(entry.Ref, NoSpecial))
        {
            value = default;
            return false;
        }
        value = entry;
        return true;
    }
}
