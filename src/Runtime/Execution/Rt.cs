using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime;

/// <summary>
/// Small helpers generated code calls (name checks, unpacking, f-string pieces, imports). Everything on the hot
/// path is tiny and inlined; the throwing parts live in separate non-inlined methods.
/// </summary>
public static class Rt
{
    // ---- names ----------------------------------------------------------------------------------------------

    /// <summary>A module global read: the value, or NameError when unbound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Global(PyValue value, string name)
    {
        if (value.Ref is null)
            ThrowNameError(name);
        return value;
    }

    /// <summary>A global that shadows a builtin of the same name only while bound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue GlobalOrBuiltin(PyValue value, PyValue builtin) => value.Ref is null ? builtin : value;

    /// <summary>A global of a module whose namespace is its dictionary (a module that calls <c>globals()</c>): the
    /// value, unbound when the dictionary has none.</summary>
    public static PyValue DictGlobal(PyDict globals, string name) =>
        globals.TryGetValue(PyValue.FromString(name), out var value) ? value : default;

    /// <summary>Binds (or, given the unbound value, deletes) a global of a module whose namespace is its dictionary.</summary>
    public static void SetDictGlobal(PyDict globals, string name, PyValue value)
    {
        if (value.IsUnbound)
            globals.Remove(PyValue.FromString(name), out _);
        else
            globals.SetItem(PyValue.FromString(name), value);
    }

    /// <summary>The builtin <c>globals</c> of a module whose namespace is <paramref name="globals"/>, as a value (a
    /// monitoring tool's CALL, <c>globals(1)</c>'s TypeError).</summary>
    public static PyValue GlobalsBuiltin(PyDict globals) =>
        PyValue.FromObject(new PyBuiltinFunction("globals", (args, kw) =>
        {
            ArgCheck.None("globals", args, kw);
            return PyValue.FromObject(globals);
        }));

    /// <summary>A builtin's name read in a module whose namespace is its dictionary: a key the program put there
    /// (<c>globals()['len'] = f</c>) shadows the builtin, as in CPython's LOAD_GLOBAL.</summary>
    public static PyValue DictOrBuiltin(PyDict globals, string name, PyValue builtin) =>
        globals.TryGetValue(PyValue.FromString(name), out var value) ? value : builtin;

    /// <summary>A local read that definite assignment could not prove bound: UnboundLocalError when unbound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Local(PyValue value, string name)
    {
        if (value.Ref is null)
            ThrowUnboundLocal(name);
        return value;
    }

    /// <summary>A free variable read (a cell of an enclosing function): NameError when the cell is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Free(PyValue value, string name)
    {
        if (value.Ref is null)
            ThrowUnboundFree(name);
        return value;
    }

    /// <summary><c>del x</c> of a free variable (declared nonlocal).</summary>
    public static PyValue DeleteFree(PyValue value, string name)
    {
        if (value.Ref is null)
            ThrowUnboundFree(name);
        return default;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnboundFree(string name) => throw PyException.UnboundFree(name);

    /// <summary><c>locals()</c> in a function (CPython 3.12's <c>PyFrame_FastToLocals</c>): the frame's dict, made at
    /// the first call, updated with the names among <paramref name="names"/> that are bound now, without those that
    /// are not; the keys a program added are left.</summary>
    public static PyValue FrameLocals(ref PyValue frameLocals, string[] names, PyValue[] values)
    {
        if (frameLocals.Ref is not PyDict d)
            frameLocals = PyValue.FromObject(d = new PyDict());
        for (int i = 0; i < names.Length; i++)
        {
            var key = PyValue.FromString(names[i]);
            if (!values[i].IsUnbound)
                d.SetItem(key, values[i]);
            else
                d.Remove(key, out _);
        }
        return frameLocals;
    }

    /// <summary>The builtin <paramref name="name"/> (<c>locals</c>, <c>vars</c>, <c>dir</c>) as a monitoring tool sees it
    /// called without arguments in a function: what the compiled code computed.</summary>
    public static PyValue ScopeReader(string name, PyValue result) =>
        PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) => result));

    /// <summary><c>dir()</c> in a function: its bound names, sorted.</summary>
    public static PyValue SortedKeys(PyValue scope)
    {
        var keys = new PyList();
        keys.Extend(scope);
        keys.Sort(default, false);
        return PyValue.FromObject(keys);
    }

    /// <summary>A name that is neither local, global nor builtin: always NameError. <paramref name="hint"/>: what the
    /// traceback adds to its message, as the compiler worked it out (". Did you mean: 'print'?").</summary>
    public static PyValue NameError(string name, string? hint = null) => throw PyException.NameError(name, hint);

    /// <summary>A read of a global its module never binds: what another module gave it since (<c>m.x = 1</c>, which
    /// CPython's LOAD_GLOBAL finds in the module's dict), else NameError.</summary>
    public static PyValue UnboundGlobal(PyModule? module, string name, string? hint = null) =>
        module is not null && module.TryGetAttr(name, out var value) ? value : throw PyException.NameError(name, hint);

    /// <summary><c>del x</c> of a local: UnboundLocalError when already unbound; returns the unbound value.</summary>
    public static PyValue DeleteLocal(PyValue value, string name)
    {
        if (value.Ref is null)
            ThrowUnboundLocal(name);
        return default;
    }

    /// <summary><c>del x</c> of a global: NameError when unbound; returns the unbound value.</summary>
    public static PyValue DeleteGlobal(PyValue value, string name)
    {
        if (value.Ref is null)
            ThrowNameError(name);
        return default;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNameError(string name) => throw PyException.NameError(name);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnboundLocal(string name) => throw PyException.UnboundLocal(name);

    // ---- builtins -------------------------------------------------------------------------------------------

    /// <summary>The builtin called <paramref name="name"/>; one the runtime lacks raises NameError when used.</summary>
    public static PyValue Builtin(string name)
    {
        if (Builtins.Lookup(name, out var v))
            return v;
        return PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
            throw PyException.NotImplementedError($"the builtin '{name}' is not available in compiled code yet")));
    }

    /// <summary><c>print(...)</c> used as a value: prints and returns None.</summary>
    public static PyValue Print(ReadOnlySpan<PyValue> args, PyValue sep, PyValue end, bool flush)
    {
        Builtins.Print(args, sep, end, flush);
        return PyValue.None;
    }

    // ---- operators ------------------------------------------------------------------------------------------

    /// <summary><c>item in container</c> with Python's evaluation order (item first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool In(PyValue item, PyValue container) => PyOps.Contains(container, item);

    // ---- displays -------------------------------------------------------------------------------------------

    public static PyValue MakeSet(PyValue[] items)
    {
        var set = new PySet();
        foreach (var item in items)
            set.Add(item);
        return PyValue.FromObject(set);
    }

    /// <summary>A dict display from key, value, key, value... (later keys win, as in CPython).</summary>
    public static PyValue MakeDict(PyValue[] keysAndValues)
    {
        var dict = new PyDict();
        for (int i = 0; i + 1 < keysAndValues.Length; i += 2)
            dict.SetItem(keysAndValues[i], keysAndValues[i + 1]);
        return PyValue.FromObject(dict);
    }

    // ---- unpacking ------------------------------------------------------------------------------------------

    /// <summary><c>a, b = value</c>. Inline: a tuple or list of the right length; everything else (other
    /// iterables, CPython's ValueErrors) out of line, so the inlined part stays small.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unpack(PyValue value, out PyValue a, out PyValue b)
    {
        PyValue[] items;
        if (value.Ref is PyTuple t)
        {
            if (t.Count != 2)
                goto slow;
            items = t.Items;
        }
        else if (value.Ref is PyList l && l.Count == 2)
        {
            items = l.Items;
        }
        else
        {
            goto slow;
        }
        b = items[1];
        a = items[0];
        return;
    slow:
        items = UnpackArray(value, 2);
        a = items[0];
        b = items[1];
    }

    /// <summary><c>a, b, c = value</c> (see the two-target overload).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unpack(PyValue value, out PyValue a, out PyValue b, out PyValue c)
    {
        PyValue[] items;
        if (value.Ref is PyTuple t)
        {
            if (t.Count != 3)
                goto slow;
            items = t.Items;
        }
        else if (value.Ref is PyList l && l.Count == 3)
        {
            items = l.Items;
        }
        else
        {
            goto slow;
        }
        c = items[2];
        b = items[1];
        a = items[0];
        return;
    slow:
        items = UnpackArray(value, 3);
        a = items[0];
        b = items[1];
        c = items[2];
    }

    /// <summary><c>a, b, ..., z = value</c> for four targets or more: the items of a tuple or list of the right length
    /// as they are (no copy, no iterator); anything else through <see cref="UnpackArray"/>. The caller reads every item
    /// before it stores a target, as CPython's UNPACK_SEQUENCE puts them all on the stack first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<PyValue> UnpackSpan(PyValue value, int count)
    {
        if (value.Ref is PyTuple t && t.Count == count)
            return t.Items;
        if (value.Ref is PyList l && l.Count == count)
            return new ReadOnlySpan<PyValue>(l.Items, 0, count);
        return UnpackArray(value, count);
    }

    /// <summary>The iterator of a value being unpacked: CPython's "cannot unpack non-iterable X object" when its
    /// type has neither <c>__iter__</c> nor <c>__getitem__</c> (an <c>__iter__</c> that raises keeps its error).</summary>
    private static PyIterator UnpackIter(PyValue value)
    {
        try
        {
            return PyOps.GetIter(value);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError) && !HasIterProtocol(value))
        {
            throw PyException.TypeError($"cannot unpack non-iterable {PyOps.TypeName(value)} object");
        }
    }

    /// <summary>Whether a value GetIter refused could still be iterable by its type (a program class with
    /// <c>__iter__</c> or <c>__getitem__</c>, whose own TypeError then stands); built-in values it refuses are not.</summary>
    private static bool HasIterProtocol(PyValue value)
    {
        if (value.Ref is not PyInstance inst)
            return false;
        return inst.Type.TryLookup("__iter__", out _) || inst.Type.TryLookup("__getitem__", out _);
    }

    /// <summary>Exactly <paramref name="count"/> items of an iterable, with CPython's ValueErrors.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue[] UnpackArray(PyValue value, int count)
    {
        var items = new PyValue[count];
        var it = UnpackIter(value);
        for (int i = 0; i < count; i++)
        {
            if (!it.MoveNext(out items[i]))
                throw PyException.ValueError($"not enough values to unpack (expected {count}, got {i})");
        }
        if (it.MoveNext(out _))
            throw PyException.ValueError($"too many values to unpack (expected {count})");
        return items;
    }

    // ---- calls with * and ** --------------------------------------------------------------------------------

    /// <summary><c>f(*args, **kwargs)</c>: positional values from a list, keywords from a dict of str keys.</summary>
    public static PyValue CallEx(PyValue callable, PyList positional, PyDict? keywords)
    {
        int npos = positional.Count;
        int nkw = keywords?.Count ?? 0;
        var values = new PyValue[npos + nkw];
        positional.AsSpan().CopyTo(values);
        string[]? names = null;
        if (nkw > 0)
        {
            names = new string[nkw];
            int pos = 0, i = 0;
            while (keywords!.Next(ref pos, out var key, out var value))
            {
                names[i] = (string)key.Ref!;
                values[npos + i] = value;
                i++;
            }
        }
        return PyOps.Call(callable, values, names);
    }

    /// <summary>A named keyword argument of a call that also unpacks (<c>f(*a, k=v)</c>).</summary>
    public static void AddKeyword(PyDict keywords, string name, PyValue value, PyValue callable)
    {
        if (keywords.ContainsKey(PyValue.FromString(name)))
            throw PyException.TypeError($"{CallableName(callable)} got multiple values for keyword argument '{name}'");
        keywords.SetItem(PyValue.FromString(name), value);
    }

    /// <summary><c>**mapping</c> in a call.</summary>
    public static void MergeKeywords(PyDict keywords, PyValue mapping, PyValue callable)
    {
        if (mapping.Ref is not PyDict source)
        {
            if (!PyOps.TryGetAttr(mapping, "keys", out var keysMethod))
                throw PyException.TypeError($"{CallableName(callable)} argument after ** must be a mapping, not {PyOps.TypeName(mapping)}");
            var it = PyOps.GetIter(PyOps.Call(keysMethod, ReadOnlySpan<PyValue>.Empty, null));
            while (it.MoveNext(out var key))
                AddMapped(keywords, key, PyOps.GetItem(mapping, key), callable);
            return;
        }
        int pos = 0;
        while (source.Next(ref pos, out var k, out var v))
            AddMapped(keywords, k, v, callable);
    }

    private static void AddMapped(PyDict keywords, PyValue key, PyValue value, PyValue callable)
    {
        if (key.Ref is not string name)
            throw PyException.TypeError("keywords must be strings");
        AddKeyword(keywords, name, value, callable);
    }

    /// <summary>A callable as CPython's argument errors name it (<c>_PyObject_FunctionStr</c>): <c>mod.f()</c>,
    /// <c>len()</c>, a class's <c>mod.C()</c>, or the object's str().</summary>
    private static string CallableName(PyValue callable) =>
        callable.Ref is PyFunction f ? (f.Module is "builtins" ? "" : f.Module + ".") + f.QualName + "()"
        : callable.Ref is PyBuiltinFunction b ? b.Name + "()"
        : callable.Ref is PyMethod m && m.Function.Ref is PyFunction or PyBuiltinFunction ? CallableName(m.Function)
        : callable.Ref is PyType t ? t.QualifiedName + "()"
        : PyOps.Str(callable);

    /// <summary>A list or tuple display's <c>*iterable</c>: its items appended, or CPython's TypeError.</summary>
    public static void ExtendDisplay(PyList items, PyValue iterable)
    {
        if (!PyOps.IsIterable(iterable))
            throw PyException.TypeError($"Value after * must be an iterable, not {PyOps.TypeName(iterable)}");
        items.Extend(iterable);
    }

    /// <summary>The positional arguments of a call with <c>*iterable</c>: the iterable's items appended, or CPython's
    /// TypeError when it is not iterable.</summary>
    public static void ExtendStarArgs(PyList arguments, PyValue iterable, PyValue callable)
    {
        if (!PyOps.IsIterable(iterable))
            throw PyException.TypeError($"{CallableName(callable)} argument after * must be an iterable, not {PyOps.TypeName(iterable)}");
        arguments.Extend(iterable);
    }

    // ---- exceptions -----------------------------------------------------------------------------------------

    /// <summary>
    /// The filter of a catch that never catches (returns false), before a try's C# finally: keeps the exception that
    /// will run the finally block in <paramref name="unwinding"/>, so the block can handle it
    /// (<see cref="HandledExceptions"/>). (Filters run before the finally blocks the exception unwinds through.)
    /// </summary>
    public static bool Unwinding(PyException exception, out PyException? unwinding)
    {
        unwinding = exception;
        return false;
    }

    /// <summary>A bare <c>raise</c>: the exception being handled (<see cref="HandledExceptions.Active"/>), for
    /// <see cref="Reraise"/>; CPython's RuntimeError when there is none.</summary>
    public static PyException ActiveException() =>
        HandledExceptions.Active ?? throw PyException.RuntimeError("No active exception to reraise");

    /// <summary>
    /// A re-raise of the handled exception (a bare <c>raise</c>, an except clause that does not match, the end of a
    /// finally block run by an exception): the exception to throw, a new carrier of the same instance whose traceback
    /// keeps the instance's and adds no entry for this frame (<see cref="Tracebacks"/>). Generated code writes
    /// <c>throw Rt.Reraise(e);</c>.
    /// </summary>
    public static PyException Reraise(PyException handled) => PyException.Reraise(handled);

    /// <summary>Where a fast path's exception made without being thrown (<c>next()</c>'s StopIteration in a FastTry)
    /// was raised: <paramref name="code"/>'s frame, at <paramref name="line"/> (its traceback's entry).</summary>
    public static void RaisedAt(PyException e, PyCode code, int line) => e.RaisedAt(code, line);

    /// <summary>The module name a function records (<c>__name__</c> of its globals when the def ran).</summary>
    public static string ModuleNameOf(PyValue name) => name.Ref as string ?? "?";

    /// <summary>
    /// <c>a, *rest, z = value</c>: <paramref name="before"/> items, a list of the middle, <paramref name="after"/>
    /// items (CPython's UNPACK_EX).
    /// </summary>
    public static PyValue[] UnpackStarred(PyValue value, int before, int after)
    {
        var all = PyList.FromIterable(value);
        int n = all.Count;
        if (n < before + after)
            throw PyException.ValueError($"not enough values to unpack (expected at least {before + after}, got {n})");
        var items = new PyValue[before + 1 + after];
        var span = all.AsSpan();
        for (int i = 0; i < before; i++)
            items[i] = span[i];
        items[before] = PyValue.FromObject(new PyList(span.Slice(before, n - before - after)));
        for (int i = 0; i < after; i++)
            items[before + 1 + i] = span[n - after + i];
        return items;
    }

    // ---- common methods ---------------------------------------------------------------------------------------

    /// <summary><c>obj.append(v)</c>: straight to <see cref="PyList.Append"/> for a list, else the method protocol.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue CallAppend(PyValue obj, PyValue value)
    {
        if (obj.Ref is PyList list)
        {
            list.Append(value);
            return PyValue.None;
        }
        return PyOps.CallMethod(obj, "append", [value], null);
    }

    // ---- with -----------------------------------------------------------------------------------------------

    /// <summary><c>with mgr as x:</c> — looks up __enter__/__exit__ on the type, calls __enter__, returns its result.</summary>
    public static PyValue WithEnter(PyValue manager, out PyValue exit)
    {
        var type = PyOps.TypeOf(manager);
        if (!type.TryLookup("__enter__", out var enter) || !type.TryLookup("__exit__", out var exitAttr))
        {
            bool hasEnter = type.TryLookup("__enter__", out _);
            throw PyException.TypeError(hasEnter
                ? $"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)"
                : $"'{type.Name}' object does not support the context manager protocol");
        }
        exit = PyType.BindDescriptor(exitAttr, manager);
        return PyOps.Call(PyType.BindDescriptor(enter, manager), ReadOnlySpan<PyValue>.Empty, null);
    }

    /// <summary>The body raised: <c>__exit__(type, value, traceback)</c>; true when it swallows the exception.</summary>
    public static bool WithExitError(PyValue exit, PyException e)
    {
        // (__exit__ runs with the exception handled, as CPython's PUSH_EXC_INFO before the call)
        HandledExceptions.Enter(e);
        try
        {
            return PyOps.IsTrue(PyOps.Call(exit, [PyValue.FromObject(e.Type), e.Value, Tracebacks.ValueOf(e.Instance)], null));
        }
        finally
        {
            HandledExceptions.Leave();
        }
    }

    /// <summary>The body completed (or left by return/break/continue): <c>__exit__(None, None, None)</c>.</summary>
    public static PyValue WithExitNormal(PyValue exit) =>
        PyOps.Call(exit, [PyValue.None, PyValue.None, PyValue.None], null);

    // ---- classes --------------------------------------------------------------------------------------------

    /// <summary>Zero-argument <c>super()</c> in a method: the class of the method's <c>__class__</c> cell and its first argument.</summary>
    public static PyValue Super(PyValue cls, PyValue self) =>
        cls.Ref is PyType t ? PyValue.FromObject(new PySuper(t, self)) : throw PyException.RuntimeError("super(): __class__ cell not found");

    /// <summary>A def's <c>__annotations__</c> (<see cref="PyFunction.SetAnnotations"/>), made once its defaults are.</summary>
    public static void SetAnnotations(PyValue function, string[] names, PyValue[] values) =>
        ((PyFunction)function.Ref!).SetAnnotations(names, values);

    /// <summary>What <c>from __future__ import name</c> binds.</summary>
    public static PyValue FutureFeature(string name) => PyValue.FromObject(PyAot.Runtime.FutureFeature.Named(name));

    // ---- imports --------------------------------------------------------------------------------------------

    /// <summary>
    /// <c>from m import *</c> at module level, as CPython 3.12's <c>import_all_from</c>: each item of <c>m.__all__</c>
    /// (a str, else TypeError; an attribute <c>m</c> has, else AttributeError) or, without <c>__all__</c>, each name of
    /// <c>m</c>'s namespace not starting with an underscore, bound in <paramref name="into"/> (the importing module,
    /// whose compiled globals it sets) to the value <c>m</c> holds now.
    /// </summary>
    public static void ImportStar(PyModule from, PyModule into)
    {
        var module = PyValue.FromObject(from);
        if (from.TryGetAttr("__all__", out var all))
        {
            for (long pos = 0; NextItem(all, pos, out var item); pos++)
            {
                if (item.Ref is not string name)
                    throw PyException.TypeError(StarNameError(from, "Item", "__all__", item));
                into.SetAttr(name, PyOps.GetAttr(module, name));
            }
            return;
        }
        foreach (string name in new List<string>(from.BoundNames()))
        {
            if (name.Length > 0 && name[0] != '_')
                into.SetAttr(name, PyOps.GetAttr(module, name));
        }
    }

    /// <summary><c>PySequence_GetItem(seq, pos)</c>, false at the IndexError that ends the sequence.</summary>
    private static bool NextItem(PyValue seq, long pos, out PyValue item)
    {
        if (seq.Ref is PyList)
            return PyOps.TryGetItem(seq, PyValue.FromInt(pos), listMiss: true, out item, out _, out _);
        try
        {
            item = PyOps.GetItem(seq, PyValue.FromInt(pos));
            return true;
        }
        catch (PyException e) when (e.Matches(PyTypes.IndexError))
        {
            item = default;
            return false;
        }
    }

    private static string StarNameError(PyModule from, string what, string where, PyValue item)
    {
        var modname = PyOps.GetAttr(PyValue.FromObject(from), "__name__");
        return modname.Ref is string m
            ? $"{what} in {m}.{where} must be str, not {PyOps.TypeName(item)}"
            : $"module __name__ must be a string, not {PyOps.TypeName(modname)}";
    }

    /// <summary>Whether <c>from package import *</c> imports the submodule <paramref name="name"/> first (importlib's
    /// <c>_handle_fromlist</c>): the package's <c>__all__</c> lists it and the package has no attribute of that name.</summary>
    public static bool ImportStarWants(PyModule package, string name)
    {
        if (!package.TryGetAttr("__all__", out var all) || package.TryGetAttr(name, out _))
            return false;
        for (long pos = 0; NextItem(all, pos, out var item); pos++)
        {
            if (item.Ref is string s && s == name)
                return true;
        }
        return false;
    }

    /// <summary><c>from m import name</c>.</summary>
    public static PyValue ImportFrom(PyModule module, string name)
    {
        if (module.TryGetAttr(name, out var v))
            return v;
        string? file = module.File;
        var e = PyException.ImportError($"cannot import name '{name}' from '{module.Name}' ({file ?? "unknown location"})");
        e.Instance.SetAttrDirect("name", PyValue.FromString(module.Name));
        e.Instance.SetAttrDirect("path", file is null ? PyValue.None : PyValue.FromString(file));
        e.Instance.SetAttrDirect("name_from", PyValue.FromString(name));
        e.Instance.TracebackHint = TracebackHints.DidYouMean(name, TracebackHints.AttributeNames(PyValue.FromObject(module)));
        throw e;
    }
}
