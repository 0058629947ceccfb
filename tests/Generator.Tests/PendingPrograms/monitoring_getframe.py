import sys

mon = sys.monitoring
E = mon.events
TOOL = 2


def chain(frame, limit):
    names = []
    while frame is not None and len(names) < limit:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, chain(f, 4)


def middle():
    return inner()


def outer():
    return middle()


print("direct:", outer())
print("module frame name:", sys._getframe().f_code.co_name)
print("module f_back is None:", sys._getframe().f_back is None)
print("_getframe(1) from inner:", (lambda: sys._getframe(1).f_code.co_name)())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)

seen = []


def on_start(code, offset):
    if code.co_name in ("inner", "middle", "outer"):
        me = sys._getframe()
        monitored = sys._getframe(1)
        seen.append((code.co_name, me.f_code.co_name, monitored.f_code.co_name,
                     monitored.f_code is code, chain(monitored, 4)))


def on_line(code, line):
    if code.co_name == "inner":
        fr = sys._getframe(1)
        seen.append(("LINE", line - code.co_firstlineno, fr.f_lineno - code.co_firstlineno,
                     fr.f_lineno == line))


mon.use_tool_id(TOOL, "frames")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.PY_START | E.LINE)
outer()
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.PY_START, None)
mon.register_callback(TOOL, E.LINE, None)
mon.free_tool_id(TOOL)
for s in seen:
    print(s)
