using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

internal sealed partial class ModuleCompiler
{
    private Dictionary<string, string>? _builtinModuleAliases;

    /// <summary>
    /// Names that <c>import math</c> / <c>import math as m</c> statements (anywhere in the module) bind to a runtime
    /// module, when every such import of the name binds the same module. A call <c>m.f(x)</c> through such a name
    /// compiles to the module's guarded direct call (checked at run time: the value must still be the unmodified module).
    /// </summary>
    public Dictionary<string, string> BuiltinModuleAliases
    {
        get
        {
            if (_builtinModuleAliases is null)
            {
                var map = new Dictionary<string, string>();
                var conflicting = new HashSet<string>();
                CollectModuleImports(Tree.Body, map, conflicting);
                foreach (var c in conflicting)
                    map.Remove(c);
                _builtinModuleAliases = map;
            }
            return _builtinModuleAliases;
        }
    }

    private void CollectModuleImports(List<Stmt> body, Dictionary<string, string> map, HashSet<string> conflicting)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case Import imp:
                    foreach (var a in imp.Names)
                    {
                        string bound = a.Asname ?? a.Name.Split('.')[0];
                        string? module = Imports.IsBuiltinModule(a.Name) ? a.Name : null;
                        if (module is null || (map.TryGetValue(bound, out var prev) && prev != module))
                            conflicting.Add(bound);
                        else
                            map[bound] = module;
                    }
                    break;
                case FunctionDef f:
                    CollectModuleImports(f.Body, map, conflicting);
                    break;
                case ClassDef c:
                    CollectModuleImports(c.Body, map, conflicting);
                    break;
                case If i:
                    CollectModuleImports(i.Body, map, conflicting);
                    CollectModuleImports(i.Orelse, map, conflicting);
                    break;
                case For f:
                    CollectModuleImports(f.Body, map, conflicting);
                    CollectModuleImports(f.Orelse, map, conflicting);
                    break;
                case While w:
                    CollectModuleImports(w.Body, map, conflicting);
                    CollectModuleImports(w.Orelse, map, conflicting);
                    break;
                case With w:
                    CollectModuleImports(w.Body, map, conflicting);
                    break;
                case Try t:
                    CollectModuleImports(t.Body, map, conflicting);
                    foreach (var h in t.Handlers)
                        CollectModuleImports(h.Body, map, conflicting);
                    CollectModuleImports(t.Orelse, map, conflicting);
                    CollectModuleImports(t.Finalbody, map, conflicting);
                    break;
                case Match m:
                    foreach (var mc in m.Cases)
                        CollectModuleImports(mc.Body, map, conflicting);
                    break;
            }
        }
    }
}
