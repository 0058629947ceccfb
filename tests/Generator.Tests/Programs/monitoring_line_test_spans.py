# LINE for the tests of while loops and asserts that span lines (compiler_jump_if; compiler_assert's
# LOAD_ASSERTION_ERROR, message, CALL and RAISE on the assert's line), passing and failing, and the order of a while
# loop's head and a test that writes statements (a call in the test, a generator's loop).
import sys

mon = sys.monitoring
E = mon.events
events = []


def on_line(code, line):
    if code.co_name in ("run", "gen"):
        events.append((code.co_name, line - code.co_firstlineno))


def on_call(code, offset, func, arg0):
    if code.co_name in ("run", "gen") and getattr(func, "__name__", "") == "t":
        events.append(("CALL t", arg0))


def t(v):
    return v


def run(n, m, fail):
    i = 0
    while (i < n and
           i < m):
        i += 1
    j = 0
    while (j <
           t(n)):
        j += 1
    k = 0
    while t(k) < t(
            m):
        k += 1
    assert (i >= 0 and
            j >= 0), "never"
    try:
        assert (fail !=
                1)
    except AssertionError as e:
        events.append(("caught", repr(e)))
    try:
        assert (fail !=
                2), (
            "two")
    except AssertionError as e:
        events.append(("caught", repr(e)))
    return i, j, k


def gen(n):
    i = 0
    while (i <
           n):
        yield i
        i += 1


mon.use_tool_id(1, "test")
mon.register_callback(1, E.LINE, on_line)
mon.register_callback(1, E.CALL, on_call)
mon.set_events(1, E.LINE | E.CALL)
for args in [(2, 3, 0), (3, 1, 1), (0, 0, 2)]:
    events.clear()
    print(args, run(*args))
    for e in events:
        print(" ", *e)
events.clear()
print(list(gen(2)))
for e in events:
    print(" ", *e)
mon.set_events(1, 0)
