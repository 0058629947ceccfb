import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []
WANT = {"if_else", "while_loop", "for_loop", "and_or", "cond_expr", "check", "elif_chain",
        "for_last"}


def on_branch(code, src, dest):
    if code.co_name in WANT:
        base = code.co_firstlineno
        events.append(("BRANCH", code.co_name, line_of(code, src) - base, line_of(code, dest) - base))


def if_else(x):
    if x:
        r = "yes"
    else:
        r = "no"
    return r


def elif_chain(x):
    if x == 1:
        return "one"
    elif x == 2:
        return "two"
    return "many"


def while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


def for_loop(items):
    acc = 0
    for it in items:
        acc += it
    return acc


def for_last(items):
    for it in items:
        items = None


def and_or(a, b):
    r1 = a and b
    r2 = a or b
    if a and b:
        r3 = 1
    else:
        r3 = 2
    return r1, r2, r3


def cond_expr(x):
    return "pos" if x > 0 else "nonpos"


def check(x):
    assert x > 0, "must be positive"
    return x


mon.use_tool_id(TOOL, "branch")
mon.register_callback(TOOL, E.BRANCH, on_branch)
mon.set_events(TOOL, E.BRANCH)
calls = [(if_else, (1,)), (if_else, (0,)), (elif_chain, (1,)), (elif_chain, (2,)),
         (elif_chain, (3,)), (while_loop, (2,)), (while_loop, (0,)),
         (for_loop, ([5, 6],)), (for_loop, ([],)), (for_last, ([7],)),
         (and_or, (1, 0)), (and_or, (0, 1)),
         (and_or, (2, 3)), (cond_expr, (1,)), (cond_expr, (-1,)), (check, (1,)), (check, (0,))]
for fn, args in calls:
    events.append(("CALL", fn.__name__, args))
    try:
        fn(*args)
    except AssertionError as e:
        events.append(("AssertionError", e.args))
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.BRANCH, None)
mon.free_tool_id(TOOL)

for ev in events:
    if ev[0] == "CALL":
        print("%s%r" % (ev[1], ev[2]))
    elif ev[0] == "BRANCH":
        print("   branch %d -> %d" % (ev[2], ev[3]))
    else:
        print("  ", *ev)
