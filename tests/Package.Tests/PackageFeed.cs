using System;
using System.IO;
using Xunit;

namespace PyAot.Package.Tests;

/// <summary>
/// The PyAot package packed once for the tests (<c>dotnet pack src/Package</c>) into a folder feed, with a version of
/// its own, so that no earlier package of the same version in NuGet's global folder stands in for it. The test
/// version is removed from the global folder afterwards.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        Directory = Path.Combine(Path.GetTempPath(), "pyaot-feed-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        var (exit, output) = Dotnet.Run(Dotnet.RepositoryRoot, "pack", Path.Combine("src", "Package"), "-c", Dotnet.Configuration,
            "-o", Directory, $"-p:Version={Version}", "-nologo");
        Assert.True(exit == 0, "dotnet pack failed:\n" + output);
        Assert.True(File.Exists(Path.Combine(Directory, $"PyAot.{Version}.nupkg")), "no package made:\n" + output);
    }

    /// <summary>The folder feed holding the package.</summary>
    public string Directory { get; }

    /// <summary>The package's version.</summary>
    public string Version { get; }

    /// <summary>A nuget.config for an app beside it: the folder feed added to the sources the machine has.</summary>
    public string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="pyaot-local" value="{System.Security.SecurityElement.Escape(Directory)}" />
          </packageSources>
        </configuration>
        """;

    public void Dispose()
    {
        TryDelete(Directory);
        string globalFolder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(globalFolder, "pyaot", Version.ToLowerInvariant()));
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            if (System.IO.Directory.Exists(directory))
                System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
