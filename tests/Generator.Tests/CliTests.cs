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
}
