using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// A Python function compiled to C#. The generator emits one sealed subclass per <c>def</c>, whose
/// <see cref="Call"/> takes the fast path (exact positional arity) or binds arguments with
/// <see cref="BindArguments"/> and then calls the function's static method.
/// </summary>
public abstract partial class PyFunction : PyObject, IPyCallable
{
    protected PyFunction(PyCode code, PyValue[] defaults, string module, string? doc, PyValue[]? kwDefaults = null)
    {
        Code = code;
        Defaults = defaults;
        KwDefaults = kwDefaults ?? Array.Empty<PyValue>();
        Name = code.Name;
        QualName = code.QualName;
        Module = module;
        Doc = doc is null ? PyValue.None : PyValue.FromString(doc);
    }

    public PyCode Code { get; }

    /// <summary>The default values of the last <c>Defaults.Length</c> parameters, evaluated once at def time.</summary>
    public PyValue[] Defaults { get; private set; }

    /// <summary>Defaults of the keyword-only parameters, in order; unbound for a required one.</summary>
    public PyValue[] KwDefaults { get; }

    public string Name { get; set; }
    public string QualName { get; set; }
    public string Module { get; }
    public PyValue Doc { get; set; }

    private PyDict? _dict;

    /// <summary><c>__module__</c> once assigned (functools.wraps copies the wrapped function's).</summary>
    private PyValue _moduleAttribute;

    /// <summary><c>__annotations__</c>: set at def time when the def annotates anything, else an empty dict made on
    /// first read (CPython's func_get_annotations).</summary>
    private PyDict? _annotations;

    /// <summary><c>__type_params__</c> (PEP 695): a generic def's type parameters, else the empty tuple.</summary>
    private PyTuple? _typeParams;

    /// <summary><c>__kwdefaults__</c>: the keyword-only parameters' defaults by name, or None when none has one.</summary>
    private PyValue KwDefaultsDict()
    {
        PyDict? d = null;
        var names = Code.ParameterNames;
        int kwOnlyStart = Code.ArgCount + (Code.HasVarArgs ? 1 : 0);
        for (int j = 0; j < KwDefaults.Length && j < Code.KwOnlyCount; j++)
        {
            if (!KwDefaults[j].IsUnbound)
                (d ??= new PyDict()).SetItem(PyValue.FromString(names[kwOnlyStart + j]), KwDefaults[j]);
        }
        return d is null ? PyValue.None : PyValue.FromObject(d);
    }

    /// <summary>Sets the def's annotations, in CPython's order (the parameters, then <c>'return'</c>).</summary>
    public void SetAnnotations(string[] names, PyValue[] values)
    {
        var d = new PyDict();
        for (int i = 0; i < names.Length; i++)
            d.SetItem(PyValue.FromString(names[i]), values[i]);
        _annotations = d;
    }

    public override PyType Type => PyTypes.Function;

    public abstract PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames);

    public override string Repr() => $"<function {QualName} at 0x{RuntimeHelpers.GetHashCode(this):x12}>";

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "__name__":
                value = PyValue.FromString(Name);
                return true;
            case "__qualname__":
                value = PyValue.FromString(QualName);
                return true;
            case "__module__":
                value = _moduleAttribute.IsUnbound ? PyValue.FromString(Module) : _moduleAttribute;
                return true;
            case "__dict__":
                value = PyValue.FromObject(_dict ??= new PyDict());
                return true;
            case "__code__":
                value = PyValue.FromObject(Code);
                return true;
            case "__doc__":
                value = Doc;
                return true;
            case "__defaults__":
                value = Defaults.Length == 0 ? PyValue.None : PyValue.FromObject(new PyTuple((PyValue[])Defaults.Clone()));
                return true;
            case "__kwdefaults__":
                value = KwDefaultsDict();
                return true;
            case "__type_params__":
                value = PyValue.FromObject(_typeParams ?? PyTuple.Empty);
                return true;
            case "__annotations__":
                value = PyValue.FromObject(_annotations ??= new PyDict());
                return true;
            case "__get__":
            {
                var self = PyValue.FromObject(this);
                value = PyDescriptors.GetMethod((instance, owner) => instance.IsNone ? self : PyValue.FromObject(new PyMethod(self, instance)));
                return true;
            }
        }
        if (_dict is not null && _dict.TryGetValue(PyValue.FromString(name), out value))
            return true;
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyValue value)
    {
        switch (name)
        {
            case "__name__":
                Name = value.Ref as string ?? throw PyException.TypeError("__name__ must be set to a string object");
                return;
            case "__qualname__":
                QualName = value.Ref as string ?? throw PyException.TypeError("__qualname__ must be set to a string object");
                return;
            case "__doc__":
                Doc = value;
                return;
            case "__module__":
                // (any object, as in CPython; Module, which messages name, stays the defining module's)
                _moduleAttribute = value;
                return;
            case "__dict__":
                _dict = value.Ref as PyDict ?? throw PyException.TypeError("__dict__ must be set to a dictionary, not a '" + PyOps.TypeName(value) + "'");
                return;
            case "__defaults__":
                throw PyException.TypeError("setting __defaults__ of a compiled function is not supported");
            case "__kwdefaults__":
                throw PyException.TypeError("setting __kwdefaults__ of a compiled function is not supported");
            case "__type_params__":
                _typeParams = value.Ref as PyTuple ?? throw PyException.TypeError("__type_params__ must be set to a tuple");
                return;
            case "__annotations__":
                // None (or del) leaves an empty dict for the next read.
                _annotations = value.IsNone || value.IsUnbound ? null
                    : value.Ref as PyDict ?? throw PyException.TypeError("__annotations__ must be set to a dict object");
                return;
        }
        (_dict ??= new PyDict()).SetItem(PyValue.FromString(name), value);
    }

    public override void DelAttr(string name)
    {
        if (name == "__annotations__")
            _annotations = null;
        else if (_dict is null || !_dict.Remove(PyValue.FromString(name), out _))
            base.DelAttr(name);
    }

    /// <summary>
    /// Binds positional and keyword arguments to the parameters (CPython's rules and messages for functions whose
    /// parameters are all positional-or-keyword): returns one value per parameter, defaults filled in.
    /// </summary>
    protected PyValue[] BindArguments(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var code = Code;
        var names = code.ParameterNames;
        int npositional = code.ArgCount;
        int varArgsSlot = code.HasVarArgs ? npositional : -1;
        int kwOnlyStart = npositional + (code.HasVarArgs ? 1 : 0);
        int kwArgsSlot = code.HasVarKeywords ? names.Length - 1 : -1;
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        var bound = new PyValue[names.Length];

        int take = Math.Min(npos, npositional);
        for (int i = 0; i < take; i++)
            bound[i] = args[i];
        if (npos > npositional)
        {
            if (varArgsSlot < 0)
                throw TooManyPositional(npos, kwNames, args.Length - nkw);
            bound[varArgsSlot] = PyValue.FromObject(new PyTuple(args.Slice(npositional, npos - npositional).ToArray()));
        }
        else if (varArgsSlot >= 0)
        {
            bound[varArgsSlot] = PyValue.FromObject(PyTuple.Empty);
        }
        PyDict? extra = kwArgsSlot >= 0 ? new PyDict() : null;
        System.Collections.Generic.List<string>? posOnlyPassed = null;
        for (int k = 0; k < nkw; k++)
        {
            string kw = kwNames![k];
            int index = -1;
            for (int i = code.PosOnlyCount; i < names.Length; i++)
            {
                bool isNamedParam = i < npositional || (i >= kwOnlyStart && i < kwOnlyStart + code.KwOnlyCount);
                if (isNamedParam && names[i] == kw)
                {
                    index = i;
                    break;
                }
            }
            if (index < 0)
            {
                if (extra is not null)
                {
                    extra.SetItem(PyValue.FromString(kw), args[npos + k]);
                    continue;
                }
                if (Array.IndexOf(names, kw, 0, code.PosOnlyCount) >= 0)
                {
                    (posOnlyPassed ??= new()).Add(kw);
                    continue;
                }
                throw PyException.TypeError($"{QualName}() got an unexpected keyword argument '{kw}'");
            }
            if (!bound[index].IsUnbound)
                throw PyException.TypeError($"{QualName}() got multiple values for argument '{kw}'");
            bound[index] = args[npos + k];
        }
        if (posOnlyPassed is not null)
            throw PyException.TypeError($"{QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyPassed)}'");
        int firstDefault = npositional - Defaults.Length;
        System.Collections.Generic.List<string>? missing = null;
        for (int i = 0; i < npositional; i++)
        {
            if (!bound[i].IsUnbound)
                continue;
            if (i >= firstDefault)
                bound[i] = Defaults[i - firstDefault];
            else
                (missing ??= new()).Add(names[i]);
        }
        if (missing is not null)
            throw PyException.TypeError($"{QualName}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
        for (int j = 0; j < code.KwOnlyCount; j++)
        {
            int i = kwOnlyStart + j;
            if (!bound[i].IsUnbound)
                continue;
            if (j < KwDefaults.Length && !KwDefaults[j].IsUnbound)
                bound[i] = KwDefaults[j];
            else
                (missing ??= new()).Add(names[i]);
        }
        if (missing is not null)
            throw PyException.TypeError($"{QualName}() missing {missing.Count} required keyword-only argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
        if (extra is not null)
            bound[kwArgsSlot] = PyValue.FromObject(extra);
        return bound;
    }

    private PyException TooManyPositional(int given, string[]? kwNames, int _)
    {
        var code = Code;
        int nparams = code.ArgCount;
        int required = nparams - Defaults.Length;
        string takes = Defaults.Length == 0
            ? $"{nparams} positional argument{(nparams == 1 ? "" : "s")}"
            : $"from {required} to {nparams} positional arguments";
        // Keyword-only arguments that were given change the wording (CPython's too_many_positional).
        int kwOnlyGiven = 0;
        if (kwNames is not null && code.KwOnlyCount > 0)
        {
            int kwOnlyStart = nparams + (code.HasVarArgs ? 1 : 0);
            foreach (var kw in kwNames)
            {
                if (Array.IndexOf(code.ParameterNames, kw, kwOnlyStart, code.KwOnlyCount) >= 0)
                    kwOnlyGiven++;
            }
        }
        if (kwOnlyGiven > 0)
        {
            return PyException.TypeError($"{QualName}() takes {takes} but {given} positional argument{(given == 1 ? "" : "s")} " +
                $"(and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")}) were given");
        }
        return PyException.TypeError($"{QualName}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given");
    }

    /// <summary>CPython's list of names: 'a', 'a' and 'b', 'a', 'b', and 'c'.</summary>
    private static string JoinNames(System.Collections.Generic.List<string> names)
    {
        if (names.Count == 1)
            return $"'{names[0]}'";
        if (names.Count == 2)
            return $"'{names[0]}' and '{names[1]}'";
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i == names.Count - 1)
                sb.Append("and ");
            sb.Append('\'').Append(names[i]).Append('\'');
            if (i < names.Count - 1)
                sb.Append(", ");
        }
        return sb.ToString();
    }
}
