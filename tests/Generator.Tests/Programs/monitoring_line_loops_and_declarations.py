# LINE where CPython 3.12 raises it for a `while True:` loop (its line again each time round, after the body or a
# `continue`: the jump back is an instruction of that line), `while 1:`, a `while` with a test, and no LINE for
# `global` and `nonlocal` (declarations compile to no instruction). A module's PY_START is on line 0 (its RESUME).
import sys
mon = sys.monitoring
E = mon.events


def f():
    n = 0
    while True:
        n += 1
        if n < 2:
            continue
        if n > 3:
            break
    return n


def h():
    n = 0
    while n < 3:
        n += 1
        if n < 2:
            continue
        n += 0
    return n


def k():
    n = 0
    while 1:
        n += 1
        if n > 2: break
    else:
        pass
    return n


counter = 0


def declares():
    global counter
    counter += 1
    def inner():
        nonlocal total
        total += 1
        return total
    total = 0
    return inner() + counter


def line_of(code, offset):
    for s, e, l in code.co_lines():
        if s <= offset < e:
            return l


lines = []
mon.use_tool_id(1, "lines")
mon.register_callback(1, E.LINE, lambda code, line: lines.append((code.co_name, line)))
mon.set_events(1, E.LINE)
f(); h(); k(); declares()
mon.set_events(1, 0)
for name in ("f", "h", "k", "declares", "inner"):
    print(name, [line for n, line in lines if n == name])

starts = []


def on_start(code, offset):
    if code.co_filename.endswith("monitoring_line_loops_helper.py"):
        starts.append((code.co_name, line_of(code, offset)))


mon.register_callback(1, E.PY_START, on_start)
mon.set_events(1, E.PY_START)
import monitoring_line_loops_helper
mon.set_events(1, 0)
print("PY_START", starts)
mon.free_tool_id(1)
