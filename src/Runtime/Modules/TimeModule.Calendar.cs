using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using PyAot.Runtime.Posix;

namespace PyAot.Runtime;

/// <summary>
/// The calendar half of <c>time</c>, as CPython's <c>Modules/timemodule.c</c> has it on Linux: <c>struct_time</c>,
/// <c>gmtime</c>, <c>localtime</c>, <c>mktime</c>, <c>asctime</c>, <c>ctime</c>, <c>strftime</c>, <c>tzset</c> and the
/// zone constants (<c>timezone</c>, <c>altzone</c>, <c>daylight</c>, <c>tzname</c>, worked out as CPython does on
/// glibc, from the local times of January and July of this year). The conversions are the C library's own
/// (<c>gmtime_r</c>, <c>localtime_r</c>, <c>mktime</c>, <c>strftime</c>, <c>tzset</c>), so results and zone names are
/// what CPython gets from the same library; <c>strftime</c> runs in the process's locale for LC_TIME, which .NET, like
/// CPython, leaves at "C". <c>strptime</c> is the library module <c>_strptime</c>'s.
/// </summary>
public static partial class TimeModule
{
    /// <summary>glibc's <c>struct tm</c> on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Tm
    {
        public int Sec, Min, Hour, MDay, Mon, Year, WDay, YDay, IsDst;
        public long GmtOff;
        public IntPtr Zone;
    }

    private static class Native
    {
        private const string Lib = "libc";
        [DllImport(Lib, SetLastError = true)] internal static extern IntPtr gmtime_r(ref long t, ref Tm tm);
        [DllImport(Lib, SetLastError = true)] internal static extern IntPtr localtime_r(ref long t, ref Tm tm);
        [DllImport(Lib, SetLastError = true)] internal static extern long mktime(ref Tm tm);
        [DllImport(Lib)] internal static extern void tzset();
        [DllImport(Lib)] internal static extern nuint strftime(byte[] buf, nuint max, byte[] format, ref Tm tm);
    }

    private static readonly string[] StructTimeFields =
        { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" };

    private static readonly string[] StructTimeExtras = { "tm_zone", "tm_gmtoff" };

    private const string StructTimeName = "time.struct_time";

    internal static readonly PyType StructTimeType = StructSequenceTypes.Constructible(StructTimeName, StructTimeFields, StructTimeExtras);

    private static PyValue StructTime(PyValue[] items, PyValue zone, PyValue gmtoff) =>
        PyValue.FromObject(new PyTuple(items)
        {
            StructSequence = (StructTimeName, StructTimeFields),
            StructExtras = (StructTimeExtras, new[] { zone, gmtoff }),
        });

    /// <summary>A struct_time from a C <c>struct tm</c> (tmtotuple).</summary>
    private static PyValue FromTm(in Tm tm)
    {
        var items = new[]
        {
            PyValue.FromInt(tm.Year + 1900L), PyValue.FromInt(tm.Mon + 1), PyValue.FromInt(tm.MDay), PyValue.FromInt(tm.Hour),
            PyValue.FromInt(tm.Min), PyValue.FromInt(tm.Sec), PyValue.FromInt((tm.WDay + 6) % 7), PyValue.FromInt(tm.YDay + 1),
            PyValue.FromInt(tm.IsDst),
        };
        var zone = tm.Zone == IntPtr.Zero ? PyValue.None : PyValue.FromString(ZoneName(tm.Zone));
        return StructTime(items, zone, PyValue.FromInt(tm.GmtOff));
    }

    private static string ZoneName(IntPtr zone)
    {
        int n = 0;
        while (Marshal.ReadByte(zone, n) != 0)
            n++;
        var bytes = new byte[n];
        Marshal.Copy(zone, bytes, 0, n);
        return FsPath.Decode(bytes);
    }

    /// <summary>A time_t from a timestamp (<c>_PyTime_ObjectToTime_t</c>, rounding floats toward minus infinity).</summary>
    private static long ToTimeT(PyValue v)
    {
        var u = PyDerivedInstance.Unwrap(v);
        if (u.IsFloat)
        {
            double d = u.AsDouble;
            if (double.IsNaN(d))
                throw PyException.ValueError("Invalid value NaN (not a number)");
            d = Math.Floor(d);
            if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
                throw PyException.OverflowError("timestamp out of range for platform time_t");
            return (long)d;
        }
        if (!PyOps.TryIndex(v, out BigInteger big))
            throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        if (big < long.MinValue || big > long.MaxValue)
            throw PyException.OverflowError("timestamp out of range for platform time_t");
        return (long)big;
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>The optional timestamp of gmtime, localtime and ctime ("|O:name"): None or absent is now.</summary>
    private static long TimeTArg(string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length > 1)
            throw PyException.TypeError($"{name}() takes at most 1 argument ({args.Length} given)");
        return args.Length == 0 || args[0].IsNone ? Now() : ToTimeT(args[0]);
    }

    private static Tm GmTime(long t)
    {
        var tm = default(Tm);
        if (Native.gmtime_r(ref t, ref tm) == IntPtr.Zero)
            throw FsPath.Error(LibC.Errno == 0 ? 75 : LibC.Errno);
        return tm;
    }

    private static Tm LocalTime(long t)
    {
        var tm = default(Tm);
        if (Native.localtime_r(ref t, ref tm) == IntPtr.Zero)
            throw FsPath.Error(LibC.Errno == 0 ? 75 : LibC.Errno);
        return tm;
    }

    /// <summary>A C int from an argument of a time tuple (PyArg_ParseTuple's "i").</summary>
    private static int CInt(PyValue v)
    {
        if (PyDerivedInstance.Unwrap(v).IsFloat)
            throw PyException.TypeError("'float' object cannot be interpreted as an integer");
        if (!PyOps.TryIndex(v, out BigInteger big))
            throw PyException.TypeError($"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
        if (big < long.MinValue || big > long.MaxValue)
            throw PyException.OverflowError("Python int too large to convert to C long");
        if (big > int.MaxValue)
            throw PyException.OverflowError("signed integer is greater than maximum");
        if (big < int.MinValue)
            throw PyException.OverflowError("signed integer is less than minimum");
        return (int)big;
    }

    /// <summary>A <c>struct tm</c> from a time tuple or struct_time (gettmarg); <paramref name="zone"/> is the struct_time's
    /// tm_zone, if any.</summary>
    private static Tm GetTmArg(PyValue arg, string function, out string? zone)
    {
        zone = null;
        if (PyDerivedInstance.Unwrap(arg).Ref is not PyTuple t)
            throw PyException.TypeError("Tuple or struct_time argument required");
        if (t.Count != 9)
            throw PyException.TypeError($"{function}(): illegal time tuple argument");
        int y = CInt(t[0]);
        var tm = new Tm
        {
            Mon = CInt(t[1]), MDay = CInt(t[2]), Hour = CInt(t[3]), Min = CInt(t[4]), Sec = CInt(t[5]),
            WDay = CInt(t[6]), YDay = CInt(t[7]), IsDst = CInt(t[8]),
        };
        if (y < int.MinValue + 1900)
            throw PyException.OverflowError("year out of range");
        tm.Year = y - 1900;
        tm.Mon--;
        tm.WDay = (tm.WDay + 1) % 7;
        tm.YDay--;
        if (t.StructSequence is { TypeName: StructTimeName } && t.StructExtras is { } extras)
        {
            if (!extras.Values[0].IsNone)
                zone = PyOps.Str(extras.Values[0]);
            if (!extras.Values[1].IsNone)
                tm.GmtOff = PyOps.ToIndex(extras.Values[1]);
        }
        return tm;
    }

    /// <summary>CPython's checktm: the ranges strftime and asctime index arrays with.</summary>
    private static void CheckTm(ref Tm tm)
    {
        if (tm.Mon == -1)
            tm.Mon = 0;
        else if (tm.Mon < 0 || tm.Mon > 11)
            throw PyException.ValueError("month out of range");
        if (tm.MDay == 0)
            tm.MDay = 1;
        else if (tm.MDay < 0 || tm.MDay > 31)
            throw PyException.ValueError("day of month out of range");
        if (tm.Hour < 0 || tm.Hour > 23)
            throw PyException.ValueError("hour out of range");
        if (tm.Min < 0 || tm.Min > 59)
            throw PyException.ValueError("minute out of range");
        if (tm.Sec < 0 || tm.Sec > 61)
            throw PyException.ValueError("seconds out of range");
        if (tm.WDay < 0)
            throw PyException.ValueError("day of week out of range");
        if (tm.YDay == -1)
            tm.YDay = 0;
        else if (tm.YDay < 0 || tm.YDay > 365)
            throw PyException.ValueError("day of year out of range");
    }

    private static readonly string[] WeekdayNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    private static readonly string[] MonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    private static string AscTime(in Tm tm) =>
        $"{WeekdayNames[tm.WDay]} {MonthNames[tm.Mon]}{tm.MDay,3} {Two(tm.Hour)}:{Two(tm.Min)}:{Two(tm.Sec)} {1900L + tm.Year}";

    private static string Two(int v) => v < 0 ? "-" + (-(long)v).ToString("00") : v.ToString("00");

    public static PyValue StrFTime(PyValue format, PyValue tuple)
    {
        Tm tm;
        string? zone = null;
        if (tuple.IsUnbound)
            tm = LocalTime(Now());
        else
        {
            tm = GetTmArg(tuple, "strftime", out zone);
            CheckTm(ref tm);
        }
        if (tm.IsDst < -1)
            tm.IsDst = -1;
        else if (tm.IsDst > 1)
            tm.IsDst = 1;
        if (PyDerivedInstance.Unwrap(format).Ref is not string f)
            throw PyException.TypeError($"strftime() argument 1 must be str, not {PyOps.TypeName(format)}");
        if (f.IndexOf('\0') >= 0)
            throw PyException.ValueError("embedded null character");
        var fmt = FsPath.Encode(f);
        var fmtz = new byte[fmt.Length + 1];
        fmt.CopyTo(fmtz, 0);
        IntPtr zonePtr = zone is null ? IntPtr.Zero : Marshal.StringToCoTaskMemUTF8(zone);
        try
        {
            tm.Zone = zonePtr;
            for (int size = 1024; ; size += size)
            {
                var buf = new byte[size];
                nuint n = Native.strftime(buf, (nuint)size, fmtz, ref tm);
                if (n > 0 || size >= 256 * fmt.Length)
                    return PyValue.FromString(FsPath.Decode(buf.AsSpan(0, (int)n)));
            }
        }
        finally
        {
            if (zonePtr != IntPtr.Zero)
                Marshal.FreeCoTaskMem(zonePtr);
        }
    }

    /// <summary>timezone, altzone, daylight and tzname, as CPython's init_timezone works them out on glibc.</summary>
    private static void InitTimezone(BuiltinModule m)
    {
        Native.tzset();
        const long Year = (365 * 24 + 6) * 3600;
        long t = Now() / Year * Year;
        var jan = LocalTime(t);
        string janName = Truncate(jan.Zone);
        long janZone = -jan.GmtOff;
        t += Year / 2;
        var jul = LocalTime(t);
        string julName = Truncate(jul.Zone);
        long julZone = -jul.GmtOff;
        const long MaxTimezone = 48 * 3600;
        if (janZone < -MaxTimezone || janZone > MaxTimezone || julZone < -MaxTimezone || julZone > MaxTimezone)
            throw PyException.RuntimeError("invalid GMT offset");
        bool reversed = janZone < julZone;
        m.Add("timezone", PyValue.FromInt(reversed ? julZone : janZone));
        m.Add("altzone", PyValue.FromInt(reversed ? janZone : julZone));
        m.Add("daylight", PyValue.FromInt(janZone != julZone ? 1 : 0));
        m.Add("tzname", PyValue.FromObject(reversed
            ? PyTuple.Create(PyValue.FromString(julName), PyValue.FromString(janName))
            : PyTuple.Create(PyValue.FromString(janName), PyValue.FromString(julName))));
    }

    private static string Truncate(IntPtr zone)
    {
        if (zone == IntPtr.Zero)
            return "";
        string s = ZoneName(zone);
        return s.Length > 9 ? s.Substring(0, 9) : s;
    }

    private static void AddCalendar(BuiltinModule m)
    {
        m.Add("struct_time", PyValue.FromObject(StructTimeType));
        m.AddFunction("gmtime", (args, kw) => FromTm(GmTime(TimeTArg("gmtime", args, kw))));
        m.AddFunction("localtime", (args, kw) => FromTm(LocalTime(TimeTArg("localtime", args, kw))));
        m.AddFunction("ctime", (args, kw) => PyValue.FromString(AscTime(LocalTime(TimeTArg("ctime", args, kw)))));
        m.AddFunction("asctime", (args, kw) =>
        {
            ArgCheck.NoKeywords("asctime", kw);
            if (args.Length > 1)
                throw PyException.TypeError($"asctime expected at most 1 argument, got {args.Length}");
            Tm tm;
            if (args.Length == 0)
                tm = LocalTime(Now());
            else
            {
                tm = GetTmArg(args[0], "asctime", out _);
                CheckTm(ref tm);
            }
            return PyValue.FromString(AscTime(tm));
        });
        m.AddFunction("mktime", (args, kw) =>
        {
            var tm = GetTmArg(BuiltinModule.Arg1("time.mktime", args, kw), "mktime", out _);
            tm.WDay = -1;
            long tt = Native.mktime(ref tm);
            if (tt == -1 && tm.WDay == -1)
                throw PyException.OverflowError("mktime argument out of range");
            return PyValue.FromFloat(tt);
        });
        m.AddFunction("strftime", (args, kw) =>
        {
            ArgCheck.NoKeywords("strftime", kw);
            if (args.Length < 1)
                throw PyException.TypeError($"strftime() takes at least 1 argument ({args.Length} given)");
            if (args.Length > 2)
                throw PyException.TypeError($"strftime() takes at most 2 arguments ({args.Length} given)");
            return StrFTime(args[0], args.Length > 1 ? args[1] : default);
        });
        m.AddFunction("tzset", (args, kw) =>
        {
            ArgCheck.None("tzset", args, kw);
            InitTimezone(m);
            return PyValue.None;
        });
        InitTimezone(m);
    }
}
