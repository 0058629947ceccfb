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
    public void StarImportsOfPackagesImportTheSubmodulesTheirAllNames()
    {
        // CPython's _handle_fromlist: `from pkg import *` imports each submodule pkg.__all__ names that pkg has no
        // attribute for; a relative star import inside the package binds in it; a submodule another import bound is a
        // public name of a package without __all__.
        var r = LoweringHarness.RunFiles(new[]
        {
            ("main", "main.py",
                "from pkg import *\nprint(sub.NAME, helper(1), VALUE)\n" +
                "import plain.inner\nfrom plain import *\nprint(inner.X, shown)\n" +
                "try:\n    print(hidden)\nexcept NameError as e:\n    print(e)\n"),
            ("pkg", "pkg/__init__.py", "from .tools import *\n__all__ = ['sub', 'helper', 'VALUE']\nVALUE = 10\n"),
            ("pkg.tools", "pkg/tools.py", "__all__ = ['helper']\ndef helper(x):\n    return x + 100\n"),
            ("pkg.sub", "pkg/sub.py", "print('init sub')\nNAME = 'sub'\n"),
            ("pkg.hidden", "pkg/hidden.py", "print('never imported')\n"),
            ("plain", "plain/__init__.py", "shown = 1\n_hidden = 2\n"),
            ("plain.inner", "plain/inner.py", "X = 'inner'\n"),
        });
        Assert.Equal("init sub\nsub 101 10\ninner 1\nname 'hidden' is not defined\n", r.Out);
        Assert.Equal(0, r.Exit);
    }

    [Fact]
    public void AStarImportIsNotHeldAgainstCPythonsNames()
    {
        // `from math import *` binds what the runtime's math has; a name bound nowhere still compiles to a NameError.
        var r = LoweringHarness.RunSource("from math import *\nprint(sqrt(4), floor(2.5))\ntry:\n    print(not_there)\nexcept NameError as e:\n    print(e)\n");
        Assert.Equal("2.0 2\nname 'not_there' is not defined\n", r.Out);
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
