using System;

namespace PyAot.Runtime;

/// <summary>Argument-count checks with CPython's messages.</summary>
public static class ArgCheck
{
    public static void NoKeywords(string name, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 })
            throw PyException.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>
    /// Binds positional-or-keyword parameters as Argument Clinic does (the caller has checked the positional count,
    /// whose message differs by function): each keyword to its parameter ("'x' is an invalid keyword argument for
    /// f()", "argument for f() given by name ('x') and position (2)"), then the first <paramref name="required"/>
    /// present ("f() missing required argument 'x' (pos 2)"). Absent parameters are unbound.
    /// </summary>
    public static PyValue[] Bind(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, string[] parameters, int required)
    {
        var bound = new PyValue[parameters.Length];
        int positional = args.Length - (kwNames?.Length ?? 0);
        for (int i = 0; i < positional; i++)
            bound[i] = args[i];
        for (int k = 0; k < (kwNames?.Length ?? 0); k++)
        {
            int index = Array.IndexOf(parameters, kwNames![k]);
            if (index < 0)
                throw PyException.TypeError($"'{kwNames[k]}' is an invalid keyword argument for {name}()");
            if (!bound[index].IsUnbound)
                throw PyException.TypeError($"argument for {name}() given by name ('{kwNames[k]}') and position ({index + 1})");
            bound[index] = args[positional + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (bound[i].IsUnbound)
                throw PyException.TypeError($"{name}() missing required argument '{parameters[i]}' (pos {i + 1})");
        }
        return bound;
    }

    /// <summary>"list.append() takes exactly one argument (0 given)" style (METH_O).</summary>
    public static void ExactlyOne(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        NoKeywords(name, kwNames);
        if (args.Length != 1)
            throw PyException.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
    }

    /// <summary>A slot wrapper's arguments (<c>[].__contains__</c>, <c>"".__getitem__</c>): "expected 1 argument, got 0"
    /// style, and no keywords.</summary>
    public static void SlotWrapper(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, int count)
    {
        if (kwNames is { Length: > 0 })
            throw PyException.TypeError($"wrapper {name}() takes no keyword arguments");
        if (args.Length != count)
            throw PyException.TypeError($"expected {count} argument{(count == 1 ? "" : "s")}, got {args.Length}");
    }

    /// <summary>"find() takes at most 3 arguments (4 given)" style (PyArg_ParseTuple's "O|OO:find", as
    /// stringlib_parse_args_finds does for str.find, count, startswith...).</summary>
    public static void ParseTuple(string owner, string name, ReadOnlySpan<PyValue> args, string[]? kwNames, int min, int max)
    {
        if (kwNames is { Length: > 0 })
            throw PyException.TypeError($"{owner}.{name}() takes no keyword arguments");
        if (args.Length < min)
            throw PyException.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({args.Length} given)");
        if (args.Length > max)
            throw PyException.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({args.Length} given)");
    }

    /// <summary>"list.clear() takes no arguments (1 given)" style (METH_NOARGS).</summary>
    public static void None(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        NoKeywords(name, kwNames);
        if (args.Length != 0)
            throw PyException.TypeError($"{name}() takes no arguments ({args.Length} given)");
    }

    /// <summary>"pop expected at most 1 argument, got 2" style (argument clinic positional ranges).</summary>
    public static void Range(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, int min, int max)
    {
        NoKeywords(name, kwNames);
        if (args.Length < min)
        {
            if (min == max)
                throw PyException.TypeError($"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
            throw PyException.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        }
        if (args.Length > max)
        {
            if (min == max)
                throw PyException.TypeError($"{name} expected {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
            throw PyException.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }
    }

    /// <summary>Splits positional args from keyword values; looks up a keyword by name.</summary>
    public static bool TryGetKeyword(ReadOnlySpan<PyValue> args, string[]? kwNames, string name, out PyValue value)
    {
        if (kwNames is not null)
        {
            int first = args.Length - kwNames.Length;
            for (int i = 0; i < kwNames.Length; i++)
            {
                if (kwNames[i] == name)
                {
                    value = args[first + i];
                    return true;
                }
            }
        }
        value = default;
        return false;
    }

    public static ReadOnlySpan<PyValue> Positional(ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        kwNames is null ? args : args[..(args.Length - kwNames.Length)];

    /// <summary>Rejects keywords other than <paramref name="allowed"/> with CPython's message.</summary>
    public static void OnlyKeywords(string fname, string[]? kwNames, params string[] allowed)
    {
        if (kwNames is null)
            return;
        foreach (var k in kwNames)
        {
            if (Array.IndexOf(allowed, k) < 0)
                throw PyException.TypeError($"{fname}() got an unexpected keyword argument '{k}'");
        }
    }
}
