using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Lexing;

namespace PyAot.FrontEnd.Parsing;

/// <summary>
/// Hand-written recursive-descent parser following CPython 3.12's PEG grammar (Grammar/python.gram), building
/// CPython's exact tree. Backtracking is by saving and restoring the token index. A syntax error aborts the
/// current statement through <see cref="SyntaxErrorException"/>, which the statement loop catches to record it
/// and resynchronise.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Nesting limit for recursive constructs on an ordinary thread stack. Past it the parse is retried on a large
    /// stack with <see cref="DeepMaxDepth"/> (see PythonParser).
    /// </summary>
    public const int MaxDepth = 1500;

    /// <summary>
    /// The nesting limit on a large stack: about where CPython 3.12 gives up ("Parser stack overflowed", or a
    /// RecursionError building the tree at depth 2,996, which the parser checks afterwards).
    /// </summary>
    public const int DeepMaxDepth = 3000;

    public const string TooComplex = "Parser stack overflowed - Python source too complex to parse";

    private readonly int _maxDepth;

    /// <summary>Whether the nesting limit (or the thread's stack) stopped the parse somewhere.</summary>
    public bool HitDepthLimit { get; private set; }

    private readonly SourceText _src;
    private readonly Token[] _t;
    private readonly int _count;
    private int _p;
    /// <summary>Furthest token index looked at: where CPython reports a generic "invalid syntax".</summary>
    private int _furthest;
    private int _depth;
    /// <summary>Open brackets in the expression being parsed, and their count at the current f-string
    /// replacement field's top level (-1 outside f-strings): a lambda there needs parentheses.</summary>
    private int _brackets;
    private int _fstringFieldBrackets = -1;
    private readonly System.Threading.CancellationToken _ct;

    /// <param name="tokens">The tokenizer's buffer: <paramref name="count"/> tokens, the last an EndMarker or
    /// Error, followed by default (EndMarker) slots.</param>
    public Parser(SourceText src, Token[] tokens, int count, System.Threading.CancellationToken ct, int maxDepth = MaxDepth)
    {
        _maxDepth = maxDepth;
        _src = src;
        _t = tokens;
        _count = count;
        _ct = ct;
    }

    // ---- token access ----

    private TokenKind K
    {
        get
        {
            if (_p > _furthest)
                _furthest = _p;
            return _t[_p].Kind;
        }
    }

    private ref readonly Token Cur
    {
        get
        {
            if (_p > _furthest)
                _furthest = _p;
            return ref _t[_p];
        }
    }

    private TokenKind PeekKind(int n)
    {
        int i = _p + n;
        if (i >= _count)
            i = _count - 1;
        if (i > _furthest)
            _furthest = i;
        return _t[i].Kind;
    }

    private ref readonly Token Prev => ref _t[_p > 0 ? _p - 1 : 0];

    private bool At(TokenKind k) => K == k;

    private bool AtName(string softKeyword) => K == TokenKind.Name && _t[_p].Text == softKeyword;

    private bool Eat(TokenKind k)
    {
        if (K != k)
            return false;
        Advance();
        return true;
    }

    private void Advance()
    {
        if (_t[_p].Kind != TokenKind.EndMarker && _t[_p].Kind != TokenKind.Error)
            _p++;
    }

    private Token Take()
    {
        var t = Cur;
        Advance();
        return t;
    }

    private Token Expect(TokenKind k)
    {
        if (K != k)
            throw Generic();
        return Take();
    }

    /// <summary>Guards recursion: CPython's parser stack limit and the CLR's own stack.</summary>
    private void Enter()
    {
        if (++_depth > _maxDepth)
        {
            HitDepthLimit = true;
            throw Error(Cur, TooComplex, "MemoryError");
        }
        if ((_depth & 15) == 0)
        {
            _ct.ThrowIfCancellationRequested();
            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
            }
            catch (System.InsufficientExecutionStackException)
            {
                HitDepthLimit = true;
                throw Error(Cur, TooComplex, "MemoryError");
            }
        }
    }

    private void Leave() => _depth--;

    // ---- positions ----

    private T At<T>(T node, in Token start) where T : Node
    {
        ref readonly Token end = ref Prev;
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private T At<T>(T node, Node start) where T : Node
    {
        ref readonly Token end = ref Prev;
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, Node start, Node end) where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private static T Span<T>(T node, in Token start, in Token end) where T : Node
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private static T CopyPos<T>(T node, Node from) where T : Node => Span(node, from, from);

    private string Ident(in Token t) => t.Text ?? "";
}
