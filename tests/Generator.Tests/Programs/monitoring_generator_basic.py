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
WANT = {"counter", "echo", "drive"}


def rel(code, offset):
    return line_of(code, offset) - code.co_firstlineno


def on_start(code, offset):
    if code.co_name in WANT:
        events.append("PY_START  %s line+%d" % (code.co_name, rel(code, offset)))


def on_resume(code, offset):
    if code.co_name in WANT:
        events.append("PY_RESUME %s line+%d" % (code.co_name, rel(code, offset)))


def on_yield(code, offset, value):
    if code.co_name in WANT:
        events.append("PY_YIELD  %s line+%d %r" % (code.co_name, rel(code, offset), value))


def on_return(code, offset, value):
    if code.co_name in WANT:
        events.append("PY_RETURN %s line+%d %r" % (code.co_name, rel(code, offset), value))


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


def drive():
    events.append("-- for loop over counter(2)")
    for v in counter(2):
        pass
    events.append("-- manual next on counter(1)")
    g = counter(1)
    a = next(g)
    try:
        next(g)
    except StopIteration as e:
        events.append("-- StopIteration value %r" % (e.value,))
    events.append("-- send protocol on echo()")
    e = echo()
    e.send(None)
    e.send("a")
    e.send("b")
    try:
        e.send(None)
    except StopIteration as stop:
        events.append("-- echo returned %r" % (stop.value,))
    events.append("-- exhausted generator next again")
    try:
        next(g)
    except StopIteration as e:
        events.append("-- second StopIteration value %r" % (e.value,))
    events.append("-- list(counter(2))")
    lst = list(counter(2))
    return lst


mon.use_tool_id(TOOL, "generators")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RESUME, on_resume)
mon.register_callback(TOOL, E.PY_YIELD, on_yield)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN)
drive()
mon.set_events(TOOL, 0)
for ev in (E.PY_START, E.PY_RESUME, E.PY_YIELD, E.PY_RETURN):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
