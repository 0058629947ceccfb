using System;
using System.Collections.Generic;
using System.IO;

namespace PyAot.Runtime;

/// <summary>
/// The lines of the <c>.py</c> files tracebacks show (CPython's <c>linecache</c>): each file read once, when a
/// traceback first needs one of its lines. A compiled program may run where its sources are not; a file that cannot
/// be read has no lines, and frames are then shown without them, as CPython shows frames of a deleted file.
/// </summary>
public static class SourceLines
{
    private static readonly Dictionary<string, string[]?> s_files = new();

    /// <summary>Every line of <paramref name="file"/> (without line ends), or null when it cannot be read.</summary>
    public static string[]? Of(string file)
    {
        lock (s_files)
        {
            if (!s_files.TryGetValue(file, out var lines))
            {
                try
                {
                    lines = File.Exists(file) ? File.ReadAllLines(file) : null;
                }
                catch (Exception)
                {
                    lines = null;
                }
                s_files[file] = lines;
            }
            return lines;
        }
    }

    /// <summary>Line <paramref name="line"/> (1-based) of <paramref name="file"/> as it is in the file, or null.</summary>
    public static string? Get(string file, int line) =>
        Of(file) is { } lines && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
}
