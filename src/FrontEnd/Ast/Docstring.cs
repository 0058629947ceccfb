using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

/// <summary>A body's docstring, as CPython takes it: its first statement, when that is a string constant (not an
/// f-string).</summary>
public static class Docstring
{
    public static string? Of(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } } ? doc : null;
}
