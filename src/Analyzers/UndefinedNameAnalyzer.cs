using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PyAot.FrontEnd;
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
        var file = context.AdditionalFile;
        if (!file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            return;
        var text = file.GetText(context.CancellationToken);
        if (text is null)
            return;
        string source = text.ToString();
        var result = PythonParser.Parse(source, file.Path, context.CancellationToken);
        if (result.Errors.Count > 0)
            return;
        var table = SymbolTable.Build(result.Module);
        if (table.Errors.Count > 0)
            return;
        foreach (var undefined in UndefinedNames.Find(result.Module, table))
        {
            var node = undefined.Node;
            int start = SourcePositions.OffsetOfUtf8Column(source, node.Lineno, node.ColOffset);
            int end = SourcePositions.OffsetOfUtf8Column(source, node.EndLineno, node.EndColOffset);
            var span = TextSpan.FromBounds(Math.Min(start, text.Length), Math.Min(Math.Max(start, end), text.Length));
            var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(UndefinedName, location, undefined.Message));
        }
    }
}
