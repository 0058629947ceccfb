using System.IO;
using System.Runtime.CompilerServices;

namespace PyAot.Generator.Tests.Infrastructure;

/// <summary>Where the test project's committed files (programs, baselines) and the repository are.</summary>
public static class TestPaths
{
    public static string ProjectDirectory { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), ".."));

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
