using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PyAot.FrontEnd;
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
        var file = context.AdditionalFile;
        if (!file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            return;
        var text = file.GetText(context.CancellationToken);
        if (text is null)
            return;
        string source = text.ToString();
        var result = PythonParser.Parse(source, file.Path, context.CancellationToken);
        foreach (var error in result.Errors)
        {
            int start = SourcePositions.OffsetOfCodePointColumn(source, error.Line, Math.Max(0, error.Column - 1));
            int end = error.EndLine > 0
                ? SourcePositions.OffsetOfCodePointColumn(source, error.EndLine, Math.Max(0, error.EndColumn - 1))
                : start;
            if (end < start)
                end = start;
            var span = TextSpan.FromBounds(Math.Min(start, text.Length), Math.Min(end, text.Length));
            var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            string message = error.Kind + ": " + error.Message;
            context.ReportDiagnostic(Diagnostic.Create(SyntaxError, location, message));
        }
    }
}
