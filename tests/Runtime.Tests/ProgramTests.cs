using System;
using System.IO;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

public class ProgramTests
{
    private static (int Code, string Out, string Err) Run(Action main)
    {
        var savedOut = PyStdio.Out;
        var savedErr = PyStdio.Err;
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        PyStdio.Out = o;
        PyStdio.Err = e;
        try
        {
            int code = PyProgram.Run(main, new[] { "a1" }, "prog.py");
            return (code, o.ToString(), e.ToString());
        }
        finally
        {
            PyStdio.Out = savedOut;
            PyStdio.Err = savedErr;
        }
    }

    [Fact]
    public void UncaughtExceptionPrintsTracebackAndExits1()
    {
        var r = Run(() =>
        {
            Builtins.Print(new[] { PyValue.FromString("before") });
            throw PyException.ValueError("bad");
        });
        Assert.Equal(1, r.Code);
        Assert.Equal("before\n", r.Out);
        // (raised by C# with no Python frame: an empty traceback, which CPython prints without its header)
        Assert.Equal("ValueError: bad\n", r.Err);
    }

    [Fact]
    public void NetExceptionIsReportedAsSystemErrorNotACrash()
    {
        var r = Run(() => throw new InvalidOperationException("boom"));
        Assert.Equal(1, r.Code);
        Assert.EndsWith("SystemError: internal error in PyAot's runtime: InvalidOperationException: boom\n", r.Err);
    }

    [Fact]
    public void SysArgv()
    {
        var r = Run(() => Builtins.Print(new[] { PyValue.FromObject(PySys.Argv) }));
        Assert.Equal("['prog.py', 'a1']\n", r.Out);
    }

    [Fact]
    public void SystemExitCodes()
    {
        Assert.Equal(3, Run(() => throw PyException.SystemExit(PyValue.FromInt(3))).Code);
        Assert.Equal(0, Run(() => throw PyException.SystemExit(default)).Code);
        Assert.Equal(0, Run(() => throw PyException.SystemExit(PyValue.None)).Code);
        var r = Run(() => throw PyException.SystemExit(PyValue.FromString("bye")));
        Assert.Equal((1, "bye\n"), (r.Code, r.Err));
    }

    [Fact]
    public void ChainedExceptions()
    {
        var r = Run(() =>
        {
            try
            {
                throw PyException.KeyError(PyValue.FromString("k"));
            }
            catch (PyException inner)
            {
                var outer = PyException.RuntimeError("wrapped");
                outer.Instance.Context = inner.Value;
                throw outer;
            }
        });
        Assert.Equal("KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n"
            + "RuntimeError: wrapped\n", r.Err);
    }

    [Fact]
    public void PythonFramesComeFromLineDirectives()
    {
        PyFrames.RegisterCodes();
        var r = Run(PyFrames.Outer);
        // The C# compiler makes #line paths absolute; compare the file names.
        string err = System.Text.RegularExpressions.Regex.Replace(r.Err, "File \"[^\"]*[/\\\\]", "File \"");
        Assert.Equal("Traceback (most recent call last):\n  File \"demo.py\", line 2, in Outer\n  File \"demo.py\", line 5, in Inner\nZeroDivisionError: division by zero\n", err);
    }
}

internal static class PyFrames
{
    private static PyCode[]? s_codes;

    /// <summary>Frames are named by the code object whose definition spans their line (as generated modules do).</summary>
    public static void RegisterCodes() => s_codes ??= new[]
    {
        new PyCode("Outer", "Outer", "demo.py", 1, System.Array.Empty<string>(), endLineNo: 2),
        new PyCode("Inner", "Inner", "demo.py", 4, System.Array.Empty<string>(), endLineNo: 5),
    };

    public static void Outer()
    {
#line 2 "demo.py"
        Inner();
#line default
    }

    private static void Inner()
    {
#line 5 "demo.py"
        PyOps.TrueDiv(PyValue.FromInt(1), PyValue.FromInt(0));
#line default
    }
}
