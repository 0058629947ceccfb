using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
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

    /// <summary>
    /// A holder (list, dict) built over several statements: a C# block local, or a generator field when a yield may
    /// suspend the generator while it is being filled. Emits the initialisation; returns the name.
    /// </summary>
    private string Holder(string type, string hint, string init, Expr owner)
    {
        if (!SuspendsIn(owner))
        {
            string local = NewBlockLocal(hint);
            _w.Line($"var {local} = {init};");
            return local;
        }
        string field = GeneratorField(type + "?", hint);
        _w.Line($"{field} = {init};");
        return field + "!";
    }

    /// <summary><c>a and b</c> / <c>a or b</c> with a yield in a later operand: <c>r = a; if (...) goto end; r = b; end:</c>.</summary>
    private CsExpr FlatBoolOperation(BoolOp b)
    {
        bool isAnd = b.Op == BoolOperator.And;
        string r = NewTemp();
        string end = NewLabel("end_bool");
        _w.Line($"{r} = {LowerValue(b.Values[0])};");
        for (int i = 1; i < b.Values.Count; i++)
        {
            _w.Line($"if ({(isAnd ? "!" : "")}PyOps.IsTrue({r})) goto {end};");
            _w.Line($"{r} = {LowerValue(b.Values[i])};");
        }
        _w.Line($"{end}:;");
        return CsExpr.Value(r);
    }

    /// <summary><c>x if c else y</c> with a yield in a branch.</summary>
    private CsExpr FlatConditional(IfExp i)
    {
        string c = _e.Branch(i, LowerCondition(i.Test));
        string r = NewTemp();
        string orelse = NewLabel("else");
        string end = NewLabel("end_if");
        _w.Line($"if (!({c})) goto {orelse};");
        _w.Line($"{r} = {LowerValue(i.Body)};");
        _w.Line($"goto {end};");
        _w.Line($"{orelse}:");
        _w.Line($"{r} = {LowerValue(i.Orelse)};");
        _w.Line($"{end}:;");
        return CsExpr.Value(r);
    }

    /// <summary><c>a &lt; b &lt; c</c> with a yield in a later comparand: stops at the first false link.</summary>
    private CsExpr FlatComparison(Compare c)
    {
        string r = NewTemp();
        string end = NewLabel("end_compare");
        string left = Spill(LowerValue(c.Left));
        for (int i = 0; i < c.Ops.Count; i++)
        {
            string right = Spill(LowerValue(c.Comparators[i]));
            _w.Line($"{r} = {CompareOne(c.Ops[i], left, right, false).AsValue()};");
            left = right;
            if (i < c.Ops.Count - 1)
                _w.Line($"if (!PyOps.IsTrue({r})) goto {end};");
        }
        _w.Line($"{end}:;");
        return CsExpr.Value(r);
    }

    /// <summary><c>assert test, msg</c> in a generator with a yield in the message.</summary>
    private void FlatAssert(Assert a)
    {
        string cond = LowerCondition(a.Test);
        string end = NewLabel("end_assert");
        _w.Line($"if ({_e.Branch(a, cond)}) goto {end};");
        string msg = LowerValue(a.Msg!);
        _w.Line($"throw PyException.AssertionError({msg});");
        _w.Line($"{end}:;");
    }

    /// <summary>
    /// <c>lambda: (yield x)</c>: a generator whose body returns the value of the lambda's expression.
    /// </summary>
    private void GeneratorLambdaBody(Lambda lambda)
    {
        _e.LineDirective(lambda.Body);
        _e.GeneratorReturn(lambda, LowerValue(lambda.Body), storeNone: true);
    }
}
