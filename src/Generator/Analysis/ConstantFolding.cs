using System;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Analysis;

/// <summary>
/// Which expressions CPython 3.12's AST optimizer (<c>Python/ast_opt.c</c>) turns into constants before it compiles
/// them: constants, unary and binary operators on constants within its size limits (<c>safe_multiply</c>,
/// <c>safe_power</c>, <c>safe_lshift</c>, <c>safe_mod</c>), tuples of constants. A folded expression compiles to one
/// LOAD_CONST on its own line, whatever lines its parts were on, so where its instructions' lines change depends on it
/// (<see cref="ExpressionLines"/>). Cases this model cannot decide (a subscript of constants, complex numbers) are
/// <see cref="Unknown"/>: the caller gives up rather than guess.
/// </summary>
internal static class ConstantFolding
{
    /// <summary>The folding of an expression could not be decided.</summary>
    internal sealed class Unknown : Exception
    {
    }

    private const int MaxIntSize = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;

    /// <summary>Whether <paramref name="e"/> folds to a constant (its value in <paramref name="value"/>); throws
    /// <see cref="Unknown"/> where the model does not decide.</summary>
    public static bool Folds(Expr e, out object? value)
    {
        value = null;
        switch (e)
        {
            case Constant c:
                if (c.Value is Complex)
                    throw new Unknown();
                value = c.Value is long or int ? new BigInteger(Convert.ToInt64(c.Value)) : c.Value;
                return true;
            case UnaryOp u:
                if (!Folds(u.Operand, out var operand))
                    return false;
                return Unary(u.Op, operand, out value);
            case BinOp b:
                if (!Folds(b.Left, out var left) | !Folds(b.Right, out var right))
                    return false;
                return Binary(b.Op, left, right, out value);
            case Tuple t when t.Elts.TrueForAll(x => x is not Starred):
                foreach (var x in t.Elts)
                {
                    if (!Folds(x, out _))
                        return false;
                }
                value = t; // (a tuple constant: its items are not needed by any check here)
                return true;
            case Subscript { Value: Constant, Slice: Constant }:
                throw new Unknown();
            default:
                return false;
        }
    }

    private static bool Unary(UnaryOperator op, object? v, out object? value)
    {
        value = null;
        switch (op, v)
        {
            case (UnaryOperator.USub, BigInteger i):
                value = -i;
                return true;
            case (UnaryOperator.USub, bool b):
                value = b ? BigInteger.MinusOne : BigInteger.Zero;
                return true;
            case (UnaryOperator.USub, double d):
                value = -d;
                return true;
            case (UnaryOperator.UAdd, BigInteger or double):
                value = v;
                return true;
            case (UnaryOperator.UAdd, bool b):
                value = b ? BigInteger.One : BigInteger.Zero;
                return true;
            case (UnaryOperator.Invert, BigInteger i):
                value = -i - 1;
                return true;
            case (UnaryOperator.Invert, bool b):
                value = b ? new BigInteger(-2) : BigInteger.MinusOne;
                return true;
            case (UnaryOperator.Not, _):
                value = !Truth(v);
                return true;
            case (UnaryOperator.USub or UnaryOperator.UAdd or UnaryOperator.Invert, string or byte[] or null or Tuple or EllipsisValue):
                return false; // (a TypeError at run time: not folded)
            default:
                throw new Unknown();
        }
    }

    private static bool Truth(object? v) => v switch
    {
        null => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0,
        string s => s.Length > 0,
        byte[] bytes => bytes.Length > 0,
        Tuple t => t.Elts.Count > 0,
        _ => throw new Unknown(),
    };

    private static object? Numeric(object? v) => v is bool b ? (b ? BigInteger.One : BigInteger.Zero) : v;

    private static bool Binary(Operator op, object? l, object? r, out object? value)
    {
        value = null;
        l = Numeric(l);
        r = Numeric(r);
        if (l is BigInteger a && r is BigInteger b)
            return IntBinary(op, a, b, out value);
        if (l is BigInteger or double && r is BigInteger or double)
            return FloatBinary(op, ToDouble(l), ToDouble(r), out value);
        if (op == Operator.Add && l is string x && r is string y)
        {
            value = x + y;
            return true;
        }
        if (op == Operator.Add && l is byte[] xb && r is byte[] yb)
        {
            value = new byte[xb.Length + yb.Length];
            return true;
        }
        if (op == Operator.Mult && (l is BigInteger || r is BigInteger) && (l is string or byte[] or Tuple || r is string or byte[] or Tuple))
        {
            // safe_multiply: a repeated sequence within the size limits
            var n = l is BigInteger ln ? ln : (BigInteger)r!;
            object sequence = l is BigInteger ? r! : l!;
            int length = sequence switch { string str => str.Length, byte[] bytes => bytes.Length, _ => ((Tuple)sequence).Elts.Count };
            int limit = sequence is Tuple ? MaxCollectionSize : MaxStrSize;
            if (n.Sign > 0 && length > 0 && (n > limit || length * (long)n > limit))
                return false;
            if (sequence is Tuple)
                throw new Unknown(); // (folded, but its length would be needed later: rare enough to give up)
            int total = n.Sign <= 0 ? 0 : length * (int)n;
            value = sequence is string ? new string('x', total) : new byte[total];
            return true;
        }
        if (op == Operator.Mod && l is string or byte[])
            return false; // (safe_mod: %-formatting is never folded)
        if (l is string or byte[] or Tuple or null || r is string or byte[] or Tuple or null)
            return false; // (a TypeError at run time: not folded)
        throw new Unknown();
    }

    private static double ToDouble(object? v) => v is BigInteger i ? (double)i : (double)v!;

    private static long Bits(BigInteger v)
    {
        var a = BigInteger.Abs(v);
        long bits = 0;
        while (!a.IsZero)
        {
            a >>= 1;
            bits++;
        }
        return bits;
    }

    private static bool IntBinary(Operator op, BigInteger a, BigInteger b, out object? value)
    {
        value = null;
        switch (op)
        {
            case Operator.Add:
                value = a + b;
                return true;
            case Operator.Sub:
                value = a - b;
                return true;
            case Operator.Mult:
                if (!a.IsZero && !b.IsZero && Bits(a) + Bits(b) > MaxIntSize)
                    return false;
                value = a * b;
                return true;
            case Operator.Div:
                if (b.IsZero)
                    return false;
                value = (double)a / (double)b;
                return true;
            case Operator.FloorDiv:
            case Operator.Mod:
            {
                if (b.IsZero)
                    return false;
                var q = BigInteger.DivRem(a, b, out var rem);
                if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0))
                {
                    q -= 1;
                    rem += b;
                }
                value = op == Operator.FloorDiv ? q : rem;
                return true;
            }
            case Operator.Pow:
                if (b.Sign < 0)
                {
                    if (a.IsZero)
                        return false;
                    value = Math.Pow((double)a, (double)b);
                    return true;
                }
                if (!a.IsZero && b.Sign > 0 && (b > MaxIntSize || Bits(a) > MaxIntSize / (long)b))
                    return false;
                value = BigInteger.Pow(a, (int)b);
                return true;
            case Operator.LShift:
                if (b.Sign < 0)
                    return false;
                if (!a.IsZero && !b.IsZero && (b > MaxIntSize || Bits(a) > MaxIntSize - (long)b))
                    return false;
                value = a << (int)b;
                return true;
            case Operator.RShift:
                if (b.Sign < 0)
                    return false;
                value = b > 100000 ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b;
                return true;
            case Operator.BitOr:
                value = a | b;
                return true;
            case Operator.BitXor:
                value = a ^ b;
                return true;
            case Operator.BitAnd:
                value = a & b;
                return true;
            case Operator.MatMult:
                return false;
        }
        throw new Unknown();
    }

    private static bool FloatBinary(Operator op, double a, double b, out object? value)
    {
        value = null;
        switch (op)
        {
            case Operator.Add:
                value = a + b;
                return true;
            case Operator.Sub:
                value = a - b;
                return true;
            case Operator.Mult:
                value = a * b;
                return true;
            case Operator.Div:
            case Operator.FloorDiv:
            case Operator.Mod:
                if (b == 0)
                    return false;
                value = op == Operator.Div ? a / b : Math.Floor(a / b);
                return true;
            case Operator.Pow:
                if (a == 0 && b < 0)
                    return false;
                if (a < 0 && Math.Floor(b) != b)
                    throw new Unknown(); // (a complex result)
                double p = Math.Pow(a, b);
                if (double.IsInfinity(p) && !double.IsInfinity(a))
                    return false; // (OverflowError)
                value = p;
                return true;
            case Operator.LShift or Operator.RShift or Operator.BitOr or Operator.BitXor or Operator.BitAnd or Operator.MatMult:
                return false;
        }
        throw new Unknown();
    }
}
