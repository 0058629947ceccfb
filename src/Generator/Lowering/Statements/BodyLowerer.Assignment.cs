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
/// Assignment, augmented assignment and <c>del</c>: the targets (names, attributes, subscripts and slices, unpacking
/// with and without a starred target) in Python's order. Augmented assignment asks the float and int speculation
/// strategies first (<c>FastPaths/</c>).
/// </summary>
internal sealed partial class BodyLowerer
{
    private void Assignment(Assign a)
    {
        if (TrySliceToSlice(a))
            return;
        // a, b = x, y: no tuple is built when both sides have the same shape.
        if (a.Targets.Count == 1 && a.Targets[0] is Tuple or List && a.Value is Tuple or List)
        {
            var targets = Elements(a.Targets[0]);
            var values = Elements(a.Value);
            if (targets.Count == values.Count && values.All(v => v is not Starred) && targets.All(t => t is not Starred))
            {
                var lowered = LowerOperands(values);
                var temps = lowered.Select(v => v.IsConstant ? v.AsValue() : Spill(v.AsValue())).ToList();
                for (int i = 0; i < targets.Count; i++)
                    StoreTo(targets[i], CsExpr.Value(temps[i]), valueIsTemp: true);
                return;
            }
        }
        var value = Lower(a.Value);
        if (a.Targets.Count == 1)
        {
            StoreTo(a.Targets[0], value, valueIsTemp: false);
            return;
        }
        string t = value.IsConstant ? value.AsValue() : Spill(value.AsValue());
        foreach (var target in a.Targets)
            StoreTo(target, CsExpr.Value(t), valueIsTemp: true);
    }

    private static List<Expr> Elements(Expr e) => e switch
    {
        Tuple t => t.Elts,
        List l => l.Elts,
        Set s => s.Elts,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Stores a value into an assignment target. <paramref name="valueIsTemp"/>: the value's code can be
    /// evaluated after the target's subexpressions (a temporary or a constant).</summary>
    private void StoreTo(Expr target, CsExpr value, bool valueIsTemp)
    {
        switch (target)
        {
            case Name n:
                StoreName(n.Id, value.AsValue(), n);
                break;
            case Subscript s:
            {
                string v = valueIsTemp || value.IsConstant ? value.AsValue() : Spill(value.AsValue());
                if (s.Slice is Slice sl) { StoreSlice(s, sl, v); break; }
                var (obj, key) = LowerSubscriptOperands(s);
                _w.Line($"PyOps.SetItem({obj}, {key}, {v});");
                break;
            }
            case Attribute at:
            {
                string v = valueIsTemp || value.IsConstant ? value.AsValue() : Spill(value.AsValue());
                _w.Line(AttrSetStatement(LowerValue(at.Value), at.Attr, v));
                break;
            }
            case Tuple or List:
            {
                var targets = Elements(target);
                string v = value.AsValue();
                int star = targets.FindIndex(x => x is Starred);
                if (star < 0 && targets.Count is 2 or 3)
                {
                    // A leading run of plain-local names is unpacked straight into the locals (Rt.Unpack assigns
                    // its outs only once the length is checked, and storing a local cannot fail, so no store is
                    // reordered); the rest go through temporaries and are stored in order below.
                    int direct = DirectUnpackPrefix(targets);
                    var outs = new List<string>();
                    for (int i = 0; i < targets.Count; i++)
                        outs.Add(i < direct ? NameLvalue(((Name)targets[i]).Id, targets[i]) : NewTemp());
                    _w.Line($"Rt.Unpack({v}, {string.Join(", ", outs.Select(t => "out " + t))});");
                    for (int i = direct; i < targets.Count; i++)
                        StoreTo(targets[i], CsExpr.Value(outs[i]), valueIsTemp: true);
                    break;
                }
                var temps = targets.Select(_ => NewTemp()).ToList();
                if (star >= 0)
                {
                    // a, *rest, z = value: the starred target gets a list of the middle items.
                    string arr = NewBlockLocal("items");
                    _w.Line($"var {arr} = Rt.UnpackStarred({v}, {star}, {targets.Count - star - 1});");
                    for (int i = 0; i < temps.Count; i++)
                        _w.Line($"{temps[i]} = {arr}[{i}];");
                    for (int i = 0; i < targets.Count; i++)
                        StoreTo(targets[i] is Starred st ? st.Value : targets[i], CsExpr.Value(temps[i]), valueIsTemp: true);
                    break;
                }
                else
                {
                    string arr = NewBlockLocal("items");
                    _w.Line($"var {arr} = Rt.UnpackSpan({v}, {temps.Count});");
                    for (int i = 0; i < temps.Count; i++)
                        _w.Line($"{temps[i]} = {arr}[{i}];");
                }
                for (int i = 0; i < targets.Count; i++)
                    StoreTo(targets[i], CsExpr.Value(temps[i]), valueIsTemp: true);
                break;
            }
            default:
                NotSupported($"assigning to '{target.PythonName}' is", target);
                break;
        }
    }

    /// <summary>How many leading targets of an unpacking are distinct names stored in plain C# locals (which
    /// <c>Rt.Unpack</c> can assign through <c>out</c>).</summary>
    private int DirectUnpackPrefix(List<Expr> targets)
    {
        var seen = new HashSet<string>();
        int n = 0;
        foreach (var t in targets)
        {
            if (t is not Name name || !seen.Add(name.Id))
                break;
            var (kind, id) = Storage(name.Id, name);
            if (kind is not (StorageKind.Local or StorageKind.ComprehensionVariable) || id is null || !IsPlainIdentifier(id))
                break;
            n++;
        }
        return n;
    }

    private static bool IsPlainIdentifier(string id)
    {
        if (id.Length == 0 || !(char.IsLetter(id[0]) || id[0] == '_' || id[0] == '@'))
            return false;
        for (int i = 1; i < id.Length; i++)
        {
            if (!(char.IsLetterOrDigit(id[i]) || id[i] == '_'))
                return false;
        }
        return true;
    }

    private void AugmentedAssignment(AugAssign aa)
    {
        string method = "PyOps.Inplace" + OperatorMethod(aa.Op);
        switch (aa.Target)
        {
            case Name n when IsClassNamespaceName(n.Id, n):
            {
                string read = LoadName(n).Code;
                string value = LowerValue(aa.Value);
                StoreName(n.Id, $"{method}({read}, {value})", n);
                break;
            }
            case Name n:
            {
                string lv = NameLvalue(n.Id, n);
                string read = LoadName(n).Code;
                if (read == lv && (TryFloatInplace(lv, n.Id, aa.Op, aa.Value, method) ?? TryIntInplace(lv, n.Id, aa.Op, aa.Value, method)) is { } speculated)
                {
                    _w.Line(AssignStatement(lv, speculated));
                }
                else
                {
                    if (NeedsStatements(aa.Value))
                        read = Spill(read); // read before the value is evaluated (a yield, a walrus in a comprehension)
                    string value = LowerValue(aa.Value);
                    _w.Line(AssignStatement(lv, $"{method}({read}, {value})"));
                }
                break;
            }
            case Subscript s:
            {
                if (TryItemInplaceInt(s, aa))
                    break;
                if (TrySubscriptFloatInplace(s, aa.Op, aa.Value, method))
                    break;
                string obj = Spill(LowerValue(s.Value));
                string idx = Spill(LowerValue(s.Slice));
                string current = $"PyOps.GetItem({obj}, {idx})";
                if (NeedsStatements(aa.Value))
                    current = Spill(current);
                string value = LowerValue(aa.Value);
                string r = Spill($"{method}({current}, {value})");
                _w.Line($"PyOps.SetItem({obj}, {idx}, {r});");
                break;
            }
            case Attribute at:
            {
                string obj = Spill(LowerValue(at.Value));
                string current = AttrGetCode(obj, at.Attr);
                if (NeedsStatements(aa.Value))
                    current = Spill(current);
                string value = LowerValue(aa.Value);
                string r = Spill($"{method}({current}, {value})");
                _w.Line(AttrSetStatement(obj, at.Attr, r));
                break;
            }
            default:
                NotSupported($"augmented assignment to '{aa.Target.PythonName}' is", aa.Target);
                break;
        }
    }

    private void DeleteTarget(Expr t)
    {
        switch (t)
        {
            case Name n when IsClassNamespaceName(n.Id, n):
                _w.Line($"{Storage(n.Id, n).Id}.Delete({CsNames.StringLiteral(n.Id)});");
                break;
            case Name n:
            {
                var (kind, id) = Storage(n.Id, n);
                string lv = NameLvalue(n.Id, n);
                string check = kind switch
                {
                    StorageKind.Global => "DeleteGlobal",
                    StorageKind.Free => "DeleteFree",
                    _ => "DeleteLocal",
                };
                _w.Line($"{lv} = Rt.{check}({lv}, {CsNames.StringLiteral(n.Id)});");
                break;
            }
            case Subscript { Slice: Slice sl } ss:
                DeleteSlice(ss, sl);
                break;
            case Subscript s:
            {
                var ops = LowerOperands(new List<Expr> { s.Value, s.Slice });
                _w.Line($"PyOps.DelItem({ops[0].AsValue()}, {ops[1].AsValue()});");
                break;
            }
            case Attribute a:
                _w.Line($"PyOps.DelAttr({LowerValue(a.Value)}, {CsNames.StringLiteral(a.Attr)});");
                break;
            case Tuple or List:
                foreach (var e in Elements(t))
                    DeleteTarget(e);
                break;
            default:
                NotSupported($"deleting '{t.PythonName}' is", t);
                break;
        }
    }
}
