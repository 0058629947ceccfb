using PyAot.FrontEnd.Ast;
using PyAot.Generator.Analysis.Flow;
using PyAot.Generator.Lowering.Instrumentation;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>async with</c> and <c>async for</c>, in a coroutine's state machine (they are SyntaxErrors anywhere else). Each is
/// a few awaits (<see cref="Delegation"/>) around an ordinary body, laid out at one block level so the awaits can be
/// resumed:
/// <code>
/// async with m as v: body          async for x in it: body / else: orelse
///
/// value = await WithEnter(m, out exit)      iterator = AsyncProtocol.Iter(it)
/// v = value                                 top:  x = await Next(iterator)  (StopAsyncIteration: goto orelse)
/// try { body } catch (e) { pending = e; }         body; goto top;
/// exit_label:                               orelse: orelse
/// if (pending is null) goto normal;         end:
/// if (!(await WithExit(exit, pending))) throw pending;
/// goto end;
/// normal: await WithExit(exit, null); then the return, break or continue that left the body, if one did
/// end:
/// </code>
/// A return, break or continue in the body of an <c>async with</c> goes through its exit as through a flat finally
/// (<see cref="FinallyExits"/>): C# cannot suspend in a <c>finally</c>. <c>__aexit__</c> receives a traceback of None
/// (compiled code has no traceback objects yet), as <c>__exit__</c> does.
/// </summary>
internal sealed partial class BodyLowerer
{
    private void AsyncWithStatement(AsyncWith w, int index)
    {
        var item = w.Items[index];
        string manager = Spill(LowerValue(item.ContextExpr));
        string exit = NewTemp("aexit");
        string enter = NewTemp("aenter");
        _w.Line($"{enter} = AsyncProtocol.WithEnter({manager}, out {exit});");
        string entered = Spill(Delegation(w, enter, "StartAwait", "AwaitContext.AsyncWithEnter").AsValue());
        _usesFlatFinally = true;
        DeclarePendingReturn(item, w.Body);
        string pending = ResumeSafeLocal("PyException?", "pending", "null");
        string action = ResumeSafeLocal("int", "action", "0");
        var exits = new FinallyExits(NewLabel("aexit"), action, _loops.Count);
        _finallyExits.Push(exits);
        ResumableTryBlock(() =>
        {
            if (item.OptionalVars is not null)
                StoreTo(item.OptionalVars, CsExpr.Value(entered), valueIsTemp: true);
            if (index + 1 < w.Items.Count)
            {
                AsyncWithStatement(w, index + 1);
            }
            else
            {
                Statements(w.Body, 0);
                SuiteEdge(w.Body, w, FlowEdgeKind.BodyEnd);
            }
        });
        _finallyExits.Pop();
        string caught = NewBlockLocal("caught");
        _w.Line($"catch (PyException {caught})");
        _w.Open();
        _w.Line($"{pending} = {caught};");
        _w.Close();
        string normal = NewLabel("aexit_normal");
        string end = NewLabel("end_async_with");
        _w.Line($"{exits.Label}:");
        _w.Line($"if ({pending} is null) goto {normal};");
        // The body raised: __aexit__(type, value, traceback), awaited; a false result raises the exception again.
        _e.HandlerEntered(w, ExceptionHandlerKind.With, pending + "!");
        Handling(pending + "!", resumable: true, body: () =>
        {
            _e.StatementCleanup(w);
            string suppress = Delegation(w, $"AsyncProtocol.WithExit({exit}, {pending})", "StartAwait", "AwaitContext.AsyncWithExit").AsValue();
            _w.Line($"if (!PyOps.IsTrue({suppress}))");
            _w.Open();
            _e.Reraise(w, ExceptionHandlerKind.WithExit, pending + "!");
            _w.Line($"throw Rt.Reraise({pending}!);");
            _w.Close();
        });
        _w.Line($"{pending} = null;");
        _w.Line($"goto {end};");
        // The body completed, or left by return, break or continue: __aexit__(None, None, None), then that exit.
        _w.Line($"{normal}:");
        _e.StatementCleanup(w);
        // (__aexit__(None, None, None) is a call of the frame's, as CPython compiles it: CALL 2 with the Nones)
        var nones = new[] { "PyValue.None", "PyValue.None", "PyValue.None" };
        string exitCall = _e.Call(w, _e.ObservesCalls ? new CallShape(CallForm.MethodObject, exit, nones) : null, $"AsyncProtocol.WithExit({exit}, null)");
        Delegation(w, exitCall, "StartAwait", "AwaitContext.AsyncWithExit");
        ResumeFinallyExit(exits, item);
        if (_pendingReturn is { } owned && ReferenceEquals(owned.Owner, item))
            _pendingReturn = null;
        _w.Line($"{end}:;");
    }

    private void AsyncForStatement(AsyncFor f)
    {
        string iterator = NewTemp("aiter");
        _w.Line($"{iterator} = AsyncProtocol.Iter({LowerIterable(f.Iter)});");
        string top = NewLabel("async_for");
        string end = NewLabel("end_async_for");
        string orelse = f.Orelse.Count > 0 ? NewLabel("async_for_else") : end;
        _w.Line($"{top}:");
        // (the loop's line each time round, as CPython's GET_ANEXT there)
        if (_e.Instrumenter.LineWithin(f.Iter, f.Lineno) is { } head)
            _w.Line($"_ = {head};");
        string item = Spill(Delegation(f, $"AsyncProtocol.Next({iterator})", "StartAwait", "AwaitContext.AsyncForNext",
            stopAsyncIteration: orelse).AsValue());
        StoreTo(f.Target, CsExpr.Value(item), valueIsTemp: true);
        _loops.Push(new LoopInfo(f) { BreakLabel = end, ContinueLabel = top });
        Statements(f.Body, 0);
        _loops.Pop();
        _e.BackEdge(f, f);
        _w.Line($"goto {top};");
        if (f.Orelse.Count > 0)
        {
            _w.Line($"{orelse}:");
            Statements(f.Orelse, 0);
            SuiteEdge(f.Orelse, f, FlowEdgeKind.ElseEnd);
        }
        _w.Line($"{end}:");
        _w.Line($"{iterator} = default;");
    }

    /// <summary>The iterable of a loop or comprehension as CPython's AST optimizer leaves it (ast_opt.c's fold_iter): a
    /// list display is a tuple, which an <c>async for</c>'s TypeError shows by its type's name.</summary>
    private string LowerIterable(Expr iter) =>
        iter is List { Elts: var elts } && !elts.Exists(e => e is Starred)
            ? $"PyValue.FromObject(PyTuple.From({LowerValue(iter)}))"
            : LowerValue(iter);
}
