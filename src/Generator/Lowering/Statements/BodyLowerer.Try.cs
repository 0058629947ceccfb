using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using PyAot.Generator.Analysis.Flow;
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
    /// when no clause matches.
    /// </summary>
    private void ExceptClauses(List<ExceptHandler> handlers, string exc, string noMatch,
                                           System.Func<string, string>? matches = null, bool testedInFilter = false)
    {
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
            _w.Line("try");
            _w.Open();
            _handlers.Push(exc);
            Statements(h.Body, 0);
            SuiteEdge(h.Body, h, FlowEdgeKind.BodyEnd);
            _handlers.Pop();
            _w.Close();
            string inner = NewBlockLocal("raised");
            _w.Line($"catch (PyException {inner}) when (Rt.SetContext({inner}, {exc}))");
            _w.Open();
            _w.Line("throw;");
            _w.Close();
            if (nameLv is not null)
            {
                _w.Line("finally");
                _w.Open();
                _w.Line($"{nameLv} = default;");
                _w.Close();
            }
            else if (nsName is not null)
            {
                _w.Line("finally");
                _w.Open();
                _w.Line($"{Storage(nsName, h).Id}.Unbind({CsNames.StringLiteral(nsName)});");
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
            _w.Line(noMatch);
            _w.Close();
        }
        for (; nested > 0; nested--)
            _w.Close();
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
        string? exitJump = t.Finalbody.Count > 0 && FlowCompiler.EndsWithFallthrough(t.Finalbody)
            ? _e.Instrumenter.EdgeCode(t, FlowEdgeKind.Exit)
            : null;
        string? completed = exitJump is null ? null : NewBlockLocal("completed");
        if (completed is not null)
            _w.Line($"bool {completed} = false;");
        if (t.Finalbody.Count > 0)
        {
            pending = EnterCleanup(t, t.Body.Concat(t.Handlers.SelectMany(h => h.Body)).Concat(t.Orelse).ToList(), canRaise: true);
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
            _w.Line("try");
            _w.Open();
            Statements(t.Body, 0);
            SuiteEdge(t.Body, t, FlowEdgeKind.BodyEnd);
            if (ok is not null)
                _w.Line($"{ok} = true;");
            _w.Close();
            string exc = NewBlockLocal("exception");
            string filter = HandlerFilter(t.Handlers, exc);
            _w.Line($"catch (PyException {exc}){filter}");
            _w.Open();
            ExceptClauses(t.Handlers, exc, "throw;", testedInFilter: filter.Length > 0);
            _w.Close();
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
        if (t.Finalbody.Count > 0)
        {
            LeaveCleanup();
            if (completed is not null)
                _w.Line($"{completed} = true;");
            _w.Close();
            _w.Line("finally");
            _w.Open();
            Statements(t.Finalbody, 0);
            if (completed is not null)
                _w.Line($"if ({completed}) {{ {exitJump} }}");
            RaisePending(t, pending);
            _w.Close();
        }
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
            ResumableTryBlock(() =>
            {
                Statements(t.Body, 0);
                SuiteEdge(t.Body, t, FlowEdgeKind.BodyEnd);
                if (ok is not null)
                    _w.Line($"{ok} = true;");
            });
            string exc = NewBlockLocal("exception");
            string filter = HandlerFilter(t.Handlers, exc);
            _w.Line($"catch (PyException {exc}){filter}");
            _w.Open();
            ExceptClauses(t.Handlers, exc, "throw;", testedInFilter: filter.Length > 0);
            _w.Close();
            if (t.Orelse.Count > 0)
            {
                _w.Line($"if ({ok})");
                _w.Open();
                Statements(t.Orelse, 0);
                SuiteEdge(t.Orelse, t, FlowEdgeKind.ElseEnd);
                _w.Close();
            }
        }
        if (t.Finalbody.Count > 0)
        {
            EnterCleanup(t, t.Body, canRaise: false);
            ResumableTryBlock(TryWithHandlers);
            LeaveCleanup();
            _w.Line("finally");
            _w.Open();
            _w.Line("if (!Suspending)");
            _w.Open();
            Statements(t.Finalbody, 0);
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
            ResumableTryBlock(() =>
            {
                _handlers.Push(exc);
                Statements(h.Body, 0);
                SuiteEdge(h.Body, h, FlowEdgeKind.BodyEnd);
                _handlers.Pop();
            });
            string inner = NewBlockLocal("raised");
            _w.Line($"catch (PyException {inner}) when (Rt.SetContext({inner}, {exc}))");
            _w.Open();
            _w.Line("throw;");
            _w.Close();
            if (nameLv is not null)
            {
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
        _w.Directive("#line hidden");
        _w.Line($"throw Rt.Reraise({exc});");
        if (t.Orelse.Count > 0)
        {
            _w.Line($"{noException}:");
            Statements(t.Orelse, 0);
            SuiteEdge(t.Orelse, t, FlowEdgeKind.ElseEnd);
        }
        _w.Line($"{end}:;");
    }
}
