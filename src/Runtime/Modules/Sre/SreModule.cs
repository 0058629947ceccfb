namespace PyAot.Runtime;

/// <summary>
/// The <c>_sre</c> module: the regular-expression engine under PyAot's <c>re</c> (a Python module of PyAot's library,
/// src/Generator/Library/re.py, whose compiler writes CPython 3.12's codes): <c>compile</c> makes a
/// <see cref="PyPattern"/> of the codes, <c>template</c> a <see cref="PySreTemplate"/>, and the case functions are the
/// ones the compiler and the engine share (<see cref="SreCharacters"/>).
/// </summary>
public static class SreModule
{
    public static readonly BuiltinModule Instance = Create();

    /// <summary>re._compile_template, which <c>sub()</c> and <c>Match.expand()</c> compile a template with (CPython's
    /// engine imports re for it; here re hands it over when it is imported: <c>_set_template_compiler</c>).</summary>
    internal static PyValue TemplateCompiler { get; private set; } = PyValue.None;

    private static BuiltinModule Create()
    {
        var m = new BuiltinModule("_sre");
        m.Add("MAGIC", PyValue.FromInt(SreConstants.Magic));
        m.Add("CODESIZE", PyValue.FromInt(SreConstants.CodeSize));
        m.Add("MAXREPEAT", PyValue.FromInt(SreConstants.MaxRepeat));
        m.Add("MAXGROUPS", PyValue.FromInt(SreConstants.MaxGroups));
        m.Add("copyright", PyValue.FromString(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        m.AddFunction("compile", PyPattern.Compile);
        m.AddFunction("template", PySreTemplate.Create);
        m.AddFunction("getcodesize", static (args, kw) =>
        {
            ArgCheck.None("getcodesize", args, kw);
            return PyValue.FromInt(SreConstants.CodeSize);
        });
        m.AddFunction("ascii_iscased", static (args, kw) => PyValue.FromBool(SreCharacters.IsCasedAscii(Character("ascii_iscased", args, kw))));
        m.AddFunction("unicode_iscased", static (args, kw) => PyValue.FromBool(SreCharacters.IsCasedUnicode(Character("unicode_iscased", args, kw))));
        m.AddFunction("ascii_tolower", static (args, kw) => PyValue.FromInt(SreCharacters.LowerAscii(Character("ascii_tolower", args, kw))));
        m.AddFunction("unicode_tolower", static (args, kw) => PyValue.FromInt(SreCharacters.LowerUnicode(Character("unicode_tolower", args, kw))));
        m.AddFunction("_set_template_compiler", static (args, kw) =>
        {
            TemplateCompiler = BuiltinModule.Arg1("_set_template_compiler", args, kw);
            return PyValue.None;
        });
        return m;
    }

    /// <summary>A character argument (an int, as CPython's <c>character: int</c> converter takes it).</summary>
    private static int Character(string name, System.ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var v = BuiltinModule.Arg1(name, args, kw);
        v = PyDerivedInstance.Unwrap(v);
        if (!(v.IsInt || v.IsBool || v.Ref is PyBigInt))
            throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        long ch = PyOps.ToIndex(v);
        // (CPython reads it as a C int; a character outside the code space is no letter and its own lower case)
        return ch is < 0 or > 0x10FFFF ? -1 : (int)ch;
    }
}
