using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis.Flow;

/// <summary>
/// Compiles one code object's body to the flow model's blocks as CPython 3.12's <c>Python/compile.c</c> lays them out:
/// the same labels, the same jumps with the same locations, the same exit blocks, and, for the code between jumps,
/// instructions enough to give each block CPython's first line and (where CPython's optimizer measures it: small
/// exit blocks) its size. Statements the model does not follow yet (<c>try</c>, <c>with</c>, <c>match</c>, async
/// loops) make the whole code object unmodelled (<see cref="FlowUnmodelledException"/>).
/// </summary>
internal sealed partial class FlowCompiler
{
    private readonly FlowGraph _g = new();
    private readonly SymbolTable _symbols;
    private readonly Scope _scope;
    private readonly Stack<LoopBlock> _loops = new();

    /// <summary>Which copy of a test is being compiled (1: a while loop's test at the bottom).</summary>
    private int _copy;

    private sealed record LoopBlock(Node Loop, bool IsFor, int Start, int Exit);

    private FlowCompiler(SymbolTable symbols, Scope scope)
    {
        _symbols = symbols;
        _scope = scope;
    }

    /// <summary>The laid-out blocks of <paramref name="owner"/>'s code object (a module, def, lambda, class or
    /// generator expression), after CPython's optimizer.</summary>
    public static FlowGraph Compile(SymbolTable symbols, Node owner, int firstLine)
    {
        var c = new FlowCompiler(symbols, symbols.ScopeOf(owner));
        c.CodeBody(owner, firstLine);
        FlowOptimizer.Run(c._g, firstLine);
        return c._g;
    }

    private void CodeBody(Node owner, int firstLine)
    {
        bool generator = _scope.IsGenerator || owner is GeneratorExp;
        if (_scope.IsCoroutine)
            throw new FlowUnmodelledException("a coroutine");
        int setup = -1;
        if (generator)
        {
            setup = _g.NewLabel();
            _g.Add(FlowOp.SetupCleanup, -1, setup, glue: true);
        }
        Code(owner is Module ? 0 : firstLine); // RESUME
        switch (owner)
        {
            case Module m:
                Suite(m.Body, docstring: true);
                break;
            case FunctionDef f:
                Suite(f.Body.Skip(IsDocstring(f.Body) ? 1 : 0).ToList(), docstring: false);
                break;
            case Lambda l:
                Expression(l.Body);
                _g.Add(FlowOp.ReturnValue, l.Lineno);
                break;
            case ClassDef cd:
                Code(cd.Lineno, 4); // __module__, __qualname__
                Suite(cd.Body, docstring: true);
                if (NeedsClassCell(cd))
                {
                    Code(-1, 3);
                    _g.Add(FlowOp.ReturnValue, -1);
                    return;
                }
                break;
            case GeneratorExp ge:
                Code(ge.Lineno); // LOAD_FAST .0
                ComprehensionLoop(ge, ge.Generators, 0, ge.Elt, null, iterOnStack: true);
                break;
            default:
                throw new FlowUnmodelledException("an unknown code object");
        }
        if (generator)
        {
            _g.Add(FlowOp.LoadConst, -1).ConstTruth = false;
            _g.Add(FlowOp.ReturnValue, -1);
            _g.UseLabel(setup);
            Code(-1);
            _g.Add(FlowOp.Reraise, -1);
        }
        _g.Add(FlowOp.LoadConst, -1).ConstTruth = false;
        _g.Add(FlowOp.ReturnValue, -1);
    }

    private static bool IsDocstring(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string } };

    private static bool NeedsClassCell(ClassDef cd)
    {
        bool found = false;
        foreach (var n in NodeWalk.All(cd))
        {
            if (n is Name { Id: "super" or "__class__" })
                found = true;
        }
        return found;
    }

    /// <summary>One or more instructions that compute and fall through.</summary>
    private void Code(int line, int count = 1)
    {
        for (int i = 0; i < count; i++)
            _g.Add(FlowOp.Code, line);
    }

    private void Suite(List<Stmt> body, bool docstring)
    {
        for (int i = 0; i < body.Count; i++)
        {
            if (i == 0 && docstring && IsDocstring(body))
            {
                Code(body[0].Lineno, 2); // __doc__ = ...
                continue;
            }
            Statement(body[i]);
        }
    }

    /// <summary>
    /// Where the suite ends by running off its last statement, the lowering raises the jumps CPython makes from there:
    /// only when that statement is a simple one, since a compound statement's own ends (its suites' ends, its
    /// branches, its loop's exit) already continue to the code after it.
    /// </summary>
    public static bool EndsWithFallthrough(List<Stmt> suite) =>
        suite.Count > 0 && suite[suite.Count - 1] is not (FrontEnd.Ast.If or FrontEnd.Ast.While or FrontEnd.Ast.For or AsyncFor or Try
            or TryStar or With or AsyncWith or Match or FrontEnd.Ast.Return or FrontEnd.Ast.Raise or FrontEnd.Ast.Break
            or FrontEnd.Ast.Continue);

    private void SuiteWithEdge(List<Stmt> suite, Node owner, FlowEdgeKind kind)
    {
        Suite(suite, docstring: false);
        if (EndsWithFallthrough(suite))
            _g.Edge(new FlowEdge(owner, kind));
    }

    private void Statement(Stmt s)
    {
        _g.StartStatement();
        switch (s)
        {
            case ExprStmt e:
                if (e.Value is Constant)
                {
                    _g.Add(FlowOp.Nop, s.Lineno);
                    return;
                }
                Expression(e.Value);
                Code(-1); // POP_TOP (artificial)
                return;
            case Pass:
                _g.Add(FlowOp.Nop, s.Lineno);
                return;
            case Global or Nonlocal:
                return;
            case Assign a:
                Expression(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1)
                        Code(s.Lineno); // COPY
                    Store(a.Targets[i]);
                }
                return;
            case AugAssign aug:
                AugAssign(aug);
                return;
            case AnnAssign ann:
                if (ann.Value is not null)
                {
                    Expression(ann.Value);
                    Store(ann.Target);
                }
                else if (ann.Target is not Name)
                {
                    Expression(ann.Target is Attribute at ? at.Value : ((Subscript)ann.Target).Value);
                    Code(s.Lineno);
                }
                if (ann.Simple == 1 && ann.Target is Name && _scope.Kind != ScopeKind.Function)
                {
                    Expression(ann.Annotation);
                    Code(s.Lineno, 3);
                }
                return;
            case Delete d:
                foreach (var t in d.Targets)
                    Delete(t);
                return;
            case Return r:
                Return(r);
                return;
            case Raise r:
                if (r.Exc is not null)
                    Expression(r.Exc);
                if (r.Cause is not null)
                    Expression(r.Cause);
                _g.Add(FlowOp.Raise, s.Lineno);
                return;
            case Assert a:
                Assert(a);
                return;
            case If i:
                If(i);
                return;
            case While w:
                While(w);
                return;
            case For f:
                For(f);
                return;
            case Break b:
                Break(b);
                return;
            case Continue c:
                Continue(c);
                return;
            case Import imp:
                foreach (var alias in imp.Names)
                    Code(s.Lineno, alias.Asname is not null && alias.Name.Contains('.') ? 5 : 4);
                return;
            case ImportFrom from:
                Code(s.Lineno, 3 + from.Names.Count + 1);
                return;
            case FunctionDef f:
                Definition(f, f.DecoratorList, f.Args);
                return;
            case ClassDef cd:
                foreach (var d in cd.DecoratorList)
                    Expression(d);
                Code(cd.Lineno, 4); // LOAD_BUILD_CLASS, LOAD_CONST code, MAKE_FUNCTION, LOAD_CONST name
                foreach (var b in cd.Bases)
                    Expression(b);
                foreach (var k in cd.Keywords)
                    Expression(k.Value);
                Code(cd.Lineno);
                for (int i = cd.DecoratorList.Count - 1; i >= 0; i--)
                    Code(cd.DecoratorList[i].Lineno);
                Code(cd.Lineno);
                return;
            default:
                throw new FlowUnmodelledException($"a {s.PythonName} statement");
        }
    }

    /// <summary>A def: decorators, defaults, MAKE_FUNCTION on the def line, the decorators' calls on their lines
    /// (innermost first), the store on the def line.</summary>
    private void Definition(Node def, List<Expr> decorators, Arguments args)
    {
        foreach (var d in decorators)
            Expression(d);
        foreach (var d in args.Defaults)
            Expression(d);
        foreach (var d in args.KwDefaults)
        {
            if (d is not null)
                Expression(d);
        }
        Code(def.Lineno, 2);
        for (int i = decorators.Count - 1; i >= 0; i--)
            Code(decorators[i].Lineno);
        Code(def.Lineno);
    }

    private void AugAssign(AugAssign aug)
    {
        switch (aug.Target)
        {
            case Name:
                Code(aug.Target.Lineno);
                Expression(aug.Value);
                Code(aug.Lineno, 2);
                return;
            case Attribute at:
                Expression(at.Value);
                Code(aug.Lineno, 2);
                Expression(aug.Value);
                Code(aug.Lineno, 3);
                return;
            case Subscript sub:
                Expression(sub.Value);
                Expression(sub.Slice);
                Code(aug.Lineno, 3);
                Expression(aug.Value);
                Code(aug.Lineno, 4);
                return;
        }
        throw new FlowUnmodelledException("an augmented assignment target");
    }

    private void Store(Expr target)
    {
        switch (target)
        {
            case Name n:
                Code(n.Lineno);
                return;
            case Attribute a:
                Expression(a.Value);
                Code(a.Lineno);
                return;
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                Code(s.Lineno);
                return;
            case Tuple t:
                Unpack(t.Elts, t.Lineno);
                return;
            case List l:
                Unpack(l.Elts, l.Lineno);
                return;
            case Starred st:
                Store(st.Value);
                return;
        }
        throw new FlowUnmodelledException("an assignment target");
    }

    private void Unpack(List<Expr> elts, int line)
    {
        Code(line);
        foreach (var e in elts)
            Store(e);
    }

    private void Delete(Expr target)
    {
        switch (target)
        {
            case Name n:
                Code(n.Lineno);
                return;
            case Attribute a:
                Expression(a.Value);
                Code(a.Lineno);
                return;
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                Code(s.Lineno);
                return;
            case Tuple t:
                t.Elts.ForEach(Delete);
                return;
            case List l:
                l.Elts.ForEach(Delete);
                return;
        }
        throw new FlowUnmodelledException("a del target");
    }

    private void Return(Return r)
    {
        bool preserve = r.Value is not null and not Constant;
        if (preserve)
            Expression(r.Value!);
        else if (r.Value is not null)
            _g.Add(FlowOp.Nop, r.Value.Lineno);
        if (r.Value is null || r.Value.Lineno != r.Lineno)
            _g.Add(FlowOp.Nop, r.Lineno);
        foreach (var loop in _loops)
        {
            if (!loop.IsFor)
                continue;
            if (preserve)
                Code(r.Lineno); // SWAP 2
            _g.Add(FlowOp.PopTop, r.Lineno);
        }
        if (!preserve)
        {
            var c = _g.Add(FlowOp.LoadConst, r.Lineno);
            c.ConstTruth = r.Value is Constant k ? ConstantTruth(k.Value) : false;
        }
        _g.Add(FlowOp.ReturnValue, r.Lineno);
    }

    private void Assert(Assert a)
    {
        int end = _g.NewLabel();
        JumpIf(a.Test, end, true);
        Code(a.Lineno); // LOAD_ASSERTION_ERROR
        if (a.Msg is not null)
        {
            Expression(a.Msg);
            Code(a.Lineno); // CALL 0
        }
        _g.Add(FlowOp.Raise, a.Lineno);
        _g.UseLabel(end);
    }

    private void If(If s)
    {
        int end = _g.NewLabel();
        int next = s.Orelse.Count > 0 ? _g.NewLabel() : end;
        JumpIf(s.Test, next, false);
        SuiteWithEdge(s.Body, s, FlowEdgeKind.BodyEnd);
        if (s.Orelse.Count > 0)
        {
            _g.Add(FlowOp.Jump, -1, end, glue: true);
            _g.UseLabel(next);
            SuiteWithEdge(s.Orelse, s, FlowEdgeKind.ElseEnd);
        }
        _g.UseLabel(end);
    }

    private void While(While w)
    {
        int loop = _g.NewLabel(), body = _g.NewLabel(), end = _g.NewLabel(), anchor = _g.NewLabel();
        _g.UseLabel(loop);
        _loops.Push(new LoopBlock(w, false, loop, end));
        JumpIf(w.Test, anchor, false);
        _g.UseLabel(body);
        SuiteWithEdge(w.Body, w, FlowEdgeKind.BodyEnd);
        // CPython 3.12 compiles the test again at the bottom: its sites are the second copy.
        int outer = _copy;
        _copy = 1;
        JumpIf(w.Test, body, true);
        _copy = outer;
        _loops.Pop();
        _g.UseLabel(anchor);
        if (w.Orelse.Count > 0)
            SuiteWithEdge(w.Orelse, w, FlowEdgeKind.ElseEnd);
        _g.UseLabel(end);
    }

    private void For(For f)
    {
        int start = _g.NewLabel(), body = _g.NewLabel(), cleanup = _g.NewLabel(), end = _g.NewLabel();
        _loops.Push(new LoopBlock(f, true, start, end));
        Expression(f.Iter);
        Code(f.Lineno); // GET_ITER
        _g.UseLabel(start);
        _g.Add(FlowOp.ForIter, f.Lineno, cleanup, new FlowSite(f, 0, 0));
        _g.UseLabel(body);
        Store(f.Target);
        SuiteWithEdge(f.Body, f, FlowEdgeKind.BodyEnd);
        _g.Add(FlowOp.Jump, -1, start, glue: true);
        _g.UseLabel(cleanup);
        _g.Add(FlowOp.EndFor, -1, glue: true);
        _loops.Pop();
        if (f.Orelse.Count > 0)
            SuiteWithEdge(f.Orelse, f, FlowEdgeKind.ElseEnd);
        _g.UseLabel(end);
    }

    private void Break(Break b)
    {
        if (_loops.Count == 0)
            throw new FlowUnmodelledException("'break' outside loop");
        _g.Edge(new FlowEdge(b, FlowEdgeKind.Break));
        _g.Add(FlowOp.Nop, b.Lineno, glue: true);
        var loop = _loops.Peek();
        if (loop.IsFor)
            _g.Add(FlowOp.PopTop, b.Lineno, glue: true);
        _g.Add(FlowOp.Jump, b.Lineno, loop.Exit, glue: true);
    }

    private void Continue(Continue c)
    {
        if (_loops.Count == 0)
            throw new FlowUnmodelledException("'continue' not properly in loop");
        _g.Edge(new FlowEdge(c, FlowEdgeKind.Continue));
        _g.Add(FlowOp.Nop, c.Lineno, glue: true);
        _g.Add(FlowOp.Jump, c.Lineno, _loops.Peek().Start, glue: true);
    }

    /// <summary><c>compiler_jump_if</c>: jumps to <paramref name="next"/> when <paramref name="e"/>'s truth is
    /// <paramref name="cond"/>; <c>not</c>, <c>and</c>/<c>or</c>, conditional expressions and comparison chains compile
    /// to a jump per operand.</summary>
    private void JumpIf(Expr e, int next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u when !IsFoldedConstant(u):
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                bool cond2 = b.Op == BoolOperator.Or;
                int next2 = next;
                if (cond2 != cond)
                    next2 = _g.NewLabel();
                for (int i = 0; i < b.Values.Count - 1; i++)
                    JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[b.Values.Count - 1], next, cond);
                if (next2 != next)
                    _g.UseLabel(next2);
                return;
            }
            case IfExp i:
            {
                int end = _g.NewLabel(), next2 = _g.NewLabel();
                JumpIf(i.Test, next2, false);
                JumpIf(i.Body, next, cond);
                // (no edge: the body's last test falls through to this jump, and its walk raises it)
                _g.Add(FlowOp.Jump, -1, end, glue: true);
                _g.UseLabel(next2);
                JumpIf(i.Orelse, next, cond);
                _g.UseLabel(end);
                return;
            }
            case Compare c when c.Ops.Count > 1:
            {
                int cleanup = _g.NewLabel();
                Expression(c.Left);
                int n = c.Ops.Count - 1;
                for (int k = 0; k < n; k++)
                {
                    Expression(c.Comparators[k]);
                    Code(c.Lineno, 3); // SWAP 2, COPY 2, COMPARE_OP
                    _g.Add(FlowOp.PopJumpIfFalse, c.Lineno, cleanup, new FlowSite(c, k, _copy));
                }
                Expression(c.Comparators[n]);
                Code(c.Lineno);
                _g.Add(cond ? FlowOp.PopJumpIfTrue : FlowOp.PopJumpIfFalse, c.Lineno, next, new FlowSite(c, n, _copy));
                int end = _g.NewLabel();
                _g.Add(FlowOp.Jump, -1, end, glue: true);
                _g.UseLabel(cleanup);
                _g.Add(FlowOp.PopTop, c.Lineno, glue: true);
                if (!cond)
                    _g.Add(FlowOp.Jump, -1, next, glue: true);
                _g.UseLabel(end);
                return;
            }
        }
        Expression(e);
        _g.Add(cond ? FlowOp.PopJumpIfTrue : FlowOp.PopJumpIfFalse, e.Lineno, next, new FlowSite(e, 0, _copy));
    }
}
