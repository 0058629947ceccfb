import sys

mon = sys.monitoring
E = mon.events

log = []
disabling = {2: True, 4: False}


def f1():
    return 1


def f2():
    return 2


def make(tool):
    def cb(code, offset):
        if code.co_name in ("f1", "f2"):
            log.append("tool%d:%s" % (tool, code.co_name))
            if disabling[tool]:
                return mon.DISABLE
    return cb


def run(label):
    log.clear()
    f1()
    f2()
    f1()
    print("%-48s %s" % (label, log))


for t in (2, 4):
    mon.use_tool_id(t, "restart%d" % t)
    mon.register_callback(t, E.PY_START, make(t))
    mon.set_events(t, E.PY_START)

run("1. tool2 disables on first hit:")
run("2. both functions now disabled for tool2:")
mon.restart_events()
run("3. after restart_events (tool2 disables again):")
disabling[2] = False
run("4. still disabled (no restart yet):")
mon.restart_events()
run("5. after second restart, tool2 not disabling:")
run("6. repeated:")

# DISABLE survives set_events(0)/set_events(PY_START) without restart
disabling[2] = True
run("7. tool2 disabling again:")
mon.set_events(2, 0)
mon.set_events(2, E.PY_START)
run("8. after set_events off/on, still disabled:")
mon.register_callback(2, E.PY_START, make(2))
run("9. after re-registering the callback:")
mon.restart_events()
disabling[2] = False
run("10. restart:")

# Local events + DISABLE
mon.set_events(2, 0)
mon.set_local_events(2, f1.__code__, E.PY_START)
disabling[2] = True
run("11. tool2 local on f1 only, disabling:")
run("12. again:")
mon.restart_events()
run("13. after restart:")
mon.set_local_events(2, f1.__code__, 0)

for t in (2, 4):
    mon.set_events(t, 0)
    mon.register_callback(t, E.PY_START, None)
    mon.free_tool_id(t)
mon.restart_events()
