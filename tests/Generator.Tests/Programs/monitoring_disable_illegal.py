import sys

mon = sys.monitoring
E = mon.events
TOOL = 2

log = []


def exc_cb(code, offset, exc):
    if code.co_name in WANT:
        log.append("%s(%s)" % (code.co_name, type(exc).__name__))
        return mon.DISABLE


def call_cb(code, offset, func, arg0):
    if code.co_name in WANT:
        log.append("%s(%s)" % (code.co_name, getattr(func, "__name__", "?")))
        return mon.DISABLE


def gen():
    try:
        yield 1
    except KeyError:
        yield "gen handled"


def raiser():
    try:
        raise KeyError("k")
    except KeyError:
        return "raiser handled"


def reraiser():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    except KeyError:
        return "reraiser handled"


def unwinder():
    raise KeyError("k")


def call_unwinder():
    try:
        unwinder()
    except KeyError:
        return "unwind handled"


def thrower():
    g = gen()
    next(g)
    return g.throw(KeyError("k"))


def stopper():
    total = 0
    for x in gen():
        total += 1
    return total


def c_returner():
    return abs(-3)


def c_raiser():
    try:
        return int("x")
    except ValueError as e:
        return "c_raiser handled %s: %s" % (type(e).__name__, e)


WANT = {"gen", "raiser", "reraiser", "unwinder", "call_unwinder", "thrower",
        "stopper", "c_returner", "c_raiser"}

cases = [
    ("RAISE", E.RAISE, E.RAISE, exc_cb, raiser),
    ("RERAISE", E.RERAISE, E.RERAISE, exc_cb, reraiser),
    ("EXCEPTION_HANDLED", E.EXCEPTION_HANDLED, E.EXCEPTION_HANDLED, exc_cb, raiser),
    ("PY_UNWIND", E.PY_UNWIND, E.PY_UNWIND, exc_cb, call_unwinder),
    ("PY_THROW", E.PY_THROW, E.PY_THROW, exc_cb, thrower),
    ("STOP_ITERATION", E.STOP_ITERATION, E.STOP_ITERATION, exc_cb, stopper),
    ("C_RETURN", E.C_RETURN, E.CALL | E.C_RETURN | E.C_RAISE, call_cb, c_returner),
    ("C_RAISE", E.C_RAISE, E.CALL | E.C_RETURN | E.C_RAISE, call_cb, c_raiser),
]

mon.use_tool_id(TOOL, "disable illegal")
for name, ev, to_set, cb, fn in cases:
    log.clear()
    mon.register_callback(TOOL, ev, cb)
    mon.set_events(TOOL, to_set)
    try:
        outcome = "returned %r" % (fn(),)
    except Exception as e:
        outcome = "raised %s: %s" % (type(e).__name__, e)
        if e.__context__ is not None:
            outcome += " (context %s)" % type(e.__context__).__name__
    events_now = mon.get_events(TOOL)
    second = []
    try:
        second.append("returned %r" % (fn(),))
    except Exception as e:
        second.append("raised %s: %s" % (type(e).__name__, e))
    mon.set_events(TOOL, 0)
    still = mon.register_callback(TOOL, ev, None)
    print(name)
    print("   first run:", outcome)
    print("   callbacks invoked:", log)
    print("   events after first run:", events_now)
    print("   second run:", second[0])
    print("   callback still registered:", still is cb)

mon.restart_events()
mon.free_tool_id(TOOL)
