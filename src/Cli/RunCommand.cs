using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using PyAot.FrontEnd;

namespace PyAot.Cli;

/// <summary>`run FILE.py [ARGS...]`: compiles the program in memory through the generator (or takes it from the
/// <see cref="RunCache"/>, when nothing changed since it was compiled) and runs it in this process.</summary>
public static class RunCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
            return Usage.Fail("run needs a FILE.py");
        string mainFile = Path.GetFullPath(args[0]);
        if (!File.Exists(mainFile))
        {
            Console.Error.WriteLine($"pyaot: can't open file '{args[0]}': [Errno 2] No such file or directory");
            return 2;
        }
        // A script that does not parse fails as CPython's does, before anything runs.
        string source = File.ReadAllText(mainFile);
        var parse = PythonParser.Parse(source, mainFile);
        if (parse.HasErrors)
        {
            SyntaxErrorPrinter.Print(Console.Error, mainFile, source, parse.Errors[0]);
            return 1;
        }

        var sources = PythonSources.Beside(mainFile);
        var files = sources.Read();
        string mainModule = sources.MainModule;
        // An unchanged program (same sources, same compiler) runs from the cache, without compiling again.
        var cache = RunCache.For(files, sources.Root, mainModule, monitoring: true);
        if (cache is null || !cache.TryLoad(out var image, out var pdb))
        {
            var build = InMemoryBuild.Compile(files, sources.Root, mainModule);
            if (!build.Succeeded)
                return CompileErrors.Report(build);
            (image, pdb) = (build.Assembly!, build.Pdb!);
            cache?.Store(image, pdb);
        }

        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image), new MemoryStream(pdb));
        var entry = assembly.EntryPoint!;
        string[] programArgs = new[] { args[0] }.Concat(args.Skip(1)).ToArray();
        return (int)entry.Invoke(null, new object[] { programArgs })!;
    }

    internal static InMemoryBuild.Result Compile(PythonSources sources, bool monitoring = true) =>
        InMemoryBuild.Compile(sources.Read(), sources.Root, sources.MainModule, monitoring);
}
