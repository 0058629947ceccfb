using System;

namespace PyAot.Runtime;

/// <summary>
/// Anything Python can call: builtin functions, compiled functions, types, bound methods.
/// Calling convention (like CPython's vectorcall): <paramref name="args"/> holds the positional arguments
/// followed by the keyword arguments' values; <paramref name="kwNames"/> names the trailing keyword ones
/// (null or empty when there are none).
/// </summary>
public interface IPyCallable
{
    PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames);
}
