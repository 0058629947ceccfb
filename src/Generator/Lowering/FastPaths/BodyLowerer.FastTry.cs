using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Lowering.Instrumentation;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Exceptions as control flow without .NET throws. A <c>try</c> whose body starts with <c>x = a[b]</c> or
/// <c>x = next(it)</c> and whose except clauses statically catch the miss (<c>KeyError</c>/<c>IndexError</c>/
/// <c>LookupError</c>/<c>StopIteration</c>, <c>Exception</c>, <c>BaseException</c>, builtins not shadowed, every
/// clause before the matching one a builtin name too so evaluating them has no effect) is lowered as:
/// <code>
/// PyException? exc = null;
/// try { if (PyOps.TryGetItem(a, b, listMiss, out t, out exc)) { x = t; rest of body; } }
/// catch (PyException e) { exc = e; }
/// if (exc is not null) { except clauses tested in order on exc, no match rethrows it }
/// </code>
/// A subscript's miss is not even created: TryGetItem returns its kind (KeyError/IndexError) and key, the clauses
/// test the kind (<c>PyOps.MissMatches</c>), and the exception is made on first use: the handler enters it in
/// <c>HandledExceptions</c> unmade (<c>EnterMiss</c>), which makes it when it is read there (the context of an exception
/// raised meanwhile, <c>sys.exception()</c>) or here (<c>(exc ??= HandledExceptions.MissAt(at))</c>: <c>as e</c>, a
/// re-raise), one object either way.
/// The miss creates the exception the operation would raise, without throwing it, and it goes through the same
/// clauses as a caught one (a handler body is lowered once). Python's semantics hold: the handlers run after the
/// try body was left, an exception a handler raises gets the handled one as its context, bare <c>raise</c>
/// re-raises it. (Not used with <c>finally</c> or <c>else</c>, which keep the general lowering.)
/// </summary>
internal sealed partial class BodyLowerer
{
    private bool TryFastTryStatement(Try t)
    {
        if (HasFinally(t) || t.Orelse.Count > 0 || t.Handlers.Count == 0 || t.Body.Count == 0)
            return false;
        if (t.Body[0] is not Assign assign || assign.Targets.Count != 1 || assign.Targets[0] is not Name target ||
            IsClassNamespaceName(target.Id, target))
            return false;
        bool isNext;
        if (assign.Value is Subscript { Slice: not Slice } sub)
        {
            isNext = false;
            _ = sub;
        }
        else if (assign.Value is Call { Func: Name { Id: "next" } nn, Args.Count: 1, Keywords.Count: 0 } nc && nc.Args[0] is not Starred && IsBuiltin(nn))
        {
            isNext = true;
        }
        else
        {
            return false;
        }
        // The clauses: which builtin exception types are caught before any clause with an effectful type expression.
        var caught = new HashSet<string>();
        foreach (var h in t.Handlers)
        {
            if (h.Type is null)
            {
                caught.Add("BaseException");
                break;
            }
            var names = HandlerBuiltinNames(h.Type);
            if (names is null)
                break;
            caught.UnionWith(names);
        }
        bool Catches(string type) => caught.Contains(type) || caught.Contains("Exception") || caught.Contains("BaseException") ||
                                     (type is "KeyError" or "IndexError" && caught.Contains("LookupError"));
        bool listMiss = false;
        if (isNext)
        {
            if (!Catches("StopIteration"))
                return false;
        }
        else
        {
            if (!Catches("KeyError"))
                return false;
            listMiss = Catches("IndexError");
        }


        string exc = NewBlockLocal("exception");
        _w.Line($"PyException? {exc} = null;");
        string? missKind = null, missKey = null;
        if (!isNext)
        {
            // A miss is not created until observed: see PyOps.TryGetItem's overload with a miss kind.
            missKind = NewBlockLocal("missKind");
            missKey = NewBlockLocal("missKey");
            _w.Line($"int {missKind} = 0;");
            _w.Line($"PyValue {missKey} = default;");
        }
        _w.Line("try");
        _w.Open();
        // The first statement is lowered here, not by Statement: its header (its line, for a traceback of anything
        // else it raises) is written here too.
        StatementHeader(assign);
        string item = NewTemp("item");
        if (isNext)
        {
            var call = (Call)assign.Value;
            string iterator = LowerShared(new[] { call.Args[0] })[0].AsValue();
            var shape = _e.ObservesCalls
                ? new CallShape(CallForm.TryNext, _m.BuiltinRef("next"), new[] { iterator }, Out: new[] { item, exc })
                : null;
            _w.Line($"if ({_e.Call(call, shape, $"PyOps.TryNext({iterator}, out {item}, out {exc})")})");
        }
        else
        {
            var s = (Subscript)assign.Value;
            var ops = LowerOperands(new List<Expr> { s.Value, s.Slice });
            _w.Line($"if (PyOps.TryGetItem({ops[0].AsValue()}, {ops[1].AsValue()}, {(listMiss ? "true" : "false")}, out {item}, out {missKind}, out {missKey}))");
        }
        _w.Open();
        StoreName(target.Id, item, target);
        Statements(t.Body, 1);
        SuiteEdge(t.Body, t, Analysis.Flow.FlowEdgeKind.BodyEnd);
        _w.Close();
        _w.Close();
        string thrown = NewBlockLocal("thrown");
        _w.Line($"catch (PyException {thrown})");
        _w.Open();
        _w.Line($"{exc} = {thrown};");
        _w.Close();
        // (A miss is an exception CPython raises, and its handler is entered: monitoring sees both.)
        // (where a miss or next()'s StopIteration made without a throw was raised, for its traceback)
        string code = _m.CodeOf(_scope.Node);
        string line = assign.Lineno.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (missKind is null)
        {
            _w.Line($"if ({exc} is not null)");
            _w.Open();
            _w.Line($"Rt.RaisedAt({exc}, {code}, {line});");
            _e.HandlerEntered(t, ExceptionHandlerKind.Except, exc);
            Handling(exc, () => _e.Cleanup(t, ExceptionHandlerKind.ExceptCleanup, NewBlockLocal("cleanup"),
                () => ExceptClauses(t, exc, () => _w.Line($"throw Rt.Reraise({exc});"))));
        }
        else
        {
            _w.Line($"if ({exc} is not null || {missKind} != 0)");
            _w.Open();
            _e.HandlerEntered(t, ExceptionHandlerKind.Except, $"({exc} ??= PyOps.MissException({missKind}, {missKey}, {code}, {line}))");
            // (The miss is handled unmade too: HandledExceptions makes it when read, and the handler then takes that one.)
            string handledAt = NewBlockLocal("handledAt");
            string lazy = $"({exc} ??= HandledExceptions.MissAt({handledAt}))";
            Handling(lazy, enter: $"int {handledAt} = HandledExceptions.EnterMiss({exc}, {missKind}, {missKey}, {code}, {line});",
                body: () => _e.Cleanup(t, ExceptionHandlerKind.ExceptCleanup, NewBlockLocal("cleanup"),
                    () => ExceptClauses(t, lazy, () => _w.Line($"throw Rt.Reraise({lazy});"),
                                      type => $"PyOps.MissMatches({exc}, {missKind}, {type})")));
        }
        _w.Close();
        return true;
    }

    /// <summary>The builtin exception names an except clause's type names (a name or a tuple of names, none shadowed);
    /// null when evaluating it could do anything else.</summary>
    private List<string>? HandlerBuiltinNames(Expr type)
    {
        var result = new List<string>();
        var items = type is Tuple tu ? tu.Elts : new List<Expr> { type };
        foreach (var e in items)
        {
            if (e is not Name n || !IsBuiltin(n))
                return null;
            result.Add(n.Id);
        }
        return result;
    }
}
