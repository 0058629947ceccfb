namespace PyAot.Generator.Lowering;

/// <summary>
/// The one place that says how generated code reaches its module's state: the globals, the function objects its
/// <c>def</c>s made (and their classes and guarded call helpers), the values computed once (builtins, constants,
/// keyword-name arrays) and the code objects. Each is a static field of a class nested in the module's class today
/// (<c>Globals.x</c>, <c>Functions.f</c>, <c>Cache.k</c>, <c>Codes.f</c>); every construct asks here for the C# that
/// reads or writes one, so that making the state per interpreter (PEP 684, see docs/architecture.md, "Module state")
/// changes these methods and the classes they name, not the constructs.
/// </summary>
internal static class ModuleState
{
    /// <summary>The storage of the global whose field is <paramref name="field"/> (readable and assignable).</summary>
    public static string Global(string field) => "Globals." + field;

    /// <summary>The module's <c>__name__</c> global.</summary>
    public static string ModuleName => Global("__name__");

    /// <summary>The module's <c>__file__</c> global: the path of the .py file it was compiled from.</summary>
    public static string ModuleFile => Global("__file__");

    /// <summary>The field holding the function object a top-level <c>def</c> created last.</summary>
    public static string FunctionObject(FunctionInfo fn) => "Functions." + fn.ObjectField;

    /// <summary>The generated <c>PyFunction</c> subclass of a function.</summary>
    public static string FunctionClass(FunctionInfo fn) => "Functions." + fn.ObjectClass;

    /// <summary>The guarded direct call helper of a top-level function.</summary>
    public static string CallHelper(FunctionInfo fn) => "Functions." + fn.CallHelper;

    /// <summary>A value computed once (its field in <c>Cache</c>).</summary>
    public static string Cached(string field) => "Cache." + field;

    /// <summary>A function's code object.</summary>
    public static string Code(FunctionInfo fn) => "Codes." + fn.CodeField;
}
