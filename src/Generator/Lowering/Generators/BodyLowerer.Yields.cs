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
    private readonly Dictionary<Expr, bool> _hasYield = new();

    /// <summary>Whether evaluating <paramref name="e"/> in this scope may suspend a generator (nested scopes excluded,
    /// except the first iterable of a comprehension, evaluated here).</summary>
    private bool HasYield(Expr? e)
    {
        if (e is null)
            return false;
        if (_hasYield.TryGetValue(e, out var r))
            return r;
        r = e switch
        {
            Yield or YieldFrom => true,
            Constant or Name or Lambda => false,
            BoolOp b => b.Values.Any(HasYield),
            NamedExpr ne => HasYield(ne.Value),
            BinOp b => HasYield(b.Left) || HasYield(b.Right),
            UnaryOp u => HasYield(u.Operand),
            IfExp i => HasYield(i.Test) || HasYield(i.Body) || HasYield(i.Orelse),
            Dict d => d.Keys.Any(HasYield) || d.Values.Any(HasYield),
            Set s => s.Elts.Any(HasYield),
            List l => l.Elts.Any(HasYield),
            Tuple t => t.Elts.Any(HasYield),
            ListComp c => HasYield(c.Generators[0].Iter),
            SetComp c => HasYield(c.Generators[0].Iter),
            DictComp c => HasYield(c.Generators[0].Iter),
            GeneratorExp c => HasYield(c.Generators[0].Iter),
            Compare c => HasYield(c.Left) || c.Comparators.Any(HasYield),
            Call c => HasYield(c.Func) || c.Args.Any(HasYield) || c.Keywords.Any(k => HasYield(k.Value)),
            FormattedValue fv => HasYield(fv.Value) || HasYield(fv.FormatSpec),
            JoinedStr js => js.Values.Any(HasYield),
            Attribute a => HasYield(a.Value),
            Subscript s => HasYield(s.Value) || HasYield(s.Slice),
            Slice s => HasYield(s.Lower) || HasYield(s.Upper) || HasYield(s.Step),
            Starred s => HasYield(s.Value),
            _ => false,
        };
        _hasYield[e] = r;
        return r;
    }

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
        value = _e.YieldValue(site, value);
        int k = _gen!.NextState++;
        string label = NewLabel("resume");
        RegisterResume(k, label);
        // Inside a resumable try, its C# finally must know the body is only pausing (Suspending).
        if (_gen.Dispatch.Count > 1)
        {
            _gen.SetsSuspending = true;
            _w.Line($"return YieldValue({k}, {value}, out yielded);");
        }
        else
        {
            _w.Line($"return Yield({k}, {value}, out yielded);");
        }
        _w.Line($"{label}:");
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
        string source = _e.YieldValue(y, LowerValue(y.Value));
        int k = _gen.NextState++;
        string label = NewLabel("resume");
        RegisterResume(k, label);
        _gen.SetsSuspending = true;
        _w.Line($"StartYieldFrom({source});");
        _w.Line($"{label}:");
        _w.Line($"if (YieldFrom({k}, out yielded)) return true;");
        return CsExpr.Value("DelegateResult");
    }

    private bool ContainsYield(List<Stmt> body) => body.Any(ContainsYield);

    /// <summary>Whether a statement may suspend the generator: a yield of this scope anywhere in it (compound
    /// statements with one take their flat, resumable forms).</summary>
    private bool ContainsYield(Stmt s) => s switch
    {
        ExprStmt e => HasYield(e.Value),
        Assign a => HasYield(a.Value) || a.Targets.Any(HasYield),
        AugAssign a => HasYield(a.Target) || HasYield(a.Value),
        AnnAssign a => HasYield(a.Target) || HasYield(a.Value),
        Return r => HasYield(r.Value),
        Delete d => d.Targets.Any(HasYield),
        Raise r => HasYield(r.Exc) || HasYield(r.Cause),
        Assert a => HasYield(a.Test) || HasYield(a.Msg),
        If i => HasYield(i.Test) || ContainsYield(i.Body) || ContainsYield(i.Orelse),
        While w => HasYield(w.Test) || ContainsYield(w.Body) || ContainsYield(w.Orelse),
        For f => HasYield(f.Target) || HasYield(f.Iter) || ContainsYield(f.Body) || ContainsYield(f.Orelse),
        Try t => ContainsYield(t.Body) || t.Handlers.Any(h => ContainsYield(h.Body)) || ContainsYield(t.Orelse) || ContainsYield(t.Finalbody),
        With w => w.Items.Any(i => HasYield(i.ContextExpr) || HasYield(i.OptionalVars)) || ContainsYield(w.Body),
        Match m => HasYield(m.Subject) || m.Cases.Any(c => ContainsYield(c.Body)),
        FunctionDef f => f.DecoratorList.Any(HasYield) || f.Args.Defaults.Any(HasYield) || f.Args.KwDefaults.Any(HasYield),
        ClassDef c => c.DecoratorList.Any(HasYield) || c.Bases.Any(HasYield) || c.Keywords.Any(k => HasYield(k.Value)),
        _ => false,
    };
}
