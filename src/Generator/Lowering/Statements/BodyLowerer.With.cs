using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using PyAot.Generator.Lowering.Instrumentation;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>with</c>: <c>__enter__</c>, the body in a C# try, <c>__exit__</c> with the exception (or Nones) as Python calls it,
/// one item at a time; in a generator whose body may suspend, the resumable form (<see cref="GeneratorWith"/>).
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>
    /// <c>with a as x, b:</c> (items nest left to right): __enter__ before the body, __exit__ with the exception
    /// when the body raises (a true result swallows it), with Nones when it completes or leaves by
    /// return/break/continue.
    /// </summary>
    private void WithStatement(With w, int index)
    {
        var item = w.Items[index];
        string manager = Spill(LowerValue(item.ContextExpr));
        string exit = NewTemp("exit");
        string entered = NewTemp("entered");
        _w.Line($"{entered} = Rt.WithEnter({manager}, out {exit});");
        StoreLinePoint(item.OptionalVars);
        string failed = NewBlockLocal("failed");
        _w.Line($"bool {failed} = false;");
        // Where CPython jumps on after a normal exit's __exit__ (a with ending a loop's body), only when the body ran off
        // its end: a break, continue or return leaves by the same C# finally.
        string? exitJump = _e.Instrumenter.EdgeCode(item, Analysis.Flow.FlowEdgeKind.Exit);
        string? completed = exitJump is null ? null : NewBlockLocal("completed");
        if (completed is not null)
            _w.Line($"bool {completed} = false;");
        string? pending = EnterCleanup(w, w.Body, canRaise: true, returnOwner: item);
        string? done = DeclareBodyDone(w);
        _w.Line("try");
        _w.Open();
        if (item.OptionalVars is not null)
            StoreTo(item.OptionalVars, CsExpr.Value(entered), valueIsTemp: true);
        if (index + 1 < w.Items.Count)
        {
            WithStatement(w, index + 1);
        }
        else
        {
            Statements(w.Body, 0);
            SuiteEdge(w.Body, w, Analysis.Flow.FlowEdgeKind.BodyEnd);
        }
        _e.StatementCleanup(w);
        if (done is not null)
            _w.Line($"{done} = true;");
        if (completed is not null)
            _w.Line($"{completed} = true;");
        _w.Close();
        LeaveCleanup();
        string exc = NewBlockLocal("exception");
        _w.Line($"catch (PyException {exc})");
        _w.Open();
        _w.Line($"{failed} = true;");
        WithExitError(w, index, exit, exc);
        _w.Close();
        _w.Line("finally");
        _w.Open();
        ExitLineIfLeft(w, done, $"!{failed}");
        _w.Line($"if (!{failed}) {WithExitNormal(w, exit)};");
        if (completed is not null)
            _w.Line($"if ({completed}) {{ {exitJump} }}");
        RaisePending(w, pending, returnOwner: item);
        _w.Close();
        // The body may have been cut short by a swallowed exception: only what held before is certain.
    }

    /// <summary>A with item's store into its target on another line than its <c>__enter__</c>'s: the LINE point of the
    /// statement's plan there (<see cref="ExpressionLines"/>), after the call.</summary>
    private void StoreLinePoint(Expr? target)
    {
        if (target is null || !TakeLineMark(target, out var mark))
            return;
        foreach (int line in mark.Before ?? new List<int>())
        {
            if (_e.Instrumenter.LineWithin(target, line) is { } point)
                _w.Line($"_ = {point};");
        }
    }

    /// <summary>
    /// <c>with</c> with a yield inside: as <see cref="WithStatement"/>, with a resumable try block, the flag in a
    /// field, and no <c>__exit__</c> while the generator is only suspending.
    /// </summary>
    private void GeneratorWith(With w, int index)
    {
        var item = w.Items[index];
        string manager = Spill(LowerValue(item.ContextExpr));
        string exit = NewTemp("exit");
        string entered = NewTemp("entered");
        _w.Line($"{entered} = Rt.WithEnter({manager}, out {exit});");
        StoreLinePoint(item.OptionalVars);
        string failed = GeneratorField("bool", "failed");
        _w.Line($"{failed} = false;");
        EnterCleanup(w, w.Body, canRaise: false);
        DeclarePendingReturn(item, w.Body);
        string? done = DeclareBodyDone(w);
        ResumableTryBlock(() =>
        {
            if (item.OptionalVars is not null)
                StoreTo(item.OptionalVars, CsExpr.Value(entered), valueIsTemp: true);
            if (index + 1 < w.Items.Count)
            {
                GeneratorWith(w, index + 1);
            }
            else
            {
                Statements(w.Body, 0);
                SuiteEdge(w.Body, w, Analysis.Flow.FlowEdgeKind.BodyEnd);
            }
            _e.StatementCleanup(w);
            if (done is not null)
                _w.Line($"{done} = true;");
        });
        LeaveCleanup();
        string exc = NewBlockLocal("exception");
        _w.Line($"catch (PyException {exc})");
        _w.Open();
        _w.Line($"{failed} = true;");
        WithExitError(w, index, exit, exc);
        _w.Close();
        _w.Line("finally");
        _w.Open();
        ExitLineIfLeft(w, done, $"!Suspending && !{failed}");
        _w.Line($"if (!Suspending && !{failed}) {WithExitNormal(w, exit)};");
        if (_pendingReturn is { } p && ReferenceEquals(p.Owner, item))
        {
            _w.Line("if (!Suspending)");
            _w.Open();
            RaisePendingReturn(item);
            _w.Close();
        }
        _w.Close();
    }

    /// <summary>Whether the with's body ran to its end (the instrumenter's exit line is written there), declared when the
    /// instrumenter writes that line and the body can leave otherwise (null: not needed).</summary>
    private string? DeclareBodyDone(With w) =>
        _e.Instrumenter.WritesStatementCode && LoopExits.JumpsOut(w.Body) ? ResumeSafeLocal("bool", "done", "false") : null;

    /// <summary>In the with's C# finally, when <paramref name="running"/> holds (not failed, not suspending): a body left by
    /// return, break or continue gets the exit's line too, as CPython calls __exit__ on the with's line (LINE).</summary>
    private void ExitLineIfLeft(With w, string? done, string running)
    {
        if (done is null)
            return;
        _w.Line($"if ({running} && !{done})");
        _w.Open();
        _e.StatementCleanup(w);
        _w.Close();
    }

    /// <summary>In the catch of a with's body: <c>__exit__</c> called with the exception <paramref name="exc"/> (on the
    /// with's line again), which is raised again unless it returns true; in CPython, the handler the with puts in its
    /// exception table, its test of the result, its RERAISE and the cleanup handler around them.</summary>
    private void WithExitError(With w, int index, string exit, string exc)
    {
        _e.HandlerEntered(w, ExceptionHandlerKind.With, exc);
        _e.StatementCleanup(w);
        _e.Cleanup(w, ExceptionHandlerKind.WithCleanup, NewBlockLocal("cleanup"), () =>
        {
            _w.Line($"if (!{Paren(_e.Test(w, index, $"Rt.WithExitError({exit}, {exc})"))})");
            _w.Open();
            _e.Reraise(w, ExceptionHandlerKind.WithExit, exc);
            _w.Line("throw;");
            _w.Close();
        });
    }

    /// <summary><c>__exit__(None, None, None)</c>, a call of the bound method as CPython 3.12 makes it (CALL with arg0
    /// None, and C_RETURN: the callable is a method object, which its CALL does not unpack).</summary>
    private string WithExitNormal(With w, string exit)
    {
        var nones = new[] { "PyValue.None", "PyValue.None", "PyValue.None" };
        string fast = $"Rt.WithExitNormal({exit})";
        string call = _e.Call(w, _e.ObservesCalls ? new CallShape(CallForm.MethodObject, exit, nones) : null, fast);
        // (An instrumented call is an expression, not an invocation: a discard makes it a statement.)
        return ReferenceEquals(call, fast) ? call : "_ = " + call;
    }
}
