using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// Whether a <c>try</c> catches the ImportError of an import in its body: a bare <c>except:</c>, or an
/// <c>except</c> naming ImportError, ModuleNotFoundError, Exception or BaseException (alone or in a tuple) while the
/// module does not rebind that name. Trying an import and falling back is how Python code asks whether a module
/// exists; such an import of a module that exists nowhere raises at run time, as in CPython, instead of failing the
/// build.
/// </summary>
internal static class ImportGuards
{
    public static bool CatchesImportError(Try t, SymbolTable table)
    {
        foreach (var h in t.Handlers)
        {
            if (h.Type is null || Catches(h.Type, table))
                return true;
        }
        return false;
    }

    private static bool Catches(Expr type, SymbolTable table) => type switch
    {
        Name { Id: "ImportError" or "ModuleNotFoundError" or "Exception" or "BaseException" } n =>
            table.Module.Lookup(n.Id) is not { Kind: SymbolKind.Local },
        Tuple t => t.Elts.Exists(e => Catches(e, table)),
        _ => false,
    };
}
