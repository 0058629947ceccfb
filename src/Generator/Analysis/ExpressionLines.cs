using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>
/// Where the line changes inside a statement that spans several lines, as CPython 3.12 compiles it: each instruction
/// has the line of the node it comes from (<c>Python/compile.c</c>: a call's CALL on the call's line, or on its
/// method name's for <c>obj.m(...)</c>; an attribute's LOAD_ATTR on the attribute name's; an operator's on the
/// operator expression's; a display's BUILD on the display's; the STORE of an assignment on its target's; a return's
/// on the statement's), and LINE fires when the line of the instruction about to run differs from the one before
/// (straight-line code: every change is a line start). So <c>x = f(a,\n      b)</c> raises LINE 1, 2, 1.
/// <para>
/// For each expression whose evaluation moves the frame to another line, <see cref="Mark"/> says to which lines before
/// its first instruction (only a name, a constant, what folds to a constant, a lambda or an empty display has its own
/// first instruction here), and to which lines after it, where its parent's own instructions run. The lowering puts a
/// LINE point there (<c>Instrument.Before</c>/<c>After</c>), and the statement's own point on the line of its first
/// instruction (<see cref="Plan.FirstLine"/>). Followed: assignments, augmented assignments (to a target on one line), expression
/// statements, returns, raises, with items, a for loop's iterable, decorated definitions, over names, constants, calls, attributes,
/// operators, comparisons, <c>and</c>/<c>or</c>, conditional expressions, subscripts, displays, lambdas and inlined
/// comprehensions with one loop, f-strings, slices; and the tests of <c>if</c>, <c>while</c> and <c>assert</c>. A statement
/// with anything else (a starred item, a comprehension with two loops...) gets no marks: its LINE events are its own
/// point's alone.
/// </para>
/// </summary>
internal static class ExpressionLines
{
    /// <summary>The lines to move to before an expression is evaluated, and those after it, in order.</summary>
    internal sealed class Mark
    {
        public List<int>? Before;
        public List<int>? After;
    }

    /// <summary>A followed statement's lines.</summary>
    /// <param name="Marks">The points around its expressions.</param>
    /// <param name="Holders">The expressions that hold a name or a constant with points (it included): the lowering
    /// computes such a leaf into a temporary where it stands, once (a call writes its operands twice), so these write
    /// statements, and what is evaluated before them is spilled first, in Python's order.</param>
    /// <param name="FirstLine">The line of its first instruction: where its own LINE point is (a statement whose first
    /// instruction is on a later line, <c>x = (\n    f(1))</c>, raises no LINE for its first line before it).</param>
    internal sealed record Plan(Dictionary<Expr, Mark> Marks, HashSet<Expr> Holders, int FirstLine);

    /// <summary>The plan of a simple statement (or a for loop's iterable) spanning several lines, or of a decorated
    /// definition (null: not followed). A decorated definition's own instructions are the lowering's to place:
    /// MAKE_FUNCTION (or LOAD_BUILD_CLASS) on the <c>def</c> (<c>class</c>) line after the decorators (and defaults),
    /// each decorator's CALL on its line, the STORE on the <c>def</c> line; the marks here place the first.</summary>
    public static Plan? Of(Stmt s)
    {
        if (s is FunctionDef { DecoratorList.Count: > 0 } or ClassDef { DecoratorList.Count: > 0 })
            return Decorated(s) is { } walker ? new Plan(walker.Marks, walker.Holders, FirstLines.Of(s)) : null;
        if (s is For f)
            return f.Iter.Lineno == f.Lineno && f.Iter.EndLineno == f.Lineno ? null : Simple(s, f.Iter, f.Lineno);
        if (s.EndLineno <= s.Lineno)
            return null;
        return s switch
        {
            ExprStmt e => Simple(s, e.Value, null), // (its POP_TOP has no location: the line of the instruction before it)
            Return { Value: { } v and not Constant } r => Simple(s, v, r.Lineno),
            Assign a when a.Targets.TrueForAll(t => t.Lineno == s.Lineno && t.EndLineno == s.Lineno) => Simple(s, a.Value, s.Lineno),
            // compiler_augassign: the target's LOAD on its line, the value, the in-place operator on the statement's
            // line, the STORE on the target's
            AugAssign { Target: Name t } a when t.Lineno == s.Lineno => Simple(s, a.Value, s.Lineno, t),
            // (an attribute or item target on the statement's line: its operands load there, its STORE runs there)
            AugAssign { Target: Attribute at } a when at.Lineno == s.Lineno && at.EndLineno == s.Lineno =>
                Simple(s, a.Value, s.Lineno, at.Value),
            AugAssign { Target: Subscript { Slice: not Slice } item } a when item.Lineno == s.Lineno && item.EndLineno == s.Lineno =>
                Simple(s, a.Value, s.Lineno, item.Value, item.Slice),
            If i => Test(s, i.Test),
            With w => WithItems(w),
            // compiler_raise: the exception, its cause, RAISE_VARARGS on the statement's line
            Raise { Exc: { } exc, Cause: null } => Simple(s, exc, s.Lineno),
            Raise { Exc: { } exc, Cause: { } cause } => Simple(s, cause, s.Lineno, exc),
            // (the loop's head point is on the while line: followed when its test starts there)
            While w when w.Test.Lineno == s.Lineno => Test(s, w.Test),
            Assert a => Test(s, a.Test, a),
            _ => null,
        };
    }

    /// <summary>A statement that evaluates <paramref name="value"/>, then runs an instruction on
    /// <paramref name="then"/> (a STORE, RETURN_VALUE, GET_ITER, RAISE_VARARGS; null: none); what
    /// <paramref name="loadedFirst"/> holds is evaluated before the value (an augmented assignment's target or its
    /// operands, a raise's exception before its cause).</summary>
    private static Plan? Simple(Stmt s, Expr value, int? then, params Expr[] loadedFirst) =>
        Walked(s, walker =>
        {
            if (!loadedFirst.All(walker.Walk) || !walker.Walk(value))
                return false;
            if (then is int line)
                walker.Own(line);
            return true;
        });

    /// <summary>The plan of statement <paramref name="s"/> from what <paramref name="walk"/> walks (false, or an
    /// expression whose folding is unknown: not followed).</summary>
    private static Plan? Walked(Stmt s, System.Func<Walker, bool> walk)
    {
        var walker = new Walker(s.Lineno);
        try
        {
            if (!walk(walker))
                return null;
        }
        catch (ConstantFolding.Unknown)
        {
            return null;
        }
        // (the statement's point is on its first instruction's line: that instruction needs no point of its own)
        if (walker.FirstLeaf is { } first && walker.Marks.TryGetValue(first, out var m) && m.Before is { Count: 1 } only && only[0] == walker.FirstLine)
            m.Before = null;
        // (no point to add, and the first instruction on the statement's line: nothing to follow)
        return walker.Marks.Values.Any(x => x.Before is not null || x.After is not null) || walker.FirstLine != s.Lineno
            ? new Plan(walker.Marks, walker.Holders, walker.FirstLine)
            : null;
    }

    /// <summary>A <c>with</c> statement's items (compiler_with): each context expression, BEFORE_WITH on the statement's
    /// line (which calls <c>__enter__</c>), then the STORE into its target on the target's line (a point the lowering
    /// puts after the call, from the target's mark) or POP_TOP on the statement's line.</summary>
    private static Plan? WithItems(With w)
    {
        if (w.Items.TrueForAll(i => i.ContextExpr.EndLineno == w.Lineno && (i.OptionalVars is null || i.OptionalVars.EndLineno == w.Lineno)))
            return null;
        return Walked(w, walker =>
        {
            foreach (var item in w.Items)
            {
                if (!walker.Walk(item.ContextExpr))
                    return false;
                walker.Own(w.Lineno);
                if (item.OptionalVars is null)
                    continue;
                if (item.OptionalVars is not Name target || target.EndLineno != target.Lineno)
                    return false; // (an unpacking target stores item by item: not followed)
                walker.Stored(target);
            }
            return true;
        });
    }

    /// <summary>An <c>if</c> or <c>while</c> statement's test (<see cref="Walker.WalkTest"/>); where control goes next,
    /// its body or what follows, has points of its own. An <c>assert</c>'s, then where it fails (compiler_assert):
    /// LOAD_ASSERTION_ERROR on the statement's line, the message, CALL and RAISE_VARARGS on the statement's line (the
    /// lowering puts a point for the first where there is no message).</summary>
    private static Plan? Test(Stmt s, Expr test, Assert? assert = null)
    {
        if (test.Lineno == s.Lineno && test.EndLineno == s.Lineno && (assert is null || s.EndLineno == s.Lineno))
            return null;
        return Walked(s, walker =>
        {
            if (!walker.WalkTest(test))
                return false;
            if (assert?.Msg is not { } msg)
                return true;
            walker.Then(s.Lineno);
            if (!walker.Walk(msg))
                return false;
            walker.Own(s.Lineno);
            return true;
        });
    }

    private static Walker? Decorated(Stmt s)
    {
        var (decorators, operands) = s switch
        {
            FunctionDef f => (f.DecoratorList, f.Args.Defaults.Concat(f.Args.KwDefaults.Where(d => d is not null)).Select(d => d!)),
            ClassDef c => (c.DecoratorList, Enumerable.Empty<Expr>()),
            _ => throw new System.ArgumentException("a definition", nameof(s)),
        };
        // (annotations are evaluated too, and a class's bases after LOAD_BUILD_CLASS: not followed when they are
        // anywhere but on the def or class line)
        if (s is FunctionDef fd && AnnotationsOf(fd).Any(a => a.Lineno != s.Lineno || a.EndLineno != s.Lineno))
            return null;
        if (s is ClassDef cd && cd.Bases.Concat(cd.Keywords.Select(k => k.Value)).Any(b => b.Lineno != s.Lineno || b.EndLineno != s.Lineno))
            return null;
        int first = FirstLines.Of(s);
        var walker = new Walker(first);
        try
        {
            foreach (var d in decorators.Concat(operands))
            {
                if (!walker.Walk(d))
                    return null;
            }
        }
        catch (ConstantFolding.Unknown)
        {
            return null;
        }
        walker.Own(s.Lineno);
        return walker.FirstLine == first ? walker : null;
    }

    private static IEnumerable<Expr> AnnotationsOf(FunctionDef f)
    {
        var a = f.Args;
        var all = a.Posonlyargs.Concat(a.Args).Concat(a.Kwonlyargs);
        if (a.Vararg is not null)
            all = all.Append(a.Vararg);
        if (a.Kwarg is not null)
            all = all.Append(a.Kwarg);
        foreach (var arg in all)
        {
            if (arg.Annotation is not null)
                yield return arg.Annotation;
        }
        if (f.Returns is not null)
            yield return f.Returns;
    }

    private static List<Comprehension> Generators(Expr e) => e switch
    {
        ListComp l => l.Generators,
        SetComp st => st.Generators,
        DictComp d => d.Generators,
        _ => new List<Comprehension>(),
    };

    /// <summary>Whether the lines of comprehension <paramref name="e"/> are followed: it spans lines, has one loop
    /// (not async) into a name. Its loop then has a LINE point at each round, on its first line (FOR_ITER's), which the
    /// lowering asks for here.</summary>
    public static bool IsFollowedComprehension(Expr e) =>
        e is ListComp or SetComp or DictComp && e.EndLineno > e.Lineno && Generators(e) is { Count: 1 } gens &&
        gens[0] is { IsAsync: 0, Target: Name } gen && gen.Target.Lineno == gen.Target.EndLineno;

    private sealed class Walker(int line)
    {
        public readonly Dictionary<Expr, Mark> Marks = new();

        /// <summary>See <see cref="Plan.Holders"/>.</summary>
        public readonly HashSet<Expr> Holders = new();

        /// <summary>The expressions being walked, outermost first.</summary>
        private readonly List<Expr> _path = new();

        /// <summary><paramref name="e"/> got points: when it is a name or a constant (or folds to one), the lowering
        /// computes it into a temporary where it stands (a call writes such an operand twice), so it and the expressions
        /// being walked around it write statements (<see cref="Holders"/>).</summary>
        private void Holding(Expr e)
        {
            if (e is Name or Constant || ConstantFolding.Folds(e, out _))
            {
                Holders.UnionWith(_path);
                Holders.Add(e);
            }
        }

        /// <summary>The line of the statement's first instruction (0: none yet).</summary>
        public int FirstLine;

        private int _current = line;

        /// <summary>The expression evaluated last, whose end is where the next instruction's line change goes.</summary>
        private Expr? _last;

        private Mark MarkOf(Expr e) => Marks.TryGetValue(e, out var m) ? m : Marks[e] = new Mark();

        /// <summary>The expression of the statement's first instruction.</summary>
        public Expr? FirstLeaf;

        /// <summary>Lines instructions run on before the next expression's, with none of their own to mark (a
        /// comprehension's STORE into its target).</summary>
        private List<int>? _pending;

        /// <summary>An expression whose instructions are all on its own line (a name, a constant).</summary>
        private void Leaf(Expr e, int at)
        {
            if (FirstLine == 0)
            {
                FirstLine = at;
                FirstLeaf = e;
            }
            if (_pending is not null)
            {
                (MarkOf(e).Before ??= new List<int>()).AddRange(_pending);
                _pending = null;
                Holding(e);
            }
            if (at != _current)
            {
                (MarkOf(e).Before ??= new List<int>()).Add(at);
                _current = at;
                Holding(e);
            }
            _last = e;
        }

        /// <summary>A store into <paramref name="target"/> on its line, after a call the lowering makes (a with item's
        /// <c>__enter__</c>): its mark's Before is that line, for the lowering to place there.</summary>
        public void Stored(Name target)
        {
            if (target.Lineno != _current)
            {
                (MarkOf(target).Before ??= new List<int>()).Add(target.Lineno);
                _current = target.Lineno;
            }
            _last = null;
        }

        /// <summary>An instruction on <paramref name="at"/> before the next expression (<see cref="_pending"/>).</summary>
        public void Then(int at)
        {
            if (at != _current)
            {
                (_pending ??= new List<int>()).Add(at);
                _current = at;
            }
        }

        /// <summary>The instruction of the expression being walked, after its operands: on <paramref name="at"/>.</summary>
        public void Own(int at, Expr? completes = null)
        {
            if (at != _current && _last is not null)
            {
                (MarkOf(_last).After ??= new List<int>()).Add(at);
                _current = at;
                Holding(_last);
            }
            if (completes is not null)
                _last = completes;
        }

        public bool Walk(Expr e) => OnPath(e, () => WalkNode(e));

        /// <summary>Walks with <paramref name="e"/> on the path of what is walked (<see cref="Holding"/>).</summary>
        private bool OnPath(Expr e, System.Func<bool> walk)
        {
            _path.Add(e);
            bool followed = walk();
            _path.RemoveAt(_path.Count - 1);
            return followed;
        }

        private bool WalkNode(Expr e)
        {
            if (ConstantFolding.Folds(e, out _))
            {
                Leaf(e, e.Lineno);
                return true;
            }
            switch (e)
            {
                case Name:
                    Leaf(e, e.Lineno);
                    return true;
                case Attribute a:
                    if (!Walk(a.Value))
                        return false;
                    Own(a.EndLineno, a);
                    return true;
                case BinOp b:
                    if (!Walk(b.Left) || !Walk(b.Right))
                        return false;
                    Own(b.Lineno, b);
                    return true;
                case UnaryOp u:
                    if (!Walk(u.Operand))
                        return false;
                    Own(u.Lineno, u);
                    return true;
                case Compare c:
                    return Comparison(c);
                case BoolOp b:
                {
                    // compiler_boolop: each operand but the last, then its COPY and jump on the operation's line; the
                    // last. Where control goes on from depends on the operand that ended it: the line is unknown.
                    for (int i = 0; i < b.Values.Count - 1; i++)
                    {
                        if (!Walk(b.Values[i]))
                            return false;
                        Own(b.Lineno);
                    }
                    if (!Walk(b.Values[b.Values.Count - 1]))
                        return false;
                    Joined(b);
                    return true;
                }
                case IfExp ifExp:
                {
                    // compiler_ifexp: the test as a jump, then the body or the else value; either may have ended it.
                    if (!WalkTest(ifExp.Test))
                        return false;
                    int afterTest = _current;
                    if (!Walk(ifExp.Body))
                        return false;
                    _current = afterTest;
                    if (!Walk(ifExp.Orelse))
                        return false;
                    Joined(ifExp);
                    return true;
                }
                case Subscript { Slice: Slice slice } sliced:
                    if (!Walk(sliced.Value) || !SliceParts(slice))
                        return false;
                    Own(sliced.Lineno, sliced); // (BINARY_SLICE, BINARY_SUBSCR)
                    return true;
                case Subscript { Slice: not Slice } s:
                    if (!Walk(s.Value) || !Walk(s.Slice))
                        return false;
                    Own(s.Lineno, s);
                    return true;
                case Call c:
                    return Call(c);
                case List or Set:
                {
                    var elts = e is List l ? l.Elts : ((Set)e).Elts;
                    if (elts.Any(x => x is Starred))
                        return false;
                    // starunpack_helper: more than two constants are loaded as one tuple, on the display's line
                    if (elts.Count == 0 || (elts.Count > 2 && elts.All(x => ConstantFolding.Folds(x, out _))))
                    {
                        Leaf(e, e.Lineno);
                        return true;
                    }
                    return elts.Count > StackUseGuideline ? BuiltItemByItem(e, elts) : Sequence(elts) && OwnOf(e);
                }
                case Tuple t:
                    // (a tuple of constants folded above)
                    if (t.Elts.Count == 0 || t.Elts.Any(x => x is Starred))
                        return false;
                    return t.Elts.Count > StackUseGuideline ? BuiltItemByItem(e, t.Elts) : Sequence(t.Elts) && OwnOf(e);
                case Dict d:
                    return Dict(d);
                case JoinedStr js:
                    return FString(js);
                case ListComp or SetComp or DictComp:
                    return Comprehension(e);
                case Lambda lambda:
                {
                    // its defaults, then MAKE_FUNCTION on its line
                    var defaults = lambda.Args.Defaults.Concat(lambda.Args.KwDefaults.Where(k => k is not null)).Select(k => k!).ToList();
                    if (defaults.Count == 0)
                    {
                        Leaf(e, e.Lineno);
                        return true;
                    }
                    return Sequence(defaults) && OwnOf(e);
                }
                default:
                    return false;
            }
        }

        /// <summary>A line that depends on the path control took (after <c>and</c>/<c>or</c> or a conditional
        /// expression): the next instruction gets a point whatever its line, which raises LINE only when the frame is on
        /// another line then.</summary>
        private const int UnknownLine = int.MinValue;

        /// <summary>An expression whose paths join after it (<see cref="UnknownLine"/>).</summary>
        private void Joined(Expr e)
        {
            _current = UnknownLine;
            _last = e;
        }

        /// <summary>A comparison (compiler_compare, and compiler_jump_if's for a chain): the left operand, then each
        /// comparand with its compare (and a chain's jump) on the comparison's line. A chain that stops early also ends
        /// on that line.</summary>
        private bool Comparison(Compare c)
        {
            if (!Walk(c.Left))
                return false;
            foreach (var comparand in c.Comparators)
            {
                if (!Walk(comparand))
                    return false;
                Own(c.Lineno, comparand);
            }
            _last = c;
            return true;
        }

        /// <summary>A test that jumps (compiler_jump_if: an <c>if</c> statement's, a conditional expression's): a
        /// <c>not</c> is no instruction, <c>and</c>/<c>or</c> jump after each operand on the operand's own line, a
        /// comparison chain as in a value; anything else is evaluated, then jumps on its first line.</summary>
        public bool WalkTest(Expr e) => OnPath(e, () => WalkTestNode(e));

        private bool WalkTestNode(Expr e)
        {
            switch (e)
            {
                case UnaryOp { Op: UnaryOperator.Not } not when !ConstantFolding.Folds(not, out _):
                    return WalkTest(not.Operand);
                case BoolOp b:
                    foreach (var v in b.Values)
                    {
                        if (!WalkTest(v))
                            return false;
                    }
                    Joined(b);
                    return true;
                case IfExp:
                    return false; // (compiler_jump_if's own layout of a conditional test: not followed)
                case Compare { Ops.Count: > 1 } c:
                    return Walk(c);
                default:
                    if (!Walk(e))
                        return false;
                    Own(e.Lineno);
                    return true;
            }
        }

        /// <summary>CPython's STACK_USE_GUIDELINE: a display with more items is built one item at a time.</summary>
        private const int StackUseGuideline = 30;

        /// <summary>starunpack_helper's "big" display: BUILD_LIST first, then each item and its LIST_APPEND (SET_ADD) on
        /// the display's line.</summary>
        private bool BuiltItemByItem(Expr e, List<Expr> items)
        {
            Leaf(e, e.Lineno);
            foreach (var x in items)
            {
                if (!Walk(x))
                    return false;
                Own(e.Lineno);
            }
            _last = e;
            return true;
        }

        private bool OwnOf(Expr e)
        {
            Own(e.Lineno, e);
            return true;
        }

        private bool Sequence(IEnumerable<Expr> items)
        {
            foreach (var x in items)
            {
                if (!Walk(x))
                    return false;
            }
            return true;
        }

        private bool Call(Call c)
        {
            if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null) || c.Args.Count + c.Keywords.Count > StackUseGuideline)
                return false; // (CALL_FUNCTION_EX; a call with more arguments, built otherwise: not followed)
            int callLine = c.Lineno;
            if (c.Func is Attribute { Ctx: ExprContext.Load } m)
            {
                // maybe_optimize_method_call: LOAD_ATTR and CALL on the method name's line
                if (!Walk(m.Value))
                    return false;
                Own(m.EndLineno, m);
                callLine = m.EndLineno;
            }
            else if (!Walk(c.Func))
            {
                return false;
            }
            if (!Sequence(c.Args) || !Sequence(c.Keywords.Select(k => k.Value)))
                return false;
            Own(callLine, c);
            return true;
        }

        /// <summary>An inlined comprehension (PEP 709) with one loop into a name: its iterable, GET_ITER on the
        /// comprehension's line, then each round from FOR_ITER there (<see cref="IsFollowedComprehension"/>: the lowering
        /// has a point there), the STORE on the target's line, its tests, its element, and LIST_APPEND (SET_ADD,
        /// MAP_ADD) on the element's line.</summary>
        private bool Comprehension(Expr e)
        {
            if (!IsFollowedComprehension(e))
                return false;
            var gen = Generators(e)[0];
            if (!Walk(gen.Iter))
                return false;
            Own(e.Lineno, e);
            Then(gen.Target.Lineno); // (its STORE, each round)
            foreach (var test in gen.Ifs)
            {
                if (!Walk(test))
                    return false;
            }
            var element = e is DictComp d ? d.Key : e is ListComp l ? l.Elt : ((SetComp)e).Elt;
            if (!Walk(element) || (e is DictComp dv && !Walk(dv.Value)))
                return false;
            Own(element.Lineno);
            // (after the last round, FOR_ITER on the comprehension's line ends the loop)
            _current = e.Lineno;
            _last = e;
            return true;
        }

        /// <summary>A slice's bounds (compiler_slice): each present one evaluated, an absent lower or upper bound
        /// loaded as None on the slice's line, and with a step BUILD_SLICE on the slice's line.</summary>
        private bool SliceParts(Slice slice)
        {
            var parts = new[] { slice.Lower, slice.Upper, slice.Step };
            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i] is { } part)
                {
                    if (!Walk(part))
                        return false;
                }
                else if (i < 2 && slice.Lineno != _current)
                {
                    // (its LOAD_CONST None has no node of its own: its line goes before the next bound's, if any)
                    if (!parts.Skip(i + 1).Any(p => p is not null))
                        return false;
                    Then(slice.Lineno);
                }
            }
            if (slice.Step is not null)
                Own(slice.Lineno);
            return true;
        }

        /// <summary>An f-string (compiler_joined_str, compiler_formatted_value): each constant part loaded on its own
        /// line, each value evaluated, then its format spec, then FORMAT_VALUE on the replacement field's line; BUILD_STRING
        /// on the f-string's line when it has more than one part.</summary>
        private bool FString(JoinedStr js)
        {
            if (js.Values.Count == 0 || js.Values.Count > StackUseGuideline)
            {
                if (js.Values.Count > StackUseGuideline)
                    return false; // (built with str.join: not followed)
                Leaf(js, js.Lineno);
                return true;
            }
            foreach (var part in js.Values)
            {
                if (part is Constant)
                {
                    Leaf(part, part.Lineno);
                    continue;
                }
                if (part is not FormattedValue fv)
                    return false;
                // (the field is on the path of what its value holds: its part is then computed in order)
                if (!OnPath(fv, () => Walk(fv.Value) && (fv.FormatSpec is not { } spec || Walk(spec))))
                    return false;
                Own(fv.Lineno, fv);
            }
            if (js.Values.Count > 1)
                Own(js.Lineno, js);
            else
                _last = js;
            return true;
        }

        private bool Dict(Dict d)
        {
            int n = d.Keys.Count;
            if (d.Keys.Any(k => k is null) || n > 15)
                return false; // (** unpacking; a dict big enough to be built in chunks)
            if (n == 0)
            {
                Leaf(d, d.Lineno);
                return true;
            }
            // compiler_subdict: constant keys are loaded as one tuple after the values, on the display's line
            if (n > 1 && d.Keys.All(k => ConstantFolding.Folds(k!, out _)))
                return Sequence(d.Values) && OwnOf(d);
            for (int i = 0; i < n; i++)
            {
                if (!Walk(d.Keys[i]!) || !Walk(d.Values[i]))
                    return false;
            }
            return OwnOf(d);
        }
    }
}
