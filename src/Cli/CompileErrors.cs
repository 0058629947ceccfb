using System;
using System.Linq;

namespace PyAot.Cli;

/// <summary>Prints compile-time errors (unsupported Python, syntax errors in imported modules) as build errors.</summary>
internal static class CompileErrors
{
    public static int Report(InMemoryBuild.Result build)
    {
        foreach (var d in build.Errors.OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path))
        {
            var span = d.Location.GetLineSpan();
            Console.Error.WriteLine($"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage()}");
        }
        return 1;
    }
}
