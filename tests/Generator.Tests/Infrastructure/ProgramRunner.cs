using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PyAot.Cli;

namespace PyAot.Generator.Tests.Infrastructure;

/// <summary>What a compiled program did: its stdout, stderr and exit code.</summary>
public sealed record RunResult(string Stdout, string Stderr, int ExitCode)
{
    public string LastStderrLine =>
        Stderr.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').LastOrDefault() ?? "";
}

/// <summary>
/// Pushes Python through the real generator (in memory, via <see cref="InMemoryBuild"/>), writes the
/// assembly to a temporary folder and runs it in a child process, so each program has its own runtime
/// state, stdout and exit code.
/// </summary>
public static class ProgramRunner
{
    public static RunResult Run(string mainPath, string mainText, IEnumerable<InMemoryBuild.SourceFile>? otherFiles = null, params string[] args)
    {
        string root = Path.GetDirectoryName(mainPath)!;
        var files = new List<InMemoryBuild.SourceFile> { new(mainPath, mainText) };
        if (otherFiles is not null)
            files.AddRange(otherFiles);
        string mainModule = ModuleNames.FromPath(root, mainPath);
        var build = InMemoryBuild.Compile(files, root, mainModule);
        if (!build.Succeeded)
        {
            string errors = string.Join("\n", build.Errors.Select(d => d.ToString()));
            string generated = string.Join("\n", build.GeneratedSources.Select(s => s.Source));
            throw new InvalidOperationException("compilation failed:\n" + errors + "\n--- generated ---\n" + generated);
        }
        return Execute(build, mainPath, args);
    }

    public static RunResult Execute(InMemoryBuild.Result build, string scriptPath, params string[] args)
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyaot-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            // The files carry the assembly's own name: the runtime finds the PDB (and so the #line frames of a
            // traceback) by the name the PE's debug directory records, "PythonProgram.pdb".
            File.WriteAllBytes(Path.Combine(dir, "PythonProgram.dll"), build.Assembly!);
            File.WriteAllBytes(Path.Combine(dir, "PythonProgram.pdb"), build.Pdb!);
            string runtime = typeof(PyAot.Runtime.PyValue).Assembly.Location;
            File.Copy(runtime, Path.Combine(dir, Path.GetFileName(runtime)));
            File.WriteAllText(Path.Combine(dir, "PythonProgram.runtimeconfig.json"), $$"""
                { "runtimeOptions": { "tfm": "net{{Environment.Version.Major}}.0",
                  "framework": { "name": "Microsoft.NETCore.App", "version": "{{Environment.Version}}" } } }
                """);
            // The program runs in its own directory, which goes when it ends: files it makes by relative names too.
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = dir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(dir, "PythonProgram.dll"));
            start.ArgumentList.Add(scriptPath);
            foreach (var a in args)
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("program did not finish in 60 s");
            }
            return new RunResult(stdout, stderr.Result, process.ExitCode);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
