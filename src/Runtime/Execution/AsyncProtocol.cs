using System;

namespace PyAot.Runtime;

/// <summary>
/// What <c>async with</c> and <c>async for</c> call (CPython's BEFORE_ASYNC_WITH, GET_AITER and GET_ANEXT), with CPython's
/// TypeErrors. Each returns the awaitable the compiled coroutine then awaits (<c>StartAwait</c> with the matching
/// <see cref="AwaitContext"/>, whose errors name the protocol).
/// </summary>
public static class AsyncProtocol
{
    /// <summary><c>async with manager</c>: <c>type(manager).__aenter__(manager)</c> (the awaitable), and the bound
    /// <c>__aexit__</c>.</summary>
    public static PyValue WithEnter(PyValue manager, out PyValue exit)
    {
        var type = PyOps.TypeOf(manager);
        if (!type.TryLookup("__aenter__", out var enter))
            throw PyException.TypeError($"'{type.Name}' object does not support the asynchronous context manager protocol");
        if (!type.TryLookup("__aexit__", out var exitAttr))
            throw PyException.TypeError($"'{type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        exit = PyType.BindDescriptor(exitAttr, manager);
        return PyOps.Call(PyType.BindDescriptor(enter, manager), ReadOnlySpan<PyValue>.Empty, null);
    }

    /// <summary>The awaitable of <c>__aexit__</c>: <c>(type, value, traceback)</c> of the exception the body raised, or three
    /// Nones (<paramref name="e"/> null) when it completed or left by return, break or continue.</summary>
    public static PyValue WithExit(PyValue exit, PyException? e) =>
        e is null
            ? PyOps.Call(exit, [PyValue.None, PyValue.None, PyValue.None], null)
            : PyOps.Call(exit, [PyValue.FromObject(e.Type), e.Value, PyValue.None], null);

    /// <summary><c>async for ... in obj</c>: <c>type(obj).__aiter__(obj)</c>, which must have <c>__anext__</c>.</summary>
    public static PyValue Iter(PyValue obj)
    {
        var type = PyOps.TypeOf(obj);
        if (!type.TryLookup("__aiter__", out var aiter))
            throw PyException.TypeError($"'async for' requires an object with __aiter__ method, got {type.TpName}");
        var iterator = PyOps.Call(PyType.BindDescriptor(aiter, obj), ReadOnlySpan<PyValue>.Empty, null);
        if (!PyOps.TypeOf(iterator).TryLookup("__anext__", out _))
            throw PyException.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {PyOps.TypeOf(iterator).TpName}");
        return iterator;
    }

    /// <summary>One step of <c>async for</c>: the awaitable of <c>type(iterator).__anext__(iterator)</c>.</summary>
    public static PyValue Next(PyValue iterator)
    {
        var type = PyOps.TypeOf(iterator);
        if (!type.TryLookup("__anext__", out var anext))
            throw PyException.TypeError($"'async for' requires an iterator with __anext__ method, got {type.TpName}");
        return PyOps.Call(PyType.BindDescriptor(anext, iterator), ReadOnlySpan<PyValue>.Empty, null);
    }
}

/// <summary>Which GET_AWAITABLE an <c>await</c> is (its oparg in CPython): the messages for an object that cannot be
/// awaited name the protocol that produced it.</summary>
public enum AwaitContext
{
    Await = 0,
    AsyncWithEnter = 1,
    AsyncWithExit = 2,
    AsyncForNext = 3,
}
