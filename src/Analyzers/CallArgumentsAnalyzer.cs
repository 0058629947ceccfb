using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PyAot.FrontEnd.Diagnostics;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Analyzers;

/// <summary>
/// PY1004: a call of one of the module's own functions whose arguments cannot bind to its parameters, with the
/// TypeError CPython 3.12 raises there (<see cref="CallArguments"/>). A warning, as PY1001: CPython raises only if the
/// call runs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CallArgumentsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Mismatch = new(
        DiagnosticCatalog.CallArgumentsId, DiagnosticCatalog.CallArguments.Title, "{0}", DiagnosticCatalog.CallArguments.Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, description: "CPython raises TypeError where this call runs.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Mismatch);

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
        foreach (var mismatch in CallArguments.Find(python.Parse.Module, table))
            context.ReportDiagnostic(Diagnostic.Create(Mismatch, python.Location(mismatch.Node), "TypeError: " + mismatch.Message));
    }
}
