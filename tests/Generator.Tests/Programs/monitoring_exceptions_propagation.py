import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.DEBUGGER_ID


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []
WANT = {"deepest", "middle", "top", "drive", "key_lookup", "divide", "attr", "convert",
        "call_builtin_raiser"}


def where(code, offset):
    line = line_of(code, offset)
    return "None" if line is None else "+%d" % (line - code.co_firstlineno)


def on_raise(code, offset, exc):
    if code.co_name in WANT:
        events.append("RAISE     %-20s %s %s%r" % (code.co_name, where(code, offset),
                                                  type(exc).__name__, exc.args))


def on_unwind(code, offset, exc):
    if code.co_name in WANT:
        events.append("PY_UNWIND %-20s %s" % (code.co_name, type(exc).__name__))


def on_start(code, offset):
    if code.co_name in WANT:
        events.append("PY_START  %s" % code.co_name)


def on_return(code, offset, value):
    if code.co_name in WANT:
        events.append("PY_RETURN %-20s %r" % (code.co_name, value))


def deepest(n):
    if n == 0:
        raise LookupError("bottom", n)
    return n


def middle(n):
    v = deepest(n)
    return v * 2


def top(n):
    r = middle(n)
    return r + 1


def key_lookup(d):
    return d["missing"]


def divide(a, b):
    return a / b


def attr(o):
    return o.nope


def convert(s):
    return int(s)


def call_builtin_raiser():
    return convert("12x")


def drive():
    top(1)
    for fn, args in ((top, (0,)), (key_lookup, ({},)), (divide, (1, 0)),
                     (attr, (5,)), (call_builtin_raiser, ())):
        events.append("-- %s%r" % (fn.__name__, args))
        try:
            fn(*args)
        except Exception as e:
            events.append("   caught %s" % type(e).__name__)
    return "end"


mon.use_tool_id(TOOL, "propagation")
mon.register_callback(TOOL, E.RAISE, on_raise)
mon.register_callback(TOOL, E.PY_UNWIND, on_unwind)
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.RAISE | E.PY_UNWIND | E.PY_START | E.PY_RETURN)
drive()
mon.set_events(TOOL, 0)
for ev in (E.RAISE, E.PY_UNWIND, E.PY_START, E.PY_RETURN):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
