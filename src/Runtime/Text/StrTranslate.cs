using System;
using System.Text;

namespace PyAot.Runtime;

/// <summary><c>str.translate(table)</c> and <c>str.maketrans(...)</c>, with CPython's rules and messages
/// (Objects/unicodeobject.c): each code point looked up in the table by its number; a LookupError keeps it, None
/// deletes it, an int or a str replaces it.</summary>
internal static class StrTranslate
{
    public static string Translate(string s, PyValue table)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            int width = 1;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                width = 2;
            }
            PyValue mapped;
            try
            {
                mapped = PyOps.GetItem(table, PyValue.FromInt(cp));
            }
            catch (PyException e) when (e.Matches(PyTypes.LookupError))
            {
                sb.Append(s, i, width);
                i += width - 1;
                continue;
            }
            i += width - 1;
            if (mapped.IsNone)
                continue;
            if (mapped.Ref is string str)
            {
                sb.Append(str);
            }
            else if (mapped.IsInt || mapped.IsBool || mapped.Ref is PyBigInt)
            {
                var big = IntOps.ToBig(mapped);
                if (big < 0 || big > 0x10FFFF)
                    throw PyException.ValueError("character mapping must be in range(0x110000)");
                sb.Append(CodePoints.FromCodePoint((int)big));
            }
            else
            {
                throw PyException.TypeError("character mapping must return integer, None or str");
            }
        }
        return sb.ToString();
    }

    /// <summary><c>str.maketrans(x[, y[, z]])</c>: a dict of code points to code points, str or None.</summary>
    public static PyValue MakeTrans(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords("maketrans", kw);
        if (args.Length is < 1 or > 3)
            throw PyException.TypeError(args.Length < 1
                ? "maketrans() missing required argument 'x' (pos 1)"
                : $"maketrans expected at most 3 arguments, got {args.Length}");
        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0].Ref is not PyDict d)
                throw PyException.TypeError("if you give only one argument to maketrans it must be a dict");
            int position = 0;
            while (d.Next(ref position, out var key, out var value))
            {
                if (key.Ref is string k)
                {
                    if (CodePoints.Length(k) != 1)
                        throw PyException.ValueError("string keys in translate table must be of length 1");
                    result.SetItem(PyValue.FromInt(CodePoints.Values(k)[0]), value);
                }
                else if (key.IsInt || key.IsBool || key.Ref is PyBigInt)
                {
                    result.SetItem(key, value);
                }
                else
                {
                    throw PyException.TypeError("keys in translate table must be strings or integers");
                }
            }
            return PyValue.FromObject(result);
        }
        if (args[0].Ref is not string x)
            throw PyException.TypeError("first maketrans argument must be a string if there is a second argument");
        if (args[1].Ref is not string y)
            throw PyException.TypeError($"maketrans() argument 2 must be str, not {PyOps.TypeName(args[1])}");
        int[] from = CodePoints.Values(x), to = CodePoints.Values(y);
        if (from.Length != to.Length)
            throw PyException.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.Length; i++)
            result.SetItem(PyValue.FromInt(from[i]), PyValue.FromInt(to[i]));
        if (args.Length == 3)
        {
            if (args[2].Ref is not string z)
                throw PyException.TypeError($"maketrans() argument 3 must be str, not {PyOps.TypeName(args[2])}");
            foreach (int cp in CodePoints.Values(z))
                result.SetItem(PyValue.FromInt(cp), PyValue.None);
        }
        return PyValue.FromObject(result);
    }
}
