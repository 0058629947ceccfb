using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>List, set and dict comprehensions inlined into the enclosing method (PEP 709).</summary>
internal sealed partial class BodyLowerer
{
    private enum ComprehensionKind
    {
        List,
        Set,
        Dict,
    }

    /// <summary>
    /// A list/set/dict comprehension runs inline: a C# block with nested loops in the current method, no
    /// closure, no delegate. Its iteration variables are fresh C# locals, so a same-named variable outside is
    /// untouched and nothing leaks. The outermost iterable is evaluated in the enclosing scope, before the block.
    /// </summary>
    private CsExpr Comprehension(Expr node, List<Comprehension> generators, ComprehensionKind kind, Expr elt, Expr? value)
    {
        var compScope = _m.Table.ScopeOf(node);
        var firstCursor = LowerIterationCursor(generators[0].Iter);
        string result = NewTemp(kind switch { ComprehensionKind.List => "list", ComprehensionKind.Set => "set", _ => "dict" });
        var savedScope = _scope;
        _scope = compScope;
        var vars = new Dictionary<string, string>();
        _compVars[compScope] = vars;
        _w.Open();
        foreach (var sym in compScope.Symbols)
        {
            if (sym.Kind == SymbolKind.Local)
            {
                string id = _names.Allocate(sym.Name);
                vars[sym.Name] = id;
                _w.Line($"PyValue {id} = default;");
            }
            else if (sym.Kind == SymbolKind.Cell)
            {
                // Captured by a function made in the comprehension: one cell per execution of the comprehension
                // (every function made in it sees the last value), isolated from the enclosing scope's name.
                string cell = _names.Allocate(sym.Name + "_cell");
                vars[sym.Name] = cell;
                _w.Line($"var {cell} = new PyCell();");
            }
        }
        string acc = NewBlockLocal("acc");
        // [f(x) for x in xs] without conditions: the list is allocated once at the iterable's length when known;
        // a dict likewise (its order is insertion order whatever its table size). Not a set: CPython's set
        // iterates in table order, which a bigger table would change.
        string? sizedCursor = null;
        if (kind != ComprehensionKind.Set && generators.Count == 1 && generators[0].Ifs.Count == 0)
        {
            sizedCursor = NewBlockLocal(firstCursor.Hint);
            _w.Line($"var {sizedCursor} = {firstCursor.Code};");
        }
        // (The first iterator is made before the loops, outside the handler CPython puts around them.)
        string firstIt = sizedCursor ?? NewBlockLocal(firstCursor.Hint);
        if (sizedCursor is null)
            _w.Line($"var {firstIt} = {firstCursor.Code};");
        _w.Line(kind switch
        {
            ComprehensionKind.List when sizedCursor is not null => $"var {acc} = new PyList({sizedCursor}.LengthHint);",
            // Filtered or nested: a pooled scratch buffer, copied once into a list of the exact length.
            ComprehensionKind.List => $"var {acc} = ListBuilder.Start();",
            ComprehensionKind.Set => $"var {acc} = new PySet();",
            _ when sizedCursor is not null => $"var {acc} = new PyDict({sizedCursor}.LengthHint);",
            _ => $"var {acc} = new PyDict();",
        });
        // The loops, under the handler CPython's inlined comprehension has (it restores the names the comprehension hid).
        _e.Cleanup(node, Instrumentation.ExceptionHandlerKind.Comprehension, NewBlockLocal("cleanup"),
            () => ComprehensionLoops(node, generators, kind, elt, value, firstCursor, firstIt, acc));
        _w.Line(kind == ComprehensionKind.List && sizedCursor is null
            ? $"{result} = PyValue.FromObject({acc}.Finish());"
            : $"{result} = PyValue.FromObject({acc});");
        _w.Close();
        _scope = savedScope;
        return CsExpr.Value(result);
    }

    private void ComprehensionLoops(Expr node, List<Comprehension> generators, ComprehensionKind kind, Expr elt, Expr? value,
                                    LoopCursor firstCursor, string firstIt, string acc)
    {
        int opened = 0;
        for (int g = 0; g < generators.Count; g++)
        {
            var gen = generators[g];
            var cursor = g == 0 ? firstCursor : LowerIterationCursor(gen.Iter);
            string it = g == 0 ? firstIt : NewBlockLocal(cursor.Hint);
            string init = g == 0 ? "" : $"var {it} = {cursor.Code}";
            if (gen.Target is Name tn)
            {
                string lv = NameLvalue(tn.Id, tn);
                _w.Open($"for ({init}; {_e.LoopBranch(gen, _e.LoopStep(node, cursor, it, $"{it}.MoveNext(ref {lv})"))};)");
            }
            else
            {
                string item = NewTemp("item");
                _w.Open($"for ({init}; {_e.LoopBranch(gen, _e.LoopStep(node, cursor, it, $"{it}.MoveNext(ref {item})"))};)");
                StoreTo(gen.Target, CsExpr.Value(item), valueIsTemp: true);
            }
            opened++;
            foreach (var cond in gen.Ifs)
            {
                string c = LowerCondition(cond);
                _w.Open($"if ({c})");
                opened++;
            }
        }
        switch (kind)
        {
            case ComprehensionKind.List:
                _w.Line($"{acc}.Append({LowerValue(elt)});");
                break;
            case ComprehensionKind.Set:
                _w.Line($"{acc}.Add({LowerValue(elt)});");
                break;
            default:
            {
                // Python 3.8+: the key is evaluated before the value.
                string k = LowerValue(elt);
                if (NeedsStatements(value!))
                    k = Spill(k);
                string v = LowerValue(value!);
                _w.Line($"{acc}.SetItem({k}, {v});");
                break;
            }
        }
        if (_e.Instrumenter.ObservesBranches)
            _e.Edge(generators[generators.Count - 1], Analysis.Flow.FlowEdgeKind.BodyEnd);
        for (int i = 0; i < opened; i++)
            _w.Close();
    }
}
