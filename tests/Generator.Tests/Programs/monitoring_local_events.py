import sys

mon = sys.monitoring
E = mon.events
TOOL = 3

events = []


def on_line(code, line):
    events.append("LINE  %s +%d" % (code.co_qualname, line - code.co_firstlineno))


def on_start(code, offset):
    events.append("START %s" % code.co_qualname)


def on_call(code, offset, func, arg0):
    events.append("CALL  in %s -> %s" % (code.co_qualname, getattr(func, "__name__", "?")))


def on_c_return(code, offset, func, arg0):
    events.append("C_RET in %s -> %s" % (code.co_qualname, getattr(func, "__name__", "?")))


def helper(v):
    return v + 1


def target(n):
    def nested(k):
        return k * 2
    total = 0
    for i in range(n):
        total += nested(i)
    total = helper(total)
    squares = [j * j for j in range(2)]
    return total + len(squares)


def other():
    return helper(5)


code = target.__code__
mon.use_tool_id(TOOL, "local")
mon.register_callback(TOOL, E.LINE, on_line)
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.CALL, on_call)
mon.register_callback(TOOL, E.C_RETURN, on_c_return)

print("local before:", mon.get_local_events(TOOL, code))
mon.set_local_events(TOOL, code, E.LINE | E.CALL | E.C_RETURN | E.C_RAISE)
print("local after set:", mon.get_local_events(TOOL, code))
print("global:", mon.get_events(TOOL))
print("helper local:", mon.get_local_events(TOOL, helper.__code__))
target(2)
other()
mon.set_local_events(TOOL, code, 0)
print("phase 1: local LINE|CALL on target only")
for e in events:
    print("  ", e)

events.clear()
mon.set_local_events(TOOL, code, E.LINE)
mon.set_events(TOOL, E.PY_START)
target(1)
other()
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, code, 0)
print("phase 2: global PY_START + local LINE on target")
for e in events:
    print("  ", e)

events.clear()
mon.set_local_events(TOOL, helper.__code__, E.PY_START)
target(1)
other()
mon.set_local_events(TOOL, helper.__code__, 0)
print("phase 3: local PY_START on helper")
for e in events:
    print("  ", e)

events.clear()
mon.set_local_events(TOOL, code, E.LINE)
mon.set_events(TOOL, E.LINE)
target(1)
mon.set_events(TOOL, 0)
print("phase 4: LINE both globally and locally, then global off")
print("   local still:", mon.get_local_events(TOOL, code))
n_global_phase = len(events)
target(1)
mon.set_local_events(TOOL, code, 0)
for e in events[:n_global_phase]:
    if "target" in e:
        print("   A", e)
for e in events[n_global_phase:]:
    print("   B", e)

for ev in (E.LINE, E.PY_START, E.CALL, E.C_RETURN):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)
