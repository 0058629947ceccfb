using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Lowering;
using PyAot.Generator.Model;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Analysis;

/// <summary>
/// The names <c>from m import *</c> may bind, known at build time so that the importing module's references to them
/// resolve to globals (CPython 3.12's <c>import_all_from</c> decides at run time, and <c>Rt.ImportStar</c> does as it
/// does: this is only the set of names the importer gives a global field).
/// <para>Per module, from its own text (<see cref="Of"/>, a pipeline step of its own): its <c>__all__</c> when that is
/// a literal list or tuple of strings (assigned, <c>+=</c>, <c>.extend</c>/<c>.append</c> of literals, at its top
/// level); without <c>__all__</c>, the names it binds at its top level (or through <c>global</c>) that do not start
/// with an underscore; with a computed <c>__all__</c>, every name it binds at its top level, which is what a computed
/// <c>__all__</c> can name (a superset at worst: a name the run time does not bind stays unbound, a NameError when
/// read, as in CPython). A module that writes its namespace at run time (<c>globals()</c>, <c>exec</c>) may export
/// more than this says; such names reach the importer's module object (its attributes, <c>globals()</c>) but not its
/// compiled name references.</para>
/// <para>Across modules (<see cref="Resolve"/>): a module without a static <c>__all__</c> also exports what its own
/// star imports bound in it, and a package the submodules bound in it; a runtime module exports its public names
/// (<see cref="RuntimeModuleNames"/>).</para>
/// </summary>
public static class StarExports
{
    private const string All = "__all__";

    /// <summary>What a module's own text says <c>from module import *</c> binds.</summary>
    public static ModuleExports Of(PythonFile file, CancellationToken ct)
    {
        var parsed = PyAot.FrontEnd.PythonParser.Parse(file.Text, file.FilePath, ct);
        var empty = EquatableArray<string>.Empty;
        if (parsed.HasErrors)
            return new ModuleExports(file.ModuleName, ExportKind.Public, empty, empty);
        var module = parsed.Module;
        var table = SymbolTable.Build(module);

        var bound = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var symbol in table.Module.Symbols)
        {
            if (symbol.Kind == SymbolKind.Local)
                bound.Add(symbol.Name);
        }
        AddGlobalsBoundIn(table.Module.Children, bound);

        bool isPackage = ModuleNames.IsPackageFile(file.FilePath);
        var starImports = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in NodeWalk.All(module))
        {
            if (node is ImportFrom from && from.Names.Exists(a => a.Name == "*")
                && ImportResolver.Absolute(file.ModuleName, isPackage, from.Module, from.Level ?? 0) is { } target)
                starImports.Add(target);
        }

        var (kind, listed) = AllOf(module);
        var names = kind switch
        {
            ExportKind.StaticAll => listed,
            ExportKind.ComputedAll => bound,
            _ => new SortedSet<string>(bound.Where(IsPublic), StringComparer.Ordinal),
        };
        return new ModuleExports(file.ModuleName, kind, new EquatableArray<string>(names), new EquatableArray<string>(starImports));
    }

    /// <summary>Whether <paramref name="text"/> may contain a <c>from m import *</c> (a text search: a false yes only costs
    /// reading every module's exports).</summary>
    public static bool MayStarImport(string text) => StarPattern.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex StarPattern =
        new(@"\bimport[ \t\f]*(\\\r?\n[ \t\f]*)*\*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A module's exports left unread: no module of the program star-imports anything.</summary>
    public static ModuleExports None(string module) =>
        new(module, ExportKind.Public, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>The names the star imports of module <paramref name="module"/> may bind (sorted; empty without one).</summary>
    public static EquatableArray<string> NamesFor(string module, IReadOnlyList<ModuleExports> exports, IReadOnlyCollection<string> projectModules)
    {
        if (exports.FirstOrDefault(e => e.ModuleName == module) is not { StarImports.Count: > 0 } own)
            return EquatableArray<string>.Empty;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var target in own.StarImports)
            names.UnionWith(Resolve(target, exports, projectModules));
        return new EquatableArray<string>(names);
    }

    /// <summary>
    /// The names <c>from module import *</c> may bind in a module: the exports of <paramref name="module"/> read from
    /// <paramref name="exports"/> (the project's modules and the library modules compiled with it), or from the
    /// library's source, or the runtime module's table; nothing for a module that exists nowhere (its import fails).
    /// </summary>
    /// <param name="projectModules">The project's module names (a project module shadows a runtime or library one).</param>
    public static IEnumerable<string> Resolve(string module, IReadOnlyList<ModuleExports> exports, IReadOnlyCollection<string> projectModules)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Resolve(module, exports, new HashSet<string>(projectModules, StringComparer.Ordinal), found, new HashSet<string>(StringComparer.Ordinal));
        return found;
    }

    private static void Resolve(string module, IReadOnlyList<ModuleExports> exports, HashSet<string> project, SortedSet<string> into,
        HashSet<string> visiting)
    {
        if (!visiting.Add(module))
            return; // a cycle of star imports: each module's names are counted once
        var own = exports.FirstOrDefault(e => e.ModuleName == module);
        if (own is null && !project.Contains(module))
        {
            if (ImportResolver.BuiltinModules.Contains(module))
            {
                into.UnionWith(RuntimeModuleNames.Of(module).Where(IsPublic));
                return;
            }
            if (LibraryModules.Contains(module))
                own = LibraryExports(module);
        }
        if (own is null)
            return;
        into.UnionWith(own.Names);
        if (own.Kind == ExportKind.StaticAll)
            return;
        bool onlyPublic = own.Kind == ExportKind.Public;
        // The namespace also holds what the module's own star imports bound, and the submodules bound in a package.
        var gained = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var inner in own.StarImports)
            Resolve(inner, exports, project, gained, visiting);
        string prefix = module + ".";
        foreach (var sub in project.Concat(LibraryModules.Names))
        {
            if (sub.StartsWith(prefix, StringComparison.Ordinal) && sub.IndexOf('.', prefix.Length) < 0)
                gained.Add(sub.Substring(prefix.Length));
        }
        into.UnionWith(onlyPublic ? gained.Where(IsPublic) : gained);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ModuleExports> Library = new(StringComparer.Ordinal);

    /// <summary>A library module's exports read from its source (for one not compiled with the program), once.</summary>
    private static ModuleExports LibraryExports(string module) =>
        Library.GetOrAdd(module, static m => Of(LibraryModules.File(m), CancellationToken.None));

    private static bool IsPublic(string name) => !name.StartsWith("_", StringComparison.Ordinal);

    private static void AddGlobalsBoundIn(IEnumerable<Scope> scopes, ISet<string> names)
    {
        foreach (var scope in scopes)
        {
            foreach (var symbol in scope.Symbols)
            {
                if (symbol.Kind == SymbolKind.GlobalExplicit && (symbol.Flags & (SymbolFlags.Bound | SymbolFlags.WalrusFromComprehension)) != 0)
                    names.Add(symbol.Name);
            }
            AddGlobalsBoundIn(scope.Children, names);
        }
    }

    /// <summary>
    /// The module's <c>__all__</c>: static when every mention of the name is one of the literal forms at the top level
    /// (outside any def or class), computed when any other mention exists (another assignment, an import of it, a
    /// <c>global __all__</c>, a read: what it holds then is known only when the module runs), absent when never named.
    /// </summary>
    private static (ExportKind Kind, SortedSet<string> Listed) AllOf(Module module)
    {
        var listed = new SortedSet<string>(StringComparer.Ordinal);
        var literal = new HashSet<Node>();
        var pending = new Stack<Stmt>(Enumerable.Reverse(module.Body));
        while (pending.Count > 0)
        {
            var stmt = pending.Pop();
            if (Literal(stmt) is { } found)
            {
                literal.Add(found.Target);
                listed.UnionWith(found.Items);
                continue;
            }
            switch (stmt)
            {
                case If s:
                    PushAll(pending, s.Body, s.Orelse);
                    break;
                case Try s:
                    PushAll(pending, s.Body, s.Orelse, s.Finalbody);
                    foreach (var h in s.Handlers.OfType<ExceptHandler>())
                        PushAll(pending, h.Body);
                    break;
            }
        }
        bool mentioned = false, other = false;
        foreach (var node in NodeWalk.All(module))
        {
            if (node is Name { Id: All } n)
            {
                mentioned = true;
                other |= !literal.Contains(n);
            }
            else if (node is Alias a && (a.Asname ?? a.Name) == All)
            {
                mentioned = other = true;
            }
        }
        if (!mentioned)
            return (ExportKind.Public, listed);
        return other ? (ExportKind.ComputedAll, listed) : (ExportKind.StaticAll, listed);
    }

    /// <summary>A top-level statement giving <c>__all__</c> literal strings: <c>__all__ = [...]</c> (or a tuple),
    /// <c>__all__ += [...]</c>, <c>__all__.extend([...])</c>, <c>__all__.append('x')</c>; the name it mentions
    /// <c>__all__</c> by, and the strings.</summary>
    private static (Name Target, List<string> Items)? Literal(Stmt stmt)
    {
        switch (stmt)
        {
            case Assign { Value: var value } a when a.Targets.Count == 1 && a.Targets[0] is Name { Id: All } target && Strings(value) is { } items:
                return (target, items);
            case AugAssign { Target: Name { Id: All } target, Op: Operator.Add, Value: var value } when Strings(value) is { } items:
                return (target, items);
            case ExprStmt { Value: Call { Func: Attribute { Value: Name { Id: All } target, Attr: var method } } call }
                when call.Args.Count == 1 && call.Keywords.Count == 0:
                if (method == "extend" && Strings(call.Args[0]) is { } extended)
                    return (target, extended);
                if (method == "append" && call.Args[0] is Constant { Value: string item })
                    return (target, new List<string> { item });
                return null;
            default:
                return null;
        }
    }

    private static void PushAll(Stack<Stmt> pending, params List<Stmt>[] bodies)
    {
        foreach (var body in bodies)
        {
            for (int i = body.Count - 1; i >= 0; i--)
                pending.Push(body[i]);
        }
    }

    /// <summary>The items of a list or tuple display of string constants, or null.</summary>
    private static List<string>? Strings(Expr e)
    {
        var elts = e switch { List l => l.Elts, Tuple t => t.Elts, _ => null };
        if (elts is null)
            return null;
        var items = new List<string>();
        foreach (var elt in elts)
        {
            if (elt is not Constant { Value: string s })
                return null;
            items.Add(s);
        }
        return items;
    }
}
