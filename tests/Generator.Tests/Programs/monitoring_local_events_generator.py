import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


log = []


def rel(code, offset):
    line = line_of(code, offset)
    return "None" if line is None else "+%d" % (line - code.co_firstlineno)


def on_yield(code, offset, value):
    log.append("PY_YIELD  %s %s %r" % (code.co_name, rel(code, offset), value))


def on_resume(code, offset):
    log.append("PY_RESUME %s %s" % (code.co_name, rel(code, offset)))


def on_start(code, offset):
    log.append("PY_START  %s" % code.co_name)


def on_return(code, offset, value):
    log.append("PY_RETURN %s %r" % (code.co_name, value))


def on_stop(code, offset, exc):
    log.append("STOP_ITERATION %s %s %s%r" % (code.co_name, rel(code, offset),
                                             type(exc).__name__, exc.args))


def squares(n):
    for i in range(n):
        yield i * i
    return "sq done"


def other_gen():
    yield "x"


def consumer():
    total = 0
    for v in squares(3):
        total += v
    for w in other_gen():
        total += len(w)
    return total


mon.use_tool_id(TOOL, "local gen")
mon.register_callback(TOOL, E.PY_YIELD, on_yield)
mon.register_callback(TOOL, E.PY_RESUME, on_resume)
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.STOP_ITERATION, on_stop)

mon.set_local_events(TOOL, squares.__code__, E.PY_YIELD | E.PY_RESUME | E.PY_START | E.PY_RETURN)
r = consumer()
mon.set_local_events(TOOL, squares.__code__, 0)
print("local generator events on squares only:")
for x in log:
    print("  ", x)

log.clear()
mon.set_local_events(TOOL, consumer.__code__, E.STOP_ITERATION | E.PY_RETURN)
r2 = consumer()
mon.set_local_events(TOOL, consumer.__code__, 0)
print("local STOP_ITERATION on consumer:")
for x in log:
    print("  ", x)

log.clear()
mon.set_local_events(TOOL, squares.__code__, E.STOP_ITERATION)
consumer()
mon.set_local_events(TOOL, squares.__code__, 0)
print("local STOP_ITERATION on squares (the generator itself):", log)

for ev in (E.PY_YIELD, E.PY_RESUME, E.PY_START, E.PY_RETURN, E.STOP_ITERATION):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)
print(r, r2)
