# INSTRUCTION (with LINE) through more statement shapes: with, try/finally, exceptions through frames, while loops
# whose tests call, generators thrown into, class bodies, lambdas, comprehensions and module-level code. Offsets are
# PyAot's own; each record gives the line co_lines() maps the offset to, runs of INSTRUCTION on one line printed once.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 1
records = []
SKIP = {"on_instruction", "on_line", "line_of", "show", "__enter__", "__exit__"}


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def on_instruction(code, offset):
    if code.co_name not in SKIP:
        line = line_of(code, offset)
        records.append(("instruction", code.co_name, line))


def on_line(code, line):
    if code.co_name not in SKIP:
        records.append(("line", code.co_name, line))


def show(title):
    print(title)
    previous = None
    for r in records:
        if r != previous or r[0] != "instruction":
            print("   ", *r)
        previous = r
    records.clear()


class Box:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def small(x):
    return x < 3


def with_and_finally(n):
    with Box() as b:
        n += 1
    try:
        n += 1
    finally:
        n += 2
    return n


def fails(x):
    if x:
        raise ValueError(x)
    return x


def through_frames():
    try:
        fails(1)
    except ValueError as e:
        msg = str(e)
    try:
        try:
            fails(2)
        finally:
            msg = "f"
    except ValueError:
        msg += "!"
    return msg


def while_calls():
    i = 0
    while small(i):
        i += 1
    return i


def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 3


def throw_in():
    g = gen()
    a = next(g)
    b = g.throw(KeyError)
    g.close()
    return a + b


def comprehensions(xs):
    squares = [x * x for x in xs if x]
    pairs = {x: -x for x in xs}
    total = sum(x for x in xs)
    f = lambda y: y + 1
    return f(len(squares) + len(pairs) + total)


def classes():
    class Inner:
        a = 1
        b = a + 1
    return Inner.b


def strings(x):
    s = f"{x!r:>5}-{x + 1}"
    assert s, "empty"
    return s


mon.use_tool_id(TOOL, "instruction shapes")
mon.register_callback(TOOL, E.INSTRUCTION, on_instruction)
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.INSTRUCTION | E.LINE)
# (CPython reports the instruction after this call, on its line: the call ran before INSTRUCTION was enabled, and PyAot
# took its uninstrumented form; docs/monitoring.md lists this. The records start after it.)
records.clear()
with_and_finally(1)
show("with and finally")
through_frames()
show("exceptions through frames")
while_calls()
show("while with a call in its test")
throw_in()
show("generator thrown into")
comprehensions([0, 1, 2])
show("comprehensions and lambda")
classes()
show("class body")
strings(4)
show("f-string and assert")
x = 1
for i in range(2):
    x += i
mon.set_events(TOOL, 0)
show("module level")
mon.free_tool_id(TOOL)
