using System;

namespace PyAot.Runtime;

/// <summary>
/// A coroutine object, what calling an <c>async def</c> function makes: the generated class derives from this one and
/// is the same state machine as a generator's (<see cref="PyGenerator"/>), with <c>await</c> lowered as
/// <c>yield from</c> over <see cref="AwaitableIterator"/>. What differs is what Python sees: the type
/// <c>coroutine</c>, no iteration protocol (<c>iter()</c> and <c>next()</c> refuse it, as CPython does), <c>cr_*</c>
/// attributes, <c>__await__()</c>, and "cannot reuse already awaited coroutine" once it has finished. The generated body
/// overrides <see cref="PyGenerator.Resume"/>, since <see cref="MoveNext"/> is not a coroutine's.
/// </summary>
public abstract class PyCoroutine : PyGenerator
{
    public static readonly PyType CoroutineType = new PyType("coroutine", PyTypes.Object) { IsBaseType = false }
        .WithMethods("__await__", "send", "throw", "close");

    public override PyType Type => CoroutineType;

    private protected override string Kind => "coroutine";

    public sealed override bool MoveNext(out PyValue yielded) =>
        throw PyException.TypeError("'coroutine' object is not an iterator");

    public override PyIterator Iter() => throw PyException.TypeError("'coroutine' object is not iterable");

    /// <summary>
    /// GET_AWAITABLE (<c>_PyCoro_GetAwaitableIter</c>): the iterator <c>await obj</c> delegates to. A coroutine is its
    /// own (unless another <c>await</c> is already suspended in it); another object's type must have <c>__await__</c>,
    /// which must return an iterator that is not a coroutine. CPython's TypeErrors and RuntimeError otherwise.
    /// </summary>
    public static PyIterator AwaitableIterator(PyValue obj, AwaitContext context = AwaitContext.Await)
    {
        if (obj.Ref is PyCoroutine c)
        {
            if (c.Delegating is not null)
                throw PyException.RuntimeError("coroutine is being awaited already");
            return c;
        }
        if (obj.Ref is AsyncGenAwaitable step)
            return step;
        if (obj.Ref is PyInstance inst && inst.Type.TryLookup("__await__", out var method))
        {
            var result = PyOps.CallWithSelf(method, obj, ReadOnlySpan<PyValue>.Empty, null);
            if (result.Ref is PyCoroutine)
                throw PyException.TypeError("__await__() returned a coroutine");
            if (result.Ref is PyIterator it)
                return it;
            if (result.Ref is PyInstance r && r.Type.TryLookup("__next__", out _))
                return new NextMethodIterator(result);
            throw PyException.TypeError($"__await__() returned non-iterator of type '{PyOps.TypeName(result)}'");
        }
        string type = PyOps.TypeOf(obj).TpName;
        throw PyException.TypeError(context switch
        {
            AwaitContext.AsyncWithEnter => $"'async with' received an object from __aenter__ that does not implement __await__: {type}",
            AwaitContext.AsyncWithExit => $"'async with' received an object from __aexit__ that does not implement __await__: {type}",
            AwaitContext.AsyncForNext => $"'async for' received an invalid object from __anext__: {type}",
            _ => $"object {type} can't be used in 'await' expression",
        });
    }

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (name)
        {
            case "__await__":
                ArgCheck.NoKeywords(name, kwNames);
                if (args.Length != 0)
                    throw PyException.TypeError($"coroutine.__await__() takes no arguments ({args.Length} given)");
                result = PyValue.FromObject(new CoroutineWrapper(this));
                return true;
            case "__next__" or "__iter__":
                result = default;
                return false;
        }
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "__await__":
                value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
                return true;
            case "cr_running":
                return base.TryGetAttr("gi_running", out value);
            case "cr_await":
                return base.TryGetAttr("gi_yieldfrom", out value);
            case "cr_suspended":
                return base.TryGetAttr("gi_suspended", out value);
            case "cr_frame":
                return base.TryGetAttr("gi_frame", out value);
            case "cr_code":
                return base.TryGetAttr("gi_code", out value);
            case "cr_origin":
                value = PyValue.None; // (origin tracking is off, as by default in CPython)
                return true;
            case "gi_running" or "gi_yieldfrom" or "gi_suspended" or "gi_frame" or "gi_code" or "__next__" or "__iter__":
                value = default;
                return false;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>What <c>coroutine.__await__()</c> returns: an iterator that steps the coroutine (send, throw and close pass
/// through to it).</summary>
public sealed class CoroutineWrapper(PyCoroutine coroutine) : PyIterator
{
    public static readonly PyType WrapperType = new("coroutine_wrapper", PyTypes.Object) { IsBaseType = false };

    internal PyCoroutine Coroutine => coroutine;

    public override PyType Type => WrapperType;

    public override bool MoveNext(out PyValue item) => coroutine.StepWith(PyValue.None, null, out item);

    public override PyException Exhausted() => coroutine.Exhausted();

    public override bool TryCallMethod(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        if (name is "send" or "throw" or "close")
            return coroutine.TryCallMethod(name, args, kwNames, out result);
        return base.TryCallMethod(name, args, kwNames, out result);
    }

    public override bool TryGetAttr(string name, out PyValue value)
    {
        if (name is "send" or "throw" or "close")
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), name));
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
