import sys

mon = sys.monitoring
E = mon.events
TOOL = 2

lines = []
WANT = {"multiline_call", "dict_display", "decorated", "deco", "wrapper",
        "make_class", "Point", "same_line", "chained", "__init__", "norm"}


def on_line(code, line):
    if code.co_name in WANT:
        lines.append((code.co_qualname, line))


def combine(a, b, c):
    return a + b + c


def multiline_call():
    r = combine(
        1,
        2,
        3,
    )
    return r


def dict_display(k):
    d = {
        "a": k,
        "b": k + 1,
        "c": [k,
              k * 2],
    }
    return d


def deco(fn):
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper


def make_class():
    @deco
    def decorated(x):
        return x + 1

    class Point:
        dims = 2

        def __init__(self, x, y):
            self.x = x
            self.y = y

        @property
        def norm(self):
            return abs(self.x) + abs(self.y)

    p = Point(3, -4)
    return decorated(1), p.norm


def same_line(x):
    if x: return "t"
    y = x; return "f"


def chained(x):
    return (x
            .upper()
            .strip()
            .lower())


mon.use_tool_id(TOOL, "lines")
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.LINE)
for fn, arg in ((multiline_call, None), (dict_display, 5), (make_class, None),
                (same_line, 1), (same_line, 0), (chained, " Ab ")):
    lines.append(("--- call", fn.__name__))
    if arg is None:
        fn()
    else:
        fn(arg)
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.LINE, None)
mon.free_tool_id(TOOL)

prev = None
row = []
for name, line in lines:
    if name != prev and row:
        print("   ", prev, row)
        row = []
    if name == "--- call":
        print(name, line)
        prev = None
        continue
    prev = name
    row.append(line)
print("   ", prev, row)
