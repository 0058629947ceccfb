using System;
using System.IO;

namespace PyAot.Runtime;

/// <summary>
/// The <c>_pyaot_traceback</c> module: what PyAot's library modules <c>traceback</c> and <c>linecache</c> (written in
/// Python) need from the runtime. <c>exception_hint</c> is the hint the uncaught-exception report adds after an
/// exception's message (<see cref="TracebackHints"/>: the compiler's "Did you mean" for a NameError, the closest
/// attribute for an AttributeError), which CPython's traceback module computes from frame locals compiled code does
/// not keep; <c>source_lines</c> reads a source file as <c>linecache</c> holds it; <c>FrameType</c> is the type of
/// frame objects, for <c>types</c> (which would otherwise make a frame to read it off); <c>frame_module</c> is the
/// module a frame's code belongs to, for <c>warnings</c>, which CPython reads from the frame's <c>f_globals</c> (a
/// compiled module's globals are static fields: it has no such dictionary).
/// </summary>
public static class TracebackSupportModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("_pyaot_traceback");
        m.Add("FrameType", PyValue.FromObject(PyTypes.Frame));
        m.AddFunction("exception_hint", static (args, kw) =>
        {
            var exc = BuiltinModule.Arg1("exception_hint", args, kw);
            return PyValue.FromString(exc.Ref is PyBaseException inst ? TracebackHints.For(inst) : "");
        });
        m.AddFunction("frame_module", static (args, kw) =>
        {
            var frame = BuiltinModule.Arg1("frame_module", args, kw);
            return frame.Ref is Monitoring.PyFrame { Code.Owner: { } owner } && PyModule.OfOwner(owner) is { } module
                ? PyValue.FromObject(module)
                : PyValue.None;
        });
        m.AddFunction("source_lines", static (args, kw) =>
        {
            var name = BuiltinModule.Arg1("source_lines", args, kw);
            var list = new PyList();
            if (name.Ref is string file)
            {
                foreach (var line in Read(file))
                    list.Append(PyValue.FromString(line + "\n"));
            }
            return PyValue.FromObject(list);
        });
        return m;
    }

    /// <summary>The lines of <paramref name="file"/> as they are now (none when it cannot be read).</summary>
    private static string[] Read(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllLines(file) : Array.Empty<string>();
        }
        catch (Exception)
        {
            return Array.Empty<string>();
        }
    }
}
