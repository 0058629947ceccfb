namespace PyAot.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        System.Console.Error.WriteLine("usage: pyaot run FILE.py [ARGS...] | build FILE.py -o DIR [--aot] | emit FILE.py | ast [--positions] FILE...");
        return 2;
    }
}
