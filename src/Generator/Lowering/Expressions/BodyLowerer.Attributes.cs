using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Attribute reads, stores and method calls through per-name sites (<c>AttrSites.Get(obj, Cache.attr_x)</c>,
/// <c>AttrSites.Set</c>, <c>AttrSites.CallN</c>): the runtime caches, per class, what the name means for its
/// instances (a slot of the instance layout, a method, a class value), so <c>self.x</c> is a cache check and an
/// array load and <c>obj.m(a)</c> a direct fixed-arity call with <c>self</c> prepended. Any other receiver, and
/// whatever the cache cannot answer, goes through the generic protocol. Dunder names keep the generic calls
/// (<c>__class__</c>, <c>__dict__</c>... have special cases).
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary>Most positional arguments of a method call with its own <c>AttrSites.CallN</c> helper.</summary>
    private const int MaxSiteCallArity = 4;

    private static bool UsesAttrSite(string name) => !(name.StartsWith("__", System.StringComparison.Ordinal) && name.EndsWith("__", System.StringComparison.Ordinal));

    private string AttrSiteField(string name, bool store) =>
        _m.CacheField((store ? "attrset:" : "attr:") + name, (store ? "set_" : "attr_") + CsNames.SanitizeIdentifier(name),
            "AttrSite", $"new AttrSite({CsNames.StringLiteral(name)})");

    /// <summary>The C# expression reading <c>obj.name</c>.</summary>
    private string AttrGetCode(string obj, string name) =>
        UsesAttrSite(name)
            ? $"AttrSites.Get({obj}, {AttrSiteField(name, store: false)})"
            : $"PyOps.GetAttr({obj}, {CsNames.StringLiteral(name)})";

    /// <summary>The C# statement storing <c>obj.name = value</c>.</summary>
    private string AttrSetStatement(string obj, string name, string value) =>
        UsesAttrSite(name)
            ? $"AttrSites.Set({obj}, {AttrSiteField(name, store: true)}, {value});"
            : $"PyOps.SetAttr({obj}, {CsNames.StringLiteral(name)}, {value});";

    /// <summary><c>obj.name(a, b)</c> with positional arguments only: the site's method call.</summary>
    private bool TryAttrSiteCall(Attribute attr, Call c, out CsExpr result)
    {
        result = default;
        if (c.Keywords.Count > 0 || !UsesAttrSite(attr.Attr))
            return false;
        var ops = LowerOperands(new List<Expr> { attr.Value }.Concat(c.Args).ToList());
        string site = AttrSiteField(attr.Attr, store: false);
        var args = ops.Skip(1).Select(o => o.AsValue()).ToList();
        result = args.Count <= MaxSiteCallArity
            ? CsExpr.Value($"AttrSites.Call{args.Count}({string.Join(", ", new[] { ops[0].AsValue(), site }.Concat(args))})")
            : CsExpr.Value($"AttrSites.CallN({ops[0].AsValue()}, {site}, [{string.Join(", ", args)}])");
        return true;
    }
}
