using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>Parameter lists of def (annotations allowed) and lambda (none).</summary>
internal sealed partial class Parser
{
    private Arguments Parameters(TokenKind closer, bool allowAnnotations)
    {
        var a = new Arguments();
        var plain = new List<Arg>();
        bool seenDefault = false, seenSlash = false, seenStar = false, seenKwarg = false;
        while (!At(closer))
        {
            var start = Cur;
            if (seenKwarg)
                throw Error(Cur, "arguments cannot follow var-keyword argument");
            if (At(TokenKind.Slash))
            {
                if (seenSlash)
                    throw Error(Cur, "/ may appear only once");
                if (seenStar)
                    throw Error(Cur, "/ must be ahead of *");
                if (plain.Count == 0)
                    throw Error(Cur, "at least one argument must precede /");
                Advance();
                seenSlash = true;
                if (At(TokenKind.Star))
                    throw Error(Cur, "expected comma between / and *");
                a.Posonlyargs.AddRange(plain);
                plain.Clear();
            }
            else if (At(TokenKind.DoubleStar))
            {
                Advance();
                var arg = Param(allowAnnotations, starAnnotation: false);
                if (At(TokenKind.Equal))
                    throw Error(Cur, "var-keyword argument cannot have default value");
                a.Kwarg = arg;
                seenKwarg = true;
            }
            else if (At(TokenKind.Star))
            {
                if (seenStar)
                    throw Error(Cur, "* argument may appear only once");
                var starTok = Take();
                seenStar = true;
                if (At(TokenKind.Name))
                {
                    a.Vararg = Param(allowAnnotations, starAnnotation: true);
                    if (At(TokenKind.Equal))
                        throw Error(Cur, "var-positional argument cannot have default value");
                }
                // def: at the '*' (RAISE_SYNTAX_ERROR_KNOWN_LOCATION); lambda: at the last token read.
                else if (At(TokenKind.Comma) && PeekKind(1) == closer)
                    throw Error(closer == TokenKind.RPar ? starTok : Cur, "named arguments must follow bare *");
                else if (At(TokenKind.Comma) && PeekKind(1) == TokenKind.DoubleStar)
                    throw Error(closer == TokenKind.RPar ? starTok : _t[_p + 1], "named arguments must follow bare *");
                else if (At(closer))
                    throw Error(closer == TokenKind.RPar ? starTok : Cur, "named arguments must follow bare *");
            }
            else if (At(TokenKind.Name))
            {
                var arg = Param(allowAnnotations, starAnnotation: false);
                Expr? def = null;
                if (At(TokenKind.Equal))
                {
                    var eq = Take();
                    if (At(TokenKind.Comma) || At(closer))
                        throw Error(eq, "expected default value expression");
                    def = Expression();
                }
                if (seenStar)
                {
                    a.Kwonlyargs.Add(arg);
                    a.KwDefaults.Add(def);
                }
                else
                {
                    if (def is not null)
                    {
                        seenDefault = true;
                        a.Defaults.Add(def);
                    }
                    else if (seenDefault)
                        throw Error(arg, "parameter without a default follows parameter with a default");
                    plain.Add(arg);
                }
            }
            else if (At(TokenKind.LPar))
                throw ParenthesizedParameters(allowAnnotations);
            else
                throw Generic();
            if (!Eat(TokenKind.Comma))
                break;
        }
        a.Args = plain;
        return a;
    }

    /// <summary>def f((a, b)): CPython's invalid_parameters hint, or a plain syntax error.</summary>
    private SyntaxErrorException ParenthesizedParameters(bool isDef)
    {
        var open = Cur;
        int i = _p + 1;
        int names = 0;
        while (_t[i].Kind == TokenKind.Name)
        {
            names++;
            i++;
            if (_t[i].Kind != TokenKind.Comma)
                break;
            i++;
        }
        if (names > 0 && _t[i].Kind == TokenKind.RPar)
            return ErrorRange(open, _t[i], isDef ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized");
        return Generic();
    }

    private Arg Param(bool allowAnnotations, bool starAnnotation)
    {
        if (!At(TokenKind.Name))
            throw Generic();
        var name = Take();
        Expr? annotation = null;
        if (allowAnnotations && Eat(TokenKind.Colon))
            annotation = starAnnotation && At(TokenKind.Star) ? StarExpression() : Expression();
        return At(new Arg { Name = Ident(name), Annotation = annotation }, name);
    }

    /// <summary>type_params: '[' (NAME [':' expression] | '*' NAME | '**' NAME) ,... ']'.</summary>
    private List<TypeParam> TypeParams()
    {
        var list = new List<TypeParam>();
        Take();
        if (At(TokenKind.RSqb))
            throw Generic();
        while (!At(TokenKind.RSqb))
        {
            var start = Cur;
            if (Eat(TokenKind.DoubleStar))
            {
                var n = Expect(TokenKind.Name);
                if (At(TokenKind.Colon))
                    throw Error(Cur, "cannot use bound with ParamSpec");
                list.Add(At(new ParamSpec { Name = Ident(n) }, start));
            }
            else if (Eat(TokenKind.Star))
            {
                var n = Expect(TokenKind.Name);
                if (At(TokenKind.Colon))
                    throw Error(Cur, "cannot use bound with TypeVarTuple");
                list.Add(At(new TypeVarTuple { Name = Ident(n) }, start));
            }
            else
            {
                var n = Expect(TokenKind.Name);
                Expr? bound = null;
                if (Eat(TokenKind.Colon))
                    bound = Expression();
                list.Add(At(new TypeVar { Name = Ident(n), Bound = bound }, start));
            }
            if (!Eat(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RSqb);
        return list;
    }
}
