using System;
using System.Diagnostics;
using System.IO;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// A real `dotnet build` of the sample with a broken .py file added: the build fails, and the error names the
/// .py file, line and column (reported by the analyzer, as the IDE shows it).
/// </summary>
public sealed class BuildTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void SyntaxErrorInPythonFailsTheBuildWithItsLocation()
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyaot-buildtest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string sample = Path.Combine(TestPaths.RepositoryRoot, "samples", "HelloPython");
            foreach (var file in Directory.EnumerateFiles(sample))
            {
                string name = Path.GetFileName(file);
                if (name.EndsWith(".py", StringComparison.Ordinal) || name.EndsWith(".cs", StringComparison.Ordinal))
                    File.Copy(file, Path.Combine(dir, name));
            }
            // The sample's project file, pointing at this repository's build logic by absolute path.
            string targets = Path.Combine(TestPaths.RepositoryRoot, "src", "PyAot.targets");
            File.WriteAllText(Path.Combine(dir, "HelloPython.csproj"), File.ReadAllText(Path.Combine(sample, "HelloPython.csproj"))
                .Replace(@"..\..\src\PyAot.targets", targets));
            File.WriteAllText(Path.Combine(dir, "broken.py"), "def f(x):\n    return g(x,\n\nprint(f(1))\n");

            var (exit, output) = Dotnet(dir, "build", "-c", Configuration, "--no-dependencies", "-nologo", "-p:TreatWarningsAsErrors=false");

            Assert.NotEqual(0, exit);
            Assert.Contains("broken.py(2,13): error PY0001: SyntaxError: '(' was never closed", output);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static (int Exit, string Output) Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + err.Result);
    }
}
