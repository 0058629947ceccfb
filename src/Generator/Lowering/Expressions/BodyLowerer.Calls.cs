using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using PyAot.Generator.Lowering.Instrumentation;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Calls: the strategies a call site is lowered by, asked in order (zero-argument <c>super()</c>, direct builtins,
/// guarded direct calls of module functions, imported runtime functions, <c>print</c>, <c>list.append</c>, builtin
/// modules' and builtin types' methods, attribute-site caches), then the generic protocol (<c>PyOps.Call</c>,
/// fixed-arity <c>Call0..3</c>, <c>CallMethod</c>, <c>CallEx</c> for <c>*args</c>/<c>**kwargs</c>). The emitter sees
/// every call once (<c>Emitter.Call</c>, in <c>Lower</c>).
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>A call of a callable value (a local holding a function or a bound method) with up to three
    /// positional arguments: <c>PyOps.Call0..Call3</c>, no argument span; null when the call has another shape.</summary>
    private static string? FixedArityCall(List<string> operands, int keywordCount)
    {
        int args = operands.Count - 1;
        if (keywordCount != 0 || args > 3)
            return null;
        return $"PyOps.Call{args}({string.Join(", ", operands)})";
    }

    /// <summary>
    /// A call with <c>*iterable</c> or <c>**mapping</c> arguments (CPython's CALL_FUNCTION_EX): the callee, then the
    /// positional arguments into a list, then the keywords into a dict, then one call.
    /// </summary>
    private CsExpr LowerCallWithUnpacking(Call c)
    {
        string func = c.Func is Attribute attr
            ? Spill($"PyOps.GetAttr({LowerValue(attr.Value)}, {CsNames.StringLiteral(attr.Attr)})")
            : Spill(LowerValue(c.Func));
        string pos = Holder("PyList", "args", "new PyList()", c);
        foreach (var a in c.Args)
        {
            if (a is Starred st)
                _w.Line($"Rt.ExtendStarArgs({pos}, {LowerValue(st.Value)}, {func});");
            else
                _w.Line($"{pos}.Append({LowerValue(a)});");
        }
        string kw = "null";
        if (c.Keywords.Count > 0)
        {
            kw = Holder("PyDict", "kwargs", "new PyDict()", c);
            foreach (var k in c.Keywords)
            {
                if (k.Arg is null)
                    _w.Line($"Rt.MergeKeywords({kw}, {LowerValue(k.Value)}, {func});");
                else
                    _w.Line($"Rt.AddKeyword({kw}, {CsNames.StringLiteral(k.Arg)}, {LowerValue(k.Value)}, {func});");
            }
        }
        string r = NewTemp();
        var shape = _e.ObservesCalls ? new CallShape(CallForm.Unpacked, func, new[] { pos, kw }) : null;
        _w.Line($"{r} = {_e.Call(c, shape, $"Rt.CallEx({func}, {pos}, {kw})")};");
        return CsExpr.Value(r);
    }

    /// <summary>
    /// A call PEP 695's scopes make of the library typing module's helpers (<see cref="TypeParameterScopes"/>): what
    /// CPython does in C (its intrinsics make type parameters and aliases), so no event is raised for the call or for
    /// the Python code it runs, the import of typing included.
    /// </summary>
    private CsExpr TypingIntrinsic(string function, List<Expr> args)
    {
        var operands = LowerOperands(args).Select(a => a.AsValue()).ToList();
        return CsExpr.Value($"Instrument.Unobserved(static () => PyValue.FromObject({ModuleNaming.QualifiedClassName("typing")}.Import()), " +
                            $"{CsNames.StringLiteral(function)}, [{string.Join(", ", operands)}])");
    }

    /// <summary>Operands lowered once before a call's strategies run, which lower them again (<see cref="Lower"/> and
    /// <see cref="LowerCondition"/> answer from here): the call's generic form and its fast form share them.</summary>
    private readonly Dictionary<Expr, CsExpr> _preLowered = new();

    /// <summary>A call expression, through the emitter. When the instrumenter observes calls, it is given the call's
    /// generic form (<see cref="CallShape"/>) beside the fast form the strategies choose.</summary>
    private CsExpr LowerCallSite(Call c)
    {
        if (c.Func is Attribute { Value: Name { Id: TypeParameterScopes.TypingModuleName } } intrinsic)
            return TypingIntrinsic(intrinsic.Attr, c.Args);
        if (c.Func is Name { Id: "globals" } g && c.Args.Count == 0 && c.Keywords.Count == 0 && IsBuiltin(g))
        {
            // The module's namespace (a module that calls globals() keeps its globals in it: GlobalsDictUse).
            const string globals = "PyValue.FromObject(Globals.Dict)";
            if (!_e.ObservesCalls)
                return _e.Call(c, null, CsExpr.Value(globals));
            return _e.Call(c, CallShape.Of("Rt.GlobalsBuiltin(Globals.Dict)", new List<string>(), "null"), CsExpr.Value(globals));
        }
        if (c.Func is Name { Id: "locals" or "vars" or "dir" } reader && c.Args.Count == 0 && c.Keywords.Count == 0
            && (IsBuiltin(reader) || InClassBodyOfMethod() && new Analysis.MissingBuiltins(_m.Table).IsUnbound(reader.Id)))
        {
            var names = ScopeNames(reader.Id, c);
            if (!_e.ObservesCalls)
                return _e.Call(c, null, names);
            // (the generic form a tool's CALL sees calls a builtin that returns what the function has now)
            string value = Spill(names.AsValue());
            return _e.Call(c, CallShape.Of($"Rt.ScopeReader({CsNames.StringLiteral(reader.Id)}, {value})", new List<string>(), "null"), CsExpr.Value(value));
        }
        // (A call with * or ** unpacking passes the emitter itself, with its own generic form.)
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null))
            return LowerCallWithUnpacking(c);
        if (!_e.ObservesCalls)
            return _e.Call(c, null, LowerCall(c));
        if (IsZeroArgumentSuper(c))
        {
            var (cls, self) = SuperOperands(c);
            return _e.Call(c, new CallShape(CallForm.Super, _m.BuiltinRef("super"), new[] { cls, self }), CsExpr.Value($"Rt.Super({cls}, {self})"));
        }
        var shape = PreLowerCall(c);
        try
        {
            return _e.Call(c, shape, LowerCall(c));
        }
        finally
        {
            _preLowered.Remove(c.Func is Attribute a ? a.Value : c.Func);
            foreach (var arg in c.Args)
                _preLowered.Remove(arg);
            foreach (var k in c.Keywords)
                _preLowered.Remove(k.Value);
        }
    }

    /// <summary>Lowers the callee (the receiver of a method call; nothing for a builtin) and the arguments of
    /// <paramref name="c"/> once, for its strategies to reuse; returns its generic form.</summary>
    private CallShape PreLowerCall(Call c)
    {
        Expr? callee = c.Func is Name n0 && IsBuiltin(n0) ? null : CallOperands.Callee(c);
        var parts = CallOperands.Of(c).Skip(callee is null ? 1 : 0).ToList();
        var lowered = LowerShared(parts);
        for (int i = 0; i < parts.Count; i++)
            _preLowered[parts[i]] = lowered[i];
        var args = lowered.Skip(callee is null ? 0 : 1).Select(o => o.AsValue()).ToList();
        string kw = c.Keywords.Count == 0 ? "null" : _m.KwNames(c.Keywords.Select(k => k.Arg!).ToList());
        return c.Func switch
        {
            Name n when callee is null => CallShape.Of(_m.BuiltinRef(n.Id), args, kw),
            Attribute a => CallShape.OfMethod(lowered[0].AsValue(), a.Attr, args, kw) with
            {
                Site = c.Keywords.Count == 0 && UsesAttrSite(a.Attr) ? AttrSiteField(a.Attr, store: false) : null,
            },
            _ => CallShape.Of(lowered[0].AsValue(), args, kw),
        };
    }

    /// <summary>
    /// A call's operands lowered once, left to right, for its fast form and its generic form to share, which both write
    /// them. Under an instrumenter that observes calls, an operand that is not simple (<see cref="CallOperands.IsSimple"/>:
    /// a call, whose instrumented form would be written twice over, or an operation, which
    /// may declare the out variables of a speculation) is spilled to a temporary, and so is every operand before it, so
    /// that each is evaluated once and in Python's order; <see cref="NeedsStatementsFact"/> knows such a call writes
    /// statements. Without one, the same as <see cref="LowerOperands"/>.
    /// </summary>
    private List<CsExpr> LowerShared(IReadOnlyList<Expr> ops) =>
        _e.ObservesCalls
            ? LowerInOrder(ops, spillBefore: LastIndex(ops, op => !CallOperands.IsSimple(op)) + 1)
            : LowerOperands(ops);

    private bool IsZeroArgumentSuper(Call c) =>
        c.Func is Name { Id: "super" } sn && c.Args.Count == 0 && c.Keywords.Count == 0 && IsBuiltin(sn) &&
        _fn is { } method && method.FreeVars.Contains("__class__") && method.Parameters.Count > 0 && _scope == _functionScope;

    /// <summary>Zero-argument super(): the class from the method's __class__ cell, the first argument as self.</summary>
    private (string Class, string Self) SuperOperands(Call c) =>
        ($"Rt.Free({_free["__class__"]}.Value, \"__class__\")", LoadName(Facts.SuperSelfRead(c)).Code);

    private CsExpr LowerCall(Call c)
    {
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null))
            return LowerCallWithUnpacking(c);
        var kwNames = c.Keywords.Select(k => k.Arg!).ToList();
        if (IsZeroArgumentSuper(c))
        {
            var (cls, self) = SuperOperands(c);
            return CsExpr.Value($"Rt.Super({cls}, {self})");
        }
        if (c.Func is Name fname && kwNames.Count == 0)
        {
            if (IsBuiltin(fname))
            {
                if (TryBuiltinCall(fname.Id, c, out var special))
                    return special;
            }
            else if (IsGlobal(fname) &&
                     _m.UniqueDefs.TryGetValue(fname.Id, out var fn) &&
                     c.Args.Count >= fn.RequiredCount && c.Args.Count <= fn.Parameters.Count)
            {
                // Guarded direct call: the helper calls the static method when the global still holds the function
                // object the def created (the global is read first, as Python evaluates the callee first).
                fn.CallArities.Add(c.Args.Count);
                var ops = LowerOperands(new List<Expr> { c.Func }.Concat(c.Args).ToList());
                return CsExpr.Value($"{ModuleState.CallHelper(fn)}({string.Join(", ", ops.Select(o => o.AsValue()))})");
            }
            else if (TryImportedFunctionCall(fname, c, out var imported))
            {
                return imported;
            }
        }
        if (c.Func is Name pn && pn.Id == "print" && IsBuiltin(pn) && TryPrintArguments(c, out var printArgs))
            return CsExpr.Value($"Rt.Print({printArgs})");
        string kw = kwNames.Count == 0 ? "null" : _m.KwNames(kwNames);
        if (c.Func is Attribute { Attr: "append" } app && c.Args.Count == 1 && kwNames.Count == 0)
        {
            // The commonest method call: lists append without the method lookup (any other object: the protocol).
            var ops = LowerOperands(new List<Expr> { app.Value, c.Args[0] });
            return CsExpr.Value($"Rt.CallAppend({ops[0].AsValue()}, {ops[1].AsValue()})");
        }
        if (c.Func is Attribute { Value: Name moduleName } moduleAttr && TryBuiltinModuleCall(moduleName, moduleAttr.Attr, c, out var direct))
            return direct;
        if (c.Func is Attribute builtinAttr && TryBuiltinMethodCall(builtinAttr, c, out var builtinCall))
            return builtinCall;
        if (c.Func is Attribute siteAttr && TryAttrSiteCall(siteAttr, c, out var siteCall))
            return siteCall;
        if (c.Func is Attribute attr)
        {
            var ops = LowerOperands(new List<Expr> { attr.Value }.Concat(c.Args).Concat(c.Keywords.Select(k => k.Value)).ToList());
            string args = Span(ops.Skip(1).Select(o => o.AsValue()).ToList());
            return CsExpr.Value($"PyOps.CallMethod({ops[0].AsValue()}, {CsNames.StringLiteral(attr.Attr)}, {args}, {kw})");
        }
        var all = LowerOperands(new List<Expr> { c.Func }.Concat(c.Args).Concat(c.Keywords.Select(k => k.Value)).ToList());
        if (FixedArityCall(all.Select(o => o.AsValue()).ToList(), c.Keywords.Count) is { } fixedCall)
            return CsExpr.Value(fixedCall);
        return CsExpr.Value($"PyOps.Call({all[0].AsValue()}, {Span(all.Skip(1).Select(o => o.AsValue()).ToList())}, {kw})");
    }

    private static string Span(List<string> items) =>
        items.Count == 0 ? "ReadOnlySpan<PyValue>.Empty" : "[" + string.Join(", ", items) + "]";

    /// <summary>
    /// Builtins called with positional arguments the runtime has a direct entry point for: a static call, no
    /// argument span, no lookup. Key: name and argument count; value: the C# method (the arguments are appended).
    /// </summary>
    private static readonly Dictionary<(string, int), string> DirectBuiltins = new()
    {
        [("len", 1)] = "Builtins.Len",
        [("int", 0)] = "Builtins.Int",
        [("int", 1)] = "Builtins.Int",
        [("int", 2)] = "Builtins.Int",
        [("float", 0)] = "Builtins.Float",
        [("float", 1)] = "Builtins.Float",
        [("str", 1)] = "Builtins.Str",
        [("repr", 1)] = "Builtins.Repr",
        [("ascii", 1)] = "Builtins.Ascii",
        [("bool", 1)] = "Builtins.Bool",
        [("abs", 1)] = "Builtins.Abs",
        [("list", 0)] = "Builtins.List",
        [("list", 1)] = "Builtins.List",
        [("tuple", 0)] = "Builtins.Tuple",
        [("tuple", 1)] = "Builtins.Tuple",
        [("chr", 1)] = "Builtins.Chr",
        [("ord", 1)] = "Builtins.Ord",
        [("hex", 1)] = "Builtins.Hex",
        [("oct", 1)] = "Builtins.Oct",
        [("bin", 1)] = "Builtins.Bin",
        [("divmod", 2)] = "Builtins.Divmod",
        [("hash", 1)] = "Builtins.Hash",
        [("isinstance", 2)] = "Builtins.Isinstance",
        [("callable", 1)] = "Builtins.Callable",
        [("type", 1)] = "Builtins.Type",
        [("iter", 1)] = "Builtins.Iter",
        [("any", 1)] = "Builtins.Any",
        [("all", 1)] = "Builtins.All",
    };

    private bool TryBuiltinCall(string name, Call c, out CsExpr result)
    {
        result = default;
        if (c.Keywords.Count > 0 || c.Args.Any(a => a is Starred))
            return false;
        int n = c.Args.Count;
        if (DirectBuiltins.TryGetValue((name, n), out var method))
        {
            var args = LowerOperands(c.Args).Select(a => a.AsValue());
            result = CsExpr.Value($"{method}({string.Join(", ", args)})");
            return true;
        }
        switch (name)
        {
            case "str" when n == 0:
                result = new CsExpr("\"\"", CsType.String, isConstant: true);
                return true;
            case "min" or "max" when n >= 1:
            {
                var args = LowerOperands(c.Args).Select(a => a.AsValue()).ToList();
                result = CsExpr.Value($"Builtins.{(name == "min" ? "Min" : "Max")}({Span(args)})");
                return true;
            }
            case "sum" when n is 1 or 2:
            {
                var args = LowerOperands(c.Args).Select(a => a.AsValue()).ToList();
                result = CsExpr.Value($"Builtins.Sum({args[0]}, {(n == 2 ? args[1] : "default")})");
                return true;
            }
            case "round" when n is 1 or 2:
            {
                var args = LowerOperands(c.Args).Select(a => a.AsValue()).ToList();
                result = CsExpr.Value($"Builtins.Round({args[0]}, {(n == 2 ? args[1] : "default")})");
                return true;
            }
            case "sorted" when n == 1:
                result = CsExpr.Value($"Builtins.Sorted({LowerValue(c.Args[0])}, PyValue.None, false)");
                return true;
        }
        return false;
    }

    /// <summary><c>print(...)</c> as a statement calls the runtime's print directly (sep/end/flush keywords).</summary>
    private bool TryPrintStatement(Call c)
    {
        // (An observed call is an expression: the instrumented form chooses between it and the generic call.)
        if (c.Func is not Name { Id: "print" } pn || !IsBuiltin(pn) || _e.ObservesCalls)
            return false;
        if (!TryPrintArguments(c, out var args))
            return false;
        _w.Line(_e.Call(c, null, $"Builtins.Print({args})") + ";");
        return true;
    }

    private bool TryPrintArguments(Call c, out string args)
    {
        args = "";
        if (c.Keywords.Any(k => k.Arg is not ("sep" or "end" or "flush")) || c.Args.Any(a => a is Starred))
            return false;
        var exprs = new List<Expr>(c.Args);
        exprs.AddRange(c.Keywords.Select(k => k.Value));
        var ops = LowerOperands(exprs);
        var positional = ops.Take(c.Args.Count).Select(o => o.AsValue()).ToList();
        string sep = "PyValue.None", end = "PyValue.None", flush = "false";
        for (int i = 0; i < c.Keywords.Count; i++)
        {
            var v = ops[c.Args.Count + i];
            switch (c.Keywords[i].Arg)
            {
                case "sep":
                    sep = v.AsValue();
                    break;
                case "end":
                    end = v.AsValue();
                    break;
                case "flush":
                    flush = v.AsCondition();
                    break;
            }
        }
        args = $"{Span(positional)}, {sep}, {end}, {flush}";
        return true;
    }
}
