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
        if (_gen is not null && Analysis.AsyncComprehension.Is(node))
            return ResumableComprehension(node, generators, kind, elt, value);
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
        AddElement(kind, acc, elt, value);
        if (_e.Instrumenter.ObservesBranches)
            _e.Edge(generators[generators.Count - 1], Analysis.Flow.FlowEdgeKind.BodyEnd);
        for (int i = 0; i < opened; i++)
            _w.Close();
    }

    /// <summary>The element (a dict comprehension's key and value) added to the result, <paramref name="result"/>: a C#
    /// expression of the list (or its builder), set or dict.</summary>
    private void AddElement(ComprehensionKind kind, string result, Expr elt, Expr? value)
    {
        switch (kind)
        {
            case ComprehensionKind.List:
                _w.Line($"{result}.Append({LowerValue(elt)});");
                break;
            case ComprehensionKind.Set:
                _w.Line($"{result}.Add({LowerValue(elt)});");
                break;
            default:
            {
                // Python 3.8+: the key is evaluated before the value.
                string k = LowerValue(elt);
                if (NeedsStatements(value!))
                    k = Spill(k);
                string v = LowerValue(value!);
                _w.Line($"{result}.SetItem({k}, {v});");
                break;
            }
        }
    }

    /// <summary>
    /// An asynchronous comprehension (PEP 530) inlined in an <c>async def</c>: the same loops laid out with labels and
    /// gotos at the coroutine body's level, its variables, iterators and result in fields, so that an <c>await</c> in
    /// it (an <c>async for</c>'s <c>__anext__</c>, or one in its code) suspends and resumes the function. The first
    /// iterable is evaluated, and its (asynchronous) iterator made, in the enclosing scope.
    /// </summary>
    private CsExpr ResumableComprehension(Expr node, List<Comprehension> generators, ComprehensionKind kind, Expr elt, Expr? value)
    {
        var compScope = _m.Table.ScopeOf(node);
        string Iterator(Comprehension gen, string iterable, string it) =>
            gen.IsAsync != 0 ? $"{it} = AsyncProtocol.Iter({iterable});" : $"{it} = PyValue.FromObject(PyOps.GetIter({iterable}));";
        string firstIt = NewTemp(generators[0].IsAsync != 0 ? "aiter" : "iter");
        _w.Line(Iterator(generators[0], LowerIterable(generators[0].Iter), firstIt));
        var savedScope = _scope;
        _scope = compScope;
        var vars = new Dictionary<string, string>();
        _compVars[compScope] = vars;
        foreach (var sym in compScope.Symbols)
        {
            if (sym.Kind == SymbolKind.Local)
            {
                vars[sym.Name] = NewTemp(sym.Name);
                _w.Line($"{vars[sym.Name]} = default;");
            }
            else if (sym.Kind == SymbolKind.Cell)
            {
                // (a field, since the comprehension may suspend; a fresh cell each time it runs)
                string cell = _names.Allocate(sym.Name + "_cell");
                _gen!.Fields.Add($"private PyCell {cell} = new PyCell();");
                vars[sym.Name] = cell;
                _w.Line($"{cell} = new PyCell();");
            }
        }
        string acc = NewTemp(kind switch { ComprehensionKind.List => "list", ComprehensionKind.Set => "set", _ => "dict" });
        string accType = kind switch { ComprehensionKind.List => "PyList", ComprehensionKind.Set => "PySet", _ => "PyDict" };
        _w.Line($"{acc} = PyValue.FromObject(new {accType}());");
        string done = NewLabel("comprehension_done");
        var tops = new string[generators.Count];
        var iterators = new string[generators.Count];
        // The loops, under the handler CPython's inlined comprehension has (it restores the names the comprehension hid).
        CleanupRegion(node, Instrumentation.ExceptionHandlerKind.Comprehension, resumable: true, () =>
        {
            for (int g = 0; g < generators.Count; g++)
            {
                var gen = generators[g];
                string exhausted = g == 0 ? done : tops[g - 1];
                iterators[g] = g == 0 ? firstIt : NewTemp(gen.IsAsync != 0 ? "aiter" : "iter");
                if (g > 0)
                    _w.Line(Iterator(gen, LowerIterable(gen.Iter), iterators[g]));
                tops[g] = NewLabel("comprehension_for");
                _w.Line($"{tops[g]}:");
                // (the comprehension's line each time round, as CPython's loop there)
                if (_e.Instrumenter.LineWithin(gen.Iter, node.Lineno) is { } head)
                    _w.Line($"_ = {head};");
                string item;
                if (gen.IsAsync != 0)
                {
                    // (the await of __anext__ is the comprehension's, on its line: a comprehension's for has no position)
                    item = Spill(Delegation(node, $"AsyncProtocol.Next({iterators[g]})", "StartAwait", "AwaitContext.AsyncForNext",
                        stopAsyncIteration: exhausted).AsValue());
                }
                else
                {
                    item = NewTemp("item");
                    _w.Line($"if (!((PyIterator){iterators[g]}.Ref!).MoveNext(out {item})) goto {exhausted};");
                }
                StoreTo(gen.Target, CsExpr.Value(item), valueIsTemp: true);
                foreach (var cond in gen.Ifs)
                    _w.Line($"if (!({LowerCondition(cond)})) goto {tops[g]};");
            }
            AddElement(kind, $"(({accType}){acc}.Ref!)", elt, value);
            _w.Line($"goto {tops[generators.Count - 1]};");
        });
        _w.Line($"{done}:");
        foreach (string it in iterators)
            _w.Line($"{it} = default;");
        _scope = savedScope;
        return CsExpr.Value(acc);
    }
}
