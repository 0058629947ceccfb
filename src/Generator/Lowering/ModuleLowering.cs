using System;
using System.Threading;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Model;

namespace PyAot.Generator.Lowering;

/// <summary>
/// The generator pipeline's entry point for one module: parse, build the symbol table, check the supported
/// slice, lower to C#.
/// <list type="bullet">
/// <item>Syntax errors: <c>CSharp = null</c> and no diagnostics (the analyzer reports them).</item>
/// <item>SyntaxErrors CPython raises after parsing (symtable/compiler: "'return' outside function", "name 'x' is
/// used prior to global declaration"...): <c>PY0001</c> "SyntaxError: ...", <c>CSharp = null</c> (the parser does
/// not find these, so they are not duplicates).</item>
/// <item>Python outside the supported slice: one <c>PY2001</c> per construct ("'class' statements are not
/// supported yet"), located at the node, <c>CSharp = null</c>.</item>
/// <item>Any internal failure: <c>PY9999</c> "internal compiler error: ...". Never throws (except cancellation).</item>
/// </list>
/// </summary>
public static class ModuleLowering
{
    public const string NotSupportedId = PyAot.FrontEnd.Diagnostics.DiagnosticCatalog.UnsupportedId;
    /// <summary>SyntaxErrors CPython raises after parsing (symtable/compiler); the parser's own id and title, since
    /// nothing else reports these yet.</summary>
    public const string CompileSyntaxErrorId = PyAot.FrontEnd.Diagnostics.DiagnosticCatalog.SyntaxErrorId;
    public const string InternalErrorId = PyAot.FrontEnd.Diagnostics.DiagnosticCatalog.InternalErrorId;

    public static LoweredModule Lower(ModuleInput input, CancellationToken ct)
    {
        string hint = ModuleNaming.HintName(input.ModuleName);
        try
        {
            var parsed = ParserBridge.Parse(input.Text, input.FilePath);
            if (parsed.HasErrors)
                return Failed(input, hint, EquatableArray<DiagnosticInfo>.Empty, parsed.Module);
            // Trees can be as deep as CPython allows (about 3,000 levels); the recursive scopes and lowering walk such a
            // tree on a large stack rather than overflow the compiler's (a stack overflow would kill the compiler server).
            return LargeStack.Run(parsed.Module, () => LowerTree(input, parsed.Module, ct));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return InternalError(input, hint, ex);
        }
    }

    /// <summary>Lowers an already parsed module (tests and tools that parse themselves).</summary>
    public static LoweredModule LowerTree(ModuleInput input, Module module, CancellationToken ct)
    {
        // (before the instrumenter reads the tree: it maps nodes to their functions)
        GeneratorTree.Prepare(module);
        return LowerTree(input, module, ct, input.Monitoring ? new Instrumentation.MonitoringInstrumenter(module) : Instrumentation.Instrumenter.None);
    }

    /// <summary>Lowers an already parsed module with an instrumenter at its event points (the tests' counting one; later,
    /// monitoring).</summary>
    internal static LoweredModule LowerTree(ModuleInput input, Module module, CancellationToken ct, Instrumentation.Instrumenter instrumenter)
    {
        string hint = ModuleNaming.HintName(input.ModuleName);
        try
        {
            var map = new SourceMap(input.Text);
            var diags = new System.Collections.Generic.List<DiagnosticInfo>();
            // CPython's order: the future statements (future.c), then the symbol table.
            var future = FutureFeatures.Of(module);
            foreach (var (message, node) in future.Errors)
                diags.Add(map.Diagnostic(CompileSyntaxErrorId, "SyntaxError: " + message, input.FilePath, node));
            if (diags.Count > 0)
                return Failed(input, hint, new EquatableArray<DiagnosticInfo>(diags), module);
            GeneratorTree.Prepare(module); // (done already unless a test made the instrumenter)
            PrivateNames.Apply(module, keepAnnotations: future.Annotations);
            var table = SymbolTable.Build(module, future.Annotations);
            foreach (var err in table.Errors)
                diags.Add(map.Diagnostic(CompileSyntaxErrorId, "SyntaxError: " + err.Message, input.FilePath, err.Node));
            if (diags.Count > 0)
                return Failed(input, hint, new EquatableArray<DiagnosticInfo>(diags), module);

            var imports = new ImportResolver(new System.Collections.Generic.HashSet<string>(input.ProjectModules), input.ModuleName, input.FilePath);
            var checker = new SliceChecker(table, imports, future.Annotations);
            foreach (var (id, message, node) in checker.Check(module))
                diags.Add(map.Diagnostic(id, message, input.FilePath, node));
            if (diags.Count > 0)
                return Failed(input, hint, new EquatableArray<DiagnosticInfo>(diags), module);

            var compiler = new ModuleCompiler(input, module, table, map, imports, ct, instrumenter) { FutureAnnotations = future.Annotations };
            (instrumenter as Instrumentation.MonitoringInstrumenter)?.Bind(compiler.CodeField, compiler.IsGeneratorCode, table);
            string? code;
            try
            {
                code = compiler.Compile();
            }
            catch (LoweringError le)
            {
                compiler.Error(le.IsSyntaxError ? CompileSyntaxErrorId : NotSupportedId,
                    le.IsSyntaxError ? "SyntaxError: " + le.Message : le.Message, le.Node);
                code = null;
            }
            if (compiler.Diagnostics.Count > 0)
                return Failed(input, hint, new EquatableArray<DiagnosticInfo>(compiler.Diagnostics), module);
            return new LoweredModule(input.ModuleName, hint, code, EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return InternalError(input, hint, ex);
        }
    }

    /// <summary>A module that did not compile: its diagnostics, and the placeholder that declares what C# may use of it
    /// (the module class; the typed API, read from the tree the parser recovered, even with syntax errors).</summary>
    private static LoweredModule Failed(ModuleInput input, string hint, EquatableArray<DiagnosticInfo> diagnostics, Module? tree)
    {
        string? placeholder = null;
        try
        {
            if (tree is not null)
                placeholder = ModulePlaceholder.For(input.ModuleName, TypedApi.Lines(tree, ModuleNaming.ClassName(input.ModuleName)));
        }
        catch (Exception)
        {
            // A tree too broken to read: the plain placeholder.
        }
        return new LoweredModule(input.ModuleName, hint, null, diagnostics, placeholder);
    }

    private static LoweredModule InternalError(ModuleInput input, string hint, Exception ex)
    {
        var d = new DiagnosticInfo(InternalErrorId, $"internal compiler error: {ex.GetType().Name}: {ex.Message}",
            input.FilePath, 0, 0, 0, 0, 0, 0);
        return new LoweredModule(input.ModuleName, hint, null, new EquatableArray<DiagnosticInfo>(new[] { d }));
    }
}
