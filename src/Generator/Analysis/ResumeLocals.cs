using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// Which variables of a generator need not be fields of its state machine: loop variables not live across a yield
/// (read only in the loop body, before its first yield on every path, bound nowhere else) stay C# locals of
/// <c>MoveNext</c>, one field store (write barrier) less per item. Conservative: anything else stays a field.
/// </summary>
internal static class ResumeLocals
{
    /// <summary>
    /// The loop variables of <c>for</c> statements that are never live across a yield (read in the loop body only,
    /// and only before the body's first yield, assigned nowhere else): they become C# locals of <c>Resume</c>,
    /// which saves a field store (a GC write barrier) per item. Conservative: any doubt keeps the field.
    /// </summary>
    public static HashSet<string> Of(Scope scope, List<Stmt> body, List<string> parameters)
    {
        var result = new HashSet<string>();
        var all = new List<Node>();
        foreach (var st in body)
            all.AddRange(NodeWalk.All(st));
        var stores = new Dictionary<string, int>();
        var loads = new Dictionary<string, int>();
        var otherBinders = new HashSet<string>(parameters);
        foreach (var n in all)
        {
            switch (n)
            {
                case Name nm:
                    var d = nm.Ctx == ExprContext.Load ? loads : stores;
                    d[nm.Id] = (d.TryGetValue(nm.Id, out int c) ? c : 0) + 1;
                    break;
                case FunctionDef f: otherBinders.Add(f.Name); break;
                case AsyncFunctionDef f: otherBinders.Add(f.Name); break;
                case ClassDef c2: otherBinders.Add(c2.Name); break;
                case ExceptHandler h when h.Name is not null: otherBinders.Add(h.Name); break;
                case Alias a: otherBinders.Add(a.Asname ?? a.Name.Split('.')[0]); break;
                case MatchAs m when m.Name is not null: otherBinders.Add(m.Name); break;
                case MatchStar m when m.Name is not null: otherBinders.Add(m.Name); break;
                case MatchMapping m when m.Rest is not null: otherBinders.Add(m.Rest); break;
                case Global g: otherBinders.UnionWith(g.Names); break;
                case Nonlocal nl: otherBinders.UnionWith(nl.Names); break;
            }
        }
        foreach (var n in all)
        {
            if (n is not For { Target: Name t } f || otherBinders.Contains(t.Id))
                continue;
            if (scope.Lookup(t.Id)?.Kind != SymbolKind.Local || stores[t.Id] != 1)
                continue;
            int counted = 0;
            bool afterYield = false;
            if (ReadsBeforeYield(f.Body, t.Id, ref afterYield, ref counted) && counted == (loads.TryGetValue(t.Id, out int l) ? l : 0))
                result.Add(t.Id);
        }
        return result;
    }

    /// <summary>A generator expression: the innermost clause's variable, when only its conditions and the element read it
    /// (none in an asynchronous one, whose awaits may suspend between the store and those reads).</summary>
    public static HashSet<string> Of(Scope scope, GeneratorExp ge)
    {
        var result = new HashSet<string>();
        if (ge.Generators[ge.Generators.Count - 1].Target is not Name t || scope.Lookup(t.Id)?.Kind != SymbolKind.Local
            || AsyncComprehension.Is(ge))
            return result;
        int inner = Loads(ge.Elt, t.Id);
        foreach (var c in ge.Generators[ge.Generators.Count - 1].Ifs)
            inner += Loads(c, t.Id);
        int all = Loads(ge.Elt, t.Id);
        int stores = 0;
        for (int i = 0; i < ge.Generators.Count; i++)
        {
            var g = ge.Generators[i];
            if (i > 0)
                all += Loads(g.Iter, t.Id);
            foreach (var c in g.Ifs)
                all += Loads(c, t.Id);
            foreach (var n in NodeWalk.All(g.Target))
            {
                if (n is Name nm && nm.Id == t.Id)
                    stores++;
            }
        }
        if (all == inner && stores == 1)
            result.Add(t.Id);
        return result;
    }

    /// <summary>Reads of <paramref name="name"/> under <paramref name="node"/> (nested scopes included: conservative).</summary>
    private static int Loads(Node node, string name) =>
        NodeWalk.All(node).Count(n => n is Name { Ctx: ExprContext.Load } nm && nm.Id == name);

    /// <summary>Whether a yield (or await) is anywhere under <paramref name="node"/>, nested scopes included.</summary>
    private static bool HasYieldNode(Node? node) =>
        node is not null && NodeWalk.All(node).Any(n => n is Yield or YieldFrom or Await or AsyncFor or AsyncWith);

    /// <summary>A statement's value that is one yield whose operand has none: its reads happen before it suspends.</summary>
    private static bool IsSimpleYield(Expr? value) => value switch
    {
        Yield y => !HasYieldNode(y.Value),
        YieldFrom yf => !HasYieldNode(yf.Value),
        Await aw => !HasYieldNode(aw.Value),
        _ => false,
    };

    /// <summary>
    /// Whether every read of <paramref name="name"/> in <paramref name="body"/> happens before the body's first
    /// yield on its path (counting them into <paramref name="counted"/>); false on any read that may follow one.
    /// </summary>
    private static bool ReadsBeforeYield(List<Stmt> body, string name, ref bool afterYield, ref int counted)
    {
        foreach (var s in body)
        {
            int reads = Loads(s, name);
            bool yields = HasYieldNode(s);
            if (reads > 0)
            {
                if (afterYield)
                    return false;
                if (yields)
                {
                    switch (s)
                    {
                        case If i when !HasYieldNode(i.Test):
                            counted += Loads(i.Test, name);
                            bool a1 = false, a2 = false;
                            if (!ReadsBeforeYield(i.Body, name, ref a1, ref counted) || !ReadsBeforeYield(i.Orelse, name, ref a2, ref counted))
                                return false;
                            break;
                        case ExprStmt e when IsSimpleYield(e.Value):
                            counted += reads;
                            break;
                        case Return r when IsSimpleYield(r.Value):
                            counted += reads;
                            break;
                        // Assignment targets are evaluated after the yield returns: they must not read it.
                        case Assign a when IsSimpleYield(a.Value) && a.Targets.All(t => Loads(t, name) == 0):
                            counted += reads;
                            break;
                        default:
                            return false;
                    }
                }
                else
                {
                    counted += reads;
                }
            }
            afterYield |= yields;
        }
        return true;
    }
}
