using System;
using System.IO;
using System.Text;
using PyAot.FrontEnd;
using PyAot.FrontEnd.Ast;

namespace PyAot.Cli;

/// <summary>
/// <c>ast [--positions] FILE...</c>: for each file, "# FILE" then the tree in ast.dump format (with positions
/// when asked) or "SyntaxError: MSG (LINE:COL)" -- the same text as the reference tool cpython_ast.py prints.
/// </summary>
public static class AstCommand
{
    public static int Run(string[] args)
    {
        bool positions = false;
        int first = 0;
        if (args.Length > 0 && args[0] == "--positions")
        {
            positions = true;
            first = 1;
        }
        if (args.Length <= first)
        {
            Console.Error.WriteLine("usage: pyaot ast [--positions] FILE...");
            return 2;
        }
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        int status = 0;
        for (int i = first; i < args.Length; i++)
        {
            string path = args[i];
            stdout.WriteLine("# " + path);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stdout.WriteLine($"OSError: {e.Message}");
                status = 1;
                continue;
            }
            stdout.WriteLine(DumpOne(bytes, path, positions, out bool parsed));
            if (!parsed)
                status = 1; // as `python -m ast` fails on a syntax error
        }
        stdout.Flush();
        return status;
    }

    /// <summary>The line printed for one file's bytes; <paramref name="parsed"/>: false for a syntax error.</summary>
    public static string DumpOne(byte[] source, string path, bool positions, out bool parsed)
    {
        var result = PythonParser.Parse(source, path);
        parsed = !result.HasErrors;
        if (result.HasErrors)
        {
            var e = result.Errors[0];
            return $"SyntaxError: {e.Message} ({e.Line}:{e.Column})";
        }
        return AstDumper.Dump(result.Module, positions);
    }
}
