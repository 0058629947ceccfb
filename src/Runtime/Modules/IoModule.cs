using System;

namespace PyAot.Runtime;

/// <summary>The <c>_io</c> module under the library's <c>io.py</c> (as CPython's <c>io</c> sits on its C <c>_io</c>):
/// the concrete streams (<c>FileIO</c>, <c>BytesIO</c>, <c>StringIO</c>, the buffered classes, <c>TextIOWrapper</c>,
/// <c>IncrementalNewlineDecoder</c>), <c>open</c>, <c>open_code</c>, <c>text_encoding</c>,
/// <c>DEFAULT_BUFFER_SIZE</c>, <c>UnsupportedOperation</c> and <c>BlockingIOError</c>. The abstract bases are the
/// library's (Python classes that a program's classes derive from).</summary>
public static class IoModule
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("_io");
        m.Add("open", Rt.Builtin("open"));
        m.AddFunction("open_code", static (args, kw) =>
        {
            var a = ArgCheck.Bind("open_code", args, kw, ["path"], required: 1);
            if (a[0].Ref is not string)
                throw PyException.TypeError($"open_code() argument 'path' must be str, not {PyOps.TypeName(a[0])}");
            return Builtins.Open(new[] { a[0], PyValue.FromString("rb") }, null);
        });
        m.AddFunction("text_encoding", static (args, kw) =>
        {
            var a = ArgCheck.Bind("text_encoding", args, kw, ["encoding", "stacklevel"], required: 1);
            return a[0].IsNone ? PyValue.FromString("locale") : a[0];
        });
        m.Add("StringIO", PyValue.FromObject(PyStringIO.TypeObject));
        m.Add("BytesIO", PyValue.FromObject(PyBytesIO.TypeObject));
        m.Add("FileIO", PyValue.FromObject(PyFileIO.TypeObject));
        m.Add("BufferedReader", PyValue.FromObject(PyBuffered.ReaderType));
        m.Add("BufferedWriter", PyValue.FromObject(PyBuffered.WriterType));
        m.Add("BufferedRandom", PyValue.FromObject(PyBuffered.RandomType));
        m.Add("BufferedRWPair", PyValue.FromObject(PyBufferedRWPair.TypeObject));
        m.Add("TextIOWrapper", PyValue.FromObject(PyTextIOWrapper.TypeObject));
        m.Add("IncrementalNewlineDecoder", PyValue.FromObject(PyIncrementalNewlineDecoder.TypeObject));
        m.Add("UnsupportedOperation", PyValue.FromObject(PyTypes.UnsupportedOperation));
        m.Add("BlockingIOError", PyValue.FromObject(PyTypes.BlockingIOError));
        m.Add("DEFAULT_BUFFER_SIZE", PyValue.FromInt(PyBuffered.DefaultBufferSize));
        return m;
    }
}
