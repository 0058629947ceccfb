import sys

mon = sys.monitoring
E = mon.events
TOOL = 4

log = []


def on_call(code, offset, func, arg0):
    if code.co_name == "work":
        log.append("CALL " + func.__name__)


def on_c_return(code, offset, func, arg0):
    if code.co_name == "work":
        log.append("C_RETURN " + func.__name__)


def on_c_raise(code, offset, func, arg0):
    if code.co_name == "work":
        log.append("C_RAISE " + func.__name__)


def py(x):
    return x


def work():
    py(1)
    len("ab")
    try:
        int("q")
    except ValueError:
        pass
    return 0


mon.use_tool_id(TOOL, "implied")
mon.register_callback(TOOL, E.C_RETURN, on_c_return)
mon.register_callback(TOOL, E.C_RAISE, on_c_raise)

phases = [
    ("CALL only, no CALL callback", E.CALL),
    ("LINE only", E.LINE),
]
for label, ev in phases:
    log.clear()
    mon.set_events(TOOL, ev)
    work()
    mon.set_events(TOOL, 0)
    print(label, "->", log)

mon.register_callback(TOOL, E.CALL, on_call)
log.clear()
mon.set_events(TOOL, E.CALL)
stored = mon.get_events(TOOL)
work()
mon.set_events(TOOL, 0)
print("CALL with CALL callback ->", log, "stored", stored)

log.clear()
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
stored = mon.get_events(TOOL)
work()
mon.set_events(TOOL, 0)
print("CALL|C_RETURN|C_RAISE ->", log, "stored", stored)

log.clear()
mon.register_callback(TOOL, E.C_RETURN, None)
mon.set_events(TOOL, E.CALL)
work()
mon.set_events(TOOL, 0)
print("C_RETURN callback removed ->", log)

log.clear()
mon.set_local_events(TOOL, work.__code__, E.CALL)
work()
mon.set_local_events(TOOL, work.__code__, 0)
print("local CALL ->", log)

mon.register_callback(TOOL, E.CALL, None)
mon.register_callback(TOOL, E.C_RAISE, None)
mon.free_tool_id(TOOL)
