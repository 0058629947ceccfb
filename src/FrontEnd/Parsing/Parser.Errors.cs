using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>Building syntax errors at CPython's positions (1-based code-point columns).</summary>
internal sealed partial class Parser
{
    /// <summary>"invalid syntax" at the furthest token examined, as CPython's first pass reports it.</summary>
    private SyntaxErrorException Generic()
    {
        int i = _furthest < _count ? _furthest : _count - 1;
        ref readonly Token t = ref _t[i];
        if (t.Kind == TokenKind.Indent)
            return IndentError(t, "unexpected indent");
        if (t.Kind == TokenKind.Dedent)
            return IndentError(t, "unexpected unindent");
        return Error(t, "invalid syntax");
    }

    /// <summary>CPython's INDENT/DEDENT tokens have no column: it reports where the tokenizer stood.</summary>
    private SyntaxErrorException IndentError(in Token t, string message)
    {
        int line = t.EndLine;
        int col = _src.ByteToCharColumn(line, t.EndCol);
        return new SyntaxErrorException(new PySyntaxError("IndentationError", message, line, col, line, -1));
    }

    private SyntaxErrorException Error(in Token t, string message, string kind = "SyntaxError")
    {
        int col = _src.ByteToCharColumn(t.Line, t.Col) + 1;
        int endCol = _src.ByteToCharColumn(t.EndLine, t.EndCol) + 1;
        return new SyntaxErrorException(new PySyntaxError(kind, message, t.Line, col, t.EndLine, endCol));
    }

    private SyntaxErrorException Error(Node n, string message) => ErrorRange(n, n, message);

    private SyntaxErrorException ErrorRange(Node a, Node b, string message)
    {
        int col = _src.ByteToCharColumn(a.Lineno, a.ColOffset) + 1;
        int endCol = _src.ByteToCharColumn(b.EndLineno, b.EndColOffset) + 1;
        return new SyntaxErrorException(new PySyntaxError("SyntaxError", message, a.Lineno, col, b.EndLineno, endCol));
    }

    private SyntaxErrorException ErrorRange(in Token a, in Token b, string message)
    {
        int col = _src.ByteToCharColumn(a.Line, a.Col) + 1;
        int endCol = _src.ByteToCharColumn(b.EndLine, b.EndCol) + 1;
        return new SyntaxErrorException(new PySyntaxError("SyntaxError", message, a.Line, col, b.EndLine, endCol));
    }

    private SyntaxErrorException ErrorRange(Node a, in Token b, string message)
    {
        int col = _src.ByteToCharColumn(a.Lineno, a.ColOffset) + 1;
        int endCol = _src.ByteToCharColumn(b.EndLine, b.EndCol) + 1;
        return new SyntaxErrorException(new PySyntaxError("SyntaxError", message, a.Lineno, col, b.EndLine, endCol));
    }

    /// <summary>IndentationError for a block that should follow <paramref name="what"/> on <paramref name="line"/>.</summary>
    private SyntaxErrorException ExpectedIndentedBlock(string what, int line)
    {
        ref readonly Token t = ref Cur;
        if (t.Kind == TokenKind.Dedent)
        {
            int c0 = _src.ByteToCharColumn(t.Line, t.Col);
            return new SyntaxErrorException(new PySyntaxError("IndentationError",
                $"expected an indented block after {what} on line {line}", t.Line, c0, t.Line, -1));
        }
        int col = _src.ByteToCharColumn(t.Line, t.Col) + 1;
        int endCol = _src.ByteToCharColumn(t.EndLine, t.EndCol) + 1;
        return new SyntaxErrorException(new PySyntaxError("IndentationError",
            $"expected an indented block after {what} on line {line}", t.Line, col, t.EndLine, endCol));
    }

    /// <summary>CPython's _PyPegen_get_expr_name: how errors name an expression.</summary>
    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            bool b => b ? "True" : "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    private enum TargetsType { Star, Del, For }

    /// <summary>CPython's _PyPegen_get_invalid_target: the first sub-expression that can't be a target.</summary>
    private static Expr? InvalidTarget(Expr e, TargetsType type)
    {
        switch (e)
        {
            case List l:
                foreach (var x in l.Elts)
                    if (InvalidTarget(x, type) is Expr bad)
                        return bad;
                return null;
            case Tuple t:
                foreach (var x in t.Elts)
                    if (InvalidTarget(x, type) is Expr bad)
                        return bad;
                return null;
            case Starred s:
                return type == TargetsType.Del ? e : InvalidTarget(s.Value, type);
            case Compare c:
                // "for x in y in z" parses the target as a comparison: blame its left side.
                if (type == TargetsType.For)
                {
                    if (c.Ops[0] == CmpOperator.In)
                        return InvalidTarget(c.Left, type);
                    return null;
                }
                return e;
            case Name:
            case Subscript:
            case Attribute:
                return null;
            default:
                return e;
        }
    }

    private SyntaxErrorException InvalidTargetError(Expr e, TargetsType type)
    {
        var bad = InvalidTarget(e, type) ?? e;
        string verb = type == TargetsType.Del ? "delete" : "assign to";
        return Error(bad, $"cannot {verb} {ExprName(bad)}");
    }
}
