using System;

namespace PyAot.FrontEnd.Parsing;

/// <summary>
/// Unwinds the parser from the point a syntax error is found to the statement loop, which records
/// <see cref="Error"/> and resynchronises. Never escapes <see cref="PythonParser"/>.
/// </summary>
internal sealed class SyntaxErrorException : Exception
{
    public SyntaxErrorException(PySyntaxError error)
        : base(error.Message) => Error = error;

    public PySyntaxError Error { get; }
}
