using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// What of CPython's builtins the runtime cannot do yet, so that the slice check refuses its use at build time
/// (PY2001) instead of the program raising NotImplementedError when it gets there: the functions the runtime lacks,
/// <c>locals</c> and <c>globals</c> as values, and classes deriving from the built-in types the runtime cannot derive from yet. A name counts as
/// the builtin only where no scope of the module binds it.
/// </summary>
internal sealed class MissingBuiltins
{
    /// <summary>Builtin functions the runtime does not have (src/Runtime/Builtins/BuiltinTable.cs has the others).</summary>
    private static readonly HashSet<string> Functions = new()
    {
        "breakpoint", "compile", "copyright", "credits", "eval", "exec", "help", "license",
        "__import__", "__build_class__",
    };

    /// <summary>Builtins that read the calling scope (<c>locals()</c>, and <c>vars()</c>/<c>dir()</c> without an
    /// argument): compiled as the scope's names where the lowering knows them (in a function), so refused only as
    /// values, which could be called anywhere.</summary>
    private static readonly HashSet<string> ScopeReaders = new() { "locals", "globals" };

    /// <summary>Built-in types a class of the program cannot derive from yet (list, dict, set, frozenset, tuple, int,
    /// float, str, bytes, bytearray and type it can; bool, range, slice and memoryview are CPython's TypeError at run time).</summary>
    private static readonly HashSet<string> Types = new()
    {
        "complex", "property", "staticmethod", "classmethod", "super", "enumerate", "filter",
        "map", "zip", "reversed",
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
            return $"the builtin '{name}' is";
        return null;
    }

    /// <summary>Whether no scope of the module binds <paramref name="name"/> (a read of it in a class body is then the
    /// builtin's, unless a metaclass's namespace has it).</summary>
    public bool IsUnbound(string name) => !_bound.Contains(name);

    /// <summary>What a read of a name refuses where it is not the function of a call (<c>f = locals</c>), or null.</summary>
    public string? OfValue(Name n) =>
        n.Ctx == ExprContext.Load && ScopeReaders.Contains(n.Id) && !_bound.Contains(n.Id) ? $"'{n.Id}' used as a value is" : null;

    /// <summary>What a class base refuses ("subclassing the built-in type 'list' is"), or null.</summary>
    public string? OfBase(Expr b) =>
        b is Name { Id: var name } && Types.Contains(name) && !_bound.Contains(name) ? $"subclassing the built-in type '{name}' is" : null;
}
