using PyAot.FrontEnd.Ast;
using PyAot.Generator.Analysis.Flow;
using PyAot.Generator.Lowering.Instrumentation;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>try</c> with <c>except*</c> clauses (PEP 654), without a finally (<c>ExceptStarFinally</c> puts that around it).
/// One C# catch takes any exception; the runtime's <c>ExceptStar</c> then gives each clause in turn the part of it that
/// matches (a group's split), the clause's handler runs with that part handled and whatever it raises is collected, and
/// after the clauses what is left and what was raised are raised again together, from the frame (as an unmatched
/// except raises again after its catch). <c>else</c> runs when the body completed.
/// </summary>
internal sealed partial class BodyLowerer
{
    private void TryStarStatement(TryStar t)
    {
        string? ok = null;
        if (t.Orelse.Count > 0)
        {
            ok = NewBlockLocal("completed");
            _w.Line($"bool {ok} = false;");
        }
        string unhandled = ResumeSafeLocal("PyException?", "unhandled", "null");
        _w.Line("try");
        _w.Open();
        Statements(t.Body, 0);
        SuiteEdge(t.Body, t, FlowEdgeKind.BodyEnd);
        if (ok is not null)
            _w.Line($"{ok} = true;");
        _w.Close();
        string exc = NewBlockLocal("exception");
        _w.Line($"catch (PyException {exc})");
        _w.Open();
        _e.HandlerEntered(t, ExceptionHandlerKind.Except, exc);
        string star = NewBlockLocal("exceptStar");
        _w.Line($"var {star} = new ExceptStar({exc});");
        Handling(exc, () =>
        {
            foreach (var h in t.Handlers)
                ExceptStarClause(h, star);
            _w.Line($"{unhandled} = {star}.Result();");
            // (CPython's RERAISE of what is left, where a tool sees it)
            if (_e.ObservesExceptions)
            {
                _w.Line($"if ({unhandled} is not null)");
                _w.Open();
                _e.Reraise(t, ExceptionHandlerKind.ExceptCleanup, unhandled);
                _w.Close();
            }
        });
        _w.Close();
        _w.Line($"if ({unhandled} is not null) throw {unhandled};");
        if (ok is not null)
        {
            _w.Line($"if ({ok})");
            _w.Open();
            Statements(t.Orelse, 0);
            SuiteEdge(t.Orelse, t, FlowEdgeKind.ElseEnd);
            _w.Close();
        }
    }

    /// <summary>One <c>except* T as name:</c> clause: its class tested against what is left, and its handler run with
    /// the part that matched handled and bound to the name (unbound again after it), what it raises collected.</summary>
    private void ExceptStarClause(ExceptHandler h, string star)
    {
        StatementHeader(h);
        var (pre, type) = Capture(() => LowerValue(h.Type!));
        if (pre.Length > 0)
            throw new LoweringError("comprehensions in 'except*' clauses are not supported yet", h.Type!);
        _w.Line($"if ({_e.Test(h, 0, $"{star}.Match({type})")})");
        _w.Open();
        string raised = NewBlockLocal("raised");
        Handling($"{star}.Handled", () =>
        {
            _w.Line("try");
            _w.Open();
            if (h.Name is not null && IsClassNamespaceName(h.Name, h))
                StoreName(h.Name, $"{star}.Matched", h);
            else if (h.Name is not null)
                _w.Line($"{NameLvalue(h.Name, h)} = {star}.Matched;");
            Statements(h.Body, 0);
            SuiteEdge(h.Body, h, FlowEdgeKind.BodyEnd);
            _w.Close();
            _w.Line($"catch (PyException {raised})");
            _w.Open();
            _e.HandlerEntered(h, ExceptionHandlerKind.Except, raised);
            _w.Line($"{star}.Raised({raised});");
            _w.Close();
            if (h.Name is not null)
            {
                _w.Line("finally");
                _w.Open();
                _w.Line(IsClassNamespaceName(h.Name, h)
                    ? $"{Storage(h.Name, h).Id}.Unbind({CsNames.StringLiteral(h.Name)});"
                    : $"{NameLvalue(h.Name, h)} = default;");
                _w.Close();
            }
        });
        _w.Close();
    }
}
