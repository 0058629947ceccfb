# PY_RETURN of a return in a generator that leaves through a finally block or a with: after the cleanup, on the
# line the frame ran last, as CPython 3.12 returns after it (and the with's LINE before __exit__).
import sys
mon = sys.monitoring
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def g1():
    yield 1
    try:
        return 5
    finally:
        print("fin")
def g2():
    with CM():
        yield 1
        return 6
def g3():
    with CM():
        return 7
    yield 1
def g4():
    for i in range(3):
        try:
            yield i
            return i
        finally:
            if i < 1:
                continue
ev = []
def line_of(code, off):
    for s, e, l in code.co_lines():
        if s <= off < e: return l
mon.use_tool_id(1, "x")
mon.register_callback(1, mon.events.LINE, lambda code, line: ev.append(("L", code.co_name, line)))
mon.register_callback(1, mon.events.PY_RETURN, lambda code, off, v: ev.append(("R", code.co_name, line_of(code, off), v)))
mon.set_events(1, mon.events.LINE | mon.events.PY_RETURN)
for g in (g1, g2, g3, g4):
    print(g.__name__, list(g()))
mon.set_events(1, 0)
for e in ev:
    if e[1] not in ("__enter__", "__exit__"): print(e)
