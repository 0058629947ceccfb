import sys

events = []
WANT = {"compute", "helper", "risky", "gen"}


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_name not in WANT:
        return None
    rel = frame.f_lineno - code.co_firstlineno
    if event == "exception":
        detail = "%s%r" % (arg[0].__name__, arg[1].args)
    elif event == "return":
        detail = repr(arg)
    else:
        detail = "" if arg is None else repr(arg)
    events.append(("%-9s %-7s +%d %s" % (event, code.co_name, rel, detail)).rstrip())
    return tracer


def helper(x):
    return x * 3


def risky(d):
    try:
        return d["k"]
    except KeyError:
        return -1


def gen():
    yield 1
    yield 2


def compute(n):
    total = 0
    for i in range(n):
        total += helper(i)
    total += risky({})
    for v in gen():
        total += v
    return total


print("gettrace before:", sys.gettrace())
sys.settrace(tracer)
print("gettrace is tracer:", sys.gettrace() is tracer)
result = compute(2)
sys.settrace(None)
print("gettrace after:", sys.gettrace())
for e in events:
    print(e)
print("result", result)
print("monitoring tools untouched:", [sys.monitoring.get_tool(t) for t in range(6)])
