using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PyAot.Cli;

/// <summary>
/// <c>pyaot run</c>'s cache of compiled programs, so that running an unchanged program again skips the generator and
/// the C# compiler: the assembly and its PDB under <c>$PYAOT_CACHE_DIR</c> (default <c>$XDG_CACHE_HOME/pyaot</c> or
/// <c>~/.cache/pyaot</c>), keyed by a hash of every source file (path and text), the import root, the main module, the
/// options, and the identity of the compiler's own assemblies (a rebuilt compiler never reuses an older program).
/// <c>PYAOT_NO_CACHE=1</c> turns it off.
/// </summary>
public sealed class RunCache
{
    private readonly string _directory;

    private RunCache(string directory) => _directory = directory;

    /// <summary>The cache entry of this build, or null when caching is off.</summary>
    public static RunCache? For(IReadOnlyList<InMemoryBuild.SourceFile> files, string root, string mainModule, bool monitoring)
    {
        if (Environment.GetEnvironmentVariable("PYAOT_NO_CACHE") is "1" or "true")
            return null;
        string? baseDir = Environment.GetEnvironmentVariable("PYAOT_CACHE_DIR") is { Length: > 0 } set ? set
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "pyaot")
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache", "pyaot")
            : null;
        return baseDir is null ? null : At(baseDir, files, root, mainModule, monitoring);
    }

    /// <summary>The entry of this build in the cache at <paramref name="baseDir"/>.</summary>
    public static RunCache At(string baseDir, IReadOnlyList<InMemoryBuild.SourceFile> files, string root, string mainModule, bool monitoring)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(s));
            hash.AppendData(new byte[] { 0 });
        }
        foreach (var assembly in new[] { typeof(RunCache).Assembly, typeof(Generator.PythonGenerator).Assembly,
                     typeof(FrontEnd.PythonParser).Assembly, typeof(Runtime.PyValue).Assembly })
            Add(assembly.ManifestModule.ModuleVersionId.ToString());
        Add(root);
        Add(mainModule);
        Add(monitoring ? "monitoring" : "no-monitoring");
        foreach (var file in files)
        {
            Add(file.Path);
            Add(file.Text);
        }
        return new RunCache(Path.Combine(baseDir, "run", Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant()));
    }

    private string AssemblyPath => Path.Combine(_directory, "program.dll");

    private string PdbPath => Path.Combine(_directory, "program.pdb");

    /// <summary>The cached assembly and PDB, when this build was cached before.</summary>
    public bool TryLoad(out byte[] assembly, out byte[] pdb)
    {
        try
        {
            assembly = File.ReadAllBytes(AssemblyPath);
            pdb = File.ReadAllBytes(PdbPath);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            assembly = pdb = Array.Empty<byte>();
            return false;
        }
    }

    /// <summary>Keeps a successful build (best effort: a cache that cannot be written only costs the next run time).</summary>
    public void Store(byte[] assembly, byte[] pdb)
    {
        try
        {
            Directory.CreateDirectory(_directory);
            // The PDB first, the assembly last and by rename, so that a reader never sees an assembly without its PDB.
            WriteAtomically(PdbPath, pdb);
            WriteAtomically(AssemblyPath, assembly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
