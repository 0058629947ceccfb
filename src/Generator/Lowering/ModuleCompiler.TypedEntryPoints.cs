using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Analysis;

namespace PyAot.Generator.Lowering;

/// <summary>
/// C# calling Python with C# types: a module whose top-level functions are annotated gets a nested class
/// <c>Typed</c> with one method per such function, its parameters and result of the C# types the annotations name
/// (<see cref="InteropType"/>). Each imports the module (once), calls the function the module binds to that name now,
/// as a Python caller would (a decorator or a rebinding is honoured), and converts at the boundary; a Python exception
/// reaches the C# caller as the .NET <c>PyException</c> that carries it.
/// </summary>
internal sealed partial class ModuleCompiler
{
    private const string TypedClass = "Typed";

    private void EmitTypedEntryPoints(CodeWriter w)
    {
        if (ClassName == TypedClass)
            return;
        var entries = UniqueDefs.Values.Where(fn => fn.Node is FunctionDef)
            .OrderBy(fn => fn.Node.Lineno)
            .Select(TypedEntry).Where(e => e is not null).ToList();
        if (entries.Count == 0)
            return;
        w.Line();
        w.Line("/// <summary>The module's annotated functions, with the C# types their annotations name (PyAot.Runtime.Interop converts");
        w.Line("/// at the boundary). Each imports the module first, then calls what the module binds to the function's name now.</summary>");
        w.Open($"public static class {TypedClass}");
        bool first = true;
        foreach (var entry in entries)
        {
            if (!first)
                w.Line();
            first = false;
            foreach (var line in entry!)
                w.Line(line);
        }
        w.Close();
    }

    /// <summary>The lines of one function's typed entry point; null when its signature has no C# form (no annotation
    /// that names a C# type, or a default that is not a constant of its parameter's type).</summary>
    private List<string>? TypedEntry(FunctionInfo fn)
    {
        var def = (FunctionDef)fn.Node;
        var args = def.Args.Args;
        var types = args.Select(a => InteropType.Of(a.Annotation)).ToList();
        var result = def.Returns is Constant { Value: null } ? null : InteropType.Of(def.Returns);
        if (types.All(t => t.IsValue) && result is { IsValue: true })
            return null;
        var parameters = new List<string>();
        var names = new NameAllocator(new[] { TypedClass });
        int firstDefault = args.Count - def.Args.Defaults.Count;
        var arguments = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string name = names.Allocate(CsNames.SanitizeIdentifier(args[i].Name));
            string parameter = $"{types[i].Argument} {EscapeKeyword(name)}";
            if (i >= firstDefault)
            {
                if (DefaultConstant(def.Args.Defaults[i - firstDefault], types[i]) is not { } constant)
                    return null;
                parameter += " = " + constant;
            }
            parameters.Add(parameter);
            arguments.Add(types[i].ToPython(EscapeKeyword(name), 0));
        }
        string call = $"Interop.Call(Import(), {CsNames.StringLiteral(fn.Name)}, [{string.Join(", ", arguments)}])";
        string method = EscapeKeyword(CsNames.SanitizeIdentifier(fn.Name));
        var lines = new List<string>();
        string summary = fn.Doc is { } doc
            ? string.Join("\n/// ", doc.Trim().Split('\n').Select(l => Escape(l.Trim())))
            : $"Python <c>def {Escape(fn.Name)}</c> (line {def.Lineno}).";
        lines.Add($"/// <summary>{summary}</summary>");
        if (result is null)
        {
            lines.Add($"public static void {method}({string.Join(", ", parameters)}) => {call};");
        }
        else
        {
            lines.Add($"public static {result.Result} {method}({string.Join(", ", parameters)}) =>");
            lines.Add($"    {result.FromPython(call, 0)};");
        }
        return lines.SelectMany(l => l.Split('\n')).ToList();
    }

    private static string EscapeKeyword(string name) => CsNames.IsKeyword(name) ? "@" + name : name;

    /// <summary>A C# constant for a default value, when it is one of the parameter's type.</summary>
    private static string? DefaultConstant(Expr value, InteropType type) => (value, type.Argument.TrimEnd('?')) switch
    {
        (Constant { Value: null }, _) when type.IsNullable || type.IsValue => type.IsValue ? null : "null",
        (Constant { Value: bool b }, "bool") => b ? "true" : "false",
        (Constant { Value: System.Numerics.BigInteger i }, "long") when i >= long.MinValue && i <= long.MaxValue => i.ToString(CultureInfo.InvariantCulture) + "L",
        (Constant { Value: long i }, "long") => i.ToString(CultureInfo.InvariantCulture) + "L",
        (Constant { Value: int i }, "long") => i.ToString(CultureInfo.InvariantCulture) + "L",
        (Constant { Value: double d }, "double") when !double.IsNaN(d) && !double.IsInfinity(d) => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        (Constant { Value: string s }, "string") => CsNames.StringLiteral(s),
        _ => null,
    };
}
