using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>The match statement (soft keyword) and its patterns.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// "match" starts a match statement only when followed by a subject, ':' and NEWLINE; otherwise it is a
    /// name and the caller parses a simple statement. Returns null in that case (position restored).
    /// </summary>
    private Stmt? TryMatchStatement()
    {
        int save = _p;
        int savedFurthest = _furthest;
        var start = Take();
        if (!StartsExpression(K) || At(TokenKind.Lambda) && false)
        {
            _p = save;
            return null;
        }
        Expr subject;
        try
        {
            var subjectStart = Cur;
            var first = StarNamedExpression();
            if (At(TokenKind.Comma))
            {
                var elts = new List<Expr> { first };
                while (Eat(TokenKind.Comma))
                {
                    if (At(TokenKind.Colon))
                        break;
                    elts.Add(StarNamedExpression());
                }
                subject = At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, subjectStart);
            }
            else
                subject = first;
        }
        catch (SyntaxErrorException)
        {
            _p = save;
            return null;
        }
        if (!At(TokenKind.Colon))
        {
            if (At(TokenKind.Newline) && !(subject is Name && false))
            {
                // invalid_match_stmt ("match" subject_expr NEWLINE: expected ':') runs only once the line has
                // failed to parse as simple statements ("match (x)" is a call).
                var newline = Cur;
                if (!ParsesAsSimpleStatements(save))
                    throw Error(newline, "expected ':'");
            }
            _p = save;
            return null;
        }
        Advance();
        if (!Eat(TokenKind.Newline))
        {
            _p = save;
            return null;
        }
        if (!At(TokenKind.Indent))
            throw ExpectedIndentedBlock("'match' statement", start.Line);
        Advance();
        var cases = new List<MatchCase>();
        while (AtName("case"))
            cases.Add(CaseBlock());
        if (cases.Count == 0)
            throw Generic();
        Eat(TokenKind.Dedent);
        var node = Span(new Match { Subject = subject, Cases = cases }, start, start);
        var lastBody = cases[cases.Count - 1].Body;
        EndAt(node, lastBody);
        return node;
    }

    private bool ParsesAsSimpleStatements(int from)
    {
        int save = _p, savedFurthest = _furthest, savedDepth = _depth, savedBrackets = _brackets, savedField = _fstringFieldBrackets;
        _p = from;
        try
        {
            SimpleStatements(new List<Stmt>());
            return true;
        }
        catch (SyntaxErrorException)
        {
            return false;
        }
        finally
        {
            _p = save;
            _furthest = savedFurthest;
            _depth = savedDepth;
            _brackets = savedBrackets;
            _fstringFieldBrackets = savedField;
        }
    }

    private MatchCase CaseBlock()
    {
        var caseTok = Take();
        var pattern = Patterns();
        Expr? guard = null;
        if (Eat(TokenKind.If))
            guard = NamedExpression();
        ExpectColon();
        var body = Block("'case' statement", caseTok.Line);
        return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
    }

    /// <summary>patterns: open_sequence_pattern (a MatchSequence) | pattern.</summary>
    private Pattern Patterns()
    {
        var start = Cur;
        var first = MaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar)
                return At(new MatchSequence { Patterns = new List<Pattern> { first } }, start);
            return first;
        }
        var list = new List<Pattern> { first };
        while (Eat(TokenKind.Comma))
        {
            if (At(TokenKind.Colon) || At(TokenKind.If))
                break;
            list.Add(MaybeStarPattern());
        }
        return At(new MatchSequence { Patterns = list }, start);
    }

    private Pattern MaybeStarPattern()
    {
        if (At(TokenKind.Star))
        {
            var star = Take();
            var n = Expect(TokenKind.Name);
            string? name = n.Text == "_" ? null : n.Text;
            return At(new MatchStar { Name = name }, star);
        }
        return Pattern();
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern Pattern()
    {
        Enter();
        var start = Cur;
        var p = OrPattern();
        if (Eat(TokenKind.As))
        {
            if (!At(TokenKind.Name))
            {
                if (StartsExpression(K))
                    throw Error(Cur, "invalid pattern target");
                throw Generic();
            }
            var n = Take();
            if (n.Text == "_")
                throw Error(n, "cannot use '_' as a target");
            p = At(new MatchAs { Pattern = p, Name = n.Text }, start);
        }
        Leave();
        return p;
    }

    private Pattern OrPattern()
    {
        var start = Cur;
        var first = ClosedPattern();
        if (!At(TokenKind.VBar))
            return first;
        var list = new List<Pattern> { first };
        while (Eat(TokenKind.VBar))
            list.Add(ClosedPattern());
        return At(new MatchOr { Patterns = list }, start);
    }

    private Pattern ClosedPattern()
    {
        var start = Cur;
        switch (K)
        {
            case TokenKind.None: Advance(); return At(new MatchSingleton { Value = null }, start);
            case TokenKind.True: Advance(); return At(new MatchSingleton { Value = true }, start);
            case TokenKind.False: Advance(); return At(new MatchSingleton { Value = false }, start);
            case TokenKind.Number:
            case TokenKind.Minus:
                return At(new MatchValue { Value = SignedNumberPattern() }, start);
            case TokenKind.String:
            case TokenKind.FStringStart:
            {
                var s = Strings();
                return At(new MatchValue { Value = s }, start);
            }
            case TokenKind.LPar:
            {
                Advance();
                if (Eat(TokenKind.RPar))
                    return At(new MatchSequence(), start);
                var first = MaybeStarPattern();
                if (At(TokenKind.Comma))
                {
                    var list = new List<Pattern> { first };
                    while (Eat(TokenKind.Comma))
                    {
                        if (At(TokenKind.RPar))
                            break;
                        list.Add(MaybeStarPattern());
                    }
                    Expect(TokenKind.RPar);
                    return At(new MatchSequence { Patterns = list }, start);
                }
                Expect(TokenKind.RPar);
                if (first is MatchStar)
                    return At(new MatchSequence { Patterns = new List<Pattern> { first } }, start);
                return first;
            }
            case TokenKind.LSqb:
            {
                Advance();
                var list = new List<Pattern>();
                while (!At(TokenKind.RSqb))
                {
                    list.Add(MaybeStarPattern());
                    if (!Eat(TokenKind.Comma))
                        break;
                }
                Expect(TokenKind.RSqb);
                return At(new MatchSequence { Patterns = list }, start);
            }
            case TokenKind.LBrace:
                return MappingPattern();
            case TokenKind.Name:
            {
                var n = Take();
                if (!At(TokenKind.Dot) && !At(TokenKind.LPar))
                {
                    if (n.Text == "_")
                        return At(new MatchAs(), start);
                    return At(new MatchAs { Name = n.Text }, start);
                }
                Expr value = Span(new Name { Id = Ident(n), Ctx = ExprContext.Load }, n, n);
                while (Eat(TokenKind.Dot))
                {
                    var attr = Expect(TokenKind.Name);
                    value = At(new Attribute { Value = value, Attr = Ident(attr), Ctx = ExprContext.Load }, start);
                }
                if (At(TokenKind.LPar))
                    return ClassPattern(value, start);
                return At(new MatchValue { Value = value }, start);
            }
            default:
                throw Generic();
        }
    }

    /// <summary>signed_number, or a complex literal: signed_real_number ('+' | '-') imaginary_number.</summary>
    private Expr SignedNumberPattern()
    {
        var start = Cur;
        Expr left;
        if (At(TokenKind.Minus))
        {
            Advance();
            var num = Expect(TokenKind.Number);
            var c = Span(new Constant { Value = NumberParser.Parse(num.Text!) }, num, num);
            left = At(new UnaryOp { Op = UnaryOperator.USub, Operand = c }, start);
        }
        else
        {
            var num = Expect(TokenKind.Number);
            left = Span(new Constant { Value = NumberParser.Parse(num.Text!) }, num, num);
        }
        if (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            var op = Take().Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
            var num = Expect(TokenKind.Number);
            var right = Span(new Constant { Value = NumberParser.Parse(num.Text!) }, num, num);
            if (right.Value is not System.Numerics.Complex)
                throw Error(right, "imaginary number required in complex literal");
            if (left is Constant { Value: System.Numerics.Complex } || left is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
                throw Error(left, "real number required in complex literal");
            return At(new BinOp { Left = left, Op = op, Right = right }, start);
        }
        return left;
    }

    private Pattern MappingPattern()
    {
        var start = Take();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!At(TokenKind.RBrace))
        {
            if (Eat(TokenKind.DoubleStar))
            {
                var restTok = Expect(TokenKind.Name);
                if (restTok.Text == "_")
                    throw Error(restTok, "invalid syntax");
                rest = Ident(restTok);
                Eat(TokenKind.Comma);
                break;
            }
            var keyStart = Cur;
            Expr key;
            switch (K)
            {
                case TokenKind.None: Advance(); key = At(new Constant { Value = null }, keyStart); break;
                case TokenKind.True: Advance(); key = At(new Constant { Value = true }, keyStart); break;
                case TokenKind.False: Advance(); key = At(new Constant { Value = false }, keyStart); break;
                case TokenKind.String: case TokenKind.FStringStart: key = Strings(); break;
                case TokenKind.Number: case TokenKind.Minus: key = SignedNumberPattern(); break;
                case TokenKind.Name:
                {
                    var n = Take();
                    key = Span(new Name { Id = Ident(n), Ctx = ExprContext.Load }, n, n);
                    if (!At(TokenKind.Dot))
                        throw Generic();
                    while (Eat(TokenKind.Dot))
                    {
                        var attr = Expect(TokenKind.Name);
                        key = At(new Attribute { Value = key, Attr = Ident(attr), Ctx = ExprContext.Load }, keyStart);
                    }
                    break;
                }
                default:
                    throw Generic();
            }
            Expect(TokenKind.Colon);
            keys.Add(key);
            patterns.Add(Pattern());
            if (!Eat(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RBrace);
        return At(new MatchMapping { Keys = keys, Patterns = patterns, Rest = rest }, start);
    }

    private Pattern ClassPattern(Expr cls, in Token start)
    {
        Advance();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (!At(TokenKind.RPar))
        {
            if (At(TokenKind.Name) && PeekKind(1) == TokenKind.Equal)
            {
                var n = Take();
                Advance();
                kwdAttrs.Add(Ident(n));
                kwdPatterns.Add(Pattern());
            }
            else
            {
                var p = Pattern();
                if (kwdAttrs.Count > 0)
                    throw Error(p, "positional patterns follow keyword patterns");
                patterns.Add(p);
            }
            if (!Eat(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RPar);
        return At(new MatchClass { Cls = cls, Patterns = patterns, KwdAttrs = kwdAttrs, KwdPatterns = kwdPatterns }, start);
    }
}
