using PyAot.Generator.Lowering;
using Xunit;

namespace PyAot.Generator.Tests.Lowering;

public sealed class ImportTests
{
    [Fact]
    public void PackagesSubmodulesAndRelativeImportsRunLikeCPython()
    {
        var r = LoweringHarness.RunFiles(new[]
        {
            ("main", "main.py",
                "import pkg.sub.leaf\nimport pkg.sub.leaf as lf\nfrom pkg import helper, VALUE\nfrom pkg.sub import leaf\n" +
                "from pkg.sub.leaf import twice as tw\n" +
                "print(pkg.VALUE, pkg.sub.NAME, pkg.sub.leaf.twice(4), lf.twice(5), helper(1), VALUE, leaf is lf, tw(6))\n" +
                "print(pkg.sub.leaf.__name__, pkg.__name__)\n"),
            ("pkg", "pkg/__init__.py", "print(\"init pkg\", __name__)\nVALUE = 10\nfrom .tools import helper\n"),
            ("pkg.tools", "pkg/tools.py", "print(\"init tools\", __name__)\ndef helper(x):\n    return x + 100\n"),
            ("pkg.sub", "pkg/sub/__init__.py", "print(\"init sub\", __name__)\nNAME = \"sub\"\nfrom .. import VALUE as V\nprint(\"sub sees\", V)\n"),
            ("pkg.sub.leaf", "pkg/sub/leaf.py",
                "from ..tools import helper\nfrom . import NAME\nprint(\"init leaf\", __name__, NAME, helper(0))\ndef twice(x):\n    return 2 * x\n"),
        });
        Assert.Equal(
            "init pkg pkg\ninit tools pkg.tools\ninit sub pkg.sub\nsub sees 10\ninit leaf pkg.sub.leaf sub 100\n" +
            "10 sub 8 10 101 10 True 12\npkg.sub.leaf pkg\n", r.Out);
        Assert.Equal(0, r.Exit);
    }

    [Fact]
    public void ImportsOutsideTheProjectAreReported()
    {
        var r = LoweringHarness.Lower("m", "import ns.mod\nfrom . import x\n", "ns.mod");
        Assert.Collection(r.Diagnostics,
            d => Assert.Equal("importing 'ns.mod' (its package 'ns' has no __init__.py in this project) is not supported yet", d.Message),
            d => Assert.Equal("a relative import beyond the top-level package is not supported yet", d.Message));
    }
}
