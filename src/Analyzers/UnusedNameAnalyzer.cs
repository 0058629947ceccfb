using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PyAot.FrontEnd.Diagnostics;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Analyzers;

/// <summary>
/// PY1002 (an import nothing reads) and PY1003 (a local variable assigned and never read): hidden by default, shown as
/// faded code in the IDE (<see cref="WellKnownDiagnosticTags.Unnecessary"/>); a project raises them with
/// <c>dotnet_diagnostic.PY1002.severity</c> in a global analyzer config. <see cref="UnusedNames"/> says what is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedNameAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor UnusedImport = new(
        DiagnosticCatalog.UnusedImportId, DiagnosticCatalog.UnusedImport.Title, "{0}", DiagnosticCatalog.UnusedImport.Category,
        DiagnosticSeverity.Hidden, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.Unnecessary);

    internal static readonly DiagnosticDescriptor UnusedVariable = new(
        DiagnosticCatalog.UnusedVariableId, DiagnosticCatalog.UnusedVariable.Title, "{0}", DiagnosticCatalog.UnusedVariable.Category,
        DiagnosticSeverity.Hidden, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.Unnecessary);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(UnusedImport, UnusedVariable);

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
        bool isPackage = string.Equals(Path.GetFileName(python.File.Path), "__init__.py", StringComparison.Ordinal);
        foreach (var unused in UnusedNames.Find(python.Parse.Module, table, isPackage))
            context.ReportDiagnostic(Diagnostic.Create(unused.IsImport ? UnusedImport : UnusedVariable, python.Location(unused.Node), unused.Message));
    }
}
