namespace PyAot.FrontEnd.Lexing;

/// <summary>
/// Token kinds. Operators and hard keywords each get their own kind so the parser matches by a single
/// integer compare; soft keywords (match, case, type, _) stay <see cref="Name"/>.
/// </summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    FStringStart, FStringMiddle, FStringEnd,
    /// <summary>The tokenizer stopped on an error (recorded in <see cref="Tokenizer.Error"/>).</summary>
    Error,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual, Exclamation,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, VBar, Amper, Circumflex, Tilde, LeftShift, RightShift,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual, Equal,
    PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual, VBarEqual,
    AmperEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, AtEqual,
    /// <summary>A character that is no operator ('$', '?', '`'): CPython hands it to the parser, which rejects it.</summary>
    Unknown,

    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else, Except,
    Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try, While,
    With, Yield,
}
