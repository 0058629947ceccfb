using System.Collections.Generic;
using System.Linq;

namespace PyAot.FrontEnd.Ast;

public sealed partial class FunctionDef
{
    /// <summary>A function <see cref="TypeParameterScopes"/> made for one of PEP 695's annotation scopes: the scope
    /// of a generic definition's type parameters (<c>&lt;generic parameters of f&gt;</c>), or the lazily evaluated
    /// bound, constraints or value of a type parameter or type alias. Its name is not a qualname component.</summary>
    public AnnotationScopeKind AnnotationScope { get; set; }

    /// <summary>The class whose private names this scope mangles (a generic class's type-parameter scope: CPython
    /// 3.12 compiles it as part of the class, so its names, the class's own included, are the class's), or null.</summary>
    public string? PrivateNamesOf { get; set; }

    /// <summary>The SyntaxErrors CPython's symbol table raises for the definition this scope was made of (a duplicate
    /// type parameter, a yield, await or walrus in a bound, alias value or generic definition, a lambda in such a
    /// scope in a class body), reported by the generator's checks.</summary>
    public List<(string Message, Node At)>? TypeParameterErrors { get; set; }

    /// <summary>An annotation scope in a class body: it reads a name it does not bind from the class namespace first
    /// (CPython's <c>__classdict__</c>, LOAD_FROM_DICT_OR_GLOBALS/DEREF), which it is given as
    /// <see cref="TypeParameterScopes.ClassDictName"/>.</summary>
    public bool SeesClassDict { get; set; }
}

public sealed partial class ClassDef
{
    /// <summary>The local of the enclosing type-parameter scope whose tuple the class body stores as
    /// <c>__type_params__</c> before anything else (set by <see cref="TypeParameterScopes"/>), or null.</summary>
    public string? TypeParamsLocal { get; set; }
}

/// <summary>What a function <see cref="TypeParameterScopes"/> made stands for.</summary>
public enum AnnotationScopeKind
{
    /// <summary>A function of the program.</summary>
    None,

    /// <summary>The scope of a generic function's, class's or type alias's type parameters.</summary>
    TypeParameters,

    /// <summary>A lazily evaluated bound, constraint tuple or alias value.</summary>
    LazyValue,
}

/// <summary>
/// PEP 695 as the generator sees it: each generic definition and <c>type</c> statement becomes the functions CPython's
/// compiler makes for it (compile.c's <c>compiler_function</c>, <c>compiler_class</c> and <c>compiler_typealias</c>),
/// written as ordinary Python, so that scopes, closures, the lowering and monitoring handle type parameters as they
/// handle any function:
/// <code>
/// @d                                       def .generic_f(.defaults_0):      # "&lt;generic parameters of f&gt;"
/// def f[T: int](x: T = 0) -> T: ...    →       def .bound_T(): return int        # "T", evaluated when asked
///                                              T = .typing._type_var_of_syntax('T', .bound_T, None)
///                                              def f(x: T = .defaults_0) -> T: ...
///                                              f.__type_params__ = (T,)
///                                              return f
///                                          f = d(.generic_f(0))
///                                          del .generic_f
/// </code>
/// A class gets <c>.typing._generic_base(.type_params)</c> (<c>Generic[T]</c>) after its bases and stores
/// <c>__type_params__</c> first (<see cref="ClassDef.TypeParamsLocal"/>); <c>type X[T] = v</c> becomes
/// <c>.typing._type_alias_of_syntax('X', (T,), .value_X)</c> with <c>v</c> in a function evaluated when asked. Names
/// beginning with '.' cannot be written in Python, so none of them meets a name of the program; <c>.typing</c> is the
/// library's typing module. Definitions with a ParamSpec or TypeVarTuple parameter are left as written (the slice
/// check refuses them). The tree <c>ast</c> shows is the parser's; this runs on the generator's copy only.
/// </summary>
public static class TypeParameterScopes
{
    /// <summary>The name the desugared code reads the library's typing module by.</summary>
    public const string TypingModuleName = ".typing";

    /// <summary>The class namespace an annotation scope in a class body reads names from (in the class body: the
    /// namespace itself; in the scopes: a parameter, or their enclosing scope's).</summary>
    public const string ClassDictName = ".classdict";

    /// <summary>Rewrites every generic definition and <c>type</c> statement of <paramref name="module"/> in place.</summary>
    public static void Desugar(Module module) => new Rewriter().Visit(module);

    private static bool OnlyTypeVars(List<TypeParam> ps) => ps.All(p => p is TypeVar);

    private sealed class Rewriter : StatementListRewriter
    {
        protected override void Rewrite(List<Stmt>? body, bool inClass)
        {
            if (body is null)
                return;
            for (int i = 0; i < body.Count; i++)
            {
                List<Stmt>? rewritten = body[i] switch
                {
                    FunctionDef { TypeParams.Count: > 0 } f when OnlyTypeVars(f.TypeParams) => new Builder(f, inClass).Function(f),
                    ClassDef { TypeParams.Count: > 0 } c when OnlyTypeVars(c.TypeParams) => new Builder(c, inClass).Class(c),
                    TypeAlias { Name: Name } a when OnlyTypeVars(a.TypeParams) => new Builder(a, inClass).Alias(a),
                    _ => null,
                };
                if (rewritten is null)
                    continue;
                body.RemoveAt(i);
                body.InsertRange(i, rewritten);
                i += rewritten.Count - 1;
            }
        }
    }

    /// <summary>Makes the new statements, every node at the position of the statement they replace.</summary>
    private sealed class Builder(Stmt at, bool inClass)
    {
        private readonly List<(string Message, Node At)> _errors = new();

        /// <summary>symtable.c's checks of what an annotation scope may hold: no yield, await or walrus (each a scope's
        /// own), no lambda in one in a class body; <paramref name="where"/> names the scope as its messages do.</summary>
        private void CheckScope(Node? expr, string where)
        {
            if (expr is null)
                return;
            foreach (var node in NodeWalk.All(expr))
            {
                string? what = node switch
                {
                    Yield or YieldFrom => "yield expression",
                    Await => "await expression",
                    NamedExpr => "named expression",
                    _ => null,
                };
                if (what is not null)
                    _errors.Add(($"{what} cannot be used within {where}", node));
                else if (node is Lambda && inClass)
                    _errors.Add(("Cannot use lambda in annotation scope within class scope", node));
            }
        }

        private void CheckTypeParams(List<TypeParam> ps)
        {
            var seen = new HashSet<string>();
            foreach (TypeVar tv in ps)
            {
                if (!seen.Add(tv.Name))
                    _errors.Add(($"duplicate type parameter '{tv.Name}'", tv));
                CheckScope(tv.Bound, "a TypeVar bound");
            }
        }

        /// <summary>Gives <paramref name="scope"/> the errors found, for the generator to report.</summary>
        private FunctionDef WithErrors(FunctionDef scope)
        {
            if (_errors.Count > 0)
                scope.TypeParameterErrors = _errors;
            return scope;
        }

        private T At<T>(T node) where T : Node
        {
            node.Lineno = at.Lineno;
            node.ColOffset = at.ColOffset;
            node.EndLineno = at.EndLineno;
            node.EndColOffset = at.EndColOffset;
            return node;
        }

        private Name Load(string id) => At(new Name { Id = id, Ctx = ExprContext.Load });

        private Name Store(string id) => At(new Name { Id = id, Ctx = ExprContext.Store });

        private Expr Typing(string function, params Expr[] args) =>
            At(new Call { Func = At(new Attribute { Value = Load(TypingModuleName), Attr = function, Ctx = ExprContext.Load }), Args = args.ToList() });

        private Constant Str(string s) => At(new Constant { Value = s });

        private Constant None() => At(new Constant { Value = null });

        private Stmt Assign(string target, Expr value) => At(new Assign { Targets = { Store(target) }, Value = value });

        private FunctionDef Def(string name, string sourceName, AnnotationScopeKind kind, List<Stmt> body, Arguments? args = null) =>
            At(new FunctionDef { Name = name, SourceName = sourceName, Args = args ?? At(new Arguments()), Body = body, AnnotationScope = kind });

        /// <summary>A function that returns <paramref name="value"/> when called (CPython's lazily evaluated scopes).</summary>
        private FunctionDef Lazy(string name, string sourceName, Expr value)
        {
            var f = Def(name, sourceName, AnnotationScopeKind.LazyValue, new List<Stmt> { At(new Return { Value = value }) });
            f.SeesClassDict = inClass;
            return f;
        }

        /// <summary>In a class body, the type parameters' scope takes the class namespace as its first parameter.</summary>
        private FunctionDef SeeingClassDict(FunctionDef scope, List<Expr> arguments)
        {
            if (!inClass)
                return scope;
            scope.SeesClassDict = true;
            scope.Args.Args.Insert(0, At(new Arg { Name = ClassDictName }));
            arguments.Insert(0, Load(ClassDictName));
            return scope;
        }

        private Tuple TupleOf(IEnumerable<Expr> items) => At(new Tuple { Elts = items.ToList(), Ctx = ExprContext.Load });

        /// <summary>The type parameters made in order, each from its own lazily evaluated bound or constraints.</summary>
        private List<Stmt> TypeVars(List<TypeParam> ps)
        {
            var made = new List<Stmt>();
            foreach (TypeVar tv in ps)
            {
                Expr bound = None(), constraints = None();
                if (tv.Bound is Tuple t)
                {
                    made.Add(Lazy(".constraints_" + tv.Name, tv.Name, t));
                    constraints = Load(".constraints_" + tv.Name);
                }
                else if (tv.Bound is not null)
                {
                    made.Add(Lazy(".bound_" + tv.Name, tv.Name, tv.Bound));
                    bound = Load(".bound_" + tv.Name);
                }
                made.Add(Assign(tv.Name, Typing("_type_var_of_syntax", Str(tv.Name), bound, constraints)));
            }
            return made;
        }

        private Expr TypeParamsTuple(List<TypeParam> ps) => TupleOf(ps.Select(p => (Expr)Load(((TypeVar)p).Name)));

        /// <summary>The scope function defined, called (after <paramref name="decorators"/>, with
        /// <paramref name="arguments"/>), its result decorated and bound to <paramref name="target"/>, and its name
        /// deleted again.</summary>
        private List<Stmt> DefineAndCall(FunctionDef scope, List<Expr> decorators, List<Expr> arguments, string target)
        {
            Expr value = At(new Call { Func = Load(scope.Name), Args = arguments });
            for (int i = decorators.Count - 1; i >= 0; i--)
                value = At(new Call { Func = decorators[i], Args = { value } });
            return new List<Stmt>
            {
                scope,
                Assign(target, value),
                At(new Delete { Targets = { At(new Name { Id = scope.Name, Ctx = ExprContext.Del }) } }),
            };
        }

        public List<Stmt> Function(FunctionDef f)
        {
            CheckTypeParams(f.TypeParams);
            foreach (var a in f.Args.All())
                CheckScope(a.Annotation, "the definition of a generic");
            CheckScope(f.Returns, "the definition of a generic");
            var body = TypeVars(f.TypeParams);
            // Defaults are evaluated outside the type parameters' scope (they cannot see them): its arguments.
            var parameters = At(new Arguments());
            var arguments = new List<Expr>();
            for (int i = 0; i < f.Args.Defaults.Count; i++)
            {
                string p = ".defaults_" + i;
                parameters.Args.Add(At(new Arg { Name = p }));
                arguments.Add(f.Args.Defaults[i]);
                f.Args.Defaults[i] = Load(p);
            }
            for (int i = 0; i < f.Args.KwDefaults.Count; i++)
            {
                if (f.Args.KwDefaults[i] is not { } d)
                    continue;
                string p = ".kwdefaults_" + f.Args.Kwonlyargs[i].Name;
                parameters.Args.Add(At(new Arg { Name = p }));
                arguments.Add(d);
                f.Args.KwDefaults[i] = Load(p);
            }
            var typeParams = f.TypeParams;
            var decorators = f.DecoratorList;
            f.TypeParams = new List<TypeParam>();
            f.DecoratorList = new List<Expr>();
            body.Add(f);
            body.Add(At(new Assign
            {
                Targets = { At(new Attribute { Value = Load(f.Name), Attr = "__type_params__", Ctx = ExprContext.Store }) },
                Value = TypeParamsTuple(typeParams),
            }));
            body.Add(At(new Return { Value = Load(f.Name) }));
            var scope = SeeingClassDict(WithErrors(Def(".generic_" + f.Name, $"<generic parameters of {f.SourceName}>", AnnotationScopeKind.TypeParameters, body, parameters)), arguments);
            return DefineAndCall(scope, decorators, arguments, f.Name);
        }

        public List<Stmt> Class(ClassDef c)
        {
            CheckTypeParams(c.TypeParams);
            foreach (var b in c.Bases)
                CheckScope(b, "the definition of a generic");
            foreach (var k in c.Keywords)
                CheckScope(k.Value, "the definition of a generic");
            var body = TypeVars(c.TypeParams);
            body.Add(Assign(".type_params", TypeParamsTuple(c.TypeParams)));
            body.Add(Assign(".generic_base", Typing("_generic_base", Load(".type_params"))));
            var decorators = c.DecoratorList;
            c.TypeParams = new List<TypeParam>();
            c.DecoratorList = new List<Expr>();
            c.Bases.Add(Load(".generic_base"));
            c.TypeParamsLocal = ".type_params";
            body.Add(c);
            body.Add(At(new Return { Value = Load(c.Name) }));
            var arguments = new List<Expr>();
            var scope = SeeingClassDict(WithErrors(Def(".generic_" + c.Name, $"<generic parameters of {c.SourceName}>", AnnotationScopeKind.TypeParameters, body)), arguments);
            scope.PrivateNamesOf = c.SourceName;
            return DefineAndCall(scope, decorators, arguments, c.Name);
        }

        public List<Stmt> Alias(TypeAlias a)
        {
            string name = ((Name)a.Name).Id;
            CheckTypeParams(a.TypeParams);
            CheckScope(a.Value, "a type alias");
            var value = Lazy(".value_" + name, name, a.Value);
            if (a.TypeParams.Count == 0)
            {
                WithErrors(value);
                if (inClass)
                {
                    // (the class namespace as a parameter's default, made when the statement runs)
                    value.Args.Args.Add(At(new Arg { Name = ClassDictName }));
                    value.Args.Defaults.Add(Load(ClassDictName));
                }
                return new List<Stmt>
                {
                    value,
                    Assign(name, Typing("_type_alias_of_syntax", Str(name), TupleOf(new Expr[0]), Load(value.Name), Load("__name__"))),
                    At(new Delete { Targets = { At(new Name { Id = value.Name, Ctx = ExprContext.Del }) } }),
                };
            }
            var body = TypeVars(a.TypeParams);
            body.Add(value);
            body.Add(At(new Return { Value = Typing("_type_alias_of_syntax", Str(name), TypeParamsTuple(a.TypeParams), Load(value.Name), Load("__name__")) }));
            var arguments = new List<Expr>();
            var scope = SeeingClassDict(WithErrors(Def(".generic_" + name, $"<generic parameters of {name}>", AnnotationScopeKind.TypeParameters, body)), arguments);
            return DefineAndCall(scope, new List<Expr>(), arguments, name);
        }
    }
}
