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

/// <summary>f-strings (PEP 701): the parts concatenated as a C# string, each <c>{value!conv:spec}</c> formatted.</summary>
internal sealed partial class BodyLowerer
{
    private CsExpr FString(JoinedStr js)
    {
        var parts = new List<string>();
        foreach (var v in js.Values)
        {
            if (v is Constant { Value: string s })
                parts.Add(CsNames.StringLiteral(s));
            else if (v is FormattedValue fv)
                parts.Add(FormattedPart(fv));
            else
                parts.Add(Lower(v).AsString());
        }
        return parts.Count switch
        {
            0 => new CsExpr("\"\"", CsType.String, isConstant: true),
            1 => CsExpr.Str(parts[0]),
            _ => CsExpr.Str($"string.Concat({string.Join(", ", parts)})"),
        };
    }

    /// <summary>{value!conv:spec}: the conversion (repr/str/ascii), then format() with the (possibly nested) spec.</summary>
    private string FormattedPart(FormattedValue fv)
    {
        string value = LowerValue(fv.Value);
        string spec = fv.FormatSpec is null ? "\"\"" : Lower(fv.FormatSpec).AsString();
        string? converted = fv.Conversion switch
        {
            's' => $"PyOps.Str({value})",
            'r' => $"PyOps.Repr({value})",
            'a' => $"PyOps.Ascii({value})",
            _ => null,
        };
        if (converted is not null)
            return fv.FormatSpec is null ? converted : $"PyOps.Format(PyValue.FromString({converted}), {spec})";
        return $"PyOps.Format({value}, {spec})";
    }
}
