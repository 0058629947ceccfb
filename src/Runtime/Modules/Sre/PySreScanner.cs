using System;

namespace PyAot.Runtime;

/// <summary>
/// <c>Pattern.scanner(string)</c> (CPython's <c>_sre.SRE_Scanner</c>), which <c>finditer</c> and <c>re.Scanner</c>
/// step through: each <c>match()</c> or <c>search()</c> goes on where the previous match ended, and a match may not be
/// empty where the previous one ended; None once nothing more is found.
/// </summary>
internal sealed class PySreScanner : PyObject
{
    public static readonly PyType TypeObject = new("SRE_Scanner", PyTypes.Object)
    {
        Module = "_sre", TpName = "_sre.SRE_Scanner", IsBaseType = false,
        Constructor = static (_, _) => throw PyException.TypeError("cannot create '_sre.SRE_Scanner' instances"),
    };

    private static readonly string[] Methods = { "match", "search" };

    private readonly PyPattern _pattern;
    private readonly SreSubject _subject;
    private readonly SreState _state;
    private readonly uint[] _code;
    private bool _exhausted;

    public override PyType Type => TypeObject;

    public PySreScanner(PyPattern pattern, SreSubject subject, SreState state, uint[] code)
    {
        _pattern = pattern;
        _subject = subject;
        _state = state;
        _code = code;
    }

    public PyValue Search() => Next(search: true);

    private PyValue Next(bool search)
    {
        if (_exhausted)
            return PyValue.None;
        _state.Reset();
        bool found = search ? _pattern.Search(_state) : _state.Match(_code, matchAll: false);
        if (!found)
        {
            _exhausted = true;
            return PyValue.None;
        }
        var match = PyValue.FromObject(new PyMatch(_pattern, _subject, _state));
        _state.MustAdvance = _state.Ptr == _state.Start;
        _state.Start = _state.Ptr;
        return match;
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name == "pattern")
        {
            value = PyValue.FromObject(_pattern);
            return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (method is "match" or "search")
        {
            ArgCheck.None(method, args, kwNames);
            result = Next(search: method == "search");
            return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }
}
