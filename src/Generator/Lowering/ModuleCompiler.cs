using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Threading;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Diagnostics;
using PyAot.Generator.Analysis;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Model;

namespace PyAot.Generator.Lowering;

/// <summary>What the lowering knows about one function: a <c>def</c> or a <c>lambda</c>, at module level or nested.</summary>
internal sealed class FunctionInfo
{
    public FunctionInfo(Node node, Scope scope)
    {
        Node = node;
        Scope = scope;
    }

    /// <summary>The <see cref="FunctionDef"/> or <see cref="Lambda"/>.</summary>
    public Node Node { get; }
    public Scope Scope { get; }
    public string Name => Node is FunctionDef f ? f.SourceName : "<lambda>";
    public Arguments Args => Node is FunctionDef f ? f.Args : ((Lambda)Node).Args;
    public List<Expr> Decorators => Node is FunctionDef f ? f.DecoratorList : new List<Expr>();

    /// <summary>An <c>async def</c>, or an asynchronous generator expression: its body is a coroutine's state machine.</summary>
    public bool IsCoroutine => Node is FunctionDef { IsAsync: true } || IsAsyncGeneratorExpression;

    /// <summary>An <c>async def</c> with <c>yield</c>, or an asynchronous generator expression: its object is an async generator.</summary>
    public bool IsAsyncGenerator => IsCoroutine && Scope.IsGenerator;

    /// <summary>A generator expression with an <c>async for</c> or an <c>await</c> in its own code (PEP 530).</summary>
    public bool IsAsyncGeneratorExpression => Node is GeneratorExp ge && (_asyncGeneratorExpression ??= Analysis.AsyncComprehension.Is(ge));

    private bool? _asyncGeneratorExpression;

    /// <summary>Its body is a resumable state machine (<c>BodyLowerer.LowerGenerator</c>): a generator or a coroutine.</summary>
    public bool IsResumable => Scope.IsGenerator || IsCoroutine;

    /// <summary>A <c>def</c> directly in the module: exposed as a public static method, called through guarded direct calls.</summary>
    public bool IsTopLevel { get; set; }

    /// <summary>The static method holding the body (top-level: the Python name, '@'-escaped, '_'-suffixed on clashes).</summary>
    public string MethodName { get; set; } = "";
    /// <summary>Field of the <c>Functions</c> class holding the object the last execution of this def created (top-level only).</summary>
    public string ObjectField { get; set; } = "";
    /// <summary>The generated function class (derives from <c>PyFunction</c>).</summary>
    public string ObjectClass { get; set; } = "";
    /// <summary>The guarded call helper (<c>Functions.X_Call(function, args...)</c>).</summary>
    public string CallHelper { get; set; } = "";
    /// <summary>Field of <c>Codes</c> holding this function's code object.</summary>
    public string CodeField { get; set; } = "";
    /// <summary>Every parameter in order: positional-only, positional, *args, keyword-only, **kwargs.</summary>
    public List<string> Parameters { get; } = new();
    public int PosOnlyCount => Args.Posonlyargs.Count;
    /// <summary>Positional parameters (positional-only included).</summary>
    public int PositionalCount => Args.Posonlyargs.Count + Args.Args.Count;
    public int KwOnlyCount => Args.Kwonlyargs.Count;
    public bool HasVarArgs => Args.Vararg is not null;
    public bool HasVarKeywords => Args.Kwarg is not null;
    /// <summary>Only plain positional parameters (with or without defaults): exposed, called directly, fast-path bound.</summary>
    public bool IsSimple => PosOnlyCount == 0 && !HasVarArgs && KwOnlyCount == 0 && !HasVarKeywords;
    public int DefaultCount => Args.Defaults.Count;
    public int RequiredCount => PositionalCount - DefaultCount;
    /// <summary>Positional argument counts the module calls the function with (a call helper each).</summary>
    public SortedSet<int> CallArities { get; } = new();
    public string? Doc { get; set; }

    /// <summary>Variables of enclosing functions this function uses (its closure): one cell field each.</summary>
    public List<string> FreeVars { get; } = new();
    /// <summary>Name of the closure parameter of a nested function's static method (the function object).</summary>
    public string? ClosureParam { get; set; }

    public static string CellField(string name) => "cell_" + CsNames.SanitizeIdentifier(name);
}

/// <summary>
/// Lowers one parsed module to the text of its C# class.
/// <para>Generated shape (namespace <c>PyAot.Modules</c>, one <c>public static partial class</c> per module):</para>
/// <list type="bullet">
/// <item><c>Run(args, scriptName)</c> runs the module as <c>__main__</c> (named Run, not Main, so it is never a C# entry-point candidate); <c>Import()</c> runs it once as an imported module.</item>
/// <item><c>ModuleBody()</c>: the module's statements (the name the runtime's traceback shows as &lt;module&gt;). Module globals are static fields of the nested <c>Globals</c> class
/// (<c>default</c> = unbound).</item>
/// <item>Each module-level <c>def</c> is a <c>public static PyValue name(PyValue a, ...)</c> method; the function
/// object the <c>def</c> creates is a generated sealed <c>PyFunction</c> subclass (nested in <c>Functions</c>) whose
/// <c>Call</c> binds arguments and calls that method. A call <c>f(x)</c> to a module function compiles to
/// <c>Functions.f_Call(&lt;global f&gt;, x)</c>: when the global still holds the object the <c>def</c> made, the
/// static method is called directly, else the generic call protocol is used.</item>
/// <item><c>Cache</c> holds builtins looked up once, big int constants and keyword-name arrays; <c>Codes</c>
/// holds one code object per function.</item>
/// <item>Nested functions and lambdas: a private static method taking the function object (its closure) first.
/// A local that a nested function captures lives in a <c>PyCell</c> (C# local <c>x_cell</c>); the nested
/// function's object holds the cells as fields (<c>closure.cell_x</c>). Everything else stays a plain C# local.</item>
/// <item>Functions with *args, keyword-only, **kwargs or positional-only parameters get one C# parameter per
/// Python parameter (the tuple/dict for *args/**kwargs) and are always called through <c>PyFunction.Call</c>.</item>
/// <item>try/except: one C# catch of <c>PyException</c> testing the except clauses in order (rethrow when none
/// matches); finally is C#'s finally.</item>
/// </list>
/// <para>
/// PEP 669 (sys.monitoring): every function has a <c>PyCode</c> with a process-wide <c>Id</c>, and every event
/// point of a body (function start, statement, call, return, yield, raise, branch, back-edge) is written through
/// <see cref="Emitter"/>, which calls the <see cref="Instrumentation.Instrumenter"/> given here (<see cref="Instrumentation.Instrumenter.None"/>
/// by default): a monitoring instrumenter adds its one-bit test at each.
/// </para>
/// </summary>
internal sealed partial class ModuleCompiler
{
    public static readonly string[] ReservedMembers =
    {
        "Run", "Import", "ModuleBody", "Globals", "Functions", "Cache", "Codes", "ModuleObject", "GetGlobal",
        "SetGlobal", "GlobalNames", "Execute", "ModuleName", "Points", TypedApi.TypedClass,
    };

    /// <summary>Identifiers the generated code uses unqualified inside method bodies: Python names avoid them.</summary>
    public static readonly string[] ReservedInBodies = new[]
    {
        "Globals", "Functions", "Cache", "Codes", "PyOps", "PyValue", "Builtins", "PyList", "PyTuple", "PyDict",
        "PySet", "PyException", "Rt", "RangeLoop", "IterLoop", "DroppedGenerators", "PyIterator", "PyGenerator", "PyFunction", "PyModule", "PyCode", "System",
        "ReferenceEquals", "PyProgram", "ReadOnlySpan", "MatchRt", "Array", "ClassNamespace", "PyCell", "FloatSpec", "IntSpec", "ValueTags", "BitConverter", "_", "AttrSites", "Instrument", "Points", "RuntimeHelpers",
    }.Concat(Instrumentation.MonitoringInstrumenter.ReservedLocals).ToArray();

    private readonly NameAllocator _members;
    private readonly NameAllocator _globalFields;
    private readonly NameAllocator _functionMembers;
    private readonly NameAllocator _cacheMembers;
    private readonly NameAllocator _codeMembers;
    private readonly List<string> _cacheDecls = new();
    private readonly Dictionary<string, string> _cacheByKey = new();
    private readonly List<FunctionInfo> _functionList = new();

    /// <summary><c>from __future__ import annotations</c> (PEP 563): annotations are stored as their source text.</summary>
    public bool FutureAnnotations { get; init; }

    public ModuleCompiler(ModuleInput input, Module tree, SymbolTable table, SourceMap map, ImportResolver imports, CancellationToken ct,
        Instrumentation.Instrumenter? instrumenter = null)
    {
        Instrumenter = instrumenter ?? Instrumentation.Instrumenter.None;
        Imports = imports;
        Input = input;
        Tree = tree;
        Table = table;
        Map = map;
        Ct = ct;
        ClassName = ModuleNaming.ClassName(input.ModuleName);
        _members = new NameAllocator(ReservedMembers.Concat(ReservedInBodies)
            .Concat(new[] { ClassName, ClassName.TrimStart('@'), "ReadOnlySpan", "Array", "MethodImpl", "MethodImplOptions", "Span" }));
        // Names the glue inside each nested class uses unqualified are kept away from Python names.
        var glue = new[] { "PyValue", "PyOps", "Rt", "PyFunction", "PyCode", "ReferenceEquals", "ReadOnlySpan", "MethodImpl",
            "MethodImplOptions", "ModuleName", "Codes", "Array", "System", "Globals", "Functions", "Cache", "Instrument", "Points" };
        _globalFields = new NameAllocator(glue);
        _functionMembers = new NameAllocator(glue);
        _cacheMembers = new NameAllocator(glue);
        _codeMembers = new NameAllocator(glue);
        ProjectModules = new HashSet<string>(input.ProjectModules);
    }

    public ModuleInput Input { get; }
    /// <summary>What observes the compiled code's event points (<see cref="Instrumentation.Instrumenter.None"/>: nothing).</summary>
    public Instrumentation.Instrumenter Instrumenter { get; }
    public ImportResolver Imports { get; }
    public Module Tree { get; }
    public SymbolTable Table { get; }
    public SourceMap Map { get; }

    /// <summary>The "Did you mean" of a NameError the compiled code raises (made when the first is needed).</summary>
    public NameErrorHints NameErrorHints => _nameErrorHints ??= new NameErrorHints(Table);
    private NameErrorHints? _nameErrorHints;

    /// <summary>Typed twins of pure int/float functions (see <see cref="TypedTwins"/>).</summary>
    public TypedTwins Twins { get; private set; } = null!;
    public CancellationToken Ct { get; }
    public string ClassName { get; }

    /// <summary><c>global::PyAot.Modules.X</c>: how glue code names the module class (a nested member may share its name).</summary>
    public string QualifiedClass => ModuleNaming.QualifiedClassName(Input.ModuleName);
    public HashSet<string> ProjectModules { get; }
    public List<DiagnosticInfo> Diagnostics { get; } = new();

    /// <summary>Python global name → field of <c>Globals</c>.</summary>
    public Dictionary<string, string> GlobalFields { get; } = new();

    /// <summary>Whether the module's globals live in a dictionary, its <c>__dict__</c> (it calls <c>globals()</c>:
    /// <see cref="Analysis.GlobalsDictUse"/>), rather than in static fields: <c>Globals.x</c> is then a property over
    /// the dictionary, and a builtin's name is looked up there first.</summary>
    public bool GlobalsInDict { get; private set; }

    /// <summary>Globals some function deletes (<c>global x; del x</c>): never assumed bound at module level.</summary>
    public HashSet<string> GloballyDeleted { get; } = new();

    public Dictionary<Node, FunctionInfo> Functions { get; } = new();

    /// <summary>Module-level function name → its only <c>def</c> (absent when defined more than once).</summary>
    public Dictionary<string, FunctionInfo> UniqueDefs { get; } = new();

    /// <summary>The state machine classes of generator functions and generator expressions (BodyLowerer.Generators.cs).</summary>
    public List<string> GeneratorClasses { get; } = new();

    private readonly Dictionary<Node, Analysis.DefiniteAssignment> _definiteAssignment = new();

    /// <summary>The definite-assignment facts of a function's body, worked out once for the lowering and its typed twin.</summary>
    public Analysis.DefiniteAssignment DefiniteAssignmentOf(FunctionInfo fn)
    {
        if (!_definiteAssignment.TryGetValue(fn.Node, out var facts))
        {
            facts = fn.Node is GeneratorExp ge
                ? Analysis.DefiniteAssignment.ForGeneratorExpression(Table, fn.Scope, ge)
                : Analysis.DefiniteAssignment.ForFunction(Table, fn.Scope, fn.Node, fn.Parameters);
            _definiteAssignment[fn.Node] = facts;
        }
        return facts;
    }

    /// <summary>A fresh name for a member of the module class.</summary>
    public string AllocateMember(string preferred) => _members.Allocate(preferred);

    public string FilePathForLine => Input.FilePath.Replace("\"", "\\\"");

    public void Error(string id, string message, Node? node) =>
        Diagnostics.Add(Map.Diagnostic(id, message, Input.FilePath, node));

    // ---------------------------------------------------------------------------------------------------------

    public string? Compile()
    {
        GlobalsInDict = Analysis.GlobalsDictUse.In(Tree, Table);
        CollectGlobals();
        CollectFunctions();
        // A twin runs a function's Python code without passing the instrumenter's hooks.
        // (A module whose namespace is a dictionary has none: a key put there may shadow a builtin a twin calls.)
        Twins = Instrumenter.AllowsUnobservedFastPaths && !GlobalsInDict ? TypedTwins.For(this, name => _members.Allocate(name)) : new TypedTwins(this);

        // Lower the bodies first: they register cache entries and call arities.
        var bodies = new List<(FunctionInfo Fn, string Code)>();
        foreach (var fn in _functionList)
        {
            Ct.ThrowIfCancellationRequested();
            var lowerer = new BodyLowerer(this, fn.Scope, fn);
            bodies.Add((fn, fn.IsResumable
                ? lowerer.LowerGenerator(AllocateMember(fn.MethodName.TrimStart('@') + (fn.IsAsyncGenerator ? "_AsyncGenerator" : fn.IsCoroutine ? "_Coroutine" : "_Generator")))
                : lowerer.LowerFunction()));
        }
        string moduleBody = new BodyLowerer(this, Table.Module, null).LowerModuleBody();
        if (Diagnostics.Count > 0)
            return null;

        var w = new CodeWriter();
        w.Line("// <auto-generated/>");
        w.Line($"// Generated by PyAot from the Python module '{CsNames.CommentText(Input.ModuleName)}'. Do not edit.");
        w.Directive("#nullable enable");
        // Only these warnings are off, each for its reason; anything else the generated code gets is a bug to fix
        // (GeneratedWarningsTests compiles the corpus at the highest warning level).
        w.Directive("#pragma warning disable CS8981 // the module's class has the Python module's name, lower case and all");
        w.Directive("#pragma warning disable CS0162 // Python's reachability is not C#'s: the implicit 'return None' of a body stays after a return");
        w.Directive("#pragma warning disable CS0164 // every resume point and loop exit of a flat (generator) body has a label, used or not");
        w.Directive("#pragma warning disable CS0219, CS0414 // a flat finally's exit action is stored on every path, read only when an exit needs it");
        w.Line("using System;");
        w.Line("using System.Runtime.CompilerServices;");
        w.Line("using PyAot.Runtime;");
        w.Line("using PyAot.Runtime.Monitoring;");
        w.Line();
        w.Line($"namespace {ModuleNaming.Namespace};");
        w.Line();
        w.Line($"/// <summary>The compiled Python module <c>{Escape(Input.ModuleName)}</c>.</summary>");
        w.Open($"public static partial class {ClassName}");
        w.Line($"private const string ModuleName = {CsNames.StringLiteral(Input.ModuleName)};");
        w.Line("private static PyModule? ModuleObject;");
        w.Line("/// <summary>The module body has run to its end: no module-level read of a global remains, so any global may be deleted.</summary>");
        w.Line("private static bool BodyDone;");
        w.Line();
        w.Line("/// <summary>Runs the module as the program (<c>__name__ == \"__main__\"</c>); returns the exit code.</summary>");
        w.Line("public static int Run(string[] args, string? scriptName = null) => PyProgram.Run(static () => Execute(\"__main__\"), args, scriptName);");
        w.Line();
        w.Line("/// <summary><c>import</c>: runs the module body once and returns the module object.</summary>");
        w.Open("public static PyModule Import()");
        w.Line("return ModuleObject ?? Execute(ModuleName);");
        w.Close();
        w.Line();
        w.Open("private static PyModule Execute(string name)");
        w.Line($"var module = new PyModule(name, GetGlobal, SetGlobal, GlobalNames, typeof({QualifiedClass}))" + (GlobalsInDict ? " { Dict = Globals.Dict };" : ";"));
        w.Line("ModuleObject = module;");
        w.Line($"{ModuleState.ModuleName} = PyValue.FromString(name);");
        // The module's docstring, or None (its first statement, a string: CPython does not look further).
        w.Line($"{ModuleState.Global(GlobalFields["__doc__"])} = " + (Tree.Body.Count > 0 && Tree.Body[0] is ExprStmt { Value: Constant { Value: string docstring } }
            ? $"PyValue.FromString({CsNames.StringLiteral(docstring)});" : "PyValue.None;"));
        if (GlobalsInDict)
        {
            // The namespace's first keys, in CPython's order: __name__, __doc__, __package__, then __file__.
            int dot = Input.ModuleName.LastIndexOf('.');
            string package = Input.FilePath.EndsWith("__init__.py", StringComparison.Ordinal) ? Input.ModuleName
                : dot < 0 ? "" : Input.ModuleName.Substring(0, dot);
            w.Line($"Globals.Dict.SetItem(\"__package__\", name == \"__main__\" ? PyValue.None : PyValue.FromString({CsNames.StringLiteral(package)}));");
        }
        w.Line($"{ModuleState.ModuleFile} = PyValue.FromString({CsNames.StringLiteral(Input.FilePath)});");
        if (_extraCodes.Count > 0 || _functionList.Any(fn => Instrumenter.PointsOf(fn.Node) is not null))
        {
            // The code objects exist, and their Points are set, before the body's first instrumentation point.
            w.Line("RuntimeHelpers.RunClassConstructor(typeof(Codes).TypeHandle);");
        }
        w.Open("try");
        if (_extraCodes.Count > 0 || _functionList.Any(fn => Instrumenter.PointsOf(fn.Node) is not null))
            w.Line($"PyAot.Runtime.Monitoring.Tools.CheckFlowOf(typeof({QualifiedClass}));");
        w.Line("ModuleBody();");
        w.Line("BodyDone = true;");
        w.Close();
        w.Open("catch");
        w.Line("ModuleObject = null;");
        w.Line("throw;");
        w.Close();
        w.Line("return module;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The module's top-level statements.</summary>");
        w.Line("private static void ModuleBody()");
        w.Append(Parse(moduleBody), 0);
        foreach (var (fn, code) in bodies)
        {
            w.Line();
            var ps = fn.Parameters.Select((p, i) => "PyValue " + ParamCsName(fn, i)).ToList();
            // A Python frame stays a native frame: a body inlined into its caller or its function object's CallN
            // would vanish from NativeAOT stack traces, and with it the traceback line of that Python frame.
            const string KeepFrame = "[MethodImpl(MethodImplOptions.NoInlining)]";
            if (fn.IsTopLevel)
            {
                w.Line($"/// <summary>Python <c>def {Escape(fn.Name)}({Escape(string.Join(", ", fn.Parameters))})</c> (line {fn.Node.Lineno}).</summary>");
                w.Line(KeepFrame);
                w.Line($"{(fn.IsSimple ? "public" : "private")} static PyValue {fn.MethodName}({string.Join(", ", ps)})");
            }
            else
            {
                ps.Insert(0, $"{ModuleState.FunctionClass(fn)} {fn.ClosureParam}");
                w.Line($"/// <summary>Python <c>{Escape(fn.Scope.QualName)}</c> (line {fn.Node.Lineno}); the function object carries its closure.</summary>");
                w.Line(KeepFrame);
                w.Line($"private static PyValue {fn.MethodName}({string.Join(", ", ps)})");
            }
            w.Append(Parse(code), 0);
        }
        foreach (var generatorClass in GeneratorClasses)
        {
            w.Line();
            w.Append(Parse(generatorClass), 0);
        }
        foreach (var twin in Twins.Code)
        {
            w.Line();
            w.Append(Parse(twin), 0);
        }
        EmitModuleAccessors(w);
        EmitGlobals(w);
        EmitFunctions(w);
        var typed = TypedApi.Lines(Tree, ClassName);
        if (typed.Count > 0)
        {
            w.Line();
            foreach (var line in typed)
                w.Line(line);
        }
        EmitCodes(w);
        EmitCache(w);
        w.Close();
        return w.ToString();
    }

    private static CodeWriter Parse(string code)
    {
        var cw = new CodeWriter();
        foreach (var line in code.Split('\n'))
        {
            if (line.Length > 0)
                cw.Directive(line);
        }
        return cw;
    }

    private static string Escape(string s) => CsNames.DocText(s);

    /// <summary>C# parameter names, fixed per function so the body lowerer and the signature agree.</summary>
    public Dictionary<FunctionInfo, List<string>> ParamNames { get; } = new();

    public string ParamCsName(FunctionInfo fn, int i) => ParamNames[fn][i];

    // ---------------------------------------------------------------------------------------------------------

    private void CollectGlobals()
    {
        var names = new List<string> { "__name__", "__doc__", "__file__" };
        // A module that annotates a variable starts with an __annotations__ dict (SETUP_ANNOTATIONS).
        if (Analysis.Annotations.AnyIn(Tree.Body))
            names.Add("__annotations__");
        foreach (var sym in Table.Module.Symbols)
        {
            if (sym.Kind == SymbolKind.Local)
                names.Add(sym.Name);
        }
        void Walk(Scope s)
        {
            foreach (var sym in s.Symbols)
            {
                if (sym.Kind == SymbolKind.GlobalExplicit && (sym.Flags & (SymbolFlags.Bound | SymbolFlags.WalrusFromComprehension)) != 0)
                    names.Add(sym.Name);
                if (sym.Kind == SymbolKind.GlobalExplicit && (sym.Flags & SymbolFlags.Deleted) != 0)
                    GloballyDeleted.Add(sym.Name);
            }
            foreach (var c in s.Children)
                Walk(c);
        }
        foreach (var c in Table.Module.Children)
            Walk(c);
        // What the module's `from m import *` statements may bind (StarExports): globals like any other, which the
        // statement sets at run time through the module object (Rt.ImportStar).
        names.AddRange(Input.StarNames);
        foreach (var n in names)
        {
            if (!GlobalFields.ContainsKey(n))
                GlobalFields[n] = _globalFields.Allocate(n);
        }
    }

    private void CollectFunctions()
    {
        var counts = new Dictionary<string, int>();
        void Walk(Scope scope)
        {
            foreach (var child in scope.Children)
            {
                if (child.Kind is ScopeKind.Function or ScopeKind.Lambda && child.Node is FunctionDef or Lambda)
                {
                    var info = new FunctionInfo(child.Node, child);
                    info.IsTopLevel = child.Node is FunctionDef && scope.Kind == ScopeKind.Module;
                    Functions[child.Node] = info;
                    _functionList.Add(info);
                    if (info.IsTopLevel)
                        counts[info.Name] = counts.TryGetValue(info.Name, out var c) ? c + 1 : 1;
                }
                Walk(child);
            }
        }
        Walk(Table.Module);
        // Top-level functions first (in source order), then nested ones: keeps the public surface readable.
        _functionList.Sort((a, b) => a.IsTopLevel != b.IsTopLevel ? (a.IsTopLevel ? -1 : 1) : 0);
        foreach (var fn in _functionList)
        {
            string mangled = CsNames.SanitizeIdentifier(fn.Scope.QualName.Replace(".<locals>.", "__").Replace("<lambda>", "lambda").Replace('.', '_'));
            fn.MethodName = fn.IsTopLevel && fn.IsSimple ? _members.AllocateWithUnderscores(fn.Name) : _members.Allocate(mangled);
            if (fn.IsTopLevel)
            {
                fn.ObjectField = _functionMembers.Allocate(fn.Name);
                fn.CallHelper = _functionMembers.Allocate(fn.Name + "_Call");
            }
            fn.ObjectClass = _functionMembers.Allocate((fn.IsTopLevel ? fn.Name : mangled) + "_Function");
            fn.CodeField = _codeMembers.Allocate(fn.IsTopLevel ? fn.Name : mangled);
            foreach (var a in fn.Args.Posonlyargs)
                fn.Parameters.Add(a.Name);
            foreach (var a in fn.Args.Args)
                fn.Parameters.Add(a.Name);
            if (fn.Args.Vararg is not null)
                fn.Parameters.Add(fn.Args.Vararg.Name);
            foreach (var a in fn.Args.Kwonlyargs)
                fn.Parameters.Add(a.Name);
            if (fn.Args.Kwarg is not null)
                fn.Parameters.Add(fn.Args.Kwarg.Name);
            if (fn.Node is FunctionDef f)
                fn.Doc = Docstring.Of(f.Body);
            if (fn.IsTopLevel && counts[fn.Name] == 1 && fn.IsSimple)
                UniqueDefs[fn.Name] = fn;
            foreach (var sym in fn.Scope.Symbols)
            {
                if (sym.Kind == SymbolKind.Free)
                    fn.FreeVars.Add(sym.Name);
            }
            var alloc = new NameAllocator(ReservedInBodies.Concat(new[] { ClassName }));
            if (!fn.IsTopLevel)
                fn.ClosureParam = alloc.Allocate("closure");
            ParamNames[fn] = fn.Parameters.Select(p => alloc.Allocate(p)).ToList();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Cache entries

    /// <summary>A static readonly field of <c>Cache</c> holding a value computed once.</summary>
    public string CacheField(string key, string preferredName, string type, string initializer)
    {
        if (_cacheByKey.TryGetValue(key, out var existing))
            return existing;
        string name = _cacheMembers.Allocate(preferredName);
        _cacheByKey[key] = ModuleState.Cached(name);
        _cacheDecls.Add($"public static readonly {type} {name} = {initializer};");
        return ModuleState.Cached(name);
    }

    public string BuiltinRef(string name) =>
        CacheField("builtin:" + name, "builtin_" + name, "PyValue", $"Rt.Builtin({CsNames.StringLiteral(name)})");

    public string KwNames(IReadOnlyList<string> names) =>
        CacheField("kw:" + string.Join(",", names), "kwnames", "string[]",
            "new string[] { " + string.Join(", ", names.Select(CsNames.StringLiteral)) + " }");

    /// <summary>A bytes literal: one shared object, like CPython's constants.</summary>
    public string Bytes(byte[] value)
    {
        string items = string.Join(", ", value.Select(b => b.ToString(CultureInfo.InvariantCulture)));
        return CacheField("bytes:" + items, "bytes", "PyValue", $"PyValue.FromObject(new PyBytes(new byte[] {{ {items} }}))");
    }

    public string BigInt(BigInteger value)
    {
        string digits = value.ToString(CultureInfo.InvariantCulture);
        return CacheField("big:" + digits, "bigint", "PyValue",
            $"PyValue.FromBigInteger(System.Numerics.BigInteger.Parse({CsNames.StringLiteral(digits)}, System.Globalization.CultureInfo.InvariantCulture))");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void EmitModuleAccessors(CodeWriter w)
    {
        w.Line();
        w.Line("private static readonly string[] GlobalNames = new string[] { " +
            string.Join(", ", GlobalFields.Keys.Select(CsNames.StringLiteral)) + " };");
        w.Line();
        w.Open("private static bool GetGlobal(string name, out PyValue value)");
        w.Open("switch (name)");
        foreach (var kv in GlobalFields)
            w.Line($"case {CsNames.StringLiteral(kv.Key)}: value = {ModuleState.Global(kv.Value)}; return !value.IsUnbound;");
        w.Line("default: value = default; return false;");
        w.Close();
        w.Close();
        w.Line();
        w.Open("private static bool SetGlobal(string name, PyValue value)");
        w.Open("switch (name)");
        foreach (var kv in GlobalFields)
        {
            if (GloballyDeleted.Contains(kv.Key))
                w.Line($"case {CsNames.StringLiteral(kv.Key)}: {ModuleState.Global(kv.Value)} = value; return true;");
            else
                // The module body reads this global as bound where it is: it is deleted only once the body has run.
                w.Line($"case {CsNames.StringLiteral(kv.Key)}: if (value.IsUnbound && !BodyDone) return false; {ModuleState.Global(kv.Value)} = value; return true;");
        }
        w.Line("default: return false;");
        w.Close();
        w.Close();
    }

    private void EmitGlobals(CodeWriter w)
    {
        w.Line();
        w.Line("/// <summary>The module's globals (<c>default</c> = unbound).</summary>");
        w.Open("public static class Globals");
        if (GlobalsInDict)
        {
            // (the module calls globals(): its namespace is this dictionary, and each global a view of one key)
            w.Line("public static readonly PyDict Dict = new PyDict();");
            foreach (var kv in GlobalFields)
            {
                string key = CsNames.StringLiteral(kv.Key);
                w.Line($"public static PyValue {kv.Value} {{ get => Rt.DictGlobal(Dict, {key}); set => Rt.SetDictGlobal(Dict, {key}, value); }}");
            }
        }
        else
        {
            foreach (var kv in GlobalFields)
                w.Line($"public static PyValue {kv.Value};");
        }
        w.Close();
    }

    private void EmitFunctions(CodeWriter w)
    {
        w.Line();
        w.Line("/// <summary>The function objects the <c>def</c> statements created last, their classes, and the guarded call helpers.</summary>");
        w.Open("public static class Functions");
        foreach (var fn in _functionList)
        {
            if (fn.IsTopLevel)
                w.Line($"public static {fn.ObjectClass}? {fn.ObjectField};");
            w.Line();
            w.Open($"public sealed class {fn.ObjectClass} : PyFunction");
            string doc = fn.Doc is null ? "null" : CsNames.StringLiteral(fn.Doc);
            string kwd = fn.KwOnlyCount > 0 ? ", PyValue[] kwDefaults" : "";
            string kwdArg = fn.KwOnlyCount > 0 ? ", kwDefaults" : "";
            if (fn.FreeVars.Count == 0)
            {
                w.Line($"public {fn.ObjectClass}(PyValue[] defaults{kwd}) : base({ModuleState.Code(fn)}, defaults, Rt.ModuleNameOf({ModuleState.ModuleName}), {doc}{kwdArg}) {{ }}");
            }
            else
            {
                foreach (var v in fn.FreeVars)
                    w.Line($"public readonly PyCell {FunctionInfo.CellField(v)};");
                w.Line();
                w.Line($"public {fn.ObjectClass}(PyValue[] defaults{kwd}, {string.Join(", ", fn.FreeVars.Select(v => "PyCell " + FunctionInfo.CellField(v)))})");
                w.Line($"    : base({ModuleState.Code(fn)}, defaults, Rt.ModuleNameOf({ModuleState.ModuleName}), {doc}{kwdArg})");
                w.Open();
                foreach (var v in fn.FreeVars)
                    w.Line($"this.{FunctionInfo.CellField(v)} = {FunctionInfo.CellField(v)};");
                w.Close();
            }
            w.Line();
            w.Open("public override PyValue Call(ReadOnlySpan<PyValue> args, string[]? kwNames)");
            if (fn.IsSimple)
            {
                w.Open("if (kwNames is null || kwNames.Length == 0)");
                w.Open("switch (args.Length)");
                for (int n = fn.RequiredCount; n <= fn.Parameters.Count; n++)
                    w.Line($"case {n}: return {QualifiedClass}.{fn.MethodName}({JoinArgs(fn, Enumerable.Range(0, fn.Parameters.Count).Select(i => i < n ? $"args[{i}]" : $"Defaults[{i - fn.RequiredCount}]"))});");
                w.Close();
                w.Close();
            }
            if (fn.Parameters.Count == 0)
            {
                w.Line("BindArguments(args, kwNames);");
                w.Line($"return {QualifiedClass}.{fn.MethodName}({JoinArgs(fn, Enumerable.Empty<string>())});");
            }
            else
            {
                w.Line("var a = BindArguments(args, kwNames);");
                w.Line($"return {QualifiedClass}.{fn.MethodName}({JoinArgs(fn, Enumerable.Range(0, fn.Parameters.Count).Select(i => $"a[{i}]"))});");
            }
            w.Close();
            EmitFixedArityEntries(w, fn);
            w.Close();
            foreach (int arity in fn.CallArities)
            {
                var args = Enumerable.Range(0, arity).Select(i => "PyValue a" + i.ToString(CultureInfo.InvariantCulture));
                var passed = Enumerable.Range(0, fn.Parameters.Count).Select(i => i < arity ? "a" + i.ToString(CultureInfo.InvariantCulture) : $"{fn.ObjectField}!.Defaults[{i - fn.RequiredCount}]");
                var span = arity == 0 ? "ReadOnlySpan<PyValue>.Empty" : "[" + string.Join(", ", Enumerable.Range(0, arity).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture))) + "]";
                // The fallback (the global was rebound): PyOps.CallN builds the argument span itself, so the caller's
                // frame holds no inline argument array to zero on every call.
                string fallback = arity <= 6
                    ? $"PyOps.Call{arity}({string.Join(", ", new[] { "function" }.Concat(Enumerable.Range(0, arity).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture))))})"
                    : $"PyOps.Call(function, {span}, null)";
                w.Line();
                w.Line($"/// <summary><c>{Escape(fn.Name)}(...)</c> with {arity} positional argument(s): a direct call while the global still holds the function the <c>def</c> made.</summary>");
                w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                w.Line($"public static PyValue {fn.CallHelper}({string.Join(", ", new[] { "PyValue function" }.Concat(args))}) =>");
                if (arity == fn.Parameters.Count && Twins.Twins.TryGetValue(fn, out var twin))
                {
                    // Small-int arguments (not bools, not big ints): the typed twin, which falls back to the generic version.
                    string typed = _functionMembers.Allocate(fn.Name + "_Typed");
                    string allInts = arity == 0 ? "true" : string.Join(" && ", Enumerable.Range(0, arity).Select(i => $"a{i}.IsInt"));
                    // A twin runs the function without its monitoring points: only while no tool watches.
                    if (Instrumenter.UnobservedGuard(fn.Node) is { } guard)
                        allInts = arity == 0 ? guard : $"{allInts} && {guard}";
                    w.Line($"    ReferenceEquals(function.Ref, {fn.ObjectField}) ? ({allInts} ? {typed}({string.Join(", ", passed)}) : {QualifiedClass}.{fn.MethodName}({string.Join(", ", passed)})) : {fallback};");
                    w.Line();
                    w.Line($"/// <summary><c>{Escape(fn.Name)}(...)</c> on small ints: the typed twin; its deoptimization runs the generic version (the twin is pure).</summary>");
                    w.Open($"private static PyValue {typed}({string.Join(", ", args)})");
                    w.Open("try");
                    string call = $"{QualifiedClass}.{twin.Method}({string.Join(", ", Enumerable.Range(0, arity).Select(i => $"a{i}.AsLong"))})";
                    w.Line(twin.Returns == TwinType.Double ? $"return PyValue.FromFloat({call});" : $"return PyValue.FromInt({call});");
                    w.Close();
                    w.Open("catch (Exception e) when (TypedDeopt.IsDeopt(e))");
                    w.Line($"return {QualifiedClass}.{fn.MethodName}({string.Join(", ", passed)});");
                    w.Close();
                    w.Close();
                    continue;
                }
                w.Line($"    ReferenceEquals(function.Ref, {fn.ObjectField}) ? {QualifiedClass}.{fn.MethodName}({string.Join(", ", passed)}) : {fallback};");
            }
            w.Line();
        }
        w.Close();
    }

    private static string JoinArgs(FunctionInfo fn, IEnumerable<string> args) =>
        string.Join(", ", (fn.IsTopLevel ? Enumerable.Empty<string>() : new[] { "this" }).Concat(args));

    private readonly Dictionary<Node, (string Field, string Name, string QualName, int Line)> _extraCodes = new();
    private readonly List<Node> _extraCodeOrder = new();

    /// <summary>
    /// The C# of the code object whose code runs <paramref name="owner"/>'s body: a def or lambda has its own
    /// (<see cref="ModuleState.Code"/>); the module, a class body and a generator expression get one the first time they
    /// are asked for (monitoring reports their events against it, as CPython does).
    /// </summary>
    public string CodeOf(Node owner) => "Codes." + CodeField(owner);

    /// <summary>The name of <see cref="CodeOf"/>'s field in <c>Codes</c> (and of its Armed array in <c>Points</c>).</summary>
    public string CodeField(Node owner)
    {
        if (Functions.TryGetValue(owner, out var fn) && owner is not GeneratorExp)
            return fn.CodeField;
        if (!_extraCodes.TryGetValue(owner, out var code))
        {
            code = owner switch
            {
                Module => (_codeMembers.Allocate("module"), "<module>", "<module>", 1),
                ClassDef c => (_codeMembers.Allocate(c.SourceName + "_body"), c.SourceName, Table.ScopeOf(c).QualName, FirstLines.Of(c)),
                GeneratorExp g => (_codeMembers.Allocate("genexpr"), "<genexpr>", Table.ScopeOf(g).QualName, g.Lineno),
                _ => throw new System.InvalidOperationException("no code object for " + owner.GetType().Name),
            };
            _extraCodes[owner] = code;
            _extraCodeOrder.Add(owner);
        }
        return code.Field;
    }

    /// <summary>Whether <paramref name="owner"/>'s code is a generator's (its body is a resumable state machine).</summary>
    public bool IsGeneratorCode(Node owner) =>
        owner is GeneratorExp || (Functions.TryGetValue(owner, out var fn) && fn.IsResumable);

    /// <summary>The names a code object reads from the scopes around it (<c>co_freevars</c>), sorted as CPython's compiler
    /// sorts them; nothing when there are none.</summary>
    private static string FreeVarsArgument(Scope scope)
    {
        var free = scope.Symbols.Where(s => s.Kind == SymbolKind.Free).Select(s => s.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        return free.Count == 0 ? "" : ", freeVars: new string[] { " + string.Join(", ", free.Select(CsNames.StringLiteral)) + " }";
    }

    /// <summary>The instrumentation points of a code object, as the PyCode constructor takes them.</summary>
    private string PointsArguments(Node owner)
    {
        if (Instrumenter.PointsOf(owner) is not { } points)
            return "";
        return $", points: {CsNames.StringLiteral(points.Kinds)}, lines: new int[] {{ {string.Join(", ", points.Lines.Select(l => l.ToString(CultureInfo.InvariantCulture)))} }}" +
            Instrumenter.CodeArguments(owner);
    }

    private void EmitCodes(CodeWriter w)
    {
        w.Line();
        w.Line("/// <summary>One code object per function, class body, generator expression and the module: what tracebacks name and PEP 669 monitoring instruments.</summary>");
        w.Open("private static class Codes");
        string file = CsNames.StringLiteral(Input.FilePath);
        foreach (var fn in _functionList)
        {
            int firstLine = FirstLines.Of(fn.Node);
            w.Line($"public static readonly PyCode {fn.CodeField} = new PyCode({CsNames.StringLiteral(fn.Name)}, {CsNames.StringLiteral(fn.Scope.QualName)}, " +
                $"{file}, {firstLine}, " +
                "new string[] { " + string.Join(", ", fn.Parameters.Select(CsNames.StringLiteral)) + " }" +
                (fn.IsSimple ? "" : $", posOnlyCount: {fn.PosOnlyCount}, positionalCount: {fn.PositionalCount}, kwOnlyCount: {fn.KwOnlyCount}, " +
                    $"hasVarArgs: {(fn.HasVarArgs ? "true" : "false")}, hasVarKeywords: {(fn.HasVarKeywords ? "true" : "false")}") +
                $", endLineNo: {fn.Node.EndLineno}, owner: typeof({QualifiedClass}){FreeVarsArgument(fn.Scope)}{PointsArguments(fn.Node)});");
        }
        // endLineNo stays 0 for these: a traceback names a frame by the innermost def spanning its line.
        foreach (var owner in _extraCodeOrder)
        {
            var (field, name, qualName, line) = _extraCodes[owner];
            w.Line($"public static readonly PyCode {field} = new PyCode({CsNames.StringLiteral(name)}, {CsNames.StringLiteral(qualName)}, " +
                $"{file}, {line}, Array.Empty<string>(), owner: typeof({QualifiedClass}){(owner is Module ? "" : FreeVarsArgument(Table.ScopeOf(owner)))}{PointsArguments(owner)});");
        }
        var instrumented = _functionList.Select(fn => (fn.Node, fn.CodeField)).Concat(_extraCodeOrder.Select(o => (o, _extraCodes[o].Field)))
            .Where(c => Instrumenter.PointsOf(c.Item1) is not null).Select(c => c.Item2).ToList();
        if (instrumented.Count > 0)
        {
            w.Line();
            w.Open("static Codes()");
            foreach (var field in instrumented)
                w.Line($"Points.{field} = {field}.Armed;");
            w.Close();
        }
        w.Close();
        if (instrumented.Count > 0)
        {
            w.Line();
            w.Line("/// <summary>Each code object's Armed bytes (PEP 669 monitoring), in a class without a static constructor: one load to reach.</summary>");
            w.Open("private static class Points");
            foreach (var field in instrumented)
                w.Line($"public static byte[]? {field};");
            w.Close();
        }
    }

    private void EmitCache(CodeWriter w)
    {
        if (_cacheDecls.Count == 0)
            return;
        w.Line();
        w.Line("/// <summary>Values computed once: builtins, big int constants, keyword-name arrays.</summary>");
        w.Open("private static class Cache");
        foreach (var d in _cacheDecls)
            w.Line(d);
        w.Close();
    }
}
