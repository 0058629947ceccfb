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
WANT = {"gen", "drive", "__next__", "__iter__", "<genexpr>", "outer"}


def fmt(code, offset):
    line = line_of(code, offset)
    if line is None:
        return "None"
    return "+%d" % (line - code.co_firstlineno)


def on_stop(code, offset, exc):
    if code.co_name in WANT:
        events.append("STOP_ITERATION %s %s %s%r" % (code.co_name, fmt(code, offset),
                                                    type(exc).__name__, exc.args))


def on_raise(code, offset, exc):
    if code.co_name in WANT:
        events.append("RAISE          %s %s %s%r" % (code.co_name, fmt(code, offset),
                                                    type(exc).__name__, exc.args))


def on_return(code, offset, value):
    if code.co_name in WANT:
        if isinstance(value, Seq):
            value = "<Seq>"
        events.append("PY_RETURN      %s %s %r" % (code.co_name, fmt(code, offset), value))


def gen(n):
    for i in range(n):
        yield i
    return "done"


class Seq:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("explicit")
        self.n -= 1
        return self.n


def drive():
    events.append("-- for over generator")
    for x in gen(2):
        pass
    events.append("-- for over range")
    for x in range(2):
        pass
    events.append("-- for over list")
    for x in [1]:
        pass
    events.append("-- for over user iterator raising StopIteration")
    for x in Seq(1):
        pass
    events.append("-- next() on exhausted generator")
    g = gen(0)
    try:
        next(g)
    except StopIteration as e:
        events.append("   caught %r" % (e.value,))
    events.append("-- yield from")
    def outer():
        r = yield from gen(1)
        return r
    out = list(outer())
    events.append("-- sum over genexpr")
    s = sum(x for x in gen(2))
    events.append("-- list(gen)")
    l = list(gen(1))
    return s


mon.use_tool_id(TOOL, "stop iteration")
mon.register_callback(TOOL, E.STOP_ITERATION, on_stop)
mon.register_callback(TOOL, E.RAISE, on_raise)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.STOP_ITERATION | E.RAISE | E.PY_RETURN)
drive()
mon.set_events(TOOL, 0)
for ev in (E.STOP_ITERATION, E.RAISE, E.PY_RETURN):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
