using System;
using System.IO;
using System.Text;

namespace PyAot.Runtime;

/// <summary>
/// The program's stdout and stderr. stdout is buffered like CPython's when it is not a terminal (flushed at exit
/// and before anything goes to stderr); UTF-8 without BOM, "\n" line ends.
/// </summary>
public static class PyStdio
{
    private static TextWriter? _out;
    private static TextWriter? _err;
    private static bool _hooked;

    /// <summary>What <c>sys.stdout</c> holds once a program rebound it to another object than the original (unbound:
    /// deleted), which print() without <c>file=</c> writes to; null while it holds the original.</summary>
    public static PyValue? StdoutRebound { get; set; }

    public static TextWriter Out
    {
        get => _out ??= CreateOut();
        set => _out = value;
    }

    public static TextWriter Err
    {
        get
        {
            Out.Flush();
            return _err ??= new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        }
        set => _err = value;
    }

    private static TextWriter CreateOut()
    {
        if (!_hooked)
        {
            _hooked = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Flush();
        }
        bool terminal = !Console.IsOutputRedirected;
        return new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = terminal, NewLine = "\n" };
    }

    public static void Flush()
    {
        PyIOObject.FlushOpenFiles();
        try
        {
            _out?.Flush();
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A line from stdin without its line end, or null at end of input.</summary>
    public static string? ReadLine()
    {
        Flush();
        return Console.In.ReadLine();
    }
}
