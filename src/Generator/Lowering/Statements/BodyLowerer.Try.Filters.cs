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
    /// <summary><c> when (...)</c> for the catch of these handlers, or "" when they need the catch-all form.</summary>
    private string HandlerFilter(List<ExceptHandler> handlers, string exc)
    {
        var tests = new List<string>();
        foreach (var h in handlers)
        {
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
        if (tests.Count == 0)
            return "";
        // While a tool watches the first clause's test (BRANCH), the clauses' tests run in the catch, one by one, each
        // raising its event (in a filter they would run before inner finally blocks, out of CPython's order); the frame
        // then catches and rethrows what no clause matches.
        string? watched = _e.Instrumenter.TestWatched(handlers[0], 0);
        return $" when ({(watched is null ? "" : watched + " || ")}{string.Join(" || ", tests)})";
    }

    /// <summary>The builtin names that are exception classes (<c>except len:</c> must raise TypeError, outside a filter).</summary>
    private static bool IsBuiltinExceptionName(string name) =>
        BuiltinNames.All.Contains(name) && char.IsUpper(name[0]) && name is not ("None" or "Ellipsis" or "NotImplemented" or "True" or "False");
}
