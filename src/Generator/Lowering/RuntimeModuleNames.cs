using System.Collections.Generic;

namespace PyAot.Generator.Lowering;

/// <summary>
/// The attributes each standard-library module the runtime implements has (src/Runtime/Modules), so that importing
/// a name CPython's module has and the runtime's lacks is refused at build time (PY2001) rather than an ImportError
/// when it runs. RuntimeModuleNamesTests checks this table against the runtime's modules.
/// </summary>
internal static class RuntimeModuleNames
{
    private static readonly Dictionary<string, HashSet<string>> Names = new()
    {
        ["math"] = new()
        {
            "__name__", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign", "cos",
            "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "fabs", "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot",
            "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2", "modf",
            "nan", "nextafter", "perm", "pi", "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh",
            "tau", "trunc", "ulp",
        },
        ["sys"] = new()
        {
            "__name__", "__stderr__", "__stdout__", "_getframe", "argv", "byteorder", "exc_info", "exception", "exit", "get_int_max_str_digits", "getfilesystemencodeerrors", "getfilesystemencoding", "getprofile",
            "get_asyncgen_hooks", "getrecursionlimit", "gettrace", "implementation_name", "intern", "maxsize", "monitoring", "platform",
            "set_asyncgen_hooks", "set_int_max_str_digits", "setprofile", "setrecursionlimit", "settrace", "stderr", "stdout", "version",
            "version_info", "warnoptions",
        },
        ["time"] = new()
        {
            "__name__", "altzone", "asctime", "ctime", "daylight", "gmtime", "localtime", "mktime", "monotonic", "monotonic_ns",
            "perf_counter", "perf_counter_ns", "process_time", "sleep", "strftime", "struct_time", "time", "time_ns",
            "timezone", "tzname", "tzset",
        },
        ["bisect"] = new() { "__name__", "bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right" },
        ["heapq"] = new()
        {
            "__name__", "heapify", "heappop", "heappush", "heappushpop", "heapreplace", "merge", "nlargest", "nsmallest",
        },
        ["_collections"] = new() { "__name__", "deque" },
        ["_operator"] = new() { "__name__", "length_hint" },
        ["_random"] = new() { "__name__", "Random" },
        ["_sha2"] = new() { "__name__", "sha512" },
        ["_pyaot_traceback"] = new() { "__name__", "FrameType", "exception_hint", "frame_module", "source_lines" },
        ["_sre"] = new()
        {
            "__name__", "CODESIZE", "MAGIC", "MAXGROUPS", "MAXREPEAT", "_set_template_compiler", "ascii_iscased",
            "ascii_tolower", "compile", "copyright", "getcodesize", "template", "unicode_iscased", "unicode_tolower",
        },
        ["posix"] = new()
        {
            "__name__", "DirEntry", "F_OK", "R_OK", "W_OK", "X_OK", "_exit", "_have_functions", "access", "chdir", "chmod",
            "cpu_count", "device_encoding", "environ", "error", "fspath", "fstat", "get_terminal_size", "getcwd", "getcwdb",
            "getegid", "geteuid", "getgid", "getpid", "getppid", "getuid", "isatty", "link", "listdir", "lstat", "mkdir",
            "putenv", "readlink", "remove", "rename", "replace", "rmdir", "scandir", "stat", "stat_result", "statvfs", "statvfs_result", "strerror",
            "symlink", "terminal_size", "times", "times_result", "truncate", "umask", "uname", "uname_result", "unlink",
            "unsetenv", "urandom", "utime",
        },
        ["array"] = new() { "__name__", "ArrayType", "array", "typecodes" },
        ["struct"] = new()
        {
            "__all__", "__name__", "Struct", "_clearcache", "calcsize", "error", "iter_unpack", "pack", "pack_into", "unpack",
            "unpack_from",
        },
        ["_io"] = new()
        {
            "__name__", "BlockingIOError", "BufferedRWPair", "BufferedRandom", "BufferedReader", "BufferedWriter", "BytesIO",
            "DEFAULT_BUFFER_SIZE", "FileIO", "IncrementalNewlineDecoder", "StringIO", "TextIOWrapper", "UnsupportedOperation",
            "open", "open_code", "text_encoding",
        },
        ["itertools"] = new()
        {
            "__name__", "accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress", "count",
            "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat",
            "starmap", "takewhile", "tee", "zip_longest",
        },
    };

    /// <summary>The modules the runtime implements (<see cref="ImportResolver.BuiltinModules"/>).</summary>
    public static IEnumerable<string> Modules => Names.Keys;

    /// <summary>The runtime module's attribute names (for tests: the table as it stands).</summary>
    public static IReadOnlyCollection<string> Of(string module) => Names[module];

    /// <summary>Whether <c>from module import name</c> is a name CPython's module has that the runtime's (or PyAot's
    /// library's) lacks (for a package, any name the runtime lacks: it may be a submodule, which <c>dir()</c> does not
    /// list).</summary>
    public static bool Lacks(string module, string name) =>
        !LibraryModules.Contains(module + "." + name) // (`from collections import abc`: the library's submodule)
        && (Names.TryGetValue(module, out var names) ? !names.Contains(name) : LibraryModules.Contains(module) && !LibraryModules.Binds(module, name))
        && (ImportResolver.RuntimePackages.Contains(module)
            || PyAot.FrontEnd.Diagnostics.PythonNames.ProvidedModuleNames(module) is { } cpython && System.Linq.Enumerable.Contains(cpython, name));
}
