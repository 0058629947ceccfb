using System;

namespace PyAot.Runtime;

/// <summary>
/// Puts methods that a runtime object answers through <see cref="PyObject.TryCallMethod"/> in its type's dict as well,
/// so that they can be read from the type as CPython's method descriptors can: <c>hasattr(type(x), '__await__')</c>
/// (what <c>inspect.isawaitable</c> and <c>collections.abc</c> ask), <c>type(g).__anext__(g)</c>.
/// </summary>
internal static class RuntimeTypeMethods
{
    public static PyType WithMethods(this PyType type, params string[] names)
    {
        foreach (string name in names)
        {
            type.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) =>
            {
                if (args.Length == 0 || args[0].Ref is not PyObject self || !PyOps.TypeOf(args[0]).IsSubtypeOf(type))
                {
                    throw PyException.TypeError(args.Length == 0
                        ? $"descriptor '{name}' of '{type.Name}' object needs an argument"
                        : $"descriptor '{name}' for '{type.Name}' objects doesn't apply to a '{PyOps.TypeName(args[0])}' object");
                }
                if (self.TryCallMethod(name, args[1..], kw, out var result))
                    return result;
                throw PyException.AttributeError($"'{type.TpName}' object has no attribute '{name}'");
            }) { BindsSelf = true, MethodOf = type });
        }
        return type;
    }
}
