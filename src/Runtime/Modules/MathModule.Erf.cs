using System;
using System.Runtime.InteropServices;

namespace PyAot.Runtime;

/// <summary><c>math.erf</c> and <c>math.erfc</c>: CPython 3.12 calls the C library's <c>erf</c> and <c>erfc</c>
/// (math_1 with no error cases: they are defined everywhere, a NaN gives a NaN), and so does PyAot, so that the
/// results are the system's own to the last bit (.NET has no error function). The C math library is
/// <c>libm.so.6</c> on Linux and the system library elsewhere.</summary>
public static partial class MathModule
{
    private static class LibM
    {
        private const string Lib = "libm.so.6";

        [DllImport(Lib, EntryPoint = "erf")] internal static extern double erf(double x);
        [DllImport(Lib, EntryPoint = "erfc")] internal static extern double erfc(double x);
    }

    private static class LibSystem
    {
        private const string Lib = "libSystem.dylib";

        [DllImport(Lib, EntryPoint = "erf")] internal static extern double erf(double x);
        [DllImport(Lib, EntryPoint = "erfc")] internal static extern double erfc(double x);
    }

    private static double CErf(double x, bool complement)
    {
        if (OperatingSystem.IsLinux())
            return complement ? LibM.erfc(x) : LibM.erf(x);
        if (OperatingSystem.IsMacOS())
            return complement ? LibSystem.erfc(x) : LibSystem.erf(x);
        throw PyException.NotImplementedError("math.erf and math.erfc call the C library's, which PyAot reaches on Linux and macOS only");
    }

    public static PyValue Erf(PyValue x) => PyValue.FromFloat(CErf(ToFloat(x), complement: false));

    public static PyValue Erfc(PyValue x) => PyValue.FromFloat(CErf(ToFloat(x), complement: true));
}
