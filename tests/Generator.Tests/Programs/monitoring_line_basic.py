import sys

mon = sys.monitoring
E = mon.events
TOOL = 1

lines = []
WANT = {"straight", "branches", "loop_for", "loop_while", "try_flow"}


def on_line(code, line):
    if code.co_name in WANT:
        lines.append((code.co_name, line - code.co_firstlineno))


def straight():
    a = 1
    b = 2
    c = a + b
    return c


def branches(x):
    if x < 0:
        kind = "neg"
    elif x == 0:
        kind = "zero"
    else:
        kind = "pos"
    return kind


def loop_for(n):
    total = 0
    for i in range(n):
        total += i
    return total


def loop_while(n):
    i = 0
    while i < n:
        i += 1
    return i


def try_flow(d):
    try:
        v = d["k"]
    except KeyError:
        v = None
    finally:
        done = True
    return v


mon.use_tool_id(TOOL, "lines")
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.LINE)
straight()
branches(-5)
branches(0)
branches(5)
loop_for(3)
loop_for(0)
loop_while(2)
try_flow({"k": 1})
try_flow({})
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.LINE, None)
mon.free_tool_id(TOOL)

current = None
row = []
for name, rel in lines:
    if rel == 1 and row:
        print(current, row)
        row = []
    current = name
    row.append(rel)
print(current, row)
