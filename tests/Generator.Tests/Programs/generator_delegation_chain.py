# A chain of generators delegating with `yield from`: values, return values, exceptions raised deep in the chain
# (handlers at each level, tracebacks through every frame), gi_running of the levels in between, re-entry, and a
# tool switched on while the innermost generator runs.
import sys
import traceback


def leaf(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"leaf failed at {i}")
        yield i
    return f"leaf done {n}"


def middle(n, fail_at=None):
    result = yield from leaf(n, fail_at)
    yield f"middle got {result!r}"
    return "middle done"


def top(n, fail_at=None):
    try:
        result = yield from middle(n, fail_at)
    except ValueError as e:
        yield f"top caught {e}"
        return "top recovered"
    yield f"top got {result!r}"
    return "top done"


print(list(top(3)))
print(list(top(3, fail_at=1)))


def rec(depth, tag):
    if depth == 0:
        yield tag
        return
    yield from rec(depth - 1, tag + "<")
    yield from rec(depth - 1, tag + ">")


print(list(rec(3, "")))
print(sum(1 for _ in rec(12, "")))


def uncaught(n):
    yield from middle(n, fail_at=2)


try:
    print(list(uncaught(5)))
except ValueError:
    tb = traceback.format_exc().splitlines()
    for line in tb:
        if line.startswith("  File"):
            print(line.split(", in ")[-1], line.split(", line ")[1].split(",")[0])
    print(tb[-1])

# Handlers and finally blocks in the levels between run when the innermost raises.


def guarded(level, inner):
    try:
        yield from inner
    finally:
        print("finally at level", level)


def failing():
    yield 1
    raise KeyError("deep")


g = guarded(1, guarded(2, guarded(3, failing())))
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print("after:", list(g))

# gi_running of every level while the innermost runs; re-entering one of them.
holder = {}


def probe():
    print("running:", [gen.gi_running for gen in holder["chain"]])
    try:
        next(holder["chain"][1])
    except ValueError as e:
        print("re-entry:", e)
    yield "probed"


def level(inner):
    r = yield from inner
    return r


a = probe()
b = level(a)
c = level(b)
holder["chain"] = [c, b, a]
print(next(c))
print("after:", [gen.gi_running for gen in holder["chain"]], c.gi_yieldfrom is b, b.gi_yieldfrom is a)
print(list(c))

# send() and throw() through the chain after plain steps.


def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("echo closed after", received)
        raise


def relay(inner):
    return (yield from inner)


r = relay(relay(echo()))
print(next(r), r.send("a"), next(r), r.send("b"))
try:
    r.throw(RuntimeError("thrown in"))
except RuntimeError as e:
    print("RuntimeError", e)
r2 = relay(relay(echo()))
next(r2)
next(r2)
r2.close()

# A tool switched on by the innermost generator sees the frames above it yield.
mon = sys.monitoring
events = []


def switch_on():
    yield "before"
    mon.use_tool_id(3, "t")
    mon.register_callback(3, mon.events.PY_YIELD, lambda code, off, val: events.append(("yield", code.co_name, val)))
    mon.register_callback(3, mon.events.PY_RESUME, lambda code, off: events.append(("resume", code.co_name)))
    mon.set_events(3, mon.events.PY_YIELD | mon.events.PY_RESUME)
    yield "after"
    yield "last"


def outer_relay():
    yield from inner_relay()


def inner_relay():
    yield from switch_on()


print(list(outer_relay()))
mon.set_events(3, 0)
mon.free_tool_id(3)
for e in events:
    print(e)

# The stack seen from the innermost generator holds every delegating frame, each on its yield from's line.


def where():
    # (from this module's frame in: a program that imports this one adds frames of its own below)
    frames = traceback.extract_stack()[:-1]
    start = max(i for i, f in enumerate(frames) if f.name == "<module>")
    return [(f.name, f.lineno) for f in frames[start:]]


def stack_leaf(n):
    for i in range(n):
        yield where() if i == 1 else i


def stack_middle(n):
    yield "first"
    yield from stack_leaf(n)


def stack_top(n):
    yield from stack_middle(n)


for item in stack_top(3):
    print(item)
st = stack_top(2)
next(st)
next(st)
print(next(st), sys._getframe(0).f_code.co_name)
