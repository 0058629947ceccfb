using System;

namespace PyAot.Runtime;

/// <summary>The <c>sys</c> module: argv, exit, exception/exc_info, maxsize, stdout/stderr, version_info, recursion limit, int digits limit.</summary>
public static class SysModule
{
    public static readonly BuiltinModule Instance = Create();

    public static PyValue Exit(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        ArgCheck.Range("exit", args, kw, 0, 1);
        throw PyException.SystemExit(args.Length == 0 ? default : args[0]);
    }

    /// <summary><c>sys.set_asyncgen_hooks([firstiter] [, finalizer])</c>: an omitted hook stays as it is; None unsets one.</summary>
    private static PyValue SetAsyncGenHooks(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        int positional = args.Length - (kw?.Length ?? 0);
        if (positional > 2)
            throw PyException.TypeError($"set_asyncgen_hooks() takes at most 2 arguments ({positional} given)");
        var bound = ArgCheck.Bind("set_asyncgen_hooks", args, kw, ["firstiter", "finalizer"], 0);
        PyValue firstIter = bound[0], finalizer = bound[1];
        if (!finalizer.IsUnbound && !finalizer.IsNone && !PyOps.IsCallable(finalizer))
            throw PyException.TypeError($"callable finalizer expected, got {PyOps.TypeName(finalizer)}");
        if (!firstIter.IsUnbound && !firstIter.IsNone && !PyOps.IsCallable(firstIter))
            throw PyException.TypeError($"callable firstiter expected, got {PyOps.TypeName(firstIter)}");
        var (currentFirstIter, currentFinalizer) = AsyncGenHooks.Current;
        AsyncGenHooks.Set(firstIter.IsUnbound ? currentFirstIter : firstIter, finalizer.IsUnbound ? currentFinalizer : finalizer);
        return PyValue.None;
    }

    /// <summary><c>sys.warnoptions</c>: the entries of <c>PYTHONWARNINGS</c>, split at commas with the empty ones left out,
    /// as CPython reads them (a compiled program has no <c>-W</c> options); <c>warnings</c> applies them when imported.</summary>
    private static PyList WarnOptions()
    {
        var options = new PyList();
        if (Environment.GetEnvironmentVariable("PYTHONWARNINGS") is { Length: > 0 } text)
        {
            foreach (var option in text.Split(','))
            {
                if (option.Length > 0)
                    options.Append(PyValue.FromString(option));
            }
        }
        return options;
    }

    private static BuiltinModule Create()
    {
        // print() without file= writes to whatever sys.stdout holds (contextlib.redirect_stdout rebinds it).
        var m = new BuiltinModule("sys")
        {
            Rebound = static (name, value) =>
            {
                if (name == "stdout")
                    PyStdio.StdoutRebound = ReferenceEquals(value.Ref, PyTextFile.Stdout) ? null : value;
            },
        };
        m.Add("argv", PyValue.FromObject(PySys.Argv));
        m.Add("maxsize", PyValue.FromInt(PySys.MaxSize));
        m.Add("stdout", PyValue.FromObject(PyTextFile.Stdout));
        m.Add("stderr", PyValue.FromObject(PyTextFile.Stderr));
        m.Add("__stdout__", PyValue.FromObject(PyTextFile.Stdout));
        m.Add("__stderr__", PyValue.FromObject(PyTextFile.Stderr));
        m.Add("byteorder", PyValue.FromString(BitConverter.IsLittleEndian ? "little" : "big"));
        m.Add("platform", PyValue.FromString(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        m.Add("version", PyValue.FromString("3.12.1 (PyAot)"));
        m.Add("implementation_name", PyValue.FromString("pyaot"));
        m.Add("version_info", PyValue.FromObject(new PyTuple(new[]
        {
            PyValue.FromInt(3), PyValue.FromInt(12), PyValue.FromInt(1), PyValue.FromString("final"), PyValue.FromInt(0),
        }) { StructSequence = ("sys.version_info", new[] { "major", "minor", "micro", "releaselevel", "serial" }) }));
        m.Add("monitoring", PyValue.FromObject(Monitoring.MonitoringModule.Instance.Module));
        m.Add("warnoptions", PyValue.FromObject(WarnOptions()));
        m.AddFunction("exit", Exit);
        // The file system's encoding and error handler: PyAot's os.fsencode/fsdecode use UTF-8 with surrogateescape (docs/stdlib.md).
        m.AddFunction("getfilesystemencoding", (args, kw) =>
        {
            ArgCheck.None("getfilesystemencoding", args, kw);
            return PyValue.FromString("utf-8");
        });
        m.AddFunction("getfilesystemencodeerrors", (args, kw) =>
        {
            ArgCheck.None("getfilesystemencodeerrors", args, kw);
            return PyValue.FromString("surrogateescape");
        });
        // The exception being handled, in this frame or a caller (HandledExceptions), and its traceback.
        m.AddFunction("exception", (args, kw) =>
        {
            ArgCheck.None("exception", args, kw);
            return HandledExceptions.Active is { } e ? e.Value : PyValue.None;
        });
        m.AddFunction("exc_info", (args, kw) =>
        {
            ArgCheck.None("exc_info", args, kw);
            return PyValue.FromObject(HandledExceptions.Active is { } e
                ? new PyTuple(new[] { PyValue.FromObject(e.Type), e.Value, Tracebacks.ValueOf(e.Instance) })
                : new PyTuple(new[] { PyValue.None, PyValue.None, PyValue.None }));
        });
        m.AddFunction("_getframe", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw PyException.TypeError("sys._getframe() takes no keyword arguments");
            if (args.Length > 1)
                throw PyException.TypeError($"_getframe expected at most 1 argument, got {args.Length}");
            long depth = args.Length == 0 ? 0 : PyOps.ToIndex(args[0]);
            var live = PythonStack.Live();
            if (depth < 0)
                depth = 0;
            if (depth >= live.Count)
                throw PyException.ValueError("call stack is not deep enough");
            return PyValue.FromObject(Tracebacks.LiveFrames(live, (int)depth));
        });
        m.AddFunction("settrace", (args, kw) =>
        {
            Monitoring.LegacyTracing.SetTrace(BuiltinModule.Arg1("settrace", args, kw));
            return PyValue.None;
        });
        m.AddFunction("gettrace", (args, kw) =>
        {
            ArgCheck.None("gettrace", args, kw);
            return Monitoring.LegacyTracing.GetTrace();
        });
        m.AddFunction("setprofile", (args, kw) =>
        {
            Monitoring.LegacyTracing.SetProfile(BuiltinModule.Arg1("setprofile", args, kw));
            return PyValue.None;
        });
        m.AddFunction("getprofile", (args, kw) =>
        {
            ArgCheck.None("getprofile", args, kw);
            return Monitoring.LegacyTracing.GetProfile();
        });
        m.AddFunction("getrecursionlimit", (args, kw) =>
        {
            ArgCheck.None("getrecursionlimit", args, kw);
            return PyValue.FromInt(PySys.RecursionLimit);
        });
        m.AddFunction("setrecursionlimit", (args, kw) =>
        {
            var n = BuiltinModule.Arg1("setrecursionlimit", args, kw);
            if (n.IsFloat)
                throw PyException.TypeError("'float' object cannot be interpreted as an integer");
            long limit = PyOps.ToIndex(n);
            if (limit < 1)
                throw PyException.ValueError("recursion limit must be greater or equal than 1");
            PySys.RecursionLimit = limit;
            return PyValue.None;
        });
        m.AddFunction("get_int_max_str_digits", (args, kw) =>
        {
            ArgCheck.None("get_int_max_str_digits", args, kw);
            return PyValue.FromInt(PySys.IntMaxStrDigits);
        });
        m.AddFunction("set_int_max_str_digits", (args, kw) =>
        {
            var n = BuiltinModule.Arg1("set_int_max_str_digits", args, kw);
            long v = PyOps.ToIndex(n);
            if (v != 0 && v < 640)
                throw PyException.ValueError("maxdigits must be 0 or larger than 640");
            PySys.IntMaxStrDigits = v;
            return PyValue.None;
        });
        m.AddFunction("set_asyncgen_hooks", SetAsyncGenHooks);
        m.AddFunction("get_asyncgen_hooks", (args, kw) =>
        {
            ArgCheck.None("get_asyncgen_hooks", args, kw);
            var (firstIter, finalizer) = AsyncGenHooks.Current;
            return PyValue.FromObject(new PyTuple(new[] { firstIter, finalizer })
            {
                StructSequence = ("asyncgen_hooks", new[] { "firstiter", "finalizer" }),
            });
        });
        m.AddFunction("intern", (args, kw) =>
        {
            var s = BuiltinModule.Arg1("intern", args, kw);
            if (s.Ref is not string str)
                throw PyException.TypeError($"intern() argument must be str, not {PyOps.TypeName(s)}");
            return PyValue.FromString(string.Intern(str));
        });
        return m;
    }
}
