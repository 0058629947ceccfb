namespace PyAot.Generator.Model;

/// <summary>
/// A diagnostic as plain data, so it can sit in a cached pipeline model without holding a Roslyn object.
/// It becomes a <c>Diagnostic</c> only at the output step. Lines and columns are 0-based, columns in UTF-16
/// code units of the source text, as Roslyn's <c>LinePosition</c>; Start/Length are offsets into that text.
/// </summary>
public sealed record DiagnosticInfo(
    string Id,
    string Message,
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn);
