import sys

mon = sys.monitoring
E = mon.events
TOOL = 2

trace = []
depth = [0]
peak = [0]
counts = {}
WANT = {"fib", "is_even", "is_odd", "dive"}


def on_start(code, offset):
    if code.co_name in WANT:
        counts[code.co_name] = counts.get(code.co_name, 0) + 1
        depth[0] += 1
        peak[0] = max(peak[0], depth[0])


def on_return(code, offset, value):
    if code.co_name in WANT:
        depth[0] -= 1
        if code.co_name != "fib":
            trace.append("%sreturn %s %r" % ("  " * depth[0], code.co_name, value))


def on_unwind(code, offset, exc):
    if code.co_name in WANT:
        depth[0] -= 1
        trace.append("%sunwind %s %s%r" % ("  " * depth[0], code.co_name,
                                           type(exc).__name__, exc.args))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def dive(n):
    if n == 0:
        raise RecursionError("bottom reached")
    return dive(n - 1)


mon.use_tool_id(TOOL, "recursion")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.PY_UNWIND, on_unwind)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.PY_UNWIND)
f = fib(10)
fib_peak = peak[0]
peak[0] = 0
e = is_even(3)
try:
    dive(4)
except RecursionError as err:
    caught = err.args
mon.set_events(TOOL, 0)
for ev in (E.PY_START, E.PY_RETURN, E.PY_UNWIND):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

print("fib(10) =", f, "calls:", counts["fib"], "peak depth:", fib_peak)
print("is_even(3) =", e)
print("counts:", sorted(counts.items()))
print("final depth:", depth[0], "peak after fib:", peak[0])
for t in trace:
    print(t)
print("caught", caught)
