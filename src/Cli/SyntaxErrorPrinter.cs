using System;
using System.IO;
using PyAot.FrontEnd;

namespace PyAot.Cli;

/// <summary>Prints a syntax error the way CPython 3.12 does when a script fails to parse.</summary>
public static class SyntaxErrorPrinter
{
    public static void Print(TextWriter w, string path, string source, PySyntaxError error)
    {
        w.WriteLine($"  File \"{path}\", line {error.Line}");
        string[] lines = source.Replace("\r\n", "\n").Split('\n');
        if (error.Line >= 1 && error.Line <= lines.Length)
        {
            // As traceback.format_exception_only: strip the line's indentation, keep the caret aligned.
            string rtext = lines[error.Line - 1].TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            w.WriteLine("    " + ltext);
            int offset = Math.Min(error.Column, rtext.Length + 1);
            int end = error.EndLine == error.Line && error.EndColumn > 0 ? Math.Min(error.EndColumn, rtext.Length + 1) : offset;
            if (offset >= end)
                end = offset + 1;
            int col = offset - 1 - spaces;
            if (col >= 0)
            {
                var caretSpace = new char[col];
                for (int i = 0; i < col; i++)
                    caretSpace[i] = i < ltext.Length && char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ';
                w.WriteLine("    " + new string(caretSpace) + new string('^', end - offset));
            }
        }
        w.WriteLine($"{error.Kind}: {error.Message}");
    }
}
