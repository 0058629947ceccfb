import sys

mon = sys.monitoring
E = mon.events
TOOL = 2


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []


def rel(code, offset):
    return line_of(code, offset) - code.co_firstlineno


def on_line(code, line):
    if code.co_name == "func":
        events.append("line %d" % (line - code.co_firstlineno))


def on_branch(code, src, dest):
    if code.co_name == "func":
        events.append("branch %d -> %d" % (rel(code, src), rel(code, dest)))


def on_jump(code, src, dest):
    if code.co_name == "func":
        events.append("jump %d -> %d" % (rel(code, src), rel(code, dest)))


def on_return(code, offset, value):
    if code.co_name == "func":
        events.append("return %r at line %d" % (value, rel(code, offset)))


def func():
    x = 1
    for a in range(2):
        if a:
            x = 4
        else:
            x = 6
    while x > 2:
        x -= 1
    return x


mon.use_tool_id(TOOL, "flow")
mon.register_callback(TOOL, E.LINE, on_line)
mon.register_callback(TOOL, E.BRANCH, on_branch)
mon.register_callback(TOOL, E.JUMP, on_jump)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.LINE | E.BRANCH | E.JUMP | E.PY_RETURN)
result = func()
mon.set_events(TOOL, 0)
for ev in (E.LINE, E.BRANCH, E.JUMP, E.PY_RETURN):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
print("result", result)
