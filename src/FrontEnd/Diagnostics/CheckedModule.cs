using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.FrontEnd.Diagnostics;

/// <summary>
/// A parsed module as the checks (<see cref="UndefinedNames"/>, <see cref="UnusedNames"/>, <see cref="CallArguments"/>)
/// read it: its tree, its symbol table, and whether only its statements write its global namespace (no
/// <c>from m import *</c>, nothing of <see cref="DynamicNamespace"/>), worked out once for all of them. Where they do
/// not, any name may be bound anywhere, and no check reports anything.
/// </summary>
public sealed class CheckedModule
{
    public CheckedModule(Module tree, SymbolTable table)
    {
        Tree = tree;
        Table = table;
        HasStaticNamespace = !table.Module.HasStarImport && !DynamicNamespace.Reaches(tree);
    }

    public Module Tree { get; }

    public SymbolTable Table { get; }

    public bool HasStaticNamespace { get; }
}
