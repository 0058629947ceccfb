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
/// <c>while</c> (with <c>else</c>): a C# <c>while</c>, or in a generator whose body may suspend the flat form with
/// labels (<see cref="FlatWhile"/>). After <c>while True:</c> the code is reachable only through a break of the loop
/// (<c>Analysis/LoopExits</c>).
/// </summary>
internal sealed partial class BodyLowerer
{
    private void WhileStatement(While wh)
    {
        _e.WhileStart(wh);
        var (pre, cond) = Capture(() => WhileCondition(wh));
        if (!LoopExits.IsInfinite(wh)) // (while True: no test, no branch)
            cond = _e.Branch(wh, cond);
        // (the head's point runs before the test: before the statements a test writes, when it writes any)
        string head = _e.WhileHead(wh, pre.Length == 0 ? cond : "true");
        var loop = new LoopInfo(wh);
        if (wh.Orelse.Count > 0)
            loop.BreakLabel = NewLabel("break");
        _loops.Push(loop);
        if (pre.Length == 0)
        {
            _w.Line($"while ({head})");
            _w.Open();
        }
        else
        {
            _w.Line("while (true)");
            _w.Open();
            if (head != "true")
                _w.Line($"_ = {head};");
            _w.Append(pre, 0);
            _w.Line($"if (!({cond})) break;");
        }
        Statements(wh.Body, 0);
        _e.BackEdge(wh, wh);
        _w.Close();
        _loops.Pop();
        if (wh.Orelse.Count > 0)
        {
            _w.Open();
            Statements(wh.Orelse, 0);
            SuiteEdge(wh.Orelse, wh, FlowEdgeKind.ElseEnd);
            _w.Close();
            _w.Line($"{loop.BreakLabel}:;");
        }
    }

    private void FlatWhile(While wh)
    {
        string top = NewLabel("while");
        string end = NewLabel("end_while");
        string? elseLabel = wh.Orelse.Count > 0 ? NewLabel("while_else") : null;
        _e.WhileStart(wh);
        _w.Line($"{top}:");
        var (pre, cond) = Capture(() => WhileCondition(wh));
        if (!LoopExits.IsInfinite(wh)) // (while True: no test, no branch)
            cond = _e.Branch(wh, cond);
        if (pre.Length == 0)
        {
            cond = _e.WhileHead(wh, cond);
        }
        else
        {
            // (the head's point runs before the statements the test writes)
            string head = _e.WhileHead(wh, "true");
            if (head != "true")
                _w.Line($"_ = {head};");
            _w.Append(pre, 0);
        }
        if (cond != "true")
            _w.Line($"if (!({cond})) goto {elseLabel ?? end};");
        var loop = new LoopInfo(wh) { BreakLabel = end, ContinueLabel = top };
        _loops.Push(loop);
        Statements(wh.Body, 0);
        _loops.Pop();
        _e.BackEdge(wh, wh);
        _w.Line($"goto {top};");
        if (elseLabel is not null)
        {
            _w.Line($"{elseLabel}:");
            Statements(wh.Orelse, 0);
            SuiteEdge(wh.Orelse, wh, FlowEdgeKind.ElseEnd);
        }
        _w.Line($"{end}:;");
    }

    /// <summary>A while loop's test, lowered once: CPython 3.12 compiles it twice (at the top, and again at the bottom of
    /// the body), so its tests say which copy runs.</summary>
    private string WhileCondition(While wh)
    {
        var outer = _e.Instrumenter.WhileTest;
        _e.Instrumenter.WhileTest = wh;
        try
        {
            return LowerCondition(wh.Test);
        }
        finally
        {
            _e.Instrumenter.WhileTest = outer;
        }
    }
}
