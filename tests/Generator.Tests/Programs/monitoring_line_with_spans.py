# LINE inside with statements whose items span lines (compiler_with: each context expression, BEFORE_WITH on the
# statement's line calling __enter__, the store into the target on its line), with __enter__/__exit__ of Python code,
# several items, an item without a target, and a generator's with.
import sys

mon = sys.monitoring
E = mon.events
events = []


def on_line(code, line):
    if code.co_name in ("run", "gen"):
        events.append(("LINE", code.co_name, line - code.co_firstlineno))


def on_start(code, offset):
    if code.co_name in ("__enter__", "__exit__"):
        events.append(("START", code.co_name))


class Manager:
    def __init__(self, name, *rest):
        self.name = name

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        return False


def run(a):
    with Manager(
            a) as first:
        events.append(("body", first))
    with Manager(a,
                 2) as x, Manager(
            "b") as y, Manager(
            "c"):
        events.append(("body", x, y))
    with (
        Manager("p") as p,
        Manager(
            "q") as q,
    ):
        events.append(("body", p, q))
    return a


def gen(a):
    with Manager(
            a) as v:
        yield v


mon.use_tool_id(1, "test")
mon.register_callback(1, E.LINE, on_line)
mon.register_callback(1, E.PY_START, on_start)
mon.set_events(1, E.LINE | E.PY_START)
print(run("z"), list(gen("g")))
for ev in events:
    print("  ", *ev)
mon.set_events(1, 0)
