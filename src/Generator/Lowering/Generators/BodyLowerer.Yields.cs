using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>yield</c> anywhere in an expression (<c>x = 1 + (yield)</c>, <c>f((yield))</c>, <c>a or (yield)</c>...). A yield
/// is a statement-emitting operand (<see cref="NeedsStatements"/>): the operands evaluated before it are spilled to
/// temporaries, which are fields of the generator, so they survive the suspension. The resume label must sit at the
/// block level the dispatch switch jumps to, so the constructs that evaluate an operand conditionally (and/or,
/// conditional expressions, comparison chains, assert messages) use labels and gotos instead of C# blocks when a yield
/// is inside, and holders that would be C# block locals (the list of <c>[a, *b]</c>...) become fields.
/// </summary>
internal sealed partial class BodyLowerer
{
    private readonly MaySuspendFact _maySuspend = new();

    /// <summary>Whether evaluating <paramref name="e"/> in this scope may suspend a generator (<see cref="MaySuspendFact"/>).</summary>
    private bool HasYield(Expr? e) => _maySuspend.Of(e);

    /// <summary>In a generator, with a yield inside <paramref name="e"/>: lower it with labels, not C# blocks.</summary>
    private bool SuspendsIn(Expr e) => _gen is not null && HasYield(e);

    // =========================================================================================================
    // Yield points

    private void RegisterResume(int state, string label)
    {
        var scopes = _gen!.Dispatch.ToArray(); // innermost first
        scopes[0].Cases.Add((state, label));
        for (int i = 1; i < scopes.Length; i++)
            scopes[i].Cases.Add((state, scopes[i - 1].Entry!));
    }

    /// <summary><c>yield v</c>; the value of the expression is <c>Sent</c>.</summary>
    private void EmitYield(Node site, string value)
    {
        value = _e.YieldValue(site, value, asyncGeneratorYield: _fn?.IsAsyncGenerator == true);
        int k = _gen!.NextState++;
        string label = NewLabel("resume");
        RegisterResume(k, label);
        // Inside a resumable try, its C# finally must know the body is only pausing (Suspending). An async generator's
        // yield marks the value as its own (what its __anext__() ends with), not one an await passes out.
        string prefix = _fn?.IsAsyncGenerator == true ? "Async" : "";
        if (_gen.Dispatch.Count > 1)
        {
            _gen.SetsSuspending = true;
            _w.Line($"return {prefix}YieldValue({k}, {value}, out yielded);");
        }
        else
        {
            _w.Line($"return {prefix}Yield({k}, {value}, out yielded);");
        }
        _w.Line($"{label}:");
        // (before Resumed, which raises what throw() or close() sent in: the instrumenter reports that as well)
        _e.Resume(site);
        _w.Line("Resumed();");
    }

    private CsExpr LowerYield(Yield y)
    {
        if (_gen is null)
            throw new LoweringError("'yield' outside a generator function is", y);
        EmitYield(y, y.Value is null ? "PyValue.None" : LowerValue(y.Value));
        return CsExpr.Value("Sent");
    }

    private CsExpr LowerYieldFrom(YieldFrom y)
    {
        if (_gen is null)
            throw new LoweringError("'yield from' outside a generator function is", y);
        return Delegation(y, LowerValue(y.Value), "StartYieldFrom");
    }

    /// <summary><c>await x</c> in a coroutine: GET_AWAITABLE (<c>PyCoroutine.AwaitableIterator</c>), then the same
    /// delegation as <c>yield from</c>, as CPython compiles it.</summary>
    private CsExpr LowerAwait(Await a)
    {
        if (_gen is null || _fn?.IsCoroutine != true)
            throw new LoweringError("'await' outside a coroutine is", a);
        return Delegation(a, LowerValue(a.Value), "StartAwait");
    }

    /// <summary><c>yield from</c> or <c>await</c> (<paramref name="site"/>; an <c>async with</c> or <c>async for</c> for
    /// the awaits they make): the delegate made by <paramref name="start"/> (a method of PyGenerator, with
    /// <paramref name="context"/> as its second argument if any) from <paramref name="source"/> is stepped at each resume
    /// until it returns, its return value the expression's. With <paramref name="stopAsyncIteration"/>, a
    /// StopAsyncIteration the step raises goes there instead (an <c>async for</c>'s end, END_ASYNC_FOR).</summary>
    private CsExpr Delegation(Node site, string source, string start, string? context = null, string? stopAsyncIteration = null)
    {
        var y = site;
        int k = _gen!.NextState++;
        string label = NewLabel("resume");
        RegisterResume(k, label);
        if (start == "StartYieldFrom")
            _gen.YieldFromLines[k] = site.Lineno;
        _gen.SetsSuspending = true;
        _w.Line(context is null ? $"{start}({source});" : $"{start}({source}, {context});");
        var resume = new CodeWriter { Indent = _w.Indent };
        _e.Resume(y, resume);
        if (resume.Length > 0)
        {
            // A resume enters at the label and passes the instrumenter's resume point; the first send does not.
            string send = NewLabel("send");
            _w.Line($"goto {send};");
            _w.Line($"{label}:");
            _w.Append(resume, 0);
            _w.Line($"{send}:");
        }
        else
        {
            _w.Line($"{label}:");
        }
        // Each value the delegate yields is yielded here too; when it returns, its value is the expression's.
        string yieldedValue = _e.YieldValue(y, "yielded");
        string step = $"YieldFrom({k}, out yielded)";
        if (_e.ObservesExceptions || stopAsyncIteration is not null)
        {
            string more = NewBlockLocal("more");
            _w.Line($"bool {more};");
            string call = step;
            void Step()
            {
                if (_e.ObservesExceptions)
                {
                    // What a throw() passed to the delegate raises goes through the handler CPython has around the yield.
                    _e.Cleanup(y, Instrumentation.ExceptionHandlerKind.DelegateThrow, NewBlockLocal("thrown"),
                        () => _w.Line($"{more} = {call};"), when: "DelegateThrownInto");
                }
                else
                {
                    _w.Line($"{more} = {call};");
                }
            }
            if (stopAsyncIteration is null)
            {
                Step();
            }
            else
            {
                _w.Line("try");
                _w.Open();
                Step();
                _w.Close();
                string stop = NewBlockLocal("stop");
                _w.Line($"catch (PyException {stop}) when ({stop}.Matches(PyTypes.StopAsyncIteration))");
                _w.Open();
                _e.HandlerEntered(site, Instrumentation.ExceptionHandlerKind.AsyncForEnd, stop);
                _w.Line($"goto {stopAsyncIteration};");
                _w.Close();
            }
            step = more;
        }
        _w.Line(yieldedValue == "yielded"
            ? $"if ({step}) return true;"
            : $"if ({step}) {{ yielded = {yieldedValue}; return true; }}");
        _e.DelegateReturned(y);
        return CsExpr.Value("DelegateResult");
    }

    private bool ContainsYield(List<Stmt> body) => body.Any(ContainsYield);

    /// <summary>Whether a statement may suspend the generator: a yield of this scope anywhere in it (compound
    /// statements with one take their flat, resumable forms).</summary>
    private bool ContainsYield(Stmt s) => _maySuspend.Of(s);
}
