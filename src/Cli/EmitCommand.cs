using System;
using System.IO;

namespace PyAot.Cli;

/// <summary>`emit FILE.py`: prints the C# the generator produces for the program's modules.</summary>
public static class EmitCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1)
            return Usage.Fail("emit needs exactly one FILE.py");
        var sources = PythonSources.Beside(args[0]);
        var build = RunCommand.Compile(sources);
        bool several = build.GeneratedSources.Length > 1;
        foreach (var (hint, source) in build.GeneratedSources)
        {
            if (several)
                Console.Out.WriteLine("// ===== " + hint);
            Console.Out.Write(source);
        }
        return build.Succeeded ? 0 : CompileErrors.Report(build);
    }
}
