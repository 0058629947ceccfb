"""Regenerates the expected-value files from CPython 3.12: python3.12 gen_cases.py (run in this folder)."""
import itertools, math

def fmt_value(v):
    if isinstance(v, bool): return "b:" + str(v)
    if isinstance(v, int): return "i:" + str(v)
    if isinstance(v, float): return "f:" + repr(v)
    return "s:" + v.encode("unicode_escape").decode("ascii")

def outcome(f):
    try:
        return "=" + f().encode("unicode_escape").decode("ascii")
    except Exception as e:
        return ("!" + type(e).__name__ + ": " + str(e)).encode("unicode_escape").decode("ascii")

ints = [0, 1, -1, 7, -42, 255, 1234, -1234567, 10**6, 2**31, -2**63, 2**64 + 3, 10**25, True, False]
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 0.125, 0.375, 2.5, 3.14159265358979, 1e16, 1.5e-7, 123456789.0, 1e100, -1e-300,
          5e-324, 1.7976931348623157e308, 0.5, 9.995, 99.5, 1234567.891, float("inf"), float("-inf"), float("nan"), 2.675, 1e22, 1e-5, 0.0001]
strs = ["", "a", "abc", "hello world", "ß"]
specs = ["", "d", "5", "<6", ">6", "^7", "*^9", "0=8", "+", " ", "-", "+08", ",", "_", "010,", "x", "#x", "X", "#X", "o", "#o", "b", "#b",
         "_b", "_x", "#010b", "c", "n", "e", ".0e", ".3e", "E", "f", ".0f", ".2f", "#.0f", ".10f", "F", "g", ".3g", "#g", ".1g", ".10g", "G",
         "%", ".1%", ".3", ".0", ".12", "10.3f", "-^12.2e", "+.2f", "z.1f", "z", ",.2f", "_.3f", "015,.2f", "s", ".2", "5s", "<5", "^5", ">5",
         "0>5", "x<5", "#", "+s", ",s", "=5", "05", "abc", ".", "1.1.1", ",_"]

with open("format_cases.txt", "w", encoding="ascii") as out:
    for v in itertools.chain(ints, floats, strs):
        for s in specs:
            out.write(f"{fmt_value(v)}\t{s}\t{outcome(lambda: format(v, s))}\n")

repr_floats = [0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.5, -0.0, 5e-324, 2.2250738585072014e-308,
               1.7976931348623157e308, 9007199254740993.0, 4.35, 100.0, 1e22, 1e23, 12345678901234567890.0, 0.3, 1.1, 2.675, 1e-7, 123.456, 1e300 * 10]
with open("float_repr_cases.txt", "w", encoding="ascii") as out:
    for f in repr_floats:
        out.write(f"{f.hex()}\t{repr(f)}\t{str(f)}\t{round(f, 2)!r}\t{round(f) if math.isfinite(f) else 'x'}\n")

int_literals = ["0", "12", " 12 ", "-12", "+12", "1_000", "1__0", "_1", "1_", "0x1f", "0b101", "0o17", "010", "00", "abc", "", " ", "1.5",
                "99999999999999999999999", "-0", "١٢٣", "0x", "0_0", "12abc"]
bases = [10, 0, 16, 2, 8, 36]
with open("int_parse_cases.txt", "w", encoding="ascii") as out:
    for s in int_literals:
        for b in bases:
            out.write(f"{s.encode('unicode_escape').decode('ascii')}\t{b}\t{outcome(lambda: repr(int(s, b)))}\n")

float_literals = ["1.5", "  1.5  ", "1_000.5", "inf", "-inf", "+Infinity", "nan", "-NaN", "x", "", "1e5", "1E-5", ".5", "5.", "1_e5", "1e_5",
                  "0x10", "1,5", "1e", "e5", "  -0.0", "1__0", "_1", "1.7976931348623157e309", "4.9e-325", "123456789012345678901234567890"]
with open("float_parse_cases.txt", "w", encoding="ascii") as out:
    for s in float_literals:
        out.write(f"{s.encode('unicode_escape').decode('ascii')}\t{outcome(lambda: repr(float(s)))}\n")

# str methods: receiver, method, args -> repr(result) or the exception.
def enc_args(args):
    return "\x1f".join(fmt_value(a) if not isinstance(a, tuple) else "t:" + "|".join(a) for a in args)

str_cases = []
texts = ["", "hello world", "  padded  ", "a,b,,c", "Hello World", "ABC def", "x\ty\nz", "123", "١٢٣", "mississippi", "ß straße", "a b  c   "]
for t in texts:
    for m, args in [("split", []), ("split", [","]), ("split", [" ", 1]), ("rsplit", []), ("rsplit", [" ", 1]), ("rsplit", ["s", 1]),
                    ("strip", []), ("lstrip", []), ("rstrip", []), ("strip", ["ad "]), ("replace", ["s", "S"]), ("replace", ["", "-"]),
                    ("replace", ["ss", "", 1]), ("find", ["s"]), ("find", ["s", 4]), ("rfind", ["s"]), ("index", ["o"]), ("rindex", ["s", 0, 5]),
                    ("count", ["s"]), ("count", [""]), ("startswith", ["he"]), ("startswith", [("x", "a")]), ("endswith", ["d"]),
                    ("endswith", ["ld", 0, 5]), ("upper", []), ("lower", []), ("title", []), ("capitalize", []), ("swapcase", []),
                    ("isdigit", []), ("isalpha", []), ("isspace", []), ("isalnum", []), ("isupper", []), ("islower", []), ("istitle", []),
                    ("isdecimal", []), ("isnumeric", []), ("isidentifier", []), ("zfill", [8]), ("center", [15]), ("center", [16, "*"]),
                    ("ljust", [14, "."]), ("rjust", [14]), ("partition", [" "]), ("rpartition", ["s"]), ("splitlines", []),
                    ("splitlines", [True]), ("expandtabs", [4]), ("removeprefix", ["he"]), ("removesuffix", ["ld"]), ("join", [["a", "b"]]),
                    ("split", [""]), ("center", [10, "ab"]), ("index", ["zzz"]), ("join", [[1]]), ("find", [1])]:
        def call(t=t, m=m, args=args):
            a = [tuple(x) if isinstance(x, tuple) else x for x in args]
            return repr(getattr(t, m)(*a))
        str_cases.append((t, m, args, outcome(call)))

def enc_arg(a):
    if isinstance(a, tuple): return "t:" + "|".join(a)
    if isinstance(a, list): return "l:" + "|".join(a if all(isinstance(x, str) for x in a) else [str(x) for x in a]) + ("#int" if a and isinstance(a[0], int) else "")
    return fmt_value(a)

with open("str_method_cases.txt", "w", encoding="ascii") as out:
    for t, m, args, res in str_cases:
        out.write(f"{fmt_value(t)}\t{m}\t{chr(31).join(enc_arg(a) for a in args)}\t{res}\n")

# Set iteration order (CPython's table layout) and repr of containers.
set_inputs = [[3, 1, 2], [10, 100, 1000, 5, 7], list(range(20, 0, -1)), [-1, -2, 8, 16, 32, 64], [1.5, 2.5, 0.5], [2**40, 7, 2**62, 3],
              list(range(0, 200, 7)), [(1, 2), (3, 4), (0, 0)], [8, 16, 24, 0]]
with open("set_cases.txt", "w", encoding="ascii") as out:
    for xs in set_inputs:
        s = set(xs)
        s2 = set(xs); s2.discard(xs[0]); s2.add(99)
        enc = "|".join("T:" + ",".join(fmt_value(y) for y in x) if isinstance(x, tuple) else fmt_value(x) for x in xs)
        out.write(f"{enc}\t{repr(s)}\t{repr(s2)}\t{repr(frozenset(xs))}\t{hash(frozenset(xs))}\n")

# repr/str of every value in CPython's Lib/test/floating_points.txt (copy it next to this script to regenerate).
import os
if os.path.exists("floating_points.txt"):
    with open("floating_points.txt", encoding="ascii") as src, open("float_repr_bulk.txt", "w", encoding="ascii") as out:
        for line in src:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            f = float(line)
            out.write(f"{line}\t{f!r}\t{format(f, '.17g')}\t{format(f, '.3e')}\t{format(f, '.2f') if abs(f) < 1e30 else ''}\n")

# The %-formatting cases of Lib/test/test_format.py, recorded by replacing its testformat() helper.
try:
    import test.test_format as tf
    recorded = []
    def recorder(formatstr, args, output=None, limit=None, overflowok=False):
        if not isinstance(formatstr, str):
            return
        vals = args if isinstance(args, tuple) else (args,)
        if not all(type(v) in (int, float, str, bool) for v in vals):
            return
        if any(isinstance(v, int) and abs(v) > 10**60 for v in vals) or len(formatstr) > 40:
            return
        recorded.append((formatstr, isinstance(args, tuple), vals, outcome(lambda: formatstr % args)))
    tf.testformat = recorder
    t = tf.FormatTest()
    for name in ("test_common_format", "test_str_format"):
        try:
            getattr(t, name)()
        except Exception:
            pass
    with open("percent_format_cases.txt", "w", encoding="ascii") as out:
        seen = set()
        for f, is_tuple, vals, res in recorded:
            key = (f, is_tuple, vals)
            if key in seen:
                continue
            seen.add(key)
            out.write(f"{f.encode('unicode_escape').decode('ascii')}\t{'T' if is_tuple else 'V'}\t{chr(31).join(fmt_value(v) for v in vals)}\t{res}\n")
except ImportError:
    pass
