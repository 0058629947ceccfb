using System.Collections.Generic;

namespace PyAot.FrontEnd.Lexing;

/// <summary>Python 3.12's hard keywords.</summary>
internal static class Keywords
{
    private static readonly Dictionary<string, TokenKind> Table = new()
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True, ["and"] = TokenKind.And,
        ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert, ["async"] = TokenKind.Async, ["await"] = TokenKind.Await,
        ["break"] = TokenKind.Break, ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue,
        ["def"] = TokenKind.Def, ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For,
        ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If, ["import"] = TokenKind.Import,
        ["in"] = TokenKind.In, ["is"] = TokenKind.Is, ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal,
        ["not"] = TokenKind.Not, ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return, ["try"] = TokenKind.Try, ["while"] = TokenKind.While, ["with"] = TokenKind.With,
        ["yield"] = TokenKind.Yield,
    };

    public static TokenKind Lookup(string name) => Table.TryGetValue(name, out var k) ? k : TokenKind.Name;

    public static bool IsKeyword(TokenKind k) => k >= TokenKind.False;
}
