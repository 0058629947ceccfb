import sys

mon = sys.monitoring
E = mon.events
TOOL = 5


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def show(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, Adder):
        return "<Adder>"
    if type(obj).__name__ == "list_iterator":
        return "<list_iterator>"
    return repr(obj)


def cname(func):
    return getattr(func, "__name__", "<%s instance>" % type(func).__name__)


events = []


def rec(kind):
    def cb(code, offset, *rest):
        if code.co_name != "run":
            return
        line = line_of(code, offset)
        rel = "None" if line is None else "+%d" % (line - code.co_firstlineno)
        if kind == "RAISE" or kind == "EXCEPTION_HANDLED":
            events.append("%-17s %s %s%r" % (kind, rel, type(rest[0]).__name__, rest[0].args))
        else:
            events.append("%-17s %s %s %s" % (kind, rel, cname(rest[0]), show(rest[1])))
    return cb


class Adder:
    def __call__(self, x):
        return x + 1


def pyfunc(x):
    return x


def run():
    pyfunc(1)
    abs(-1)
    try:
        abs("s")
    except TypeError:
        pass
    divmod(7, 2)
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    s = str(5)
    try:
        float("nan?")
    except ValueError:
        pass
    lst = [3]
    lst.append(4)
    try:
        lst.index(99)
    except ValueError:
        pass
    "abc".upper()
    Adder()(1)
    try:
        Adder()("x")
    except TypeError:
        pass
    it = iter([1])
    next(it)
    try:
        next(it)
    except StopIteration:
        pass
    return s


mon.use_tool_id(TOOL, "c events")
for name in ("CALL", "C_RETURN", "C_RAISE", "RAISE", "EXCEPTION_HANDLED"):
    mon.register_callback(TOOL, getattr(E, name), rec(name))
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.RAISE | E.EXCEPTION_HANDLED)
run()
mon.set_events(TOOL, 0)
for name in ("CALL", "C_RETURN", "C_RAISE", "RAISE", "EXCEPTION_HANDLED"):
    mon.register_callback(TOOL, getattr(E, name), None)
mon.free_tool_id(TOOL)
for e in events:
    print(e)
