namespace PyAot.FrontEnd.Diagnostics;

/// <summary>One kind of diagnostic the compiler reports about Python source: stable id, title, category.</summary>
public sealed record DiagnosticKind(string Id, string Title, string Category, bool IsError);

/// <summary>
/// Every diagnostic id the project reports, in one place. PY0xxx come from the front end (reported by the
/// analyzer, so they squiggle in the IDE and fail the build), PY1xxx are Python 3.12's run-time errors seen before the
/// program runs (reported by the analyzer as warnings: the code is valid Python), PY2xxx from lowering (reported by the generator),
/// PY9xxx are compiler faults. Messages are complete sentences built where the problem is found.
/// </summary>
public static class DiagnosticCatalog
{
    public const string SyntaxErrorId = "PY0001";
    public const string UndefinedNameId = "PY1001";
    public const string UnusedImportId = "PY1002";
    public const string UnusedVariableId = "PY1003";
    public const string CallArgumentsId = "PY1004";
    public const string ModuleNotFoundId = "PY1005";
    public const string ImportNameId = "PY1006";
    public const string UnsupportedId = "PY2001";
    public const string InternalErrorId = "PY9999";

    public static readonly DiagnosticKind SyntaxError =
        new(SyntaxErrorId, "Python syntax error", "Python.Syntax", IsError: true);

    public static readonly DiagnosticKind UndefinedName =
        new(UndefinedNameId, "Name not defined", "Python.Names", IsError: false);

    public static readonly DiagnosticKind UnusedImport =
        new(UnusedImportId, "Import not used", "Python.Names", IsError: false);

    public static readonly DiagnosticKind UnusedVariable =
        new(UnusedVariableId, "Local variable not used", "Python.Names", IsError: false);

    public static readonly DiagnosticKind CallArguments =
        new(CallArgumentsId, "Arguments do not match the function's parameters", "Python.Calls", IsError: false);

    public static readonly DiagnosticKind ModuleNotFound =
        new(ModuleNotFoundId, "No such module", "Python.Imports", IsError: true);

    public static readonly DiagnosticKind ImportName =
        new(ImportNameId, "Name not in the module", "Python.Imports", IsError: false);

    public static readonly DiagnosticKind Unsupported =
        new(UnsupportedId, "Python feature not supported yet", "Python.Compiler", IsError: true);

    public static readonly DiagnosticKind InternalError =
        new(InternalErrorId, "Internal compiler error", "Python.Compiler", IsError: true);

    public static DiagnosticKind ById(string id) => id switch
    {
        SyntaxErrorId => SyntaxError,
        UndefinedNameId => UndefinedName,
        UnusedImportId => UnusedImport,
        UnusedVariableId => UnusedVariable,
        CallArgumentsId => CallArguments,
        ModuleNotFoundId => ModuleNotFound,
        ImportNameId => ImportName,
        UnsupportedId => Unsupported,
        _ => InternalError,
    };
}
