namespace PyAot.Generator.Lowering;

/// <summary>
/// How a <c>for</c> loop, or a comprehension's <c>for</c> clause, steps through its iterable: a counted
/// <c>RangeLoop</c> over the builtin <c>range</c> (no iterator object), or an <c>IterLoop</c> over any iterable. The
/// lowering decides by <see cref="IsRange"/>, never by reading the C# back.
/// </summary>
internal readonly struct LoopCursor
{
    private LoopCursor(bool isRange, string code)
    {
        IsRange = isRange;
        Code = code;
    }

    /// <summary>A <c>RangeLoop</c> (which also has the range-fill fast path); else an <c>IterLoop</c>.</summary>
    public bool IsRange { get; }

    /// <summary>The C# expression that creates the cursor.</summary>
    public string Code { get; }

    /// <summary>The C# type of the cursor.</summary>
    public string TypeName => IsRange ? "RangeLoop" : "IterLoop";

    /// <summary>A name hint for the local or field holding it.</summary>
    public string Hint => IsRange ? "range" : "iter";

    public static LoopCursor Range(string code) => new(true, code);

    public static LoopCursor Iterator(string code) => new(false, code);
}
