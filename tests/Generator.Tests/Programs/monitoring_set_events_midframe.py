import sys

mon = sys.monitoring
E = mon.events
TOOL = 3

log = []


def on_line(code, line):
    if code.co_name in ("target", "looper", "callee"):
        log.append("LINE %s +%d" % (code.co_name, line - code.co_firstlineno))


def on_return(code, offset, value):
    if code.co_name in ("target", "looper", "callee"):
        log.append("RETURN %s %r" % (code.co_name, value))


def callee():
    return "c"


def target():
    a = 1
    mon.set_events(TOOL, E.LINE | E.PY_RETURN)
    b = 2
    callee()
    mon.set_events(TOOL, E.PY_RETURN)
    c = 3
    return a + b + c


def looper():
    for i in range(4):
        if i == 1:
            mon.set_events(TOOL, E.LINE)
        if i == 2:
            mon.set_local_events(TOOL, looper.__code__, 0)
            mon.set_events(TOOL, 0)
        x = i
    return "loop done"


mon.use_tool_id(TOOL, "midframe")
mon.register_callback(TOOL, E.LINE, on_line)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
target()
print("global enable/disable inside the running frame:")
for x in log:
    print("  ", x)

log.clear()
looper()
print("enable LINE at i==1, disable at i==2:")
for x in log:
    print("  ", x)

log.clear()


def local_switch():
    p = 1
    mon.set_local_events(TOOL, local_switch.__code__, E.LINE)
    q = 2
    r = 3
    mon.set_local_events(TOOL, local_switch.__code__, 0)
    s = 4
    return p + q + r + s


def on_line2(code, line):
    if code.co_name == "local_switch":
        log.append("LINE local_switch +%d" % (line - code.co_firstlineno))


mon.register_callback(TOOL, E.LINE, on_line2)
local_switch()
print("set_local_events on the running function's own code:")
for x in log:
    print("  ", x)

mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.LINE, None)
mon.register_callback(TOOL, E.PY_RETURN, None)
mon.free_tool_id(TOOL)
