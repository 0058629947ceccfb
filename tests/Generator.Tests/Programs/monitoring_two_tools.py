import sys

mon = sys.monitoring
E = mon.events

events = []
disable_for = set()


def make(tool, kind):
    def cb(code, *args):
        if code.co_name not in ("f1", "f2", "loop"):
            return None
        if kind == "LINE":
            events.append("tool %d %s %s +%d" % (tool, kind, code.co_name, args[0] - code.co_firstlineno))
        else:
            events.append("tool %d %s %s" % (tool, kind, code.co_name))
        if tool in disable_for:
            return mon.DISABLE
        return None
    return cb


def f1():
    return 1


def f2():
    x = 1
    return x


def loop():
    for i in range(3):
        f1()


# Register in an order different from the tool-id order
tools = (5, 1, 3)
for t in tools:
    mon.use_tool_id(t, "tool%d" % t)
for t in tools:
    mon.register_callback(t, E.PY_START, make(t, "PY_START"))
    mon.register_callback(t, E.LINE, make(t, "LINE"))
mon.set_events(3, E.PY_START)
mon.set_events(5, E.PY_START | E.LINE)
mon.set_events(1, E.PY_START)

print("phase 1: three tools, none disables")
f1()
f2()
for e in events:
    print("  ", e)

events.clear()
disable_for.add(1)
print("phase 2: tool 1 returns DISABLE, loop calls f1 three times")
loop()
for e in events:
    print("  ", e)

events.clear()
disable_for.clear()
disable_for.add(5)
print("phase 3: tool 5 returns DISABLE (LINE and PY_START)")
loop()
loop()
for e in events:
    print("  ", e)

events.clear()
disable_for.clear()
mon.restart_events()
print("phase 4: after restart_events")
f2()
for e in events:
    print("  ", e)

events.clear()
mon.set_events(5, 0)
print("phase 5: tool 5 off")
f2()
for e in events:
    print("  ", e)

for t in tools:
    mon.set_events(t, 0)
    mon.register_callback(t, E.PY_START, None)
    mon.register_callback(t, E.LINE, None)
    mon.free_tool_id(t)
mon.restart_events()
