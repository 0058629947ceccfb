using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.Runtime;
using Xunit;

namespace PyAot.Runtime.Tests;

public class MethodCaseTests
{
    private static PyValue Arg(string text)
    {
        switch (text[0])
        {
            case 't':
                return PyValue.FromObject(new PyTuple(text.Substring(2).Split('|').Select(s => PyValue.FromString(CaseFiles.Unescape(s))).ToArray()));
            case 'l':
            {
                string body = text.Substring(2);
                bool ints = body.EndsWith("#int", StringComparison.Ordinal);
                if (ints)
                    body = body[..^4];
                var items = body.Length == 0 ? Array.Empty<string>() : body.Split('|');
                return PyValue.FromObject(new PyList(items.Select(s => ints ? PyValue.FromInt(long.Parse(s)) : PyValue.FromString(CaseFiles.Unescape(s))).ToArray()));
            }
            default:
                return CaseFiles.Value(text);
        }
    }

    [Fact]
    public void StrMethods()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var c in CaseFiles.Read("str_method_cases.txt"))
        {
            total++;
            var self = CaseFiles.Value(c[0]);
            var args = c[2].Length == 0 ? Array.Empty<PyValue>() : c[2].Split('\x1f').Select(Arg).ToArray();
            string expected = CaseFiles.Unescape(c[3]);
            string actual = CaseFiles.Outcome(() => PyOps.Repr(PyOps.CallMethod(self, c[1], args, null)));
            if (actual != expected)
                failures.Add($"{c[0]}.{c[1]}({c[2]}): expected [{expected}] got [{actual}]");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} differ:\n" + string.Join("\n", failures.Take(60)));
    }

    private static PyValue Element(string e) =>
        e.StartsWith("T:", StringComparison.Ordinal)
            ? PyValue.FromObject(new PyTuple(e.Substring(2).Split(',').Select(CaseFiles.Value).ToArray()))
            : CaseFiles.Value(e);

    [Fact]
    public void SetOrderMatchesCPython()
    {
        var failures = new List<string>();
        foreach (var c in CaseFiles.Read("set_cases.txt"))
        {
            var xs = c[0].Split('|').Select(Element).ToArray();
            var list = PyValue.FromObject(new PyList(xs));
            var s = PySet.FromIterable(list, false);
            var s2 = PySet.FromIterable(list, false);
            s2.Discard(xs[0]);
            s2.Add(PyValue.FromInt(99));
            var fs = PySet.FromIterable(list, true);
            string got = $"{s.Repr()}\t{s2.Repr()}\t{fs.Repr()}\t{fs.Hash()}";
            string want = $"{c[1]}\t{c[2]}\t{c[3]}\t{c[4]}";
            if (got != want)
                failures.Add($"{c[0]}: expected [{want}] got [{got}]");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
