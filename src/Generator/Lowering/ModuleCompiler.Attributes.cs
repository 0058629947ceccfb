using System.Globalization;
using System.Linq;

namespace PyAot.Generator.Lowering;

internal sealed partial class ModuleCompiler
{
    /// <summary>The most positional arguments <c>PyFunction.CallN</c> entry points take (Call0..Call6).</summary>
    private const int MaxFixedArity = 6;

    /// <summary>
    /// <c>public override PyValue CallN(a0, ...)</c> for each argument count a plain-positional function accepts
    /// (defaults filled in): the direct entry method calls through attribute sites use (<c>obj.m(x)</c> →
    /// <c>m.Call2(obj, x)</c>), with no argument span and no binding.
    /// </summary>
    private void EmitFixedArityEntries(CodeWriter w, FunctionInfo fn)
    {
        if (!fn.IsSimple)
            return;
        for (int n = fn.RequiredCount; n <= fn.Parameters.Count && n <= MaxFixedArity; n++)
        {
            var parms = Enumerable.Range(0, n).Select(i => "PyValue a" + i.ToString(CultureInfo.InvariantCulture));
            var passed = Enumerable.Range(0, fn.Parameters.Count)
                .Select(i => i < n ? "a" + i.ToString(CultureInfo.InvariantCulture) : $"Defaults[{(i - fn.RequiredCount).ToString(CultureInfo.InvariantCulture)}]");
            w.Line();
            w.Line($"public override PyValue Call{n.ToString(CultureInfo.InvariantCulture)}({string.Join(", ", parms)}) => {QualifiedClass}.{fn.MethodName}({JoinArgs(fn, passed)});");
        }
    }
}
