using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Direct calls of the runtime's standard-library functions (<c>math.sqrt(x)</c>, <c>from math import sqrt</c>),
/// guarded by "the name still holds the module and the attribute was not rebound"; anything else takes the generic call.
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>
    /// Functions of runtime modules with a guarded direct entry point, by (module, function) → the positional
    /// argument counts it has (the runtime defines <c>Call_{function}(module, args...)</c> for each).
    /// </summary>
    private static readonly Dictionary<(string Module, string Function), int[]> DirectModuleCalls = new()
    {
        [("math", "sqrt")] = new[] { 1 },
        [("math", "floor")] = new[] { 1 },
        [("math", "ceil")] = new[] { 1 },
        [("math", "trunc")] = new[] { 1 },
        [("math", "fabs")] = new[] { 1 },
        [("math", "exp")] = new[] { 1 },
        [("math", "sin")] = new[] { 1 },
        [("math", "cos")] = new[] { 1 },
        [("math", "tan")] = new[] { 1 },
        [("math", "atan")] = new[] { 1 },
        [("math", "atan2")] = new[] { 2 },
        [("math", "log")] = new[] { 1, 2 },
        [("math", "log2")] = new[] { 1 },
        [("math", "log10")] = new[] { 1 },
        [("math", "pow")] = new[] { 2 },
        [("math", "gcd")] = new[] { 2 },
        [("math", "factorial")] = new[] { 1 },
        [("math", "isqrt")] = new[] { 1 },
        [("math", "hypot")] = new[] { 2 },
        [("math", "isclose")] = new[] { 2 },
        [("math", "isinf")] = new[] { 1 },
        [("math", "isnan")] = new[] { 1 },
        [("math", "comb")] = new[] { 2 },
        [("math", "degrees")] = new[] { 1 },
        [("math", "radians")] = new[] { 1 },
        [("time", "time")] = new[] { 0 },
        [("time", "perf_counter")] = new[] { 0 },
        [("time", "monotonic")] = new[] { 0 },
    };

    /// <summary>
    /// <c>sqrt(x)</c> where <c>sqrt</c> was bound by <c>from math import sqrt</c>: <c>MathModule.Fn_sqrt(callee, x)</c>,
    /// a direct call when the callee (read first, as Python evaluates it) is the math module's own function object.
    /// </summary>
    private bool TryImportedFunctionCall(Name name, Call c, out CsExpr result)
    {
        result = default;
        if (c.Keywords.Count > 0 || c.Args.Any(a => a is Starred) ||
            !_m.BuiltinFunctionImports.TryGetValue(name.Id, out var target) || target.Module != "math" ||
            !DirectModuleCalls.TryGetValue(target, out var arities) || System.Array.IndexOf(arities, c.Args.Count) < 0)
            return false;
        var ops = LowerOperands(new List<Expr> { name }.Concat(c.Args).ToList());
        result = CsExpr.Value($"{RuntimeModuleClass(target.Module)}.Fn_{target.Function}({string.Join(", ", ops.Select(o => o.AsValue()))})");
        return true;
    }

    /// <summary><c>math.sqrt(x)</c> where <c>math</c> was bound by <c>import math</c>: a guarded direct call.</summary>
    private bool TryBuiltinModuleCall(Name moduleName, string function, Call c, out CsExpr result)
    {
        result = default;
        if (c.Keywords.Count > 0 || c.Args.Any(a => a is Starred) ||
            !_m.BuiltinModuleAliases.TryGetValue(moduleName.Id, out var module) ||
            !DirectModuleCalls.TryGetValue((module, function), out var arities) ||
            System.Array.IndexOf(arities, c.Args.Count) < 0)
            return false;
        var ops = LowerOperands(new List<Expr> { moduleName }.Concat(c.Args).ToList());
        result = CsExpr.Value($"{RuntimeModuleClass(module)}.Call_{function}({string.Join(", ", ops.Select(o => o.AsValue()))})");
        return true;
    }
}
