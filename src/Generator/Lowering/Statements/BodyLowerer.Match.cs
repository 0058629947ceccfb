using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>match</c> statements (PEP 634). The subject is evaluated once into a temporary; each case's pattern becomes
/// one C# condition (short-circuit <c>&amp;&amp;</c>/<c>||</c> over the runtime's <c>MatchRt</c> tests) whose captures go
/// to C# temporaries, so names are bound only when the whole pattern matched (then the guard runs; a case that
/// ran its body jumps past the other cases).
/// </summary>
internal sealed partial class BodyLowerer
{
    private void MatchStatement(Match m)
    {
        string subject = NewTemp("subject");
        _w.Line($"{subject} = {LowerValue(m.Subject)};");
        string end = NewLabel("match_end");
        bool anyReachesEnd = false;
        // In a generator with a yield in a case body, the cases are labels and gotos (resumable), not C# blocks.
        bool flat = _gen is not null && m.Cases.Any(c => ContainsYield(c.Body));
        for (int i = 0; i < m.Cases.Count; i++)
        {
            var mc = m.Cases[i];
            if (i < m.Cases.Count - 1 && mc.Guard is null && IsIrrefutable(mc.Pattern))
            {
                string msg = mc.Pattern is MatchAs { Name: { } n, Pattern: null }
                    ? $"name capture '{n}' makes remaining patterns unreachable"
                    : "wildcard makes remaining patterns unreachable";
                throw new LoweringError(msg, mc.Pattern, syntax: true);
            }
            PatternNames(mc.Pattern);
            var captures = new Dictionary<string, string>();
            var order = new List<string>();
            string cond = PatternCondition(mc.Pattern, subject, captures, order);
            _e.LineDirective(mc.Pattern);
            string? next = flat ? NewLabel("next_case") : null;
            if (next is not null)
                _w.Line($"if (!({cond})) goto {next};");
            else
                _w.Open($"if ({cond})");
            foreach (var name in order)
                StoreName(name, captures[name], mc.Pattern);
            if (mc.Guard is not null)
            {
                var (pre, guard) = Capture(() => LowerCondition(mc.Guard));
                _w.Append(pre, 0);
                if (next is not null)
                    _w.Line($"if (!({guard})) goto {next};");
                else
                    _w.Open($"if ({guard})");
            }
            Statements(mc.Body, 0);
            if (Facts.EndReachable(mc.Body))
            {
                _w.Line($"goto {end};");
                anyReachesEnd = true;
            }
            if (next is not null)
            {
                _w.Line($"{next}:;");
                continue;
            }
            if (mc.Guard is not null)
                _w.Close();
            _w.Close();
        }
        // No case matched: the state before the match (captures of failed patterns are not counted as bound).
        if (anyReachesEnd)
            _w.Line($"{end}: ;");
    }

    /// <summary>The names a pattern binds, with CPython's compile-time errors for repeated names and or-patterns whose
    /// alternatives bind different names.</summary>
    private static HashSet<string> PatternNames(Pattern p)
    {
        var names = new HashSet<string>();
        void Add(string? n, Node at)
        {
            if (n is not null && !names.Add(n))
                throw new LoweringError($"multiple assignments to name '{n}' in pattern", at, syntax: true);
        }
        void Merge(HashSet<string> sub, Node at)
        {
            foreach (var n in sub)
                Add(n, at);
        }
        switch (p)
        {
            case MatchAs a:
                if (a.Pattern is not null)
                    Merge(PatternNames(a.Pattern), a);
                Add(a.Name, a);
                break;
            case MatchStar st:
                Add(st.Name, st);
                break;
            case MatchSequence seq:
                foreach (var x in seq.Patterns)
                    Merge(PatternNames(x), x);
                break;
            case MatchMapping map:
                foreach (var x in map.Patterns)
                    Merge(PatternNames(x), x);
                Add(map.Rest, map);
                break;
            case MatchClass cls:
                foreach (var x in cls.Patterns.Concat(cls.KwdPatterns))
                    Merge(PatternNames(x), x);
                break;
            case MatchOr o:
            {
                HashSet<string>? first = null;
                foreach (var alt in o.Patterns)
                {
                    var altNames = PatternNames(alt);
                    if (first is null)
                        first = altNames;
                    else if (!first.SetEquals(altNames))
                        throw new LoweringError("alternative patterns bind different names", alt, syntax: true);
                }
                if (first is not null)
                    Merge(first, o);
                break;
            }
        }
        return names;
    }

    /// <summary>Irrefutable patterns (a capture or wildcard, possibly in an or-pattern or 'as').</summary>
    private static bool IsIrrefutable(Pattern p) => p switch
    {
        MatchAs { Pattern: null } => true,
        MatchAs { Pattern: { } inner } => IsIrrefutable(inner),
        MatchOr o => o.Patterns.Any(IsIrrefutable),
        _ => false,
    };

    private string CaptureTemp(string name, Dictionary<string, string> captures, List<string> order, Node at)
    {
        if (!captures.TryGetValue(name, out var t))
        {
            t = NewTemp("cap_" + name);
            captures[name] = t;
            order.Add(name);
        }
        return t;
    }

    /// <summary>The C# condition testing <paramref name="subject"/> (a side-effect-free C# expression) against the pattern.</summary>
    private string PatternCondition(Pattern p, string subject, Dictionary<string, string> captures, List<string> order)
    {
        switch (p)
        {
            case MatchAs { Pattern: null, Name: null }:
                return "true";
            case MatchAs a:
            {
                string inner = a.Pattern is null ? "true" : PatternCondition(a.Pattern, subject, captures, order);
                if (a.Name is null)
                    return inner;
                string t = CaptureTemp(a.Name, captures, order, a);
                string cap = $"MatchRt.Capture({subject}, out {t})";
                return inner == "true" ? cap : $"({inner} && {cap})";
            }
            case MatchValue v:
                return $"PyOps.EqBool({subject}, {LowerValue(v.Value)})";
            case MatchSingleton s:
            {
                string value = s.Value switch
                {
                    true => "PyValue.True",
                    false => "PyValue.False",
                    _ => "PyValue.None",
                };
                return $"PyOps.Is({subject}, {value})";
            }
            case MatchOr o:
            {
                var alts = o.Patterns.Select(x => PatternCondition(x, subject, captures, order)).ToList();
                return "(" + string.Join(" || ", alts) + ")";
            }
            case MatchSequence seq:
            {
                int star = seq.Patterns.FindIndex(x => x is MatchStar);
                int fixedCount = star < 0 ? seq.Patterns.Count : seq.Patterns.Count - 1;
                string items = NewBlockLocal("items");
                bool starCaptures = star >= 0 && seq.Patterns[star] is MatchStar { Name: not null };
                var parts = new List<string> { $"MatchRt.Sequence({subject}, {fixedCount}, {(star < 0 ? "true" : "false")}, {(starCaptures ? "true" : "false")}, out var {items})" };
                for (int i = 0; i < seq.Patterns.Count; i++)
                {
                    var sub = seq.Patterns[i];
                    if (sub is MatchStar ms)
                    {
                        if (ms.Name is not null)
                        {
                            string t = CaptureTemp(ms.Name, captures, order, ms);
                            parts.Add($"MatchRt.Capture(MatchRt.Star({items}, {i}, {seq.Patterns.Count - 1 - i}), out {t})");
                        }
                        continue;
                    }
                    string element = star < 0 || i < star ? $"{items}[{i}]" : $"{items}.FromEnd({seq.Patterns.Count - i})";
                    string c = PatternCondition(sub, element, captures, order);
                    if (c != "true")
                        parts.Add(c);
                }
                return "(" + string.Join(" && ", parts) + ")";
            }
            case MatchMapping map:
            {
                string values = NewBlockLocal("values");
                var keys = map.Keys.Select(LowerValue).ToList();
                string keySpan = keys.Count == 0 ? "ReadOnlySpan<PyValue>.Empty" : "new PyValue[] { " + string.Join(", ", keys) + " }";
                var parts = new List<string> { $"MatchRt.Mapping({subject}, {keySpan}, out var {values})" };
                for (int i = 0; i < map.Patterns.Count; i++)
                {
                    string c = PatternCondition(map.Patterns[i], $"{values}[{i}]", captures, order);
                    if (c != "true")
                        parts.Add(c);
                }
                if (map.Rest is not null)
                {
                    string t = CaptureTemp(map.Rest, captures, order, map);
                    parts.Add($"MatchRt.Capture(MatchRt.Rest({subject}, {keySpan}), out {t})");
                }
                return "(" + string.Join(" && ", parts) + ")";
            }
            case MatchClass cls:
            {
                string values = NewBlockLocal("attrs");
                string kw = cls.KwdAttrs.Count == 0 ? "System.Array.Empty<string>()"
                    : "new string[] { " + string.Join(", ", cls.KwdAttrs.Select(CsNames.StringLiteral)) + " }";
                var parts = new List<string> { $"MatchRt.Class({subject}, {LowerValue(cls.Cls)}, {cls.Patterns.Count}, {kw}, out var {values})" };
                var subs = cls.Patterns.Concat(cls.KwdPatterns).ToList();
                for (int i = 0; i < subs.Count; i++)
                {
                    string c = PatternCondition(subs[i], $"{values}[{i}]", captures, order);
                    if (c != "true")
                        parts.Add(c);
                }
                return "(" + string.Join(" && ", parts) + ")";
            }
            case MatchStar ms:
                throw new LoweringError("can't use starred name here", ms, syntax: true);
        }
        NotSupported($"'{p.PythonName}' patterns are", p);
        return "false";
    }
}
