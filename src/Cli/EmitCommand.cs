using System;
using System.IO;

namespace PyAot.Cli;

/// <summary>`emit [--no-monitoring] FILE.py`: prints the C# the generator produces for the program's modules
/// (--no-monitoring: as a project with <c>&lt;PyAotMonitoring&gt;false&lt;/PyAotMonitoring&gt;</c> builds them).</summary>
public static class EmitCommand
{
    public static int Run(string[] args)
    {
        bool monitoring = !(args.Length == 2 && args[0] == "--no-monitoring");
        if (args.Length != (monitoring ? 1 : 2))
            return Usage.Fail("emit needs exactly one FILE.py");
        var sources = PythonSources.Beside(args[^1]);
        var build = RunCommand.Compile(sources, monitoring);
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
