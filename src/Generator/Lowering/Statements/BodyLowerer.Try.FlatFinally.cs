using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Analysis;

namespace PyAot.Generator.Lowering;

/// <summary>
/// try/finally whose finally block leaves the statement (<c>return</c>, or <c>break</c>/<c>continue</c> of a loop
/// around the try) or, in a generator, suspends (a yield): C# forbids all of these inside its <c>finally</c>, so the
/// finally body runs after the protected part instead, at the same block level:
/// <code>
/// pending = null; action = 0;
/// try { body, handlers, else } catch (PyException e) { pending = e; }
/// finally_label:
/// finally body
/// if (pending is not null) throw Rt.Reraise(pending);
/// if (action == 1) return ...; if (action == 2) break; if (action == 3) continue;
/// </code>
/// A <c>return</c> (and a <c>break</c>/<c>continue</c> of a loop outside the try) in the protected part records what
/// it does in <c>action</c> (the value in a temporary, or the generator's <c>ReturnValue</c>) and jumps to the finally
/// body, which may override it (<c>return</c> in the finally discards a pending exception, as in CPython).
/// </summary>
internal sealed partial class BodyLowerer
{
    private sealed class FinallyExits
    {
        public FinallyExits(string label, string action, int loopCount)
        {
            Label = label;
            Action = action;
            LoopCount = loopCount;
        }

        public string Label { get; }
        public string Action { get; }
        /// <summary><see cref="_loops"/>' depth at the try: a break/continue at this depth leaves the try.</summary>
        public int LoopCount { get; }
        /// <summary>The temporary holding the value a return in the protected part returns (ordinary functions).</summary>
        public string? ReturnTemp;
        public bool Returns;
        public bool Breaks;
        public bool Continues;
    }

    private readonly Stack<FinallyExits> _finallyExits = new();

    /// <summary>The try whose finally body a flat finally lowers around it (its protected part is lowered without it).</summary>
    private Try? _finallyElsewhere;

    /// <summary>Whether <paramref name="t"/>'s lowering includes its finally body.</summary>
    private bool HasFinally(Try t) => t.Finalbody.Count > 0 && !ReferenceEquals(t, _finallyElsewhere);
    /// <summary>A flat finally was lowered in this function (a bare return must then reset ReturnValue).</summary>
    private bool _usesFlatFinally;

    /// <summary>Lowers <paramref name="t"/> with a flat finally when it needs one; false: the ordinary lowering applies.</summary>
    private bool TryFlatFinally(Try t)
    {
        if (t.Finalbody.Count == 0 || !(LoopExits.JumpsOut(t.Finalbody) || (_gen is not null && ContainsYield(t.Finalbody))))
            return false;
        _usesFlatFinally = true;
        DeclarePendingReturn(t, ProtectedStatements(t));

        string pending = ResumeSafeLocal("PyException?", "pending", "null");
        string action = ResumeSafeLocal("int", "action", "0");
        var exits = new FinallyExits(NewLabel("finally"), action, _loops.Count);
        // The protected part: the try itself, lowered as if it had no finally (HasFinally), so that its handlers report
        // themselves as its own.
        void Protected()
        {
            var saved = _finallyElsewhere;
            _finallyElsewhere = t;
            if (t.Handlers.Count == 0)
                Statements(t.Body, 0);
            else if (_gen is not null && TryBodies(t).Any(ContainsYield))
                GeneratorTry(t);
            else if (!TryFastTryStatement(t))
                TryStatement(t);
            _finallyElsewhere = saved;
        }
        _finallyExits.Push(exits);
        if (_gen is not null)
        {
            ResumableTryBlock(Protected);
        }
        else
        {
            _w.Line("try");
            _w.Open();
            Protected();
            _w.Close();
        }
        _finallyExits.Pop();
        string caught = NewBlockLocal("caught");
        _w.Line($"catch (PyException {caught})");
        _w.Open();
        _e.HandlerEntered(t, Instrumentation.ExceptionHandlerKind.Finally, caught);
        _w.Line($"{pending} = {caught};");
        _w.Close();
        _w.Line($"{exits.Label}:");
        // (With an exception pending, the body is CPython's exceptional copy, under its cleanup handler.)
        bool endReachable = Facts.EndReachable(t.Finalbody);
        bool suspends = _gen is not null && ContainsYield(t.Finalbody);
        Handling(pending, resumable: suspends, when: $"{pending} is not null", body: () =>
            CleanupRegion(t, Instrumentation.ExceptionHandlerKind.FinallyCleanup, resumable: suspends, () =>
            {
                // (A return in the finally body runs after the cleanup it owns: reported where it is.)
                var owned = _pendingReturn is { } p && ReferenceEquals(p.Owner, t) ? _pendingReturn : null;
                if (owned is not null)
                    _pendingReturn = null;
                Statements(t.Finalbody, 0);
                if (owned is not null)
                    _pendingReturn = owned;
                FinallyReraise(t, pending);
            }, when: $"{pending} is not null"));
        if (endReachable)
            ResumeFinallyExit(exits, t);
        // (A finally body that always leaves by break or continue cancels any return: nothing is reported.)
        if (_pendingReturn is { } owned && ReferenceEquals(owned.Owner, t))
            _pendingReturn = null;
        return true;
    }

    /// <summary>After a flat finally body (or an <c>async with</c>'s exit) ran to its end: the return, break or continue
    /// that left the protected part, if one did (<paramref name="owner"/>: where a deferred return is reported).</summary>
    private void ResumeFinallyExit(FinallyExits exits, Node owner)
    {
        if (exits.Returns)
        {
            _w.Open($"if ({exits.Action} == 1)");
            RaisePendingReturn(owner);
            ReturnOrLeave(null, exits.ReturnTemp is null ? null : CsExpr.Value(exits.ReturnTemp), valueIsSet: _gen is not null);
            _w.Close();
        }
        if (exits.Breaks)
        {
            _w.Open($"if ({exits.Action} == 2)");
            BreakOrLeave(isBreak: true);
            _w.Close();
        }
        if (exits.Continues)
        {
            _w.Open($"if ({exits.Action} == 3)");
            BreakOrLeave(isBreak: false);
            _w.Close();
        }
    }

    /// <summary>
    /// return/break/continue inside the protected part of a flat finally: records the exit and jumps to the finally
    /// body. False: the ordinary lowering applies.
    /// </summary>
    private bool FinallyExit(Stmt stmt)
    {
        if (_finallyExits.Count == 0)
            return false;
        var top = _finallyExits.Peek();
        switch (stmt)
        {
            case Return r when !IsModule:
                ReturnOrLeave(r, r.Value is null ? null : Lower(r.Value), valueIsSet: false);
                return true;
            case Break when _loops.Count > 0 && _loops.Count == top.LoopCount:
                BreakOrLeave(isBreak: true);
                return true;
            case Continue when _loops.Count > 0 && _loops.Count == top.LoopCount:
                BreakOrLeave(isBreak: false);
                return true;
        }
        return false;
    }

    /// <summary>Returns <paramref name="value"/> (null: None), through the finally bodies it has to run first.
    /// <paramref name="valueIsSet"/>: a generator's <c>ReturnValue</c> already holds it. <paramref name="site"/>: the
    /// return statement; null for the return a finally body resumes after it ran (the statement's hook ran already,
    /// when it recorded the value).</summary>
    private void ReturnOrLeave(Return? site, CsExpr? value, bool valueIsSet)
    {
        string v = value is { } given ? given.AsValue() : "PyValue.None";
        if (_finallyExits.Count > 0)
        {
            if (site is not null && _pendingReturn is { } pr)
            {
                // (reported after the finally bodies, RaisePendingReturn; a generator's value is its ReturnValue)
                if (_gen is null)
                {
                    v = Spill(v);
                    _w.Line($"{pr.Value} = {v};");
                }
                _w.Line($"{pr.Point} = {_e.Instrumenter.DeferredReturn(site)};");
            }
            else if (site is not null)
                v = _e.ReturnValue(site, v);
            var top = _finallyExits.Peek();
            top.Returns = true;
            if (_gen is not null)
            {
                if (!valueIsSet)
                    _w.Line($"ReturnValue = {v};");
            }
            else
            {
                top.ReturnTemp ??= NewTemp("returned");
                _w.Line($"{top.ReturnTemp} = {v};");
            }
            _w.Line($"{top.Action} = 1;");
            _w.Line($"goto {top.Label};");
        }
        else if (site is null)
        {
            // The return a finally body resumes: its statement's hook ran when it recorded the value.
            if (_gen is null)
                _w.Line($"return {v};");
            else
            {
                if (!valueIsSet)
                    _w.Line($"ReturnValue = {v};");
                _w.Line("return false;");
            }
        }
        else if (_gen is not null)
        {
            _e.GeneratorReturn(site, v, storeNone: true);
        }
        else
        {
            _e.Return(site, v);
        }
    }

    /// <summary>break/continue of the innermost loop, through the finally bodies between it and here.</summary>
    private void BreakOrLeave(bool isBreak)
    {
        if (_finallyExits.Count > 0 && _finallyExits.Peek().LoopCount == _loops.Count)
        {
            var top = _finallyExits.Peek();
            if (isBreak)
                top.Breaks = true;
            else
                top.Continues = true;
            _w.Line($"{top.Action} = {(isBreak ? 2 : 3)};");
            _w.Line($"goto {top.Label};");
        }
        else
        {
            var loop = _loops.Peek();
            _w.Line(isBreak
                ? (loop.BreakLabel is { } label ? $"goto {label};" : "break;")
                : (loop.ContinueLabel is { } next ? $"goto {next};" : "continue;"));
        }
    }
}
