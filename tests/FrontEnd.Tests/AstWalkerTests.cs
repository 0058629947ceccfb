using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyAot.FrontEnd.Ast;
using Xunit;
using Assert = Xunit.Assert;

namespace PyAot.FrontEnd.Tests;

/// <summary>The generated walker (<c>AstWalker.g.cs</c>): it reaches every node exactly once, in evaluation order.</summary>
public class AstWalkerTests
{
    private sealed class Recorder : AstWalker
    {
        public readonly List<Node> Seen = new();

        public override void Visit(Node? node)
        {
            if (node is not null)
                Seen.Add(node);
            base.Visit(node);
        }
    }

    private static void AssertReachesEveryNodeOnce(Module module)
    {
        var recorder = new Recorder();
        LargeStack.Run(module, () => { recorder.Visit(module); return 0; });
        var all = NodeWalk.All(module);
        Assert.Equal(all.Count, recorder.Seen.Count);
        var distinct = new HashSet<Node>(recorder.Seen, ReferenceEqualityComparer.Instance);
        Assert.Equal(recorder.Seen.Count, distinct.Count);
        Assert.True(all.All(distinct.Contains));
    }

    [Theory]
    [MemberData(nameof(TestFiles.PyCases), MemberType = typeof(TestFiles))]
    public void ReachesEveryNodeOfTheCases(string file)
    {
        var result = PythonParser.Parse(File.ReadAllBytes(Path.Combine(TestFiles.CasesDir, file)));
        if (!result.HasErrors)
            AssertReachesEveryNodeOnce(result.Module);
    }

    [CPythonFact]
    public void ReachesEveryNodeOfTheStandardLibrary()
    {
        int checkedFiles = 0;
        foreach (var path in CPython.StdlibFiles())
        {
            var result = PythonParser.Parse(File.ReadAllBytes(path));
            if (result.HasErrors)
                continue;
            AssertReachesEveryNodeOnce(result.Module);
            checkedFiles++;
        }
        Assert.True(checkedFiles > 500, $"only {checkedFiles} files parsed");
    }

    private static string Order(string source)
    {
        var recorder = new Recorder();
        recorder.Visit(PythonParser.Parse(source).Module);
        return string.Join(" ", recorder.Seen.OfType<Name>().Select(n => n.Id));
    }

    [Theory]
    [InlineData("a = b", "b a")]
    [InlineData("a = b = c", "c a b")]
    [InlineData("@d1\n@d2\ndef f(x=dflt) -> ret: body", "d1 d2 dflt ret body")]
    [InlineData("@d\nclass C(B, metaclass=M): body", "d B M body")]
    [InlineData("for t in it: body\nelse: other", "it t body other")]
    [InlineData("[elt for t in it if cond]", "it t cond elt")]
    [InlineData("{k: v for t in it}", "it t k v")]
    [InlineData("(a := b)", "b a")]
    [InlineData("{k1: v1, **m, k2: v2}", "k1 v1 m k2 v2")]
    [InlineData("x: ann = value", "value ann x")]
    [InlineData("f(a, *b, k=c, **d)", "f a b c d")]
    public void VisitsInEvaluationOrder(string source, string names) => Assert.Equal(names, Order(source));
}
