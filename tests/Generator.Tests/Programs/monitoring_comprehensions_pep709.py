import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


records = []
SKIP = {"on_start", "on_return", "on_yield", "on_resume", "on_line", "line_of", "<module>"}


def on_start(code, offset):
    if code.co_name not in SKIP:
        records.append(("PY_START", code.co_name, line_of(code, offset)))


def on_return(code, offset, value):
    if code.co_name not in SKIP:
        records.append(("PY_RETURN", code.co_name, line_of(code, offset), repr(value)))


def on_yield(code, offset, value):
    if code.co_name not in SKIP:
        records.append(("PY_YIELD", code.co_name, line_of(code, offset), repr(value)))


def on_resume(code, offset):
    if code.co_name not in SKIP:
        records.append(("PY_RESUME", code.co_name, line_of(code, offset)))


def on_line(code, line):
    if code.co_name not in SKIP:
        records.append(("LINE", code.co_name, line))


def comprehensions(n):
    squares = [i * i for i in range(n)]
    evens = {i for i in range(n)
             if i % 2 == 0}
    table = {i: str(i) for i in range(n)}
    return squares, evens, table


def generator_expression(n):
    g = (i + 10 for i in range(n))
    total = sum(g)
    return total


def nested_comprehension():
    return [[a * b for b in range(2)] for a in range(2)]


mon.use_tool_id(TOOL, "pep709")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.PY_YIELD, on_yield)
mon.register_callback(TOOL, E.PY_RESUME, on_resume)
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.PY_YIELD | E.PY_RESUME | E.LINE)
r1 = comprehensions(3)
r2 = generator_expression(2)
r3 = nested_comprehension()
mon.set_events(TOOL, 0)
for ev in (E.PY_START, E.PY_RETURN, E.PY_YIELD, E.PY_RESUME, E.LINE):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for rec in records:
    print(*rec)
print(r1, r2, r3)
print("code names seen:", sorted(set(r[1] for r in records)))
