import sys

mon = sys.monitoring
E = mon.events
TOOL = 4


def attempt(label, fn, *args):
    try:
        result = fn(*args)
        print(label, "->", describe(result))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def describe(obj):
    if obj is None:
        return "None"
    if obj is len:
        return "len"
    return getattr(obj, "__name__", type(obj).__name__)


def first(*args):
    pass


def second(*args):
    pass


class CallableObj:
    def __call__(self, *args):
        pass


mon.use_tool_id(TOOL, "cb test")
attempt("register first", mon.register_callback, TOOL, E.PY_START, first)
attempt("register second", mon.register_callback, TOOL, E.PY_START, second)
attempt("register None", mon.register_callback, TOOL, E.PY_START, None)
attempt("register None again", mon.register_callback, TOOL, E.PY_START, None)
attempt("register builtin len", mon.register_callback, TOOL, E.LINE, len)
attempt("replace len", mon.register_callback, TOOL, E.LINE, CallableObj())
attempt("clear LINE", mon.register_callback, TOOL, E.LINE, None)

# Each event has its own slot
for name in ("PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE",
             "INSTRUCTION", "JUMP", "BRANCH", "STOP_ITERATION", "RAISE",
             "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE",
             "C_RETURN", "C_RAISE"):
    ev = getattr(E, name)
    a = mon.register_callback(TOOL, ev, first)
    b = mon.register_callback(TOOL, ev, second)
    c = mon.register_callback(TOOL, ev, None)
    print(name, describe(a), describe(b), describe(c))

# Invalid event arguments
attempt("two events", mon.register_callback, TOOL, E.PY_START | E.PY_RETURN, first)
attempt("event 0", mon.register_callback, TOOL, 0, first)
attempt("event 3", mon.register_callback, TOOL, 3, first)
attempt("event 1<<17", mon.register_callback, TOOL, 1 << 17, first)
attempt("event 1<<20", mon.register_callback, TOOL, 1 << 20, first)
attempt("event -1", mon.register_callback, TOOL, -1, first)
attempt("event str", mon.register_callback, TOOL, "x", first)
attempt("bad tool", mon.register_callback, 6, E.PY_START, first)
attempt("bad tool -1", mon.register_callback, -1, E.PY_START, first)

# Registering on a tool that is not in use is allowed
attempt("unused tool 1", mon.register_callback, 1, E.PY_START, first)
attempt("unused tool 1 again", mon.register_callback, 1, E.PY_START, None)

# Non-callable objects are accepted at registration time
attempt("register int", mon.register_callback, TOOL, E.PY_START, 5)
attempt("replace int", mon.register_callback, TOOL, E.PY_START, None)


def target():
    return 42


# A non-callable callback fails when the event fires
mon.register_callback(TOOL, E.PY_START, "not callable")
mon.set_events(TOOL, E.PY_START)
try:
    target()
    print("target returned")
except TypeError as e:
    print("calling target:", type(e).__name__, e)
mon.set_events(TOOL, 0)
print("after failure:", describe(mon.register_callback(TOOL, E.PY_START, None)))

# Callbacks survive set_events(0)
mon.register_callback(TOOL, E.PY_RETURN, first)
mon.set_events(TOOL, E.PY_RETURN)
mon.set_events(TOOL, 0)
print("after set_events 0:", describe(mon.register_callback(TOOL, E.PY_RETURN, None)))

# Does free_tool_id drop callbacks?
mon.register_callback(TOOL, E.PY_RETURN, second)
mon.free_tool_id(TOOL)
mon.use_tool_id(TOOL, "again")
print("after free/use:", describe(mon.register_callback(TOOL, E.PY_RETURN, None)))
mon.free_tool_id(TOOL)
