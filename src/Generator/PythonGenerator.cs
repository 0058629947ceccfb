using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PyAot.Generator.Analysis;
using PyAot.Generator.Lowering;
using PyAot.Generator.Model;

namespace PyAot.Generator;

/// <summary>
/// Compiles every <c>.py</c> file among the project's AdditionalFiles into one C# source per module.
/// Pipeline: .py files → (module name, path, text) → module-name list → each module's star exports → module input
/// (with the names its star imports may bind) → lowered module (C# + diagnostics) → source.
/// Every step's output is a value-equatable model, so editing one .py file re-lowers only that module
/// (the module-name list stays equal), and editing C# re-lowers nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PythonGenerator : IIncrementalGenerator
{
    /// <summary>Step names, for tests that check what was cached.</summary>
    public static class Steps
    {
        public const string PythonFiles = nameof(PythonFiles);
        public const string ModuleNames = nameof(ModuleNames);
        public const string LibraryImports = nameof(LibraryImports);
        public const string LibraryFiles = nameof(LibraryFiles);
        public const string ModuleExports = nameof(ModuleExports);
        public const string ModuleInputs = nameof(ModuleInputs);
        public const string LoweredModules = nameof(LoweredModules);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The import root: app/util.py under it is module app.util. The PyAotRoot property when set, else the project directory.
        var projectDirectory = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => BuildOptions.ImportRoot(options.GlobalOptions));

        // Each .py file as plain data; nothing from Roslyn survives this step.
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            .Combine(projectDirectory)
            .Select(static (pair, ct) => new PythonFile(
                ModuleNames.FromPath(pair.Right, pair.Left.Path),
                pair.Left.Path,
                pair.Left.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(Steps.PythonFiles);

        // The names of the project's modules, for imports between them (and of PyAot's library, which they shadow).
        // Equal across edits that don't add, remove or rename a file, so an edit to one module leaves the others cached.
        var projectNames = files
            .Select(static (file, _) => file.ModuleName)
            .Collect()
            .Select(static (names, _) => new EquatableArray<string>(names.Distinct().OrderBy(n => n, StringComparer.Ordinal)));

        var moduleNames = projectNames.WithTrackingName(Steps.ModuleNames);

        // The library modules the program imports, directly or through one another: compiled with it, each once.
        var libraryFiles = files
            .Select(static (file, _) => LibraryModules.ImportsOf(file.Text))
            .WithTrackingName(Steps.LibraryImports)
            .Collect()
            .Combine(projectNames)
            .Select(static (pair, _) => LibraryModules.Needed(pair.Left, pair.Right))
            .SelectMany(static (names, _) => names.Select(LibraryModules.File))
            .WithTrackingName(Steps.LibraryFiles);

        // PEP 669 monitoring is compiled in unless the project sets <PyAotMonitoring>false</PyAotMonitoring>.
        var monitoring = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => BuildOptions.Monitoring(options.GlobalOptions));

        // Every module to lower: the project's files and the library's.
        var modules = files
            .Collect()
            .Combine(libraryFiles.Collect())
            .SelectMany(static (pair, _) => pair.Left.AddRange(pair.Right));

        // What `from m import *` of each module may bind, from its own text (its __all__, its top-level names, its own
        // star imports). Equal across edits that do not change these, so the table below is too.
        // A program with no star import anywhere (a text search, no parse) reads no module's exports.
        var anyStarImport = modules
            .Select(static (file, _) => StarExports.MayStarImport(file.Text))
            .Collect()
            .Select(static (flags, _) => flags.Contains(true));
        var exports = modules
            .Combine(anyStarImport)
            .Select(static (pair, ct) => pair.Right ? StarExports.Of(pair.Left, ct) : StarExports.None(pair.Left.ModuleName))
            .WithTrackingName(Steps.ModuleExports)
            .Collect();

        // Each module's input: the names its star imports may bind are worked out from the table here, so that an edit
        // of module A changes the input of B only when B star-imports A and A's exports changed.
        var inputs = modules
            .Combine(moduleNames)
            .Combine(exports)
            .Combine(monitoring)
            .Select(static (pair, _) =>
            {
                var file = pair.Left.Left.Left;
                var names = pair.Left.Left.Right;
                return new ModuleInput(file.ModuleName, file.FilePath, file.Text, names, pair.Right,
                    StarExports.NamesFor(file.ModuleName, pair.Left.Right, names));
            })
            .WithTrackingName(Steps.ModuleInputs);

        var lowered = inputs
            .Select(static (input, ct) => ModuleLowering.Lower(input, ct))
            .WithTrackingName(Steps.LoweredModules);

        context.RegisterSourceOutput(lowered, static (spc, module) =>
        {
            foreach (var info in module.Diagnostics)
                spc.ReportDiagnostic(DiagnosticFactory.Create(info));
            // A module that did not compile still declares its class, so that its errors are the only ones.
            spc.AddSource(module.HintName, module.CSharp ?? module.Placeholder ?? ModulePlaceholder.For(module.ModuleName));
        });
    }
}
