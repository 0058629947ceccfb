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
        // A part that writes statements (a LINE point's temporary, a call's spilled operand) comes after the parts
        // before it: those are computed into temporaries first, in order (a constant part without points may wait).
        int spillBefore = -1;
        for (int i = js.Values.Count - 1; i >= 0 && spillBefore < 0; i--)
        {
            if (NeedsStatements(js.Values[i]))
                spillBefore = i;
        }
        var parts = new List<string>();
        for (int i = 0; i < js.Values.Count; i++)
        {
            var v = js.Values[i];
            string part = v switch
            {
                Constant { Value: string s } => CsNames.StringLiteral(s),
                FormattedValue fv => FormattedPart(fv),
                _ => Lower(v).AsString(),
            };
            // (a constant part and FORMAT_VALUE have the LINE points of the statement's plan here, not in Lower)
            bool marked = false;
            if (TakeLineMark(v, out var mark))
            {
                string withPoints = WithLinePoints(v, part, mark);
                marked = withPoints != part;
                part = withPoints;
            }
            bool spill = i < spillBefore && (marked || v is not Constant);
            parts.Add(spill ? $"PyOps.Str({Spill($"PyValue.FromString({part})")})" : part);
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
