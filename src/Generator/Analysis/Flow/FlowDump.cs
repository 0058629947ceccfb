using System.Collections.Generic;
using System.Linq;
using System.Text;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// The flow model's answer for a module in the form <c>tests/Generator.Tests/FlowCases/record_flow.py</c> prints
/// CPython 3.12's: per code object, its conditional jumps (<c>B line fallthrough-line taken-line</c>) and jumps
/// (<c>J line dest-line</c>) in bytecode order.
/// </summary>
internal static class FlowDump
{
    public static string Dump(Module module, SymbolTable symbols)
    {
        var sb = new StringBuilder();
        foreach (var (owner, name, first) in CodeObjects(module, symbols).OrderBy(c => c.First).ThenBy(c => c.Name, System.StringComparer.Ordinal))
        {
            sb.Append(name).Append(':').Append(first).Append('\n');
            FlowGraph g;
            try
            {
                g = FlowCompiler.Compile(symbols, owner);
            }
            catch (FlowUnmodelledException e)
            {
                sb.Append("  unmodelled: ").Append(e.Message).Append('\n');
                continue;
            }
            foreach (var line in Lines(g))
                sb.Append("  ").Append(line).Append('\n');
        }
        return sb.ToString();
    }

    public static IEnumerable<string> Lines(FlowGraph g)
    {
        for (var b = g.Entry; b is not null; b = b.Next)
        {
            for (int i = 0; i < b.Instrs.Count; i++)
            {
                var ins = b.Instrs[i];
                if (ins.Op.IsConditional())
                    yield return $"B {L(ins.Line)} {L(After(b, i)?.Line)} {L(First(ins.Target!)?.Line)}";
                else if (ins.Op == FlowOp.ForIter)
                    yield return $"B {L(ins.Line)} {L(After(b, i)?.Line)} {L(PastEndFor(ins.Target!)?.Line)}";
                else if (ins.Op == FlowOp.Jump)
                    yield return $"J {L(ins.Line)} {L(First(ins.Target!)?.Line)}";
            }
        }
    }

    private static string L(int? line) => line is null or < 0 ? "-" : line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instruction that runs after instruction <paramref name="i"/> of <paramref name="b"/> falls through.</summary>
    public static FlowInstr? After(FlowBlock b, int i)
    {
        if (i + 1 < b.Instrs.Count)
            return b.Instrs[i + 1];
        return b.Next is { } n ? First(n) : null;
    }

    public static FlowInstr? First(FlowBlock b)
    {
        for (FlowBlock? x = b; x is not null; x = x.Next)
        {
            if (x.Instrs.Count > 0)
                return x.Instrs[0];
        }
        return null;
    }

    /// <summary>Where an exhausted FOR_ITER goes: past the END_FOR at its target.</summary>
    public static FlowInstr? PastEndFor(FlowBlock target)
    {
        for (FlowBlock? x = target; x is not null; x = x.Next)
        {
            if (x.Instrs.Count == 0)
                continue;
            return x.Instrs[0].Op == FlowOp.EndFor ? After(x, 0) : x.Instrs[0];
        }
        return null;
    }

    /// <summary>Every code object of the module: the module, each def, lambda, class body and generator expression
    /// (and comprehension CPython does not inline), with its <c>co_qualname</c> and <c>co_firstlineno</c>.</summary>
    public static IEnumerable<(Node Owner, string Name, int First)> CodeObjects(Module module, SymbolTable symbols)
    {
        yield return (module, "<module>", 1);
        foreach (var n in NodeWalk.All(module))
        {
            bool isCode = n is FunctionDef or ClassDef or Lambda or GeneratorExp
                          || (n is ListComp or SetComp or DictComp && symbols.TryGetScope(n, out var comp) && !comp.IsInlinedComprehension);
            if (isCode && symbols.TryGetScope(n, out var scope))
                yield return (n, scope.QualName, FirstLines.Of(n));
        }
    }
}
