using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Analysis;

namespace PyAot.Generator.Lowering;

/// <summary>
/// C# calling Python with C# types: a module whose top-level functions or classes are annotated gets a nested class
/// <c>Typed</c>, with one method per such function and one wrapper class per such class (its constructor from
/// <c>__init__</c>, one method per annotated public method), their parameters and results of the C# types the
/// annotations name (<see cref="InteropType"/>). Each imports the module (once), calls what the module binds to the
/// name now, or the method the instance has, as a Python caller would (a decorator or a rebinding is honoured), and
/// converts at the boundary; a Python exception reaches the C# caller as the .NET <c>PyException</c> that carries it.
/// </summary>
internal static class TypedApi
{
    public const string TypedClass = "Typed";

    /// <summary>The members of a wrapper class that a Python method may not take the name of.</summary>
    private static readonly string[] WrapperMembers = { "Instance", "FromPython" };

    /// <summary>The lines of the module's <c>Typed</c> class (nested in the module class <paramref name="className"/>),
    /// or none when nothing in it is annotated. Worked out from the tree alone, so that a module that did not compile
    /// still declares it (<see cref="ModulePlaceholder"/>: C# that uses it gets no errors of its own).</summary>
    public static List<string> Lines(Module tree, string className)
    {
        var lines = new List<string>();
        if (className == TypedClass)
            return lines;
        var classes = tree.Body.OfType<ClassDef>()
            .Where(c => c.DecoratorList.Count == 0 && c.Name != TypedClass && WrappedMethods(c).Any())
            .GroupBy(c => c.Name).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        // The C# names of Typed's members (a Python name may be a C# keyword, or the same once made an identifier).
        var ids = new NameAllocator(new[] { TypedClass });
        var classIds = classes.ToDictionary(c => c.Name, c => ids.AllocateWithUnderscores(c.Name));
        var members = new List<List<string>>();
        members.AddRange(classes.Select(c => Wrapper(c, classIds)));
        members.AddRange(tree.Body.OfType<FunctionDef>()
            .GroupBy(f => f.Name).Where(g => g.Count() == 1 && !classIds.ContainsKey(g.Key)).Select(g => g.Single())
            .Where(f => !f.IsAsync).Select(f => TypedFunction(f, classIds, ids)).OfType<List<string>>());
        if (members.Count == 0)
            return lines;
        lines.Add("/// <summary>The module's annotated functions and classes, with the C# types their annotations name (PyAot.Runtime.Interop");
        lines.Add("/// converts at the boundary). Each imports the module first, then calls what the module binds to the name now.</summary>");
        lines.Add($"public static class {TypedClass}");
        lines.Add("{");
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0)
                lines.Add("");
            lines.AddRange(members[i].Select(l => l.Length == 0 ? "" : "    " + l));
        }
        lines.Add("}");
        return lines;
    }

    /// <summary>The lines of one function's typed entry point; null when its signature has no C# form (no annotation
    /// that names a C# type, or a default that is not a constant of its parameter's type).</summary>
    private static List<string>? TypedFunction(FunctionDef def, IReadOnlyDictionary<string, string> classes, NameAllocator ids)
    {
        if (Signature(def, skip: 0, classes) is not var (parameters, arguments, result) || result is { IsValue: true } && parameters.All(p => p.StartsWith("PyValue ")))
            return null;
        string call = $"Interop.Call(Import(), {CsNames.StringLiteral(def.Name)}, [{string.Join(", ", arguments)}])";
        var lines = Summary(Docstring.Of(def.Body), $"Python <c>def {CsNames.DocText(def.Name)}</c> (line {def.Lineno}).");
        lines.AddRange(Method("public static", ids.AllocateWithUnderscores(def.Name), parameters, result, call));
        return lines;
    }

    /// <summary>A class's wrapper: the instance it holds, its constructor (from <c>__init__</c>), its methods.</summary>
    private static List<string> Wrapper(ClassDef cls, IReadOnlyDictionary<string, string> classes)
    {
        string name = classes[cls.Name];
        var methodIds = new NameAllocator(WrapperMembers.Append(name.TrimStart('@')));
        string literal = CsNames.StringLiteral(cls.Name);
        var lines = Summary(Docstring.Of(cls.Body), $"Python <c>class {CsNames.DocText(cls.Name)}</c> (line {cls.Lineno}), as a C# type.");
        lines.Add($"public sealed class {name} : ITypedWrapper");
        lines.Add("{");
        var body = new List<string>
        {
            $"private {name}(PyValue instance, WrapExisting _) => Instance = instance;",
            "",
            "/// <summary>The Python object.</summary>",
            "public PyValue Instance { get; }",
            "",
            $"/// <summary>Wraps an instance of the Python class (TypeError when it is not one).</summary>",
            $"public static {name} FromPython(PyValue instance) => new(Interop.InstanceOf(Import(), {literal}, instance), default);",
        };
        var init = cls.Body.OfType<FunctionDef>().LastOrDefault(f => f.Name == "__init__");
        if (init is not null && init.DecoratorList.Count == 0 && Signature(init, skip: 1, classes) is var (ps, args, _))
        {
            body.Add("");
            body.AddRange(Summary(Docstring.Of(init.Body), $"Python <c>{CsNames.DocText(cls.Name)}(...)</c>: a new instance."));
            body.Add($"public {name}({string.Join(", ", ps)}) : this(Interop.Call(Import(), {literal}, [{string.Join(", ", args)}]), default) {{ }}");
        }
        else if (init is null && cls.Bases.Count == 0 && cls.Keywords.Count == 0)
        {
            body.Add("");
            body.Add($"/// <summary>Python <c>{CsNames.DocText(cls.Name)}()</c>: a new instance.</summary>");
            body.Add($"public {name}() : this(Interop.Call(Import(), {literal}, []), default) {{ }}");
        }
        foreach (var method in WrappedMethods(cls))
        {
            if (Signature(method, skip: 1, classes) is not var (mps, margs, result))
                continue;
            string call = $"Interop.CallMethod(Instance, {CsNames.StringLiteral(method.Name)}, [{string.Join(", ", margs)}])";
            body.Add("");
            body.AddRange(Summary(Docstring.Of(method.Body), $"Python <c>{CsNames.DocText(cls.Name)}.{CsNames.DocText(method.Name)}</c> (line {method.Lineno})."));
            body.AddRange(Method("public", methodIds.AllocateWithUnderscores(method.Name), mps, result, call));
        }
        lines.AddRange(body.Select(l => l.Length == 0 ? "" : "    " + l));
        lines.Add("}");
        return lines;
    }

    /// <summary>A class's public methods with an annotation, which its wrapper has (plain methods: no decorator).</summary>
    private static IEnumerable<FunctionDef> WrappedMethods(ClassDef cls) =>
        cls.Body.OfType<FunctionDef>().Where(f =>
            f.DecoratorList.Count == 0 && f.Args.Args.Count > 0 && !f.Name.StartsWith("_") && f.Name != cls.Name
            && !WrapperMembers.Contains(f.Name) && (f.Returns is not null || f.Args.Args.Any(a => a.Annotation is not null)))
        .GroupBy(f => f.Name).Select(g => g.Last()).Where(f => !f.IsAsync); // (a coroutine function returns a coroutine)

    /// <summary>The C# parameters, the conversions of the arguments and the result of a signature (its first
    /// <paramref name="skip"/> parameters left out: <c>self</c>); null when it has no C# form (<c>*args</c>,
    /// keyword-only or positional-only parameters, a default that is not a constant of its parameter's type).
    /// The result is null for <c>-&gt; None</c>.</summary>
    private static (List<string> Parameters, List<string> Arguments, InteropType? Result)? Signature(FunctionDef def, int skip,
        IReadOnlyDictionary<string, string> classes)
    {
        var a = def.Args;
        if (a.Posonlyargs.Count > 0 || a.Vararg is not null || a.Kwonlyargs.Count > 0 || a.Kwarg is not null || a.Args.Count < skip)
            return null;
        var args = a.Args.Skip(skip).ToList();
        int firstDefault = a.Args.Count - a.Defaults.Count - skip;
        var names = new NameAllocator(new[] { TypedClass, "Instance" });
        var parameters = new List<string>();
        var arguments = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            var type = InteropType.Of(args[i].Annotation, classes);
            string name = names.Allocate(args[i].Name);
            string parameter = $"{type.Argument} {name}";
            if (i >= firstDefault)
            {
                if (DefaultConstant(a.Defaults[i - firstDefault], type) is not { } constant)
                    return null;
                parameter += " = " + constant;
            }
            parameters.Add(parameter);
            arguments.Add(type.ToPython(name, 0));
        }
        var result = def.Returns is Constant { Value: null } ? null : InteropType.Of(def.Returns, classes);
        return (parameters, arguments, result);
    }

    private static IEnumerable<string> Method(string modifiers, string name, List<string> parameters, InteropType? result, string call)
    {
        if (result is null)
        {
            yield return $"{modifiers} void {name}({string.Join(", ", parameters)}) => {call};";
            yield break;
        }
        yield return $"{modifiers} {result.Result} {name}({string.Join(", ", parameters)}) =>";
        yield return $"    {result.FromPython(call, 0)};";
    }

    private static List<string> Summary(string? doc, string fallback)
    {
        string text = doc is not null ? string.Join("\n/// ", doc.Trim().Split('\n').Select(l => CsNames.DocText(l.Trim()))) : fallback;
        return $"/// <summary>{text}</summary>".Split('\n').ToList();
    }


    /// <summary>A C# constant for a default value, when it is one of the parameter's type.</summary>
    private static string? DefaultConstant(Expr value, InteropType type) => (value, type.Argument.TrimEnd('?')) switch
    {
        (Constant { Value: null }, _) when type.IsNullable || type.IsValue => type.IsValue ? null : "null",
        (Constant { Value: bool b }, "bool") => b ? "true" : "false",
        (Constant { Value: System.Numerics.BigInteger i }, "long") when i >= long.MinValue && i <= long.MaxValue => i.ToString(CultureInfo.InvariantCulture) + "L",
        (Constant { Value: long i }, "long") => i.ToString(CultureInfo.InvariantCulture) + "L",
        (Constant { Value: int i }, "long") => i.ToString(CultureInfo.InvariantCulture) + "L",
        (Constant { Value: double d }, "double") when !double.IsNaN(d) && !double.IsInfinity(d) => PyLiteral.RoundTripString(d) + "d",
        (Constant { Value: string s }, "string") => CsNames.StringLiteral(s),
        _ => null,
    };
}
