using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;

namespace PyAot.Generator.Lowering;

/// <summary>The native type of a value in typed code.</summary>
internal enum TwinType
{
    /// <summary>Not known yet (inference in progress).</summary>
    Unknown,
    Long,
    Double,
    /// <summary>A C# bool (conditions only; never stored).</summary>
    Bool,
}

/// <summary>
/// Typed twins of pure module functions. A top-level <c>def</c> whose body only computes with ints and floats
/// (locals, int/float literals, arithmetic, comparisons, calls of other such functions, <c>if</c>/<c>while</c>/
/// <c>for ... in range(...)</c>/<c>return</c>) gets a second C# method taking <c>long</c>s and returning
/// <c>long</c> or <c>double</c>: <c>fib(n)</c> → <c>static long fib_T(long n)</c>. Every local is proven int-only
/// or float-only over all its assignments (flow-insensitively; parameters are ints); every read is definitely bound.
/// <para>
/// The guarded call <c>Functions.fib_Call</c> chooses the twin when the global still holds the def's function
/// and every argument is a small int (not a bool, not a big int), and boxes its result. Whatever the native code
/// cannot answer as Python would — an int result beyond 64 bits (<c>checked</c> arithmetic), a zero divisor, an
/// inexact int→float comparison, falling off the end (None), a global function rebound — throws
/// <c>TypedDeopt</c>/<c>OverflowException</c>; the guard then runs the generic version from the start. That is
/// sound because the twin has no side effects (it reads locals and globals only, calls only other twins), so
/// running it again generically is unobservable: the result is re-validated by the generic path (big ints,
/// Python's exceptions and tracebacks).
/// </para>
/// </summary>
internal sealed class TypedTwins
{
    private readonly ModuleCompiler _m;
    private readonly Dictionary<FunctionInfo, TwinType> _returns = new();
    private readonly Dictionary<FunctionInfo, Dictionary<string, TwinType>> _locals = new();

    public TypedTwins(ModuleCompiler m) => _m = m;

    /// <summary>Analyzes the module's functions; never throws (an analysis failure means no twins).</summary>
    public static TypedTwins For(ModuleCompiler m, Func<string, string> allocateMember)
    {
        var t = new TypedTwins(m);
        try
        {
            t.Run(allocateMember);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            t = new TypedTwins(m);
        }
        return t;
    }

    /// <summary>Functions with a twin → its C# method name and return type.</summary>
    public Dictionary<FunctionInfo, (string Method, TwinType Returns)> Twins { get; } = new();

    /// <summary>The twins' C# methods.</summary>
    public List<string> Code { get; } = new();

    private sealed class NotTypeable : Exception
    {
    }

    public void Run(Func<string, string> allocateMember)
    {
        var candidates = new HashSet<FunctionInfo>(_m.UniqueDefs.Values.Where(IsCandidate));
        foreach (var fn in candidates)
            _returns[fn] = TwinType.Unknown;
        // Fixpoint: infer every candidate's locals and return type; drop candidates that cannot be typed.
        for (int round = 0; round < 50; round++)
        {
            bool changed = false;
            foreach (var fn in candidates.ToList())
            {
                if (!candidates.Contains(fn))
                    continue;
                try
                {
                    var body = new Body(this, fn, candidates);
                    body.Infer();
                    if (!_locals.TryGetValue(fn, out var old) || !SameTypes(old, body.Types) || _returns[fn] != body.ReturnType)
                    {
                        _locals[fn] = body.Types;
                        _returns[fn] = body.ReturnType;
                        changed = true;
                    }
                }
                catch (NotTypeable)
                {
                    candidates.Remove(fn);
                    _returns.Remove(fn);
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        foreach (var fn in candidates.ToList())
        {
            if (_returns[fn] is not (TwinType.Long or TwinType.Double))
                candidates.Remove(fn);
        }
        // Names first (twins call each other), then the bodies; a body that still fails drops its function and
        // everything is emitted again without it.
        var names = candidates.ToDictionary(fn => fn, fn => allocateMember(fn.MethodName.TrimStart('@').TrimEnd('_') + "_T"));
        while (true)
        {
            Twins.Clear();
            Code.Clear();
            foreach (var fn in candidates)
                Twins[fn] = (names[fn], _returns[fn]);
            FunctionInfo? failed = null;
            foreach (var fn in candidates)
            {
                try
                {
                    var body = new Body(this, fn, candidates);
                    body.Infer();
                    Code.Add(body.Emit(Twins[fn].Method));
                }
                catch (NotTypeable)
                {
                    failed = fn;
                    break;
                }
            }
            if (failed is null)
                break;
            candidates.Remove(failed);
        }
    }

    private static bool SameTypes(Dictionary<string, TwinType> a, Dictionary<string, TwinType> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var t) && t == kv.Value);

    private static bool IsCandidate(FunctionInfo fn)
    {
        if (!fn.IsTopLevel || !fn.IsSimple || fn.DefaultCount > 0 || fn.FreeVars.Count > 0 || fn.Decorators.Count > 0 ||
            fn.Node is not FunctionDef || fn.Scope.Children.Count > 0 || fn.Scope.IsGenerator || fn.Scope.IsCoroutine)
            return false;
        foreach (var sym in fn.Scope.Symbols)
        {
            if (sym.Kind is SymbolKind.Cell or SymbolKind.Free || (sym.Kind == SymbolKind.GlobalExplicit))
                return false;
        }
        return true;
    }

    public static string CsType(TwinType t) => t == TwinType.Double ? "double" : "long";

    /// <summary>One function's body: inference and emission share the typing rules.</summary>
    private sealed class Body
    {
        private readonly TypedTwins _t;
        private readonly FunctionInfo _fn;
        private readonly HashSet<FunctionInfo> _candidates;
        private readonly HashSet<string> _localNames = new();
        private CodeWriter _w = new();
        private bool _emit;
        /// <summary>Which reads are certainly bound (a read that may not be is the generic version's business).</summary>
        private readonly DefiniteAssignment _facts;
        private int _temp;
        private int _loopDepth;

        public Dictionary<string, TwinType> Types { get; } = new();
        public TwinType ReturnType { get; private set; } = TwinType.Unknown;

        public Body(TypedTwins t, FunctionInfo fn, HashSet<FunctionInfo> candidates)
        {
            _t = t;
            _fn = fn;
            _candidates = candidates;
            _facts = t._m.DefiniteAssignmentOf(fn);
            foreach (var sym in fn.Scope.Symbols)
            {
                if (sym.Kind == SymbolKind.Local)
                    _localNames.Add(sym.Name);
            }
            if (t._locals.TryGetValue(fn, out var known))
            {
                foreach (var kv in known)
                    Types[kv.Key] = kv.Value;
            }
            foreach (var p in fn.Parameters)
                Types[p] = TwinType.Long;
        }

        private static string Local(string name) => "l_" + CsNames.SanitizeIdentifier(name).TrimStart('@');

        private static NotTypeable Fail() => new();

        private void Assign(string name, TwinType type)
        {
            if (!_localNames.Contains(name) || type == TwinType.Bool)
                throw Fail();
            if (type == TwinType.Unknown)
                return;
            if (Types.TryGetValue(name, out var old) && old != TwinType.Unknown && old != type)
                throw Fail();
            Types[name] = type;
        }

        public void Infer()
        {
            _emit = false;
            Statements(((FunctionDef)_fn.Node).Body);
        }

        public string Emit(string method)
        {
            _emit = true;
            _w = new CodeWriter();
            foreach (var name in _localNames)
            {
                if (_fn.Parameters.Contains(name))
                    continue;
                if (!Types.TryGetValue(name, out var ty) || ty == TwinType.Unknown)
                    throw Fail();
                _w.Line($"{CsType(ty)} {Local(name)} = 0;");
            }
            _w.Line("PyProgram.CheckStack();");
            Statements(((FunctionDef)_fn.Node).Body);
            _w.Directive("#line hidden");
            _w.Line("throw TypedDeopt.Instance;");
            var outer = new CodeWriter();
            var ps = _fn.Parameters.Select(p => "long " + Local(p));
            outer.Line($"/// <summary>The typed twin of <c>{_fn.Name}</c> (pure, native ints/floats; deoptimizes to the generic version).</summary>");
            outer.Line($"private static {CsType(_t._returns[_fn])} {method}({string.Join(", ", ps)})");
            outer.Open();
            outer.Append(_w, 0);
            outer.Directive("#line default");
            outer.Close();
            return outer.ToString();
        }

        private void Line(string s)
        {
            if (_emit)
                _w.Line(s);
        }

        private void Header(Stmt s)
        {
            if (!_emit)
                return;
            string text = _t._m.Map.LineText(s.Lineno).Trim();
            if (text.Length > 0)
                _w.Line("// " + CsNames.CommentText(text));
            _w.Directive($"#line {s.Lineno} \"{_t._m.FilePathForLine}\"");
        }

        private void Open(string header)
        {
            if (_emit)
                _w.Open(header);
        }

        private void Close()
        {
            if (_emit)
                _w.Close();
        }

        private void Statements(List<Stmt> body)
        {
            foreach (var s in body)
                Statement(s);
        }

        private void Statement(Stmt s)
        {
            if (s is Pass || s is ExprStmt { Value: Constant })
                return;
            Header(s);
            switch (s)
            {
                case Assign a when a.Targets.Count == 1 && a.Targets[0] is Name n:
                {
                    var (code, ty) = Expression(a.Value);
                    Assign(n.Id, ty);
                    Line($"{Local(n.Id)} = {Convert(code, ty, Types.TryGetValue(n.Id, out var lt) ? lt : ty)};");
                    break;
                }
                case Assign a when a.Targets.Count == 1 && a.Targets[0] is FrontEnd.Ast.Tuple tt && a.Value is FrontEnd.Ast.Tuple tv &&
                                   tt.Elts.Count == tv.Elts.Count && tt.Elts.All(e => e is Name):
                {
                    var temps = new List<(string, TwinType)>();
                    foreach (var v in tv.Elts)
                    {
                        var (code, ty) = Expression(v);
                        string tmp = "t" + (++_temp).ToString(CultureInfo.InvariantCulture);
                        if (ty is TwinType.Bool)
                            throw Fail();
                        if (ty != TwinType.Unknown)
                            Line($"{CsType(ty)} {tmp} = {code};");
                        temps.Add((tmp, ty));
                    }
                    for (int i = 0; i < temps.Count; i++)
                    {
                        string name = ((Name)tt.Elts[i]).Id;
                        Assign(name, temps[i].Item2);
                        Line($"{Local(name)} = {Convert(temps[i].Item1, temps[i].Item2, Types.TryGetValue(name, out var lt) ? lt : temps[i].Item2)};");
                    }
                    break;
                }
                case AugAssign aa when aa.Target is Name n:
                {
                    var (code, ty) = Binary(aa.Op, n, aa.Value); // (the target, read first: its read is a fact like any)
                    Assign(n.Id, ty);
                    Line($"{Local(n.Id)} = {code};");
                    break;
                }
                case Return r when r.Value is not null:
                {
                    var (code, ty) = Expression(r.Value);
                    if (ty == TwinType.Bool)
                        throw Fail();
                    if (ty != TwinType.Unknown)
                    {
                        if (ReturnType != TwinType.Unknown && ReturnType != ty)
                            throw Fail();
                        ReturnType = ty;
                    }
                    Line($"return {code};");
                    break;
                }
                case If i:
                {
                    string cond = Condition(i.Test);
                    Open($"if ({cond})");
                    Statements(i.Body);
                    Close();
                    if (i.Orelse.Count > 0)
                    {
                        Open("else");
                        Statements(i.Orelse);
                        Close();
                    }
                    break;
                }
                case While wh when wh.Orelse.Count == 0:
                {
                    string cond = Condition(wh.Test);
                    Open($"while ({cond})");
                    _loopDepth++;
                    Statements(wh.Body);
                    _loopDepth--;
                    Close();
                    break;
                }
                case For f when f.Orelse.Count == 0 && f.Target is Name tn &&
                                f.Iter is Call { Func: Name { Id: "range" } rn, Keywords.Count: 0 } call &&
                                call.Args.Count is >= 1 and <= 2 && IsBuiltin(rn.Id):
                {
                    var args = call.Args.Select(Expression).ToList();
                    if (args.Any(a => a.Type is not (TwinType.Long or TwinType.Unknown)))
                        throw Fail();
                    Assign(tn.Id, TwinType.Long);
                    string n = (++_temp).ToString(CultureInfo.InvariantCulture);
                    string start = args.Count == 2 ? args[0].Code : "0";
                    string stop = args[args.Count - 1].Code;
                    Open("");
                    Line($"long start{n} = {start}, stop{n} = {stop};");
                    Open($"for (long c{n} = start{n}; c{n} < stop{n}; c{n}++)");
                    Line($"{Local(tn.Id)} = c{n};");
                    _loopDepth++;
                    Statements(f.Body);
                    _loopDepth--;
                    Close();
                    Close();
                    break;
                }
                case Break when _loopDepth > 0:
                    Line("break;");
                    break;
                case Continue when _loopDepth > 0:
                    Line("continue;");
                    break;
                default:
                    throw Fail();
            }
        }

        private bool IsBuiltin(string name) =>
            !_localNames.Contains(name) && !_t._m.GlobalFields.ContainsKey(name) && BuiltinNames.All.Contains(name);

        private static string Convert(string code, TwinType from, TwinType to)
        {
            if (from == to || from == TwinType.Unknown || to == TwinType.Unknown)
                return code;
            if (from == TwinType.Long && to == TwinType.Double)
                throw Fail(); // a local is int-only or float-only: 1 and 1.0 print differently
            throw Fail();
        }

        private static string ToDouble(string code, TwinType t) => t == TwinType.Long ? $"TypedOps.ToFloat({code})" : code;

        private string Condition(Expr e)
        {
            var (code, ty) = Expression(e);
            return ty switch
            {
                TwinType.Bool => code,
                TwinType.Long => $"({code} != 0)",
                TwinType.Double => $"({code} != 0.0)",
                _ => "true",
            };
        }

        private (string Code, TwinType Type) Expression(Expr e)
        {
            switch (e)
            {
                case Constant { Value: bool b }:
                    return (b ? "true" : "false", TwinType.Bool);
                case Constant { Value: int i }:
                    return (i.ToString(CultureInfo.InvariantCulture) + "L", TwinType.Long);
                case Constant { Value: long l } when l != long.MinValue:
                    return (l.ToString(CultureInfo.InvariantCulture) + "L", TwinType.Long);
                case Constant { Value: BigInteger big } when big > long.MinValue && big <= long.MaxValue:
                    return (((long)big).ToString(CultureInfo.InvariantCulture) + "L", TwinType.Long);
                case Constant { Value: double d } when !double.IsNaN(d) && !double.IsInfinity(d):
                    return (DoubleLiteral(d), TwinType.Double);
                case Name n when _localNames.Contains(n.Id):
                {
                    if (!_facts.IsBound(n))
                        throw Fail(); // possibly unbound: UnboundLocalError is the generic version's business
                    var t = Types.TryGetValue(n.Id, out var known) ? known : TwinType.Unknown;
                    if (_emit && t == TwinType.Unknown)
                        throw Fail();
                    return (Local(n.Id), t);
                }
                case BinOp b:
                    return Binary(b.Op, b.Left, b.Right);
                case UnaryOp u:
                {
                    var (code, ty) = Expression(u.Operand);
                    switch (u.Op)
                    {
                        case UnaryOperator.Not:
                            return ($"!{Truth(code, ty)}", TwinType.Bool);
                        case UnaryOperator.USub when ty == TwinType.Long:
                            return ($"checked(-{code})", ty);
                        case UnaryOperator.USub when ty is TwinType.Double or TwinType.Unknown:
                            return ($"(-{code})", ty);
                        case UnaryOperator.UAdd when ty is TwinType.Long or TwinType.Double or TwinType.Unknown:
                            return (code, ty);
                        case UnaryOperator.Invert when ty is TwinType.Long or TwinType.Unknown:
                            return ($"(~{code})", ty);
                    }
                    throw Fail();
                }
                case Compare c:
                    return Comparison(c);
                case BoolOp bo:
                {
                    var parts = bo.Values.Select(Expression).ToList();
                    if (parts.Any(p => p.Type is not (TwinType.Bool or TwinType.Unknown)))
                        throw Fail();
                    string op = bo.Op == BoolOperator.And ? " && " : " || ";
                    return ("(" + string.Join(op, parts.Select(p => p.Code)) + ")", TwinType.Bool);
                }
                case IfExp ie:
                {
                    string cond = Condition(ie.Test);
                    var a = Expression(ie.Body);
                    var b = Expression(ie.Orelse);
                    var t = Join(a.Type, b.Type);
                    return ($"({cond} ? {a.Code} : {b.Code})", t);
                }
                case Call call when call.Func is Name fname && !_localNames.Contains(fname.Id) && call.Keywords.Count == 0 &&
                                    _t._m.UniqueDefs.TryGetValue(fname.Id, out var g) && _candidates.Contains(g) &&
                                    call.Args.Count == g.Parameters.Count && call.Args.All(a => a is not Starred):
                {
                    var args = call.Args.Select(Expression).ToList();
                    if (args.Any(a => a.Type is not (TwinType.Long or TwinType.Unknown)))
                        throw Fail();
                    var rt = _t._returns.TryGetValue(g, out var r) ? r : TwinType.Unknown;
                    if (_emit && rt is not (TwinType.Long or TwinType.Double))
                        throw Fail();
                    string method = _t.Twins.TryGetValue(g, out var tw) ? tw.Method : g.MethodName + "_T";
                    string global = ModuleState.Global(_t._m.GlobalFields[fname.Id]);
                    // The callee is the global's current value: the def's function, or the generic version decides.
                    // ... and no monitoring tool watches the callee (its twin would run unobserved).
                    // (A twin calling itself needs no check: it runs only after its own entry found its code quiet.)
                    string quiet = g != _fn && _t._m.Instrumenter.UnobservedGuard(g.Node) is { } q ? " && " + q : "";
                    return ($"(ReferenceEquals({global}.Ref, {ModuleState.FunctionObject(g)}){quiet} ? {method}({string.Join(", ", args.Select(a => a.Code))}) : TypedDeopt.Throw<{CsType(rt)}>())", rt);
                }
            }
            throw Fail();
        }

        private static TwinType Join(TwinType a, TwinType b)
        {
            if (a == TwinType.Unknown)
                return b;
            if (b == TwinType.Unknown || a == b)
                return a;
            throw Fail();
        }

        private static string Truth(string code, TwinType t) => t switch
        {
            TwinType.Bool => $"({code})",
            TwinType.Long => $"({code} != 0)",
            TwinType.Double => $"({code} != 0.0)",
            _ => "true",
        };

        private (string Code, TwinType Type) Binary(Operator op, Expr left, Expr right)
        {
            var (a, ta) = Expression(left);
            var (b, tb) = Expression(right);
            if (ta == TwinType.Bool || tb == TwinType.Bool)
                throw Fail();
            if (ta == TwinType.Unknown || tb == TwinType.Unknown)
            {
                // Shape only (inference): the result type once both sides are known.
                return op switch
                {
                    Operator.Div => ("0.0", TwinType.Double),
                    Operator.Add or Operator.Sub or Operator.Mult or Operator.FloorDiv or Operator.Mod =>
                        ("0", ta == TwinType.Double || tb == TwinType.Double ? TwinType.Double : TwinType.Unknown),
                    Operator.BitAnd or Operator.BitOr or Operator.BitXor => ("0", TwinType.Long),
                    _ => throw Fail(),
                };
            }
            if (ta == TwinType.Long && tb == TwinType.Long)
            {
                return op switch
                {
                    Operator.Add => ($"checked({a} + {b})", TwinType.Long),
                    Operator.Sub => ($"checked({a} - {b})", TwinType.Long),
                    Operator.Mult => ($"checked({a} * {b})", TwinType.Long),
                    Operator.FloorDiv => ($"TypedOps.FloorDiv({a}, {b})", TwinType.Long),
                    Operator.Mod => ($"TypedOps.Mod({a}, {b})", TwinType.Long),
                    Operator.Div => ($"TypedOps.TrueDiv({a}, {b})", TwinType.Double),
                    Operator.BitAnd => ($"({a} & {b})", TwinType.Long),
                    Operator.BitOr => ($"({a} | {b})", TwinType.Long),
                    Operator.BitXor => ($"({a} ^ {b})", TwinType.Long),
                    _ => throw Fail(),
                };
            }
            string x = ToDouble(a, ta), y = ToDouble(b, tb);
            return op switch
            {
                Operator.Add => ($"({x} + {y})", TwinType.Double),
                Operator.Sub => ($"({x} - {y})", TwinType.Double),
                Operator.Mult => ($"({x} * {y})", TwinType.Double),
                Operator.Div => ($"TypedOps.TrueDiv({x}, {y})", TwinType.Double),
                Operator.FloorDiv => ($"TypedOps.FloorDiv({x}, {y})", TwinType.Double),
                Operator.Mod => ($"TypedOps.Mod({x}, {y})", TwinType.Double),
                _ => throw Fail(),
            };
        }

        private (string Code, TwinType Type) Comparison(Compare c)
        {
            var operands = new List<Expr> { c.Left };
            operands.AddRange(c.Comparators);
            // A chain evaluates each middle operand once: only plain names and literals in the middle.
            for (int i = 1; i < operands.Count - 1; i++)
            {
                if (operands[i] is not (Name or Constant))
                    throw Fail();
            }
            var lowered = operands.Select(Expression).ToList();
            var parts = new List<string>();
            for (int i = 0; i < c.Ops.Count; i++)
            {
                var (a, ta) = lowered[i];
                var (b, tb) = lowered[i + 1];
                if (ta == TwinType.Bool || tb == TwinType.Bool)
                    throw Fail();
                string op = NativeOperators.Comparison(c.Ops[i]) ?? throw Fail();
                if (ta == TwinType.Long && tb == TwinType.Double)
                    a = $"TypedOps.Exactly({a})";
                else if (ta == TwinType.Double && tb == TwinType.Long)
                    b = $"TypedOps.Exactly({b})";
                parts.Add($"{a} {op} {b}");
            }
            return ("(" + string.Join(" && ", parts) + ")", TwinType.Bool);
        }

        private static string DoubleLiteral(double d)
        {
            if (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0)
                return "-0.0d";
            return PyLiteral.RoundTripString(d) + "d";
        }
    }
}
