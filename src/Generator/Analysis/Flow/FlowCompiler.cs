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
    private readonly List<FBlock> _fblocks = new();

    /// <summary>Which copy of a test is being compiled (1: a while loop's test at the bottom).</summary>
    private int _copy;

    /// <summary>CPython's frame blocks (<c>fblockinfo</c>): what a return, break or continue unwinds on its way out.</summary>
    private enum FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue, ExceptionHandler }

    private sealed record FBlock(FBlockKind Kind, Node? Node, int Start, int Exit, object? Datum = null)
    {
        public bool IsLoop => Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop;
    }

    private void Push(FBlock b) => _fblocks.Add(b);

    private void Pop() => _fblocks.RemoveAt(_fblocks.Count - 1);

    private FlowCompiler(SymbolTable symbols, Scope scope)
    {
        _symbols = symbols;
        _scope = scope;
    }

    /// <summary>The laid-out blocks of <paramref name="owner"/>'s code object (a module, def, lambda, class or
    /// generator expression), after CPython's optimizer.</summary>
    public static FlowGraph Compile(SymbolTable symbols, Node owner)
    {
        int firstLine = FirstLines.Of(owner);
        var c = new FlowCompiler(symbols, symbols.ScopeOf(owner));
        c.CodeBody(owner, firstLine);
        FlowOptimizer.Run(c._g, firstLine);
        return c._g;
    }

    private void CodeBody(Node owner, int firstLine)
    {
        // (a coroutine's code is laid out as a generator's: RETURN_GENERATOR, and the handler around its body)
        bool generator = _scope.IsGenerator || _scope.IsCoroutine || owner is GeneratorExp;
        if (_scope.IsCoroutine && _scope.IsGenerator)
            throw new FlowUnmodelledException("an asynchronous generator");
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
                Suite(f.Body.Skip(Docstring.Of(f.Body) is not null ? 1 : 0).ToList(), docstring: false);
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
            if (i == 0 && docstring && Docstring.Of(body) is not null)
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
        suite.Count > 0 && suite[suite.Count - 1] is not (FrontEnd.Ast.If or FrontEnd.Ast.While or FrontEnd.Ast.For or AsyncFor or FrontEnd.Ast.Try
            or TryStar or FrontEnd.Ast.With or AsyncWith or Match or FrontEnd.Ast.Return or FrontEnd.Ast.Raise or FrontEnd.Ast.Break
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
                else if (ann.Target is Attribute at)
                {
                    Expression(at.Value);
                    Code(s.Lineno); // POP_TOP
                }
                else if (ann.Target is Subscript sub)
                {
                    Expression(sub.Value);
                    Code(s.Lineno);
                    // check_ann_subscr: a slice's bounds, a tuple's items, or the index, each evaluated and dropped
                    var parts = sub.Slice is Slice sl ? new[] { sl.Lower, sl.Upper, sl.Step }
                        : sub.Slice is Tuple t ? t.Elts.ToArray() : new Expr?[] { sub.Slice };
                    foreach (var part in parts)
                    {
                        if (part is null)
                            continue;
                        Expression(part);
                        Code(s.Lineno);
                    }
                }
                if (_scope.Kind == ScopeKind.Function)
                    return;
                if (ann.Simple == 1 && ann.Target is Name)
                {
                    // The annotation (a constant under PEP 563), LOAD_NAME __annotations__, LOAD_CONST, STORE_SUBSCR.
                    if (_symbols.FutureAnnotations)
                        Code(ann.Annotation.Lineno);
                    else
                        Expression(ann.Annotation);
                    Code(s.Lineno, 3);
                }
                else if (!_symbols.FutureAnnotations)
                {
                    Expression(ann.Annotation);
                    Code(s.Lineno); // POP_TOP
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
            case Try t:
                Try(t);
                return;
            case With w:
                With(w, 0);
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
    private void Definition(FunctionDef def, List<Expr> decorators, Arguments args)
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
        // compiler_visit_annotations: the name and the annotation of each (args before posonlyargs, as CPython 3.12 has
        // them), then the return's; a tuple of them.
        bool annotated = false;
        void Annotation(Expr? a)
        {
            if (a is null)
                return;
            Code(def.Lineno); // LOAD_CONST name
            if (_symbols.FutureAnnotations)
                Code(a.Lineno); // LOAD_CONST its text (PEP 563)
            else
                Expression(a);
            annotated = true;
        }
        foreach (var a in args.Args)
            Annotation(a.Annotation);
        foreach (var a in args.Posonlyargs)
            Annotation(a.Annotation);
        Annotation(args.Vararg?.Annotation);
        foreach (var a in args.Kwonlyargs)
            Annotation(a.Annotation);
        Annotation(args.Kwarg?.Annotation);
        Annotation(def.Returns);
        if (annotated)
            Code(def.Lineno); // BUILD_TUPLE
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

    private void Store(Expr target) => Target(target, delete: false);

    private void Delete(Expr target) => Target(target, delete: true);

    /// <summary>An assignment's or a del's target: its operands, then the store or delete (a tuple or list target
    /// unpacks first, then stores each element; a del deletes each).</summary>
    private void Target(Expr target, bool delete)
    {
        switch (target)
        {
            case Name n:
                Code(n.Lineno);
                return;
            case Attribute a:
                Expression(a.Value);
                Code(AttributeLine(a));
                return;
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                Code(s.Lineno);
                return;
            case Tuple or List:
                var elts = target is Tuple t ? t.Elts : ((List)target).Elts;
                if (!delete)
                    Code(target.Lineno); // UNPACK_SEQUENCE / UNPACK_EX
                foreach (var e in elts)
                    Target(e, delete);
                return;
            case Starred st when !delete:
                Target(st.Value, delete);
                return;
        }
        throw new FlowUnmodelledException(delete ? "a del target" : "an assignment target");
    }

    private void Return(Return r)
    {
        bool preserve = r.Value is not null and not Constant;
        if (preserve)
            Expression(r.Value!);
        else if (r.Value is not null)
            _g.Add(FlowOp.Nop, r.Value.Lineno);
        int line = r.Value is not null && !preserve ? r.Value.Lineno : r.Lineno;
        if (r.Value is null || r.Value.Lineno != r.Lineno)
        {
            line = r.Lineno;
            _g.Add(FlowOp.Nop, r.Lineno);
        }
        UnwindStack(ref line, preserve, toLoop: false);
        if (!preserve)
        {
            var c = _g.Add(FlowOp.LoadConst, line);
            c.ConstTruth = r.Value is Constant k ? ConstantTruth(k.Value) : false;
        }
        _g.Add(FlowOp.ReturnValue, line);
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
        Push(new FBlock(FBlockKind.WhileLoop, w, loop, end));
        JumpIf(w.Test, anchor, false);
        _g.UseLabel(body);
        SuiteWithEdge(w.Body, w, FlowEdgeKind.BodyEnd);
        // CPython 3.12 compiles the test again at the bottom: its sites are the second copy.
        int outer = _copy;
        _copy = 1;
        JumpIf(w.Test, body, true);
        _copy = outer;
        Pop();
        _g.UseLabel(anchor);
        if (w.Orelse.Count > 0)
            SuiteWithEdge(w.Orelse, w, FlowEdgeKind.ElseEnd);
        _g.UseLabel(end);
    }

    private void For(For f)
    {
        int start = _g.NewLabel(), body = _g.NewLabel(), cleanup = _g.NewLabel(), end = _g.NewLabel();
        Push(new FBlock(FBlockKind.ForLoop, f, start, end));
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
        Pop();
        if (f.Orelse.Count > 0)
            SuiteWithEdge(f.Orelse, f, FlowEdgeKind.ElseEnd);
        _g.UseLabel(end);
    }

    // A break's or continue's jumps are raised after the cleanups it runs (a with's __exit__, a finally body compiled
    // here), as the lowering raises them after the C# finally blocks: its edge is just before its jump.

    private void Break(Break b)
    {
        int line = b.Lineno;
        _g.Add(FlowOp.Nop, line, glue: true);
        var loop = UnwindStack(ref line, false, toLoop: true) ?? throw new FlowUnmodelledException("'break' outside loop");
        UnwindBlock(loop, ref line, false);
        _g.Edge(new FlowEdge(b, FlowEdgeKind.Break));
        _g.Add(FlowOp.Jump, line, loop.Exit, glue: true);
    }

    private void Continue(Continue c)
    {
        int line = c.Lineno;
        _g.Add(FlowOp.Nop, line, glue: true);
        var loop = UnwindStack(ref line, false, toLoop: true) ?? throw new FlowUnmodelledException("'continue' not properly in loop");
        _g.Edge(new FlowEdge(c, FlowEdgeKind.Continue));
        _g.Add(FlowOp.Jump, line, loop.Start, glue: true);
    }

    /// <summary><c>compiler_unwind_fblock_stack</c>: the cleanups of the frame blocks a return (all of them) or a break
    /// or continue (those inside its loop, which it returns) leaves.</summary>
    private FBlock? UnwindStack(ref int line, bool preserveTos, bool toLoop)
    {
        if (_fblocks.Count == 0)
            return null;
        var top = _fblocks[_fblocks.Count - 1];
        if (toLoop && top.IsLoop)
            return top;
        // (A break out of a finally body being run for an exception: C# has no such jump out of a finally block.)
        if (toLoop && top.Kind is FBlockKind.FinallyEnd)
            _g.LoweringLimit ??= "a break or continue that leaves a finally body";
        Pop();
        UnwindBlock(top, ref line, preserveTos);
        var loop = UnwindStack(ref line, preserveTos, toLoop);
        Push(top);
        return loop;
    }

    /// <summary><c>compiler_unwind_fblock</c>: one frame block's cleanup (a finally body is compiled again here).</summary>
    private void UnwindBlock(FBlock b, ref int line, bool preserveTos)
    {
        switch (b.Kind)
        {
            case FBlockKind.ForLoop:
                if (preserveTos)
                    Glue(line); // SWAP 2
                _g.Add(FlowOp.PopTop, line, glue: true);
                return;
            case FBlockKind.TryExcept:
                _g.Add(FlowOp.PopBlock, line, glue: true);
                return;
            case FBlockKind.FinallyTry:
                _g.Add(FlowOp.PopBlock, line, glue: true);
                if (preserveTos)
                    Push(new FBlock(FBlockKind.PopValue, null, -1, -1));
                Suite((List<Stmt>)b.Datum!, docstring: false);
                if (preserveTos)
                    Pop();
                line = -1;
                return;
            case FBlockKind.FinallyEnd:
                if (preserveTos)
                    Glue(line);
                _g.Add(FlowOp.PopTop, line, glue: true);
                if (preserveTos)
                    Glue(line);
                _g.Add(FlowOp.PopBlock, line, glue: true);
                Glue(line); // POP_EXCEPT
                return;
            case FBlockKind.With:
                line = b.Node!.Lineno;
                _g.Add(FlowOp.PopBlock, line, glue: true);
                if (preserveTos)
                    Glue(line);
                Glue(line, 4); // __exit__(None, None, None)
                Glue(line); // POP_TOP
                line = -1;
                return;
            case FBlockKind.HandlerCleanup:
                if (b.Datum is not null)
                    _g.Add(FlowOp.PopBlock, line, glue: true);
                if (preserveTos)
                    Glue(line);
                _g.Add(FlowOp.PopBlock, line, glue: true);
                Glue(line); // POP_EXCEPT
                if (b.Datum is not null)
                    Glue(line, 3); // name = None; del name
                return;
            case FBlockKind.PopValue:
                if (preserveTos)
                    Glue(line);
                _g.Add(FlowOp.PopTop, line, glue: true);
                return;
        }
    }

    /// <summary>Instructions the compiler adds that only move control or clean up (no source point of their own).</summary>
    private void Glue(int line, int count = 1)
    {
        for (int i = 0; i < count; i++)
            _g.Add(FlowOp.Code, line, glue: true);
    }

    private void Try(Try t)
    {
        if (t.Finalbody.Count > 0)
            TryFinally(t);
        else
            TryExcept(t);
    }

    /// <summary><c>compiler_try_finally</c>: the finally body compiled twice (after the body, and as the exception's
    /// handler), and once more at each return, break or continue that leaves it.</summary>
    private void TryFinally(Try t)
    {
        int body = _g.NewLabel(), end = _g.NewLabel(), exit = _g.NewLabel(), cleanup = _g.NewLabel();
        _g.Add(FlowOp.SetupFinally, t.Lineno, end, glue: true);
        _g.UseLabel(body);
        Push(new FBlock(FBlockKind.FinallyTry, t, body, end, t.Finalbody));
        if (t.Handlers.Count > 0)
            TryExcept(t);
        else
            SuiteWithEdge(t.Body, t, FlowEdgeKind.BodyEnd);
        _g.Add(FlowOp.PopBlock, -1, glue: true);
        Pop();
        Suite(t.Finalbody, docstring: false);
        if (EndsWithFallthrough(t.Finalbody))
            _g.Edge(new FlowEdge(t, FlowEdgeKind.Exit));
        _g.Add(FlowOp.Jump, -1, exit, glue: true);
        _g.UseLabel(end);
        _g.Add(FlowOp.SetupCleanup, -1, cleanup, glue: true);
        Glue(-1); // PUSH_EXC_INFO
        Push(new FBlock(FBlockKind.FinallyEnd, t, end, -1));
        Suite(t.Finalbody, docstring: false);
        Pop();
        _g.Add(FlowOp.Reraise, -1);
        _g.UseLabel(cleanup);
        Glue(-1, 2); // COPY 3, POP_EXCEPT
        _g.Add(FlowOp.Reraise, -1);
        _g.UseLabel(exit);
    }

    /// <summary><c>compiler_try_except</c>: the body, its else, then (a cold block) each handler's match test and body.</summary>
    private void TryExcept(Try t)
    {
        int body = _g.NewLabel(), except = _g.NewLabel(), end = _g.NewLabel(), cleanup = _g.NewLabel();
        _g.Add(FlowOp.SetupFinally, t.Lineno, except, glue: true);
        _g.UseLabel(body);
        Push(new FBlock(FBlockKind.TryExcept, t, body, -1));
        SuiteWithEdge(t.Body, t, FlowEdgeKind.BodyEnd);
        Pop();
        _g.Add(FlowOp.PopBlock, -1, glue: true);
        if (t.Orelse.Count > 0)
            SuiteWithEdge(t.Orelse, t, FlowEdgeKind.ElseEnd);
        _g.Add(FlowOp.Jump, -1, end, glue: true);
        _g.UseLabel(except);
        _g.Add(FlowOp.SetupCleanup, -1, cleanup, glue: true);
        Glue(-1); // PUSH_EXC_INFO
        Push(new FBlock(FBlockKind.ExceptionHandler, t, -1, -1));
        foreach (var handler in t.Handlers)
        {
            int next = _g.NewLabel();
            int line = handler.Lineno;
            if (handler.Type is not null)
            {
                Expression(handler.Type);
                Code(line); // CHECK_EXC_MATCH
                _g.Add(FlowOp.PopJumpIfFalse, line, next, new FlowSite(handler, 0, _copy));
            }
            if (handler.Name is not null)
            {
                int cleanupEnd = _g.NewLabel(), cleanupBody = _g.NewLabel();
                Code(line); // store the name
                _g.Add(FlowOp.SetupCleanup, line, cleanupEnd, glue: true);
                _g.UseLabel(cleanupBody);
                Push(new FBlock(FBlockKind.HandlerCleanup, handler, cleanupBody, -1, handler.Name));
                SuiteWithEdge(handler.Body, handler, FlowEdgeKind.BodyEnd);
                Pop();
                _g.Add(FlowOp.PopBlock, -1, glue: true);
                _g.Add(FlowOp.PopBlock, -1, glue: true);
                Glue(-1, 4); // POP_EXCEPT; name = None; del name
                _g.Add(FlowOp.Jump, -1, end, glue: true);
                _g.UseLabel(cleanupEnd);
                Glue(-1, 3);
                _g.Add(FlowOp.Reraise, -1);
            }
            else
            {
                int cleanupBody = _g.NewLabel();
                _g.Add(FlowOp.Code, line); // POP_TOP (the exception)
                _g.UseLabel(cleanupBody);
                Push(new FBlock(FBlockKind.HandlerCleanup, handler, cleanupBody, -1));
                SuiteWithEdge(handler.Body, handler, FlowEdgeKind.BodyEnd);
                Pop();
                _g.Add(FlowOp.PopBlock, -1, glue: true);
                Glue(-1); // POP_EXCEPT
                _g.Add(FlowOp.Jump, -1, end, glue: true);
            }
            _g.UseLabel(next);
        }
        Pop();
        _g.Add(FlowOp.Reraise, -1);
        _g.UseLabel(cleanup);
        Glue(-1, 2); // COPY 3, POP_EXCEPT
        _g.Add(FlowOp.Reraise, -1);
        _g.UseLabel(end);
    }

    /// <summary><c>compiler_with</c> for item <paramref name="pos"/>: the body, <c>__exit__</c> called with Nones, and
    /// (a cold block) the exception's call of <c>__exit__</c> and its test of the result: suppressed or raised again.</summary>
    private void With(With w, int pos)
    {
        var item = w.Items[pos];
        int block = _g.NewLabel(), final = _g.NewLabel(), exit = _g.NewLabel(), cleanup = _g.NewLabel();
        Expression(item.ContextExpr);
        int line = w.Lineno;
        Code(line); // BEFORE_WITH
        _g.Add(FlowOp.SetupWith, line, final, glue: true);
        _g.UseLabel(block);
        Push(new FBlock(FBlockKind.With, w, block, final));
        if (item.OptionalVars is not null)
            Store(item.OptionalVars);
        else
            Code(line); // POP_TOP
        if (pos + 1 == w.Items.Count)
            SuiteWithEdge(w.Body, w, FlowEdgeKind.BodyEnd);
        else
            With(w, pos + 1);
        _g.Add(FlowOp.PopBlock, -1, glue: true);
        Pop();
        Code(line, 5); // __exit__(None, None, None), POP_TOP
        _g.Edge(new FlowEdge(item, FlowEdgeKind.Exit));
        _g.Add(FlowOp.Jump, line, exit, glue: true);
        _g.UseLabel(final);
        _g.Add(FlowOp.SetupCleanup, line, cleanup, glue: true);
        Glue(line, 2); // PUSH_EXC_INFO, WITH_EXCEPT_START
        int suppress = _g.NewLabel(), finish = _g.NewLabel();
        _g.Add(FlowOp.PopJumpIfTrue, -1, suppress, new FlowSite(w, pos, _copy));
        _g.Add(FlowOp.Reraise, -1);
        _g.UseLabel(suppress);
        Glue(-1);
        _g.Add(FlowOp.PopBlock, -1, glue: true);
        Glue(-1, 3); // POP_EXCEPT, POP_TOP, POP_TOP
        _g.Add(FlowOp.Jump, -1, finish, glue: true);
        _g.UseLabel(cleanup);
        Glue(-1, 2);
        _g.Add(FlowOp.Reraise, -1);
        _g.UseLabel(finish);
        _g.UseLabel(exit);
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
