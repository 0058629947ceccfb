namespace PyAot.Generator.Model;

/// <summary>How a module's <c>from m import *</c> names are known at build time.</summary>
public enum ExportKind
{
    /// <summary>No <c>__all__</c>: every name of the module's namespace not starting with an underscore.</summary>
    Public,
    /// <summary><c>__all__</c> is a literal list or tuple of strings (possibly extended by literals): exactly its items.</summary>
    StaticAll,
    /// <summary><c>__all__</c> is computed: what it may hold is not known before the module runs, so every name the
    /// module binds at its top level stands in for it (underscore names included). The run-time binding still follows
    /// the actual value (<c>Rt.ImportStar</c>).</summary>
    ComputedAll,
}

/// <summary>
/// What <c>from ModuleName import *</c> may bind, as far as one module's own text says: <see cref="Names"/> (its
/// <c>__all__</c>, or the names it binds at its top level, filtered by <see cref="Kind"/>), and the modules it
/// star-imports itself (<see cref="StarImports"/>, absolute): what its own star imports bind, and, unless its
/// <c>__all__</c> is static, names its namespace gains from them.
/// Equal across edits that do not change these, so that such an edit re-lowers no module that star-imports this one.
/// </summary>
public sealed record ModuleExports(string ModuleName, ExportKind Kind, EquatableArray<string> Names, EquatableArray<string> StarImports);
