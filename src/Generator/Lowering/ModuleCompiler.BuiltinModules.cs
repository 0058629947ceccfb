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
                CollectModuleImports(Tree.Body, map, conflicting, new Dictionary<string, (string, string)>(), new HashSet<string>());
                foreach (var c in conflicting)
                    map.Remove(c);
                _builtinModuleAliases = map;
            }
            return _builtinModuleAliases;
        }
    }

    private Dictionary<string, (string Module, string Function)>? _builtinFunctionImports;

    /// <summary>
    /// Names that <c>from math import sqrt</c> / <c>from math import sqrt as root</c> statements (anywhere in the
    /// module) bind to a function of a runtime module, when every such import of the name binds the same function.
    /// A call <c>sqrt(x)</c> compiles to the function's guarded direct call (checked at run time: the callee must
    /// be the very function object the module was created with, so any rebinding just takes the generic call).
    /// </summary>
    public Dictionary<string, (string Module, string Function)> BuiltinFunctionImports
    {
        get
        {
            if (_builtinFunctionImports is null)
            {
                var map = new Dictionary<string, (string, string)>();
                var conflicting = new HashSet<string>();
                CollectModuleImports(Tree.Body, new Dictionary<string, string>(), new HashSet<string>(), map, conflicting);
                foreach (var c in conflicting)
                    map.Remove(c);
                _builtinFunctionImports = map;
            }
            return _builtinFunctionImports;
        }
    }

    /// <summary>Collects <c>import M</c> bindings into <paramref name="map"/> and <c>from M import f</c> bindings
    /// into <paramref name="functions"/> (M a runtime module), names bound inconsistently into the conflict sets.</summary>
    private void CollectModuleImports(List<Stmt> body, Dictionary<string, string> map, HashSet<string> conflicting,
        Dictionary<string, (string, string)> functions, HashSet<string> conflictingFunctions)
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
                case ImportFrom from:
                {
                    string? module = (from.Level ?? 0) == 0 && from.Module is { } name && Imports.IsBuiltinModule(name) ? name : null;
                    foreach (var a in from.Names)
                    {
                        string bound = a.Asname ?? a.Name;
                        if (module is null || (functions.TryGetValue(bound, out var prev) && prev != (module, a.Name)))
                            conflictingFunctions.Add(bound);
                        else
                            functions[bound] = (module, a.Name);
                    }
                    break;
                }
                case FunctionDef f:
                    CollectModuleImports(f.Body, map, conflicting, functions, conflictingFunctions);
                    break;
                case ClassDef c:
                    CollectModuleImports(c.Body, map, conflicting, functions, conflictingFunctions);
                    break;
                case If i:
                    CollectModuleImports(i.Body, map, conflicting, functions, conflictingFunctions);
                    CollectModuleImports(i.Orelse, map, conflicting, functions, conflictingFunctions);
                    break;
                case For f:
                    CollectModuleImports(f.Body, map, conflicting, functions, conflictingFunctions);
                    CollectModuleImports(f.Orelse, map, conflicting, functions, conflictingFunctions);
                    break;
                case While w:
                    CollectModuleImports(w.Body, map, conflicting, functions, conflictingFunctions);
                    CollectModuleImports(w.Orelse, map, conflicting, functions, conflictingFunctions);
                    break;
                case With w:
                    CollectModuleImports(w.Body, map, conflicting, functions, conflictingFunctions);
                    break;
                case Try t:
                    CollectModuleImports(t.Body, map, conflicting, functions, conflictingFunctions);
                    foreach (var h in t.Handlers)
                        CollectModuleImports(h.Body, map, conflicting, functions, conflictingFunctions);
                    CollectModuleImports(t.Orelse, map, conflicting, functions, conflictingFunctions);
                    CollectModuleImports(t.Finalbody, map, conflicting, functions, conflictingFunctions);
                    break;
                case Match m:
                    foreach (var mc in m.Cases)
                        CollectModuleImports(mc.Body, map, conflicting, functions, conflictingFunctions);
                    break;
            }
        }
    }
}
