using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PyAot.Cli;

/// <summary>A Python program to compile: its main file, the import root, and every .py file it can import.</summary>
public sealed record PythonSources(string MainFile, string Root, IReadOnlyList<string> Files)
{
    /// <summary>
    /// The main file plus the .py files beside it and in package folders (those with __init__.py) below it:
    /// what `import x` can reach from a script, as Python's sys.path[0] rule gives.
    /// </summary>
    public static PythonSources Beside(string mainFile)
    {
        string main = Path.GetFullPath(mainFile);
        string root = Path.GetDirectoryName(main)!;
        var files = new List<string>();
        Collect(root, files, isPackage: false);
        if (!files.Contains(main))
            files.Add(main);
        return new PythonSources(main, root, files.OrderBy(f => f, StringComparer.Ordinal).ToList());
    }

    private static void Collect(string dir, List<string> files, bool isPackage)
    {
        files.AddRange(Directory.EnumerateFiles(dir, "*.py").Select(Path.GetFullPath));
        foreach (var sub in Directory.EnumerateDirectories(dir))
        {
            if (File.Exists(Path.Combine(sub, "__init__.py")))
                Collect(sub, files, isPackage: true);
        }
    }
}
