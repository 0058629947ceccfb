using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using PyAot.Cli;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// A .NET debugger stops on a .py line: the generated C#'s <c>#line</c> directives put the Python file and lines in the
/// PDB's sequence points, which is what a debugger binds a breakpoint to. Read back from the PDB of a real compilation.
/// </summary>
public sealed class DebuggingTests
{
    private const string Source = """
        def area(r):
            pi = 3.14159
            return pi * r * r


        total = 0
        for size in (1, 2):
            total += area(size)
        print(total)
        """;

    [Fact]
    public void BreakpointsOnPythonLinesBindToTheirCode()
    {
        var build = InMemoryBuild.Compile([new InMemoryBuild.SourceFile("/app/main.py", Source)], "/app", mainModule: "main");
        Assert.True(build.Succeeded, string.Join("\n", build.Errors.Select(d => d.ToString())));

        using var pe = new PEReader(new MemoryStream(build.Assembly!));
        var metadata = pe.GetMetadataReader();
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(build.Pdb!));
        var pdb = pdbProvider.GetMetadataReader();

        // Python line -> the C# methods with a visible sequence point on it in main.py.
        var methodsByLine = new Dictionary<int, HashSet<string>>();
        foreach (var handle in pdb.MethodDebugInformation)
        {
            var info = pdb.GetMethodDebugInformation(handle);
            string method = metadata.GetString(metadata.GetMethodDefinition(handle.ToDefinitionHandle()).Name);
            foreach (var point in info.GetSequencePoints())
            {
                if (point.IsHidden || pdb.GetString(pdb.GetDocument(point.Document).Name) != "/app/main.py")
                    continue;
                Assert.True(point.StartLine is >= 1 and <= 9, $"{method}: line {point.StartLine}"); // never a line the .py file lacks
                if (!methodsByLine.TryGetValue(point.StartLine, out var set))
                    methodsByLine[point.StartLine] = set = new HashSet<string>();
                set.Add(method);
            }
        }
        // The function's lines are in its method; the module's statements in the module body.
        Assert.Contains("area", methodsByLine[2]);
        Assert.Contains("area", methodsByLine[3]);
        foreach (int line in new[] { 6, 7, 8, 9 })
            Assert.Contains("ModuleBody", methodsByLine[line]);
        Assert.DoesNotContain(4, methodsByLine.Keys); // blank lines bind nowhere
        Assert.DoesNotContain(5, methodsByLine.Keys);
    }
}
