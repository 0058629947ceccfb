using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using PyAot.Generator.Analysis.Flow;
using PyAot.Generator.Lowering.Instrumentation;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>try</c>/<c>except</c>/<c>else</c>/<c>finally</c>. The construct asks its strategies in order: a flat finally when
/// the finally block leaves or suspends (<c>BodyLowerer.Try.FlatFinally.cs</c>), exceptions without throws for a
/// first statement that can miss (<c>FastPaths/BodyLowerer.FastTry.cs</c>), then this general form: one C# catch testing
/// the clauses in order (as exception filters when they name builtins, <c>BodyLowerer.Try.Filters.cs</c>). In a
/// generator the resumable form (<see cref="GeneratorTry"/>) sits beside it.
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>The statements a try's finally protects: its body, handlers and else, in that order.</summary>
    private static List<Stmt> ProtectedStatements(Try t) => TryBodies(t).SelectMany(b => b).ToList();

    /// <summary>The bodies of a try statement that may delete names before its handlers or finally run.</summary>
    private static List<Stmt>[] TryBodies(Try t, bool withElse = true)
    {
        var bodies = new List<List<Stmt>> { t.Body };
        bodies.AddRange(t.Handlers.Select(h => h.Body));
        if (withElse)
            bodies.Add(t.Orelse);
        return bodies.ToArray();
    }

    /// <summary>
    /// The except clauses of a try, inside the C# catch (or miss branch) that has the exception in <paramref name="exc"/>:
    /// tested in order, each binding its 'as' name (unbound again after the handler, as Python does) and giving an
    /// exception its handler raises the handled one as __context__; <paramref name="noMatch"/> is the statement run
    /// when no clause matches (after its RERAISE).
    /// </summary>
    private void ExceptClauses(Try t, string exc, Action noMatch,
                                           System.Func<string, string>? matches = null, bool testedInFilter = false)
    {
        var handlers = t.Handlers;
        bool caughtAll = false;
        // A clause's header goes before its test; where the instrumenter writes code there (monitoring's LINE, raised
        // for each clause tested), each later clause nests in the else block of the one before instead of 'else if'.
        bool nest = _e.Instrumenter.WritesStatementCode;
        int nested = 0;
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = handlers[i];
            if (nest && i > 0)
            {
                _w.Line("else");
                _w.Open();
                nested++;
            }
            StatementHeader(h);
            string elseWord = i == 0 || nest ? "" : "else ";
            if (h.Type is null)
            {
                _w.Line(elseWord.TrimEnd());
                caughtAll = true;
            }
            else
            {
                var (pre, type) = Capture(() => LowerValue(h.Type));
                if (pre.Length > 0)
                    throw new LoweringError("comprehensions in 'except' clauses are not supported yet", h.Type);
                // (CPython tests each clause with a jump of its own: monitoring's BRANCH, raised here unless the catch's
                // filter made the tests)
                string test = matches is null ? $"{exc}.Matches({type})" : matches(type);
                _w.Line($"{elseWord}if ({(testedInFilter ? test : _e.Test(h, 0, test))})");
            }
            _w.Open();
            string? nameLv = null;
            string? nsName = null;
            if (h.Name is not null && IsClassNamespaceName(h.Name, h))
            {
                // In a class body the name lives in the class namespace: bound there, and removed when the handler
                // ends (CPython's `e = None; del e`, which never fails even if the body deleted it).
                nsName = h.Name;
                StoreName(h.Name, $"{exc}.Value", h);
            }
            else if (h.Name is not null)
            {
                nameLv = NameLvalue(h.Name, h);
                _w.Line($"{nameLv} = {exc}.Value;");
            }
            if (h.Name is null)
            {
                Statements(h.Body, 0);
                SuiteEdge(h.Body, h, FlowEdgeKind.BodyEnd);
            }
            else
            {
                // The name is unbound again by a finally after the body (under a catch for CPython's cleanup handler).
                _w.Line("try");
                _w.Open();
                Statements(h.Body, 0);
                SuiteEdge(h.Body, h, FlowEdgeKind.BodyEnd);
                _w.Close();
                HandlerBodyCatch(h);
                _w.Line("finally");
                _w.Open();
                _w.Line(nameLv is not null ? $"{nameLv} = default;" : $"{Storage(nsName!, h).Id}.Unbind({CsNames.StringLiteral(nsName!)});");
                _w.Close();
            }
            _w.Close();
            if (caughtAll)
                break;
        }
        if (!caughtAll)
        {
            _w.Line("else");
            _w.Open();
            _e.Reraise(t, ExceptionHandlerKind.ExceptNoMatch, exc);
            noMatch();
            _w.Close();
        }
        for (; nested > 0; nested--)
            _w.Close();
    }

    /// <summary>The catch after an except clause's body with a name: CPython's handler around the body
    /// (<c>cleanup_end</c>, which unbinds the name) is entered and raises it again, where the instrumenter observes it.</summary>
    private void HandlerBodyCatch(ExceptHandler h)
    {
        string inner = NewBlockLocal("raised");
        if (_e.CleanupFilter(h, ExceptionHandlerKind.NameCleanup, inner) is not { } cleanup)
            return;
        _w.Line($"catch (PyException {inner}) when ({cleanup.Filter})");
        _w.Open();
        _w.Line(cleanup.Body);
        _w.Close();
    }

    /// <summary>
    /// Code run while <paramref name="exception"/> is handled (an except block, a finally block run by an exception, an
    /// <c>async with</c>'s <c>__aexit__</c>): entered in the runtime's <c>HandledExceptions</c> before it and left by a C#
    /// finally after it, so an exception raised meanwhile, in this frame or a callee, gets it as its implicit
    /// <c>__context__</c>, and <c>sys.exception()</c> and a bare <c>raise</c> see it. <paramref name="when"/>: a condition
    /// (on a variable <paramref name="body"/> leaves alone) under which there is an exception at all.
    /// <paramref name="resumable"/>: the code may suspend, in a try block it can be resumed into; the generator then
    /// takes the entry with it while suspended (<c>HandledExceptions.Suspend</c>, written by <see cref="GeneratorResumeMethod"/>).
    /// <paramref name="enter"/>: the statement that enters it, when not <c>HandledExceptions.Enter</c>.
    /// </summary>
    private void Handling(string exception, Action body, bool resumable = false, string? when = null, string? enter = null)
    {
        _w.Line(enter ?? (when is null ? $"HandledExceptions.Enter({exception});" : $"if ({when}) HandledExceptions.Enter({exception});"));
        if (resumable)
        {
            _gen!.KeepsHandledExceptions = true;
            ResumableTryBlock(body);
        }
        else
        {
            _w.Line("try");
            _w.Open();
            body();
            _w.Close();
        }
        _w.Line("finally");
        _w.Open();
        var conditions = new[] { resumable ? "!Suspending" : null, when }.Where(c => c is not null).ToList();
        _w.Line(conditions.Count == 0 ? "HandledExceptions.Leave();" : $"if ({string.Join(" && ", conditions)}) HandledExceptions.Leave();");
        _w.Close();
    }

    /// <summary>Code under one of CPython's cleanup handlers (<see cref="Emitter.Cleanup"/>); in a generator, when it
    /// may suspend (<paramref name="resumable"/>), a try block it can be resumed into.</summary>
    private void CleanupRegion(Node site, ExceptionHandlerKind kind, bool resumable, Action body, string? when = null)
    {
        if (!resumable || !_e.ObservesExceptions)
        {
            _e.Cleanup(site, kind, NewBlockLocal("cleanup"), body, when);
            return;
        }
        string x = NewBlockLocal("cleanup");
        ResumableTryBlock(body);
        _e.CleanupCatch(_e.CleanupFilter(site, kind, x)!.Value, x, when);
    }

    /// <summary>Where an exception no except clause of <paramref name="t"/> matches is kept, declared before the try
    /// (null: the last clause is bare). It is raised again after the catch, from the frame: a rethrow inside the catch
    /// would run on top of the stack it was thrown on, and a deep recursion unwinding through such frames would
    /// overflow the stack.</summary>
    private string? DeclareUnmatched(Try t) =>
        t.Handlers[t.Handlers.Count - 1].Type is null ? null : ResumeSafeLocal("PyException?", "unmatched", "null");

    /// <summary>The C# catch of a try's except clauses: CPython's handler entered, then the clauses tested in order under
    /// the handler CPython puts around them (its cleanup).</summary>
    private void HandlersCatch(Try t, string? unmatched)
    {
        string exc = NewBlockLocal("exception");
        string filter = HandlerFilter(t.Handlers, exc, out bool testedInFilter);
        _w.Line($"catch (PyException {exc}){filter}");
        _w.Open();
        _e.HandlerEntered(t, ExceptionHandlerKind.Except, exc);
        Handling(exc, () => _e.Cleanup(t, ExceptionHandlerKind.ExceptCleanup, NewBlockLocal("cleanup"),
            () => ExceptClauses(t, exc, () =>
            {
                // (Not thrown through the cleanup handler's catch: its events are raised here.)
                _e.CleanupHandler(t, ExceptionHandlerKind.ExceptCleanup, exc);
                _w.Line($"{unmatched} = {exc};");
            }, testedInFilter: testedInFilter)));
        _w.Close();
        if (unmatched is not null)
            _w.Line($"if ({unmatched} is not null) throw Rt.Reraise({unmatched});");
    }

    /// <summary>
    /// try/except/else/finally. Handlers test the exception's type in order inside one C# catch (in a <c>when</c>
    /// filter only when all name builtin exception classes, <see cref="HandlerFilter"/>: Python evaluates the except
    /// expressions after inner finally blocks ran, and an error in them must propagate); no match rethrows. An exception escaping a handler gets the handled one as its
    /// <c>__context__</c> (a filter that only records it). <c>except E as e</c> unbinds e when the handler ends.
    /// <c>else</c> runs after the try body completes normally, outside the handlers' protection.
    /// </summary>
    private void TryStatement(Try t)
    {
        string? pending = null;
        // Where CPython jumps on after the finally body of a try that completed (a try ending a loop's body), only then.
        string? exitJump = HasFinally(t) && FlowCompiler.EndsWithFallthrough(t.Finalbody)
            ? _e.Instrumenter.EdgeCode(t, FlowEdgeKind.Exit)
            : null;
        string? completed = exitJump is null ? null : NewBlockLocal("completed");
        if (completed is not null)
            _w.Line($"bool {completed} = false;");
        if (HasFinally(t))
        {
            pending = EnterCleanup(t, ProtectedStatements(t), canRaise: true);
            DeclareUnwinding(t);
            _w.Line("try");
            _w.Open();
        }
        string? ok = null;
        if (t.Orelse.Count > 0 && t.Handlers.Count > 0)
        {
            ok = NewBlockLocal("completed");
            _w.Line($"bool {ok} = false;");
        }
        if (t.Handlers.Count > 0)
        {
            string? unmatched = DeclareUnmatched(t);
            _w.Line("try");
            _w.Open();
            Statements(t.Body, 0);
            SuiteEdge(t.Body, t, FlowEdgeKind.BodyEnd);
            if (ok is not null)
                _w.Line($"{ok} = true;");
            _w.Close();
            HandlersCatch(t, unmatched);
            if (t.Orelse.Count > 0)
            {
                _w.Line($"if ({ok})");
                _w.Open();
                Statements(t.Orelse, 0);
                SuiteEdge(t.Orelse, t, FlowEdgeKind.ElseEnd);
                _w.Close();
            }
        }
        else
        {
            Statements(t.Body, 0);
            SuiteEdge(t.Body, t, FlowEdgeKind.BodyEnd);
        }
        if (HasFinally(t))
        {
            LeaveCleanup();
            if (completed is not null)
                _w.Line($"{completed} = true;");
            _w.Close();
            var (handled, caught) = FinallyEntered(t);
            _w.Line("finally");
            _w.Open();
            FinallyBody(t, handled, caught);
            if (completed is not null)
                _w.Line($"if ({completed}) {{ {exitJump} }}");
            RaisePending(t, pending);
            _w.Close();
        }
    }

    /// <summary>Where the exception a finally block runs with is kept, declared before the try: noted by a filter
    /// (<see cref="FinallyEntered"/>), and, where exceptions are observed, caught.</summary>
    private void DeclareUnwinding(Try t) =>
        _unwinding[t] = (ResumeSafeLocal("PyException?", "unwinding", "null"),
                         _e.ObservesExceptions ? ResumeSafeLocal("PyException?", "caught", "null") : null);

    private readonly Dictionary<Try, (string Noted, string? Caught)> _unwinding = new();

    /// <summary>After the protected part of a try with a C# finally, a catch (before the finally) for the exception the
    /// finally block runs with. Its filter only notes it, and never catches: the finally block then runs in .NET's
    /// second pass. Where exceptions are observed, it catches while their events are on: CPython's handler is entered,
    /// and <see cref="FinallyBody"/> raises the exception again at the end of the exceptional copy of the finally body,
    /// which runs in ordinary flow, after the catch, not in the second pass (where a filter further out would have
    /// seen the exception leave already). Returns the exception the finally block handles, and the local of the
    /// caught one.</summary>
    private (string Handled, string? Caught) FinallyEntered(Try t)
    {
        var (noted, caught) = _unwinding[t];
        string exc = NewBlockLocal("exception");
        if (caught is null)
        {
            _w.Line($"catch (PyException {exc}) when (Rt.Unwinding({exc}, out {noted}))");
            _w.Open();
            _w.Line("throw;");
            _w.Close();
            return (noted, null);
        }
        _w.Line($"catch (PyException {exc}) when ({_e.ExceptionsGuard} || Rt.Unwinding({exc}, out {noted}))");
        _w.Open();
        _e.HandlerEntered(t, ExceptionHandlerKind.Finally, exc);
        _w.Line($"{caught} = {exc};");
        _w.Close();
        return ($"({caught} ?? {noted})", caught);
    }

    /// <summary>A finally body, handling the exception it runs with, if any (<paramref name="handled"/>); one that was
    /// <paramref name="caught"/> (exceptions observed), under CPython's cleanup handler, raised again at its end.</summary>
    private void FinallyBody(Try t, string handled, string? caught)
    {
        Handling(handled, when: $"{handled} is not null", body: () =>
        {
            if (caught is null)
            {
                Statements(t.Finalbody, 0);
                return;
            }
            _e.Cleanup(t, ExceptionHandlerKind.FinallyCleanup, NewBlockLocal("cleanup"), () =>
            {
                Statements(t.Finalbody, 0);
                FinallyReraise(t, caught);
            }, when: $"{caught} is not null");
        });
    }

    /// <summary>The end of a finally body's exceptional copy: the exception raised again (RERAISE), under the copy's
    /// cleanup handler, as in CPython.</summary>
    private void FinallyReraise(Try t, string pending)
    {
        _w.Line($"if ({pending} is not null)");
        _w.Open();
        _e.Reraise(t, ExceptionHandlerKind.FinallyEnd, pending);
        _w.Directive("#line hidden");
        _w.Line($"throw Rt.Reraise({pending});");
        _w.Close();
    }

    /// <summary>A C# try block the generator can resume into: a label before it, a dispatch switch at its top.</summary>
    private void ResumableTryBlock(Action body)
    {
        string entry = NewLabel("try");
        _w.Line($"{entry}:");
        _w.Line("try");
        _w.Open();
        var scope = new DispatchScope { Entry = entry };
        _gen!.Dispatch.Push(scope);
        var saved = _w;
        var inner = new CodeWriter();
        _w = inner;
        try
        {
            body();
        }
        finally
        {
            _w = saved;
            _gen.Dispatch.Pop();
        }
        EmitDispatch(_w, scope);
        _w.Append(inner, 0);
        _w.Close();
    }

    /// <summary>
    /// try/except/else/finally with yields in the try body, handlers or else block (the SliceChecker keeps them out
    /// of finally blocks): as <see cref="TryStatement"/>, with resumable try blocks and the finally body skipped
    /// while the generator is only suspending. When a handler or the else block has a yield, the handlers run
    /// after the C# catch, at the same block level (<see cref="FlatHandlers"/>).
    /// </summary>
    private void GeneratorTry(Try t)
    {
        string? ok = null;
        if (t.Orelse.Count > 0 && t.Handlers.Count > 0)
        {
            ok = GeneratorField("bool", "completed");
            _w.Line($"{ok} = false;");
        }
        void TryWithHandlers()
        {
            if (t.Handlers.Count == 0)
            {
                Statements(t.Body, 0);
                return;
            }
            if (t.Handlers.Any(h => ContainsYield(h.Body)) || ContainsYield(t.Orelse))
            {
                FlatHandlers(t);
                return;
            }
            string? unmatched = DeclareUnmatched(t);
            ResumableTryBlock(() =>
            {
                Statements(t.Body, 0);
                SuiteEdge(t.Body, t, FlowEdgeKind.BodyEnd);
                if (ok is not null)
                    _w.Line($"{ok} = true;");
            });
            HandlersCatch(t, unmatched);
            if (t.Orelse.Count > 0)
            {
                _w.Line($"if ({ok})");
                _w.Open();
                Statements(t.Orelse, 0);
                SuiteEdge(t.Orelse, t, FlowEdgeKind.ElseEnd);
                _w.Close();
            }
        }
        if (HasFinally(t))
        {
            EnterCleanup(t, t.Body, canRaise: false);
            DeclarePendingReturn(t, ProtectedStatements(t));
            DeclareUnwinding(t);
            ResumableTryBlock(TryWithHandlers);
            LeaveCleanup();
            var (handled, caught) = FinallyEntered(t);
            _w.Line("finally");
            _w.Open();
            _w.Line("if (!Suspending)");
            _w.Open();
            FinallyBody(t, handled, caught);
            RaisePendingReturn(t);
            _w.Close();
            _w.Close();
        }
        else
        {
            TryWithHandlers();
        }
    }

    /// <summary>
    /// The try body in a resumable block whose catch only stores the exception in a field; then the handlers, tested
    /// in order, and the else block, all at this block level so yields inside them can be resumed.
    /// </summary>
    private void FlatHandlers(Try t)
    {
        string excField = GeneratorField("PyException?", "exception");
        string exc = excField + "!";
        string end = NewLabel("end_try");
        string noException = t.Orelse.Count > 0 ? NewLabel("try_else") : end;
        _w.Line($"{excField} = null;");
        ResumableTryBlock(() =>
        {
            Statements(t.Body, 0);
            SuiteEdge(t.Body, t, FlowEdgeKind.BodyEnd);
        });
        string caught = NewBlockLocal("caught");
        _w.Line($"catch (PyException {caught})");
        _w.Open();
        _w.Line($"{excField} = {caught};");
        _w.Close();
        _w.Line($"if ({excField} is null) goto {noException};");
        _e.HandlerEntered(t, ExceptionHandlerKind.Except, exc);
        Handling(exc, resumable: true,
            body: () => CleanupRegion(t, ExceptionHandlerKind.ExceptCleanup, resumable: true, () => FlatClauses(t, excField, end)));
        if (t.Orelse.Count > 0)
        {
            _w.Line($"{noException}:");
            Statements(t.Orelse, 0);
            SuiteEdge(t.Orelse, t, FlowEdgeKind.ElseEnd);
        }
        _w.Line($"{end}:;");
    }

    /// <summary>The except clauses of <see cref="FlatHandlers"/>, tested in order at one block level.</summary>
    private void FlatClauses(Try t, string excField, string end)
    {
        string exc = excField + "!";
        bool caughtAll = false;
        for (int i = 0; i < t.Handlers.Count; i++)
        {
            var h = t.Handlers[i];
            StatementHeader(h);
            string next = NewLabel("next_handler");
            if (h.Type is null)
            {
                caughtAll = true;
            }
            else
            {
                string type = LowerValue(h.Type);
                _w.Line($"if (!{Paren(_e.Test(h, 0, $"{exc}.Matches({type})"))}) goto {next};");
            }
            string? nameLv = null;
            if (h.Name is not null)
            {
                nameLv = NameLvalue(h.Name, h);
                _w.Line($"{nameLv} = {exc}.Value;");
            }
            if (nameLv is null)
            {
                Statements(h.Body, 0);
                SuiteEdge(h.Body, h, FlowEdgeKind.BodyEnd);
            }
            else
            {
                // The name is unbound again after the body (under a catch for CPython's cleanup handler).
                ResumableTryBlock(() =>
                {
                    Statements(h.Body, 0);
                    SuiteEdge(h.Body, h, FlowEdgeKind.BodyEnd);
                });
                HandlerBodyCatch(h);
                _w.Line("finally");
                _w.Open();
                _w.Line($"if (!Suspending) {nameLv} = default;");
                _w.Close();
            }
            _w.Line($"{excField} = null;");
            _w.Line($"goto {end};");
            _w.Line($"{next}:");
            if (caughtAll)
                break;
        }
        if (!caughtAll)
            _e.Reraise(t, ExceptionHandlerKind.ExceptNoMatch, exc);
        _w.Directive("#line hidden");
        _w.Line($"throw Rt.Reraise({exc});");
    }
}
