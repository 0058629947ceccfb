namespace PyAot.Runtime;

/// <summary>
/// An exception that has nowhere to go (raised while a generator is finalized): written to stderr as CPython's
/// default <c>sys.unraisablehook</c> writes it, "Exception ignored in: ..." and then the traceback, and the program
/// goes on. Only the exception itself is written, not its context (the hook prints no chain).
/// </summary>
public static class Unraisable
{
    public static void Report(string message, PyException e)
    {
        PyStdio.Flush();
        PyStdio.Err.WriteLine(message);
        PyStdio.Err.Write(TracebackPrinter.FormatUnchained(e.Instance));
        PyStdio.Err.Flush();
    }
}
