using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd;

/// <summary>
/// What the parser returns: always a tree (partial when there are errors) and every error found.
/// The parser never throws on any input.
/// </summary>
public sealed class ParseResult
{
    public ParseResult(Module module, IReadOnlyList<PySyntaxError> errors)
    {
        Module = module;
        Errors = errors;
    }

    public Module Module { get; }

    public IReadOnlyList<PySyntaxError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;
}

/// <summary>
/// A syntax error as CPython 3.12 reports it. <see cref="Kind"/> is the exception class ("SyntaxError",
/// "IndentationError", "TabError"). Line is 1-based; Column is 1-based and counted in characters (code points),
/// exactly CPython's <c>SyntaxError.offset</c>; EndLine/EndColumn likewise (<c>end_lineno</c>/<c>end_offset</c>).
/// </summary>
public sealed record PySyntaxError(string Kind, string Message, int Line, int Column, int EndLine, int EndColumn);
