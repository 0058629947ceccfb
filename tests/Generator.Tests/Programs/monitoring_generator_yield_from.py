import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []
WANT = {"inner", "outer", "delegate_list"}
NAMES = {}
for _n in ("PY_START", "PY_RESUME", "PY_YIELD", "PY_RETURN", "PY_THROW", "PY_UNWIND",
           "STOP_ITERATION"):
    NAMES[getattr(E, _n)] = _n


def make(ev):
    name = NAMES[ev]

    def cb(code, offset, *rest):
        if code.co_name not in WANT:
            return
        line = line_of(code, offset)
        where = "None" if line is None else "+%d" % (line - code.co_firstlineno)
        if rest and isinstance(rest[0], BaseException):
            detail = "%s%r" % (type(rest[0]).__name__, rest[0].args)
        elif rest:
            detail = repr(rest[0])
        else:
            detail = ""
        events.append(("%-14s %-13s %s %s" % (name, code.co_name, where, detail)).rstrip())
    return cb


def inner():
    try:
        x = yield 1
        yield x * 2
    except KeyError:
        yield "inner caught"
    return "inner result"


def outer():
    r = yield from inner()
    yield "outer got " + r


def delegate_list():
    yield from [10, 20]
    return "list done"


mon.use_tool_id(TOOL, "yield from")
all_ev = 0
for ev in NAMES:
    mon.register_callback(TOOL, ev, make(ev))
    all_ev |= ev
mon.set_events(TOOL, all_ev)

results = []
g = outer()
results.append(next(g))
events.append("-- send 5")
results.append(g.send(5))
events.append("-- next")
results.append(next(g))
events.append("-- next (exhaust)")
try:
    next(g)
except StopIteration:
    results.append("stop")
events.append("-- throw through yield from")
g = outer()
results.append(next(g))
results.append(g.throw(KeyError("k")))
results.append(next(g))
events.append("-- delegate to list")
d = delegate_list()
for v in d:
    results.append(v)

mon.set_events(TOOL, 0)
for ev in NAMES:
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
print(results)
