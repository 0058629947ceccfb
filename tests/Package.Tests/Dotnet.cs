using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;

namespace PyAot.Package.Tests;

/// <summary>Runs <c>dotnet</c> (and the programs it makes) the way a user would, collecting everything it prints.</summary>
internal static class Dotnet
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static (int Exit, string Output) Run(string workingDirectory, params string[] args) =>
        Exec("dotnet", workingDirectory, args);

    /// <summary>Runs <paramref name="program"/>; its standard output and error, in that order.</summary>
    public static (int Exit, string Output) Exec(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        // No first-run banner or telemetry notice in the output the tests read.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + err.Result);
    }
}
