using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>C# operators for Python operators in native (long/double) code: typed twins, int and float speculation.</summary>
internal static class NativeOperators
{
    /// <summary>The C# comparison for <c>&lt; &lt;= &gt; &gt;= == !=</c>; null for <c>is</c>, <c>in</c> and their negations.</summary>
    public static string? Comparison(CmpOperator op) => op switch
    {
        CmpOperator.Lt => "<",
        CmpOperator.LtE => "<=",
        CmpOperator.Gt => ">",
        CmpOperator.GtE => ">=",
        CmpOperator.Eq => "==",
        CmpOperator.NotEq => "!=",
        _ => null,
    };
}
