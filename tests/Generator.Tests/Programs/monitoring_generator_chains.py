# sys.monitoring and chains of generators each suspended in `yield from` the next: a tool switched on and off by
# the innermost generator while the chain runs sees every level resume, yield, return and unwind, as in CPython.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 3
mon.use_tool_id(TOOL, "chains")
log = []


def recorder(name):
    def callback(code, offset, *args):
        values = [a for a in args if isinstance(a, (int, str)) and not isinstance(a, bool)]
        if name in ("RAISE", "PY_UNWIND", "RERAISE", "EXCEPTION_HANDLED"):
            values = [type(args[-1]).__name__]
        log.append((name, code.co_name, *values))
    return callback


for name in ("PY_START", "PY_RESUME", "PY_YIELD", "PY_RETURN", "PY_UNWIND", "RAISE", "RERAISE",
             "EXCEPTION_HANDLED", "STOP_ITERATION"):
    mon.register_callback(TOOL, getattr(E, name), recorder(name))

WATCHED = (E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN | E.PY_UNWIND | E.RAISE | E.RERAISE
           | E.EXCEPTION_HANDLED | E.STOP_ITERATION)


def switching_leaf():
    yield 1
    mon.set_events(TOOL, WATCHED)
    yield 2
    yield 3
    mon.set_events(TOOL, 0)
    yield 4
    yield 5
    return "leaf done"


def switching_level(depth):
    if depth == 0:
        r = yield from switching_leaf()
    else:
        r = yield from switching_level(depth - 1)
    return r


def show(title):
    print(title)
    for entry in log:
        print("   ", entry)
    log.clear()


def consume(chain):
    got = []
    for x in chain:
        got.append(x)
        log.append(("got", x))
    return got


print(consume(switching_level(3)))
show("switched on and off by the leaf")


# On while the leaf returns and the levels go on.
def returning_leaf(n):
    yield n
    if n == 1:
        mon.set_events(TOOL, WATCHED)
    return n * 10


def returning_level(depth):
    a = yield from returning_leaf(depth)
    b = yield from returning_leaf(depth + 1)
    if depth == 2:
        mon.set_events(TOOL, 0)
    return a + b


def returning_top():
    r = yield from returning_level(1)
    yield r
    r = yield from returning_level(2)
    yield r
    yield "top end"


print(consume(returning_top()))
show("returns with the tool on")


# On while an exception goes up the chain from the leaf.
def raising_leaf():
    yield 1
    mon.set_events(TOOL, WATCHED)
    yield 2
    raise KeyError("leaf")


def raising_level(depth):
    if depth == 0:
        yield from raising_leaf()
    else:
        yield from raising_level(depth - 1)


def catching_top():
    try:
        yield from raising_level(2)
    except KeyError:
        yield "caught"
    mon.set_events(TOOL, 0)


print(consume(catching_top()))
show("an exception with the tool on")


# Off again: the chain runs without events.
print(consume(switching_level(2)))
mon.set_events(TOOL, 0)
log.clear()
print(consume(returning_top()))
show("off")


# STOP_ITERATION in the delegating frame when its delegate returns, whether it returned in that step or had ended
# already (then with None); a `for` loop over an exhausted generator raises none.
def stop_leaf():
    yield 1
    return 5


def stop_level(g):
    r = yield from g
    log.append(("level got", r))


class Raising:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(7)


mon.set_events(TOOL, E.STOP_ITERATION | E.RAISE)
shared = stop_leaf()
print(list(stop_level(shared)), list(stop_level(shared)))
for x in shared:
    pass
print(list(stop_level(Raising())))
mon.set_events(TOOL, 0)
show("STOP_ITERATION at the end of a yield from")
mon.free_tool_id(TOOL)
