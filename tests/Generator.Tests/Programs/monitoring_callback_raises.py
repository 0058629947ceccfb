import sys

mon = sys.monitoring
E = mon.events
TOOL = 3

trail = []


class Boom(Exception):
    pass


def target(x):
    trail.append("target body line 1")
    y = x + 1
    trail.append("target body line 3")
    return y


def make_raiser(kind, only_line=None):
    def cb(code, *args):
        if code.co_name != "target":
            return None
        if kind == "LINE":
            rel = args[0] - code.co_firstlineno
            trail.append("LINE +%d" % rel)
            if rel != only_line:
                return None
        else:
            trail.append(kind)
        raise Boom(kind)
    return cb


def make_call_raiser():
    def cb(code, offset, func, arg0):
        if getattr(func, "__name__", "") == "target":
            trail.append("CALL target")
            raise Boom("CALL")
    return cb


def run(label, ev, cb, to_set):
    trail.clear()
    mon.register_callback(TOOL, ev, cb)
    mon.set_events(TOOL, to_set)
    try:
        result = "returned %r" % (target(10),)
    except Boom as e:
        result = "Boom%r" % (e.args,)
    mon.set_events(TOOL, 0)
    prev = mon.register_callback(TOOL, ev, None)
    print(label, "->", result)
    print("    trail:", trail)
    print("    callback kept:", prev is cb)


mon.use_tool_id(TOOL, "raising callbacks")
run("PY_START", E.PY_START, make_raiser("PY_START"), E.PY_START)
run("PY_RETURN", E.PY_RETURN, make_raiser("PY_RETURN"), E.PY_RETURN)
run("LINE +1", E.LINE, make_raiser("LINE", 1), E.LINE)
run("LINE +2", E.LINE, make_raiser("LINE", 2), E.LINE)
run("CALL", E.CALL, make_call_raiser(), E.CALL)

# A callback raising while another exception is being handled
trail.clear()


def catcher():
    try:
        raise KeyError("orig")
    except KeyError:
        return "caught KeyError"


def raise_cb(code, offset, exc):
    if code.co_name == "catcher":
        trail.append("RAISE %s" % type(exc).__name__)
        raise Boom("from RAISE callback")


mon.register_callback(TOOL, E.RAISE, raise_cb)
mon.set_events(TOOL, E.RAISE)
try:
    r = catcher()
except Boom as e:
    r = "Boom%r context=%s" % (e.args, type(e.__context__).__name__)
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.RAISE, None)
print("RAISE ->", r)
print("    trail:", trail)

# Monitoring state after the errors
print("events:", mon.get_events(TOOL))
mon.free_tool_id(TOOL)
