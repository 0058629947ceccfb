using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>CPython's <c>co_firstlineno</c>: a decorated def's or class's first decorator, the module's 1, otherwise
/// the node's own line. Also the line a decorated statement begins on (monitoring's LINE).</summary>
internal static class FirstLines
{
    public static int Of(Node node) => node switch
    {
        Module => 1,
        FunctionDef { DecoratorList.Count: > 0 } f => System.Math.Min(f.Lineno, f.DecoratorList.Min(d => d.Lineno)),
        ClassDef { DecoratorList.Count: > 0 } c => System.Math.Min(c.Lineno, c.DecoratorList.Min(d => d.Lineno)),
        _ => node.Lineno,
    };
}
