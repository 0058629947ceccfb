namespace PyAot.Generator.Lowering;

/// <summary>
/// The C# static type of a lowered expression. Everything is a <see cref="Value"/> (a <c>PyValue</c>) unless the
/// lowering knows better: conditions are C# <c>bool</c>s, f-strings build a C# <c>string</c>. This is where a
/// later step adds <c>Long</c>/<c>Double</c> for locals proven to be ints/floats (unboxed arithmetic with overflow
/// checks): consumers already ask for the representation they need through <see cref="CsExpr"/> conversions.
/// </summary>
internal enum CsType
{
    Value,
    Bool,
    String,
}

/// <summary>A lowered expression: C# text and its static type.</summary>
internal readonly struct CsExpr
{
    public CsExpr(string code, CsType type, bool isConstant = false)
    {
        Code = code;
        Type = type;
        IsConstant = isConstant;
    }

    public string Code { get; }

    public CsType Type { get; }

    /// <summary>No side effects, cannot raise, same value whenever evaluated (literals).</summary>
    public bool IsConstant { get; }

    public static CsExpr Value(string code) => new(code, CsType.Value);

    public static CsExpr Bool(string code) => new(code, CsType.Bool);

    public static CsExpr Str(string code) => new(code, CsType.String);

    /// <summary>As a <c>PyValue</c>.</summary>
    public string AsValue() => Type switch
    {
        CsType.Bool => $"PyValue.FromBool({Code})",
        CsType.String => $"PyValue.FromString({Code})",
        _ => Code,
    };

    /// <summary>As a C# bool (Python truth).</summary>
    public string AsCondition() => Type switch
    {
        CsType.Bool => Code,
        CsType.String => $"({Code}).Length != 0",
        _ => $"PyOps.IsTrue({Code})",
    };

    /// <summary>As a C# string (Python str()).</summary>
    public string AsString() => Type switch
    {
        CsType.String => Code,
        CsType.Bool => $"(({Code}) ? \"True\" : \"False\")",
        _ => $"PyOps.Str({Code})",
    };

    public override string ToString() => Code;
}
