using System.Collections.Generic;
using System.Text;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>
/// String atoms: implicit concatenation and f-strings, reproducing CPython 3.12's
/// _PyPegen_concatenate_strings / _PyPegen_joined_str / _PyPegen_formatted_value, including where constant
/// parts are merged or dropped and the positions they get.
/// </summary>
internal sealed partial class Parser
{
    private Expr Strings()
    {
        var first = Cur;
        if (At(TokenKind.String) && _p + 1 < _count && _t[_p + 1].Kind is not (TokenKind.String or TokenKind.FStringStart))
            return StringConstant(Take()); // one plain literal, the common case
        var parts = new List<Expr>();
        bool bytesFound = false, strFound = false, fstringFound = false;
        while (At(TokenKind.String) || At(TokenKind.FStringStart))
        {
            if (At(TokenKind.String))
            {
                var c = StringConstant(Take());
                if (c.Value is byte[])
                    bytesFound = true;
                else
                    strFound = true;
                parts.Add(c);
            }
            else
            {
                parts.Add(FString());
                fstringFound = true;
            }
        }
        var last = Prev;
        if (bytesFound && (strFound || fstringFound))
            throw Error(Cur, "cannot mix bytes and nonbytes literals");

        if (bytesFound)
        {
            var kind = ((Constant)parts[0]).Kind;
            var all = new List<byte>();
            foreach (var p in parts)
                all.AddRange((byte[])((Constant)p).Value!);
            return Span(new Constant { Value = all.ToArray(), Kind = kind }, first, last);
        }
        if (!fstringFound && parts.Count == 1)
            return parts[0];

        var flat = new List<Expr>();
        foreach (var p in parts)
        {
            if (p is JoinedStr j)
                flat.AddRange(j.Values);
            else
                flat.Add(p);
        }

        var values = new List<Expr>();
        for (int i = 0; i < flat.Count; i++)
        {
            var elem = flat[i];
            if (elem is Constant c0)
            {
                if (i + 1 < flat.Count && flat[i + 1] is Constant)
                {
                    int j = i;
                    while (j < flat.Count && flat[j] is Constant)
                        j++;
                    var lastConst = (Constant)flat[j - 1];
                    elem = Span(new Constant { Value = ConcatStr(flat, i, j), Kind = c0.Kind }, c0, lastConst);
                    i = j - 1;
                }
                if (fstringFound && elem is Constant { Value: string { Length: 0 } })
                    continue;
            }
            values.Add(elem);
        }
        if (!fstringFound)
            return values[0];
        return Span(new JoinedStr { Values = values }, first, last);
    }

    /// <summary>
    /// The str value of the Constants flat[from..to): a string, unless lone surrogates from escapes end up side by
    /// side (then a <see cref="CodePointString"/>, as one piece of it may already be).
    /// </summary>
    private static object ConcatStr(List<Expr> flat, int from, int to)
    {
        bool simple = true;
        for (int k = from; k < to && simple; k++)
        {
            var v = ((Constant)flat[k]).Value;
            if (v is not string s)
                simple = false;
            else if (k > from && s.Length > 0 && char.IsLowSurrogate(s[0])
                     && ((Constant)flat[k - 1]).Value is string { Length: > 0 } p && char.IsHighSurrogate(p[p.Length - 1]))
                simple = false;
        }
        if (simple)
        {
            var sb = new StringBuilder();
            for (int k = from; k < to; k++)
                sb.Append((string)((Constant)flat[k]).Value!);
            return sb.ToString();
        }
        var cps = new List<int>();
        for (int k = from; k < to; k++)
        {
            var v = ((Constant)flat[k]).Value;
            if (v is CodePointString c)
                cps.AddRange(c.CodePoints);
            else
                CodePointString.AddCodePoints(cps, (string)v!);
        }
        return CodePointString.FromCodePoints(cps);
    }

    /// <summary>A plain (non-f) string or bytes token as a Constant.</summary>
    private Constant StringConstant(in Token t)
    {
        // The literal is read from the source: String tokens carry no text of their own.
        string text = _src.Text;
        int start = t.Start, length = t.End - t.Start;
        int q = 0;
        bool raw = false, isBytes = false, u = false;
        while (text[start + q] != '"' && text[start + q] != '\'')
        {
            char p = text[start + q];
            raw |= p is 'r' or 'R';
            isBytes |= p is 'b' or 'B';
            u |= p is 'u' or 'U';
            q++;
        }
        int quoteSize = length - q >= 6 && text[start + q + 1] == text[start + q] && text[start + q + 2] == text[start + q] ? 3 : 1;
        string body = text.Substring(start + q + quoteSize, length - q - 2 * quoteSize);
        object? value;
        string? error;
        if (isBytes)
            value = StringDecoder.DecodeBytes(body, raw, out error);
        else
            value = StringDecoder.DecodeStr(body, raw, out error);
        if (error is not null)
            throw Error(t, error);
        return Span(new Constant { Value = value, Kind = u ? "u" : null }, t, t);
    }

    /// <summary>fstring: FSTRING_START fstring_middle* FSTRING_END, as _PyPegen_joined_str builds it.</summary>
    private JoinedStr FString()
    {
        Enter();
        var start = Take();
        string prefix = start.Text!;
        bool raw = prefix.IndexOf('r') >= 0 || prefix.IndexOf('R') >= 0;
        var items = new List<Expr>();
        while (true)
        {
            if (At(TokenKind.FStringMiddle))
            {
                var m = Take();
                items.Add(Span(new Constant { Value = m.Text }, m, m));
            }
            else if (At(TokenKind.LBrace))
                items.Add(ReplacementField());
            else if (At(TokenKind.FStringEnd))
                break;
            else
                throw Generic();
        }
        var end = Take();
        var values = new List<Expr>();
        foreach (var item in items)
        {
            if (item is JoinedStr debug)
            {
                foreach (var v in debug.Values)
                    AddFStringPart(values, v, raw, end);
            }
            else
                AddFStringPart(values, item, raw, end);
        }
        Leave();
        return Span(new JoinedStr { Values = values }, start, end);
    }

    private void AddFStringPart(List<Expr> values, Expr item, bool raw, in Token end)
    {
        if (item is Constant c)
        {
            string text = (string)c.Value!;
            if (text == "{{" || text == "}}")
                text = text.Substring(0, 1);
            object? decoded = StringDecoder.DecodeStr(text, raw || text.IndexOf('\\') < 0, out string? error);
            if (error is not null)
                throw Error(end, error);
            if (decoded is string { Length: 0 })
                return;
            values.Add(CopyPos(new Constant { Value = decoded }, c));
            return;
        }
        values.Add(item);
    }

    /// <summary>The tokenizer's copy of a field's expression text leaves comments out (but keeps the newlines).</summary>
    private static string WithoutComments(string text)
    {
        if (text.IndexOf('#') < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && i + 1 < text.Length)
                {
                    sb.Append(c).Append(text[++i]);
                    continue;
                }
                if (c == quote)
                    quote = '\0';
            }
            else if (c == '"' || c == '\'')
                quote = c;
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                    i++;
                if (i < text.Length)
                    sb.Append('\n');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' spec*] '}'. Returns the FormattedValue, or for
    /// a '=' field a JoinedStr of the debug text and the value (flattened by the caller, as in CPython).
    /// </summary>
    private Expr ReplacementField()
    {
        var open = Take();
        switch (K)
        {
            case TokenKind.Equal: throw Error(Cur, "f-string: valid expression required before '='");
            case TokenKind.Exclamation: throw Error(Cur, "f-string: valid expression required before '!'");
            case TokenKind.Colon: throw Error(Cur, "f-string: valid expression required before ':'");
            case TokenKind.RBrace: throw Error(Cur, "f-string: valid expression required before '}'");
        }
        if (!At(TokenKind.Yield) && !StartsExpression(K))
            throw Error(Cur, "f-string: expecting a valid expression after '{'");
        int savedField = _fstringFieldBrackets, savedBrackets = _brackets;
        _brackets = 0;
        _fstringFieldBrackets = 0;
        var exprStart = Cur;
        Expr expr;
        try
        {
            expr = At(TokenKind.Yield) ? YieldExpression() : StarExpressions();
        }
        catch (SyntaxErrorException e) when (e.Error.Message == "invalid syntax" && !At(TokenKind.Error))
        {
            throw Error(exprStart, "f-string: expecting a valid expression after '{'");
        }
        _brackets = savedBrackets;
        _fstringFieldBrackets = savedField;
        Token? debug = null;
        if (At(TokenKind.Equal))
            debug = Take();
        Name? conversion = null;
        Token conversionBang = default;
        if (At(TokenKind.Exclamation))
        {
            conversionBang = Take();
            if (At(TokenKind.Colon) || At(TokenKind.RBrace))
                throw Error(Cur, "f-string: missing conversion character");
            if (!At(TokenKind.Name) && !Keywords.IsKeyword(K))
                throw Error(Cur, "f-string: invalid conversion character");
            var n = Take();
            if (n.Line != conversionBang.EndLine || n.Col != conversionBang.EndCol)
                throw ErrorRange(conversionBang, n, "f-string: conversion type must come right after the exclamanation mark");
            conversion = Span(new Name { Id = n.Text!, Ctx = ExprContext.Load }, n, n);
        }
        Expr? spec = null;
        Token specColon = default;
        if (At(TokenKind.Colon))
        {
            specColon = Take();
            var specValues = new List<Expr>();
            while (true)
            {
                if (At(TokenKind.FStringMiddle))
                {
                    var m = Take();
                    object? decoded = StringDecoder.DecodeStr(m.Text!, false, out string? error);
                    if (error is not null)
                        throw Error(m, error);
                    specValues.Add(Span(new Constant { Value = decoded }, m, m));
                }
                else if (At(TokenKind.LBrace))
                {
                    var f = ReplacementField();
                    if (f is JoinedStr dj)
                        specValues.Add(dj);
                    else
                        specValues.Add(f);
                }
                else
                    break;
            }
            if (specValues.Count == 1 && specValues[0] is Constant { Value: string { Length: 0 } })
                specValues.Clear();
            spec = At(new JoinedStr { Values = specValues }, specColon);
        }
        if (!At(TokenKind.RBrace))
        {
            if (At(TokenKind.Error))
                throw Generic();
            if (spec is not null && At(TokenKind.FStringEnd))
                throw Error(Cur, "f-string: expecting '}', or format specs");
            if (spec is not null || conversion is not null)
                throw Error(Cur, conversion is not null && spec is null ? "f-string: expecting ':' or '}'" : "f-string: expecting '}'");
            if (debug is not null)
                throw Error(Cur, "f-string: expecting '!', or ':', or '}'");
            throw Error(Cur, "f-string: expecting '=', or '!', or ':', or '}'");
        }
        var close = Take();

        int conv = -1;
        if (conversion is not null)
        {
            string id = conversion.Id;
            if (id.Length != 1 || (id[0] != 's' && id[0] != 'r' && id[0] != 'a'))
                throw Error(conversion, $"f-string: invalid conversion character {PyLiteral.Repr(id)}: expected 's', 'r', or 'a'");
            conv = id[0];
        }
        else if (debug is not null && spec is null)
            conv = 'r';
        var fv = Span(new FormattedValue { Value = expr, Conversion = conv, FormatSpec = spec }, open, close);
        if (debug is null)
            return fv;

        // The debug text: the source from after '{' up to the conversion, format spec or closing brace.
        int textEnd;
        int endLine, endCol;
        if (conversion is not null)
        {
            textEnd = conversionBang.Start;
            endLine = conversion.Lineno;
            endCol = conversion.ColOffset;
        }
        else if (spec is not null)
        {
            textEnd = specColon.Start;
            endLine = spec.Lineno;
            endCol = spec.ColOffset + 1;
        }
        else
        {
            textEnd = close.Start;
            endLine = close.EndLine;
            endCol = close.EndCol;
        }
        string debugText = WithoutComments(_src.Text.Substring(open.End, textEnd - open.End));
        var text = new Constant
        {
            Value = debugText,
            Lineno = open.Line,
            ColOffset = open.Col + 1,
            EndLineno = endLine,
            EndColOffset = endCol - 1,
        };
        return new JoinedStr
        {
            Values = new List<Expr> { text, fv },
            Lineno = open.Line,
            ColOffset = open.Col,
            EndLineno = endLine,
            EndColOffset = endCol,
        };
    }
}
