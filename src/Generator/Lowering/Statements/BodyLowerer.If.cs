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
/// <c>if</c>/<c>elif</c>/<c>else</c>: a C# <c>if</c>/<c>else if</c> chain (an <c>elif</c> whose test needs statements
/// nests in the <c>else</c>); in a generator, when a branch may suspend, the flat form with labels
/// (<see cref="FlatIf"/>), which a resume can jump into.
/// </summary>
internal sealed partial class BodyLowerer
{
    private void IfStatement(If s)
    {
        string cond = LowerCondition(s.Test);
        _w.Line($"if ({_e.Branch(s, cond)})");
        SuiteBlock(s.Body, s, FlowEdgeKind.BodyEnd);
        // An elif's header would sit between the block above and its 'else if': where an instrumenter writes code at
        // statements (monitoring's LINE test), the elif nests in the else block instead.
        if (s.Orelse.Count == 1 && s.Orelse[0] is If elif && !_e.Instrumenter.WritesStatementCode)
        {
            var (pre, elifCond) = Capture(() => LowerCondition(elif.Test));
            if (pre.Length == 0)
            {
                StatementHeader(elif);
                _w.Line($"else if ({_e.Branch(elif, elifCond)})");
                SuiteBlock(elif.Body, elif, FlowEdgeKind.BodyEnd);
                if (elif.Orelse.Count > 0)
                    ElseChain(elif, elif.Orelse);
                return;
            }
            // The elif's test needs statements: nest it in the else block (re-lowered there).
            _w.Line("else");
            _w.Open();
            Statement(elif);
            _w.Close();
            return;
        }
        if (s.Orelse.Count > 0)
        {
            _w.Line("else");
            SuiteBlock(s.Orelse, s, FlowEdgeKind.ElseEnd);
        }
    }

    private void ElseChain(If owner, List<Stmt> orelse)
    {
        if (orelse.Count == 1 && orelse[0] is If elif && !_e.Instrumenter.WritesStatementCode)
        {
            var (pre, cond) = Capture(() => LowerCondition(elif.Test));
            if (pre.Length == 0)
            {
                StatementHeader(elif);
                _w.Line($"else if ({_e.Branch(elif, cond)})");
                SuiteBlock(elif.Body, elif, FlowEdgeKind.BodyEnd);
                if (elif.Orelse.Count > 0)
                    ElseChain(elif, elif.Orelse);
                return;
            }
        }
        _w.Line("else");
        SuiteBlock(orelse, owner, FlowEdgeKind.ElseEnd);
    }

    /// <summary>A suite as a C# block, with the JUMPs CPython makes where it runs off its end.</summary>
    private void SuiteBlock(List<Stmt> suite, Node owner, FlowEdgeKind kind)
    {
        _w.Open();
        Statements(suite, 0);
        SuiteEdge(suite, owner, kind);
        _w.Close();
    }

    /// <summary>Where a suite runs off its last statement (a simple one: a compound statement's own ends continue from
    /// there), the JUMPs CPython's bytecode makes from there (monitoring's JUMP).</summary>
    private void SuiteEdge(List<Stmt> suite, Node owner, FlowEdgeKind kind)
    {
        if (_e.Instrumenter.ObservesBranches && FlowCompiler.EndsWithFallthrough(suite))
            _e.Edge(owner, kind);
    }

    private void FlatIf(If s)
    {
        string cond = LowerCondition(s.Test);
        string end = NewLabel("end_if");
        string? elseLabel = s.Orelse.Count > 0 ? NewLabel("else") : null;
        _w.Line($"if (!({_e.Branch(s, cond)})) goto {elseLabel ?? end};");
        Statements(s.Body, 0);
        SuiteEdge(s.Body, s, FlowEdgeKind.BodyEnd);
        if (elseLabel is not null)
        {
            _w.Line($"goto {end};");
            _w.Line($"{elseLabel}:");
            Statements(s.Orelse, 0);
            SuiteEdge(s.Orelse, s, FlowEdgeKind.ElseEnd);
        }
        _w.Line($"{end}:;");
    }
}
