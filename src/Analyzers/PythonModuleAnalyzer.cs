using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PyAot.FrontEnd.Diagnostics;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Analyzers;

/// <summary>
/// What the front end finds wrong in a .py file that parses, from one parse and one symbol table per file, each check
/// a front-end analysis of its own:
/// PY1001, a name nothing binds, with CPython 3.12's hints (<see cref="UndefinedNames"/>);
/// PY1002 and PY1003, an import or a local variable nothing reads (<see cref="UnusedNames"/>; hidden, shown as faded
/// code: <see cref="WellKnownDiagnosticTags.Unnecessary"/>);
/// PY1004, a call of the module's own function whose arguments cannot bind (<see cref="CallArguments"/>);
/// PY1006, <c>from m import name</c> of a name <c>m</c> does not have (<see cref="ImportedNames"/>; <c>m</c> another
/// .py file of the project, read through <see cref="ProjectModules"/>, or a module the compiler provides).
/// PY1001, PY1004 and PY1006 are warnings: the code is valid Python, which raises only if the line runs. Severities are set as
/// for any diagnostic located outside C# files: a global analyzer config (<c>.globalconfig</c>, <c>is_global = true</c>,
/// <c>dotnet_diagnostic.PY1001.severity = error</c>), <c>NoWarn</c>, <c>WarningsAsErrors</c>. A file with syntax
/// errors is left to <see cref="PythonSyntaxAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PythonModuleAnalyzer : DiagnosticAnalyzer
{
    // (Constant ids in each constructor call: the release-tracking analyzer reads them there.)
    internal static readonly DiagnosticDescriptor UndefinedName = new(
        DiagnosticCatalog.UndefinedNameId, DiagnosticCatalog.UndefinedName.Title, "{0}", DiagnosticCatalog.UndefinedName.Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, description: "CPython raises NameError where this line runs.");

    internal static readonly DiagnosticDescriptor UnusedImport = new(
        DiagnosticCatalog.UnusedImportId, DiagnosticCatalog.UnusedImport.Title, "{0}", DiagnosticCatalog.UnusedImport.Category,
        DiagnosticSeverity.Hidden, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.Unnecessary);

    internal static readonly DiagnosticDescriptor UnusedVariable = new(
        DiagnosticCatalog.UnusedVariableId, DiagnosticCatalog.UnusedVariable.Title, "{0}", DiagnosticCatalog.UnusedVariable.Category,
        DiagnosticSeverity.Hidden, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.Unnecessary);

    internal static readonly DiagnosticDescriptor CallArgumentsMismatch = new(
        DiagnosticCatalog.CallArgumentsId, DiagnosticCatalog.CallArguments.Title, "{0}", DiagnosticCatalog.CallArguments.Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, description: "CPython raises TypeError where this call runs.");

    internal static readonly DiagnosticDescriptor ImportNameMissing = new(
        DiagnosticCatalog.ImportNameId, DiagnosticCatalog.ImportName.Title, "{0}", DiagnosticCatalog.ImportName.Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, description: "CPython raises ImportError where this import runs.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        ImmutableArray.Create(UndefinedName, UnusedImport, UnusedVariable, CallArgumentsMismatch, ImportNameMissing);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        if (PythonSource.Read(context) is not { Parse.HasErrors: false } python)
            return;
        var table = SymbolTable.Build(python.Parse.Module);
        if (table.Errors.Count > 0)
            return;
        var module = new CheckedModule(python.Parse.Module, table);
        foreach (var undefined in UndefinedNames.Find(module))
            context.ReportDiagnostic(Diagnostic.Create(UndefinedName, python.Location(undefined.Node), undefined.Message));
        bool isPackage = string.Equals(Path.GetFileName(python.File.Path), "__init__.py", StringComparison.Ordinal);
        foreach (var unused in UnusedNames.Find(module, isPackage))
            context.ReportDiagnostic(Diagnostic.Create(unused.IsImport ? UnusedImport : UnusedVariable, python.Location(unused.Node), unused.Message));
        foreach (var mismatch in CallArguments.Find(module))
            context.ReportDiagnostic(Diagnostic.Create(CallArgumentsMismatch, python.Location(mismatch.Node), "TypeError: " + mismatch.Message));
        var project = new ProjectModules(context);
        foreach (var missing in ImportedNames.Find(module, project.NameOf(python.File), isPackage, project.NamesOf))
            context.ReportDiagnostic(Diagnostic.Create(ImportNameMissing, python.Location(missing.Node), missing.Message));
    }
}
