import sys

mon = sys.monitoring
E = mon.events
TOOL = 2


def show(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, (Vec, Ctx, Countdown)):
        return "<%s>" % type(obj).__name__
    return repr(obj)


events = []
SKIP = {"on_start", "on_return", "on_call", "on_c_return", "show", "<module>"}


def on_start(code, offset):
    if code.co_name not in SKIP:
        events.append("start   " + code.co_qualname)


def on_return(code, offset, value):
    if code.co_name not in SKIP:
        events.append("return  " + code.co_qualname + " " + show(value))


def on_call(code, offset, func, arg0):
    if code.co_name == "run":
        events.append("CALL    " + getattr(func, "__name__", type(func).__name__) + " " + show(arg0))


def on_c_return(code, offset, func, arg0):
    if code.co_name == "run":
        events.append("C_RET   " + getattr(func, "__name__", type(func).__name__))


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)

    def __eq__(self, other):
        return self.x == other.x

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * 10

    @property
    def double(self):
        return self.x * 2

    @double.setter
    def double(self, value):
        self.x = value // 2


class Ctx:
    def __enter__(self):
        return "entered"

    def __exit__(self, et, ev, tb):
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def keyfn(v):
    return -v


def run():
    a = Vec(1)
    b = Vec(2)
    s = a + b
    same = a == b
    n = len(a)
    item = a[3]
    d = a.double
    a.double = 8
    with Ctx() as c:
        pass
    total = 0
    for v in Countdown(2):
        total += v
    order = sorted([1, 3, 2], key=keyfn)
    return total


mon.use_tool_id(TOOL, "implicit")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.CALL, on_call)
mon.register_callback(TOOL, E.C_RETURN, on_c_return)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.CALL | E.C_RETURN | E.C_RAISE)
run()
mon.set_events(TOOL, 0)
for ev in (E.PY_START, E.PY_RETURN, E.CALL, E.C_RETURN):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
