using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace PyAot.FrontEnd.Tests;

/// <summary>
/// Finds a CPython 3.12 to compare against: the interpreter named by PYAOT_CPYTHON, else "python3" on PATH
/// (with PYENV_VERSION=3.12.1 honoured by pyenv shims). Tests that need it are skipped, with the reason shown,
/// when it is absent.
/// </summary>
internal static class CPython
{
    private static readonly Lazy<string?> Interpreter = new(Find);

    public static string? Path => Interpreter.Value;

    public const string SkipReason = "CPython 3.12 not found: set PYAOT_CPYTHON to a python3.12 executable to run this test";

    // Same output as the project's reference tool (cpython_ast.py): per file, "# FILE" then the dump line.
    private const string DumpScript = @"
import ast, os, sys, warnings
def dump(path, attributes):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            tree = ast.parse(source, path)
    except SyntaxError as e:
        return f'SyntaxError: {e.msg} ({e.lineno}:{e.offset})'
    except ValueError as e:
        return f'ValueError: {e}'
    return ast.dump(tree, include_attributes=attributes)
if sys.argv[1] == 'stdlib':
    root = os.path.dirname(ast.__file__)
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in ('site-packages', '__pycache__'))
        for name in sorted(files):
            if name.endswith('.py'):
                print(os.path.join(d, name))
else:
    sys.stdout.reconfigure(encoding='utf-8', errors='surrogateescape')
    for line in sys.stdin:
        path = line.rstrip('\n')
        print('# ' + path)
        print(dump(path, sys.argv[1] == 'positions'))
";

    private static string? Find()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("PYAOT_CPYTHON"), "python3.12", "python3" })
        {
            if (string.IsNullOrEmpty(candidate))
                continue;
            try
            {
                var (code, output) = Run(candidate!, new[] { "-c", "import sys; print(sys.version_info[:2] == (3, 12))" }, null);
                if (code == 0 && output.Trim() == "True")
                    return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }
        return null;
    }

    public static (int Code, string Output) Run(string exe, string[] args, string? stdin)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        if (Environment.GetEnvironmentVariable("PYENV_VERSION") is null)
            psi.Environment["PYENV_VERSION"] = "3.12.1";
        using var p = Process.Start(psi)!;
        // Feed stdin while reading stdout: either pipe filling up must not deadlock the two processes.
        var writer = stdin is null ? null : System.Threading.Tasks.Task.Run(() =>
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        });
        string output = p.StandardOutput.ReadToEnd();
        writer?.Wait();
        p.WaitForExit();
        return (p.ExitCode, output);
    }

    public static List<string> StdlibFiles()
    {
        var (_, output) = Run(Path!, new[] { "-c", DumpScript, "stdlib" }, null);
        return new List<string>(output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>CPython's dump line for each file (positions included when asked).</summary>
    public static Dictionary<string, string> Dumps(IReadOnlyList<string> files, bool positions)
    {
        var (_, output) = Run(Path!, new[] { "-c", DumpScript, positions ? "positions" : "dump" }, string.Join("\n", files) + "\n");
        var result = new Dictionary<string, string>();
        using var reader = new StringReader(output);
        string? current = null;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (current is null && line.StartsWith("# ", StringComparison.Ordinal))
                current = line.Substring(2);
            else if (current is not null)
            {
                result[current] = line;
                current = null;
            }
        }
        return result;
    }
}
