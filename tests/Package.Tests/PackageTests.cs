using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace PyAot.Package.Tests;

/// <summary>
/// The package as a user meets it, as the README's "Use it in your own project" tells it: an app made by
/// <c>dotnet new console</c>, the package added from a folder feed, the README's files written into it; the app runs
/// and prints what the README says, and publishes with NativeAOT with no warnings, for each .NET an app may target.
/// </summary>
public sealed class PackageTests(PackageFeed feed) : IClassFixture<PackageFeed>
{
    private static readonly ReadmeSection Readme = ReadmeSection.Read(Path.Combine(Dotnet.RepositoryRoot, "README.md"));

    [Theory]
    [InlineData("net10.0")]
    [InlineData("net9.0")]
    [InlineData("net8.0")]
    public void TheReadmesAppRunsAndPublishesWithNativeAot(string framework)
    {
        using var app = NewApp(framework);
        app.WriteReadmeFiles();

        // `dotnet run` needs that .NET's runtime; a machine with only the newest has only net10.0's. The NativeAOT
        // binary needs none.
        if (Environment.Version.Major == int.Parse(framework.AsSpan(3, 2).TrimEnd('.')))
            Assert.Equal(Readme.Output, app.Dotnet("run"));

        string publish = app.Dotnet("publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", "native");
        Assert.DoesNotContain(": warning ", publish);
        var (exit, output) = Dotnet.Exec(Path.Combine(app.Directory, "native", "hello"), app.Directory);
        Assert.Equal(0, exit);
        Assert.Equal(Readme.Output, output);

        // perf's view (README, "Debugging and profiling"): the debug symbols beside the binary name the Python
        // function (<assembly>_PyAot_Modules_<module>__<function>), and their line tables (DWARF, compressed: read by
        // binutils' readelf, which NativeAOT's toolchain brings) name its .py file.
        string dbg = Path.Combine(app.Directory, "native", "hello.dbg");
        Assert.Contains("hello_PyAot_Modules_greetings__greet", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(dbg)));
        var (readelf, lines) = Dotnet.Exec("readelf", app.Directory, "--debug-dump=line", dbg);
        Assert.Equal(0, readelf);
        Assert.Matches(@"\sgreetings\.py\n", lines);
    }

    [Fact]
    public void TheNativeBinaryPrintsTracebacksAsCPythonDoes()
    {
        // The native binary reads its Python frames from the DWARF line tables of its symbol file (NativeLineTable):
        // the uncaught report, a traceback object's lines, and a live frame's line, as CPython 3.12 gives them (less
        // the ^^^^ markers, which compiled code has no columns for).
        using var app = NewApp("net10.0");
        app.WriteReadmeFiles();
        app.Write("main.py", """
            import sys
            import traceback
            from greetings import greet


            def parse(text):
                return int(text)


            def load(rows):
                return [parse(r) for r in rows]


            try:
                load(["1", "x"])
            except ValueError as e:
                print([(tb.tb_frame.f_code.co_name, tb.tb_lineno) for tb in [e.__traceback__, e.__traceback__.tb_next]])
                print(traceback.format_exc().splitlines()[-1])
            print(greet("frames"), sys._getframe().f_lineno)
            load(["2", "y"])
            """.Replace("\r\n", "\n"));
        app.Dotnet("publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", "native");
        var (exit, output) = Dotnet.Exec(Path.Combine(app.Directory, "native", "hello"), app.Directory);
        Assert.Equal(1, exit);
        string main = Path.Combine(app.Directory, "main.py");
        Assert.Equal($"""
            [('<module>', 15), ('load', 11)]
            ValueError: invalid literal for int() with base 10: 'x'
            Hello, frames! 19
            Traceback (most recent call last):
              File "{main}", line 20, in <module>
                load(["2", "y"])
              File "{main}", line 11, in load
                return [parse(r) for r in rows]
              File "{main}", line 7, in parse
                return int(text)
            ValueError: invalid literal for int() with base 10: 'y'

            """.Replace("\r\n", "\n"), output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void AMistakeInAModuleIsOneError()
    {
        using var app = NewApp("net10.0");
        app.WriteReadmeFiles();
        app.Write("greetings.py", Readme.Files["greetings.py"] + "\ndef wave(:\n");

        // The build fails on the mistake, located in its file, with nothing else reported: no C# error or warning
        // from the code generated for the module that did not compile, nor from main.py, which imports it.
        var (exit, output) = Dotnet.Run(app.Directory, "build", "-nologo");
        Assert.NotEqual(0, exit);
        var problems = output.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning "))
            .Select(l => l.Trim()).Distinct().ToArray();
        var only = Assert.Single(problems);
        Assert.Contains("greetings.py(", only);
        Assert.Contains(": error PY0001: SyntaxError:", only);
    }

    [Fact]
    public void WhatTheGeneratorAndTheAnalyzerBothReportIsOneError()
    {
        using var app = NewApp("net10.0");
        app.WriteReadmeFiles();
        app.Write("greetings.py", Readme.Files["greetings.py"] + "\n\ndef wave(y):\n    return eval(y)\n");

        // PythonCompileAnalyzer reports PY2001 live, the generator in every build: the compiler reports the two equal
        // diagnostics once. With analyzers off the generator's alone fails the build. (A file log: the console logger
        // repeats every error in its summary.)
        foreach (var analyzers in new[] { "true", "false" })
        {
            string log = Path.Combine(app.Directory, $"errors-{analyzers}.log");
            var (exit, _) = Dotnet.Run(app.Directory, "build", "-nologo", $"-p:RunAnalyzers={analyzers}", $"-flp:errorsonly;logfile={log}");
            Assert.NotEqual(0, exit);
            var errors = File.ReadAllLines(log).Where(l => l.Contains(": error ")).ToArray();
            var only = Assert.Single(errors);
            Assert.Contains("greetings.py(", only);
            Assert.Contains(": error PY2001: the builtin 'eval' is not supported yet", only);
        }
    }

    [Fact]
    public void AnUndefinedNameWarnsWithCPythonsHintsAndAGlobalConfigMakesItAnError()
    {
        using var app = NewApp("net10.0");
        app.WriteReadmeFiles();
        app.Write("main.py", "def cwd():\n    return os.getcwd()\n\n\nprnt('x')\n");

        string build = app.Dotnet("build", "-nologo");
        Assert.Contains("main.py(2,12): warning PY1001: name 'os' is not defined. Did you forget to import 'os'?", build);
        Assert.Contains("main.py(5,1): warning PY1001: name 'prnt' is not defined. Did you mean: 'print'?", build);

        app.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.PY1001.severity = error\n");
        var (exit, output) = Dotnet.Run(app.Directory, "build", "-nologo");
        Assert.NotEqual(0, exit);
        Assert.Contains("main.py(5,1): error PY1001: name 'prnt' is not defined. Did you mean: 'print'?", output);
    }

    [Fact]
    public void PythonCompileItemsChooseTheFiles()
    {
        using var app = NewApp("net10.0");
        app.WriteReadmeFiles();
        app.Write("tools/broken.py", "def f(x):\n    return g(x,\n");

        // Every .py file under the project is compiled by default...
        var (exit, output) = Dotnet.Run(app.Directory, "build", "-nologo");
        Assert.NotEqual(0, exit);
        Assert.Contains(Path.Combine("tools", "broken.py") + "(2,13): error PY0001: SyntaxError: '(' was never closed", output);

        // ... and left out as C# files are.
        app.EditProject(p => p.Replace("</Project>", "  <ItemGroup>\n    <PythonCompile Remove=\"tools/**\" />\n  </ItemGroup>\n</Project>"));
        Assert.Equal(Readme.Output, app.Dotnet("run"));
    }

    [Fact]
    public void ARelativeImportRootNamesTheModules()
    {
        using var app = NewApp("net10.0");
        app.WriteReadmeFiles();
        // The Python files move under src/, the import root: src/greetings.py is still the module greetings.
        string root = Path.Combine(app.Directory, "src");
        Directory.CreateDirectory(root);
        foreach (var name in Readme.Files.Keys.Where(n => n.EndsWith(".py", StringComparison.Ordinal)))
            File.Move(Path.Combine(app.Directory, name), Path.Combine(root, name));
        app.EditProject(p => p.Replace("</PropertyGroup>", "  <PyAotRoot>src</PyAotRoot>\n  </PropertyGroup>"));
        Assert.Equal(Readme.Output, app.Dotnet("run"));
    }

    private App NewApp(string framework)
    {
        var app = new App(Path.Combine(Path.GetTempPath(), "pyaot-app-" + Guid.NewGuid().ToString("N")));
        app.Dotnet("new", "console", "-o", ".", "-n", "hello");
        string project = Path.Combine(app.Directory, "hello.csproj");
        File.WriteAllText(project, Regex.Replace(File.ReadAllText(project), "<TargetFramework>[^<]*</TargetFramework>",
            $"<TargetFramework>{framework}</TargetFramework>"));
        File.WriteAllText(Path.Combine(app.Directory, "nuget.config"), feed.NuGetConfig());
        app.Dotnet("add", "package", "PyAot", "--version", feed.Version);
        return app;
    }

    /// <summary>An app in a directory of its own, deleted afterwards.</summary>
    private sealed class App : IDisposable
    {
        public App(string directory)
        {
            Directory = directory;
            System.IO.Directory.CreateDirectory(directory);
        }

        public string Directory { get; }

        /// <summary>Runs <c>dotnet</c> in the app, which must succeed; what it printed.</summary>
        public string Dotnet(params string[] args)
        {
            var (exit, output) = Tests.Dotnet.Run(Directory, args);
            Assert.True(exit == 0, $"dotnet {string.Join(' ', args)} failed ({exit}):\n{output}");
            return output;
        }

        public void Write(string name, string text)
        {
            string path = Path.Combine(Directory, name);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public void WriteReadmeFiles()
        {
            foreach (var (name, text) in Readme.Files)
                Write(name, text);
        }

        public void EditProject(Func<string, string> edit)
        {
            string project = Path.Combine(Directory, "hello.csproj");
            string text = File.ReadAllText(project);
            string edited = edit(text);
            Assert.NotEqual(text, edited);
            File.WriteAllText(project, edited);
        }

        public void Dispose() => PackageFeed.TryDelete(Directory);
    }
}
