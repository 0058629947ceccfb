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
        Block(s.Body);
        // An elif's header would sit between the block above and its 'else if': where an instrumenter writes code at
        // statements (monitoring's LINE test), the elif nests in the else block instead.
        if (s.Orelse.Count == 1 && s.Orelse[0] is If elif && !_e.Instrumenter.WritesStatementCode)
        {
            var (pre, elifCond) = Capture(() => LowerCondition(elif.Test));
            if (pre.Length == 0)
            {
                StatementHeader(elif);
                _w.Line($"else if ({_e.Branch(elif, elifCond)})");
                Block(elif.Body);
                if (elif.Orelse.Count > 0)
                    ElseChain(elif.Orelse);
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
            Block(s.Orelse);
        }
    }

    private void ElseChain(List<Stmt> orelse)
    {
        if (orelse.Count == 1 && orelse[0] is If elif && !_e.Instrumenter.WritesStatementCode)
        {
            var (pre, cond) = Capture(() => LowerCondition(elif.Test));
            if (pre.Length == 0)
            {
                StatementHeader(elif);
                _w.Line($"else if ({_e.Branch(elif, cond)})");
                Block(elif.Body);
                if (elif.Orelse.Count > 0)
                    ElseChain(elif.Orelse);
                return;
            }
        }
        _w.Line("else");
        Block(orelse);
    }

    private void FlatIf(If s)
    {
        string cond = LowerCondition(s.Test);
        string end = NewLabel("end_if");
        string? elseLabel = s.Orelse.Count > 0 ? NewLabel("else") : null;
        _w.Line($"if (!({_e.Branch(s, cond)})) goto {elseLabel ?? end};");
        Statements(s.Body, 0);
        if (elseLabel is not null)
        {
            _w.Line($"goto {end};");
            _w.Line($"{elseLabel}:");
            Statements(s.Orelse, 0);
        }
        _w.Line($"{end}:;");
    }
}
