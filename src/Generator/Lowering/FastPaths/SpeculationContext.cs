using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Which arm of a speculated arithmetic tree the lowering is writing (<c>BodyLowerer.IntSpec.cs</c>,
/// <c>BodyLowerer.FloatSpec.cs</c>). A speculated tree has a native arm, taken when its guard holds, and a fallback
/// arm with the generic operators. Inside a fallback arm no tree is speculated again (the guard already failed), and
/// inside a float fallback arm the binary operators and negation call <c>FloatSpec</c>'s out-of-line copies: the arm
/// is cold, and inlined operators there would spend the JIT's inlining budget of a large method before the hot arm's
/// helpers get it. A value passed in, never a mode the lowering switches on and forgets.
/// </summary>
internal readonly struct SpeculationContext
{
    private SpeculationContext(bool inFloatFallback, bool inIntFallback)
    {
        InFloatFallback = inFloatFallback;
        InIntFallback = inIntFallback;
    }

    public bool InFloatFallback { get; }

    public bool InIntFallback { get; }

    /// <summary>The fallback arm of a float-speculated tree, inside this context.</summary>
    public SpeculationContext FloatFallback() => new(true, InIntFallback);

    /// <summary>The fallback arm of an int-speculated tree, inside this context.</summary>
    public SpeculationContext IntFallback() => new(InFloatFallback, true);

    public bool AllowsFloatSpeculation => !InFloatFallback;

    public bool AllowsIntSpeculation => !InFloatFallback && !InIntFallback;

    /// <summary>The class whose method a binary operator calls here.</summary>
    public string OperatorClass(Operator op) =>
        InFloatFallback && op is Operator.Add or Operator.Sub or Operator.Mult or Operator.Div or Operator.Pow or Operator.Mod
            or Operator.FloorDiv ? "FloatSpec" : "PyOps";

    /// <summary>The class whose <c>Neg</c> unary minus calls here.</summary>
    public string NegationClass => InFloatFallback ? "FloatSpec" : "PyOps";
}
