using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Cli;

/// <summary>
/// The absolute module names a module's import statements can load, wherever the statements are (in functions,
/// branches, try blocks). `import a.b` can load a and a.b; `from a import b` can load a and a.b; a relative import
/// resolves against the importing module's package.
/// </summary>
internal static class ImportScanner
{
    public static IEnumerable<string> ImportedModules(Module module, string moduleName, bool isPackage)
    {
        var found = new List<string>();
        Visit(module.Body, found, moduleName, isPackage);
        return found;
    }

    private static void Visit(List<Stmt> body, List<string> found, string moduleName, bool isPackage)
    {
        foreach (var stmt in body)
        {
            switch (stmt)
            {
                case Import import:
                    foreach (var alias in import.Names)
                        AddWithParents(alias.Name, found);
                    break;
                case ImportFrom from:
                    string? target = Resolve(from.Module, from.Level ?? 0, moduleName, isPackage);
                    if (target is null)
                        break;
                    if (target.Length > 0)
                        AddWithParents(target, found);
                    foreach (var alias in from.Names)
                        found.Add(target.Length > 0 ? target + "." + alias.Name : alias.Name);
                    break;
                case If s:
                    Visit(s.Body, found, moduleName, isPackage);
                    Visit(s.Orelse, found, moduleName, isPackage);
                    break;
                case For s:
                    Visit(s.Body, found, moduleName, isPackage);
                    Visit(s.Orelse, found, moduleName, isPackage);
                    break;
                case AsyncFor s:
                    Visit(s.Body, found, moduleName, isPackage);
                    Visit(s.Orelse, found, moduleName, isPackage);
                    break;
                case While s:
                    Visit(s.Body, found, moduleName, isPackage);
                    Visit(s.Orelse, found, moduleName, isPackage);
                    break;
                case With s:
                    Visit(s.Body, found, moduleName, isPackage);
                    break;
                case AsyncWith s:
                    Visit(s.Body, found, moduleName, isPackage);
                    break;
                case Try s:
                    VisitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody, found, moduleName, isPackage);
                    break;
                case TryStar s:
                    VisitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody, found, moduleName, isPackage);
                    break;
                case FunctionDef s:
                    Visit(s.Body, found, moduleName, isPackage);
                    break;
                case AsyncFunctionDef s:
                    Visit(s.Body, found, moduleName, isPackage);
                    break;
                case ClassDef s:
                    Visit(s.Body, found, moduleName, isPackage);
                    break;
                case Match s:
                    foreach (var c in s.Cases)
                        Visit(c.Body, found, moduleName, isPackage);
                    break;
            }
        }
    }

    private static void VisitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> final,
        List<string> found, string moduleName, bool isPackage)
    {
        Visit(body, found, moduleName, isPackage);
        foreach (var h in handlers)
            Visit(h.Body, found, moduleName, isPackage);
        Visit(orelse, found, moduleName, isPackage);
        Visit(final, found, moduleName, isPackage);
    }

    private static void AddWithParents(string dotted, List<string> found)
    {
        for (int i = dotted.IndexOf('.'); i >= 0; i = dotted.IndexOf('.', i + 1))
            found.Add(dotted.Substring(0, i));
        found.Add(dotted);
    }

    /// <summary>The absolute name `from (level dots)module` refers to; null when it climbs above the top package.</summary>
    private static string? Resolve(string? module, int level, string moduleName, bool isPackage)
    {
        if (level == 0)
            return module ?? "";
        var parts = new List<string>(moduleName.Split('.'));
        int drop = isPackage ? level - 1 : level;
        if (drop > parts.Count)
            return null;
        parts.RemoveRange(parts.Count - drop, drop);
        if (!string.IsNullOrEmpty(module))
            parts.Add(module!);
        return string.Join(".", parts);
    }
}
