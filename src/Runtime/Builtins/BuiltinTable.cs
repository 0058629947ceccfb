using System;
using System.Collections.Generic;

namespace PyAot.Runtime;

public static partial class Builtins
{
    private static readonly Dictionary<string, PyValue> Table = CreateTable();

    /// <summary>The builtin named <paramref name="name"/> (function, type, exception class, constant).</summary>
    public static bool Lookup(string name, out PyValue value) => Table.TryGetValue(name, out value);

    /// <summary>Every builtin name (for the builtins module / dir()).</summary>
    public static IEnumerable<string> Names => Table.Keys;

    private static PyValue Fn(string name, PyCallTarget target) => PyValue.FromObject(new PyBuiltinFunction(name, target));

    private static PyValue Kw(ReadOnlySpan<PyValue> args, string[]? kw, string name) =>
        ArgCheck.TryGetKeyword(args, kw, name, out var v) ? v : default;

    private static ReadOnlySpan<PyValue> Exact(string name, ReadOnlySpan<PyValue> args, string[]? kw, int n)
    {
        ArgCheck.NoKeywords(name, kw);
        if (args.Length != n)
        {
            if (n == 1)
                throw PyException.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
            throw PyException.TypeError($"{name} expected {n} arguments, got {args.Length}");
        }
        return args;
    }

    private static Dictionary<string, PyValue> CreateTable()
    {
        PyTypes.EnsureInitialized();
        var t = new Dictionary<string, PyValue>
        {
            ["None"] = PyValue.None,
            ["True"] = PyValue.True,
            ["False"] = PyValue.False,
            ["NotImplemented"] = PyValue.FromObject(PyNotImplementedType.Instance),
            ["Ellipsis"] = PyValue.FromObject(PyEllipsisType.Instance),
            // (compiled code has no -O: assert statements run)
            ["__debug__"] = PyValue.True,
            ["__name__"] = PyValue.FromString("builtins"),
            ["print"] = Fn("print", static (args, kw) =>
            {
                ArgCheck.OnlyKeywords("print", kw, "sep", "end", "flush", "file");
                var pos = ArgCheck.Positional(args, kw);
                var file = Kw(args, kw, "file");
                var flush = Kw(args, kw, "flush");
                if ((file.IsUnbound || file.IsNone) && PyStdio.StdoutRebound is { } target)
                {
                    PrintToStdout(pos, Kw(args, kw, "sep"), Kw(args, kw, "end"), !flush.IsUnbound && PyOps.IsTrue(flush), target);
                    return PyValue.None;
                }
                var writer = file.IsUnbound || file.IsNone ? PyStdio.Out
                    : file.Ref is PyTextFile tf ? tf.Writer
                    : null;
                if (writer is null)
                {
                    PrintToObject(pos, Kw(args, kw, "sep"), Kw(args, kw, "end"), !flush.IsUnbound && PyOps.IsTrue(flush), file);
                    return PyValue.None;
                }
                Print(pos, Kw(args, kw, "sep"), Kw(args, kw, "end"), !flush.IsUnbound && PyOps.IsTrue(flush), writer);
                return PyValue.None;
            }),
            ["len"] = Fn("len", static (args, kw) => Len(Exact("len", args, kw, 1)[0])),
            ["repr"] = Fn("repr", static (args, kw) => Repr(Exact("repr", args, kw, 1)[0])),
            ["ascii"] = Fn("ascii", static (args, kw) => Ascii(Exact("ascii", args, kw, 1)[0])),
            ["abs"] = Fn("abs", static (args, kw) => Abs(Exact("abs", args, kw, 1)[0])),
            ["chr"] = Fn("chr", static (args, kw) => Chr(Exact("chr", args, kw, 1)[0])),
            ["ord"] = Fn("ord", static (args, kw) => Ord(Exact("ord", args, kw, 1)[0])),
            ["hex"] = Fn("hex", static (args, kw) => Hex(Exact("hex", args, kw, 1)[0])),
            ["oct"] = Fn("oct", static (args, kw) => Oct(Exact("oct", args, kw, 1)[0])),
            ["bin"] = Fn("bin", static (args, kw) => Bin(Exact("bin", args, kw, 1)[0])),
            ["hash"] = Fn("hash", static (args, kw) => Hash(Exact("hash", args, kw, 1)[0])),
            ["id"] = Fn("id", static (args, kw) => Id(Exact("id", args, kw, 1)[0])),
            ["callable"] = Fn("callable", static (args, kw) => Callable(Exact("callable", args, kw, 1)[0])),
            ["vars"] = Fn("vars", static (args, kw) => Vars(args, kw)),
            ["dir"] = Fn("dir", static (args, kw) => Dir(args, kw)),
            ["open"] = Fn("open", static (args, kw) => Open(args, kw)),
            ["iter"] = Fn("iter", static (args, kw) =>
            {
                ArgCheck.Range("iter", args, kw, 1, 2);
                if (args.Length == 2)
                    return PyValue.FromObject(new CallableIterator(args[0], args[1]));
                return Iter(args[0]);
            }),
            ["next"] = Fn("next", static (args, kw) =>
            {
                ArgCheck.Range("next", args, kw, 1, 2);
                return Next(args[0], args.Length > 1 ? args[1] : default);
            }),
            ["aiter"] = Fn("aiter", static (args, kw) => AsyncBuiltins.AIter(Exact("aiter", args, kw, 1)[0])),
            ["anext"] = Fn("anext", static (args, kw) =>
            {
                ArgCheck.Range("anext", args, kw, 1, 2);
                return AsyncBuiltins.ANext(args[0], args.Length > 1 ? args[1] : default);
            }),
            ["any"] = Fn("any", static (args, kw) => Any(Exact("any", args, kw, 1)[0])),
            ["all"] = Fn("all", static (args, kw) => All(Exact("all", args, kw, 1)[0])),
            ["divmod"] = Fn("divmod", static (args, kw) =>
            {
                ArgCheck.Range("divmod", args, kw, 2, 2);
                return Divmod(args[0], args[1]);
            }),
            ["pow"] = Fn("pow", static (args, kw) =>
            {
                ArgCheck.OnlyKeywords("pow", kw, "base", "exp", "mod");
                var pos = ArgCheck.Positional(args, kw);
                var b = pos.Length > 0 ? pos[0] : Kw(args, kw, "base");
                var e = pos.Length > 1 ? pos[1] : Kw(args, kw, "exp");
                var m = pos.Length > 2 ? pos[2] : Kw(args, kw, "mod");
                if (b.IsUnbound || e.IsUnbound)
                    throw PyException.TypeError($"pow() missing required argument '{(b.IsUnbound ? "base" : "exp")}' (pos {(b.IsUnbound ? 1 : 2)})");
                return PyOps.Pow(b, e, m);
            }),
            ["round"] = Fn("round", static (args, kw) =>
            {
                ArgCheck.OnlyKeywords("round", kw, "number", "ndigits");
                var pos = ArgCheck.Positional(args, kw);
                var x = pos.Length > 0 ? pos[0] : Kw(args, kw, "number");
                var n = pos.Length > 1 ? pos[1] : Kw(args, kw, "ndigits");
                if (x.IsUnbound)
                    throw PyException.TypeError("round() missing required argument 'number' (pos 1)");
                return Round(x, n);
            }),
            ["min"] = Fn("min", static (args, kw) =>
            {
                ArgCheck.OnlyKeywords("min", kw, "key", "default");
                return Min(ArgCheck.Positional(args, kw), Kw(args, kw, "key"), Kw(args, kw, "default"));
            }),
            ["max"] = Fn("max", static (args, kw) =>
            {
                ArgCheck.OnlyKeywords("max", kw, "key", "default");
                return Max(ArgCheck.Positional(args, kw), Kw(args, kw, "key"), Kw(args, kw, "default"));
            }),
            ["sum"] = Fn("sum", static (args, kw) =>
            {
                ArgCheck.OnlyKeywords("sum", kw, "start");
                var pos = ArgCheck.Positional(args, kw);
                if (pos.Length == 0 || pos.Length > 2)
                    throw PyException.TypeError(pos.Length == 0 ? "sum() takes at least 1 positional argument (0 given)" : $"sum() takes at most 2 arguments ({pos.Length} given)");
                return Sum(pos[0], pos.Length > 1 ? pos[1] : Kw(args, kw, "start"));
            }),
            ["sorted"] = Fn("sorted", static (args, kw) =>
            {
                ArgCheck.OnlyKeywords("sorted", kw, "key", "reverse");
                var pos = ArgCheck.Positional(args, kw);
                if (pos.Length != 1)
                    throw PyException.TypeError(pos.Length == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {pos.Length}");
                var rev = Kw(args, kw, "reverse");
                return Sorted(pos[0], Kw(args, kw, "key"), !rev.IsUnbound && PyOps.IsTrue(rev));
            }),
            ["reversed"] = PyValue.FromObject(PyTypes.Reversed),
            ["enumerate"] = PyValue.FromObject(PyTypes.Enumerate),
            ["zip"] = PyValue.FromObject(PyTypes.Zip),
            ["map"] = PyValue.FromObject(PyTypes.Map),
            ["filter"] = PyValue.FromObject(PyTypes.Filter),
            ["isinstance"] = Fn("isinstance", static (args, kw) =>
            {
                ArgCheck.Range("isinstance", args, kw, 2, 2);
                return Isinstance(args[0], args[1]);
            }),
            ["issubclass"] = Fn("issubclass", static (args, kw) =>
            {
                ArgCheck.Range("issubclass", args, kw, 2, 2);
                return Issubclass(args[0], args[1]);
            }),
            ["getattr"] = Fn("getattr", static (args, kw) =>
            {
                ArgCheck.NoKeywords("getattr", kw);
                if (args.Length < 2 || args.Length > 3)
                    throw PyException.TypeError($"getattr expected {(args.Length < 2 ? "at least 2" : "at most 3")} arguments, got {args.Length}");
                return Getattr(args[0], args[1], args.Length > 2 ? args[2] : default);
            }),
            ["setattr"] = Fn("setattr", static (args, kw) =>
            {
                ArgCheck.Range("setattr", args, kw, 3, 3);
                PyOps.SetAttr(args[0], args[1].Ref as string ?? throw PyException.TypeError($"attribute name must be string, not '{PyOps.TypeName(args[1])}'"), args[2]);
                return PyValue.None;
            }),
            ["hasattr"] = Fn("hasattr", static (args, kw) =>
            {
                ArgCheck.Range("hasattr", args, kw, 2, 2);
                return Hasattr(args[0], args[1]);
            }),
            ["delattr"] = Fn("delattr", static (args, kw) =>
            {
                ArgCheck.Range("delattr", args, kw, 2, 2);
                PyOps.DelAttr(args[0], args[1].Ref as string ?? throw PyException.TypeError($"attribute name must be string, not '{PyOps.TypeName(args[1])}'"));
                return PyValue.None;
            }),
            ["input"] = Fn("input", static (args, kw) =>
            {
                ArgCheck.Range("input", args, kw, 0, 1);
                return Input(args.Length > 0 ? args[0] : default);
            }),
            ["format"] = Fn("format", static (args, kw) =>
            {
                ArgCheck.Range("format", args, kw, 1, 2);
                return Format(args[0], args.Length > 1 ? args[1] : default);
            }),
            ["exit"] = Fn("exit", static (args, kw) => throw PyException.SystemExit(args.Length > 0 ? args[0] : default)),
            ["quit"] = Fn("quit", static (args, kw) => throw PyException.SystemExit(args.Length > 0 ? args[0] : default)),
        };
        foreach (var type in new[]
        {
            PyTypes.Object, PyTypes.Type, PyTypes.Int, PyTypes.Bytes, PyTypes.ByteArray, PyTypes.Bool, PyTypes.Float, PyComplex.ComplexType, PyTypes.Str, PyTypes.List,
            PyTypes.Tuple, PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Range, PyTypes.Slice, PyMemoryView.TypeObject,
            PyTypes.StaticMethod, PyTypes.ClassMethod, PyTypes.Property, PyTypes.Super,
            PyTypes.BaseException, PyTypes.GeneratorExit, PyTypes.KeyboardInterrupt, PyTypes.SystemExit,
            PyTypes.Exception, PyTypes.ArithmeticError, PyTypes.FloatingPointError, PyTypes.OverflowError,
            PyTypes.ZeroDivisionError, PyTypes.AssertionError, PyTypes.AttributeError, PyTypes.BufferError,
            PyTypes.EOFError, PyTypes.ImportError, PyTypes.ModuleNotFoundError, PyTypes.LookupError,
            PyTypes.IndexError, PyTypes.KeyError, PyTypes.MemoryError, PyTypes.NameError, PyTypes.UnboundLocalError,
            PyTypes.OSError, PyTypes.FileNotFoundError, PyTypes.FileExistsError, PyTypes.PermissionError,
            PyTypes.IsADirectoryError, PyTypes.NotADirectoryError, PyTypes.TimeoutError, PyTypes.ReferenceError,
            PyTypes.RuntimeError, PyTypes.NotImplementedError, PyTypes.RecursionError, PyTypes.StopAsyncIteration,
            PyTypes.StopIteration, PyTypes.SyntaxError, PyTypes.IndentationError, PyTypes.TabError,
            PyTypes.SystemError, PyTypes.TypeError, PyTypes.ValueError, PyTypes.UnicodeError,
            PyTypes.UnicodeDecodeError, PyTypes.UnicodeEncodeError, PyTypes.UnicodeTranslateError, PyTypes.Warning, PyTypes.UserWarning,
            PyTypes.DeprecationWarning, PyTypes.RuntimeWarning,
            PyTypes.BlockingIOError, PyTypes.ChildProcessError, PyTypes.ConnectionError, PyTypes.BrokenPipeError,
            PyTypes.ConnectionAbortedError, PyTypes.ConnectionRefusedError, PyTypes.ConnectionResetError,
            PyTypes.InterruptedError, PyTypes.ProcessLookupError, PyTypes.BytesWarning, PyTypes.EncodingWarning,
            PyTypes.FutureWarning, PyTypes.ImportWarning, PyTypes.PendingDeprecationWarning, PyTypes.ResourceWarning,
            PyTypes.SyntaxWarning, PyTypes.UnicodeWarning, PyTypes.BaseExceptionGroup, PyTypes.ExceptionGroup,
        })
        {
            t[type.Name] = PyValue.FromObject(type);
        }
        t["IOError"] = PyValue.FromObject(PyTypes.OSError);
        t["EnvironmentError"] = PyValue.FromObject(PyTypes.OSError);
        return t;
    }
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class CallableIterator(PyValue callable, PyValue sentinel) : PyIterator
{
    private bool _done;

    public override PyType Type => PyTypes.Iterator;

    public override bool MoveNext(out PyValue item)
    {
        if (!_done)
        {
            item = PyOps.Call(callable);
            if (!PyOps.EqBool(item, sentinel))
                return true;
            _done = true;
        }
        item = default;
        return false;
    }
}
