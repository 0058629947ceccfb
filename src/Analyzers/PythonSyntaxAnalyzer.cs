using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PyAot.FrontEnd.Diagnostics;

namespace PyAot.Analyzers;

/// <summary>
/// Reports Python syntax errors in the project's .py files, located in the .py file, so they squiggle in the IDE
/// as you type and fail the build. The generator skips a module with syntax errors instead of reporting them
/// again, so each error appears once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PythonSyntaxAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor SyntaxError = new(
        DiagnosticCatalog.SyntaxErrorId,
        DiagnosticCatalog.SyntaxError.Title,
        "{0}",
        DiagnosticCatalog.SyntaxError.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(SyntaxError);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        if (PythonSource.Read(context) is not { } python)
            return;
        foreach (var error in python.Parse.Errors)
        {
            int start = SourcePositions.OffsetOfCodePointColumn(python.Source, error.Line, Math.Max(0, error.Column - 1));
            int end = error.EndLine > 0
                ? SourcePositions.OffsetOfCodePointColumn(python.Source, error.EndLine, Math.Max(0, error.EndColumn - 1))
                : start;
            context.ReportDiagnostic(Diagnostic.Create(SyntaxError, python.Location(start, end), error.Kind + ": " + error.Message));
        }
    }
}
