import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def show(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, Counter):
        return "<Counter n=%d>" % obj.n
    if obj is Counter:
        return "<class Counter>"
    return repr(obj)


def callable_name(obj):
    name = getattr(obj, "__name__", None)
    if name is None:
        return "<" + type(obj).__name__ + " instance>"
    return name


events = []


def on_call(code, offset, func, arg0):
    if code.co_name == "run":
        events.append(("CALL", line_of(code, offset) - code.co_firstlineno,
                       callable_name(func), type(func).__name__, show(arg0)))


def on_c_return(code, offset, func, arg0):
    if code.co_name == "run":
        events.append(("C_RETURN", line_of(code, offset) - code.co_firstlineno,
                       callable_name(func), show(arg0)))


def on_c_raise(code, offset, func, arg0):
    if code.co_name == "run":
        events.append(("C_RAISE", line_of(code, offset) - code.co_firstlineno,
                       callable_name(func), show(arg0)))


class Counter:
    def __init__(self, n=0):
        self.n = n

    def bump(self, k):
        self.n += k
        return self.n

    @staticmethod
    def smeth(v):
        return v

    @classmethod
    def cmeth(cls, v):
        return v

    def __call__(self, v):
        return v + self.n


def plain(a, b=2):
    return a + b


def noargs():
    return 0


def run():
    plain(1)
    noargs()
    len([1, 2])
    abs(-3)
    max(4, 5)
    sorted([3, 1])
    c = Counter(10)
    c.bump(5)
    Counter.bump(c, 1)
    m = c.bump
    m(2)
    Counter.smeth(7)
    c.cmeth(8)
    c(100)
    args = (1, 2)
    plain(*args)
    kw = {"b": 9}
    plain(3, **kw)
    plain(a=4, b=5)
    noargs(*())
    [].append(11)
    "x,y".split(",")
    f = lambda q: q
    f(12)
    try:
        int("zz")
    except ValueError:
        pass
    d = dict(a=1)
    isinstance(d, dict)
    return d


mon.use_tool_id(TOOL, "calls")
mon.register_callback(TOOL, E.CALL, on_call)
mon.register_callback(TOOL, E.C_RETURN, on_c_return)
mon.register_callback(TOOL, E.C_RAISE, on_c_raise)
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
run()
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.CALL, None)
mon.register_callback(TOOL, E.C_RETURN, None)
mon.register_callback(TOOL, E.C_RAISE, None)
mon.free_tool_id(TOOL)

for ev in events:
    print(*ev)
