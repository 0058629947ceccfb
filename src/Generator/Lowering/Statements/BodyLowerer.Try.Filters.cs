using System.Linq;
using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Exception filters for <c>try</c>/<c>except</c>: when every except clause names builtin exception classes (a
/// name or a tuple of names, none shadowed), the C# catch gets <c>when (e.Matches(A) || e.Matches(B) ...)</c>, so
/// an exception no clause matches passes through the frame without being caught and rethrown. A rethrow runs on
/// top of the stack of the original throw, so recursion through many such frames overflowed the stack while an
/// exception unwound; with the filter only the frame that handles it catches. Reading a builtin class and testing
/// the type cannot raise or run Python code, so evaluating the test in the filter (.NET's first pass, before inner
/// finally blocks ran) is unobservable. Other clause types (user classes, expressions) keep the catch-and-rethrow:
/// Python evaluates them after inner finally blocks, and an error in them must propagate (a filter swallows it).
/// </summary>
internal sealed partial class BodyLowerer
{
    /// <summary><c> when (...)</c> for the catch of these handlers, or "" when they need the catch-all form. The filter
    /// makes CPython's tests, one per clause in order (each raising monitoring's BRANCH), so the catch's clauses test
    /// again without events (<paramref name="testedInFilter"/>, <see cref="ExceptClauses"/>' parameter).</summary>
    private string HandlerFilter(List<ExceptHandler> handlers, string exc, out bool testedInFilter)
    {
        testedInFilter = false;
        var clauses = new List<(ExceptHandler Handler, List<string> Tests)>();
        foreach (var h in handlers)
        {
            var tests = new List<string>();
            clauses.Add((h, tests));
            if (h.Type is null)
                return ""; // a bare except catches everything: nothing is rethrown
            var names = HandlerBuiltinNames(h.Type);
            if (names is null)
                return "";
            var items = h.Type is Tuple tu ? tu.Elts : new List<Expr> { h.Type };
            foreach (var e in items)
            {
                if (!IsBuiltinExceptionName(((Name)e).Id))
                    return "";
                var (pre, type) = Capture(() => LowerValue(e));
                if (pre.Length > 0)
                    return "";
                tests.Add($"{exc}.Matches({type})");
            }
        }
        if (clauses.Count == 0)
            return "";
        string Tests((ExceptHandler Handler, List<string> Tests) c) =>
            c.Tests.Count == 1 ? c.Tests[0] : "(" + string.Join(" || ", c.Tests) + ")";
        // While a tool watches, the catch takes every exception and tests the clauses in its body, after inner finally
        // blocks ran, as CPython does: their events (BRANCH, and the handler's EXCEPTION_HANDLED and RERAISE when none
        // matches) come in CPython's order.
        if (_e.Instrumenter.CatchAllGuard is { } all)
            return $" when ({all} || " + string.Join(" || ", clauses.Select(Tests)) + ")";
        testedInFilter = true;
        return " when (" + string.Join(" || ", clauses.Select(c => _e.Test(c.Handler, 0, Tests(c)))) + ")";
    }

    /// <summary>The builtin names that are exception classes (<c>except len:</c> must raise TypeError, outside a filter).</summary>
    private static bool IsBuiltinExceptionName(string name) =>
        BuiltinNames.All.Contains(name) && char.IsUpper(name[0]) && name is not ("None" or "Ellipsis" or "NotImplemented" or "True" or "False");
}
