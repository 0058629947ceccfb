using System;
using System.Collections.Generic;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// <c>re.Pattern</c>: a compiled regular expression (CPython's PatternObject in Modules/_sre/sre.c): the codes
/// re._compiler made and what the engine needs to run them, with the searching, splitting and substituting loops of
/// CPython's <c>pattern_*</c> functions (their handling of empty matches: a match may not be empty where the previous
/// one ended).
/// </summary>
public sealed class PyPattern : PyObject
{
    public static readonly PyType TypeObject = new("Pattern", PyTypes.Object)
    {
        Module = "re", TpName = "re.Pattern", IsBaseType = false, IsGeneric = true, Constructor = Refuse,
    };

    private static readonly string[] Methods =
    {
        "match", "fullmatch", "search", "findall", "finditer", "scanner", "split", "sub", "subn", "__copy__",
        "__deepcopy__",
    };

    private static readonly string[] StringParameters = { "string", "pos", "endpos" };
    private static readonly string[] SplitParameters = { "string", "maxsplit" };
    private static readonly string[] SubParameters = { "repl", "string", "count" };

    /// <summary>The pattern as given (str, bytes, or None for a pattern compiled from a parsed tree).</summary>
    private readonly PyValue _pattern;

    private readonly long _flags;
    private readonly uint[] _code;
    // The search's filters, worked out at the first search (a pattern only matched, or never used, needs neither).
    private SreStartSet? _startSet;
    private SreRequiredLiteral? _requiredLiteral;
    private bool _filtersKnown;

    /// <summary>0 for a str pattern, 1 for bytes, -1 for either (no pattern string).</summary>
    private readonly int _kind;

    /// <summary>The number of capturing groups.</summary>
    internal int Groups { get; }

    /// <summary>Group names to numbers.</summary>
    internal PyDict GroupIndexDict { get; }

    /// <summary>Group numbers to names (None for a group without one).</summary>
    internal PyValue[] IndexGroup { get; }

    public override PyType Type => TypeObject;

    static PyPattern()
    {
        // The copy protocol looks in the type.
        foreach (var name in new[] { "__copy__", "__deepcopy__" })
        {
            TypeObject.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
                args.Length > 0 && args[0].Ref is PyPattern self && self.TryCallMethod(name, args[1..], kw, out var result)
                    ? result
                    : throw PyException.TypeError($"descriptor '{name}' for 're.Pattern' objects doesn't apply to this object")) { BindsSelf = true });
        }
    }

    private PyPattern(PyValue pattern, long flags, uint[] code, int groups, PyDict groupIndex, PyValue[] indexGroup)
    {
        _pattern = pattern;
        _flags = flags;
        _code = code;
        _kind = pattern.IsNone ? -1 : PyDerivedInstance.Unwrap(pattern).Ref is PyBytes ? 1 : 0;
        Groups = groups;
        GroupIndexDict = groupIndex;
        IndexGroup = indexGroup;
    }

    private static PyValue Refuse(ReadOnlySpan<PyValue> args, string[]? kw) =>
        throw PyException.TypeError("cannot create 're.Pattern' instances");

    /// <summary><c>_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)</c>.</summary>
    internal static PyValue Compile(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = ArgCheck.Bind("compile", args, kw, ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], required: 6);
        long flags = PyOps.ToIndex(a[1]);
        if (a[2].Ref is not PyList codeList)
            throw PyException.TypeError($"compile() argument 'code' must be list, not {PyOps.TypeName(a[2])}");
        var code = new uint[codeList.Count];
        for (int i = 0; i < code.Length; i++)
        {
            // (as CPython reads each word: PyLong_AsUnsignedLong, then a check that it fits 32 bits)
            var item = PyDerivedInstance.Unwrap(codeList[i]);
            if (!(item.IsInt || item.IsBool || item.Ref is PyBigInt))
                throw PyException.TypeError("an integer is required");
            var word = IntOps.ToBig(item);
            if (word < 0)
                throw PyException.OverflowError("can't convert negative value to unsigned int");
            if (word > ulong.MaxValue)
                throw PyException.OverflowError("Python int too large to convert to C unsigned long");
            if (word > uint.MaxValue)
                throw PyException.OverflowError("regular expression code size limit exceeded");
            code[i] = (uint)word;
        }
        long groups = PyOps.ToIndex(a[3]);
        if (a[4].Ref is not PyDict groupIndex)
            throw PyException.TypeError($"compile() argument 'groupindex' must be dict, not {PyOps.TypeName(a[4])}");
        if (a[5].Ref is not PyTuple indexGroup)
            throw PyException.TypeError($"compile() argument 'indexgroup' must be tuple, not {PyOps.TypeName(a[5])}");
        var names = new PyValue[indexGroup.Count];
        for (int i = 0; i < names.Length; i++)
            names[i] = indexGroup.Items[i];
        return PyValue.FromObject(new PyPattern(a[0], flags, code, (int)groups, groupIndex.Copy(), names));
    }

    /// <summary>A replacement template compiled by re._compile_template (cached there).</summary>
    internal PySreTemplate CompileTemplate(PyValue template)
    {
        var compiled = PyOps.Call(SreModule.TemplateCompiler, [PyValue.FromObject(this), template], null);
        return compiled.Ref as PySreTemplate ?? throw PyException.TypeError("invalid template");
    }

    private (SreSubject Subject, SreState State) Begin(PyValue[] a)
    {
        var subject = SreSubject.Of(a[0], _kind);
        long pos = a[1].IsUnbound ? 0 : PyOps.ToIndex(a[1]);
        long endpos = a.Length < 3 || a[2].IsUnbound ? long.MaxValue : PyOps.ToIndex(a[2]);
        return (subject, subject.NewState(pos, endpos));
    }

    /// <summary>A search from state.Start, with this pattern's filters: <see cref="SreStartSet"/>, the characters a match
    /// can begin with; <see cref="SreRequiredLiteral"/>, characters every match contains.</summary>
    internal bool Search(SreState state)
    {
        if (!System.Threading.Volatile.Read(ref _filtersKnown))
        {
            // (two threads may both compute them: the same values)
            _startSet = SreStartSet.Of(_code);
            _requiredLiteral = SreRequiredLiteral.Of(_code);
            System.Threading.Volatile.Write(ref _filtersKnown, true);
        }
        return state.Search(_code, _startSet, _requiredLiteral);
    }

    private PyValue NewMatch(SreSubject subject, SreState state) => PyValue.FromObject(new PyMatch(this, subject, state));

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "pattern":
                value = _pattern;
                return true;
            case "flags":
                value = PyValue.FromInt(_flags);
                return true;
            case "groups":
                value = PyValue.FromInt(Groups);
                return true;
            case "groupindex":
                value = PyValue.FromObject(new PyMappingProxy(GroupIndexDict));
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (method)
        {
            case "match":
            case "fullmatch":
            case "search":
            {
                var (subject, state) = Begin(BindString(method, args, kwNames));
                bool found = method == "search" ? Search(state) : state.Match(_code, matchAll: method == "fullmatch");
                result = found ? NewMatch(subject, state) : PyValue.None;
                return true;
            }
            case "findall":
            {
                var (subject, state) = Begin(BindString(method, args, kwNames));
                result = PyValue.FromObject(FindAll(subject, state));
                return true;
            }
            case "finditer":
            case "scanner":
            {
                var (subject, state) = Begin(BindString(method, args, kwNames));
                var scanner = new PySreScanner(this, subject, state, _code);
                result = method == "scanner"
                    ? PyValue.FromObject(scanner)
                    : PyValue.FromObject(new CallableIterator(PyValue.FromObject(new PyBuiltinFunction("search", (_, _) => scanner.Search())), PyValue.None));
                return true;
            }
            case "split":
            {
                var a = BindPositional(method, args, kwNames, SplitParameters, 1);
                long maxsplit = a[1].IsUnbound ? 0 : PyOps.ToIndex(a[1]);
                result = PyValue.FromObject(Split(SreSubject.Of(a[0], _kind), maxsplit));
                return true;
            }
            case "sub":
            case "subn":
            {
                var a = BindPositional(method, args, kwNames, SubParameters, 2);
                long count = a[2].IsUnbound ? 0 : PyOps.ToIndex(a[2]);
                var (text, n) = Substitute(a[0], SreSubject.Of(a[1], _kind), count);
                result = method == "sub" ? text : PyValue.FromObject(new PyTuple([text, PyValue.FromInt(n)]));
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

    private static PyValue[] BindString(string method, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        BindPositional(method, args, kwNames, StringParameters, 1);

    private static PyValue[] BindPositional(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, string[] parameters, int required)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (positional > parameters.Length)
            throw PyException.TypeError($"{method}() takes at most {parameters.Length} argument{(parameters.Length == 1 ? "" : "s")} ({positional} given)");
        return ArgCheck.Bind(method, args, kwNames, parameters, required);
    }

    /// <summary>findall: each match's text, its one group's, or a tuple of its groups ("" for a group without a
    /// match).</summary>
    private PyList FindAll(SreSubject subject, SreState state)
    {
        var list = new PyList();
        while (state.Start <= state.End)
        {
            state.Reset();
            if (!Search(state))
                break;
            var match = new PyMatch(this, subject, state);
            switch (Groups)
            {
                case 0:
                    list.Append(match.GroupOrDefault(0, subject.Empty));
                    break;
                case 1:
                    list.Append(match.GroupOrDefault(1, subject.Empty));
                    break;
                default:
                    var items = new PyValue[Groups];
                    for (int i = 0; i < items.Length; i++)
                        items[i] = match.GroupOrDefault(i + 1, subject.Empty);
                    list.Append(PyValue.FromObject(new PyTuple(items)));
                    break;
            }
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }
        return list;
    }

    /// <summary>split: the text between matches, each match's groups between them (None for a group without a
    /// match), at most <paramref name="maxsplit"/> splits when it is not 0.</summary>
    private PyList Split(SreSubject subject, long maxsplit)
    {
        var state = subject.NewState(0, long.MaxValue);
        var list = new PyList();
        long n = 0;
        int last = state.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            state.Reset();
            if (!Search(state))
                break;
            list.Append(subject.Slice(last, state.Start));
            var match = new PyMatch(this, subject, state);
            for (int i = 1; i <= Groups; i++)
                list.Append(match.GroupOrDefault(i, PyValue.None));
            n++;
            state.MustAdvance = state.Ptr == state.Start;
            last = state.Start = state.Ptr;
        }
        list.Append(subject.Slice(last, state.End));
        return list;
    }

    /// <summary>sub and subn: <paramref name="repl"/> (a function of the match, a literal, or a template with group
    /// references) in place of at most <paramref name="count"/> matches (all when 0).</summary>
    private (PyValue Text, long Count) Substitute(PyValue repl, SreSubject subject, long count)
    {
        PyValue literal = default;
        PySreTemplate? template = null;
        bool callable = PyOps.IsCallable(repl);
        if (!callable)
        {
            var plain = PyDerivedInstance.Unwrap(repl).Ref;
            // (any simple buffer is a bytes template: a bytearray, a contiguous memoryview)
            bool isLiteral = plain is string s ? s.IndexOf('\\') < 0
                : plain is PyBytes or PyByteArray or PyMemoryView { IsSimpleBuffer: true }
                  && BytesLike.TryGetSpan(repl, out var bytes) && bytes.IndexOf((byte)'\\') < 0;
            if (isLiteral)
            {
                literal = repl;
            }
            else
            {
                template = CompileTemplate(repl);
                if (!template.HasGroups)
                {
                    literal = template.Literal;
                    template = null;
                }
            }
        }

        var state = subject.NewState(0, long.MaxValue);
        var result = new SreResultBuilder(subject);
        long n = 0;
        int i = 0;
        while (count == 0 || n < count)
        {
            state.Reset();
            if (!Search(state))
                break;
            int b = state.Start, e = state.Ptr;
            if (i < b)
                result.AddSlice(i, b);
            if (callable)
            {
                var item = PyOps.Call(repl, [NewMatch(subject, state)], null);
                if (!item.IsNone)
                    result.Add(item);
            }
            else if (template is not null)
            {
                var item = template.Expand(new PyMatch(this, subject, state));
                if (PyOps.IsTrue(item))
                    result.Add(item);
            }
            else if (PyOps.IsTrue(literal))
            {
                result.Add(literal);
            }
            i = e;
            n++;
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }
        if (i < state.End)
            result.AddSlice(i, state.End);
        return (result.Join(), n);
    }

    public override string Repr()
    {
        string pattern = PyOps.Repr(_pattern);
        if (pattern.Length > 200)
            pattern = pattern[..200];
        long flags = _flags;
        // re.UNICODE is left out for a str pattern, where it is the default.
        if (_kind == 0 && (flags & (Flags.Locale | Flags.Unicode | Flags.Ascii)) == Flags.Unicode)
            flags &= ~Flags.Unicode;
        if (flags == 0)
            return $"re.compile({pattern})";
        var names = new StringBuilder();
        foreach (var (name, value) in FlagNames)
        {
            if ((flags & value) != 0)
            {
                if (names.Length > 0)
                    names.Append('|');
                names.Append(name);
                flags &= ~value;
            }
        }
        if (flags != 0)
        {
            if (names.Length > 0)
                names.Append('|');
            names.Append("0x").Append(flags.ToString("x"));
        }
        return $"re.compile({pattern}, {names})";
    }

    private static class Flags
    {
        public const long Template = 1, IgnoreCase = 2, Locale = 4, Multiline = 8, DotAll = 16, Unicode = 32, Verbose = 64, Debug = 128, Ascii = 256;
    }

    private static readonly (string Name, long Value)[] FlagNames =
    {
        ("re.TEMPLATE", Flags.Template), ("re.IGNORECASE", Flags.IgnoreCase), ("re.LOCALE", Flags.Locale),
        ("re.MULTILINE", Flags.Multiline), ("re.DOTALL", Flags.DotAll), ("re.UNICODE", Flags.Unicode),
        ("re.VERBOSE", Flags.Verbose), ("re.DEBUG", Flags.Debug), ("re.ASCII", Flags.Ascii),
    };

    public override PyValue RichCompare(PyValue other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other.Ref is not PyPattern p)
            return default;
        bool equal = ReferenceEquals(this, p)
            || (_flags == p._flags && _kind == p._kind && _code.AsSpan().SequenceEqual(p._code) && PyOps.EqBool(_pattern, p._pattern));
        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }

    public override long Hash()
    {
        long hash = PyOps.Hash(_pattern);
        long codeHash = 0;
        foreach (uint word in _code)
            codeHash = unchecked(codeHash * 1000003 + word);
        hash ^= codeHash;
        return hash == -1 ? -2 : hash;
    }
}
