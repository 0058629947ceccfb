using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>Expressions: from star_expressions down to atoms.</summary>
internal sealed partial class Parser
{
    /// <summary>star_expressions: a bare tuple when there is a comma.</summary>
    private Expr StarExpressions()
    {
        var start = Cur;
        var first = StarExpression();
        if (!At(TokenKind.Comma))
            return first;
        var elts = new List<Expr> { first };
        while (Eat(TokenKind.Comma))
        {
            if (!StartsExpression(K))
                break;
            elts.Add(StarExpression());
        }
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private Expr StarExpression()
    {
        if (At(TokenKind.Star))
        {
            var start = Take();
            var value = BitwiseOr();
            return At(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        return Expression();
    }

    /// <summary>star_named_expression: element of list/tuple/set displays.</summary>
    private Expr StarNamedExpression()
    {
        if (At(TokenKind.Star))
        {
            var start = Take();
            var value = BitwiseOr();
            return At(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        return NamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression !':='.</summary>
    private Expr NamedExpression()
    {
        if (At(TokenKind.Name) && PeekKind(1) == TokenKind.ColonEqual)
        {
            var nameTok = Take();
            Advance();
            var value = Expression();
            var target = Span(new Name { Id = Ident(nameTok), Ctx = ExprContext.Store }, nameTok, nameTok);
            return At(new NamedExpr { Target = target, Value = value }, nameTok);
        }
        var e = Expression();
        if (At(TokenKind.ColonEqual))
            throw Error(e, $"cannot use assignment expressions with {ExprName(e)}");
        return e;
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private Expr Expression()
    {
        if (At(TokenKind.Lambda))
            return LambdaExpr();
        Enter();
        var start = Cur;
        var body = Disjunction();
        if (At(TokenKind.If))
        {
            Advance();
            var test = Disjunction();
            if (!Eat(TokenKind.Else))
            {
                if (At(TokenKind.Colon))
                    throw Generic();
                throw ErrorRange(body, Prev, "expected 'else' after 'if' expression");
            }
            var orelse = Expression();
            body = At(new IfExp { Test = test, Body = body, Orelse = orelse }, start);
        }
        Leave();
        return body;
    }

    private Expr Disjunction()
    {
        var start = Cur;
        var first = Conjunction();
        if (!At(TokenKind.Or))
            return first;
        var values = new List<Expr> { first };
        while (Eat(TokenKind.Or))
            values.Add(Conjunction());
        return At(new BoolOp { Op = BoolOperator.Or, Values = values }, start);
    }

    private Expr Conjunction()
    {
        var start = Cur;
        var first = Inversion();
        if (!At(TokenKind.And))
            return first;
        var values = new List<Expr> { first };
        while (Eat(TokenKind.And))
            values.Add(Inversion());
        return At(new BoolOp { Op = BoolOperator.And, Values = values }, start);
    }

    private Expr Inversion()
    {
        if (At(TokenKind.Not))
        {
            Enter();
            var start = Take();
            var operand = Inversion();
            Leave();
            return At(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, start);
        }
        return Comparison();
    }

    private Expr Comparison()
    {
        var start = Cur;
        var left = BitwiseOr();
        List<CmpOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CmpOperator op;
            switch (K)
            {
                case TokenKind.EqEqual: op = CmpOperator.Eq; break;
                case TokenKind.NotEqual:
                    if (Cur.Text == "<>")
                        throw Error(Cur, "invalid syntax");
                    op = CmpOperator.NotEq;
                    break;
                case TokenKind.Less: op = CmpOperator.Lt; break;
                case TokenKind.LessEqual: op = CmpOperator.LtE; break;
                case TokenKind.Greater: op = CmpOperator.Gt; break;
                case TokenKind.GreaterEqual: op = CmpOperator.GtE; break;
                case TokenKind.In: op = CmpOperator.In; break;
                case TokenKind.Is:
                    if (PeekKind(1) == TokenKind.Not)
                    {
                        Advance();
                        op = CmpOperator.IsNot;
                    }
                    else
                        op = CmpOperator.Is;
                    break;
                case TokenKind.Not:
                    if (PeekKind(1) != TokenKind.In)
                        goto done;
                    Advance();
                    op = CmpOperator.NotIn;
                    break;
                default:
                    goto done;
            }
            Advance();
            ops ??= new List<CmpOperator>();
            comparators ??= new List<Expr>();
            ops.Add(op);
            comparators.Add(BitwiseOr());
        }
    done:
        if (ops is null)
            return left;
        return At(new Compare { Left = left, Ops = ops, Comparators = comparators! }, start);
    }

    /// <summary>Binding power of a binary operator token (0: not a binary operator).</summary>
    private static int BinaryPrecedence(TokenKind k, out Operator op)
    {
        switch (k)
        {
            case TokenKind.VBar: op = Operator.BitOr; return 1;
            case TokenKind.Circumflex: op = Operator.BitXor; return 2;
            case TokenKind.Amper: op = Operator.BitAnd; return 3;
            case TokenKind.LeftShift: op = Operator.LShift; return 4;
            case TokenKind.RightShift: op = Operator.RShift; return 4;
            case TokenKind.Plus: op = Operator.Add; return 5;
            case TokenKind.Minus: op = Operator.Sub; return 5;
            case TokenKind.Star: op = Operator.Mult; return 6;
            case TokenKind.Slash: op = Operator.Div; return 6;
            case TokenKind.DoubleSlash: op = Operator.FloorDiv; return 6;
            case TokenKind.Percent: op = Operator.Mod; return 6;
            case TokenKind.At: op = Operator.MatMult; return 6;
            default: op = Operator.Add; return 0;
        }
    }

    /// <summary>bitwise_or down to term, by precedence climbing (all left-associative).</summary>
    private Expr BitwiseOr() => Binary(1);

    private Expr Binary(int minPrec)
    {
        var start = Cur;
        var left = Factor();
        while (true)
        {
            int prec = BinaryPrecedence(K, out var op);
            if (prec < minPrec || prec == 0)
                return left;
            Advance();
            var right = prec == 6 ? Factor() : Binary(prec + 1);
            left = At(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private Expr Factor()
    {
        UnaryOperator op;
        switch (K)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return Power();
        }
        Enter();
        var start = Take();
        var operand = Factor();
        Leave();
        return At(new UnaryOp { Op = op, Operand = operand }, start);
    }

    private Expr Power()
    {
        var start = Cur;
        var left = AwaitPrimary();
        if (At(TokenKind.DoubleStar))
        {
            Advance();
            Enter();
            var right = Factor();
            Leave();
            return At(new BinOp { Left = left, Op = Operator.Pow, Right = right }, start);
        }
        return left;
    }

    private Expr AwaitPrimary()
    {
        if (At(TokenKind.Await))
        {
            var start = Take();
            var value = Primary();
            return At(new Await { Value = value }, start);
        }
        return Primary();
    }

    /// <summary>primary: atom followed by attribute access, calls and subscripts.</summary>
    private Expr Primary()
    {
        var start = Cur;
        var e = Atom();
        while (true)
        {
            switch (K)
            {
                case TokenKind.Dot:
                    Advance();
                    if (!At(TokenKind.Name))
                        throw Generic();
                    var name = Take();
                    e = At(new Attribute { Value = e, Attr = Ident(name), Ctx = ExprContext.Load }, start);
                    break;
                case TokenKind.LPar:
                    _brackets++;
                    e = CallArguments(e, start);
                    _brackets--;
                    break;
                case TokenKind.LSqb:
                    Advance();
                    _brackets++;
                    var slice = Slices();
                    _brackets--;
                    Expect(TokenKind.RSqb);
                    e = At(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, start);
                    break;
                default:
                    return e;
            }
        }
    }

    /// <summary>slices: slice !',' | ','.(slice | starred_expression)+ [','] (a tuple).</summary>
    private Expr Slices()
    {
        var start = Cur;
        var first = SliceOrStarred();
        if (!At(TokenKind.Comma) && first is not Starred)
            return first;
        var elts = new List<Expr> { first };
        while (Eat(TokenKind.Comma))
        {
            if (At(TokenKind.RSqb))
                break;
            elts.Add(SliceOrStarred());
        }
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private Expr SliceOrStarred()
    {
        if (At(TokenKind.Star))
        {
            var start = Take();
            var value = BitwiseOr();
            return At(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        return Slice();
    }

    private Expr Slice()
    {
        var start = Cur;
        Expr? lower = null;
        if (!At(TokenKind.Colon))
        {
            lower = At(TokenKind.Name) && PeekKind(1) == TokenKind.ColonEqual ? NamedExpression() : Expression();
            if (!At(TokenKind.Colon))
            {
                if (At(TokenKind.ColonEqual))
                    throw Error(lower, $"cannot use assignment expressions with {ExprName(lower)}");
                return lower;
            }
        }
        Advance();
        Expr? upper = null, step = null;
        if (StartsExpression(K))
            upper = Expression();
        if (Eat(TokenKind.Colon))
        {
            if (StartsExpression(K))
                step = Expression();
        }
        return At(new Slice { Lower = lower, Upper = upper, Step = step }, start);
    }

    private static bool IsAfter(Node a, Node b) =>
        a.Lineno > b.Lineno || (a.Lineno == b.Lineno && a.ColOffset > b.ColOffset);

    /// <summary>Whether a token can begin an expression (used for optional parts).</summary>
    private static bool StartsExpression(TokenKind k)
    {
        switch (k)
        {
            case TokenKind.Name: case TokenKind.Number: case TokenKind.String: case TokenKind.FStringStart:
            case TokenKind.LPar: case TokenKind.LSqb: case TokenKind.LBrace:
            case TokenKind.Minus: case TokenKind.Plus: case TokenKind.Tilde: case TokenKind.Star:
            case TokenKind.Not: case TokenKind.Lambda: case TokenKind.Await: case TokenKind.Ellipsis:
            case TokenKind.None: case TokenKind.True: case TokenKind.False:
                return true;
            default:
                return false;
        }
    }

    private Expr Atom()
    {
        ref readonly Token t = ref Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                Advance();
                return Span(new Name { Id = Ident(t), Ctx = ExprContext.Load }, t, t);
            case TokenKind.True:
                Advance();
                return Span(new Constant { Value = true }, t, t);
            case TokenKind.False:
                Advance();
                return Span(new Constant { Value = false }, t, t);
            case TokenKind.None:
                Advance();
                return Span(new Constant { Value = null }, t, t);
            case TokenKind.Ellipsis:
                Advance();
                return Span(new Constant { Value = EllipsisValue.Instance }, t, t);
            case TokenKind.Number:
                Advance();
                return Span(new Constant { Value = NumberParser.Parse(t.Text!) }, t, t);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Strings();
            case TokenKind.LPar:
                return ParenthesizedAtom();
            case TokenKind.LSqb:
                return ListAtom();
            case TokenKind.LBrace:
                return BraceAtom();
            default:
                throw Generic();
        }
    }

    /// <summary>'(' ... ')': tuple, group, generator expression or yield.</summary>
    private Expr ParenthesizedAtom()
    {
        _brackets++;
        var e = ParenthesizedAtomCore();
        _brackets--;
        return e;
    }

    private Expr ParenthesizedAtomCore()
    {
        Enter();
        var start = Take();
        if (Eat(TokenKind.RPar))
        {
            Leave();
            return At(new Tuple { Elts = new List<Expr>(), Ctx = ExprContext.Load }, start);
        }
        if (At(TokenKind.Yield))
        {
            var y = YieldExpression();
            Expect(TokenKind.RPar);
            Leave();
            return y;
        }
        var first = StarNamedExpression();
        if (At(TokenKind.For) || At(TokenKind.Async))
        {
            if (first is Starred)
                throw Error(first, "iterable unpacking cannot be used in comprehension");
            var gens = ForIfClauses();
            Expect(TokenKind.RPar);
            Leave();
            return At(new GeneratorExp { Elt = first, Generators = gens }, start);
        }
        if (At(TokenKind.Comma))
        {
            var elts = new List<Expr> { first };
            while (Eat(TokenKind.Comma))
            {
                if (At(TokenKind.RPar))
                    break;
                elts.Add(StarNamedExpression());
            }
            ExpectClosing(TokenKind.RPar, elts[elts.Count - 1]);
            Leave();
            return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
        }
        if (first is Starred)
        {
            // (*x) is not a valid expression.
            if (At(TokenKind.RPar))
                throw Error(first, "cannot use starred expression here");
        }
        ExpectClosing(TokenKind.RPar, first);
        Leave();
        return first;
    }

    /// <summary>Expects a closing bracket; a missing comma between two expressions gets CPython's hint.</summary>
    private void ExpectClosing(TokenKind close, Expr? last)
    {
        if (K == close)
        {
            Advance();
            return;
        }
        if (last is not null && MissingCommaHint(last) is SyntaxErrorException hint)
            throw hint;
        throw Generic();
    }

    /// <summary>
    /// CPython's invalid_expression inside brackets: two expressions side by side get
    /// "invalid syntax. Perhaps you forgot a comma?" spanning both (not after NAME STRING or a soft keyword).
    /// </summary>
    private SyntaxErrorException? MissingCommaHint(Expr last)
    {
        var k = K;
        if (k == TokenKind.Equal && last is Name)
        {
            int save0 = _p, furthest0 = _furthest;
            try
            {
                Advance();
                if (StartsExpression(K))
                {
                    var b = BitwiseOr();
                    if (!At(TokenKind.Equal) && !At(TokenKind.ColonEqual))
                        return ErrorRange(last, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                return null;
            }
            catch (SyntaxErrorException)
            {
                return null;
            }
            finally
            {
                _p = save0;
                _furthest = furthest0;
            }
        }
        if (!StartsExpression(k) || k is TokenKind.Star or TokenKind.Minus or TokenKind.Plus or TokenKind.Not)
            return null;
        if (last is Name n && (k == TokenKind.String || k == TokenKind.FStringStart || n.Id is "match" or "case" or "type" or "_"))
            return null;
        if (last is Lambda or IfExp or Starred or NamedExpr)
            return null;
        int save = _p, furthest = _furthest;
        try
        {
            var next = Expression();
            return ErrorRange(last, next, "invalid syntax. Perhaps you forgot a comma?");
        }
        catch (SyntaxErrorException)
        {
            return null;
        }
        finally
        {
            _p = save;
            _furthest = furthest;
        }
    }

    private Expr ListAtom()
    {
        _brackets++;
        var e = ListAtomCore();
        _brackets--;
        return e;
    }

    private Expr ListAtomCore()
    {
        Enter();
        var start = Take();
        var elts = new List<Expr>();
        if (!At(TokenKind.RSqb))
        {
            var first = StarNamedExpression();
            if (At(TokenKind.For) || At(TokenKind.Async))
            {
                if (first is Starred)
                    throw Error(first, "iterable unpacking cannot be used in comprehension");
                var gens = ForIfClauses();
                Expect(TokenKind.RSqb);
                Leave();
                return At(new ListComp { Elt = first, Generators = gens }, start);
            }
            elts.Add(first);
            while (Eat(TokenKind.Comma))
            {
                if (At(TokenKind.RSqb))
                    break;
                elts.Add(StarNamedExpression());
            }
            if (At(TokenKind.For) && elts.Count > 1)
                throw ErrorRange(elts[0], elts[elts.Count - 1], "did you forget parentheses around the comprehension target?");
        }
        ExpectClosing(TokenKind.RSqb, elts.Count > 0 ? elts[elts.Count - 1] : null!);
        Leave();
        return At(new List { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    /// <summary>'{' ... '}': dict, set, and their comprehensions.</summary>
    private Expr BraceAtom()
    {
        _brackets++;
        var e = BraceAtomCore();
        _brackets--;
        return e;
    }

    private Expr BraceAtomCore()
    {
        Enter();
        var start = Take();
        if (Eat(TokenKind.RBrace))
        {
            Leave();
            return At(new Dict(), start);
        }
        if (At(TokenKind.DoubleStar))
        {
            InvalidDictComprehension();
            var r = DictRest(start, null, null);
            Leave();
            return r;
        }
        var first = StarNamedExpression();
        if (At(TokenKind.Colon) && first is not Starred)
        {
            var colon = Take();
            var value = DictValue(colon);
            if (At(TokenKind.For) || At(TokenKind.Async))
            {
                var gens = ForIfClauses();
                Expect(TokenKind.RBrace);
                Leave();
                return At(new DictComp { Key = first, Value = value, Generators = gens }, start);
            }
            var d = DictRest(start, first, value);
            Leave();
            return d;
        }
        if (At(TokenKind.For) || At(TokenKind.Async))
        {
            if (first is Starred)
                throw Error(first, "iterable unpacking cannot be used in comprehension");
            var gens = ForIfClauses();
            Expect(TokenKind.RBrace);
            Leave();
            return At(new SetComp { Elt = first, Generators = gens }, start);
        }
        var elts = new List<Expr> { first };
        while (Eat(TokenKind.Comma))
        {
            if (At(TokenKind.RBrace))
                break;
            elts.Add(StarNamedExpression());
        }
        if (At(TokenKind.For) && elts.Count > 1)
            throw ErrorRange(elts[0], elts[elts.Count - 1], "did you forget parentheses around the comprehension target?");
        ExpectClosing(TokenKind.RBrace, elts[elts.Count - 1]);
        Leave();
        return At(new Set { Elts = elts }, start);
    }

    /// <summary>invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'.</summary>
    private void InvalidDictComprehension()
    {
        int save = _p;
        var star = Take();
        bool match = false;
        try
        {
            BitwiseOr();
            if (At(TokenKind.For) || At(TokenKind.Async))
            {
                ForIfClauses();
                match = At(TokenKind.RBrace);
            }
        }
        catch (SyntaxErrorException)
        {
        }
        _p = save;
        if (match)
            throw Error(star, "dict unpacking cannot be used in dict comprehension");
    }

    private Expr DictRest(in Token start, Expr? firstKey, Expr? firstValue)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        bool needItem = firstValue is null;
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
        }
        while (true)
        {
            if (needItem)
            {
                if (Eat(TokenKind.DoubleStar))
                {
                    keys.Add(null);
                    values.Add(BitwiseOr());
                }
                else
                {
                    var k = Expression();
                    if (!At(TokenKind.Colon))
                    {
                        if (At(TokenKind.RBrace) || At(TokenKind.Comma))
                            throw Error(k, "':' expected after dictionary key");
                        throw Generic();
                    }
                    var colon = Take();
                    var v = DictValue(colon);
                    keys.Add(k);
                    values.Add(v);
                }
            }
            if (!Eat(TokenKind.Comma))
                break;
            if (At(TokenKind.RBrace))
                break;
            needItem = true;
        }
        Expect(TokenKind.RBrace);
        return At(new Dict { Keys = keys, Values = values }, start);
    }

    private Expr DictValue(in Token colon)
    {
        if (At(TokenKind.RBrace) || At(TokenKind.Comma))
            throw Error(colon, "expression expected after dictionary key and ':'");
        if (At(TokenKind.Star))
            throw Error(Cur, "cannot use a starred expression in a dictionary value");
        var v = Expression();
        if (!At(TokenKind.RBrace) && !At(TokenKind.Comma) && !At(TokenKind.For) && !At(TokenKind.Async)
            && MissingCommaHint(v) is SyntaxErrorException hint)
            throw hint;
        return v;
    }

    /// <summary>for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+.</summary>
    private List<Comprehension> ForIfClauses()
    {
        var gens = new List<Comprehension>();
        while (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind(1) == TokenKind.For))
        {
            int isAsync = Eat(TokenKind.Async) ? 1 : 0;
            Advance();
            var target = StarTargets(TargetsType.For);
            if (!Eat(TokenKind.In))
                throw Generic();
            var iter = Disjunction();
            var ifs = new List<Expr>();
            while (Eat(TokenKind.If))
                ifs.Add(Disjunction());
            gens.Add(new Comprehension { Target = target, Iter = iter, Ifs = ifs, IsAsync = isAsync });
        }
        if (At(TokenKind.Async))
            throw Generic();
        return gens;
    }

    private Expr YieldExpression()
    {
        var start = Take();
        if (Eat(TokenKind.From))
        {
            var v = Expression();
            return At(new YieldFrom { Value = v }, start);
        }
        Expr? value = StartsExpression(K) ? StarExpressions() : null;
        return At(new Yield { Value = value }, start);
    }

    private Expr LambdaExpr()
    {
        Enter();
        if (_fstringFieldBrackets == _brackets)
            throw Error(Cur, "f-string: lambda expressions are not allowed without parentheses");
        var start = Take();
        var args = Parameters(TokenKind.Colon, allowAnnotations: false);
        if (!Eat(TokenKind.Colon))
            throw Generic();
        var body = Expression();
        Leave();
        return At(new Lambda { Args = args, Body = body }, start);
    }

    /// <summary>Call arguments after the callee: positional, starred, keywords, **; a lone generator expression.</summary>
    private Expr CallArguments(Expr func, in Token funcStart)
    {
        Enter();
        var open = Take();
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        bool sawKeyword = false, sawDoubleStar = false;
        while (!At(TokenKind.RPar))
        {
            var argStart = Cur;
            if (At(TokenKind.DoubleStar))
            {
                Advance();
                var v = Expression();
                if (At(TokenKind.Equal))
                    throw ErrorRange(argStart, Cur, "cannot assign to keyword argument unpacking");
                keywords.Add(At(new Keyword { Arg = null, Value = v }, argStart));
                sawDoubleStar = true;
            }
            else if (At(TokenKind.Star))
            {
                if (sawDoubleStar)
                    throw Error(Cur, "iterable argument unpacking follows keyword argument unpacking");
                Advance();
                var v = Expression();
                var starred = At(new Starred { Value = v, Ctx = ExprContext.Load }, argStart);
                if (At(TokenKind.Equal))
                    throw ErrorRange(argStart, Cur, "cannot assign to iterable argument unpacking");
                args.Add(starred);
            }
            else if (At(TokenKind.Name) && PeekKind(1) == TokenKind.Equal)
            {
                var nameTok = Take();
                var eq = Take();
                if (At(TokenKind.Comma) || At(TokenKind.RPar))
                    throw ErrorRange(nameTok, eq, "expected argument value expression");
                var v = Expression();
                keywords.Add(At(new Keyword { Arg = Ident(nameTok), Value = v }, argStart));
                sawKeyword = true;
            }
            else
            {
                var e = NamedExpression();
                if (At(TokenKind.Equal))
                {
                    var eq = Cur;
                    if (e is Constant { Value: bool or null })
                        throw ErrorRange(e, eq, $"cannot assign to {ExprName(e)}");
                    throw ErrorRange(e, eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (At(TokenKind.For) || At(TokenKind.Async))
                {
                    var gens = ForIfClauses();
                    bool alone = args.Count == 0 && keywords.Count == 0 && At(TokenKind.RPar);
                    if (alone)
                    {
                        Advance();
                        var gen = At(new GeneratorExp { Elt = e, Generators = gens }, open);
                        args.Add(gen);
                        Leave();
                        return At(new Call { Func = func, Args = args, Keywords = keywords }, funcStart);
                    }
                    var bad = At(new GeneratorExp { Elt = e, Generators = gens }, e);
                    throw Error(bad, "Generator expression must be parenthesized");
                }
                // CPython raises these at the last token it has read (RAISE_SYNTAX_ERROR), past the argument.
                if (sawDoubleStar)
                    throw Error(_t[_furthest < _count ? _furthest : _count - 1], "positional argument follows keyword argument unpacking");
                if (sawKeyword)
                    throw Error(_t[_furthest < _count ? _furthest : _count - 1], "positional argument follows keyword argument");
                args.Add(e);
            }
            if (!Eat(TokenKind.Comma))
            {
                if (!At(TokenKind.RPar))
                {
                    Expr? lastArg = keywords.Count > 0 && (args.Count == 0 || IsAfter(keywords[keywords.Count - 1], args[args.Count - 1]))
                        ? keywords[keywords.Count - 1].Value : args.Count > 0 ? args[args.Count - 1] : null;
                    if (lastArg is not null && MissingCommaHint(lastArg) is SyntaxErrorException hint)
                        throw hint;
                }
                break;
            }
        }
        Expect(TokenKind.RPar);
        Leave();
        return At(new Call { Func = func, Args = args, Keywords = keywords }, funcStart);
    }
}
