using System;
using System.IO;

namespace PyAot.Generator;

/// <summary>Maps a .py file's path to its dotted module name, from the project directory as the import root.</summary>
public static class ModuleNames
{
    /// <summary>
    /// <c>app/util.py</c> under the project is <c>app.util</c>; <c>app/__init__.py</c> is the package <c>app</c>.
    /// A file outside the project directory is named by its file name alone.
    /// </summary>
    public static string FromPath(string projectDirectory, string filePath)
    {
        string full = Normalize(filePath);
        string root = Normalize(projectDirectory);
        string relative = root.Length > 0 && full.StartsWith(root + "/", StringComparison.Ordinal)
            ? full.Substring(root.Length + 1)
            : Path.GetFileName(full);
        if (relative.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            relative = relative.Substring(0, relative.Length - 3);
        string dotted = relative.Replace('/', '.');
        if (dotted.EndsWith(".__init__", StringComparison.Ordinal))
            dotted = dotted.Substring(0, dotted.Length - ".__init__".Length);
        return dotted;
    }

    /// <summary>Whether the file is a package's <c>__init__.py</c> (relative imports in it start from the package itself).</summary>
    public static bool IsPackageFile(string filePath)
    {
        string file = Normalize(filePath);
        int slash = file.LastIndexOf('/');
        return string.Equals(slash >= 0 ? file.Substring(slash + 1) : file, "__init__.py", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
}
