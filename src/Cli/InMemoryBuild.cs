using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using PyAot.Analyzers;
using PyAot.Generator;
using PyAot.Generator.Lowering;

namespace PyAot.Cli;

/// <summary>
/// Compiles Python files in memory through the real generator and analyzer, exactly as a project build does,
/// into an assembly whose entry point runs the main module. Used by `run` and `emit`, and by the tests.
/// </summary>
public static class InMemoryBuild
{
    public sealed record Result(
        ImmutableArray<Diagnostic> Diagnostics,
        ImmutableArray<(string HintName, string Source)> GeneratedSources,
        byte[]? Assembly,
        byte[]? Pdb)
    {
        public bool Succeeded => Assembly is not null;

        public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>A .py file given by path and text (the text need not be on disk).</summary>
    public sealed record SourceFile(string Path, string Text);

    /// <summary>Generates, analyzes and compiles; <paramref name="mainModule"/> gets an entry point when not null;
    /// else <paramref name="csharpProgram"/>, when given, is a C# program (with its own Main) compiled with the modules.</summary>
    public static Result Compile(IReadOnlyList<SourceFile> files, string root, string? mainModule, bool monitoring = true, CancellationToken ct = default,
                                 string? csharpProgram = null)
    {
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var options = new GlobalOptions(root, monitoring);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree>();
        if (mainModule is not null)
        {
            // args[0] is the script's path (sys.argv[0]), as `python script.py ...` gives it.
            string entry = "public static class PyAotEntryPoint { public static int Main(string[] args) => global::PyAot.Modules."
                + ModuleNaming.ClassName(mainModule) + ".Run(args[1..], args[0]); }";
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(entry, System.Text.Encoding.UTF8), parseOptions, "PyAotEntryPoint.cs", cancellationToken: ct));
        }
        else if (csharpProgram is not null)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(csharpProgram, System.Text.Encoding.UTF8), parseOptions, "Program.cs", cancellationToken: ct));
        }
        bool executable = mainModule is not null || csharpProgram is not null;
        var compilation = CSharpCompilation.Create(
            executable ? "PythonProgram" : "PythonModules",
            trees,
            References.Value,
            new CSharpCompilationOptions(executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                mainTypeName: mainModule is null ? null : "PyAotEntryPoint"));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PythonGenerator().AsSourceGenerator() },
            additional,
            parseOptions,
            new OptionsProvider(options));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, ct);
        var generated = driver.GetRunResult().Results
            .SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToImmutableArray();

        var analyzerDiagnostics = output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PythonSyntaxAnalyzer()),
                new AnalyzerOptions(additional.CastArray<AdditionalText>(), new OptionsProvider(options)))
            .GetAnalyzerDiagnosticsAsync(ct).GetAwaiter().GetResult();

        var diagnostics = generatorDiagnostics.AddRange(analyzerDiagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // What a real build also reports: the C# compiler's errors beside the Python ones (none, when each
            // module that did not compile still declares its class).
            var csharpErrors = output.GetDiagnostics(ct).Where(d => d.Severity == DiagnosticSeverity.Error);
            return new Result(diagnostics.AddRange(csharpErrors), generated, null, null);
        }

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = output.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), cancellationToken: ct);
        diagnostics = diagnostics.AddRange(emit.Diagnostics);
        return emit.Success
            ? new Result(diagnostics, generated, pe.ToArray(), pdb.ToArray())
            : new Result(diagnostics, generated, null, null);
    }

    /// <summary>The framework's reference assemblies of this process plus the Python runtime.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Where(p =>
            {
                string name = Path.GetFileName(p);
                return name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll"
                    || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);
            })
            .ToList();
        paths.Add(typeof(PyAot.Runtime.PyValue).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class GlobalOptions(string root, bool monitoring) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (!monitoring && string.Equals(key, "build_property.PyAotMonitoring", StringComparison.OrdinalIgnoreCase))
            {
                value = "false";
                return true;
            }
            if (string.Equals(key, "build_property.PyAotRoot", StringComparison.OrdinalIgnoreCase))
            {
                value = root;
                return true;
            }
            value = "";
            return false;
        }
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty.Instance;

        private sealed class Empty : AnalyzerConfigOptions
        {
            public static readonly Empty Instance = new();

            public override bool TryGetValue(string key, out string value)
            {
                value = "";
                return false;
            }
        }
    }
}
