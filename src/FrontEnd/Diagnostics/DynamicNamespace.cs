using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>Whether a module writes its global namespace at run time, so that any name may be bound there:
/// <c>globals()</c>, <c>exec()</c>, <c>vars()</c> with no argument, <c>sys.modules[__name__]</c>, an enum's
/// <c>_convert_</c> or <c>@global_enum</c> (which add its members to the module's globals).</summary>
internal sealed class DynamicNamespace : AstWalker
{
    private bool _found;

    public static bool Reaches(Module module)
    {
        var walker = new DynamicNamespace();
        walker.VisitList(module.Body);
        return walker._found;
    }

    public override void VisitCall(Call node)
    {
        if (node.Func is Name { Id: "globals" or "exec" } || node.Func is Name { Id: "vars" } && node.Args.Count == 0
            || node.Func is Ast.Attribute { Attr: "_convert_" })
            _found = true;
        base.VisitCall(node);
    }

    public override void VisitClassDef(ClassDef node)
    {
        if (node.DecoratorList.Any(d => d is Name { Id: "global_enum" } or Ast.Attribute { Attr: "global_enum" }))
            _found = true;
        base.VisitClassDef(node);
    }

    public override void VisitSubscript(Subscript node)
    {
        if (node.Value is Ast.Attribute { Attr: "modules", Value: Name { Id: "sys" } } && node.Slice is Name { Id: "__name__" })
            _found = true;
        base.VisitSubscript(node);
    }
}
