using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;

namespace PyAot.Generator.Analysis;

/// <summary>
/// The locals of a function that take part in float arithmetic somewhere in it: a fixpoint over its assignments and
/// arithmetic (a name is floatish when it meets a float literal, a true division or another floatish name in one
/// arithmetic tree, or is assigned from such a tree). Float speculation is tried only on trees that touch floats,
/// and int speculation not on these names. A hint for guarded fast paths, never a type the code relies on.
/// </summary>
internal static class FloatLocals
{
    public static HashSet<string> Of(FunctionDef function)
    {
        var collector = new TreeCollector();
        collector.VisitList(function.Body);
        var set = new HashSet<string>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (targets, tree) in collector.Trees)
            {
                var leaves = new List<string>();
                bool floaty = false;
                ArithmeticLeaves(tree, leaves, ref floaty);
                if (!floaty && !leaves.Any(set.Contains) && !targets.Any(set.Contains))
                    continue;
                foreach (var name in leaves.Concat(targets))
                    changed |= set.Add(name);
            }
        }
        return set;
    }

    /// <summary>Every assignment and arithmetic tree of the function's own scope, with the names it assigns.</summary>
    private sealed class TreeCollector : ScopeWalker
    {
        public readonly List<(List<string> Targets, Expr Tree)> Trees = new();

        public override void VisitAssign(Assign node)
        {
            foreach (var t in node.Targets)
            {
                if (t is Name tn)
                    Trees.Add((new List<string> { tn.Id }, node.Value));
                else if (t is Tuple tt && node.Value is Tuple tv && tt.Elts.Count == tv.Elts.Count)
                {
                    for (int i = 0; i < tt.Elts.Count; i++)
                        Trees.Add((tt.Elts[i] is Name en ? new List<string> { en.Id } : new List<string>(), tv.Elts[i]));
                }
            }
            base.VisitAssign(node);
        }

        public override void VisitAugAssign(AugAssign node)
        {
            Trees.Add((node.Target is Name an ? new List<string> { an.Id } : new List<string>(),
                new BinOp { Left = node.Target, Op = node.Op, Right = node.Value }));
            base.VisitAugAssign(node);
        }

        public override void VisitBinOp(BinOp node)
        {
            Trees.Add((new List<string>(), node));
            base.VisitBinOp(node);
        }

        public override void VisitCompare(Compare node)
        {
            Trees.Add((new List<string>(), node));
            base.VisitCompare(node);
        }
    }

    /// <summary>Name leaves of the arithmetic part of <paramref name="e"/>; <paramref name="floaty"/> when it has a float literal or a true division.</summary>
    public static void ArithmeticLeaves(Expr e, List<string> leaves, ref bool floaty)
    {
        switch (e)
        {
            case Name n:
                leaves.Add(n.Id);
                break;
            case Constant { Value: double }:
                floaty = true;
                break;
            case BinOp b when b.Op is Operator.Add or Operator.Sub or Operator.Mult or Operator.Div or Operator.Pow
                or Operator.Mod or Operator.FloorDiv:
                if (b.Op == Operator.Div)
                    floaty = true;
                ArithmeticLeaves(b.Left, leaves, ref floaty);
                ArithmeticLeaves(b.Right, leaves, ref floaty);
                break;
            case UnaryOp { Op: UnaryOperator.USub } u:
                ArithmeticLeaves(u.Operand, leaves, ref floaty);
                break;
            case Compare { Comparators.Count: 1 } c:
                ArithmeticLeaves(c.Left, leaves, ref floaty);
                ArithmeticLeaves(c.Comparators[0], leaves, ref floaty);
                break;
        }
    }
}
