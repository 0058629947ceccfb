using System.Linq;
using PyAot.Generator.Lowering;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>The generator's table of what the runtime's standard-library modules have (RuntimeModuleNames), and the
/// build-time refusal of what CPython's modules have and the runtime's lack.</summary>
public sealed class RuntimeModuleNamesTests
{
    [Fact]
    public void TheTableIsWhatTheRuntimesModulesHave()
    {
        foreach (var module in ImportResolver.BuiltinModules)
        {
            var runtime = PyAot.Runtime.BuiltinModule.Import(module).GlobalNames.OrderBy(n => n, System.StringComparer.Ordinal);
            Assert.Equal(runtime, RuntimeModuleNames.Of(module).OrderBy(n => n, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public void ANameOnlyCPythonsModuleHasIsRefusedWhereItIsImportedOrRead()
    {
        foreach (var (source, what) in new[]
        {
            ("from math import sqrt, expm1\n", "'math.expm1' is not supported yet"),
            ("import math as m\nprint(m.exp2(8.0))\n", "'math.exp2' is not supported yet"),
            ("import sys\n\ndef f():\n    return sys.getsizeof(1)\n", "'sys.getsizeof' is not supported yet"),
        })
        {
            var d = Assert.Single(LoweringHarness.Lower("m", source).Diagnostics);
            Assert.Equal(("PY2001", what), (d.Id, d.Message));
        }
        // What CPython's module lacks too is its ImportError or AttributeError at run time; a store, or a name that
        // may hold something else, is not the module's attribute.
        foreach (var source in new[]
        {
            "try:\n    from math import sqroot\nexcept ImportError:\n    pass\n",
            "import math\nmath.exp2 = 1\n",
            "import math\n\ndef f(math):\n    return math.exp2\n",
            "import math\nmath = None\nprint(math.exp2)\n" ,
        })
        {
            Assert.Empty(LoweringHarness.Lower("m", source).Diagnostics);
        }
    }
}
