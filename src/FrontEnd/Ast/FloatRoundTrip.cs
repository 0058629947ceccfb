using System.Globalization;

namespace PyAot.FrontEnd.Ast;

/// <summary>
/// The shortest digits of a double that read back as it, for the front end's and generator's float literals
/// (<see cref="PyLiteral"/>) and the runtime's <c>repr(float)</c> (linked into the runtime, as <c>Suggestions</c> is).
/// </summary>
internal static class FloatRoundTrip
{
    /// <summary>.NET's "R", unless that does not read back (it misses for some powers of two, whose lower neighbour
    /// is nearer: 2**-25 gives "2.980232238769531E-08", which reads as the double below), then the fewest of 15 to 17
    /// digits that do.</summary>
    public static string Shortest(double d)
    {
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(r, CultureInfo.InvariantCulture) == d)
            return r;
        for (int precision = 15; ; precision++)
        {
            r = d.ToString("G" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (precision == 17 || double.Parse(r, CultureInfo.InvariantCulture) == d)
                return r;
        }
    }
}
