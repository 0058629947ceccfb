namespace PyAot.Runtime.Monitoring;

/// <summary>
/// What a tool's PY_YIELD callback receives for a value an asynchronous generator yields itself: CPython 3.12 yields it
/// wrapped (<c>_PyAsyncGenWrappedValue</c>, genobject.c), so that its <c>__anext__()</c> awaitable can tell it from what
/// the generator's awaits pass out, and PY_YIELD reports the wrapper. Compiled code marks the value instead
/// (<c>AsyncYield</c>), so the wrapper is made only for the callback; a tool sees its type and default repr, as in CPython.
/// </summary>
public sealed class AsyncGenWrappedValue(PyValue value) : PyObject
{
    public static readonly PyType WrappedType = new PyType("async_generator_wrapped_value", PyTypes.Object) { IsBaseType = false };

    public override PyType Type => WrappedType;

    /// <summary>The value the generator yielded.</summary>
    public PyValue Value => value;
}
