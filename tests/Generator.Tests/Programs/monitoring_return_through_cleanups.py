# PY_RETURN of a return that leaves through with statements and finally blocks: after their cleanups (__exit__, the
# finally body), on the line the frame ran last, as CPython 3.12 returns after them; a return in a finally body that
# overrides one in the try; a continue in a finally that cancels a return; LINE of the with before its __exit__, also
# when its body left by break or continue.
import sys
mon = sys.monitoring
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        return False
def f():
    with CM():
        return 1
def g(x):
    try:
        return x
    finally:
        if x:
            pass
def h():
    for i in range(3):
        try:
            return i
        finally:
            print("fin")
def fa(x):
    try:
        return 1
    finally:
        if x:
            return 2
def fb():
    for i in range(3):
        try:
            return i
        finally:
            if i < 1:
                continue
def fc(x):
    class CM:
        def __enter__(self): return self
        def __exit__(self, *e): return False
    try:
        with CM():
            return x
    finally:
        print("fin")
def loop_with():
    for i in range(3):
        with CM():
            if i == 1:
                continue
            if i == 2:
                break
            x = i
    return 0
ev = []
def line_of(code, off):
    for s, e, l in code.co_lines():
        if s <= off < e: return l
def show(v):
    return type(v).__name__ if type(v).__name__ == "CM" else v
mon.use_tool_id(1, "x")
mon.register_callback(1, mon.events.LINE, lambda code, line: ev.append(("L", code.co_name, line)))
mon.register_callback(1, mon.events.PY_RETURN, lambda code, off, v: ev.append(("R", code.co_name, line_of(code, off), show(v))))
mon.set_events(1, mon.events.LINE | mon.events.PY_RETURN)
f(); g(0); g(1); h()
fa(0); fa(1); fb(); fc(5); loop_with()
mon.set_events(1, 0)
for e in ev: print(e)
