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
/// <c>for</c> (with <c>else</c>): a C# loop over a <see cref="LoopCursor"/> (a counted <c>RangeLoop</c> over the builtin
/// <c>range</c>, or an <c>IterLoop</c>), with the range-fill strategy asked first (<c>FastPaths/BodyLowerer.RangeFill.cs</c>);
/// in a generator whose body may suspend, the flat form with labels and the cursor in a field (<see cref="FlatFor"/>).
/// </summary>
internal sealed partial class BodyLowerer
{
    private void ForStatement(For f)
    {
        var cursor = LowerIterationCursor(f.Iter);
        var loop = new LoopInfo(f);
        if (f.Orelse.Count > 0)
            loop.BreakLabel = NewLabel("break");
        string it = NewBlockLocal(cursor.Hint);
        // (a global of a module whose namespace is a dictionary is a property: no ref to it, so through a temporary)
        string? directTarget = f.Target is Name tn && !IsClassNamespaceName(tn.Id, tn)
            && !(_m.GlobalsInDict && Storage(tn.Id, tn).Kind == StorageKind.Global) ? NameLvalue(tn.Id, tn) : null;
        string? fill = RangeFillCall(f, cursor, it, directTarget);
        string? dropGuard = fill is null && cursor.TypeName == "IterLoop" ? DroppedGeneratorGuard(f.Iter, it) : null;
        if (dropGuard is not null)
        {
            // The loop holds the only reference to the generator it iterates: leaving the loop drops it, which
            // closes it (DroppedGenerators), before anything after the loop runs.
            _w.Open();
            _w.Line($"var {it} = {cursor.Code};");
            string fresh = NewBlockLocal("fresh");
            _w.Line($"bool {fresh} = {dropGuard};");
            _w.Line("try");
            _w.Open();
            string item = directTarget ?? NewTemp("item");
            _w.Line($"for (; {_e.LoopBranch(f, _e.LoopStep(f, cursor, it, $"{it}.MoveNext(ref {item})"))};)");
            _w.Open();
            if (directTarget is null)
                StoreTo(f.Target, CsExpr.Value(item), valueIsTemp: true);
            ForBody(f, loop);
            _w.Close();
            _w.Close();
            _w.Line("finally");
            _w.Open();
            _w.Line($"if ({fresh})");
            _w.Line($"    DroppedGenerators.Drop({it}.Iterator);");
            _w.Close();
            _w.Close();
            ForElse(f, loop);
            return;
        }
        if (fill is not null)
        {
            // (the one-store loop: run whole by FillItems when it can, else by the generic loop below)
            _w.Open();
            _w.Line($"var {it} = {cursor.Code};");
            _w.Line($"if (!{fill})");
            _w.Line($"for (; {_e.LoopBranch(f, _e.LoopStep(f, cursor, it, $"{it}.MoveNext(ref {directTarget})"))};)");
            _w.Open();
        }
        else if (directTarget is not null)
        {
            _w.Line($"for (var {it} = {cursor.Code}; {_e.LoopBranch(f, _e.LoopStep(f, cursor, it, $"{it}.MoveNext(ref {directTarget})"))};)");
            _w.Open();
        }
        else
        {
            string item = NewTemp("item");
            _w.Line($"for (var {it} = {cursor.Code}; {_e.LoopBranch(f, _e.LoopStep(f, cursor, it, $"{it}.MoveNext(ref {item})"))};)");
            _w.Open();
            StoreTo(f.Target, CsExpr.Value(item), valueIsTemp: true);
        }
        ForBody(f, loop);
        _w.Close();
        if (fill is not null)
            _w.Close();
        ForElse(f, loop);
    }

    /// <summary>The loop's body, then its back edge.</summary>
    private void ForBody(For f, LoopInfo loop)
    {
        _loops.Push(loop);
        Statements(f.Body, 0);
        _loops.Pop();
        _e.BackEdge(f, f);
    }

    private void ForElse(For f, LoopInfo loop)
    {
        if (f.Orelse.Count > 0)
        {
            _w.Open();
            Statements(f.Orelse, 0);
            SuiteEdge(f.Orelse, f, FlowEdgeKind.ElseEnd);
            _w.Close();
            _w.Line($"{loop.BreakLabel}:;");
        }
    }

    /// <summary>
    /// For a loop over what may be a generator object that nothing but the loop can hold, the C# test, evaluated once
    /// the loop's iterator <paramref name="it"/> is made, that it is one (<see cref="DroppedGenerators"/>); else null.
    /// A generator expression always is; a call of a name, or of a method of a name's value, is when what it called
    /// is a generator function (read again after the call: reading the names has no side effects).
    /// </summary>
    private string? DroppedGeneratorGuard(Expr iter, string it)
    {
        switch (iter)
        {
            case GeneratorExp:
                return "true";
            case Call { Func: Name n } when !IsBuiltin(n) && !IsClassNamespaceName(n.Id, n):
                return $"DroppedGenerators.MadeBy({LoadName(n).Code}, {it}.Iterator)";
            case Call { Func: Attribute { Value: Name v } a } when !IsClassNamespaceName(v.Id, v):
                return $"DroppedGenerators.MadeByMethod({LoadName(v).Code}, {CsNames.StringLiteral(a.Attr)}, {it}.Iterator)";
            default:
                return null;
        }
    }

    /// <summary>
    /// What a <c>for</c> loop (or a comprehension's generator) iterates with: <c>RangeLoop.Start(...)</c> (a counted
    /// loop on longs, no allocation) for the builtin <c>range</c> with 1-3 positional arguments, else
    /// <c>IterLoop.Start(x)</c>. Both have <c>bool MoveNext(ref PyValue)</c>, which leaves the target alone at the end.
    /// </summary>
    /// <summary>The cursor of a loop over <paramref name="iter"/>; a call it consumes (<c>range(...)</c>,
    /// <c>s.split()</c>) passes the emitter as any call does.</summary>
    private LoopCursor LowerIterationCursor(Expr iter)
    {
        if (TryBuiltinIterationCursor(iter, out var builtinCursor))
            return builtinCursor;
        if (iter is Call { Func: Name { Id: "range" } rn } call && call.Keywords.Count == 0 &&
            call.Args.Count is >= 1 and <= 3 && call.Args.All(a => a is not Starred) && IsBuiltin(rn))
        {
            var args = LowerShared(call.Args).Select(a => a.AsValue()).ToList();
            var shape = _e.ObservesCalls ? new CallShape(CallForm.RangeCursor, _m.BuiltinRef("range"), args) : null;
            return LoopCursor.Range(_e.Call(call, shape, $"RangeLoop.Start({string.Join(", ", args)})"));
        }
        return LoopCursor.Iterator($"IterLoop.Start({LowerValue(iter)})");
    }

    private void FlatFor(For f)
    {
        var cursor = LowerIterationCursor(f.Iter);
        string it = GeneratorField(cursor.TypeName, cursor.Hint);
        _w.Line($"{it} = {cursor.Code};");
        // A generator the loop alone holds is closed when a break leaves the loop (at its end label; closing an
        // exhausted one does nothing). Not yet when a return or an exception leaves it: the flat form has no C#
        // finally around a loop that suspends.
        string? dropGuard = cursor.TypeName == "IterLoop" ? DroppedGeneratorGuard(f.Iter, it) : null;
        string? fresh = null;
        if (dropGuard is not null)
        {
            fresh = GeneratorField("bool", "fresh");
            _w.Line($"{fresh} = {dropGuard};");
        }
        string top = NewLabel("for");
        string end = NewLabel("end_for");
        string? elseLabel = f.Orelse.Count > 0 ? NewLabel("for_else") : null;
        _w.Line($"{top}:");
        if (f.Target is Name tn && !IsClassNamespaceName(tn.Id, tn))
        {
            string lv = NameLvalue(tn.Id, tn);
            _w.Line($"if (!{_e.LoopBranch(f, _e.LoopStep(f, cursor, it, $"{it}.MoveNext(ref {lv})"))}) goto {elseLabel ?? end};");
        }
        else
        {
            string item = NewTemp("item");
            _w.Line($"if (!{_e.LoopBranch(f, _e.LoopStep(f, cursor, it, $"{it}.MoveNext(ref {item})"))}) goto {elseLabel ?? end};");
            StoreTo(f.Target, CsExpr.Value(item), valueIsTemp: true);
        }
        _loops.Push(new LoopInfo(f) { BreakLabel = end, ContinueLabel = top });
        Statements(f.Body, 0);
        _loops.Pop();
        _e.BackEdge(f, f);
        _w.Line($"goto {top};");
        if (elseLabel is not null)
        {
            _w.Line($"{elseLabel}:");
            Statements(f.Orelse, 0);
            SuiteEdge(f.Orelse, f, FlowEdgeKind.ElseEnd);
        }
        _w.Line($"{end}:");
        if (fresh is not null)
            _w.Line($"if ({fresh}) DroppedGenerators.Drop({it}.Iterator);");
        _w.Line($"{it} = default;");
    }
}
