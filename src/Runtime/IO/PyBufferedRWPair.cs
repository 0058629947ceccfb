using System;

namespace PyAot.Runtime;

/// <summary><c>io.BufferedRWPair(reader, writer, buffer_size)</c>: a <c>BufferedReader</c> over one raw stream and a
/// <c>BufferedWriter</c> over another, as one object (bufferedio.c's bufferedrwpair).</summary>
public sealed class PyBufferedRWPair : PyIOObject
{
    public static readonly PyType TypeObject = WithProtocol(new("BufferedRWPair", PyTypes.Object) { Module = "_io", TpName = "_io.BufferedRWPair", Constructor = Construct });

    private static readonly string[] Methods =
    {
        "read", "read1", "readinto", "readinto1", "readline", "readlines", "peek", "write", "writelines", "flush",
        "close", "detach", "fileno", "isatty", "readable", "writable", "seekable", "seek", "tell", "truncate",
        "__enter__", "__exit__", "__iter__", "__next__",
    };

    private readonly PyBuffered _reader, _writer;

    private PyBufferedRWPair(PyBuffered reader, PyBuffered writer)
    {
        _reader = reader;
        _writer = writer;
    }

    public override PyType Type => TypeObject;

    protected override string[] MethodNames => Methods;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("BufferedRWPair", kw);
        if (args.Length is < 2 or > 3)
            throw PyException.TypeError($"BufferedRWPair expected {(args.Length < 2 ? "at least 2" : "at most 3")} arguments, got {args.Length}");
        var size = args.Length > 2 ? args[2] : PyValue.FromInt(PyBuffered.DefaultBufferSize);
        var reader = (PyBuffered)PyOps.Call(PyValue.FromObject(PyBuffered.ReaderType), new[] { args[0], size }, null).Ref!;
        var writer = (PyBuffered)PyOps.Call(PyValue.FromObject(PyBuffered.WriterType), new[] { args[1], size }, null).Ref!;
        return PyValue.FromObject(new PyBufferedRWPair(reader, writer));
    }

    public override bool IsClosed => _writer.IsClosed;

    protected override void CheckOpen()
    {
        if (IsClosed)
            throw ClosedError();
    }

    protected override PyValue ReadLineValue(long limit) => PyValue.FromObject(new PyBytes(_reader.ReadLine(limit)));

    protected override void CloseCore()
    {
        try
        {
            _writer.Close();
        }
        finally
        {
            _reader.Close();
        }
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "read" or "read1" or "readinto" or "readinto1" or "readline" or "peek" or "readable":
                result = PyOps.CallMethod(PyValue.FromObject(_reader), method, args.ToArray(), kwNames);
                return true;
            case "write" or "flush" or "writable":
                result = PyOps.CallMethod(PyValue.FromObject(_writer), method, args.ToArray(), kwNames);
                return true;
            case "seekable":
                ArgCheck.None(method, args, kwNames);
                result = PyValue.False;
                return true;
            case "isatty":
                ArgCheck.None(method, args, kwNames);
                result = PyValue.FromBool(PyOps.IsTrue(PyOps.CallMethod(PyValue.FromObject(_writer), "isatty")) || PyOps.IsTrue(PyOps.CallMethod(PyValue.FromObject(_reader), "isatty")));
                return true;
            case "close":
                ArgCheck.None(method, args, kwNames);
                CloseCore();
                return true;
            case "seek" or "tell" or "fileno":
                throw Unsupported(method);
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }

    public override string Repr() => $"<_io.BufferedRWPair object at {Address(this)}>";
}
