using System;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// The function CPython makes of a class body or a generator expression and calls at once (<c>__build_class__(f,
/// name)</c>, <c>f(iter(x))</c>): what the CALL event of that call passes (as its arg0, or as its callable), named after
/// the code object it runs. Compiled code runs class bodies inline and creates generator expressions directly, so it
/// exists only for the event, made while a tool watches that CALL.
/// </summary>
internal sealed class InlineCodeFunction(PyCode code, string module) : PyFunction(code, Array.Empty<PyValue>(), module, null)
{
    /// <summary>The tools the CALL went to, which C_RETURN or C_RAISE then go to.</summary>
    internal int Tools { get; init; }

    public override PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        throw PyException.NotImplementedError($"calling the function of {Code.QualName} is not supported in compiled code yet");
}
