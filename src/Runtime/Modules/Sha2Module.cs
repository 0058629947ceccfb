using System;
using System.Security.Cryptography;

namespace PyAot.Runtime;

/// <summary>The <c>_sha2</c> module, as far as PyAot's library needs it: <c>sha512</c> (what <c>random.seed</c> hashes
/// a str or bytes seed with), with <c>update</c>, <c>digest</c>, <c>hexdigest</c>, <c>copy</c>, <c>name</c>,
/// <c>digest_size</c> and <c>block_size</c>.</summary>
public static class Sha2Module
{
    public static readonly BuiltinModule Instance = Create();

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("_sha2");
        m.Add("sha512", PyValue.FromObject(PySha512.TypeObject));
        return m;
    }
}

/// <summary>A SHA-512 hash object (<c>_sha2.sha512</c>): the data fed so far, hashed when a digest is asked for.</summary>
public sealed class PySha512 : PyObject
{
    public static readonly PyType TypeObject = new("sha512", PyTypes.Object) { Module = "_sha2", TpName = "_sha2.SHA512Type", Constructor = Construct, IsBaseType = false };

    private static readonly string[] Parameters = { "string", "usedforsecurity" };

    private static readonly string[] Methods = { "update", "digest", "hexdigest", "copy" };

    private System.IO.MemoryStream _data = new();

    public override PyType Type => TypeObject;

    private static PyValue Construct(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (args.Length - (kw?.Length ?? 0) > 1)
            throw PyException.TypeError($"sha512() takes at most 1 positional argument ({args.Length - (kw?.Length ?? 0)} given)");
        var a = ArgCheck.Bind("sha512", args, kw, Parameters, required: 0);
        var h = new PySha512();
        if (!a[0].IsUnbound)
            h.Update(a[0]);
        return PyValue.FromObject(h);
    }

    private void Update(PyValue data)
    {
        if (data.IsString)
            throw PyException.TypeError("Strings must be encoded before hashing");
        if (!BytesLike.TryGetSpan(data, out var b))
            throw PyException.TypeError($"object supporting the buffer API required");
        _data.Write(b);
    }

    private byte[] Digest() => SHA512.HashData(_data.GetBuffer().AsSpan(0, (int)_data.Length));

    public override bool TryGetAttr(string name, out PyValue value)
    {
        switch (name)
        {
            case "name":
                value = PyValue.FromString("sha512");
                return true;
            case "digest_size":
                value = PyValue.FromInt(64);
                return true;
            case "block_size":
                value = PyValue.FromInt(128);
                return true;
        }
        return TryBindMethod(name, Methods, out value) || base.TryGetAttr(name, out value);
    }

    public override bool TryCallMethod(string method, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = PyValue.None;
        switch (method)
        {
            case "update":
                ArgCheck.ExactlyOne("update", args, kwNames);
                Update(args[0]);
                return true;
            case "digest":
                ArgCheck.None("digest", args, kwNames);
                result = PyValue.FromObject(new PyBytes(Digest()));
                return true;
            case "hexdigest":
                ArgCheck.None("hexdigest", args, kwNames);
                result = PyValue.FromString(Convert.ToHexString(Digest()).ToLowerInvariant());
                return true;
            case "copy":
                ArgCheck.None("copy", args, kwNames);
                var copy = new PySha512();
                copy._data.Write(_data.GetBuffer().AsSpan(0, (int)_data.Length));
                result = PyValue.FromObject(copy);
                return true;
        }
        return base.TryCallMethod(method, args, kwNames, out result);
    }
}
