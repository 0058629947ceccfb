using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PyAot.FrontEnd.Diagnostics;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Analyzers;

/// <summary>
/// PY1001: a name read in a .py file that nothing binds (<see cref="UndefinedNames"/>), with the hints CPython 3.12's
/// traceback would give for its NameError (<c>Did you mean: 'print'?</c>, <c>Did you forget to import 'os'?</c>).
/// A warning: the code is valid Python, which raises NameError only if the line runs. Its severity is set as for any
/// diagnostic located outside C# files: a global analyzer config (<c>.globalconfig</c>: <c>is_global = true</c>,
/// <c>dotnet_diagnostic.PY1001.severity = error</c>), <c>NoWarn</c> or <c>WarningsAsErrors</c> (an
/// <c>.editorconfig</c> section applies to C# files only). A file with syntax errors is left to
/// <see cref="PythonSyntaxAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndefinedNameAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor UndefinedName = new(
        DiagnosticCatalog.UndefinedNameId,
        DiagnosticCatalog.UndefinedName.Title,
        "{0}",
        DiagnosticCatalog.UndefinedName.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "CPython raises NameError where this line runs.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(UndefinedName);

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
        foreach (var undefined in UndefinedNames.Find(python.Parse.Module, table))
            context.ReportDiagnostic(Diagnostic.Create(UndefinedName, python.Location(undefined.Node), undefined.Message));
    }
}
