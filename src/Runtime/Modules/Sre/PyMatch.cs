using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// <c>re.Match</c>: one match of a compiled pattern (CPython's MatchObject in Modules/_sre/sre.c): the spans of the
/// match and of its groups, as positions in the subject (-1 for a group that took no part), and the groups' text.
/// </summary>
public sealed class PyMatch : PyObject
{
    public static readonly PyType TypeObject = new("Match", PyTypes.Object)
    {
        Module = "re", TpName = "re.Match", IsBaseType = false, IsGeneric = true, Constructor = Refuse,
    };

    private static readonly string[] Methods =
    {
        "group", "groups", "groupdict", "start", "end", "span", "expand", "__copy__", "__deepcopy__", "__getitem__",
    };

    private readonly PyPattern _pattern;

    /// <summary>Start and end of group g at 2g and 2g + 1 (group 0: the whole match).</summary>
    private readonly int[] _marks;

    private readonly int _pos, _endpos, _lastIndex;

    internal SreSubject Subject { get; }

    /// <summary>The number of groups, the whole match (group 0) counted.</summary>
    internal int GroupCount => _marks.Length / 2;

    public override PyType Type => TypeObject;

    static PyMatch()
    {
        // m[g] and the copy protocol look in the type.
        foreach (var name in new[] { "__getitem__", "__copy__", "__deepcopy__" })
        {
            TypeObject.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
                args.Length > 0 && args[0].Ref is PyMatch self && self.TryCallMethod(name, args[1..], kw, out var result)
                    ? result
                    : throw PyException.TypeError($"descriptor '{name}' for 're.Match' objects doesn't apply to this object")) { BindsSelf = true });
        }
    }

    internal PyMatch(PyPattern pattern, SreSubject subject, SreState state)
    {
        _pattern = pattern;
        Subject = subject;
        int groups = pattern.Groups;
        _marks = new int[2 * (groups + 1)];
        _marks[0] = state.Start;
        _marks[1] = state.Ptr;
        // (CPython's pattern_new_match: a group counts only below the state's last mark)
        var marks = state.Marks;
        for (int i = 0, j = 0; i < groups; i++, j += 2)
        {
            if (j + 1 <= state.LastMark && j + 1 < marks.Length && marks[j] >= 0 && marks[j + 1] >= 0)
            {
                _marks[j + 2] = marks[j];
                _marks[j + 3] = marks[j + 1];
                if (_marks[j + 2] > _marks[j + 3])
                    throw PyException.Create(PyTypes.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
            }
            else
            {
                _marks[j + 2] = _marks[j + 3] = -1;
            }
        }
        _pos = state.Pos;
        _endpos = state.EndPos;
        _lastIndex = state.LastIndex;
    }

    private static PyValue Refuse(ReadOnlySpan<PyValue> args, string[]? kw) =>
        throw PyException.TypeError("cannot create 're.Match' instances");

    /// <summary>The text of group <paramref name="group"/>, or <paramref name="default"/> when it did not take part.</summary>
    internal PyValue GroupOrDefault(int group, PyValue @default)
    {
        int start = _marks[2 * group], end = _marks[2 * group + 1];
        return start < 0 ? @default : Subject.Slice(start, end);
    }

    /// <summary>The group a group argument names: an index, or a group name (CPython's match_getindex).</summary>
    private int GroupIndex(PyValue g)
    {
        long i = -1;
        if (g.Ref is not string && PyOps.TryIndex(g, out var big))
            i = big < 0 ? -1 : big > int.MaxValue ? int.MaxValue : (long)big;
        else if (_pattern.GroupIndexDict.TryGetValue(g, out var index) && index.IsInt)
            i = PyOps.ToIndex(index);
        if (i < 0 || i >= GroupCount)
            throw PyException.IndexError("no such group");
        return (int)i;
    }

    private PyValue Group(PyValue g) => GroupOrDefault(GroupIndex(g), PyValue.None);

    private PyValue Span(int group) =>
        PyValue.FromObject(new PyTuple([PyValue.FromInt(_marks[2 * group]), PyValue.FromInt(_marks[2 * group + 1])]));

    public override string Repr()
    {
        string match = PyOps.Repr(GroupOrDefault(0, PyValue.None));
        if (match.Length > 50)
            match = match[..50];
        return $"<re.Match object; span=({_marks[0]}, {_marks[1]}), match={match}>";
    }

    public override PyValue GetItem(PyValue key) => Group(key);

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "string":
                value = Subject.Value;
                return true;
            case "re":
                value = PyValue.FromObject(_pattern);
                return true;
            case "pos":
                value = PyValue.FromInt(_pos);
                return true;
            case "endpos":
                value = PyValue.FromInt(_endpos);
                return true;
            case "lastindex":
                value = _lastIndex >= 0 ? PyValue.FromInt(_lastIndex) : PyValue.None;
                return true;
            case "lastgroup":
                value = _lastIndex >= 0 && _lastIndex < _pattern.IndexGroup.Length ? _pattern.IndexGroup[_lastIndex] : PyValue.None;
                return true;
            case "regs":
                var regs = new PyValue[GroupCount];
                for (int i = 0; i < regs.Length; i++)
                    regs[i] = Span(i);
                value = PyValue.FromObject(new PyTuple(regs));
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (method)
        {
            case "group":
            {
                ArgCheck.NoKeywords("group", kwNames);
                if (args.Length == 0)
                {
                    result = GroupOrDefault(0, PyValue.None);
                }
                else if (args.Length == 1)
                {
                    result = Group(args[0]);
                }
                else
                {
                    var items = new PyValue[args.Length];
                    for (int i = 0; i < args.Length; i++)
                        items[i] = Group(args[i]);
                    result = PyValue.FromObject(new PyTuple(items));
                }
                return true;
            }
            case "__getitem__":
                ArgCheck.ExactlyOne("__getitem__", args, kwNames);
                result = Group(args[0]);
                return true;
            case "groups":
            {
                var a = ArgCheck.Bind("groups", args, kwNames, DefaultParameter, required: 0);
                var @default = a[0].IsUnbound ? PyValue.None : a[0];
                var items = new PyValue[GroupCount - 1];
                for (int i = 1; i < GroupCount; i++)
                    items[i - 1] = GroupOrDefault(i, @default);
                result = PyValue.FromObject(new PyTuple(items));
                return true;
            }
            case "groupdict":
            {
                var a = ArgCheck.Bind("groupdict", args, kwNames, DefaultParameter, required: 0);
                var @default = a[0].IsUnbound ? PyValue.None : a[0];
                var dict = new PyDict();
                int position = 0;
                while (_pattern.GroupIndexDict.Next(ref position, out var key, out var _))
                    dict.SetItem(key, GroupOrDefault(GroupIndex(key), @default));
                result = PyValue.FromObject(dict);
                return true;
            }
            case "start":
            case "end":
            case "span":
            {
                ArgCheck.NoKeywords(method, kwNames);
                if (args.Length > 1)
                    throw PyException.TypeError($"{method} expected at most 1 argument, got {args.Length}");
                int g = args.Length == 0 ? 0 : GroupIndex(args[0]);
                result = method switch
                {
                    "start" => PyValue.FromInt(_marks[2 * g]),
                    "end" => PyValue.FromInt(_marks[2 * g + 1]),
                    _ => Span(g),
                };
                return true;
            }
            case "expand":
            {
                var a = ArgCheck.Bind("expand", args, kwNames, TemplateParameter, required: 1);
                result = _pattern.CompileTemplate(a[0]).Expand(this);
                return true;
            }
            case "__copy__":
                ArgCheck.None("__copy__", args, kwNames);
                result = PyValue.FromObject(this);
                return true;
            case "__deepcopy__":
                ArgCheck.ExactlyOne("__deepcopy__", args, kwNames);
                result = PyValue.FromObject(this);
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    private static readonly string[] DefaultParameter = { "default" };
    private static readonly string[] TemplateParameter = { "template" };
}
