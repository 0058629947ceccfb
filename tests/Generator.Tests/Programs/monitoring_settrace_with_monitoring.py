import sys

mon = sys.monitoring
E = mon.events
TOOL = 0

log = []


def target(n):
    x = n
    y = x + 1
    return y


def tracer(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    log.append("trace   %-6s +%d" % (event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def on_line(code, line):
    if code.co_name == "target":
        log.append("monitor line   +%d" % (line - code.co_firstlineno))


def on_start(code, offset):
    if code.co_name == "target":
        log.append("monitor start")


def on_return(code, offset, value):
    if code.co_name == "target":
        log.append("monitor return %r" % (value,))


mon.use_tool_id(TOOL, "alongside settrace")
mon.register_callback(TOOL, E.LINE, on_line)
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.LINE | E.PY_START | E.PY_RETURN)
sys.settrace(tracer)
target(1)
sys.settrace(None)
mon.set_events(TOOL, 0)
print("both active:")
for x in log:
    print("  ", x)
print("tools visible:", [mon.get_tool(t) for t in range(6)])
print("tool 0 events:", mon.get_events(TOOL))

log.clear()
mon.set_events(TOOL, E.LINE)
target(2)
mon.set_events(TOOL, 0)
print("monitoring only:")
for x in log:
    print("  ", x)

log.clear()
sys.settrace(tracer)
target(3)
sys.settrace(None)
print("settrace only:")
for x in log:
    print("  ", x)

for ev in (E.LINE, E.PY_START, E.PY_RETURN):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)
