using System.IO;
using PyAot.Cli;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>The command line's exit statuses.</summary>
public sealed class CliTests
{
    [Fact]
    public void AstFailsOnASyntaxError()
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyaot-cli-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string good = Path.Combine(dir, "good.py"), bad = Path.Combine(dir, "bad.py");
            File.WriteAllText(good, "x = 1\n");
            File.WriteAllText(bad, "x = (\n");
            Assert.Equal(0, AstCommand.Run(new[] { good }));
            Assert.Equal(1, AstCommand.Run(new[] { bad }));
            Assert.Equal(1, AstCommand.Run(new[] { good, bad }));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void RunReusesABuildOnlyWhileNothingChanged()
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyaot-cache-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            var files = new[] { new InMemoryBuild.SourceFile("/app/main.py", "print(1)\n"), new InMemoryBuild.SourceFile("/app/util.py", "x = 1\n") };
            var first = RunCache.At(dir, files, "/app", "main", monitoring: true);
            Assert.False(first.TryLoad(out _, out _));
            first.Store(new byte[] { 1, 2, 3 }, new byte[] { 4 });

            Assert.True(RunCache.At(dir, files, "/app", "main", monitoring: true).TryLoad(out var image, out var pdb));
            Assert.Equal(new byte[] { 1, 2, 3 }, image);
            Assert.Equal(new byte[] { 4 }, pdb);

            // Any change to a module, the options or the main module is another build.
            var edited = new[] { files[0], new InMemoryBuild.SourceFile("/app/util.py", "x = 2\n") };
            Assert.False(RunCache.At(dir, edited, "/app", "main", monitoring: true).TryLoad(out _, out _));
            Assert.False(RunCache.At(dir, files, "/app", "main", monitoring: false).TryLoad(out _, out _));
            Assert.False(RunCache.At(dir, files, "/app", "util", monitoring: true).TryLoad(out _, out _));
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
    }
}
