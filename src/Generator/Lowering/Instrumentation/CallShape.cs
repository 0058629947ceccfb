using System.Collections.Generic;

namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>How the generic form of a call site calls, and what its fast form's C# is.</summary>
internal enum CallForm
{
    /// <summary><c>callable(args)</c>; the fast form is a <c>PyValue</c>.</summary>
    Value,

    /// <summary><c>receiver.method(args)</c>; the fast form is a <c>PyValue</c>.</summary>
    Method,

    /// <summary><c>callable(args)</c> where CPython 3.12 calls a bound method object without unpacking it (a
    /// <c>with</c> statement's <c>__exit__</c>): C_RETURN/C_RAISE even when it is a method of a Python function.</summary>
    MethodObject,

    /// <summary><c>callable(*args, **kwargs)</c> (CPython's CALL_FUNCTION_EX): <see cref="CallShape.Args"/> holds the
    /// positional list and the keyword dict (or <c>null</c>).</summary>
    Unpacked,

    /// <summary><c>range(args)</c> iterated by a <c>for</c>: the fast form is a <c>RangeLoop</c> cursor.</summary>
    RangeCursor,

    /// <summary><c>next(iterator)</c> as the first statement of a fast try: the fast form is a <c>bool</c> with the item
    /// and the exception in the out variables <see cref="CallShape.Out"/>.</summary>
    TryNext,

    /// <summary>Zero-argument <c>super()</c>: <see cref="CallShape.Args"/> holds the class and the instance.</summary>
    Super,

    /// <summary>The call that creates a generator expression's generator: the fast form is the iterator of its first
    /// iterable, passed on (the site is the <c>GeneratorExp</c>).</summary>
    GeneratorExpression,
}

/// <summary>
/// A call site in the generic form an instrumenter needs in order to raise events around it (CALL with the callable and
/// the first argument, then C_RETURN or C_RAISE): the C# of the callable (or of the receiver and the method name), of
/// each argument and of the keyword names. The instrumented site writes the fast form and the generic form side by
/// side, one of which runs: the operands both write are constants, names or temporaries
/// (<c>BodyLowerer.LowerShared</c>).
/// </summary>
internal sealed record CallShape(CallForm Form, string Callable, IReadOnlyList<string> Args, string KwNames = "null",
    string? Method = null, IReadOnlyList<string>? Out = null)
{
    /// <summary>For <see cref="CallForm.Method"/>: the C# of the attribute cache site of the method's name (null: none),
    /// through which a watched call of a Python method raises its CALL and keeps its fast form.</summary>
    public string? Site { get; init; }

    /// <summary><c>callable(args)</c> with the keyword names (<c>null</c>: none).</summary>
    public static CallShape Of(string callable, IReadOnlyList<string> args, string kwNames = "null") =>
        new(CallForm.Value, callable, args, kwNames);

    /// <summary><c>receiver.method(args)</c>.</summary>
    public static CallShape OfMethod(string receiver, string method, IReadOnlyList<string> args, string kwNames = "null") =>
        new(CallForm.Method, receiver, args, kwNames, method);
}
