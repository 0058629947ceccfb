import sys

mon = sys.monitoring
E = mon.events
TOOL = 1

events = []
codes_seen = []
SKIP = {"on_start", "on_return", "<module>", "show"}


def on_start(code, offset):
    if code.co_name not in SKIP:
        events.append("start  %s" % code.co_qualname)
        codes_seen.append(code)


def show(value):
    if callable(value):
        return "<function %s>" % value.__qualname__
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    return repr(value)


def on_return(code, offset, value):
    if code.co_name not in SKIP:
        events.append("return %s %s" % (code.co_qualname, show(value)))


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i)
    return adders


def compose(f, g):
    return lambda v: f(g(v))


def run():
    c1 = make_counter(10)
    c2 = make_counter(100)
    c1()
    c2(5)
    c1(2)
    adders = make_adders()
    results = [a(1) for a in adders]
    h = compose(lambda q: q * 2, lambda q: q + 3)
    h(4)
    return results


mon.use_tool_id(TOOL, "closures")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
r = run()
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.PY_START, None)
mon.register_callback(TOOL, E.PY_RETURN, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
inc_codes = [c for c in codes_seen if c.co_name == "inc"]
print("inc started", len(inc_codes), "times; one shared code object:",
      all(c is inc_codes[0] for c in inc_codes))
lam = [c for c in codes_seen if c.co_qualname == "make_adders.<locals>.<lambda>"]
print("adder lambdas share code:", len(lam), all(c is lam[0] for c in lam))
print("freevars of inc:", inc_codes[0].co_freevars)
print(r)
