using System.Collections.Generic;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>Statements: the module loop with error recovery, simple statements and compound statements.</summary>
internal sealed partial class Parser
{
    /// <summary>Whether the first error was raised on reaching the tokenizer's error (so that error comes first).</summary>
    public bool FirstErrorAtTokenizerStop { get; private set; }

    /// <summary>Parses the module. Errors are appended to <paramref name="errors"/> in the order found.</summary>
    public Module ParseModule(List<PySyntaxError> errors)
    {
        var module = new Module();
        while (!At(TokenKind.EndMarker) && !At(TokenKind.Error))
        {
            int before = _p;
            try
            {
                _furthest = _p;
                _depth = 0;
                _brackets = 0;
                _fstringFieldBrackets = -1;
                Statement(module.Body);
            }
            catch (SyntaxErrorException e)
            {
                if (errors.Count == 0)
                    FirstErrorAtTokenizerStop = _t[_furthest < _count ? _furthest : _count - 1].Kind == TokenKind.Error
                        || _t[_p].Kind == TokenKind.Error;
                errors.Add(e.Error);
                Resynchronise(before);
            }
        }
        if (At(TokenKind.Error) && errors.Count == 0)
        {
            // Only reachable when the tokenizer stopped; the caller reports its error.
        }
        return module;
    }

    /// <summary>After an error: skip to the next statement that starts a line at indentation 0.</summary>
    private void Resynchronise(int failedAt)
    {
        if (_p <= failedAt)
            _p = failedAt + 1 < _count ? failedAt + 1 : _count - 1;
        while (_p < _count - 1)
        {
            var k = _t[_p].Kind;
            if (k == TokenKind.EndMarker || k == TokenKind.Error)
                return;
            var prev = _t[_p - 1].Kind;
            if ((prev == TokenKind.Newline || prev == TokenKind.Dedent) && k != TokenKind.Indent && k != TokenKind.Dedent
                && _t[_p].Col == 0)
                return;
            _p++;
        }
    }

    private void Statement(List<Stmt> body)
    {
        _ct.ThrowIfCancellationRequested();
        switch (K)
        {
            case TokenKind.Def: body.Add(FunctionDefinition(new List<Expr>(), null)); return;
            case TokenKind.Class: body.Add(ClassDefinition(new List<Expr>(), null)); return;
            case TokenKind.At: body.Add(Decorated()); return;
            case TokenKind.If: body.Add(IfStatement()); return;
            case TokenKind.While: body.Add(WhileStatement()); return;
            case TokenKind.For: body.Add(ForStatement(null)); return;
            case TokenKind.Try: body.Add(TryStatement()); return;
            case TokenKind.With: body.Add(WithStatement(null)); return;
            case TokenKind.Async:
            {
                var asyncTok = Take();
                switch (K)
                {
                    case TokenKind.Def: body.Add(FunctionDefinition(new List<Expr>(), asyncTok)); return;
                    case TokenKind.For: body.Add(ForStatement(asyncTok)); return;
                    case TokenKind.With: body.Add(WithStatement(asyncTok)); return;
                    default: throw Generic();
                }
            }
            case TokenKind.Indent:
                throw IndentError(Cur, "unexpected indent");
            case TokenKind.Name:
                if (Cur.Text == "match" && TryMatchStatement() is Stmt m)
                {
                    body.Add(m);
                    return;
                }
                break;
        }
        SimpleStatements(body);
    }

    /// <summary>simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE.</summary>
    private void SimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            body.Add(SimpleStatement());
            if (Eat(TokenKind.Semi))
            {
                if (At(TokenKind.Newline))
                    break;
                continue;
            }
            break;
        }
        if (!Eat(TokenKind.Newline))
            throw Generic();
    }

    private Stmt SimpleStatement()
    {
        var start = Cur;
        switch (start.Kind)
        {
            case TokenKind.Pass: Advance(); return At(new Pass(), start);
            case TokenKind.Break: Advance(); return At(new Break(), start);
            case TokenKind.Continue: Advance(); return At(new Continue(), start);
            case TokenKind.Return:
            {
                Advance();
                Expr? v = StartsExpression(K) ? StarExpressions() : null;
                return At(new Return { Value = v }, start);
            }
            case TokenKind.Import: return ImportStatement();
            case TokenKind.From: return ImportFromStatement();
            case TokenKind.Raise:
            {
                Advance();
                Expr? exc = null, cause = null;
                if (StartsExpression(K))
                {
                    exc = Expression();
                    if (Eat(TokenKind.From))
                        cause = Expression();
                }
                return At(new Raise { Exc = exc, Cause = cause }, start);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Advance();
                var names = new List<string>();
                do
                {
                    names.Add(Ident(Expect(TokenKind.Name)));
                }
                while (Eat(TokenKind.Comma));
                return start.Kind == TokenKind.Global
                    ? At(new Global { Names = names }, start)
                    : At(new Nonlocal { Names = names }, start);
            }
            case TokenKind.Del: return DelStatement();
            case TokenKind.Assert:
            {
                Advance();
                var test = Expression();
                Expr? msg = null;
                if (Eat(TokenKind.Comma))
                    msg = Expression();
                return At(new Assert { Test = test, Msg = msg }, start);
            }
            case TokenKind.Name:
                if (start.Text == "type" && PeekKind(1) == TokenKind.Name
                    && (PeekKind(2) == TokenKind.Equal || PeekKind(2) == TokenKind.LSqb))
                    return TypeAliasStatement();
                break;
        }
        return ExpressionOrAssignment();
    }

    private Stmt TypeAliasStatement()
    {
        var start = Take();
        var nameTok = Take();
        var name = Span(new Name { Id = Ident(nameTok), Ctx = ExprContext.Store }, nameTok, nameTok);
        var typeParams = At(TokenKind.LSqb) ? TypeParams() : new List<TypeParam>();
        Expect(TokenKind.Equal);
        var value = Expression();
        return At(new TypeAlias { Name = name, TypeParams = typeParams, Value = value }, start);
    }

    private static Operator? AugOperator(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.AtEqual => Operator.MatMult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmperEqual => Operator.BitAnd,
        TokenKind.VBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => null,
    };

    /// <summary>Expression statements, assignments, annotated and augmented assignments.</summary>
    private Stmt ExpressionOrAssignment()
    {
        var start = Cur;
        if (start.Kind == TokenKind.Name && (start.Text == "print" || start.Text == "exec") && LegacyCall(start) is SyntaxErrorException legacy)
            throw legacy;
        Expr first = At(TokenKind.Yield) ? YieldExpression() : StarExpressions();

        if (At(TokenKind.Colon))
        {
            // Annotated assignment.
            if (first is Tuple)
                throw Error(first, "only single target (not tuple) can be annotated");
            if (first is List)
                throw Error(first, "only single target (not list) can be annotated");
            if (first is not (Name or Attribute or Subscript))
                throw Error(first, "illegal target for annotation");
            Advance();
            var annotation = Expression();
            Expr? value = null;
            if (Eat(TokenKind.Equal))
                value = At(TokenKind.Yield) ? YieldExpression() : StarExpressions();
            SetContext(first, ExprContext.Store);
            int simple = first is Name && start.Kind != TokenKind.LPar ? 1 : 0;
            return At(new AnnAssign { Target = first, Annotation = annotation, Value = value, Simple = simple }, start);
        }
        if (At(TokenKind.Equal))
        {
            var targets = new List<Expr> { first };
            Expr value;
            while (true)
            {
                Advance();
                value = At(TokenKind.Yield) ? YieldExpression() : StarExpressions();
                if (!At(TokenKind.Equal))
                    break;
                targets.Add(value);
            }
            CheckAssignTargets(targets, value);
            return At(new Assign { Targets = targets, Value = value }, start);
        }
        if (AugOperator(K) is Operator op)
        {
            if (first is not (Name or Attribute or Subscript))
                throw Error(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            Advance();
            var value = At(TokenKind.Yield) ? YieldExpression() : StarExpressions();
            SetContext(first, ExprContext.Store);
            return At(new AugAssign { Target = first, Op = op, Value = value }, start);
        }
        if (!At(TokenKind.Newline) && !At(TokenKind.Semi))
            throw StatementTailError(first);
        return At(new ExprStmt { Value = first }, start);
    }

    /// <summary>What went wrong after a complete expression statement (CPython's invalid_expression and friends).</summary>
    private SyntaxErrorException StatementTailError(Expr first)
    {
        if (At(TokenKind.If) )
        {
            // "a if b" without else
            int save = _p;
            Advance();
            if (StartsExpression(K))
            {
                Disjunction();
                if (!At(TokenKind.Else) && !At(TokenKind.Colon))
                    return ErrorRange(first, Prev, "expected 'else' after 'if' expression");
            }
            _p = save;
        }
        return Generic();
    }

    /// <summary>"print x" / "exec x": CPython's legacy-statement hint.</summary>
    private SyntaxErrorException? LegacyCall(in Token nameTok)
    {
        var k = PeekKind(1);
        if (!StartsExpression(k) || k is TokenKind.LPar or TokenKind.LSqb or TokenKind.Minus or TokenKind.Plus
            or TokenKind.Star or TokenKind.Tilde or TokenKind.Not or TokenKind.Lambda)
            return null;
        int save = _p;
        Advance();
        try
        {
            var e = StarExpressions();
            string name = nameTok.Text!;
            return ErrorRange(nameTok, Prev, $"Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        }
        catch (SyntaxErrorException)
        {
            return null;
        }
        finally
        {
            _p = save;
        }
    }

    private Stmt DelStatement()
    {
        var start = Take();
        int save = _p;
        var targets = new List<Expr>();
        bool ok = true;
        while (true)
        {
            if (At(TokenKind.Star))
            {
                ok = false;
                break;
            }
            Expr t;
            try
            {
                t = Primary();
            }
            catch (SyntaxErrorException)
            {
                ok = false; // not a del target: invalid_del_stmt below says what it is
                break;
            }
            if (!SetContext(t, ExprContext.Del))
            {
                ok = false;
                break;
            }
            targets.Add(t);
            if (!Eat(TokenKind.Comma))
                break;
            if (At(TokenKind.Newline) || At(TokenKind.Semi))
                break;
        }
        if (ok && (At(TokenKind.Newline) || At(TokenKind.Semi)))
            return At(new Delete { Targets = targets }, start);
        _p = save;
        var e = StarExpressions();
        if (InvalidTarget(e, TargetsType.Del) is not null)
            throw InvalidTargetError(e, TargetsType.Del);
        throw Generic();
    }

    private Stmt ImportStatement()
    {
        var start = Take();
        var names = new List<Alias>();
        do
        {
            var aliasStart = Cur;
            string dotted = DottedName();
            string? asname = null;
            if (Eat(TokenKind.As))
                asname = Ident(Expect(TokenKind.Name));
            names.Add(At(new Alias { Name = dotted, Asname = asname }, aliasStart));
        }
        while (Eat(TokenKind.Comma));
        if (At(TokenKind.From))
        {
            int col = _src.ByteToCharColumn(start.Line, start.Col) + 1;
            throw new SyntaxErrorException(new PySyntaxError("SyntaxError",
                "Did you mean to use 'from ... import ...' instead?", start.Line, col, start.Line, -1));
        }
        return At(new Import { Names = names }, start);
    }

    private string DottedName()
    {
        string name = Ident(Expect(TokenKind.Name));
        if (!At(TokenKind.Dot))
            return name;
        var sb = new System.Text.StringBuilder(name);
        while (Eat(TokenKind.Dot))
            sb.Append('.').Append(Ident(Expect(TokenKind.Name)));
        return sb.ToString();
    }

    private Stmt ImportFromStatement()
    {
        var start = Take();
        int level = 0;
        while (true)
        {
            if (Eat(TokenKind.Dot))
                level++;
            else if (Eat(TokenKind.Ellipsis))
                level += 3;
            else
                break;
        }
        string? module = null;
        if (At(TokenKind.Name))
            module = DottedName();
        else if (level == 0)
            throw Generic();
        if (!Eat(TokenKind.Import))
            throw Generic();
        var names = new List<Alias>();
        if (At(TokenKind.Star))
        {
            var star = Take();
            names.Add(Span(new Alias { Name = "*" }, star, star));
            return At(new ImportFrom { Module = module, Names = names, Level = level }, start);
        }
        bool parens = Eat(TokenKind.LPar);
        while (true)
        {
            var aliasStart = Cur;
            var n = Expect(TokenKind.Name);
            string? asname = null;
            if (Eat(TokenKind.As))
                asname = Ident(Expect(TokenKind.Name));
            names.Add(At(new Alias { Name = Ident(n), Asname = asname }, aliasStart));
            if (!Eat(TokenKind.Comma))
                break;
            if (parens && At(TokenKind.RPar))
                break;
            if (!parens && (At(TokenKind.Newline) || At(TokenKind.Semi)))
                throw Error(Cur, "trailing comma not allowed without surrounding parentheses");
        }
        if (parens)
            Expect(TokenKind.RPar);
        return At(new ImportFrom { Module = module, Names = names, Level = level }, start);
    }

    // ---- compound statements ----

    /// <summary>
    /// ':' after a compound statement's header. Where CPython's grammar forces the token (def, try, finally,
    /// else) any other token gets "expected ':'"; elsewhere only a NEWLINE does (its invalid_*_stmt rules).
    /// </summary>
    private void ExpectColon(bool forced = false)
    {
        if (At(TokenKind.Colon))
        {
            Advance();
            return;
        }
        if (forced || At(TokenKind.Newline))
            throw Error(Cur, "expected ':'");
        throw Generic();
    }

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts.</summary>
    private List<Stmt> Block(string what, int line)
    {
        var body = new List<Stmt>();
        if (Eat(TokenKind.Newline))
        {
            if (!At(TokenKind.Indent))
                throw ExpectedIndentedBlock(what, line);
            Advance();
            Enter();
            while (!At(TokenKind.Dedent) && !At(TokenKind.EndMarker) && !At(TokenKind.Error))
                Statement(body);
            Leave();
            Eat(TokenKind.Dedent);
            return body;
        }
        SimpleStatements(body);
        return body;
    }

    /// <summary>
    /// A compound statement ends where its last non-whitespace token ends (CPython's EXTRA), which includes a
    /// trailing ';' after the last simple statement.
    /// </summary>
    private void EndAt(Node node, List<Stmt> body)
    {
        int i = _p - 1;
        while (i > 0 && _t[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
            i--;
        node.EndLineno = _t[i].EndLine;
        node.EndColOffset = _t[i].EndCol;
    }

    private Stmt Decorated()
    {
        var decorators = new List<Expr>();
        while (Eat(TokenKind.At))
        {
            decorators.Add(NamedExpression());
            if (!Eat(TokenKind.Newline))
                throw Generic();
        }
        if (At(TokenKind.Def))
            return FunctionDefinition(decorators, null);
        if (At(TokenKind.Class))
            return ClassDefinition(decorators, null);
        if (At(TokenKind.Async) && PeekKind(1) == TokenKind.Def)
            return FunctionDefinition(decorators, Take());
        throw Generic();
    }

    private Stmt FunctionDefinition(List<Expr> decorators, Token? asyncTok)
    {
        var defTok = Take();
        var start = asyncTok ?? defTok;
        var name = Expect(TokenKind.Name);
        var typeParams = At(TokenKind.LSqb) ? TypeParams() : new List<TypeParam>();
        if (!At(TokenKind.LPar))
            throw Error(Cur, "expected '('");
        Advance();
        var args = Parameters(TokenKind.RPar, allowAnnotations: true);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (Eat(TokenKind.RArrow))
            returns = Expression();
        ExpectColon(forced: true);
        var body = Block("function definition", defTok.Line);
        Stmt node = asyncTok is null
            ? new FunctionDef { Name = Ident(name), Args = args, Body = body, DecoratorList = decorators, Returns = returns, TypeParams = typeParams }
            : new AsyncFunctionDef { Name = Ident(name), Args = args, Body = body, DecoratorList = decorators, Returns = returns, TypeParams = typeParams };
        Span(node, start, start);
        EndAt(node, body);
        return node;
    }

    private Stmt ClassDefinition(List<Expr> decorators, Token? unused)
    {
        var start = Take();
        var name = Expect(TokenKind.Name);
        var typeParams = At(TokenKind.LSqb) ? TypeParams() : new List<TypeParam>();
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (At(TokenKind.LPar))
        {
            var call = (Call)CallArguments(Span(new Name { Id = "" }, start, start), start);
            bases = call.Args;
            keywords = call.Keywords;
        }
        ExpectColon();
        var body = Block("class definition", start.Line);
        var node = Span(new ClassDef { Name = Ident(name), Bases = bases, Keywords = keywords, Body = body, DecoratorList = decorators, TypeParams = typeParams }, start, start);
        EndAt(node, body);
        return node;
    }

    private Stmt IfStatement()
    {
        var start = Take();
        var test = NamedExpressionWithHint();
        ExpectColon();
        var body = Block(start.Kind == TokenKind.If ? "'if' statement" : "'elif' statement", start.Line);
        var node = Span(new If { Test = test, Body = body }, start, start);
        EndAt(node, body);
        if (At(TokenKind.Elif))
        {
            var elif = IfStatement();
            node.Orelse = new List<Stmt> { elif };
            EndAt(node, node.Orelse);
        }
        else if (At(TokenKind.Else))
        {
            node.Orelse = ElseBlock();
            EndAt(node, node.Orelse);
        }
        return node;
    }

    private List<Stmt> ElseBlock()
    {
        var elseTok = Take();
        ExpectColon(forced: true);
        return Block("'else' statement", elseTok.Line);
    }

    /// <summary>named_expression in a condition, with the "Maybe you meant '=='" hint for a stray '='.</summary>
    private Expr NamedExpressionWithHint()
    {
        var e = NamedExpression();
        if (At(TokenKind.Equal))
        {
            int save = _p;
            Advance();
            if (StartsExpression(K))
            {
                var b = BitwiseOr();
                if (!At(TokenKind.Equal) && !At(TokenKind.ColonEqual))
                {
                    if (e is Name)
                        throw ErrorRange(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    if (IsBitwiseOrLevel(e) && e is not (List or Tuple or GeneratorExp) && e is not Constant { Value: bool or null })
                        throw Error(e, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
                }
            }
            _p = save;
        }
        return e;
    }

    private Stmt WhileStatement()
    {
        var start = Take();
        var test = NamedExpressionWithHint();
        ExpectColon();
        var body = Block("'while' statement", start.Line);
        var node = Span(new While { Test = test, Body = body }, start, start);
        EndAt(node, body);
        if (At(TokenKind.Else))
        {
            node.Orelse = ElseBlock();
            EndAt(node, node.Orelse);
        }
        return node;
    }

    private Stmt ForStatement(Token? asyncTok)
    {
        var forTok = Take();
        var start = asyncTok ?? forTok;
        var target = StarTargets(TargetsType.For);
        Expect(TokenKind.In);
        var iter = StarExpressions();
        ExpectColon();
        var body = Block("'for' statement", forTok.Line);
        Stmt node = asyncTok is null
            ? new For { Target = target, Iter = iter, Body = body }
            : new AsyncFor { Target = target, Iter = iter, Body = body };
        Span(node, start, start);
        EndAt(node, body);
        if (At(TokenKind.Else))
        {
            var orelse = ElseBlock();
            if (node is For f)
                f.Orelse = orelse;
            else
                ((AsyncFor)node).Orelse = orelse;
            EndAt(node, orelse);
        }
        return node;
    }

    private Stmt WithStatement(Token? asyncTok)
    {
        var withTok = Take();
        var start = asyncTok ?? withTok;
        List<WithItem>? items = null;
        if (At(TokenKind.LPar))
        {
            // with (a as b, c as d): ... -- only when the parenthesised list is followed by ':'.
            int save = _p;
            try
            {
                Advance();
                var list = new List<WithItem>();
                while (!At(TokenKind.RPar))
                {
                    list.Add(WithItem());
                    if (!Eat(TokenKind.Comma))
                        break;
                }
                if (At(TokenKind.RPar) && PeekKind(1) == TokenKind.Newline && list.Count > 0)
                {
                    Advance();
                    throw Error(Cur, "expected ':'");
                }
                if (At(TokenKind.RPar) && PeekKind(1) == TokenKind.Colon && list.Count > 0)
                {
                    Advance();
                    items = list;
                }
                else
                    _p = save;
            }
            catch (SyntaxErrorException e) when (e.Error.Message != "expected ':'")
            {
                _p = save;
            }
        }
        if (items is null)
        {
            items = new List<WithItem>();
            do
            {
                items.Add(WithItem());
            }
            while (Eat(TokenKind.Comma));
        }
        ExpectColon();
        var body = Block("'with' statement", withTok.Line);
        Stmt node = asyncTok is null
            ? new With { Items = items, Body = body }
            : new AsyncWith { Items = items, Body = body };
        Span(node, start, start);
        EndAt(node, body);
        return node;
    }

    private WithItem WithItem()
    {
        var e = Expression();
        Expr? vars = null;
        if (Eat(TokenKind.As))
        {
            var t = StarTarget();
            if (!SetContext(t, ExprContext.Store))
                throw InvalidTargetError(t, TargetsType.Star);
            vars = t;
        }
        return new WithItem { ContextExpr = e, OptionalVars = vars };
    }

    private Stmt TryStatement()
    {
        var start = Take();
        ExpectColon(forced: true);
        var body = Block("'try' statement", start.Line);
        var handlers = new List<ExceptHandler>();
        bool star = false, plain = false;
        while (At(TokenKind.Except))
        {
            var exceptTok = Take();
            bool isStar = Eat(TokenKind.Star);
            if (isStar)
                star = true;
            else
                plain = true;
            if (star && plain)
                throw Error(exceptTok, "cannot have both 'except' and 'except*' on the same 'try'");
            Expr? type = null;
            string? name = null;
            if (At(TokenKind.Newline))
                throw Error(Cur, "expected ':'");
            if (!At(TokenKind.Colon))
            {
                type = Expression();
                if (At(TokenKind.Comma))
                {
                    int save = _p;
                    var tuple = StarExpressionsFrom(type);
                    if (At(TokenKind.Colon) || At(TokenKind.As))
                        throw Error(tuple, "multiple exception types must be parenthesized");
                    _p = save;
                }
                if (Eat(TokenKind.As))
                    name = Ident(Expect(TokenKind.Name));
            }
            else if (isStar)
                throw Error(Cur, "expected one or more exception types");
            ExpectColon();
            var hbody = Block(isStar ? "'except*' statement" : "'except' statement", exceptTok.Line);
            var h = Span(new ExceptHandler { Type = type, Name = name, Body = hbody }, exceptTok, exceptTok);
            EndAt(h, hbody);
            handlers.Add(h);
        }
        var orelse = new List<Stmt>();
        var final = new List<Stmt>();
        if (handlers.Count > 0 && At(TokenKind.Else))
            orelse = ElseBlock();
        if (At(TokenKind.Finally))
        {
            var finTok = Take();
            ExpectColon(forced: true);
            final = Block("'finally' statement", finTok.Line);
        }
        if (handlers.Count == 0 && final.Count == 0)
        {
            int i = _p - 1;
            while (i > 0 && _t[i].Kind != TokenKind.Newline)
                i--;
            throw Error(_t[i], "expected 'except' or 'finally' block");
        }
        Stmt node = star
            ? new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = final }
            : new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = final };
        Span(node, start, start);
        EndAt(node, final);
        return node;
    }

    /// <summary>Continues "first, ..." into a tuple (used only to measure an error's extent).</summary>
    private Expr StarExpressionsFrom(Expr first)
    {
        var elts = new List<Expr> { first };
        while (Eat(TokenKind.Comma))
        {
            if (!StartsExpression(K))
                break;
            elts.Add(Expression());
        }
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, first);
    }
}
