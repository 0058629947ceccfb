using System;
using System.Linq;

namespace PyAot.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
            return Usage.Fail("no verb given");
        string[] rest = args.Skip(1).ToArray();
        return args[0] switch
        {
            "run" => RunCommand.Run(rest),
            "build" => BuildCommand.Run(rest),
            "emit" => EmitCommand.Run(rest),
            "ast" => AstCommand.Run(rest),
            "-h" or "--help" or "help" => Help(),
            _ => Usage.Fail($"unknown verb '{args[0]}'"),
        };
    }

    private static int Help()
    {
        Console.Out.WriteLine(Usage.Text);
        return 0;
    }
}
