using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Lowering.Instrumentation;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Method calls of the built-in str, list, dict and set: <c>x.m(args)</c> with a common method name and positional
/// arguments is lowered to a guarded direct call, <c>BuiltinMethods.M(x, args)</c>, instead of the name-based
/// <c>PyOps.CallMethod(x, "m", [args], null)</c>. The runtime helper runs the method directly when the receiver is
/// the built-in type (exact: the runtime's container types are sealed and a str is a .NET string) and the
/// arguments have the usual types; otherwise it makes the generic call, so a user class with a method of that name,
/// a bound method taken as a value or a wrong argument behaves exactly as before.
/// <para>
/// In a <c>for</c> loop or a comprehension, <c>s.split()</c> and <c>s.splitlines()</c> iterate lazily (the list is
/// never observable there): one substring at a time instead of a list of them all.
/// </para>
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>(method name, positional argument count) → the runtime helper.</summary>
    private static readonly Dictionary<(string, int), string> BuiltinMethodHelpers = new()
    {
        [("lower", 0)] = "Lower",
        [("upper", 0)] = "Upper",
        [("capitalize", 0)] = "Capitalize",
        [("strip", 0)] = "Strip",
        [("lstrip", 0)] = "LStrip",
        [("rstrip", 0)] = "RStrip",
        [("strip", 1)] = "Strip",
        [("lstrip", 1)] = "LStrip",
        [("rstrip", 1)] = "RStrip",
        [("split", 0)] = "Split",
        [("split", 1)] = "Split",
        [("split", 2)] = "Split",
        [("splitlines", 0)] = "SplitLines",
        [("join", 1)] = "Join",
        [("startswith", 1)] = "StartsWith",
        [("endswith", 1)] = "EndsWith",
        [("replace", 2)] = "Replace",
        [("find", 1)] = "Find",
        [("count", 1)] = "Count",
        [("append", 1)] = "Append",
        [("extend", 1)] = "Extend",
        [("insert", 2)] = "Insert",
        [("pop", 0)] = "Pop",
        [("pop", 1)] = "Pop",
        [("pop", 2)] = "Pop",
        [("get", 1)] = "Get",
        [("get", 2)] = "Get",
        [("items", 0)] = "Items",
        [("keys", 0)] = "Keys",
        [("values", 0)] = "Values",
        [("setdefault", 2)] = "SetDefault",
        [("add", 1)] = "Add",
        [("discard", 1)] = "Discard",
    };

    /// <summary>Whether <paramref name="attr"/>'s receiver is worth a built-in guard: not <c>self</c> (a user instance, left to instance method calls).</summary>
    private static bool BuiltinReceiverCandidate(Attribute attr) => attr.Value is not Name { Id: "self" };

    /// <summary><c>x.m(args)</c> → <c>BuiltinMethods.M(x, args)</c> for the methods in <see cref="BuiltinMethodHelpers"/>.</summary>
    private bool TryBuiltinMethodCall(Attribute attr, Call c, out CsExpr result)
    {
        result = default;
        if (c.Keywords.Count > 0 || c.Args.Any(a => a is Starred) || !BuiltinReceiverCandidate(attr) ||
            !BuiltinMethodHelpers.TryGetValue((attr.Attr, c.Args.Count), out var helper))
            return false;
        var ops = LowerOperands(new List<Expr> { attr.Value }.Concat(c.Args).ToList());
        result = CsExpr.Value($"BuiltinMethods.{helper}({string.Join(", ", ops.Select(o => o.AsValue()))})");
        return true;
    }

    /// <summary>
    /// The iterable of a <c>for</c> loop or comprehension generator, when it is <c>s.split()</c> or
    /// <c>s.splitlines()</c>: a lazy iterator over a str receiver (else the method's generic result).
    /// </summary>
    private bool TryBuiltinIterationCursor(Expr iter, out LoopCursor cursor)
    {
        cursor = default;
        if (iter is not Call { Func: Attribute attr } c || c.Args.Count != 0 || c.Keywords.Count != 0 ||
            attr.Attr is not ("split" or "splitlines") || !BuiltinReceiverCandidate(attr))
            return false;
        string helper = attr.Attr == "split" ? "SplitIter" : "SplitLinesIter";
        string receiver = LowerShared(new[] { attr.Value })[0].AsValue();
        var shape = _e.ObservesCalls ? CallShape.OfMethod(receiver, attr.Attr, System.Array.Empty<string>()) : null;
        cursor = LoopCursor.Iterator($"IterLoop.Start({_e.Call(c, shape, $"BuiltinMethods.{helper}({receiver})")})");
        return true;
    }
}
