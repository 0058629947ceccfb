import sys

mon = sys.monitoring
E = mon.events
TOOL = 1

log = []


def helper(v):
    return v * 2


def work(n):
    a = n
    b = helper(a)
    c = helper(b)
    return c


# 1. Events do not fire for code run inside a callback
def start_cb(code, offset):
    if code.co_name in ("work", "helper"):
        log.append("PY_START " + code.co_name)
        if code.co_name == "work":
            log.append("  callback called helper -> %d" % helper(100))


mon.use_tool_id(TOOL, "reentrancy")
mon.register_callback(TOOL, E.PY_START, start_cb)
mon.set_events(TOOL, E.PY_START)
work(1)
mon.set_events(TOOL, 0)
print("1. no events inside callbacks")
for x in log:
    print("  ", x)

# 2. set_events from inside a callback takes effect immediately
log.clear()


def line_cb(code, line):
    if code.co_name in ("work", "helper"):
        rel = line - code.co_firstlineno
        log.append("LINE %s +%d" % (code.co_name, rel))
        if code.co_name == "work" and rel == 2:
            mon.set_events(TOOL, E.LINE | E.PY_START)
            log.append("  (enabled PY_START)")
        if code.co_name == "work" and rel == 3:
            mon.set_events(TOOL, 0)
            log.append("  (disabled everything)")


mon.register_callback(TOOL, E.LINE, line_cb)
mon.set_events(TOOL, E.LINE)
work(2)
mon.set_events(TOOL, 0)
print("2. set_events inside a LINE callback")
for x in log:
    print("  ", x)

# 3. register_callback from inside a callback swaps the handler for later events
log.clear()


def second_line_cb(code, line):
    if code.co_name in ("work", "helper"):
        log.append("second handler %s +%d" % (code.co_name, line - code.co_firstlineno))


def first_line_cb(code, line):
    if code.co_name in ("work", "helper"):
        log.append("first handler %s +%d" % (code.co_name, line - code.co_firstlineno))
        prev = mon.register_callback(TOOL, E.LINE, second_line_cb)
        log.append("  swapped, previous was %s" % prev.__name__)


mon.register_callback(TOOL, E.PY_START, None)
mon.register_callback(TOOL, E.LINE, first_line_cb)
mon.set_events(TOOL, E.LINE)
work(3)
mon.set_events(TOOL, 0)
print("3. register_callback inside a callback")
for x in log:
    print("  ", x)

# 4. A callback that unregisters itself
log.clear()


def once_cb(code, offset):
    if code.co_name in ("work", "helper"):
        log.append("once: PY_START " + code.co_name)
        mon.register_callback(TOOL, E.PY_START, None)


mon.register_callback(TOOL, E.LINE, None)
mon.register_callback(TOOL, E.PY_START, once_cb)
mon.set_events(TOOL, E.PY_START)
work(4)
work(5)
print("   events still:", mon.get_events(TOOL))
mon.set_events(TOOL, 0)
print("4. callback unregisters itself")
for x in log:
    print("  ", x)

# 5. The callback's return value other than DISABLE is ignored
log.clear()


def weird_return(code, offset):
    if code.co_name == "helper":
        log.append("helper start")
        return "ignored"


mon.register_callback(TOOL, E.PY_START, weird_return)
mon.set_events(TOOL, E.PY_START)
r = work(6)
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.PY_START, None)
print("5. non-DISABLE return values ignored:", log, r)
mon.free_tool_id(TOOL)
