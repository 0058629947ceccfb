using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// The standard-library modules the runtime implements (<c>math</c>, <c>sys</c>, <c>time</c>, <c>bisect</c>, <c>heapq</c>, <c>itertools</c>, <c>collections</c> (deque)): each a
/// <see cref="PyModule"/> over a dictionary of its attributes. Generated code imports them through
/// <see cref="Import"/> and calls their functions directly (<c>MathModule.Call_sqrt(module, x)</c>) while the
/// module is <em>pristine</em>: the value called through is the module object and no attribute of it was ever
/// rebound or deleted; otherwise the call goes through the ordinary attribute lookup.
/// </summary>
public sealed class BuiltinModule
{
    private readonly Dictionary<string, PyValue> _attrs = new(StringComparer.Ordinal);

    private PyModule? _module;
    private HashSet<string>? _initial;

    public BuiltinModule(string name)
    {
        Name = name;
        _attrs["__name__"] = PyValue.FromString(name);
    }

    public string Name { get; }

    /// <summary>The module object (created once every attribute was added).</summary>
    public PyModule Module
    {
        get
        {
            if (_module is null)
            {
                _initial = new HashSet<string>(_attrs.Keys, StringComparer.Ordinal);
                var names = new string[_initial.Count];
                _initial.CopyTo(names);
                _module = new PyModule(Name, Get, Set, names) { IsBuiltin = true };
            }
            return _module;
        }
    }

    /// <summary>False once any attribute of the module was rebound or deleted.</summary>
    public bool Pristine { get; private set; } = true;

    private bool Get(string name, out PyValue value) => _attrs.TryGetValue(name, out value);

    private bool Set(string name, PyValue value)
    {
        Pristine = false;
        if (_initial is null || !_initial.Contains(name))
            return false; // a new attribute: the module object keeps it
        if (value.IsUnbound)
            _attrs.Remove(name);
        else
            _attrs[name] = value;
        Rebound?.Invoke(name, value);
        return true;
    }

    /// <summary>Called after one of the module's own attributes was rebound (unbound: deleted).</summary>
    public Action<string, PyValue>? Rebound { get; init; }

    public void Add(string name, PyValue value) => _attrs[name] = value;

    public void AddFunction(string name, PyCallTarget target) =>
        _attrs[name] = PyValue.FromObject(new PyBuiltinFunction(name, target));

    /// <summary>The object the attribute <paramref name="name"/> held when the module was created.</summary>
    internal object? Original(string name) => _attrs.TryGetValue(name, out var v) ? v.Ref : null;

    /// <summary>Whether <paramref name="m"/> is this module, never modified (the condition for a direct call).</summary>
    public bool Is(PyValue m) => ReferenceEquals(m.Ref, _module) && Pristine;

    /// <summary>The module named <paramref name="name"/> (math, sys, time, bisect, heapq, itertools, _collections, _operator, _random, _sha2, _io, array, struct, _pyaot_traceback, _sre, posix).</summary>
    public static PyModule Import(string name) => name switch
    {
        "math" => MathModule.Instance.Module,
        "sys" => SysModule.Instance.Module,
        "time" => TimeModule.Instance.Module,
        "bisect" => BisectModule.Instance.Module,
        "heapq" => HeapqModule.Instance.Module,
        "itertools" => ItertoolsModule.Instance.Module,
        "_collections" => CollectionsModule.Instance.Module,
        "_operator" => OperatorModule.Instance.Module,
        "_random" => RandomModule.Instance.Module,
        "_sha2" => Sha2Module.Instance.Module,
        "_io" => IoModule.Instance.Module,
        "array" => ArrayModule.Instance.Module,
        "struct" => StructModule.Instance.Module,
        "_pyaot_traceback" => TracebackSupportModule.Instance.Module,
        "_sre" => SreModule.Instance.Module,
        "posix" => Posix.PosixModule.Instance.Module,
        _ => throw PyException.ModuleNotFoundError(name),
    };

    internal static PyValue Arg1(string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length != 1)
            throw PyException.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    internal static ReadOnlySpan<PyValue> ArgN(string name, ReadOnlySpan<PyValue> args, string[]? kw, int n)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length != n)
            throw PyException.TypeError($"{name} expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
        return args;
    }
}
