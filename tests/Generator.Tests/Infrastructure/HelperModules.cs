using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using PyAot.Cli;

namespace PyAot.Generator.Tests.Infrastructure;

/// <summary>
/// The helper modules a conformance program is compiled with: the <c>.py</c> files beside it that it imports, and
/// those they import in turn (a helper may build on another, as <c>fractions_testcase</c> on <c>cpython_testcase</c>).
/// </summary>
public static class HelperModules
{
    private static readonly Regex ImportedName = new(@"^\s*(?:import|from)\s+(\w+)", RegexOptions.Multiline);

    /// <summary>The helpers of the program at <paramref name="path"/>, each once, the program itself not among them.</summary>
    public static List<InMemoryBuild.SourceFile> Of(string path)
    {
        string dir = Path.GetDirectoryName(path)!;
        var found = new List<InMemoryBuild.SourceFile>();
        var seen = new HashSet<string> { Path.GetFullPath(path) };
        var work = new Stack<string>();
        work.Push(path);
        while (work.Count > 0)
        {
            foreach (Match m in ImportedName.Matches(File.ReadAllText(work.Pop())))
            {
                string helper = Path.Combine(dir, m.Groups[1].Value + ".py");
                if (File.Exists(helper) && seen.Add(Path.GetFullPath(helper)))
                {
                    found.Add(new InMemoryBuild.SourceFile(helper, File.ReadAllText(helper)));
                    work.Push(helper);
                }
            }
        }
        return found;
    }
}
