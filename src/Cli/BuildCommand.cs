using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security;
using PyAot.FrontEnd;
using PyAot.Generator;
using PyAot.Generator.Lowering;

namespace PyAot.Cli;

/// <summary>
/// `build FILE.py -o DIR [--aot]`: makes a runnable program DIR/&lt;stem&gt;. It writes a small C# project that
/// uses the generator exactly as any user project does (the .py files as AdditionalFiles, the generator, analyzer
/// and front end as analyzers, the runtime as a reference) and publishes it: framework-dependent with an app
/// host, or with --aot as a NativeAOT native binary (--no-monitoring: PEP 669 instrumentation compiled out) (net9.0, the NativeAOT pack this image's registry serves).
/// </summary>
public static class BuildCommand
{
    public static int Run(string[] args)
    {
        string? file = null, outDir = null;
        bool aot = false, monitoring = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--aot":
                    aot = true;
                    break;
                case "--no-monitoring":
                    monitoring = false;
                    break;
                default:
                    file ??= args[i];
                    break;
            }
        }
        if (file is null || outDir is null)
            return Usage.Fail("build needs FILE.py and -o DIR");
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"pyaot: can't open file '{file}': [Errno 2] No such file or directory");
            return 2;
        }

        var sources = PythonSources.Beside(file);
        string stem = Path.GetFileNameWithoutExtension(sources.MainFile);
        string mainModule = sources.MainModule;
        string project = Path.Combine(Path.GetTempPath(), "pyaot-build-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(project);
        try
        {
            File.WriteAllText(Path.Combine(project, stem + ".csproj"), ProjectFile(stem, sources, monitoring));
            File.WriteAllText(Path.Combine(project, "Program.cs"),
                "// Runs the compiled Python module as __main__.\n" +
                $"return global::PyAot.Modules.{ModuleNaming.ClassName(mainModule)}.Run(args);\n");
            string publishArgs = $"publish \"{project}\" -c Release -o \"{Path.GetFullPath(outDir)}\" -nologo";
            if (aot)
                publishArgs += $" -r {RuntimeInformation.RuntimeIdentifier} -p:PublishAot=true";
            return Dotnet(publishArgs);
        }
        finally
        {
            try { Directory.Delete(project, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string ProjectFile(string stem, PythonSources sources, bool monitoring)
    {
        string tools = AppContext.BaseDirectory;
        string Esc(string s) => SecurityElement.Escape(s);
        string analyzers = string.Join(";", new[] { "PyAot.FrontEnd.dll", "PyAot.Generator.dll", "PyAot.Analyzers.dll" }
            .Select(a => Esc(Path.Combine(tools, a))));
        string pyFiles = string.Join(";", sources.Files.Select(Esc));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net9.0</TargetFramework>
                <RollForward>Major</RollForward>
                <AssemblyName>{Esc(stem)}</AssemblyName>
                <ImplicitUsings>disable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <InvariantGlobalization>true</InvariantGlobalization>
                <!-- Scripts are short and compute-bound: JIT everything fully optimized at once instead of starting
                     in tier 0 (measured 1.1-3x less CPU on benchmarks/programs; see benchmarks/README.md). -->
                <TieredCompilation>false</TieredCompilation>
                <!-- A batch program gains nothing from background GC (CPython has none) and pays for its thread:
                     wordcount 0.34 -> 0.26 s CPU (NativeAOT), the others unchanged. -->
                <ConcurrentGarbageCollection>false</ConcurrentGarbageCollection>
                <PyAotRoot>{Esc(sources.Root)}</PyAotRoot>
                <PyAotMonitoring>{(monitoring ? "true" : "false")}</PyAotMonitoring>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="PyAot.Runtime" HintPath="{Esc(Path.Combine(tools, "PyAot.Runtime.dll"))}" />
                <Analyzer Include="{analyzers}" />
                <AdditionalFiles Include="{pyFiles}" />
                <CompilerVisibleProperty Include="PyAotRoot" />
                <CompilerVisibleProperty Include="PyAotMonitoring" />
              </ItemGroup>
            </Project>
            """;
    }

    private static int Dotnet(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
