using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// What of CPython's builtins the runtime cannot do yet, so that the slice check refuses its use at build time
/// (PY2001) instead of the program raising NotImplementedError when it gets there: the functions the runtime lacks,
/// the forms of <c>vars()</c>/<c>dir()</c>/<c>locals()</c>/<c>globals()</c> that read the calling scope as a
/// dictionary, and classes deriving from the built-in types the runtime cannot derive from yet. A name counts as
/// the builtin only where no scope of the module binds it.
/// </summary>
internal sealed class MissingBuiltins
{
    /// <summary>Builtin functions the runtime does not have (src/Runtime/Builtins/BuiltinTable.cs has the others).</summary>
    private static readonly HashSet<string> Functions = new()
    {
        "breakpoint", "compile", "copyright", "credits", "eval", "exec", "help", "license",
        "memoryview", "__import__", "__build_class__", "globals", "locals",
    };

    /// <summary>Builtins that read the calling scope when called without an argument.</summary>
    private static readonly HashSet<string> ScopeReaders = new() { "vars", "dir" };

    /// <summary>Built-in types a class of the program cannot derive from yet (list, dict, set, frozenset, tuple, int,
    /// float, str, bytes, bytearray and type it can; bool, range and slice are CPython's TypeError at run time).</summary>
    private static readonly HashSet<string> Types = new()
    {
        "complex", "property", "staticmethod", "classmethod", "super", "enumerate", "filter",
        "map", "zip", "reversed", "memoryview",
    };

    private readonly HashSet<string> _bound;

    public MissingBuiltins(SymbolTable table) =>
        _bound = table.NamesBoundAnywhere(SymbolFlags.Bound | SymbolFlags.WalrusFromComprehension | SymbolFlags.ComprehensionIteration);

    /// <summary>What a call refuses ("the builtin 'eval' is"), or null.</summary>
    public string? OfCall(Call call)
    {
        if (call.Func is not Name { Id: var name } || _bound.Contains(name))
            return null;
        if (Functions.Contains(name))
            return name is "globals" or "locals" ? $"'{name}()' is" : $"the builtin '{name}' is";
        if (ScopeReaders.Contains(name) && call.Args.Count == 0 && call.Keywords.Count == 0)
            return $"'{name}()' without an argument is";
        return null;
    }

    /// <summary>What a class base refuses ("subclassing the built-in type 'list' is"), or null.</summary>
    public string? OfBase(Expr b) =>
        b is Name { Id: var name } && Types.Contains(name) && !_bound.Contains(name) ? $"subclassing the built-in type '{name}' is" : null;
}
