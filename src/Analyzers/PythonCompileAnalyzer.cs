using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PyAot.FrontEnd.Diagnostics;
using PyAot.Generator;
using PyAot.Generator.Lowering;
using PyAot.Generator.Model;

namespace PyAot.Analyzers;

/// <summary>
/// What the generator reports about a module that parses, reported live as the user types: PY2001 "not supported
/// yet", PY1005 "No module named", PY0001 for the SyntaxErrors CPython raises after parsing ("'return' outside
/// function") and PY9999. The generator runs in the IDE only on a save or a build (Visual Studio's default), an
/// analyzer on every edit; so this analyzer lowers the module as the generator does (<see cref="ModuleLowering"/>,
/// with the same module names and options) and reports its diagnostics. In a build both report them, as equal
/// diagnostics, which the compiler reports once (<see cref="DiagnosticFactory"/>); the generator keeps reporting them
/// so that a build with analyzers off (<c>RunAnalyzers=false</c>) still fails on them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PythonCompileAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] Ids =
    {
        DiagnosticCatalog.SyntaxErrorId, DiagnosticCatalog.ModuleNotFoundId, DiagnosticCatalog.UnsupportedId, DiagnosticCatalog.InternalErrorId,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Ids.Select(DiagnosticFactory.Descriptor).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!IsPython(file) || file.GetText(context.CancellationToken) is not { } text)
            return;
        // The project's modules, as the generator's module-name list has them, for imports between them.
        var project = new ProjectModules(context);
        var input = new ModuleInput(project.NameOf(file), file.Path, text.ToString(), new EquatableArray<string>(project.Names),
            BuildOptions.Monitoring(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
        foreach (var info in ModuleLowering.Lower(input, context.CancellationToken).Diagnostics)
            context.ReportDiagnostic(DiagnosticFactory.Create(info));
    }

    private static bool IsPython(AdditionalText file) => file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase);
}
