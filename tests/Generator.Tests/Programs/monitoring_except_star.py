# sys.monitoring over try/except*: RAISE, EXCEPTION_HANDLED, RERAISE and PY_UNWIND as CPython 3.12 raises them
import sys
mon = sys.monitoring
E = mon.events
seen = []
def record(name):
    def callback(code, offset, *args):
        if code.co_filename == __file__:
            seen.append(f"{name} {code.co_name}" + (f" {offset}" if name == "LINE" else ""))
    return callback
mon.use_tool_id(4, "t")
for ev in ("LINE", "RAISE", "RERAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "CALL", "PY_START", "PY_RETURN"):
    mon.register_callback(4, getattr(E, ev), record(ev))
mon.set_events(4, E.LINE | E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.PY_START | E.PY_RETURN)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        x = 1
    except* TypeError:
        y = 2
    return 3
def g():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
try:
    f()
    g()
except ExceptionGroup:
    pass
mon.set_events(4, 0)
print("\n".join(seen))
