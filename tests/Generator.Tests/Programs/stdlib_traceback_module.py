# The traceback and linecache modules over compiled tracebacks and frames: format_exc, print_exc, format_exception
# (chains, notes, limit, chain=False), format_exception_only, extract_tb/format_tb/format_list, FrameSummary,
# StackSummary (the repeated-line cut-off), TracebackException, extract_stack/format_stack, walk_tb, linecache.
import io
import linecache
import sys
import traceback
from traceback_text import short


def parse(text):
    return int(text)


def load(rows):
    return [parse(r) for r in rows]


def run():
    try:
        load(["1", "two"])
    except ValueError:
        return traceback.format_exc()


print(short(run()))
print("no exception:", repr(traceback.format_exc()))

buf = io.StringIO()
try:
    load(["x"])
except ValueError:
    traceback.print_exc(file=buf)
print(short(buf.getvalue()))


def configure(value):
    try:
        return parse(value)
    except ValueError as e:
        raise LookupError(f"bad setting {value!r}") from e


try:
    configure("on")
except LookupError as e:
    e.add_note("in section [main]")
    err = e

print(short("".join(traceback.format_exception(err))))
print("--- chain=False")
print(short("".join(traceback.format_exception(err, chain=False))))
print("--- limit=1")
print(short("".join(traceback.format_exception(err, limit=1))))
print("--- limit=-1")
print(short("".join(traceback.format_exception(err, limit=-1))))
print("--- only:", traceback.format_exception_only(err))
print("--- only, old form:", traceback.format_exception_only(type(err), err))
print("--- no message:", traceback.format_exception_only(KeyError()))
print("--- None:", traceback.format_exception(None))


def context():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while looking")


try:
    context()
except TypeError as e:
    print(short("".join(traceback.format_exception(e))))
    te = traceback.TracebackException.from_exception(e)
    print("te:", te.exc_type.__name__, str(te), type(te.__context__).__name__, te.__cause__, te.__suppress_context__)
    print("te stack:", [(f.name, f.lineno, f.line) for f in te.stack])
    print("te context stack:", [(f.name, f.lineno) for f in te.__context__.stack])
    print("equal:", te == traceback.TracebackException.from_exception(e))

tb = err.__traceback__
summary = traceback.extract_tb(tb)
print("extract_tb:", type(summary).__name__, len(summary))
for fs in summary:
    print("  ", fs.name, fs.lineno, repr(fs.line), len(fs), fs[1], list(fs)[1:3])
print("repr:", repr(summary[0]).split(" line ")[1])
print("format_tb:", [short(s) for s in traceback.format_tb(tb)])
print("format_list:", [short(s) for s in traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)])])
print("frames:", [(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print("eq tuple:", summary[0] == (summary[0].filename, summary[0].lineno, summary[0].name, summary[0].line))


def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)


try:
    recurse(8)
except RecursionError as e:
    print(short("".join(traceback.format_exception(e))))


def where():
    return traceback.extract_stack()


def outer_where():
    return where()


stack = outer_where()
# (the frames of this module's code: under a watcher that imports it, there are more below)
print("extract_stack:", [(f.name, f.lineno) for f in stack[-3:]])
print("format_stack:", short(traceback.format_stack()[-1]).strip().split(", ")[-1])
print("walk_stack:", next(traceback.walk_stack(sys._getframe()))[0].f_code.co_name)

manual = traceback.StackSummary.from_list([("m.py", 1, "f", "pass")] * 6)
print("".join(manual.format()))
fs = traceback.FrameSummary("nofile.py", 3, "nothing", line="given line  ")
print("given:", repr(fs.line), fs == ("nofile.py", 3, "nothing", "given line"))

# linecache
here = __file__
print("getline:", repr(linecache.getline(here, 1)))
print("past end:", repr(linecache.getline(here, 100000)), repr(linecache.getline("no/such/file.py", 1)))
print("getlines:", len(linecache.getlines(here)) > 100, linecache.getlines(here)[0].endswith("\n"))
print("cached:", here in linecache.cache)
linecache.checkcache(here)
linecache.clearcache()
print("cleared:", here in linecache.cache)
print("special:", linecache.getlines("<stdin>"), linecache.lazycache("<stdin>", None))

for bad in [lambda: traceback.format_exception(3), lambda: traceback.format_exception(err, err),
            lambda: traceback.print_last()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
