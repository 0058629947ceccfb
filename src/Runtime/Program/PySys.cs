using System;

namespace PyAot.Runtime;

/// <summary>State of the sys module that the runtime owns.</summary>
public static class PySys
{
    /// <summary>sys.argv.</summary>
    public static PyList Argv { get; set; } = new();

    /// <summary>sys.maxsize.</summary>
    public const long MaxSize = long.MaxValue;

    /// <summary>sys.get_int_max_str_digits(): 0 disables the limit.</summary>
    public static long IntMaxStrDigits { get; set; } = 4300;

    /// <summary>sys.getrecursionlimit() (informational; the runtime checks the native stack instead).</summary>
    public static long RecursionLimit { get; set; } = 1000;
}
