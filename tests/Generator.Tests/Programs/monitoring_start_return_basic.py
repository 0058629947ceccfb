import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


records = []
WANT = {"add", "nothing", "explicit_none", "fib", "outer", "inner", "<lambda>",
        "early", "run", "multi"}


def on_start(code, offset):
    if code.co_name in WANT:
        records.append(("PY_START", code.co_qualname, line_of(code, offset)))


def on_return(code, offset, value):
    if code.co_name in WANT:
        records.append(("PY_RETURN", code.co_qualname, line_of(code, offset), repr(value)))


def add(a, b):
    return a + b


def nothing():
    pass


def explicit_none():
    return


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def outer(x):
    def inner(y):
        return x * y
    return inner(3) + inner(4)


def early(flag):
    if flag:
        return "yes"
    x = 1
    return ["no", x]


def multi():
    return (1,
            2,
            3)


sq = lambda v: v * v


def run():
    add(1, 2)
    nothing()
    explicit_none()
    fib(3)
    outer(2)
    sq(7)
    early(True)
    early(False)
    multi()
    return "end"


mon.use_tool_id(TOOL, "start/return")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
run()
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.PY_START, None)
mon.register_callback(TOOL, E.PY_RETURN, None)
mon.free_tool_id(TOOL)

depth = 0
for rec in records:
    if rec[0] == "PY_RETURN":
        depth -= 1
    print("  " * depth + " ".join(str(x) for x in rec))
    if rec[0] == "PY_START":
        depth += 1
print("balanced:", depth == 0)
