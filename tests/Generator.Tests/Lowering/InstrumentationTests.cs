using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using PyAot.FrontEnd.Ast;
using PyAot.Generator.Lowering;
using PyAot.Generator.Lowering.Instrumentation;
using PyAot.Generator.Tests.Infrastructure;
using Xunit;
using Assert = Xunit.Assert;
using RegexMatch = System.Text.RegularExpressions.Match;

namespace PyAot.Generator.Tests.Lowering;

/// <summary>
/// The instrumentation seam (<see cref="Instrumenter"/>, <see cref="Emitter"/>): a counting instrumenter marks each
/// point it is given in the generated C# with the kind of point and the id of its Python node, and every program of
/// the corpus must come out with each point exactly once: every statement (<c>pass</c> included) and except clause,
/// function start, call and decorator, return (and implicit end), yield, raise, branch and loop back-edge. The marks
/// are counted in the C# the lowering emits, not in calls of the hooks, so that a part lowered twice or lowered and
/// thrown away is caught too.
/// </summary>
public sealed class InstrumentationTests
{
    /// <summary>Marks each point with a comment <c>@kind id</c> (ids: the node's index in a walk of the module).</summary>
    private sealed class CountingInstrumenter : Instrumenter
    {
        private readonly Dictionary<Node, int> _ids;

        public CountingInstrumenter(Dictionary<Node, int> ids) => _ids = ids;

        public override bool AllowsUnobservedFastPaths => false;

        // A node the lowering made itself (not in the tree) gets -1, which no expected point has.
        private string Mark(string kind, Node node) => $"@{kind} {(_ids.TryGetValue(node, out int id) ? id : -1)}";

        public override void FunctionStart(Node function, CodeWriter w) => w.Line("// " + Mark("start", function));
        public override void Statement(Node statement, CodeWriter w) => w.Line("// " + Mark("line", statement));
        public override string Call(Node site, CallShape? shape, string code) => $"/*{Mark("call", site)}*/{code}";
        public override string Return(Node site, string value) => $"/*{Mark("return", site)}*/{value}";
        public override string Yield(Node site, string value, bool asyncGeneratorYield = false) => $"/*{Mark("yield", site)}*/{value}";
        public override void Raise(Raise site, string? reraised, CodeWriter w) => w.Line("// " + Mark("raise", site));
        public override bool ObservesExceptions => true;
        public override void HandlerEntered(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w) => w.Line("// " + Mark("handled", site));
        // (Each cleanup handler's region is counted by its filter; the events a no-match raises without a throw through
        // it are the same handler's, written only by the general form.)
        public override (string Filter, string Body)? CleanupFilter(Node site, ExceptionHandlerKind kind, string exception) =>
            ($"false /*{Mark("cleanup_handler", site)}*/", "throw;");
        public override void Reraise(Node site, ExceptionHandlerKind kind, string exception, CodeWriter w) => w.Line("// " + Mark("reraise", site));
        public override void FrameStart(Node owner, CodeWriter w) => w.Line("// " + Mark("frame_start", owner));
        public override void FrameEnd(Node owner, CodeWriter w) => w.Line("// " + Mark("frame_end", owner));
        public override string Branch(Node site, string condition) => $"/*{Mark("branch", site)}*/{condition}";
        public override void BackEdge(Node loop, Node at, CodeWriter w) => w.Line($"// {Mark("jump", at)}");
        public override void StatementCleanup(Node statement, CodeWriter w) => w.Line("// " + Mark("cleanup", statement));
        public override void ClassBuildStart(ClassDef c, CodeWriter w) => w.Line("// " + Mark("build", c));
        public override void ClassBuildEnd(ClassDef c, CodeWriter w) => w.Line("// " + Mark("built", c));
    }

    /// <summary>Numbers the nodes the lowering evaluates: all but a variable annotation inside a function, which
    /// CPython never evaluates, and under <c>from __future__ import annotations</c> any annotation.</summary>
    private sealed class Numbering(bool futureAnnotations) : AstWalker
    {
        public readonly Dictionary<Node, int> Ids = new(ReferenceEqualityComparer.Instance);
        public readonly List<Node> Nodes = new();
        /// <summary>Functions' docstrings: CPython compiles them to nothing (no line).</summary>
        public readonly HashSet<Node> FunctionDocstrings = new(ReferenceEqualityComparer.Instance);
        private readonly Stack<bool> _inFunction = new();

        public override void Visit(Node? node)
        {
            if (node is null)
                return;
            Ids[node] = Nodes.Count;
            Nodes.Add(node);
            bool scope = node is FunctionDef or Lambda or ClassDef;
            if (scope)
                _inFunction.Push(node is not ClassDef);
            base.Visit(node);
            if (scope)
                _inFunction.Pop();
        }

        public override void VisitAnnAssign(AnnAssign node)
        {
            Visit(node.Target);
            if (!futureAnnotations && (_inFunction.Count == 0 || !_inFunction.Peek()))
                Visit(node.Annotation);
            Visit(node.Value);
        }

        public override void VisitArg(Arg node)
        {
            if (!futureAnnotations)
                base.VisitArg(node);
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            if (Docstring.Of(node.Body) is not null)
                FunctionDocstrings.Add(node.Body[0]);
            VisitList(node.DecoratorList);
            Visit(node.Args);
            if (!futureAnnotations)
                Visit(node.Returns);
            VisitList(node.Body);
        }
    }

    /// <summary>The points the lowering must give the instrumenter for each node, by kind.</summary>
    private static IEnumerable<string> ExpectedPoints(Node node, bool isDecorator, bool isFunctionDocstring, bool isStarHandler)
    {
        if ((node is Stmt and not (Global or Nonlocal) or ExceptHandler) && !isFunctionDocstring)
            yield return "line";
        if (isDecorator)
            yield return "call";
        switch (node)
        {
            case FunctionDef or Lambda:
                yield return "start";
                yield return "return"; // the implicit return at the end (for a lambda, its only one)
                yield return "frame_start";
                yield return "frame_end";
                break;
            case GeneratorExp ge:
                yield return "frame_start";
                yield return "frame_end";
                yield return "call"; // its creation, a call of its function in CPython
                yield return "start";
                yield return "yield";
                yield return "return";
                // An asynchronous one's async for: the await of __anext__ and its StopAsyncIteration's handler.
                foreach (var gen in ge.Generators)
                {
                    if (gen.IsAsync == 0)
                        continue;
                    yield return "yield";
                    yield return "cleanup_handler";
                    yield return "handled";
                }
                break;
            // (PEP 695's calls of typing's helpers are CPython's intrinsics: no CALL)
            case Call { Func: PyAot.FrontEnd.Ast.Attribute { Value: Name { Id: TypeParameterScopes.TypingModuleName } } }:
                break;
            case Call:
                yield return "call";
                break;
            case Return:
                yield return "return";
                break;
            case Yield:
                yield return "yield";
                break;
            case YieldFrom or Await:
                yield return "yield";
                yield return "cleanup_handler"; // the handler around its yield, which a throw() passed on reaches
                break;
            case AsyncWith asyncWith:
                // Per item: three awaits (__aenter__, __aexit__ with the exception or with Nones, the last a call), the
                // exit's line on both paths, the handler and its re-raise.
                foreach (var _ in asyncWith.Items)
                {
                    for (int i = 0; i < 3; i++)
                    {
                        yield return "yield";
                        yield return "cleanup_handler";
                    }
                    yield return "call";
                    yield return "cleanup";
                    yield return "cleanup";
                    yield return "handled";
                    yield return "reraise";
                }
                break;
            case AsyncFor:
                // The await of __anext__ and the handler of its StopAsyncIteration (END_ASYNC_FOR).
                yield return "yield";
                yield return "cleanup_handler";
                yield return "handled";
                break;
            case Raise:
                yield return "raise";
                break;
            case Try t:
                // CPython's handlers: the except handler and the one around its clauses, a no-match re-raise unless the
                // last clause is bare; the finally body's exceptional copy, its cleanup and its re-raise.
                if (t.Handlers.Count > 0)
                {
                    yield return "handled";
                    yield return "cleanup_handler";
                    if (t.Handlers[^1].Type is not null)
                        yield return "reraise";
                }
                if (t.Finalbody.Count > 0)
                {
                    yield return "handled";
                    yield return "cleanup_handler";
                    yield return "reraise";
                }
                break;
            case TryStar:
                // The handler of what the body raised, and the re-raise of what no clause handled or a clause raised.
                yield return "handled";
                yield return "reraise";
                break;
            case ExceptHandler when isStarHandler:
                yield return "handled"; // the handler of what the clause's handler raises (none unbinds the name)
                break;
            case ExceptHandler { Name: not null }:
                yield return "cleanup_handler"; // the handler that unbinds the name
                break;
            case ListComp or SetComp or DictComp:
                yield return "cleanup_handler"; // the inlined comprehension's restore
                // An asynchronous comprehension's async for: the await of __anext__ and its StopAsyncIteration's handler.
                foreach (var gen in ((Expr)node) switch { ListComp l => l.Generators, SetComp s => s.Generators, _ => ((DictComp)node).Generators })
                {
                    if (gen.IsAsync == 0)
                        continue;
                    yield return "yield";
                    yield return "cleanup_handler";
                    yield return "handled";
                }
                break;
            case ClassDef:
                yield return "build";
                yield return "built";
                break;
            case With with:
                // Per item: __exit__(None, None, None) is a call; its cleanup begins after the body completed or raised.
                foreach (var _ in with.Items)
                {
                    yield return "call";
                    yield return "cleanup";
                    yield return "cleanup";
                    yield return "handled";
                    yield return "cleanup_handler";
                    yield return "reraise";
                }
                break;
            case While w when w.Test is Constant { Value: true }:
                break; // while True: no test, no branch (CPython has none either)
            case PyAot.FrontEnd.Ast.Assert { Msg: not null }:
                yield return "branch";
                yield return "call"; // AssertionError(msg)
                break;
            case If or While or IfExp or PyAot.FrontEnd.Ast.Assert:
                yield return "branch";
                break;
        }
        if (node is While or For or AsyncFor or Continue)
            yield return "jump";
    }

    public static IEnumerable<object[]> Entries() => LoweringCorpusTests.Entries();

    [Theory]
    [MemberData(nameof(Entries))]
    public void EveryPointReachesItsHookOnce(string entry)
    {
        var e = LoweringCorpusTests.ByKey[entry];
        var parsed = PyAot.FrontEnd.PythonParser.Parse(e.Input.Text);
        if (parsed.HasErrors)
            return;
        GeneratorTree.Prepare(parsed.Module); // (as the lowering sees the tree)
        var numbering = new Numbering(PyAot.FrontEnd.Scopes.FutureFeatures.Of(parsed.Module).Annotations);
        LargeStack.Run(parsed.Module, () => { numbering.Visit(parsed.Module); return 0; });

        var ids = numbering.Ids;
        var lowered = LargeStack.Run(parsed.Module, () =>
            ModuleLowering.LowerTree(e.Input, parsed.Module, CancellationToken.None, new CountingInstrumenter(ids)));
        if (lowered.CSharp is null)
            return; // refused modules (diagnostics) have no code to count

        var decorators = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        foreach (var n in numbering.Nodes)
        {
            if (n is FunctionDef f)
                decorators.UnionWith(f.DecoratorList);
            else if (n is ClassDef c)
                decorators.UnionWith(c.DecoratorList);
        }
        var starHandlers = new HashSet<Node>(numbering.Nodes.OfType<TryStar>().SelectMany(t => t.Handlers), ReferenceEqualityComparer.Instance);
        var expected = new Dictionary<(string, int), int>();
        foreach (var n in numbering.Nodes)
        {
            foreach (var kind in ExpectedPoints(n, decorators.Contains(n), numbering.FunctionDocstrings.Contains(n), starHandlers.Contains(n)))
            {
                var key = (kind, ids[n]);
                expected[key] = expected.TryGetValue(key, out int k) ? k + 1 : 1;
            }
        }
        var actual = new Dictionary<(string, int), int>();
        foreach (RegexMatch m in Regex.Matches(lowered.CSharp, @"@(\w+) (\d+)"))
        {
            var key = (m.Groups[1].Value, int.Parse(m.Groups[2].Value));
            actual[key] = actual.TryGetValue(key, out int k) ? k + 1 : 1;
        }
        var problems = expected.Keys.Union(actual.Keys)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .OrderBy(k => k.Item2)
            .Select(k => $"{k.Item1} of {Describe(numbering.Nodes[k.Item2])}: expected {expected.GetValueOrDefault(k)}, found {actual.GetValueOrDefault(k)}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("; ", problems.Take(20)));
    }

    private static string Describe(Node n) => $"{n.PythonName} at {n.Lineno}:{n.ColOffset}";

    public static IEnumerable<object[]> Benchmarks() =>
        LoweringCorpusTests.ByKey.Values.Where(e => e.Suite == "benchmarks").OrderBy(e => e.Name, System.StringComparer.Ordinal).Select(e => new object[] { e.Name });

    /// <summary>
    /// Instrumented code still compiles and means the same: each benchmark, lowered with the counting instrumenter
    /// (every expression hook wraps its C#, and the fast paths that skip hooks are off), prints what CPython printed.
    /// </summary>
    [Theory]
    [MemberData(nameof(Benchmarks))]
    public void InstrumentedProgramsRunAsBefore(string name)
    {
        var e = LoweringCorpusTests.ByKey["benchmarks/" + name];
        var parsed = PyAot.FrontEnd.PythonParser.Parse(e.Input.Text);
        var numbering = new Numbering(PyAot.FrontEnd.Scopes.FutureFeatures.Of(parsed.Module).Annotations);
        LargeStack.Run(parsed.Module, () => { numbering.Visit(parsed.Module); return 0; });
        var lowered = LargeStack.Run(parsed.Module, () =>
            ModuleLowering.LowerTree(e.Input, parsed.Module, CancellationToken.None, new CountingInstrumenter(numbering.Ids)));
        Assert.NotNull(lowered.CSharp);
        var assembly = LoweringHarness.Compile(new[] { lowered.CSharp! }, "instrumented_" + name);
        var (exit, stdout, stderr) = LoweringHarness.Run(assembly, name);
        Assert.True(exit == 0, stderr);
        string expected = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "benchmarks", "programs", name + ".expected"));
        Assert.Equal(expected.Replace("\r\n", "\n"), stdout);
    }
}
