namespace PyAot.Generator.Lowering.Instrumentation;

/// <summary>
/// The exception handlers CPython 3.12's compiler puts in a code object's exception table, and the re-raises they end
/// with, that the lowering has a C# counterpart of (<see cref="Instrumenter.HandlerEntered"/>,
/// <see cref="Instrumenter.CleanupHandler"/>, <see cref="Instrumenter.Reraise"/>): where monitoring raises
/// EXCEPTION_HANDLED and RERAISE. The names follow <c>compile.c</c>'s labels.
/// </summary>
internal enum ExceptionHandlerKind
{
    /// <summary>A try's <c>except</c> handler, entered before its clauses are tested.</summary>
    Except,

    /// <summary>No except clause matched (RERAISE 0 after the last test).</summary>
    ExceptNoMatch,

    /// <summary>The handler around a try's except clauses (<c>cleanup</c>): an exception raised in a test or a clause.</summary>
    ExceptCleanup,

    /// <summary>The handler around the body of <c>except E as name</c> (<c>cleanup_end</c>), which unbinds the name.</summary>
    NameCleanup,

    /// <summary>A bare <c>raise</c> (RAISE_VARARGS 0, which CPython reports as RERAISE).</summary>
    BareRaise,

    /// <summary>A try's <c>finally</c> block entered with an exception (the exceptional copy of its body).</summary>
    Finally,

    /// <summary>The end of that copy: the exception raised again.</summary>
    FinallyEnd,

    /// <summary>The handler around that copy (<c>cleanup</c>): an exception raised in the finally body.</summary>
    FinallyCleanup,

    /// <summary>A <c>with</c>'s handler, which calls <c>__exit__</c> with the exception.</summary>
    With,

    /// <summary><c>__exit__</c> returned false: the exception raised again (RERAISE 2).</summary>
    WithExit,

    /// <summary>The handler around that call (<c>cleanup</c>): an exception raised by <c>__exit__</c> or raised again.</summary>
    WithCleanup,

    /// <summary>An inlined comprehension's handler (PEP 709), which restores the names it hid.</summary>
    Comprehension,

    /// <summary>A generator's handler around its whole body (which turns StopIteration into RuntimeError).</summary>
    Generator,

    /// <summary>The handler around a <c>yield from</c>'s yield (CLEANUP_THROW): what a <c>throw()</c> passed to the
    /// delegate raises, or its return (a StopIteration the handler turns into the expression's value).</summary>
    DelegateThrow,

    /// <summary>An <c>async for</c>'s handler (END_ASYNC_FOR): the StopAsyncIteration of <c>__anext__</c> ends the loop.</summary>
    AsyncForEnd,
}
