# yield from: each value the delegate yields is a PY_YIELD of the delegating generator too, each next/send a PY_RESUME
# of both (delegating first), and the delegate's return is STOP_ITERATION in the delegating generator.
import sys
mon = sys.monitoring
E = mon.events
log = []
NAMES = {E.PY_START: "PY_START", E.PY_RESUME: "PY_RESUME", E.PY_YIELD: "PY_YIELD", E.PY_RETURN: "PY_RETURN",
         E.STOP_ITERATION: "STOP_ITERATION"}


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def recorder(event):
    def cb(code, offset, *rest):
        if code.co_name in ("outer", "inner", "plain"):
            extra = " " + repr(rest[0]) if rest else ""
            log.append(f"{NAMES[event]:15} {code.co_name:6} +{line_of(code, offset) - code.co_firstlineno}{extra}")
    return cb


def inner():
    x = yield 1
    y = yield x * 10
    return "inner done"


def plain():
    yield "p"


def outer():
    r = yield from inner()
    yield r
    yield from plain()
    yield from [7, 8]
    return "outer done"


mon.use_tool_id(4, "yield from")
for ev in NAMES:
    mon.register_callback(4, ev, recorder(ev))
mon.set_events(4, E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN | E.STOP_ITERATION)
g = outer()
log.append(f"-- next -> {next(g)!r}")
log.append(f"-- send 5 -> {g.send(5)!r}")
log.append(f"-- send 6 -> {g.send(6)!r}")
for v in g:
    log.append(f"-- for -> {v!r}")
mon.set_events(4, 0)
mon.free_tool_id(4)
print("\n".join(log))
