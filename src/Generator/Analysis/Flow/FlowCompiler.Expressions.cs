using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// Expressions: the ones with jumps inside (<c>and</c>/<c>or</c>, conditional expressions, comparison chains, inlined
/// comprehensions) as CPython 3.12 compiles them; every other expression as its operands, then one instruction on
/// its line (constants folded as CPython's AST optimizer folds them: one load).
/// </summary>
internal sealed partial class FlowCompiler
{
    private void Expression(Expr e)
    {
        if (IsFoldedConstant(e))
        {
            _g.Add(FlowOp.LoadConst, e.Lineno).ConstTruth = FoldedTruth(e);
            return;
        }
        switch (e)
        {
            case BoolOp b:
            {
                int end = _g.NewLabel();
                var jump = b.Op == BoolOperator.And ? FlowOp.PopJumpIfFalse : FlowOp.PopJumpIfTrue;
                for (int i = 0; i < b.Values.Count - 1; i++)
                {
                    Expression(b.Values[i]);
                    _g.Add(FlowOp.CopyTop, b.Lineno);
                    _g.Add(jump, b.Lineno, end, new FlowSite(b.Values[i], FlowSite.OperandPart(b.Values[i]), _copy));
                    _g.Add(FlowOp.PopTop, b.Lineno, glue: true);
                }
                Expression(b.Values[b.Values.Count - 1]);
                _g.UseLabel(end);
                return;
            }
            case IfExp i:
            {
                int end = _g.NewLabel(), next = _g.NewLabel();
                JumpIf(i.Test, next, false);
                Expression(i.Body);
                _g.Edge(new FlowEdge(i, FlowEdgeKind.ValueEnd, _copy));
                _g.Add(FlowOp.Jump, -1, end, glue: true);
                _g.UseLabel(next);
                Expression(i.Orelse);
                _g.UseLabel(end);
                return;
            }
            case Compare c when c.Ops.Count > 1:
            {
                int cleanup = _g.NewLabel(), end = _g.NewLabel();
                Expression(c.Left);
                int n = c.Ops.Count - 1;
                for (int k = 0; k < n; k++)
                {
                    Expression(c.Comparators[k]);
                    Code(c.Lineno, 3); // SWAP 2, COPY 2, COMPARE_OP
                    _g.Add(FlowOp.CopyTop, c.Lineno);
                    _g.Add(FlowOp.PopJumpIfFalse, c.Lineno, cleanup, new FlowSite(c, k, _copy));
                    _g.Add(FlowOp.PopTop, c.Lineno, glue: true);
                }
                Expression(c.Comparators[n]);
                Code(c.Lineno);
                _g.Edge(new FlowEdge(c, FlowEdgeKind.ValueEnd, _copy));
                _g.Add(FlowOp.Jump, -1, end, glue: true);
                _g.UseLabel(cleanup);
                _g.Add(FlowOp.Code, c.Lineno, glue: true); // SWAP 2
                _g.Add(FlowOp.PopTop, c.Lineno, glue: true);
                _g.UseLabel(end);
                return;
            }
            case Compare c:
                Expression(c.Left);
                Expression(c.Comparators[0]);
                Code(c.Lineno);
                return;
            case ListComp lc when Inlined(lc):
                InlinedComprehension(lc, lc.Generators, lc.Elt, null);
                return;
            case SetComp sc when Inlined(sc):
                InlinedComprehension(sc, sc.Generators, sc.Elt, null);
                return;
            case DictComp dc when Inlined(dc):
                InlinedComprehension(dc, dc.Generators, dc.Key, dc.Value);
                return;
            case ListComp or SetComp or DictComp or GeneratorExp:
            {
                var gens = e switch
                {
                    ListComp l => l.Generators,
                    SetComp s => s.Generators,
                    DictComp d => d.Generators,
                    _ => ((GeneratorExp)e).Generators,
                };
                Code(e.Lineno, 2); // LOAD_CONST code, MAKE_FUNCTION
                Expression(gens[0].Iter);
                Code(e.Lineno, 2); // GET_ITER, CALL 0
                return;
            }
            case Lambda l:
                foreach (var d in l.Args.Defaults)
                    Expression(d);
                foreach (var d in l.Args.KwDefaults)
                {
                    if (d is not null)
                        Expression(d);
                }
                Code(l.Lineno, 2);
                return;
            case NamedExpr ne:
                Expression(ne.Value);
                Code(ne.Lineno, 2); // COPY 1, STORE
                return;
            case BinOp { Op: Operator.Mod, Left: Constant { Value: string format }, Right: Tuple args } b
                when !args.Elts.Any(x => x is Starred) && PercentFormat.Parse(format, args.Elts.Count) is { } parts:
                // CPython's AST optimizer makes an f-string of it; its literal parts have no line.
                PercentFormatted(parts, args.Elts, b.Lineno);
                return;
            case BinOp b:
                Expression(b.Left);
                Expression(b.Right);
                Code(b.Lineno);
                return;
            case UnaryOp u:
                Expression(u.Operand);
                Code(u.Lineno);
                return;
            case Call call:
                Call(call);
                return;
            case Attribute a:
                Expression(a.Value);
                Code(AttributeLine(a));
                return;
            case Subscript s:
                Expression(s.Value);
                if (s.Slice is Slice { Step: null } sl)
                {
                    SliceBound(sl.Lower, sl.Lineno);
                    SliceBound(sl.Upper, sl.Lineno);
                }
                else
                {
                    Expression(s.Slice);
                }
                Code(s.Lineno);
                return;
            case Slice slice:
                SliceBound(slice.Lower, slice.Lineno);
                SliceBound(slice.Upper, slice.Lineno);
                if (slice.Step is not null)
                    Expression(slice.Step);
                Code(slice.Lineno);
                return;
            case Starred st:
                Expression(st.Value);
                return;
            case Name { Id: "__debug__" } debug:
                _g.Add(FlowOp.LoadConst, debug.Lineno).ConstTruth = true;
                return;
            case Name n:
                Code(n.Lineno);
                return;
            case Constant k:
                _g.Add(FlowOp.LoadConst, k.Lineno).ConstTruth = ConstantTruth(k.Value);
                return;
            case Tuple t:
                Display(t.Elts, t.Lineno);
                return;
            case List l:
                Display(l.Elts, l.Lineno);
                return;
            case Set st:
                Display(st.Elts, st.Lineno);
                return;
            case Dict d:
                Dict(d);
                return;
            case JoinedStr js:
                foreach (var v in js.Values)
                    Expression(v);
                if (js.Values.Count != 1)
                    Code(js.Lineno);
                return;
            case FormattedValue fv:
                Expression(fv.Value);
                if (fv.FormatSpec is not null)
                    Expression(fv.FormatSpec);
                Code(fv.Lineno);
                return;
            case Yield y:
                if (y.Value is not null)
                    Expression(y.Value);
                else
                    _g.Add(FlowOp.LoadConst, y.Lineno).ConstTruth = false;
                Code(y.Lineno, 2); // YIELD_VALUE, RESUME
                return;
            case YieldFrom or Await:
                Expression(e is YieldFrom yf ? yf.Value : ((Await)e).Value);
                Code(e.Lineno); // GET_YIELD_FROM_ITER, GET_AWAITABLE
                _g.Add(FlowOp.LoadConst, e.Lineno).ConstTruth = false;
                YieldFromLoop(e.Lineno, e);
                return;
        }
        throw new FlowUnmodelledException($"a {e.PythonName} expression");
    }

    private void PercentFormatted(List<PercentFormat.Part> parts, List<Expr> args, int line)
    {
        foreach (var part in parts)
        {
            if (part.Argument < 0)
            {
                _g.Add(FlowOp.LoadConst, -1).ConstTruth = true;
                continue;
            }
            var arg = args[part.Argument];
            Expression(arg);
            if (part.HasSpec)
                _g.Add(FlowOp.LoadConst, -1).ConstTruth = true;
            Code(arg.Lineno); // FORMAT_VALUE
        }
        if (parts.Count != 1)
            Code(line); // BUILD_STRING
    }

    /// <summary>An attribute's instructions are on the line where its name is (CPython's
    /// <c>update_start_location_to_match_attr</c>), when the expression spans lines.</summary>
    private static int AttributeLine(Attribute a) => a.EndLineno > 0 ? a.EndLineno : a.Lineno;

    private void SliceBound(Expr? bound, int line)
    {
        if (bound is null)
            _g.Add(FlowOp.LoadConst, line).ConstTruth = false;
        else
            Expression(bound);
    }

    /// <summary><c>starunpack_helper</c>: a list, set or tuple display (a tuple of constants is folded before).</summary>
    private void Display(List<Expr> elts, int line)
    {
        bool starred = elts.Any(x => x is Starred);
        if (!starred && elts.Count > 2 && elts.All(IsFoldedConstant))
        {
            Code(line, 3); // BUILD_LIST 0, LOAD_CONST (...), LIST_EXTEND
            return;
        }
        if (!starred && elts.Count <= 30)
        {
            foreach (var e in elts)
                Expression(e);
            Code(line);
            return;
        }
        bool built = false;
        for (int i = 0; i < elts.Count; i++)
        {
            if (!built && (elts[i] is Starred || elts.Count > 30))
            {
                Code(line); // BUILD_LIST i
                built = true;
            }
            Expression(elts[i]);
            if (built)
                Code(line); // LIST_EXTEND / LIST_APPEND
        }
    }

    /// <summary><c>compiler_dict</c>: runs of key/value pairs between <c>**</c> entries; a run of more than one pair
    /// whose keys are constants is its values and one constant tuple of keys.</summary>
    private void Dict(Dict d)
    {
        int i = 0;
        bool built = false;
        while (i < d.Values.Count)
        {
            int end = i;
            while (end < d.Values.Count && d.Keys[end] is not null)
                end++;
            int n = end - i;
            if (n > 0)
            {
                bool big = n * 2 > 30;
                if (n > 1 && !big && Enumerable.Range(i, n).All(k => IsFoldedConstant(d.Keys[k]!)))
                {
                    for (int k = i; k < end; k++)
                        Expression(d.Values[k]);
                    Code(d.Lineno, 2); // LOAD_CONST keys, BUILD_CONST_KEY_MAP
                }
                else
                {
                    if (big)
                        Code(d.Lineno); // BUILD_MAP 0
                    for (int k = i; k < end; k++)
                    {
                        Expression(d.Keys[k]!);
                        Expression(d.Values[k]);
                        if (big)
                            Code(d.Lineno); // MAP_ADD
                    }
                    if (!big)
                        Code(d.Lineno); // BUILD_MAP n
                }
                if (built)
                    Code(d.Lineno); // DICT_UPDATE
                built = true;
            }
            if (end < d.Values.Count)
            {
                if (!built)
                    Code(d.Lineno); // BUILD_MAP 0
                built = true;
                Expression(d.Values[end]);
                Code(d.Lineno); // DICT_UPDATE
                end++;
            }
            i = end;
        }
        if (!built)
            Code(d.Lineno); // BUILD_MAP 0
    }

    private void Call(Call call)
    {
        int line = call.Lineno;
        bool ex = call.Args.Any(x => x is Starred) || call.Keywords.Any(k => k.Arg is null);
        switch (call.Func)
        {
            case Attribute a when !ex:
                Expression(a.Value);
                Code(AttributeLine(a)); // LOAD_ATTR (method)
                line = AttributeLine(a);
                break;
            case Name n when IsGlobalName(n.Id):
                Code(n.Lineno); // LOAD_GLOBAL (+ NULL)
                break;
            default:
                Code(call.Lineno); // PUSH_NULL (folded into the load only for a global)
                Expression(call.Func);
                break;
        }
        if (!ex)
        {
            foreach (var a in call.Args)
                Expression(a);
            foreach (var k in call.Keywords)
                Expression(k.Value);
            if (call.Keywords.Count > 0)
                Code(line); // KW_NAMES
            Code(line); // CALL (a method call's on the line of the method's name)
            return;
        }
        // CALL_FUNCTION_EX: the positional arguments as a tuple, the keywords as a dict.
        if (call.Args.Count == 1 && call.Args[0] is Starred only)
        {
            Expression(only.Value);
        }
        else
        {
            Display(call.Args, call.Lineno);
            if (call.Args.Any(x => x is Starred))
                Code(call.Lineno); // LIST_TO_TUPLE
        }
        if (call.Keywords.Count > 0)
        {
            bool dict = false;
            foreach (var k in call.Keywords)
            {
                Expression(k.Value);
                if (k.Arg is null)
                {
                    if (!dict)
                        Code(call.Lineno); // BUILD_MAP 0
                    dict = true;
                    Code(call.Lineno); // DICT_MERGE
                }
            }
            Code(call.Lineno);
        }
        Code(call.Lineno); // CALL_FUNCTION_EX
    }

    private bool IsGlobalName(string id)
    {
        if (!_scope.IsFunctionLike)
            return false;
        var (owner, symbol) = _scope.Resolve(id);
        return symbol is null || symbol.IsGlobal || owner.Kind == FrontEnd.Scopes.ScopeKind.Module;
    }

    private bool Inlined(Expr comp) => _symbols.TryGetScope(comp, out var s) && s.IsInlinedComprehension;

    /// <summary>A list, set or dict comprehension run in the code around it (PEP 709): its loop, with the save and
    /// restore of the names it binds around it and their exception cleanup (a cold block).</summary>
    private void InlinedComprehension(Expr comp, List<Comprehension> gens, Expr elt, Expr? value)
    {
        Expression(gens[0].Iter);
        Code(comp.Lineno, 2); // GET_ITER, LOAD_FAST_AND_CLEAR..., SWAP
        int cleanup = _g.NewLabel(), end = _g.NewLabel();
        _g.Add(FlowOp.SetupFinally, comp.Lineno, cleanup, glue: true);
        Code(comp.Lineno, 2); // BUILD_LIST 0, SWAP 2
        ComprehensionLoop(comp, gens, 0, elt, value, iterOnStack: true);
        _g.Add(FlowOp.PopBlock, -1, glue: true);
        _g.Add(FlowOp.Jump, -1, end, glue: true);
        _g.UseLabel(cleanup);
        Code(comp.Lineno, 3);
        _g.Add(FlowOp.Reraise, comp.Lineno);
        _g.UseLabel(end);
        Code(comp.Lineno, 2); // SWAP 2, STORE_FAST (restore)
    }

    /// <summary><c>compiler_sync_comprehension_generator</c>: one <c>for</c> of a comprehension, its <c>if</c>s, the
    /// next <c>for</c> inside or the element.</summary>
    private void ComprehensionLoop(Expr comp, List<Comprehension> gens, int index, Expr elt, Expr? value, bool iterOnStack)
    {
        var gen = gens[index];
        if (index == 0 && AsyncComprehension.Is(comp))
            throw new FlowUnmodelledException("an async comprehension");
        int start = _g.NewLabel(), ifCleanup = _g.NewLabel(), anchor = _g.NewLabel();
        bool loops = true;
        if (!(index == 0 && iterOnStack))
        {
            // ('for y in [f(x)]' assigns without a loop; a list of constants is a constant tuple by then, which loops)
            if (gen.Iter is Tuple { Elts.Count: 1 } or List { Elts.Count: 1 }
                && (gen.Iter is Tuple t ? t.Elts[0] : ((List)gen.Iter).Elts[0]) is var only
                && only is not Starred && !IsFoldedConstant(only))
            {
                Expression(gen.Iter is Tuple t1 ? t1.Elts[0] : ((List)gen.Iter).Elts[0]);
                loops = false;
            }
            else
            {
                Expression(gen.Iter);
                Code(gen.Iter.Lineno); // GET_ITER
            }
        }
        if (loops)
        {
            _g.UseLabel(start);
            _g.Add(FlowOp.ForIter, comp.Lineno, anchor, new FlowSite(gen, 0, _copy));
        }
        Store(gen.Target);
        foreach (var cond in gen.Ifs)
            JumpIf(cond, ifCleanup, false);
        if (index + 1 < gens.Count)
        {
            ComprehensionLoop(comp, gens, index + 1, elt, value, iterOnStack: false);
        }
        else
        {
            Expression(elt);
            if (value is not null)
                Expression(value);
            if (comp is GeneratorExp)
                Code(elt.Lineno, 3); // YIELD_VALUE, RESUME, POP_TOP
            else
                Code(elt.Lineno); // LIST_APPEND / SET_ADD / MAP_ADD
            _g.Edge(new FlowEdge(gen, FlowEdgeKind.BodyEnd, _copy));
        }
        _g.UseLabel(ifCleanup);
        if (loops)
        {
            _g.Add(FlowOp.Jump, elt.Lineno, start, glue: true);
            _g.UseLabel(anchor);
            _g.Add(FlowOp.EndFor, -1, glue: true);
        }
    }

    /// <summary><c>compiler_add_yield_from</c> (of <c>yield from</c> and <c>await</c>): SEND, a yield under an exception
    /// block, and the way back.</summary>
    private void YieldFromLoop(int line, Expr site)
    {
        int send = _g.NewLabel(), fail = _g.NewLabel(), exit = _g.NewLabel();
        _g.UseLabel(send);
        _g.Add(FlowOp.Send, line, exit);
        _g.Add(FlowOp.SetupFinally, line, fail, glue: true);
        Code(line); // YIELD_VALUE
        _g.Add(FlowOp.PopBlock, -1, glue: true);
        Code(line); // RESUME
        _g.Add(FlowOp.JumpNoInterrupt, line, send, glue: true);
        _g.UseLabel(fail);
        _g.Edge(new FlowEdge(site, FlowEdgeKind.DelegateThrown));
        _g.Add(FlowOp.Code, line, glue: true); // CLEANUP_THROW
        _g.UseLabel(exit);
        Code(line); // END_SEND
    }

    private static bool? ConstantTruth(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        int i => i != 0,
        BigInteger big => !big.IsZero,
        double d => d != 0,
        string s => s.Length > 0,
        byte[] bytes => bytes.Length > 0,
        _ => null,
    };

    /// <summary>Whether CPython's AST optimizer folds <paramref name="e"/> to one constant.</summary>
    internal static bool IsFoldedConstant(Expr e) => e switch
    {
        Constant => true,
        UnaryOp u => u.Operand is Constant { Value: not null and not string } || (u.Op == UnaryOperator.Not && IsFoldedConstant(u.Operand)),
        Tuple t => t.Elts.All(IsFoldedConstant),
        BinOp b => IsFoldedConstant(b.Left) && IsFoldedConstant(b.Right) && b.Left is not Tuple && b.Right is not Tuple
                   && b.Op is not (Operator.Div or Operator.FloorDiv or Operator.Mod or Operator.Pow or Operator.LShift),
        _ => false,
    };

    private static bool? FoldedTruth(Expr e) => e switch
    {
        Constant k => ConstantTruth(k.Value),
        UnaryOp { Op: UnaryOperator.Not } u => FoldedTruth(u.Operand) is { } t ? !t : null,
        UnaryOp { Op: UnaryOperator.USub or UnaryOperator.UAdd } u => FoldedTruth(u.Operand),
        Tuple t => t.Elts.Count > 0,
        _ => null,
    };
}
