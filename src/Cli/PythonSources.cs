using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.FrontEnd;
using PyAot.Generator;

namespace PyAot.Cli;

/// <summary>A Python program to compile: its main file, the import root, and the .py files it imports.</summary>
public sealed record PythonSources(string MainFile, string Root, IReadOnlyList<string> Files)
{
    /// <summary>The main file's module name under the root.</summary>
    public string MainModule => ModuleNames.FromPath(Root, MainFile);

    /// <summary>The files with their text, as the in-memory build takes them.</summary>
    public List<InMemoryBuild.SourceFile> Read() => Files.Select(f => new InMemoryBuild.SourceFile(f, File.ReadAllText(f))).ToList();

    /// <summary>
    /// The main file plus every .py file under its folder that it imports, directly or through other imports
    /// (the folder is the import root, as sys.path[0] is for a script). Other files are left alone, so an unrelated
    /// broken file beside the script does not stop it, as with CPython.
    /// </summary>
    public static PythonSources Beside(string mainFile)
    {
        string main = Path.GetFullPath(mainFile);
        string root = Path.GetDirectoryName(main)!;
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        pending.Enqueue(main);
        seen.Add(main);
        while (pending.Count > 0)
        {
            string file = pending.Dequeue();
            files.Add(file);
            var parse = PythonParser.Parse(File.ReadAllBytes(file), file);
            if (parse.HasErrors)
                continue; // compiled anyway, so its syntax errors are reported
            string moduleName = file == main ? "__main__" : ModuleNames.FromPath(root, file);
            bool isPackage = Path.GetFileName(file) == "__init__.py";
            foreach (var imported in ImportScanner.ImportedModules(parse.Module, moduleName, isPackage))
            {
                string? path = FileOf(root, imported);
                if (path is not null && seen.Add(path))
                    pending.Enqueue(path);
            }
        }
        return new PythonSources(main, root, files.OrderBy(f => f, StringComparer.Ordinal).ToList());
    }

    private static string? FileOf(string root, string module)
    {
        string relative = Path.Combine(module.Split('.'));
        string asModule = Path.Combine(root, relative + ".py");
        if (File.Exists(asModule))
            return asModule;
        string asPackage = Path.Combine(root, relative, "__init__.py");
        return File.Exists(asPackage) ? asPackage : null;
    }
}
