using Xunit;

namespace PyAot.FrontEnd.Tests;

/// <summary>A fact that is skipped, with a reason, when CPython 3.12 is not installed.</summary>
public sealed class CPythonFactAttribute : FactAttribute
{
    public CPythonFactAttribute()
    {
        if (CPython.Path is null)
            Skip = CPython.SkipReason;
    }
}
