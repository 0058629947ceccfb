using System;
using System.IO;
using System.Linq;
using PyAot.Cli;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>The CLI compiles a script with what it imports (transitively, packages included), and nothing else.</summary>
public sealed class PythonSourcesTests
{
    [Fact]
    public void CollectsTheImportClosureOnly()
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyaot-sources-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "pkg"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "main.py"), "import helper\n\ndef f():\n    from pkg import sub\n");
            File.WriteAllText(Path.Combine(dir, "helper.py"), "x = 1\n");
            File.WriteAllText(Path.Combine(dir, "pkg", "__init__.py"), "");
            File.WriteAllText(Path.Combine(dir, "pkg", "sub.py"), "from . import deep\n");
            File.WriteAllText(Path.Combine(dir, "pkg", "deep.py"), "y = 2\n");
            File.WriteAllText(Path.Combine(dir, "unrelated_and_broken.py"), "x = (\n");

            var sources = PythonSources.Beside(Path.Combine(dir, "main.py"));

            var names = sources.Files.Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(new[] { "helper.py", "main.py", "pkg/__init__.py", "pkg/deep.py", "pkg/sub.py" }, names);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
