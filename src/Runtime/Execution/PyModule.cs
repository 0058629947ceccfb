using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>Reads a compiled module's global (false when unbound or unknown).</summary>
public delegate bool ModuleGlobalGetter(string name, out PyValue value);

/// <summary>Writes a compiled module's global (false when the module has no such static global).</summary>
public delegate bool ModuleGlobalSetter(string name, PyValue value);

/// <summary>
/// A module object. A compiled module's globals are static fields of its generated class; the module object
/// reaches them through the generated accessors (attributes the module itself never binds live in a side dict).
/// </summary>
public sealed class PyModule : PyObject
{
    private readonly ModuleGlobalGetter _get;
    private readonly ModuleGlobalSetter _set;
    private readonly string[] _names;
    private PyDict? _extra;

    /// <summary>The module objects of the generated module classes, by class: the last one executed (a module run as
    /// the program and imported under its own name has two).</summary>
    private static readonly Dictionary<Type, PyModule> s_byOwner = new();

    /// <param name="owner">The generated module class whose globals these are (null: a runtime module), so that a frame
    /// of its code can be taken to the module (<see cref="OfOwner"/>).</param>
    public PyModule(string name, ModuleGlobalGetter get, ModuleGlobalSetter set, string[] globalNames, Type? owner = null)
    {
        Name = name;
        _get = get;
        _set = set;
        _names = globalNames;
        if (owner is not null)
        {
            lock (s_byOwner)
                s_byOwner[owner] = this;
        }
    }

    /// <summary>The module object of generated module class <paramref name="owner"/> (<see cref="PyCode.Owner"/>): what
    /// a frame's <c>f_globals</c> would hold, for <c>warnings</c> (its <c>__name__</c> and <c>__warningregistry__</c>).
    /// Null when it has not run.</summary>
    internal static PyModule? OfOwner(Type owner)
    {
        lock (s_byOwner)
            return s_byOwner.TryGetValue(owner, out var module) ? module : null;
    }

    public string Name { get; }

    /// <summary>The module's namespace when its globals live in a dictionary (a module that calls <c>globals()</c>):
    /// its <c>__dict__</c>, which attribute reads and writes go to. Null for a module whose globals are static fields.</summary>
    public PyDict? Dict { get; init; }

    /// <summary>One of the runtime's own modules (<c>math</c>, <c>sys</c>, <c>time</c>), built into the program as
    /// CPython's built-in modules are into its interpreter: it has no <c>__file__</c>.</summary>
    public bool IsBuiltin { get; init; }

    public override PyType Type => PyTypes.Module;

    /// <summary>CPython's module repr: where it was loaded from (its <c>__file__</c>), or that it is built in.</summary>
    public override string Repr() =>
        File is { } file ? $"<module '{Name}' from '{file}'>" : IsBuiltin ? $"<module '{Name}' (built-in)>" : $"<module '{Name}'>";

    /// <summary>The module's <c>__file__</c> when it is a string (the .py file a compiled module was built from), else null.</summary>
    public string? File => TryGetAttr("__file__", out var file) && file.Ref is string path ? path : null;

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (TryGetOwnAttr(name, out value))
            return true;
        return TryModuleGetattr(name, out value);
    }

    /// <summary>PEP 562: a name the module lacks goes to its own <c>__getattr__</c> function, if it defines one
    /// (module_getattro); its AttributeError means the module has no such attribute.</summary>
    private bool TryModuleGetattr(string name, out PyValue value)
    {
        value = default;
        if (name == "__getattr__" || !TryGetOwnAttr("__getattr__", out var hook))
            return false;
        try
        {
            value = PyOps.Call(hook, new[] { PyValue.FromString(name) }, null);
            return true;
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            value = default;
            return false;
        }
    }

    private bool TryGetOwnAttr(string name, out PyValue value)
    {
        if (Dict is not null)
        {
            if (Dict.TryGetValue(PyValue.FromString(name), out value))
                return true;
            if (name == "__dict__")
            {
                value = PyValue.FromObject(Dict);
                return true;
            }
            return false;
        }
        if (_get(name, out value))
            return true;
        if (_extra is not null && _extra.TryGetValue(PyValue.FromString(name), out value))
            return true;
        if (name == "__dict__")
        {
            // (a compiled module keeps its globals in static fields unless its code calls globals())
            throw PyException.NotImplementedError(
                $"the __dict__ of module '{Name}' is not supported by PyAot yet (only a compiled module that calls globals() has one)");
        }
        value = default;
        return false;
    }

    /// <summary>module.name, raising CPython's AttributeError.</summary>
    public PyValue GetAttr(string name)
    {
        if (TryGetOwnAttr(name, out var v))
            return v;
        // (PEP 562: the module's own __getattr__, whose AttributeError is the one raised)
        if (name != "__getattr__" && TryGetOwnAttr("__getattr__", out var hook))
            return PyOps.Call(hook, new[] { PyValue.FromString(name) }, null);
        throw PyException.AttributeError(PyValue.FromObject(this), name, $"module '{Name}' has no attribute '{name}'");
    }

    /// <summary>The names the module has now (<c>dir(module)</c>, unsorted): its bound globals, then the others.</summary>
    internal IEnumerable<string> BoundNames()
    {
        if (Dict is not null)
        {
            int at = 0;
            while (Dict.Next(ref at, out var key, out _))
            {
                if (key.Ref is string s)
                    yield return s;
            }
            yield break;
        }
        foreach (var name in _names)
        {
            if (_get(name, out _))
                yield return name;
        }
        if (_extra is null)
            yield break;
        int pos = 0;
        while (_extra.Next(ref pos, out var key, out _))
        {
            if (key.Ref is string s)
                yield return s;
        }
    }

    public override void SetAttr(string name, PyValue value)
    {
        if (Dict is not null)
        {
            Dict.SetItem(PyValue.FromString(name), value);
            return;
        }
        if (!_set(name, value))
        {
            if (Array.IndexOf(_names, name) >= 0)
                throw PyException.TypeError($"cannot delete or unbind global '{name}' of compiled module '{Name}'");
            (_extra ??= new PyDict()).SetItem(PyValue.FromString(name), value);
        }
    }

    public override void DelAttr(string name)
    {
        if (Dict is not null)
        {
            if (!Dict.Remove(PyValue.FromString(name), out _))
                throw PyException.AttributeError($"module '{Name}' has no attribute '{name}'");
            return;
        }
        if (Array.IndexOf(_names, name) >= 0)
        {
            if (!_get(name, out _))
                throw PyException.AttributeError($"module '{Name}' has no attribute '{name}'");
            if (!_set(name, default))
                throw PyException.TypeError($"deleting the global '{name}' of compiled module '{Name}' from outside while its body runs is not supported");
            return;
        }
        if (_extra is null || !_extra.Remove(PyValue.FromString(name), out _))
            throw PyException.AttributeError($"module '{Name}' has no attribute '{name}'");
    }

    public IEnumerable<string> GlobalNames => _names;
}
