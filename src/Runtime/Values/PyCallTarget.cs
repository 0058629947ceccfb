using System;

namespace PyAot.Runtime;

/// <summary>The signature of a builtin's implementation (the <see cref="IPyCallable"/> calling convention).</summary>
public delegate PyValue PyCallTarget(ReadOnlySpan<PyValue> args, string[]? kwNames);
