import sys

mon = sys.monitoring
E = mon.events
TOOL = 2


def gen(cond):
    for i in range(10):
        if cond:
            yield 1
        else:
            yield 2


def caller():
    total = 0
    for i in range(5):
        total += callee(i)
        total += callee(i)
    return total


def callee(x):
    return x + 1


counts = {}


def make(name):
    def cb(code, *args):
        if code.co_name in ("gen", "caller", "callee"):
            key = (name, code.co_name)
            counts[key] = counts.get(key, 0) + 1
            return mon.DISABLE
    return cb


def run_case(name, ev):
    counts.clear()
    mon.register_callback(TOOL, ev, make(name))
    mon.set_events(TOOL, ev)
    for _ in gen(1):
        pass
    for _ in gen(0):
        pass
    caller()
    caller()
    mon.set_events(TOOL, 0)
    mon.register_callback(TOOL, ev, None)
    print(name, sorted(counts.items()))
    mon.restart_events()


mon.use_tool_id(TOOL, "disable legal")
for name in ("PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "JUMP", "BRANCH"):
    run_case(name, getattr(E, name))

# Without DISABLE, for comparison
counts.clear()


def counting(code, *args):
    if code.co_name in ("gen", "caller", "callee"):
        key = code.co_name
        counts[key] = counts.get(key, 0) + 1


for name in ("PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "JUMP", "BRANCH"):
    counts.clear()
    ev = getattr(E, name)
    mon.register_callback(TOOL, ev, counting)
    mon.set_events(TOOL, ev)
    for _ in gen(1):
        pass
    for _ in gen(0):
        pass
    caller()
    caller()
    mon.set_events(TOOL, 0)
    mon.register_callback(TOOL, ev, None)
    print("no-disable", name, sorted(counts.items()))

mon.free_tool_id(TOOL)
