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
            : PyOps.Call(exit, [PyValue.FromObject(e.Type), e.Value, Tracebacks.ValueOf(e.Instance)], null);

    /// <summary><c>async for ... in obj</c>: <c>type(obj).__aiter__(obj)</c>, which must have <c>__anext__</c>.</summary>
    public static PyValue Iter(PyValue obj) =>
        AsyncIterator(obj,
            static type => $"'async for' requires an object with __aiter__ method, got {type.TpName}",
            static type => $"'async for' received an object from __aiter__ that does not implement __anext__: {type.TpName}");

    /// <summary><c>type(obj).__aiter__(obj)</c>, which must have <c>__anext__</c> (an async generator is its own), with
    /// the TypeErrors of the caller (async for's, or aiter()'s) naming the type at fault.</summary>
    internal static PyValue AsyncIterator(PyValue obj, Func<PyType, string> notIterable, Func<PyType, string> notIterator)
    {
        if (obj.Ref is PyAsyncGenerator)
            return obj;
        var type = PyOps.TypeOf(obj);
        if (!type.TryLookup("__aiter__", out var aiter))
            throw PyException.TypeError(notIterable(type));
        var iterator = PyOps.Call(PyType.BindDescriptor(aiter, obj), ReadOnlySpan<PyValue>.Empty, null);
        if (iterator.Ref is not PyAsyncGenerator && !PyOps.TypeOf(iterator).TryLookup("__anext__", out _))
            throw PyException.TypeError(notIterator(PyOps.TypeOf(iterator)));
        return iterator;
    }

    /// <summary>One step of <c>async for</c>: the awaitable of <c>type(iterator).__anext__(iterator)</c>.</summary>
    public static PyValue Next(PyValue iterator)
    {
        if (iterator.Ref is PyAsyncGenerator generator)
            return generator.ANext();
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

/// <summary>The builtins <c>aiter()</c> and <c>anext()</c> (PyObject_GetAIter, builtin_anext).</summary>
public static class AsyncBuiltins
{
    public static PyValue AIter(PyValue obj) =>
        AsyncProtocol.AsyncIterator(obj,
            static type => $"'{type.TpName}' object is not an async iterable",
            static type => $"aiter() returned not an async iterator of type '{type.TpName}'");

    public static PyValue ANext(PyValue iterator, PyValue defaultValue)
    {
        PyValue awaitable;
        if (iterator.Ref is PyAsyncGenerator generator)
        {
            awaitable = generator.ANext();
        }
        else
        {
            var type = PyOps.TypeOf(iterator);
            if (!type.TryLookup("__anext__", out var anext))
                throw PyException.TypeError($"'{type.TpName}' object is not an async iterator");
            awaitable = PyOps.Call(PyType.BindDescriptor(anext, iterator), ReadOnlySpan<PyValue>.Empty, null);
        }
        return defaultValue.IsUnbound ? awaitable : PyValue.FromObject(new AnextAwaitable(awaitable, defaultValue));
    }
}

/// <summary>What <c>anext(iterator, default)</c> returns (CPython's <c>anext_awaitable</c>): awaiting it awaits the
/// iterator's <c>__anext__()</c>, and its StopAsyncIteration ends the await with <c>default</c> instead.</summary>
public sealed class AnextAwaitable(PyValue awaitable, PyValue defaultValue) : AsyncGenAwaitable
{
    public static readonly PyType AnextAwaitableType = new PyType("anext_awaitable", PyTypes.Object) { IsBaseType = false }
        .WithMethods(AwaitableMethods);

    private PyIterator? _iterator;

    public override PyType Type => AnextAwaitableType;

    private protected override string ReuseMessage => "";

    private protected override bool Send(PyValue arg, out PyValue item) => Step(arg, null, out item);

    private protected override bool Throw(PyException exc, out PyValue item) => Step(PyValue.None, exc, out item);

    /// <summary>A step of the wrapped awaitable (_PyCoro_GetAwaitableIter's iterator): true with what it passes out;
    /// false at its end, its value (or <c>default</c> for StopAsyncIteration) in <see cref="AsyncGenAwaitable.Result"/>.</summary>
    private bool Step(PyValue arg, PyException? thrown, out PyValue item)
    {
        _iterator ??= PyCoroutine.AwaitableIterator(awaitable);
        try
        {
            if (_iterator is PyCoroutine coroutine)
            {
                if (coroutine.StepWith(arg, thrown, out item))
                    return true;
                Result = coroutine.ReturnedValue;
                return false;
            }
            var target = _iterator is NextMethodIterator wrapper ? wrapper.Iterator : PyValue.FromObject(_iterator);
            if (thrown is null && arg.IsNone)
            {
                if (_iterator.MoveNext(out item))
                    return true;
                Result = _iterator is AsyncGenAwaitable inner ? inner.TakeResult() : PyValue.None;
                return false;
            }
            item = thrown is not null
                ? PyOps.CallMethod(target, "throw", [thrown.Value], null)
                : PyOps.CallMethod(target, "send", [arg], null);
            return true;
        }
        catch (PyException e) when (e.Matches(PyTypes.StopIteration))
        {
            Result = e.Instance.TryGetAttr("value", out var v) ? v : PyValue.None;
            item = default;
            return false;
        }
        catch (PyException e) when (e.Matches(PyTypes.StopAsyncIteration))
        {
            Result = defaultValue;
            item = default;
            return false;
        }
    }
}
