using System;

namespace PyAot.Cli;

internal static class Usage
{
    public const string Text = """
        usage: pyaot VERB ...
          run FILE.py [ARGS...]            compile FILE.py (and the modules beside it) and run it
          build FILE.py -o DIR [--aot]     make DIR/<stem>, a program (with --aot, a NativeAOT native binary)
          emit FILE.py                     print the generated C#
          ast [--positions] FILE...        print CPython's ast.dump of each file
        build and emit take --no-monitoring: PEP 669 instrumentation compiled out.
        """;

    public static int Fail(string message)
    {
        Console.Error.WriteLine("pyaot: " + message);
        Console.Error.WriteLine(Text);
        return 2;
    }
}
