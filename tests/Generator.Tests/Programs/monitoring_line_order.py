# LINE inside statements that span lines, in order with the events of the calls evaluated between: a name or a constant
# with a LINE point is computed where it stands, and what Python evaluates before it first (PY_START of each call).
import sys
mon = sys.monitoring
def on_line(code, line):
    if code.co_name in ("<module>", "f", "f2"):
        print("  line", code.co_name, line)
def on_start(code, off):
    if code.co_name in ("f", "f2"):
        print("  start", code.co_name)
def f(x):
    return x


def f2(a, b):
    return a
mon.use_tool_id(1, "t"); mon.register_callback(1, mon.events.LINE, on_line); mon.register_callback(1, mon.events.PY_START, on_start)
mon.set_events(1, mon.events.LINE | mon.events.PY_START)
vals = [f(1), f(2),
        f(3),
        4]
r = f(
    1)
r = f2(f(1),
       f(2))
mon.set_events(1, 0)
