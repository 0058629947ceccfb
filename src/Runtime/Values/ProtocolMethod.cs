namespace PyAot.Runtime;

/// <summary>A protocol method in a runtime type's dict (<c>with</c>, <c>iter</c>, <c>os.fspath</c> look there), calling
/// the object's own <see cref="PyObject.TryCallMethod"/>.</summary>
internal static class ProtocolMethod
{
    public static PyValue For(string name, string typeName) =>
        PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
            args.Length > 0 && args[0].Ref is PyObject self && self.TryCallMethod(name, args[1..], kw, out var result)
                ? result
                : throw PyException.TypeError($"descriptor '{name}' requires a '{typeName}' object")) { BindsSelf = true });
}
