import sys

events = []
WANT = {"inner", "middle", "outer", "gen_user", "gen"}


def local_tracer(frame, event, arg):
    code = frame.f_code
    rel = frame.f_lineno - code.co_firstlineno
    if event == "exception":
        events.append("  %-9s %-8s +%d %s%r" % (event, code.co_name, rel, arg[0].__name__, arg[1].args))
    elif event == "return":
        events.append("  %-9s %-8s +%d %r" % (event, code.co_name, rel, arg))
    elif event == "line":
        events.append("  %-9s %-8s +%d" % (event, code.co_name, rel))
    return local_tracer


def global_tracer(frame, event, arg):
    code = frame.f_code
    if code.co_name not in WANT:
        return None
    events.append("%-11s %-8s +%d back=%s" % (event, code.co_name,
                                             frame.f_lineno - code.co_firstlineno,
                                             frame.f_back.f_code.co_name))
    return local_tracer


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError as e:
        return "outer caught " + str(e)


def gen():
    yield 1
    raise KeyError("from gen")


def gen_user():
    g = gen()
    next(g)
    try:
        next(g)
    except KeyError:
        return "gen error handled"


sys.settrace(global_tracer)
r1 = outer()
r2 = gen_user()
sys.settrace(None)
for e in events:
    print(e)
print(r1)
print(r2)
