using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Scopes;

/// <summary>
/// Private name mangling, as CPython's compiler does it (<c>_Py_Mangle</c>): inside a class, an identifier that starts
/// with two underscores and does not end with two (<c>__x</c>) means <c>_Class__x</c>, so that a subclass's
/// <c>self.__x</c> is another attribute than its base's. <see cref="Apply"/> rewrites a module's tree so before its
/// symbol table is built: every name read or bound in a class body and in the functions, lambdas and comprehensions
/// nested in it (the nearest enclosing class decides; a class whose name is all underscores mangles nothing), every
/// attribute name, parameter, <c>global</c>/<c>nonlocal</c> name, <c>except ... as</c> and pattern capture, the names a
/// <c>def</c> or <c>class</c> statement binds (their <c>__name__</c> and <c>__qualname__</c> keep the name as written:
/// <see cref="FunctionDef.SourceName"/>), and what imports bind (<c>from m import __x</c> also reads <c>m._C__x</c>, as
/// CPython 3.12's IMPORT_FROM does). Keyword arguments of calls are not mangled (CPython does not either).
/// </summary>
public static class PrivateNames
{
    /// <summary><paramref name="name"/> as it is stored inside class <paramref name="privateName"/> (null: outside any class).</summary>
    public static string Mangle(string? privateName, string name) => PrivateName.Mangle(privateName, name);

    /// <summary>Mangles the private names of <paramref name="module"/>'s classes in place (idempotent). With
    /// <paramref name="keepAnnotations"/> (<c>from __future__ import annotations</c>) annotations stay as written: they
    /// are kept as their source text, which CPython writes from the tree before it mangles anything.</summary>
    public static void Apply(Module module, bool keepAnnotations = false) => new Mangler(keepAnnotations).VisitList(module.Body);

    private sealed class Mangler(bool keepAnnotations) : AstWalker
    {
        private readonly Stack<string> _classes = new();

        private string? Private => _classes.Count == 0 ? null : _classes.Peek();

        private string M(string name) => Mangle(Private, name);

        public override void VisitClassDef(ClassDef node)
        {
            node.SourceName = node.SourceName; // (kept as written before Name changes)
            node.Name = M(node.Name);
            VisitList(node.DecoratorList);
            VisitList(node.TypeParams);
            VisitList(node.Bases);
            VisitList(node.Keywords);
            _classes.Push(node.SourceName);
            VisitList(node.Body);
            _classes.Pop();
        }

        public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
        {
            node.SourceName = node.SourceName;
            node.Name = M(node.Name);
            base.VisitAsyncFunctionDef(node);
        }

        public override void VisitName(Name node) => node.Id = M(node.Id);

        public override void VisitAttribute(Attribute node)
        {
            node.Attr = M(node.Attr);
            base.VisitAttribute(node);
        }

        public override void VisitArg(Arg node)
        {
            node.Name = M(node.Name);
            if (!keepAnnotations)
                base.VisitArg(node);
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            node.SourceName = node.SourceName;
            node.Name = M(node.Name);
            VisitList(node.DecoratorList);
            if (node.PrivateNamesOf is { } cls)
                _classes.Push(cls);
            VisitList(node.TypeParams);
            Visit(node.Args);
            if (!keepAnnotations)
                Visit(node.Returns);
            VisitList(node.Body);
            if (node.PrivateNamesOf is not null)
                _classes.Pop();
        }

        public override void VisitAnnAssign(AnnAssign node)
        {
            Visit(node.Target);
            if (!keepAnnotations)
                Visit(node.Annotation);
            Visit(node.Value);
        }

        public override void VisitGlobal(Global node) => MangleAll(node.Names);

        public override void VisitNonlocal(Nonlocal node) => MangleAll(node.Names);

        public override void VisitExceptHandler(ExceptHandler node)
        {
            if (node.Name is not null)
                node.Name = M(node.Name);
            base.VisitExceptHandler(node);
        }

        public override void VisitMatchAs(MatchAs node)
        {
            if (node.Name is not null)
                node.Name = M(node.Name);
            base.VisitMatchAs(node);
        }

        public override void VisitMatchStar(MatchStar node)
        {
            if (node.Name is not null)
                node.Name = M(node.Name);
        }

        public override void VisitMatchMapping(MatchMapping node)
        {
            if (node.Rest is not null)
                node.Rest = M(node.Rest);
            base.VisitMatchMapping(node);
        }

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                if (alias.Asname is not null)
                    alias.Asname = M(alias.Asname);
                else if (alias.Name.IndexOf('.') < 0 && M(alias.Name) is var bound && bound != alias.Name)
                    alias.Asname = bound; // 'import __x' binds _C__x to module __x ('import a.b' binds a: never mangled)
            }
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            foreach (var alias in node.Names)
            {
                if (alias.Name != "*")
                    alias.Name = M(alias.Name);
                if (alias.Asname is not null)
                    alias.Asname = M(alias.Asname);
            }
        }

        private void MangleAll(List<string> names)
        {
            for (int i = 0; i < names.Count; i++)
                names[i] = M(names[i]);
        }
    }
}
