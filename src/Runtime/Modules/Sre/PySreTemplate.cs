using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// A compiled replacement template (<c>_sre.template(pattern, [literal, group, literal, ..., literal])</c>, as
/// re._parser.parse_template makes the list): what <c>sub()</c> and <c>Match.expand()</c> put in place of a match,
/// the literals with the groups' text between them (an unmatched group gives nothing).
/// </summary>
internal sealed class PySreTemplate : PyObject
{
    public static readonly PyType TypeObject = new("SRE_Template", PyTypes.Object)
    {
        Module = "_sre", TpName = "_sre.SRE_Template", IsBaseType = false,
        Constructor = static (_, _) => throw PyException.TypeError("cannot create '_sre.SRE_Template' instances"),
    };

    public override PyType Type => TypeObject;

    /// <summary>The first literal (the whole replacement when there are no groups).</summary>
    public PyValue Literal { get; }

    /// <summary>Each group and the literal after it (None when empty).</summary>
    private readonly (int Group, PyValue Literal)[] _items;

    public bool HasGroups => _items.Length > 0;

    private PySreTemplate(PyValue literal, (int, PyValue)[] items)
    {
        Literal = literal;
        _items = items;
    }

    public static PyValue Create(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("template", kw);
        if (args.Length != 2)
            throw PyException.TypeError($"template expected 2 arguments, got {args.Length}");
        if (args[1].Ref is not PyList list)
            throw PyException.TypeError($"template() argument 2 must be list, not {PyOps.TypeName(args[1])}");
        int n = (int)list.Length();
        if ((n & 1) == 0 || n < 1)
            throw PyException.TypeError("invalid template");
        var items = new (int, PyValue)[n / 2];
        for (int i = 0; i < items.Length; i++)
        {
            long index = PyOps.ToIndex(list.GetAt(2 * i + 1));
            if (index < 0 || index > int.MaxValue)
                throw PyException.TypeError("invalid template");
            var literal = list.GetAt(2 * i + 2);
            bool empty = literal.Ref is string { Length: 0 } || (literal.Ref is PyBytes b && b.AsSpan().Length == 0);
            items[i] = ((int)index, empty ? PyValue.None : literal);
        }
        return PyValue.FromObject(new PySreTemplate(list.GetAt(0), items));
    }

    /// <summary>The replacement for <paramref name="match"/>.</summary>
    public PyValue Expand(PyMatch match)
    {
        if (_items.Length == 0)
            return Literal;
        var parts = new List<PyValue>(1 + 2 * _items.Length);
        if (PyOps.IsTrue(Literal))
            parts.Add(Literal);
        foreach (var (group, literal) in _items)
        {
            if (group >= match.GroupCount)
                throw PyException.IndexError("no such group");
            var text = match.GroupOrDefault(group, PyValue.None);
            if (!text.IsNone)
                parts.Add(text);
            if (!literal.IsNone)
                parts.Add(literal);
        }
        return SreJoin.Join(parts, match.Subject.IsBytes);
    }
}
