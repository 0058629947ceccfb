using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>
/// The operands of a call, in the order Python evaluates them: the callee (for <c>obj.m(...)</c> the receiver
/// <c>obj</c>), the positional arguments, the keyword values. An instrumented call writes them in two forms of the call
/// (its fast form and its generic form, one of which runs), so each must be simple enough to write twice; the others
/// are spilled to temporaries first, which makes the call one that writes statements (<see cref="NeedsStatementsFact"/>).
/// </summary>
internal static class CallOperands
{
    /// <summary>The callee operand: the receiver of a method call, else the function expression.</summary>
    public static Expr Callee(Call c) => c.Func is Attribute a ? a.Value : c.Func;

    /// <summary>The callee operand, then the arguments and keyword values.</summary>
    public static IEnumerable<Expr> Of(Call c) =>
        new[] { Callee(c) }.Concat(c.Args).Concat(c.Keywords.Select(k => k.Value));

    /// <summary>A constant or a name: lowered to C# that can be written twice and even evaluated twice (it declares
    /// nothing, runs no Python code, and at worst raises NameError the first time), as a call's first argument is (its
    /// CALL event's arg0, read before the fast form runs). An attribute is not: a property would run twice.</summary>
    public static bool IsSimple(Expr e) => e is Constant or Name;
}
