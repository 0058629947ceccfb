using System;
using System.Numerics;

namespace PyAot.Runtime;

/// <summary>Attributes and methods of int, bool, float and None.</summary>
internal static class NumberMethods
{
    private static bool IsIntMethod(string name) => name is "bit_length" or "bit_count" or "conjugate" or "as_integer_ratio"
        or "to_bytes" or "is_integer" or "__index__" or "__int__" or "__float__" or "__abs__";

    private static bool IsFloatMethod(string name) => name is "is_integer" or "conjugate" or "as_integer_ratio" or "hex"
        or "__int__" or "__float__" or "__abs__";

    public static bool TryGetAttr(PyValue v, string name, out PyValue value)
    {
        bool isInt = v.IsInt || v.IsBool || v.IsBigInt;
        if (isInt || v.IsFloat)
        {
            switch (name)
            {
                case "real":
                    value = v.IsBool ? PyValue.FromInt(v.Bits) : v;
                    return true;
                case "imag":
                    value = isInt ? PyValue.FromInt(0) : PyValue.FromFloat(0.0);
                    return true;
                case "numerator" when isInt:
                    value = v.IsBool ? PyValue.FromInt(v.Bits) : v;
                    return true;
                case "denominator" when isInt:
                    value = PyValue.FromInt(1);
                    return true;
            }
            if (isInt ? IsIntMethod(name) : IsFloatMethod(name))
            {
                value = PyValue.FromObject(new PyBuiltinMethod(v, name));
                return true;
            }
        }
        value = default;
        return false;
    }

    public static bool TryCallMethod(PyValue v, string name, ReadOnlySpan<PyValue> args, string[]? kwNames, out PyValue result)
    {
        result = default;
        bool isInt = v.IsInt || v.IsBool || v.IsBigInt;
        if (isInt && IsIntMethod(name))
        {
            var big = IntOps.ToBig(v);
            switch (name)
            {
                case "bit_length":
                    ArgCheck.None("int.bit_length", args, kwNames);
                    result = PyValue.FromInt((long)BigInteger.Abs(big).GetBitLength());
                    return true;
                case "bit_count":
                {
                    ArgCheck.None("int.bit_count", args, kwNames);
                    var mag = BigInteger.Abs(big);
                    long n = 0;
                    foreach (byte b in mag.ToByteArray())
                        n += BitOperations.PopCount(b);
                    result = PyValue.FromInt(n);
                    return true;
                }
                case "conjugate":
                case "__index__":
                case "__int__":
                    result = PyValue.FromBigInteger(big);
                    return true;
                case "__float__":
                    result = PyValue.FromFloat(PyOps.ToDouble(v));
                    return true;
                case "__abs__":
                    result = PyValue.FromBigInteger(BigInteger.Abs(big));
                    return true;
                case "is_integer":
                    result = PyValue.True;
                    return true;
                case "as_integer_ratio":
                    result = PyValue.FromObject(PyTuple.Create(PyValue.FromBigInteger(big), PyValue.FromInt(1)));
                    return true;
                case "to_bytes":
                    result = ToBytes(big, args, kwNames);
                    return true;
            }
            return false;
        }
        if (v.IsFloat && IsFloatMethod(name))
        {
            double d = v.AsDouble;
            switch (name)
            {
                case "is_integer":
                    ArgCheck.None("float.is_integer", args, kwNames);
                    result = PyValue.FromBool(double.IsFinite(d) && d == Math.Floor(d));
                    return true;
                case "conjugate":
                case "__float__":
                    result = v;
                    return true;
                case "__int__":
                    result = FloatOps.ToInt(d);
                    return true;
                case "__abs__":
                    result = PyValue.FromFloat(Math.Abs(d));
                    return true;
                case "as_integer_ratio":
                {
                    if (double.IsInfinity(d))
                        throw PyException.OverflowError("cannot convert Infinity to integer ratio");
                    if (double.IsNaN(d))
                        throw PyException.ValueError("cannot convert NaN to integer ratio");
                    long bits = BitConverter.DoubleToInt64Bits(d);
                    int exp = (int)((bits >> 52) & 0x7ff);
                    long mant = bits & 0xfffffffffffffL;
                    if (exp == 0)
                        exp = 1;
                    else
                        mant |= 1L << 52;
                    exp -= 1075;
                    BigInteger num = mant, den = 1;
                    if (num.IsZero)
                        exp = 0; // 0.0 and -0.0 are (0, 1)
                    while (num > 0 && num.IsEven && exp < 0)
                    {
                        num >>= 1;
                        exp++;
                    }
                    if (exp > 0)
                        num <<= exp;
                    else
                        den <<= -exp;
                    if (d < 0)
                        num = -num;
                    result = PyValue.FromObject(PyTuple.Create(PyValue.FromBigInteger(num), PyValue.FromBigInteger(den)));
                    return true;
                }
                case "hex":
                    result = PyValue.FromString(FloatHex(d));
                    return true;
            }
        }
        return false;
    }

    /// <summary>float.hex().</summary>
    public static string FloatHex(double d)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        string sign = d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0) ? "-" : "";
        if (d == 0)
            return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exp = (int)((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int lead = 1;
        if (exp == 0)
        {
            lead = 0;
            exp = -1022;
        }
        else
        {
            exp -= 1023;
        }
        string m = mant.ToString("x13", System.Globalization.CultureInfo.InvariantCulture);
        return $"{sign}0x{lead}.{m}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    /// <summary><c>int.to_bytes(length=1, byteorder='big', *, signed=False)</c> with CPython 3.12's errors.</summary>
    private static PyValue ToBytes(BigInteger value, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ArgCheck.OnlyKeywords("to_bytes", kwNames, "length", "byteorder", "signed");
        var pos = ArgCheck.Positional(args, kwNames);
        if (pos.Length > 2)
            throw PyException.TypeError($"to_bytes() takes at most 2 positional arguments ({pos.Length} given)");
        PyValue lengthArg = pos.Length > 0 ? pos[0] : ArgCheck.TryGetKeyword(args, kwNames, "length", out var l) ? l : PyValue.FromInt(1);
        PyValue orderArg = pos.Length > 1 ? pos[1] : ArgCheck.TryGetKeyword(args, kwNames, "byteorder", out var o) ? o : PyValue.FromString("big");
        bool signed = ArgCheck.TryGetKeyword(args, kwNames, "signed", out var sg) && PyOps.IsTrue(sg);
        if (!(lengthArg.IsInt || lengthArg.IsBool))
            throw PyException.TypeError($"'{PyOps.TypeName(lengthArg)}' object cannot be interpreted as an integer");
        if (orderArg.Ref is not string order)
            throw PyException.TypeError($"to_bytes() argument 'byteorder' must be str, not {PyOps.TypeName(orderArg)}");
        if (order is not ("big" or "little"))
            throw PyException.ValueError("byteorder must be either 'little' or 'big'");
        long length = lengthArg.Bits;
        if (length < 0)
            throw PyException.ValueError("length argument must be non-negative");
        if (!signed && value.Sign < 0)
            throw PyException.OverflowError("can't convert negative int to unsigned");
        // Little-endian two's complement, at least one byte; unsigned values may need no sign byte.
        byte[] raw = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        int needed = raw.Length;
        if (value.IsZero)
            needed = 0;
        else if (!signed && raw[^1] == 0)
            needed--;
        if (needed > length)
            throw PyException.OverflowError("int too big to convert");
        var bytes = new byte[length];
        byte fill = value.Sign < 0 ? (byte)0xFF : (byte)0;
        for (long i = 0; i < length; i++)
            bytes[i] = i < raw.Length ? raw[i] : fill;
        if (order == "big")
            Array.Reverse(bytes);
        return PyValue.FromObject(new PyBytes(bytes));
    }
}
