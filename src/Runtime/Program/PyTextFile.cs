using System;
using System.IO;

namespace PyAot.Runtime;

/// <summary>A text stream object (sys.stdout, sys.stderr) with write() and flush().</summary>
public sealed class PyTextFile(string name, Func<TextWriter> writer) : PyObject
{
    public static readonly PyTextFile Stdout = new("<stdout>", () => PyStdio.Out);
    public static readonly PyTextFile Stderr = new("<stderr>", () => PyStdio.Err);

    public TextWriter Writer => writer();

    public override PyType Type => PyTypes.TextIOWrapper;

    public override string Repr() => $"<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>";

    public override bool TryGetAttr(string attr, out PyValue value)
    {
        if (attr is "write" or "flush")
        {
            value = PyValue.FromObject(new PyBuiltinMethod(PyValue.FromObject(this), attr));
            return true;
        }
        return base.TryGetAttr(attr, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        switch (method)
        {
            case "write":
                ArgCheck.ExactlyOne("write", args, kwNames);
                if (args[0].Ref is not string s)
                    throw PyException.TypeError($"write() argument must be str, not {PyOps.TypeName(args[0])}");
                Writer.Write(s);
                result = PyValue.FromInt(s.Length);
                return true;
            case "flush":
                Writer.Flush();
                result = PyValue.None;
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }
}
