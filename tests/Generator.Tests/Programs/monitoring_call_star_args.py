import sys

mon = sys.monitoring
E = mon.events
TOOL = 4


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def show(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, Box):
        return "<Box v=%r>" % obj.v
    return repr(obj)


events = []
WANT = {"run", "target", "kwonly", "__init__", "get"}


def rec(kind):
    def cb(code, offset, func, arg0):
        if code.co_name == "run":
            events.append((kind, line_of(code, offset) - code.co_firstlineno,
                           getattr(func, "__name__", "?"), type(func).__name__, show(arg0)))
    return cb


def on_start(code, offset):
    if code.co_name in WANT and code.co_name != "run":
        events.append(("PY_START", code.co_name))


def target(a, b=0, *rest, **kw):
    return a


def kwonly(*, x, y=1):
    return x + y


class Box:
    def __init__(self, v=0):
        self.v = v

    def get(self, *extra):
        return self.v


def run():
    target(1, 2)
    target(*(3, 4))
    target(5, *[6])
    target(**{"a": 7})
    target(8, **{"b": 9})
    target(a=10)
    target(11, b=12)
    kwonly(x=13)
    kwonly(y=14, x=15)
    len(*([1, 2, 3],))
    max(*[1, 2])
    max(16, *[17])
    sorted([3, 2], reverse=True)
    sorted(*[[5, 4]], **{"reverse": True})
    dict(**{"k": 18})
    b = Box(*[19])
    b.get(*[20])
    b.get(21)
    bound = b.get
    bound(*())
    [].append(*[22])
    Box(**{"v": 23})
    return 0


mon.use_tool_id(TOOL, "star args")
mon.register_callback(TOOL, E.CALL, rec("CALL"))
mon.register_callback(TOOL, E.C_RETURN, rec("C_RETURN"))
mon.register_callback(TOOL, E.C_RAISE, rec("C_RAISE"))
mon.register_callback(TOOL, E.PY_START, on_start)
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START)
run()
mon.set_events(TOOL, 0)
for ev in (E.CALL, E.C_RETURN, E.C_RAISE, E.PY_START):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for ev in events:
    print(*ev)
