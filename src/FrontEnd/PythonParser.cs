using System;
using System.Collections.Generic;
using System.Threading;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;
using PyAot.FrontEnd.Parsing;

namespace PyAot.FrontEnd;

/// <summary>
/// The front end's entry point: Python 3.12 source to CPython's tree plus every syntax error found. The first
/// error is the one CPython reports; later ones come from resuming at the next top-level statement.
/// Never throws on any input (only <see cref="OperationCanceledException"/> when <c>ct</c> is cancelled).
/// </summary>
public static class PythonParser
{
    public static ParseResult Parse(string source, string fileName = "<unknown>", CancellationToken ct = default)
    {
        try
        {
            return ParseCore(source ?? "", ct);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            // Last line of defence: an internal failure is reported, never thrown.
            var error = new PySyntaxError("SyntaxError", $"internal parser error: {e.GetType().Name}: {e.Message}", 1, 1, 1, 1);
            return new ParseResult(new Module(), new[] { error });
        }
    }

    /// <summary>Parses source bytes: UTF-8 BOM and PEP 263 coding declarations are honoured.</summary>
    public static ParseResult Parse(byte[] source, string fileName = "<unknown>", CancellationToken ct = default)
    {
        if (!SourceDecoder.TryDecode(source ?? Array.Empty<byte>(), out string text, out PySyntaxError? error))
            return new ParseResult(new Module(), new[] { error! });
        return Parse(text, fileName, ct);
    }

    /// <summary>
    /// The deepest tree accepted, counting the Module as 1 and every node object (not the operator and context
    /// singletons) as one more level: CPython 3.12's ast.parse, called from a shallow Python stack, builds trees
    /// up to this depth and raises RecursionError past it.
    /// </summary>
    public const int MaxTreeDepth = 2996;

    private static ParseResult ParseCore(string source, CancellationToken ct)
    {
        var result = ParseSyntax(source, ct, Parser.MaxDepth, out bool hitDepthLimit);
        if (hitDepthLimit)
        {
            // Deeper nesting than an ordinary stack takes: again, on a large stack, to CPython's own limits.
            var deepResult = LargeStack.Run(() => ParseSyntax(source, ct, Parser.DeepMaxDepth, out _));
            if (deepResult is not null)
                result = deepResult;
        }
        var deep = DepthWalker.FindDeeperThan(result.Module, MaxTreeDepth);
        if (deep is null)
            return result;
        // Too deep for CPython, and for anything that walks the tree recursively: no tree, an error.
        var errors = new List<PySyntaxError>(result.Errors);
        if (errors.Count == 0)
            errors.Add(new PySyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction",
                deep.Lineno, 1, deep.Lineno, 1));
        return new ParseResult(new Module(), errors);
    }

    private static ParseResult ParseSyntax(string source, CancellationToken ct, int maxDepth, out bool hitDepthLimit)
    {
        var src = new SourceText(source);
        var tokenizer = Tokenizer.Run(src, ct);
        var parser = new Parser(src, tokenizer.Tokens, tokenizer.Count, ct, maxDepth);
        var parseErrors = new List<PySyntaxError>();
        var module = parser.ParseModule(parseErrors);
        hitDepthLimit = parser.HitDepthLimit;
        tokenizer.ReleaseTokens();
        var errors = new List<PySyntaxError>();

        if (tokenizer.Error is not null && tokenizer.ErrorDefersToParser && parseErrors.Count > 0
            && !parser.FirstErrorAtTokenizerStop)
        {
            // The parser failed before reaching a tokenizer error CPython raises lazily.
            errors.AddRange(parseErrors);
            return new ParseResult(module, errors);
        }
        if (tokenizer.Error is PySyntaxError tokError)
        {
            // CPython tokenizes the rest of the file after a parser error: a tokenizer error anywhere wins.
            errors.Add(tokError);
            foreach (var e in parseErrors)
                if (e.Line < tokError.Line)
                    errors.Add(e);
            return new ParseResult(module, errors);
        }
        if (parseErrors.Count > 0 && tokenizer.OpenBracketCount > 0)
        {
            var (ch, line, index) = tokenizer.OpenBracket(tokenizer.OpenBracketCount - 1);
            var first = parseErrors[0];
            if (first.Line > line || IsAtEnd(src, first))
            {
                int col = src.CharColumn(line, index) + 1;
                parseErrors[0] = new PySyntaxError("SyntaxError", $"'{ch}' was never closed", line, col, line, 0);
            }
        }
        return new ParseResult(module, parseErrors);
    }

    private static bool IsAtEnd(SourceText src, PySyntaxError e)
    {
        // A generic error at end of input inside brackets: CPython reports the unclosed bracket.
        int lastLine = src.LineOf(src.Text.Length);
        return e.Message == "invalid syntax" && e.Line >= lastLine;
    }
}
