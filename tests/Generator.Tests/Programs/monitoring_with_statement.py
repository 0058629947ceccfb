import sys

mon = sys.monitoring
E = mon.events
TOOL = 2

events = []
WANT = {"use_ok", "use_fail", "use_nested", "__enter__", "__exit__"}


def show(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, Resource):
        return "<Resource %s>" % obj.name
    if isinstance(obj, type):
        return "<class %s>" % obj.__name__
    return repr(obj)


def on_line(code, line):
    if code.co_name in WANT:
        events.append("line   %s +%d" % (code.co_qualname, line - code.co_firstlineno))


def on_start(code, offset):
    if code.co_name in WANT:
        events.append("start  %s" % code.co_qualname)


def on_return(code, offset, value):
    if code.co_name in WANT:
        events.append("return %s %s" % (code.co_qualname, show(value)))


def on_call(code, offset, func, arg0):
    if code.co_name in WANT:
        events.append("CALL   in %s: %s (%s) arg0=%s" % (code.co_qualname, func.__name__,
                                                        type(func).__name__, show(arg0)))


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        return exc_type is KeyError


def use_ok():
    with Resource("a") as r:
        v = r
    return v


def use_fail():
    with Resource("b"):
        raise KeyError("suppressed")
    return "after"


def use_nested():
    with Resource("c") as x, Resource("d") as y:
        z = x + y
    return z


mon.use_tool_id(TOOL, "with")
mon.register_callback(TOOL, E.LINE, on_line)
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.CALL, on_call)
mon.set_events(TOOL, E.LINE | E.PY_START | E.PY_RETURN | E.CALL)
use_ok()
use_fail()
use_nested()
mon.set_events(TOOL, 0)
for ev in (E.LINE, E.PY_START, E.PY_RETURN, E.CALL):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)
for e in events:
    print(e)
