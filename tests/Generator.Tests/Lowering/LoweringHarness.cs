using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyAot.Generator.Lowering;
using PyAot.Generator.Model;
using PyAot.Runtime;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>
/// A small end-to-end helper for the lowering's own tests: lowers Python modules, compiles the C# with Roslyn in
/// memory against the runtime, runs a module's <c>Main</c> with stdout/stderr captured.
/// </summary>
internal static class LoweringHarness
{
    private static readonly Lazy<List<MetadataReference>> References = new(() =>
    {
        var refs = new List<MetadataReference>();
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        foreach (var path in tpa)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("System", StringComparison.Ordinal) || name is "mscorlib" or "netstandard")
                refs.Add(MetadataReference.CreateFromFile(path));
        }
        refs.Add(MetadataReference.CreateFromFile(typeof(PyValue).Assembly.Location));
        return refs;
    });

    public static string ProgramsDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Generator.Tests", "Programs");
                if (Directory.Exists(candidate))
                    return candidate;
                dir = dir.Parent;
            }
            throw new DirectoryNotFoundException("tests/Generator.Tests/Programs");
        }
    }

    public static LoweredModule Lower(string moduleName, string source, params string[] projectModules) =>
        Lower(moduleName, source, projectModules, default);

    private static LoweredModule Lower(string moduleName, string source, string[] projectModules, EquatableArray<string> starNames) =>
        ModuleLowering.Lower(
            new ModuleInput(moduleName, moduleName.Replace('.', '/') + ".py", source,
                new EquatableArray<string>(projectModules.Append(moduleName).Distinct()), StarNames: starNames),
            CancellationToken.None);

    public static string LowerOk(string moduleName, string source, params string[] projectModules) =>
        LowerOk(moduleName, source, projectModules, default);

    private static string LowerOk(string moduleName, string source, string[] projectModules, EquatableArray<string> starNames)
    {
        var r = Lower(moduleName, source, projectModules, starNames);
        if (r.CSharp is null)
            throw new InvalidOperationException("lowering failed: " + string.Join("; ", r.Diagnostics.Select(d => $"{d.Id} {d.Message} ({d.StartLine + 1}:{d.StartColumn + 1})")));
        return r.CSharp;
    }

    /// <summary>Every diagnostic of compiling generated modules (warning level 9999: all of them).</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(IEnumerable<string> csharpSources, string assemblyName)
    {
        var trees = csharpSources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))).ToList();
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));
        return compilation.GetDiagnostics();
    }

    /// <summary>Compiles generated modules into an in-memory assembly (errors as an exception).</summary>
    public static Assembly Compile(IEnumerable<string> csharpSources, string assemblyName, bool optimize = true)
    {
        var trees = csharpSources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))).ToList();
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: optimize ? OptimizationLevel.Release : OptimizationLevel.Debug));
        using var ms = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(ms, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(
            debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb));
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)
                .Select(d => d.ToString());
            throw new InvalidOperationException("C# compilation failed:\n" + string.Join("\n", errors));
        }
        ms.Position = 0;
        pdb.Position = 0;
        var alc = new AssemblyLoadContext(assemblyName, isCollectible: true);
        return alc.LoadFromStream(ms, pdb);
    }

    private static readonly object RunLock = new();

    /// <summary>Runs <c>Run</c> (the module as __main__) of the module's class; returns (exit code, stdout, stderr).</summary>
    public static (int Exit, string Out, string Err) Run(Assembly assembly, string moduleName)
    {
        var type = assembly.GetType(ModuleNaming.Namespace + "." + ModuleNaming.ClassName(moduleName), throwOnError: true)!;
        var main = type.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        lock (RunLock)
        {
            var savedOut = PyStdio.Out;
            var savedErr = PyStdio.Err;
            var o = new StringWriter { NewLine = "\n" };
            var e = new StringWriter { NewLine = "\n" };
            PyStdio.Out = o;
            PyStdio.Err = e;
            try
            {
                int code = (int)main.Invoke(null, new object?[] { Array.Empty<string>(), null })!;
                PyStdio.Flush();
                return (code, o.ToString(), e.ToString());
            }
            finally
            {
                PyStdio.Out = savedOut;
                PyStdio.Err = savedErr;
            }
        }
    }

    /// <summary>Lowers, compiles and runs a program made of <paramref name="modules"/> (name → source), main first.</summary>
    public static (int Exit, string Out, string Err) RunProgram(IReadOnlyList<(string Name, string Source)> modules, bool optimize = true)
    {
        var names = modules.Select(m => m.Name).ToArray();
        var all = new EquatableArray<string>(names);
        var exports = modules.Select(m => Analysis.StarExports.Of(new PythonFile(m.Name, m.Name.Replace('.', '/') + ".py", m.Source), CancellationToken.None)).ToList();
        var sources = modules.Select(m => LowerOk(m.Name, m.Source, names, Analysis.StarExports.NamesFor(m.Name, exports, all))).ToList();
        var asm = Compile(sources, "prog_" + names[0] + "_" + Guid.NewGuid().ToString("N"), optimize);
        return Run(asm, names[0]);
    }

    /// <summary>Like <see cref="RunProgram"/>, with explicit file paths (<c>pkg/__init__.py</c> for packages).</summary>
    public static (int Exit, string Out, string Err) RunFiles(IReadOnlyList<(string Name, string Path, string Source)> modules)
    {
        var names = new EquatableArray<string>(modules.Select(m => m.Name));
        var sources = new List<string>();
        // What each module's star imports may bind, as the generator's ModuleExports step works it out.
        var exports = modules.Select(m => Analysis.StarExports.Of(new PythonFile(m.Name, m.Path, m.Source), CancellationToken.None)).ToList();
        foreach (var m in modules)
        {
            var r = ModuleLowering.Lower(new ModuleInput(m.Name, m.Path, m.Source, names,
                StarNames: Analysis.StarExports.NamesFor(m.Name, exports, names)), CancellationToken.None);
            if (r.CSharp is null)
                throw new InvalidOperationException(m.Name + ": " + string.Join("; ", r.Diagnostics.Select(d => d.Message)));
            sources.Add(r.CSharp);
        }
        return Run(Compile(sources, "files_" + Guid.NewGuid().ToString("N")), modules[0].Name);
    }

    public static (int Exit, string Out, string Err) RunSource(string source, bool optimize = true) =>
        RunProgram(new[] { ("main", source) }, optimize);
}
